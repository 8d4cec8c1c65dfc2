package org.obaframework.core.change;

/**
 * The outcome of one {@link Change}: which way a person moved on an indicator between the two
 * reviews compared, or why there is no movement to report.
 */
public enum ChangeOutcome {
  /** Paired, and the later value is better in the indicator's polarity. */
  IMPROVED,
  /** Paired, and the two values sit at the same position of the scale. */
  NO_CHANGE,
  /** Paired, and the later value is worse in the indicator's polarity. */
  DETERIORATED,
  /** One of the two reviews says the indicator does not apply to the person. */
  NOT_APPLICABLE,
  /** The two ratings could not be paired; the change carries the {@link UnpairedReason}. */
  NOT_PAIRED;

  /**
   * Tells whether the outcome comes from two rated values.
   *
   * @return true for {@link #IMPROVED}, {@link #NO_CHANGE} and {@link #DETERIORATED}
   */
  public boolean isPaired() {
    return this == IMPROVED || this == NO_CHANGE || this == DETERIORATED;
  }

  /**
   * Returns the outcome of a difference in the polarity's direction.
   *
   * @param difference later minus earlier position, times the polarity's sign
   * @return {@link #IMPROVED} when positive, {@link #DETERIORATED} when negative, else {@link
   *     #NO_CHANGE}
   */
  public static ChangeOutcome of(double difference) {
    return difference > 0 ? IMPROVED : difference < 0 ? DETERIORATED : NO_CHANGE;
  }
}
