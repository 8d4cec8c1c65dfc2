package org.obaframework.core.aggregate;

import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A count: How much did we do? Merging adds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the count, 0 or more
 */
public record Count(long value) implements Tally {
  /** The empty count. */
  public static final Count ZERO = new Count(0);
  /** A count of one. */
  public static final Count ONE = new Count(1);

  /**
   * Checks the value.
   *
   * @throws ValidationException if the value is negative
   */
  public Count {
    if (value < 0) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("count"), "value", "0 or more",
          Long.toString(value));
    }
  }

  /**
   * Returns a count.
   *
   * @param value the count, 0 or more
   * @return the count
   * @throws ValidationException if the value is negative
   */
  public static Count of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Count(value);
  }

  @Override
  public Count merge(Tally other) {
    if (!(other instanceof Count count)) {
      throw Tallies.mismatch(this, other);
    }
    return of(Math.addExact(value, count.value));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
