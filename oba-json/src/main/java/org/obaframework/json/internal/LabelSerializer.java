package org.obaframework.json.internal;

import java.util.Map;
import org.obaframework.core.framework.Label;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Label} as an object from language tag to text. */
public final class LabelSerializer extends StdSerializer<Label> {
  /** The one instance. */
  public static final LabelSerializer INSTANCE = new LabelSerializer();

  private LabelSerializer() {
    super(Label.class);
  }

  @Override
  public void serialize(Label label, JsonGenerator gen, SerializationContext context) {
    gen.writeStartObject();
    for (Map.Entry<String, String> text : label.texts().entrySet()) {
      gen.writeStringProperty(text.getKey(), text.getValue());
    }
    gen.writeEndObject();
  }
}
