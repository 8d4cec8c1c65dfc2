package org.obaframework.core.change;

import java.util.List;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.internal.Checks;

/** Helpers shared by the {@link BetterOffRule} implementations. */
final class Rules {
  private Rules() {}

  /** The most a value can change on a scale: 1, levels - 1, or upper - lower. */
  static double span(Scale scale) {
    if (scale instanceof OrdinalScale ordinal) {
      return ordinal.levels().size() - 1;
    }
    if (scale instanceof NumericScale numeric) {
      return numeric.upper() - numeric.lower();
    }
    return 1;
  }

  /**
   * Names a scale's kind for a message, never its labels: {@code a binary scale}, {@code an
   * ordinal scale of 4 levels}, {@code a numeric scale}.
   */
  static String kind(Scale scale) {
    if (scale instanceof OrdinalScale ordinal) {
      return "an ordinal scale of " + ordinal.levels().size() + " levels";
    }
    return scale instanceof BinaryScale ? "a binary scale" : "a numeric scale";
  }

  /**
   * The unit of a difference of {@code amount} on a scale, after a space: levels on an ordinal
   * scale, percentage points on a scale of percents (68 % to 88 % is 20 percentage points, not
   * 20 %), the unit of any other numeric scale; nothing on a binary scale.
   */
  static String differenceUnit(Scale scale, double amount) {
    if (scale instanceof OrdinalScale) {
      return Math.abs(amount) == 1 ? " level" : " levels";
    }
    if (scale instanceof NumericScale numeric) {
      String unit = numeric.unit();
      return !unit.equals("%") ? " " + unit
          : Math.abs(amount) == 1 ? " percentage point" : " percentage points";
    }
    return "";
  }

  /** A problem of a rule that does not fit an indicator. */
  static Problem problem(BetterOffRule rule, Indicator indicator, String field, String expected,
      String found) {
    return Problem.of(ProblemType.RULE_DOES_NOT_FIT, Item.named(Item.RULE, rule.description())
        .applyingTo(Item.of(Item.INDICATOR, indicator.code())), field, expected, found);
  }

  /** The problem of a rule's cut-off outside the bounds of a numeric scale. */
  static List<Problem> outOfBounds(BetterOffRule rule, Indicator indicator, String field,
      NumericScale scale, double number) {
    return List.of(problem(rule, indicator, field, "a number from " + Numbers.exact(scale.lower())
        + " to " + Numbers.exact(scale.upper()), Numbers.exact(number)));
  }

  /** No problem unless an amount is more than the indicator's scale can ever change. */
  static List<Problem> withinSpan(BetterOffRule rule, Indicator indicator, double amount) {
    return withinSpan(Item.RULE, rule.description(), indicator, amount);
  }

  /**
   * No problem unless an amount is more than the indicator's scale can ever change, for a rule
   * of a kind ("better-off rule", "deterioration rule") and its description.
   */
  static List<Problem> withinSpan(String kind, String description, Indicator indicator,
      double amount) {
    double span = span(indicator.scale());
    if (amount > span + Numbers.TOLERANCE) {
      return List.of(Problem.of(ProblemType.RULE_DOES_NOT_FIT, Item.named(kind, description)
          .applyingTo(Item.of(Item.INDICATOR, indicator.code())), "amount",
          "at most " + Numbers.exact(span) + ", the most " + kind(indicator.scale())
              + " can change", Numbers.format(amount)));
    }
    return List.of();
  }

  /**
   * The verdict of a rule of an amount: better off when the difference (positive is better) is
   * at least the amount, worse off when it is at least the amount the other way.
   */
  static BetterOffRule.Verdict byAmount(double difference, double amount) {
    return difference >= amount - Numbers.TOLERANCE ? BetterOffRule.Verdict.BETTER_OFF
        : difference <= -amount + Numbers.TOLERANCE ? BetterOffRule.Verdict.WORSE_OFF
        : BetterOffRule.Verdict.NEITHER;
  }

  /** No problem unless the indicator's scale is binary. */
  static List<Problem> notBinary(BetterOffRule rule, Indicator indicator, String field) {
    if (indicator.scale() instanceof BinaryScale) {
      return List.of(problem(rule, indicator, field,
          "an ordinal or numeric scale (no threshold on a binary scale)",
          kind(indicator.scale())));
    }
    return List.of();
  }
}
