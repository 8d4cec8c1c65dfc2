package org.obaframework.core.change;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * Jacobson and Truax's reliable change for a measure with a known standard deviation and
 * reliability: the standard error of measurement {@code SEM = SD * sqrt(1 - r)}, the standard error
 * of a difference {@code S_diff = sqrt(2) * SEM}, and the minimum reliable change {@code z *
 * S_diff} for a critical value z, 1.96 by default: a change at least that large is unlikely (p
 * &lt; 0.05) to be measurement error alone.
 *
 * <pre>{@code
 * JacobsonTruax cgas = JacobsonTruax.of(12.90, 0.91);
 * cgas.standardError();               // 3.87
 * cgas.differenceStandardError();     // 5.47
 * cgas.minimumReliableChange();       // 10.73 (NHS England rounds it to 11)
 * cgas.index(45, 60);                 // 2.74: reliable
 * JacobsonTruax.of(12.90, 0.91, JacobsonTruax.NHS_ENGLAND_CRITICAL_VALUE);   // z = 1.959964
 * JacobsonTruax.atConfidence(12.90, 0.91, 0.90);                              // z = 1.644854
 * }</pre>
 *
 * <p>The critical value is the paper's 1.96 unless given: NHS England's published code uses
 * 1.959964, R's {@code qnorm(0.975)}, which {@link #NHS_ENGLAND_CRITICAL_VALUE} holds; {@link
 * #criticalValue(double)} gives the two-sided normal quantile of any confidence level. The
 * difference moves a threshold only where a change falls within a hair of it, but a user matching
 * another service's figures can match its choice.
 *
 * <p>Source: Jacobson N.S. and Truax P. (1991), Clinical significance: a statistical approach to
 * defining meaningful change in psychotherapy research, J. Consulting and Clinical Psychology
 * 59(1), 12-19. Immutable and thread-safe.
 *
 * @param standardDeviation the standard deviation of scores in a reference sample, finite and
 *     above 0
 * @param reliability the measure's reliability, between 0 and 1 exclusive
 * @param criticalValue the critical value z of the reliable change index, finite and above 0
 */
public record JacobsonTruax(double standardDeviation, double reliability, double criticalValue) {
  /** The two-sided 95% critical value of the normal distribution that Jacobson and Truax use. */
  public static final double CRITICAL_VALUE = 1.96;
  /**
   * The critical value in NHS England's published code, 1.959964: R's {@code qnorm(0.975)}
   * (1.959963984540054) to six decimals.
   */
  public static final double NHS_ENGLAND_CRITICAL_VALUE = 1.959964;

  /**
   * Checks the arguments.
   *
   * @throws ValidationException if the standard deviation or the critical value is not finite
   *     and above 0, or the reliability is not between 0 and 1 exclusive
   */
  public JacobsonTruax {
    Numbers.positive(Item.of("reliable change"), "standardDeviation", standardDeviation, "");
    if (!(reliability > 0 && reliability < 1)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("reliable change"), "reliability",
          "a number between 0 and 1 exclusive", Numbers.exact(reliability));
    }
    Numbers.positive(Item.of("reliable change"), "criticalValue", criticalValue, ", such as 1.96");
  }

  /**
   * Returns the reliable change of a measure, with the paper's critical value 1.96.
   *
   * @param standardDeviation the standard deviation of scores in a reference sample, above 0
   * @param reliability the measure's reliability, between 0 and 1 exclusive
   * @return the reliable change
   * @throws ValidationException if either argument is out of range
   */
  public static JacobsonTruax of(double standardDeviation, double reliability) {
    return new JacobsonTruax(standardDeviation, reliability, CRITICAL_VALUE);
  }

  /**
   * Returns the reliable change of a measure with a critical value, such as {@link
   * #NHS_ENGLAND_CRITICAL_VALUE}.
   *
   * @param standardDeviation the standard deviation of scores in a reference sample, above 0
   * @param reliability the measure's reliability, between 0 and 1 exclusive
   * @param criticalValue the critical value, above 0
   * @return the reliable change
   * @throws ValidationException if an argument is out of range
   */
  public static JacobsonTruax of(double standardDeviation, double reliability,
      double criticalValue) {
    return new JacobsonTruax(standardDeviation, reliability, criticalValue);
  }

  /**
   * Returns the reliable change of a measure at a confidence level: the critical value is the
   * two-sided normal quantile, {@link #criticalValue(double)}.
   *
   * @param standardDeviation the standard deviation of scores in a reference sample, above 0
   * @param reliability the measure's reliability, between 0 and 1 exclusive
   * @param confidence the confidence level, strictly between 0 and 1, such as 0.95
   * @return the reliable change
   * @throws ValidationException if an argument is out of range
   */
  public static JacobsonTruax atConfidence(double standardDeviation, double reliability,
      double confidence) {
    return new JacobsonTruax(standardDeviation, reliability, criticalValue(confidence));
  }

  /**
   * Returns the two-sided critical value of the normal distribution at a confidence level: the
   * quantile at {@code (1 + confidence) / 2}, 1.959963984540054 for 0.95 (R's {@code
   * qnorm(0.975)}).
   *
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the critical value
   * @throws ValidationException if the confidence is out of range
   */
  public static double criticalValue(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("reliable change"), "confidence",
          "a level strictly between 0 and 1, such as 0.95", Numbers.exact(confidence));
    }
    return NormalDistribution.of(0, 1).inverseCumulativeProbability((1 + confidence) / 2);
  }

  /**
   * Returns a copy with another critical value.
   *
   * @param z the critical value, above 0
   * @return the copy
   * @throws ValidationException if the critical value is not finite and above 0
   */
  public JacobsonTruax withCriticalValue(double z) {
    return new JacobsonTruax(standardDeviation, reliability, z);
  }

  /**
   * Returns a copy whose critical value is that of a confidence level.
   *
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the copy
   * @throws ValidationException if the confidence is out of range
   */
  public JacobsonTruax withConfidence(double confidence) {
    return withCriticalValue(criticalValue(confidence));
  }

  /**
   * Returns the standard error of measurement, {@code SD * sqrt(1 - r)}.
   *
   * @return the SEM
   */
  public double standardError() {
    return standardDeviation * Math.sqrt(1 - reliability);
  }

  /**
   * Returns the standard error of the difference between two scores, {@code sqrt(2) * SEM}.
   *
   * @return S_diff
   */
  public double differenceStandardError() {
    return Math.sqrt(2) * standardError();
  }

  /**
   * Returns the smallest reliable change, {@code z * S_diff} for the critical value z.
   *
   * @return the minimum reliable change, in the measure's units
   */
  public double minimumReliableChange() {
    return criticalValue * differenceStandardError();
  }

  /**
   * Returns the reliable change index of two scores, {@code (x2 - x1) / S_diff}: reliable when its
   * size is at least the critical value. Its sign is the raw direction, not the polarity's.
   *
   * @param first the earlier score
   * @param second the later score
   * @return the index
   */
  public double index(double first, double second) {
    return (second - first) / differenceStandardError();
  }

  /**
   * Returns the minimum reliable change with its derivation as the source, such as {@code
   * "Jacobson & Truax (1991): 1.96 x sqrt(2) x SD x sqrt(1 - r), SD 12.9, r 0.91"}.
   *
   * @return the minimum change
   */
  public MinimumChange minimumChange() {
    return MinimumChange.of(minimumReliableChange(),
        "Jacobson & Truax (1991): " + Numbers.exact(criticalValue)
            + " x sqrt(2) x SD x sqrt(1 - r), SD " + Numbers.exact(standardDeviation) + ", r "
            + Numbers.exact(reliability));
  }
}
