package org.obaframework.core.curve;

import java.util.Optional;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Polarity;

/**
 * The verdict of one period after a forecast: better or worse than forecast in the polarity's
 * direction, by how much, and whether outside the prediction interval.
 *
 * <pre>{@code
 * Verdict v = baseline.verdicts(actuals).get(0);
 * v.status().isTurned();     // better than forecast
 * v.gap();                   // how much better (+) or worse (-), in the measure's units
 * v.outsideInterval();       // Optional: beyond the prediction interval?
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period
 * @param actual the actual value
 * @param forecast the forecast value
 * @param gap the difference in the better direction: positive when better than forecast
 * @param status better than, as, or worse than forecast
 * @param outsideInterval whether the actual lies outside the prediction interval, when there is
 *     one
 */
public record Verdict(ReportingPeriod period, double actual, double forecast, double gap,
    CurveStatus status, Optional<Boolean> outsideInterval) {
  /** Gaps smaller than this, relative to the forecast's size, count as "as forecast". */
  static final double TOLERANCE = 1e-9;

  /**
   * Judges an actual value against a forecast point.
   *
   * @param point the forecast
   * @param actual the actual value
   * @param polarity which direction is better
   * @return the verdict
   */
  public static Verdict of(ForecastPoint point, double actual, Polarity polarity) {
    double gap = polarity.sign() * (actual - point.value());
    double scale = Math.max(1, Math.abs(point.value()));
    CurveStatus status = Math.abs(gap) <= TOLERANCE * scale ? CurveStatus.AS_FORECAST
        : gap > 0 ? CurveStatus.BETTER_THAN_FORECAST : CurveStatus.WORSE_THAN_FORECAST;
    Optional<Boolean> outside = point.lower().isPresent() && point.upper().isPresent()
        ? Optional.of(actual < point.lower().getAsDouble() || actual > point.upper().getAsDouble())
        : Optional.empty();
    return new Verdict(point.period(), actual, point.value(), gap, status, outside);
  }
}
