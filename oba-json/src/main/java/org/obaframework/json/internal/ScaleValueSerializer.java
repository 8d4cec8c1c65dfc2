package org.obaframework.json.internal;

import org.obaframework.core.framework.ScaleValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link ScaleValue} as a boolean, a level's code or a number. */
public final class ScaleValueSerializer extends StdSerializer<ScaleValue> {
  /** The one instance. */
  public static final ScaleValueSerializer INSTANCE = new ScaleValueSerializer();

  private ScaleValueSerializer() {
    super(ScaleValue.class);
  }

  @Override
  public void serialize(ScaleValue value, JsonGenerator gen, SerializationContext context) {
    if (value instanceof ScaleValue.Flag) {
      gen.writeBoolean(((ScaleValue.Flag) value).yes());
    } else if (value instanceof ScaleValue.Level) {
      gen.writeString(((ScaleValue.Level) value).code());
    } else {
      gen.writeNumber(((ScaleValue.Numeric) value).value());
    }
  }
}
