package org.obaframework.json.internal;

import org.obaframework.core.ObaException;
import org.obaframework.core.framework.ScaleValue;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link ScaleValue} from a boolean, a level's code or a number. */
public final class ScaleValueDeserializer extends StdDeserializer<ScaleValue> {
  /** The one instance. */
  public static final ScaleValueDeserializer INSTANCE = new ScaleValueDeserializer();

  private ScaleValueDeserializer() {
    super(ScaleValue.class);
  }

  @Override
  public ScaleValue deserialize(JsonParser parser, DeserializationContext context) {
    try {
      switch (parser.currentToken()) {
        case VALUE_TRUE:
          return ScaleValue.YES;
        case VALUE_FALSE:
          return ScaleValue.NO;
        case VALUE_STRING:
          return ScaleValue.level(parser.getString());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return ScaleValue.of(parser.getDoubleValue());
        default:
          return context.reportInputMismatch(ScaleValue.class,
              "a rated value is true, false, a level's code or a number; found %s",
              parser.currentToken());
      }
    } catch (ObaException e) {
      return context.reportInputMismatch(ScaleValue.class, "%s", e.getMessage());
    }
  }
}
