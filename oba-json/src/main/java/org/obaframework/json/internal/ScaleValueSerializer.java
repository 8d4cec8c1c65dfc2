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
      double number = ((ScaleValue.Numeric) value).value();
      // Whole numbers are written without a fraction, as ScaleValue's toString writes them.
      if (number == Math.rint(number) && Math.abs(number) < 1e15) {
        gen.writeNumber((long) number);
      } else {
        gen.writeNumber(number);
      }
    }
  }
}
