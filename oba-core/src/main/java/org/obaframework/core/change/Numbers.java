package org.obaframework.core.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/** Number helpers of the change package. */
final class Numbers {
  /**
   * Comparisons of differences with amounts allow this much, so that 7.1 - 6.8 counts as at least
   * 0.3 although binary floating point makes it 0.29999999999999982.
   */
  static final double TOLERANCE = 1e-9;

  private Numbers() {}

  /**
   * Checks a number that must be finite and above 0, such as a rule's amount or a standard
   * deviation.
   *
   * @throws ValidationException naming the item and field, with {@code example} after the
   *     expected range (such as {@code ", such as 1.96"}, or empty)
   */
  static void positive(Item item, String field, double value, String example) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, item, field,
          "a finite number above 0" + example, exact(value));
    }
  }

  /** Formats a number for a description: at most 2 decimals, no trailing zeros. */
  static String format(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  /** Formats a number exactly, as {@link org.obaframework.core.framework.ScaleValue} prints it. */
  static String exact(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }
}
