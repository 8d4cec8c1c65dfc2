package org.obaframework.json.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.obaframework.core.ObaException;
import org.obaframework.core.framework.Label;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Label} from an object from language tag to text. */
public final class LabelDeserializer extends StdDeserializer<Label> {
  /** The one instance. */
  public static final LabelDeserializer INSTANCE = new LabelDeserializer();

  private LabelDeserializer() {
    super(Label.class);
  }

  @Override
  public Label deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.START_OBJECT)) {
      return context.reportInputMismatch(Label.class,
          "a label is an object from language tag to text, such as {\"en\": \"Safe\"}; found %s",
          parser.currentToken());
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String tag = parser.nextName(); tag != null; tag = parser.nextName()) {
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        return context.reportInputMismatch(Label.class,
            "the text of language '%s' must be a string; found %s", tag, parser.currentToken());
      }
      if (texts.put(tag, parser.getString()) != null) {
        return context.reportInputMismatch(Label.class, "language '%s' given twice", tag);
      }
    }
    try {
      return Label.of(texts);
    } catch (ObaException e) {
      return context.reportInputMismatch(Label.class, "%s", e.getMessage());
    }
  }
}
