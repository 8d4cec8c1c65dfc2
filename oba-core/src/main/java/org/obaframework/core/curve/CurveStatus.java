package org.obaframework.core.curve;

/**
 * How an actual value compares with its forecast, in the direction of the polarity: four honest
 * grades. Turning the curve (Friedman) is doing better than the baseline forecast; oba calls it
 * turned only when the difference is beyond what chance alone would give, outside the forecast's
 * prediction interval.
 *
 * <ul>
 *   <li>{@link #TURNED}: better than forecast and outside the prediction interval;
 *   <li>{@link #BETTER_THAN_FORECAST}: better than forecast, but within the prediction interval
 *       (the range expected if nothing changes), or with no interval to tell: moving the right
 *       way, not yet distinguishable from chance;
 *   <li>{@link #AS_FORECAST}: the actual is the forecast;
 *   <li>{@link #WORSE_THAN_FORECAST}: worse than forecast, within or outside the interval ({@link
 *       Verdict#outsideInterval()} says which).
 * </ul>
 */
public enum CurveStatus {
  /** Better than forecast and outside the prediction interval: the curve has turned. */
  TURNED("turned"),
  /** Better than forecast, within the prediction interval or without one: not yet a turn. */
  BETTER_THAN_FORECAST("better than forecast"),
  /** As forecast. */
  AS_FORECAST("as forecast"),
  /** Worse than forecast, within or outside the prediction interval. */
  WORSE_THAN_FORECAST("worse than forecast");

  private final String label;

  CurveStatus(String label) {
    this.label = label;
  }

  /**
   * Tells whether the curve has turned: better than forecast, outside the prediction interval.
   *
   * @return true for {@link #TURNED}
   */
  public boolean isTurned() {
    return this == TURNED;
  }

  /**
   * Tells whether the actual is better than forecast, whether or not the curve has turned.
   *
   * @return true for {@link #TURNED} and {@link #BETTER_THAN_FORECAST}
   */
  public boolean isBetter() {
    return this == TURNED || this == BETTER_THAN_FORECAST;
  }

  /**
   * Returns the grade in words, such as {@code "better than forecast"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
