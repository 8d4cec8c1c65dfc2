package org.obaframework.core.curve;

/** How an actual value compares with its forecast, in the direction of the polarity. */
public enum CurveStatus {
  /** Better than forecast: the curve has turned (slowing a worsening trend counts). */
  BETTER_THAN_FORECAST,
  /** As forecast. */
  AS_FORECAST,
  /** Worse than forecast. */
  WORSE_THAN_FORECAST;

  /**
   * Tells whether the curve has turned.
   *
   * @return true for {@link #BETTER_THAN_FORECAST}
   */
  public boolean isTurned() {
    return this == BETTER_THAN_FORECAST;
  }
}
