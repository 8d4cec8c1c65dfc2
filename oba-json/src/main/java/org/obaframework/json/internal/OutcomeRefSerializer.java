package org.obaframework.json.internal;

import org.obaframework.core.framework.OutcomeRef;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an {@link OutcomeRef} as the string {@code FRAMEWORK/OUTCOME}. */
public final class OutcomeRefSerializer extends StdSerializer<OutcomeRef> {
  /** The one instance. */
  public static final OutcomeRefSerializer INSTANCE = new OutcomeRefSerializer();

  private OutcomeRefSerializer() {
    super(OutcomeRef.class);
  }

  @Override
  public void serialize(OutcomeRef ref, JsonGenerator gen, SerializationContext context) {
    gen.writeString(ref.toString());
  }
}
