package org.obaframework.core.stats;

import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A confidence interval on the proportion scale, from 0 to 1, with its confidence level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower bound, from 0 to 1
 * @param upper the upper bound, from {@code lower} to 1
 * @param confidence the confidence level, such as 0.95
 */
public record Interval(double lower, double upper, double confidence) {
  /**
   * Checks the bounds.
   *
   * @throws ValidationException if the bounds are not {@code 0 <= lower <= upper <= 1}
   */
  public Interval {
    if (!(lower >= 0 && lower <= upper && upper <= 1)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("interval"), "lower, upper",
          "0 <= lower <= upper <= 1", lower + ", " + upper);
    }
  }

  /**
   * Returns the interval in percent, rounded to whole numbers, such as {@code "77%-91%"}.
   *
   * @return the text
   */
  public String toPercentText() {
    return Math.round(lower * 100) + "%-" + Math.round(upper * 100) + "%";
  }
}
