package org.obaframework.core.change;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number helpers of the change package. */
final class Numbers {
  /**
   * Comparisons of differences with amounts allow this much, so that 7.1 - 6.8 counts as at least
   * 0.3 although binary floating point makes it 0.29999999999999982.
   */
  static final double TOLERANCE = 1e-9;

  private Numbers() {}

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
