package org.obaframework.core.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * The Wilson score interval of a proportion, without continuity correction: the interval that
 * report cards put around every percent.
 *
 * <pre>{@code
 * Wilson.interval(85, 100);         // 95 %: [0.76716, 0.90694]
 * Wilson.interval(50, 500, 0.90);   // 90 %: [0.08004, 0.12427]
 * }</pre>
 *
 * <p>Unlike the normal approximation it stays within [0, 1] and behaves at 0 and at n: 0/10 gives
 * [0, 0.27753]. The same as R's {@code prop.test(x, n, correct = FALSE)}. The quantile of the
 * standard normal distribution comes from Apache Commons Statistics. Thread-safe.
 */
public final class Wilson {
  /** The default confidence level, 95 %. */
  public static final double DEFAULT_CONFIDENCE = 0.95;
  /**
   * The highest confidence level oba accepts, 99.99 %: above it the normal quantile of a level
   * such as 0.9999999999999999 is infinite in double arithmetic, and every interval would be
   * [NaN, NaN].
   */
  public static final double MAX_CONFIDENCE = 0.9999;
  /** The range of confidence levels, as messages state it. */
  public static final String CONFIDENCE_RANGE =
      "a level above 0 and at most " + MAX_CONFIDENCE + ", such as 0.95";

  private Wilson() {}

  /**
   * Returns the 95 % Wilson interval of {@code numerator / denominator}.
   *
   * @param numerator the count of successes, from 0 to {@code denominator}
   * @param denominator the count of trials, at least 1
   * @return the interval
   * @throws ValidationException if the counts are out of range
   */
  public static Interval interval(long numerator, long denominator) {
    return interval(numerator, denominator, DEFAULT_CONFIDENCE);
  }

  /**
   * Returns the Wilson interval of {@code numerator / denominator} at a confidence level.
   *
   * @param numerator the count of successes, from 0 to {@code denominator}
   * @param denominator the count of trials, at least 1
   * @param confidence the confidence level, above 0 and at most {@value #MAX_CONFIDENCE}
   * @return the interval
   * @throws ValidationException if the counts or the confidence are out of range
   */
  public static Interval interval(long numerator, long denominator, double confidence) {
    if (denominator < 1 || numerator < 0 || numerator > denominator) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("Wilson interval"), "numerator, denominator",
          "0 <= numerator <= denominator and denominator >= 1",
          numerator + ", " + denominator);
    }
    double z = z(confidence);
    double n = denominator;
    double p = numerator / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At 0 and n the formula gives the bound exactly in theory; clamp rounding noise.
    double lower = numerator == 0 ? 0 : Math.max(0, centre - half);
    double upper = numerator == denominator ? 1 : Math.min(1, centre + half);
    return new Interval(lower, upper, confidence);
  }

  /**
   * Returns the two-sided standard normal quantile of a confidence level: 1.959964 for 0.95.
   *
   * @param confidence the confidence level, above 0 and at most {@value #MAX_CONFIDENCE}
   * @return the quantile, finite
   * @throws ValidationException if the confidence is out of that range
   */
  public static double z(double confidence) {
    Checks.confidence(Item.of("Wilson interval"), confidence);
    return NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
  }
}
