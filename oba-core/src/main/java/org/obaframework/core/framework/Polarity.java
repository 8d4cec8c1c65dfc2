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
   * Returns the other polarity.
   *
   * @return the reversed polarity
   */
  public Polarity reversed() {
    return this == HIGHER_IS_BETTER ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
  }
}
