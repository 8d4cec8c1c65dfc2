package org.obaframework.core.change;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;

/**
 * A rule, as data, that decides whether a paired {@link Change} counts as "better off": any
 * improvement, an improvement of at least some amount, reaching a target, a reliable change, or a
 * reliable recovery.
 *
 * <pre>{@code
 * BetterOffRule.anyImprovement();
 * BetterOffRule.improvedByAtLeast(1);                                    // 1 level, or 1 point
 * BetterOffRule.reaches(ScaleValue.level("low"), Maintained.DOES_NOT_COUNT); // "low or none"
 * BetterOffRule.reliableChange(MinimumChanges.GOAL_BASED_OUTCOMES);
 * BetterOffRule.reliableRecovery(JacobsonTruax.of(12.90, 0.91).minimumChange(), 70);
 * }</pre>
 *
 * <p>Every amount and target is read in the indicator's polarity: "at least" and "reaches" mean
 * in the better direction, so reaching {@code low} on a lower-is-better risk scale (none, low,
 * medium, high) means ending at low or none. Differences are in levels on an ordinal scale and in
 * the scale's unit on a numeric scale. A change that is not paired is never better off; whether it
 * counts in a denominator is for the measure to say, by the change's outcome.
 *
 * <p>Factories check what they can alone (amounts above 0, no yes/no target); {@link
 * #checkFor(Indicator)} checks the fit with an indicator (no target or threshold on a binary scale,
 * a target level on the scale, a number within its bounds), and {@link #decide(Change)} applies it
 * to the change's indicator first. Implementations are immutable and thread-safe, with structural
 * equality.
 */
public sealed interface BetterOffRule permits BetterOffRule.AnyImprovement,
    BetterOffRule.ImprovedByAtLeast, BetterOffRule.Reaches, BetterOffRule.ReliableChange,
    BetterOffRule.ReliableRecovery {

  /**
   * Decides whether a change counts as better off.
   *
   * @param change the change
   * @return true if the change is paired and meets the rule
   * @throws ValidationException if the rule does not fit the change's indicator
   */
  boolean decide(Change change);

  /**
   * Decides whether a change counts as worse off: the rule's mirror image, which composites such
   * as "improved on one measure and deteriorated on none" need. Any deterioration for any
   * improvement; a deterioration of at least the amount or the minimum reliable change for those
   * rules; for a target, starting at or beyond it and ending short of it.
   *
   * @param change the change
   * @return true if the change is paired and worse off by the rule's measure
   * @throws ValidationException if the rule does not fit the change's indicator
   */
  boolean worseOff(Change change);

  /**
   * Describes the rule in words, such as {@code "improved by at least 2"}.
   *
   * @return the description
   */
  String description();

  /**
   * Describes the rule in the words of an indicator's scale, such as {@code "improved by at least
   * 1 level"} or {@code "reaches low or none"}.
   *
   * @param indicator the indicator the rule is applied to
   * @return the description
   * @throws ValidationException if the rule does not fit the indicator
   */
  default String description(Indicator indicator) {
    checkFor(indicator);
    return description();
  }

  /**
   * Returns every way the rule does not fit an indicator.
   *
   * @param indicator the indicator
   * @return the problems; empty if the rule fits
   */
  List<Problem> problemsFor(Indicator indicator);

  /**
   * Checks that the rule fits an indicator.
   *
   * @param indicator the indicator
   * @throws ValidationException listing every way the rule does not fit
   */
  default void checkFor(Indicator indicator) {
    List<Problem> problems = problemsFor(indicator);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Returns the rule "any improvement": the later value is better, by any amount.
   *
   * @return the rule
   */
  static BetterOffRule anyImprovement() {
    return AnyImprovement.INSTANCE;
  }

  /**
   * Returns the rule "improved by at least {@code amount}" levels or points.
   *
   * @param amount the smallest improvement, finite and above 0
   * @return the rule
   * @throws ValidationException if the amount is not finite and above 0
   */
  static BetterOffRule improvedByAtLeast(double amount) {
    return new ImprovedByAtLeast(amount);
  }

  /**
   * Returns the rule "reaches a target": the later value is at the target or beyond it in the
   * better direction.
   *
   * @param target a level of an ordinal scale, or a number on a numeric scale
   * @param maintained whether starting at or beyond the target and staying there counts
   * @return the rule
   * @throws ValidationException if the target is yes or no
   */
  static BetterOffRule reaches(ScaleValue target, Maintained maintained) {
    return new Reaches(target, maintained);
  }

  /**
   * Returns the rule "reliable improvement": improved by at least the minimum reliable change.
   *
   * @param minimum the minimum reliable change and its source
   * @return the rule
   */
  static BetterOffRule reliableChange(MinimumChange minimum) {
    return new ReliableChange(minimum);
  }

  /**
   * Returns the rule "reliable recovery": a reliable improvement that also crosses a clinical
   * cut-off from the clinical to the non-clinical side.
   *
   * @param minimum the minimum reliable change and its source
   * @param cutOff the clinical cut-off on the numeric scale; a score at the cut-off is clinical
   * @return the rule
   * @throws ValidationException if the cut-off is not finite
   */
  static BetterOffRule reliableRecovery(MinimumChange minimum, double cutOff) {
    return new ReliableRecovery(minimum, cutOff);
  }

  /** Whether a person who starts at or beyond a target, and stays there, has reached it. */
  enum Maintained {
    /** Starting at or beyond the target and staying there counts: the target is maintained. */
    COUNTS,
    /** Only crossing counts: the earlier value must fall short of the target. */
    DOES_NOT_COUNT
  }

  /** Any improvement: the change's outcome is {@link ChangeOutcome#IMPROVED}. */
  record AnyImprovement() implements BetterOffRule {
    static final AnyImprovement INSTANCE = new AnyImprovement();

    @Override
    public boolean decide(Change change) {
      return change.outcome() == ChangeOutcome.IMPROVED;
    }

    @Override
    public boolean worseOff(Change change) {
      return change.outcome() == ChangeOutcome.DETERIORATED;
    }

    @Override
    public String description() {
      return "any improvement";
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      return List.of();
    }

    /** Returns the description. */
    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * An improvement of at least an amount, in levels on an ordinal scale or in the scale's unit.
   *
   * @param amount the smallest improvement, finite and above 0
   */
  record ImprovedByAtLeast(double amount) implements BetterOffRule {
    /**
     * Checks the amount.
     *
     * @throws ValidationException if the amount is not finite and above 0
     */
    public ImprovedByAtLeast {
      if (!(amount > 0) || !Double.isFinite(amount)) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("better-off rule 'improved by at least'"),
            "amount", "a finite number above 0", Numbers.exact(amount));
      }
    }

    @Override
    public boolean decide(Change change) {
      checkFor(change.indicator());
      return change.isPaired()
          && change.difference().getAsDouble() >= amount - Numbers.TOLERANCE;
    }

    @Override
    public boolean worseOff(Change change) {
      checkFor(change.indicator());
      return change.isPaired()
          && change.difference().getAsDouble() <= -amount + Numbers.TOLERANCE;
    }

    @Override
    public String description() {
      return "improved by at least " + Numbers.exact(amount);
    }

    @Override
    public String description(Indicator indicator) {
      checkFor(indicator);
      Scale scale = indicator.scale();
      String unit = scale instanceof OrdinalScale ? (amount == 1 ? " level" : " levels")
          : scale instanceof NumericScale ? " " + ((NumericScale) scale).unit() : "";
      return description() + unit;
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      return Rules.withinSpan(this, indicator, amount);
    }

    /** Returns the description. */
    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * Reaching a target: the later value is at the target or beyond it in the better direction.
   *
   * @param target a level of an ordinal scale, or a number on a numeric scale
   * @param maintained whether starting at or beyond the target and staying there counts
   */
  record Reaches(ScaleValue target, Maintained maintained) implements BetterOffRule {
    /**
     * Checks the target.
     *
     * @throws ValidationException if the target is yes or no
     */
    public Reaches {
      if (target instanceof ScaleValue.Flag) {
        throw Checks.fail(ProblemType.RULE_DOES_NOT_FIT, Item.of("better-off rule 'reaches'"), "target",
            "a level of an ordinal scale or a number (no target on a binary scale)",
            target.toString());
      }
    }

    @Override
    public boolean decide(Change change) {
      checkFor(change.indicator());
      if (!change.isPaired()) {
        return false;
      }
      Indicator indicator = change.indicator();
      double goal = goal(indicator);
      int sign = indicator.polarity().sign();
      boolean ends = reached(change.endPosition().getAsDouble(), goal, sign);
      boolean started = reached(change.startPosition().getAsDouble(), goal, sign);
      return ends && (maintained == Maintained.COUNTS || !started);
    }

    @Override
    public boolean worseOff(Change change) {
      checkFor(change.indicator());
      if (!change.isPaired()) {
        return false;
      }
      double goal = goal(change.indicator());
      int sign = change.indicator().polarity().sign();
      return reached(change.startPosition().getAsDouble(), goal, sign)
          && !reached(change.endPosition().getAsDouble(), goal, sign);
    }

    private double goal(Indicator indicator) {
      // A number on a numeric scale may lie between whole numbers; on an ordinal scale the
      // target names a level, by code or by score.
      return indicator.scale() instanceof NumericScale
          ? ((ScaleValue.Numeric) target).value() : indicator.scale().position(target);
    }

    private static boolean reached(double position, double goal, int sign) {
      return sign * (position - goal) >= -Numbers.TOLERANCE;
    }

    @Override
    public String description() {
      return "reaches " + target + " or better" + qualifier();
    }

    @Override
    public String description(Indicator indicator) {
      checkFor(indicator);
      Scale scale = indicator.scale();
      if (scale instanceof OrdinalScale) {
        List<OrdinalLevel> levels = new ArrayList<>(((OrdinalScale) scale).levels());
        int at = (int) scale.position(target);
        List<OrdinalLevel> better = indicator.polarity() == Polarity.HIGHER_IS_BETTER
            ? levels.subList(at, levels.size()) : reversed(levels.subList(0, at + 1));
        String names = better.stream().map(OrdinalLevel::code).collect(Collectors.joining(" or "));
        return "reaches " + names + qualifier();
      }
      String unit = " " + ((NumericScale) scale).unit();
      return "reaches " + target + unit
          + (indicator.polarity() == Polarity.HIGHER_IS_BETTER ? " or more" : " or less")
          + qualifier();
    }

    private static List<OrdinalLevel> reversed(List<OrdinalLevel> levels) {
      List<OrdinalLevel> copy = new ArrayList<>(levels);
      java.util.Collections.reverse(copy);
      return copy;
    }

    private String qualifier() {
      return maintained == Maintained.COUNTS ? " (staying there counts)"
          : " (from short of it)";
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      Scale scale = indicator.scale();
      if (scale instanceof BinaryScale) {
        return List.of(Rules.problem(this, indicator, "target",
            "an ordinal or numeric scale (no target on a binary scale)", scale.toString()));
      }
      if (scale instanceof NumericScale && target instanceof ScaleValue.Numeric) {
        // A threshold may fall between whole numbers, such as a cut-off of 16.5 points.
        NumericScale numeric = (NumericScale) scale;
        double number = ((ScaleValue.Numeric) target).value();
        if (number < numeric.lower() || number > numeric.upper()) {
          return List.of(Rules.problem(this, indicator, "target",
              "a number from " + Numbers.exact(numeric.lower()) + " to "
                  + Numbers.exact(numeric.upper()), Numbers.exact(number)));
        }
        return List.of();
      }
      if (!scale.accepts(target)) {
        return List.of(Rules.problem(this, indicator, "target",
            scale.expectation() + " on the indicator's scale",
            (target instanceof ScaleValue.Level ? "a level " : "a number ")
                + Redaction.code(target.toString())));
      }
      return List.of();
    }

    /** Returns the description. */
    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * A reliable improvement: improved by at least the minimum reliable change.
   *
   * @param minimum the minimum reliable change and its source
   */
  record ReliableChange(MinimumChange minimum) implements BetterOffRule {
    @Override
    public boolean decide(Change change) {
      checkFor(change.indicator());
      return change.isPaired()
          && change.difference().getAsDouble() >= minimum.value() - Numbers.TOLERANCE;
    }

    /** A reliable deterioration: worse by at least the minimum reliable change. */
    @Override
    public boolean worseOff(Change change) {
      checkFor(change.indicator());
      return change.isPaired()
          && change.difference().getAsDouble() <= -minimum.value() + Numbers.TOLERANCE;
    }

    @Override
    public String description() {
      return "reliable improvement of at least " + Numbers.format(minimum.value()) + " ("
          + minimum.source() + ")";
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      List<Problem> problems = Rules.notBinary(this, indicator, "minimum");
      return problems.isEmpty() ? Rules.withinSpan(this, indicator, minimum.value()) : problems;
    }

    /** Returns the description. */
    @Override
    public String toString() {
      return description();
    }
  }

  /**
   * A reliable recovery: a reliable improvement that also crosses a clinical cut-off from the
   * clinical side (at the cut-off or worse) to the non-clinical side (strictly better than it).
   *
   * @param minimum the minimum reliable change and its source
   * @param cutOff the clinical cut-off on the indicator's numeric scale
   */
  record ReliableRecovery(MinimumChange minimum, double cutOff) implements BetterOffRule {
    /**
     * Checks the cut-off.
     *
     * @throws ValidationException if the cut-off is not finite
     */
    public ReliableRecovery {
      if (!Double.isFinite(cutOff)) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("better-off rule 'reliable recovery'"),
            "cutOff", "a finite number", Double.toString(cutOff));
      }
    }

    @Override
    public boolean decide(Change change) {
      checkFor(change.indicator());
      if (!change.isPaired()
          || change.difference().getAsDouble() < minimum.value() - Numbers.TOLERANCE) {
        return false;
      }
      int sign = change.indicator().polarity().sign();
      return clinical(change.startPosition().getAsDouble(), sign)
          && !clinical(change.endPosition().getAsDouble(), sign);
    }

    /** A reliable deterioration: worse by at least the minimum reliable change. */
    @Override
    public boolean worseOff(Change change) {
      checkFor(change.indicator());
      return change.isPaired()
          && change.difference().getAsDouble() <= -minimum.value() + Numbers.TOLERANCE;
    }

    /** At the cut-off or on its worse side. */
    private boolean clinical(double position, int sign) {
      return sign * (position - cutOff) <= 0;
    }

    @Override
    public String description() {
      return "reliable recovery: improvement of at least " + Numbers.format(minimum.value())
          + " (" + minimum.source() + ") crossing the clinical cut-off " + Numbers.exact(cutOff);
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      Scale scale = indicator.scale();
      if (!(scale instanceof NumericScale)) {
        return List.of(Rules.problem(this, indicator, "cutOff",
            "a numeric scale for a clinical cut-off", scale.toString()));
      }
      NumericScale numeric = (NumericScale) scale;
      if (cutOff < numeric.lower() || cutOff > numeric.upper()) {
        return List.of(Rules.problem(this, indicator, "cutOff",
            "a number from " + Numbers.exact(numeric.lower()) + " to "
                + Numbers.exact(numeric.upper()), Numbers.exact(cutOff)));
      }
      return List.of();
    }

    /** Returns the description. */
    @Override
    public String toString() {
      return description();
    }
  }
}
