package org.obaframework.core.framework;

/**
 * Which direction of an indicator is better: the improvement notation.
 *
 * <p>A binary scale counts "yes" as 1 and "no" as 0, so "already evicted" is {@link
 * #LOWER_IS_BETTER}; an ordinal scale counts its levels in the order listed.
 */
public enum Polarity {
  /** A higher value is better, such as school attendance. */
  HIGHER_IS_BETTER(1),
  /** A lower value is better, such as a risk level or a difficulties score. */
  LOWER_IS_BETTER(-1);

  private final int sign;

  Polarity(int sign) {
    this.sign = sign;
  }

  /**
   * Returns {@code +1} when higher is better and {@code -1} when lower is better: multiply a raw
   * difference by it to get a difference where positive means better.
   *
   * @return the sign
   */
  public int sign() {
    return sign;
  }

  /**
   * Returns how much better a value is than another on a line where this polarity holds: the
   * difference from {@code from} to {@code to}, positive when {@code to} is better.
   *
   * <pre>{@code
   * Polarity.LOWER_IS_BETTER.improvement(4, 2);   // 2.0: from high risk (4) to low (2)
   * }</pre>
   *
   * @param from the earlier value, or the cut-off
   * @param to the later value, or the value compared with the cut-off
   * @return {@code sign() * (to - from)}
   */
  public double improvement(double from, double to) {
    return sign * (to - from);
  }

  /**
   * Returns the other polarity.
   *
   * @return the reversed polarity
   */
  public Polarity reversed() {
    return this == HIGHER_IS_BETTER ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
  }
}
