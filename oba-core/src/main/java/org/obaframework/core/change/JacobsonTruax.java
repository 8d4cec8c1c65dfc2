package org.obaframework.core.change;

import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * Jacobson and Truax's reliable change for a measure with a known standard deviation and
 * reliability: the standard error of measurement {@code SEM = SD * sqrt(1 - r)}, the standard error
 * of a difference {@code S_diff = sqrt(2) * SEM}, and the minimum reliable change {@code 1.96 *
 * S_diff}: a change at least that large is unlikely (p &lt; 0.05) to be measurement error alone.
 *
 * <pre>{@code
 * JacobsonTruax cgas = JacobsonTruax.of(12.90, 0.91);
 * cgas.standardError();               // 3.87
 * cgas.differenceStandardError();     // 5.47
 * cgas.minimumReliableChange();       // 10.73 (NHS England rounds it to 11)
 * cgas.index(45, 60);                 // 2.74: reliable
 * }</pre>
 *
 * <p>Source: Jacobson N.S. and Truax P. (1991), Clinical significance: a statistical approach to
 * defining meaningful change in psychotherapy research, J. Consulting and Clinical Psychology
 * 59(1), 12-19. Immutable and thread-safe.
 *
 * @param standardDeviation the standard deviation of scores in a reference sample, finite and
 *     above 0
 * @param reliability the measure's reliability, between 0 and 1 exclusive
 */
public record JacobsonTruax(double standardDeviation, double reliability) {
  /** The two-sided 95% critical value of the normal distribution that Jacobson and Truax use. */
  public static final double CRITICAL_VALUE = 1.96;

  /**
   * Checks the arguments.
   *
   * @throws ValidationException if the standard deviation is not finite and above 0, or the
   *     reliability is not between 0 and 1 exclusive
   */
  public JacobsonTruax {
    if (!(standardDeviation > 0) || !Double.isFinite(standardDeviation)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("reliable change"), "standardDeviation",
          "a finite number above 0", Numbers.exact(standardDeviation));
    }
    if (!(reliability > 0 && reliability < 1)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("reliable change"), "reliability",
          "a number between 0 and 1 exclusive", Numbers.exact(reliability));
    }
  }

  /**
   * Returns the reliable change of a measure.
   *
   * @param standardDeviation the standard deviation of scores in a reference sample, above 0
   * @param reliability the measure's reliability, between 0 and 1 exclusive
   * @return the reliable change
   * @throws ValidationException if either argument is out of range
   */
  public static JacobsonTruax of(double standardDeviation, double reliability) {
    return new JacobsonTruax(standardDeviation, reliability);
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
   * Returns the smallest reliable change, {@code 1.96 * S_diff}.
   *
   * @return the minimum reliable change, in the measure's units
   */
  public double minimumReliableChange() {
    return CRITICAL_VALUE * differenceStandardError();
  }

  /**
   * Returns the reliable change index of two scores, {@code (x2 - x1) / S_diff}: reliable when its
   * size is at least 1.96. Its sign is the raw direction, not the polarity's.
   *
   * @param first the earlier score
   * @param second the later score
   * @return the index
   */
  public double index(double first, double second) {
    return (second - first) / differenceStandardError();
  }

  /**
   * Returns the minimum reliable change with its derivation as the source.
   *
   * @return the minimum change
   */
  public MinimumChange minimumChange() {
    return MinimumChange.of(minimumReliableChange(),
        "Jacobson & Truax (1991): 1.96 x sqrt(2) x SD x sqrt(1 - r), SD "
            + Numbers.exact(standardDeviation) + ", r " + Numbers.exact(reliability));
  }
}
