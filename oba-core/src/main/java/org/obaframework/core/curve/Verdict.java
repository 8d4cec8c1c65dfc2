package org.obaframework.core.curve;

import java.util.Locale;
import java.util.Optional;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Polarity;

/**
 * The verdict of one period after a forecast, in four honest grades ({@link CurveStatus}):
 * turned (better than forecast and outside the prediction interval), better than forecast but
 * within the interval, as forecast, or worse than forecast (within or outside the interval); and
 * by how much, in the measure's units (percentage points for a percent).
 *
 * <pre>{@code
 * Verdict v = baseline.verdicts(actuals).get(0);
 * v.status();             // TURNED, BETTER_THAN_FORECAST, AS_FORECAST or WORSE_THAN_FORECAST
 * v.gap();                // how much better (+) or worse (-): points for a percent
 * v.outsideInterval();    // Optional: beyond the prediction interval?
 * v.text();               // "better than forecast by 5.3 points, outside the prediction
 *                         //  interval: the curve has turned"
 * }</pre>
 *
 * <p>One tolerance, {@link #TOLERANCE} relative to the forecast's size (at least 1), decides both
 * whether the actual is as forecast and whether it lies outside the interval, so an actual is
 * never "as forecast" and "outside the interval" at once, nor turned inside the interval. The
 * grades are symmetric in polarity: reversing it swaps turned with worse-outside and better with
 * worse-within. Immutable and thread-safe.
 *
 * @param against the forecast judged against, with the interval used (for a percent with counts,
 *     the interval for the actual's denominator)
 * @param actual the actual value
 * @param gap the difference in the better direction: positive when better than forecast
 * @param status the grade
 * @param outsideInterval whether the actual lies outside the prediction interval, when there is
 *     one
 * @param unit the series' unit, which names the gap's unit
 */
public record Verdict(ForecastPoint against, double actual, double gap, CurveStatus status,
    Optional<Boolean> outsideInterval, SeriesUnit unit) {
  /**
   * Gaps, and distances beyond an interval's bound, no larger than this times the forecast's
   * size (at least 1) count as none: rounding, not a difference.
   */
  public static final double TOLERANCE = 1e-9;

  /**
   * Judges an actual value against a forecast point.
   *
   * @param point the forecast, with its interval if any
   * @param actual the actual value
   * @param polarity which direction is better
   * @param unit the series' unit
   * @return the verdict
   */
  public static Verdict of(ForecastPoint point, double actual, Polarity polarity,
      SeriesUnit unit) {
    double gap = polarity.improvement(point.value(), actual);
    double tolerance = TOLERANCE * Math.max(1, Math.abs(point.value()));
    Optional<Boolean> outside = point.hasInterval()
        ? Optional.of(actual < point.lower().getAsDouble() - tolerance
            || actual > point.upper().getAsDouble() + tolerance)
        : Optional.empty();
    CurveStatus status;
    if (Math.abs(gap) <= tolerance) {
      status = CurveStatus.AS_FORECAST;
    } else if (gap > 0) {
      status = outside.orElse(false) ? CurveStatus.TURNED : CurveStatus.BETTER_THAN_FORECAST;
    } else {
      status = CurveStatus.WORSE_THAN_FORECAST;
    }
    return new Verdict(point, actual, gap, status, outside, unit);
  }

  /**
   * Judges an actual value of a number series against a forecast point, as {@link
   * #of(ForecastPoint, double, Polarity, SeriesUnit)} with {@link SeriesUnit#NUMBER}.
   *
   * @param point the forecast
   * @param actual the actual value
   * @param polarity which direction is better
   * @return the verdict
   */
  public static Verdict of(ForecastPoint point, double actual, Polarity polarity) {
    return of(point, actual, polarity, SeriesUnit.NUMBER);
  }

  /**
   * Returns the period.
   *
   * @return the period judged
   */
  public ReportingPeriod period() {
    return against.period();
  }

  /**
   * Returns the forecast value.
   *
   * @return the forecast
   */
  public double forecast() {
    return against.value();
  }

  /**
   * Returns the verdict in words, the same in every output of oba: for example {@code "better
   * than forecast by 5.3 points, outside the prediction interval: the curve has turned"}, {@code
   * "better than forecast by 2 points, within the prediction interval: not yet a turn"}, {@code
   * "as forecast"}, {@code "worse than forecast by 8, outside the prediction interval"}. A
   * difference of percents is in points (percentage points).
   *
   * @return the words
   */
  public String text() {
    if (status == CurveStatus.AS_FORECAST) {
      return status.label();
    }
    String by = status == CurveStatus.TURNED ? CurveStatus.BETTER_THAN_FORECAST.label()
        : status.label();
    StringBuilder text = new StringBuilder(by).append(" by ").append(amount(Math.abs(gap),
        unit));
    if (outsideInterval.isEmpty()) {
      return status.isBetter()
          ? text.append("; no prediction interval to tell a turn from chance").toString()
          : text.toString();
    }
    text.append(outsideInterval.get() ? ", outside the prediction interval"
        : ", within the prediction interval");
    if (status == CurveStatus.TURNED) {
      text.append(": the curve has turned");
    } else if (status == CurveStatus.BETTER_THAN_FORECAST) {
      text.append(": not yet a turn");
    }
    return text.toString();
  }

  /**
   * Words a difference in a unit: {@code "5.3 points"} (percentage points) for a percent, {@code
   * "5.3"} for a count or number, to one decimal; {@code "less than 0.1 points"} below that.
   *
   * @param difference the difference, 0 or more
   * @param unit the series' unit
   * @return the words
   */
  public static String amount(double difference, SeriesUnit unit) {
    String number = String.format(Locale.ROOT, "%.1f", difference);
    number = number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    if (number.equals("0") && difference > 0) {
      number = "less than 0.1";
    }
    if (unit != SeriesUnit.PERCENT) {
      return number;
    }
    return number + (number.equals("1") ? " point" : " points");
  }

  /** Returns the period, the grade and the gap. */
  @Override
  public String toString() {
    return "Verdict[" + period() + ", " + text() + "]";
  }
}
