package org.obaframework.core.curve;

import java.util.List;

/**
 * The current trend of a series: the direction of its latest change, in the polarity's terms, and
 * how many periods it has run.
 *
 * <pre>{@code
 * Trend trend = Trend.of(series);   // e.g. IMPROVING for 3 periods
 * }</pre>
 *
 * <p>Periods without a value (a series' gaps) are passed over: the trend compares consecutive
 * values. Immutable and thread-safe.
 *
 * @param direction improving, worsening or flat
 * @param periods how many consecutive changes, ending with the latest, share the direction; 0
 *     with fewer than two values
 */
public record Trend(Direction direction, int periods) {
  /** The direction of a change, in the polarity's terms. */
  public enum Direction {
    /** Changing in the better direction. */
    IMPROVING,
    /** Not changing. */
    FLAT,
    /** Changing in the worse direction. */
    WORSENING
  }

  /**
   * Returns the trend of a series.
   *
   * @param series the series
   * @return the trend; flat for 0 periods when the series has fewer than two values
   */
  public static Trend of(TimeSeries series) {
    List<SeriesPoint> points = series.points();
    if (points.size() < 2) {
      return new Trend(Direction.FLAT, 0);
    }
    Direction latest = direction(series, points.size() - 1);
    int run = 1;
    for (int i = points.size() - 2; i >= 1 && direction(series, i) == latest; i--) {
      run++;
    }
    return new Trend(latest, run);
  }

  private static Direction direction(TimeSeries series, int i) {
    double change = series.polarity().improvement(series.points().get(i - 1).value(),
        series.points().get(i).value());
    return change > 0 ? Direction.IMPROVING : change < 0 ? Direction.WORSENING : Direction.FLAT;
  }

  @Override
  public String toString() {
    return direction.name().toLowerCase(java.util.Locale.ROOT) + " for " + periods
        + (periods == 1 ? " period" : " periods");
  }
}
