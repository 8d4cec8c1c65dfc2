package org.obaframework.core.curve;

import java.util.OptionalLong;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.internal.Checks;

/**
 * One value of a time series: a number, or a percent with the counts behind it.
 *
 * <pre>{@code
 * SeriesPoint.of(ReportingPeriod.financialYear(2023), 31.0);
 * SeriesPoint.proportion(ReportingPeriod.financialYear(2024), 85, 100);   // 85 %
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the reporting period
 * @param value the value: a number, or a percent from 0 to 100
 * @param numerator the numerator behind a percent
 * @param denominator the denominator behind a percent
 */
public record SeriesPoint(ReportingPeriod period, double value, OptionalLong numerator,
    OptionalLong denominator) {
  /**
   * Checks the value and the counts.
   *
   * @throws ValidationException if the value is not finite, or the counts are not both given with
   *     {@code 0 <= numerator <= denominator}, denominator at least 1, or the value is not their
   *     percent
   */
  public SeriesPoint {
    if (!Double.isFinite(value)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("series point " + period), "value",
          "a finite number", Double.toString(value));
    }
    if (numerator.isPresent() != denominator.isPresent()
        || numerator.isPresent() && (denominator.getAsLong() < 1 || numerator.getAsLong() < 0
            || numerator.getAsLong() > denominator.getAsLong())) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("series point " + period),
          "numerator, denominator", "both or neither, with 0 <= numerator <= denominator >= 1",
          numerator + ", " + denominator);
    }
    if (numerator.isPresent() && Math.abs(value - 100.0 * numerator.getAsLong()
        / denominator.getAsLong()) > 1e-9) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("series point " + period), "value",
          "100 * numerator / denominator = " + 100.0 * numerator.getAsLong()
              / denominator.getAsLong(), Double.toString(value));
    }
  }

  /**
   * Returns a point with a number.
   *
   * @param period the period
   * @param value the value
   * @return the point
   * @throws ValidationException if the value is not finite
   */
  public static SeriesPoint of(ReportingPeriod period, double value) {
    return new SeriesPoint(period, value, OptionalLong.empty(), OptionalLong.empty());
  }

  /**
   * Returns a percent with its counts.
   *
   * @param period the period
   * @param numerator the numerator
   * @param denominator the denominator, at least 1
   * @return the point, valued {@code 100 * numerator / denominator}
   * @throws ValidationException if the counts are out of range
   */
  public static SeriesPoint proportion(ReportingPeriod period, long numerator,
      long denominator) {
    if (denominator < 1) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("series point " + period), "denominator",
          "1 or more", Long.toString(denominator));
    }
    return new SeriesPoint(period, 100.0 * numerator / denominator, OptionalLong.of(numerator),
        OptionalLong.of(denominator));
  }
}
