package org.obaframework.core.change;

import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * The smallest change on a measure that counts as reliable, with where that figure comes from:
 * a published threshold such as Goal Based Outcomes' 3 points per goal, or one computed by {@link
 * JacobsonTruax}.
 *
 * <pre>{@code
 * MinimumChange gbo = MinimumChange.of(3, "NHS England CYPMHS: Goal Based Outcomes");
 * MinimumChange cgas = JacobsonTruax.of(12.90, 0.91).minimumChange();   // 10.73
 * }</pre>
 *
 * <p>The value is in the scale's own units: points on a numeric scale, levels on an ordinal scale.
 * See {@link MinimumChanges} for presets. Immutable and thread-safe; {@code toString} is {@code
 * 3 (NHS England CYPMHS: Goal Based Outcomes)}.
 *
 * @param value the smallest reliable change, finite and above 0
 * @param source where the figure comes from, not blank
 */
public record MinimumChange(double value, String source) {
  /**
   * Checks the value and source.
   *
   * @throws ValidationException if the value is not finite and above 0, or the source is blank
   */
  public MinimumChange {
    Numbers.positive(Item.of("minimum change"), "value", value, "");
    Checks.text(Item.of("minimum change"), "source", source);
  }

  /**
   * Returns a minimum change.
   *
   * @param value the smallest reliable change, finite and above 0
   * @param source where the figure comes from, not blank
   * @return the minimum change
   * @throws ValidationException if the value is not finite and above 0, or the source is blank
   */
  public static MinimumChange of(double value, String source) {
    return new MinimumChange(value, source);
  }

  /**
   * Returns the minimum reliable change computed from a measure's standard deviation and
   * reliability by Jacobson and Truax's method, with their critical value 1.96.
   *
   * @param standardDeviation the standard deviation of scores in a reference sample, above 0
   * @param reliability the reliability (such as Cronbach's alpha or test-retest r), between 0 and 1
   *     exclusive
   * @return the minimum change
   * @throws ValidationException if either argument is out of range
   */
  public static MinimumChange fromReliability(double standardDeviation, double reliability) {
    return JacobsonTruax.of(standardDeviation, reliability).minimumChange();
  }

  /**
   * Returns the minimum reliable change computed by Jacobson and Truax's method with a critical
   * value, such as {@link JacobsonTruax#NHS_ENGLAND_CRITICAL_VALUE}.
   *
   * @param standardDeviation the standard deviation of scores in a reference sample, above 0
   * @param reliability the reliability, between 0 and 1 exclusive
   * @param criticalValue the critical value, above 0 (1.96 in the paper)
   * @return the minimum change
   * @throws ValidationException if an argument is out of range
   */
  public static MinimumChange fromReliability(double standardDeviation, double reliability,
      double criticalValue) {
    return JacobsonTruax.of(standardDeviation, reliability, criticalValue).minimumChange();
  }

  /** Returns the value and the source, such as {@code 3 (NHS England CYPMHS: ...)}. */
  @Override
  public String toString() {
    return Numbers.format(value) + " (" + source + ")";
  }
}
