package org.obaframework.core.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;

/**
 * A condition on a starting (baseline) rating that makes a child or family eligible for a
 * measure's denominator, such as "families with an attendance problem at baseline" or "children
 * at high or medium risk of entering care".
 *
 * <pre>{@code
 * BaselineCondition.is("EXCLUDED", true);                           // previously excluded
 * BaselineCondition.atLevels("RISK-CARE", "high", "medium");        // at high or medium risk
 * BaselineCondition.worseThan("SCHOOL-ATT", ScaleValue.of(90));     // attendance below 90 %
 * BaselineCondition.atOrWorseThan("RISK-CARE", ScaleValue.level("medium"));
 * }</pre>
 *
 * <p>"Worse" follows the indicator's polarity. The condition is tested on the value of the
 * baseline review that {@link Pairing} chooses for the indicator. Implementations are immutable
 * and thread-safe, with structural equality.
 */
public sealed interface BaselineCondition permits BaselineCondition.Is,
    BaselineCondition.AtLevels, BaselineCondition.Beyond {

  /**
   * Returns the code of the indicator whose baseline rating is tested.
   *
   * @return the indicator's code
   */
  String indicator();

  /**
   * Tests a baseline value of the condition's indicator.
   *
   * @param indicator the condition's indicator
   * @param baseline the value at baseline, on the indicator's scale
   * @return true if the value meets the condition
   * @throws ValidationException if the condition does not fit the indicator, or the value is off
   *     its scale
   */
  boolean test(Indicator indicator, ScaleValue baseline);

  /**
   * Describes the condition in the words of its indicator's scale, such as {@code "RISK-CARE at
   * high or medium"}.
   *
   * @param indicator the condition's indicator
   * @return the description
   */
  String description(Indicator indicator);

  /**
   * Returns every way the condition does not fit its indicator, such as a level not on the scale.
   *
   * @param indicator the condition's indicator
   * @return the problems; empty if it fits
   */
  List<Problem> problemsFor(Indicator indicator);

  /**
   * Returns the condition "the baseline of a binary indicator is yes" (or no).
   *
   * @param indicator the indicator's code
   * @param yes the value required
   * @return the condition
   * @throws ValidationException if the code is malformed
   */
  static BaselineCondition is(String indicator, boolean yes) {
    return new Is(indicator, yes);
  }

  /**
   * Returns the condition "the baseline of an ordinal indicator is one of these levels".
   *
   * @param indicator the indicator's code
   * @param levels the levels' codes, at least one
   * @return the condition
   * @throws ValidationException if a code is malformed or no level is given
   */
  static BaselineCondition atLevels(String indicator, String... levels) {
    return new AtLevels(indicator, new LinkedHashSet<>(List.of(levels)));
  }

  /**
   * Returns the condition "the baseline is strictly worse than a threshold", in the indicator's
   * polarity: below 90 % attendance when higher is better.
   *
   * @param indicator the indicator's code
   * @param threshold a level or a number on the indicator's scale
   * @return the condition
   * @throws ValidationException if the code is malformed or the threshold is yes or no
   */
  static BaselineCondition worseThan(String indicator, ScaleValue threshold) {
    return new Beyond(indicator, threshold, false);
  }

  /**
   * Returns the condition "the baseline is at a threshold or worse", in the indicator's polarity:
   * medium risk or higher when lower is better.
   *
   * @param indicator the indicator's code
   * @param threshold a level or a number on the indicator's scale
   * @return the condition
   * @throws ValidationException if the code is malformed or the threshold is yes or no
   */
  static BaselineCondition atOrWorseThan(String indicator, ScaleValue threshold) {
    return new Beyond(indicator, threshold, true);
  }

  /**
   * The baseline of a binary indicator is yes, or no.
   *
   * @param indicator the indicator's code
   * @param yes the value required
   */
  record Is(String indicator, boolean yes) implements BaselineCondition {
    /**
     * Checks the code.
     *
     * @throws ValidationException if the code is malformed
     */
    public Is {
      Checks.code(Item.of(Item.CONDITION), "indicator", indicator);
    }

    @Override
    public boolean test(Indicator indicator, ScaleValue baseline) {
      return baseline.equals(ScaleValue.of(yes));
    }

    @Override
    public String description(Indicator indicator) {
      String label = indicator.scale() instanceof BinaryScale
          ? ((BinaryScale) indicator.scale()).label(ScaleValue.of(yes)).text()
          : ScaleValue.of(yes).toString();
      return indicator.code() + " " + label.toLowerCase(java.util.Locale.ROOT) + " at baseline";
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      return indicator.scale() instanceof BinaryScale ? List.of()
          : List.of(problem(this, indicator, "yes",
              "a binary indicator for a yes/no condition", Rules.kind(indicator.scale())));
    }

    @Override
    public String toString() {
      return indicator + " is " + ScaleValue.of(yes);
    }
  }

  /**
   * The baseline of an ordinal indicator is one of some levels.
   *
   * @param indicator the indicator's code
   * @param levels the levels' codes
   */
  record AtLevels(String indicator, Set<String> levels) implements BaselineCondition {
    /**
     * Checks the codes and copies the levels.
     *
     * @throws ValidationException if a code is malformed or there is no level
     */
    public AtLevels {
      Checks.code(Item.of(Item.CONDITION), "indicator", indicator);
      if (levels.isEmpty()) {
        throw Checks.fail(ProblemType.MISSING_VALUE, Item.of(Item.CONDITION)
            .applyingTo(Item.of(Item.INDICATOR, indicator)), "levels", "at least one level",
            "none");
      }
      levels.forEach(level -> Checks.code(Item.of(Item.CONDITION), "levels", level));
      levels = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(levels));
    }

    @Override
    public boolean test(Indicator indicator, ScaleValue baseline) {
      return indicator.scale() instanceof OrdinalScale ordinal && ordinal.level(baseline)
          .map(level -> levels.contains(level.code())).orElse(false);
    }

    @Override
    public String description(Indicator indicator) {
      return indicator.code() + " at " + String.join(" or ", levels) + " at baseline";
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      if (!(indicator.scale() instanceof OrdinalScale scale)) {
        return List.of(problem(this, indicator, "levels",
            "an ordinal indicator for a condition on levels", Rules.kind(indicator.scale())));
      }
      List<Problem> problems = new ArrayList<>();
      int i = 0;
      for (String level : levels) {
        if (scale.level(level).isEmpty()) {
          problems.add(problem(this, indicator, "levels[" + i + "]", scale.expectation(),
              Redaction.code(level)));
        }
        i++;
      }
      return problems;
    }

    @Override
    public String toString() {
      return indicator + " at " + String.join(" or ", levels);
    }
  }

  /**
   * The baseline is worse than a threshold, or at it or worse, in the indicator's polarity.
   *
   * @param indicator the indicator's code
   * @param threshold a level or number on the indicator's scale
   * @param inclusive whether a baseline at the threshold meets the condition
   */
  record Beyond(String indicator, ScaleValue threshold, boolean inclusive)
      implements BaselineCondition {
    /**
     * Checks the code and the threshold.
     *
     * @throws ValidationException if the code is malformed or the threshold is yes or no
     */
    public Beyond {
      Checks.code(Item.of(Item.CONDITION), "indicator", indicator);
      if (threshold instanceof ScaleValue.Flag) {
        throw Checks.fail(ProblemType.RULE_DOES_NOT_FIT, Item.of(Item.CONDITION)
            .applyingTo(Item.of(Item.INDICATOR, indicator)), "threshold",
            "a level or a number (use BaselineCondition.is on a binary indicator)",
            threshold.toString());
      }
    }

    @Override
    public boolean test(Indicator indicator, ScaleValue baseline) {
      // On a numeric scale the threshold is a number, which may lie between whole numbers; on
      // an ordinal scale it names a level, by code or by score.
      double goal = indicator.scale().cutOff(threshold)
          .orElseThrow(() -> new ValidationException(problemsFor(indicator)));
      // Positive when the baseline is worse than the threshold.
      double worse = indicator.polarity().improvement(indicator.scale().position(baseline), goal);
      return inclusive ? worse >= -Numbers.TOLERANCE : worse > Numbers.TOLERANCE;
    }

    @Override
    public String description(Indicator indicator) {
      String unit = indicator.scale() instanceof NumericScale
          ? " " + ((NumericScale) indicator.scale()).unit() : "";
      return indicator.code() + (inclusive ? " at or worse than " : " worse than ") + threshold
          + unit + " at baseline";
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      if (indicator.scale() instanceof BinaryScale) {
        return List.of(problem(this, indicator, "threshold",
            "an ordinal or numeric indicator for a threshold", Rules.kind(indicator.scale())));
      }
      // A threshold may fall between whole numbers, such as a cut-off of 16.5 points.
      return indicator.scale().cutOff(threshold).isPresent() ? List.of()
          : List.of(problem(this, indicator, "threshold", indicator.scale().expectation(),
              Redaction.code(threshold.toString())));
    }

    @Override
    public String toString() {
      return indicator + (inclusive ? " at or worse than " : " worse than ") + threshold;
    }
  }

  private static Problem problem(BaselineCondition condition, Indicator indicator, String field,
      String expected, String found) {
    return Problem.of(ProblemType.RULE_DOES_NOT_FIT, Item.of(Item.CONDITION)
        .applyingTo(Item.of(Item.INDICATOR, indicator.code())), field, expected, found);
  }
}
