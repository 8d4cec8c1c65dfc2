package org.obaframework.json.internal;

import org.obaframework.core.ObaException;
import org.obaframework.core.framework.OutcomeRef;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads an {@link OutcomeRef} from the string {@code FRAMEWORK/OUTCOME}. */
public final class OutcomeRefDeserializer extends StdDeserializer<OutcomeRef> {
  /** The one instance. */
  public static final OutcomeRefDeserializer INSTANCE = new OutcomeRefDeserializer();

  private OutcomeRefDeserializer() {
    super(OutcomeRef.class);
  }

  @Override
  public OutcomeRef deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return context.reportInputMismatch(OutcomeRef.class,
          "an outcome link is a string FRAMEWORK/OUTCOME, such as \"SHANARRI/SAFE\"; found %s",
          parser.currentToken());
    }
    try {
      return OutcomeRef.parse(parser.getString());
    } catch (ObaException e) {
      return context.reportInputMismatch(OutcomeRef.class, "%s", e.getMessage());
    }
  }
}
