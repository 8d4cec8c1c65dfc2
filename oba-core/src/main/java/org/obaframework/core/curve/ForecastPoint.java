package org.obaframework.core.curve;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.obaframework.core.aggregate.ReportingPeriod;

/**
 * The forecast of one period: the value expected if nothing changes, and its prediction interval
 * when the scenario gives one. For a percent with counts, the interval is for a value with a
 * given denominator, since a smaller one varies more: the actual's, or, before it is known, the
 * last historical period's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period
 * @param value the forecast value
 * @param lower the interval's lower bound
 * @param upper the interval's upper bound
 * @param denominator the denominator the interval of a percent with counts is for
 */
public record ForecastPoint(ReportingPeriod period, double value, OptionalDouble lower,
    OptionalDouble upper, OptionalLong denominator) {
  /**
   * Returns a forecast whose interval, if any, assumes no denominator.
   *
   * @param period the period
   * @param value the forecast value
   * @param lower the interval's lower bound
   * @param upper the interval's upper bound
   */
  public ForecastPoint(ReportingPeriod period, double value, OptionalDouble lower,
      OptionalDouble upper) {
    this(period, value, lower, upper, OptionalLong.empty());
  }

  /**
   * Tells whether the forecast has a prediction interval.
   *
   * @return true with both bounds
   */
  public boolean hasInterval() {
    return lower.isPresent() && upper.isPresent();
  }
}
