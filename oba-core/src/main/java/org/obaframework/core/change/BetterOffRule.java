package org.obaframework.core.change;

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
 * a target level on the scale, a number within its bounds), and {@link #judge(Indicator,
 * ScaleValue, ScaleValue)} and {@link #decide(Change)} apply it to the indicator first. Each rule
 * is written once, in {@code judge}: better off, worse off or neither, from the two values
 * compared; {@code decide} and {@code worseOff} read a change through it. Implementations are
 * immutable and thread-safe, with structural equality.
 */
public sealed interface BetterOffRule permits BetterOffRule.AnyImprovement,
    BetterOffRule.ImprovedByAtLeast, BetterOffRule.Reaches, BetterOffRule.ReliableChange,
    BetterOffRule.ReliableRecovery {

  /**
   * Judges the change from one rated value to a later one on an indicator: better off, worse off
   * (the rule's mirror image) or neither.
   *
   * <pre>{@code
   * BetterOffRule.improvedByAtLeast(10).judge(attendance, ScaleValue.of(68), ScaleValue.of(88));
   * // BETTER_OFF
   * }</pre>
   *
   * @param indicator the indicator rated
   * @param start the earlier value, on the indicator's scale
   * @param end the later value, on the indicator's scale
   * @return {@link Verdict#BETTER_OFF}, {@link Verdict#WORSE_OFF} or {@link Verdict#NEITHER}
   * @throws ValidationException if the rule does not fit the indicator
   */
  Verdict judge(Indicator indicator, ScaleValue start, ScaleValue end);

  /**
   * Decides whether a change counts as better off.
   *
   * @param change the change
   * @return true if the change is paired and meets the rule
   * @throws ValidationException if the rule does not fit the change's indicator
   */
  default boolean decide(Change change) {
    return verdict(change) == Verdict.BETTER_OFF;
  }

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
  default boolean worseOff(Change change) {
    return verdict(change) == Verdict.WORSE_OFF;
  }

  /**
   * Returns the verdict on a change: {@link #judge} of its two values when paired, else {@link
   * Verdict#NOT_PAIRED} or {@link Verdict#NOT_APPLICABLE} from its reason.
   *
   * @param change the change
   * @return the verdict
   * @throws ValidationException if the rule does not fit the change's indicator
   */
  default Verdict verdict(Change change) {
    if (change.reason().isPresent()) {
      checkFor(change.indicator());
      return Verdict.of(change.reason().get());
    }
    return judge(change.indicator(), change.startValue().orElseThrow(),
        change.endValue().orElseThrow());
  }

  /**
   * One indicator's verdict under its rule: the input of a {@link Composite}, and what a
   * decision's {@link Trace} records for each indicator judged.
   */
  enum Verdict {
    /** Paired and better off by the rule. */
    BETTER_OFF,
    /** Paired and worse off by the rule's mirror image. */
    WORSE_OFF,
    /** Paired, and neither better nor worse off by the rule. */
    NEITHER,
    /** Not paired: no rating, or not the two ratings the pairing needs. */
    NOT_PAIRED,
    /** One of the two reviews says the indicator does not apply. */
    NOT_APPLICABLE;

    /**
     * Returns the verdict on ratings that could not be paired.
     *
     * @param reason why they were not paired
     * @return {@link #NOT_APPLICABLE} for a reason that means the indicator does not apply,
     *     else {@link #NOT_PAIRED}
     */
    public static Verdict of(UnpairedReason reason) {
      return reason.isNotApplicable() ? NOT_APPLICABLE : NOT_PAIRED;
    }

    /**
     * Tells whether the verdict judged two rated values.
     *
     * @return true for {@link #BETTER_OFF}, {@link #WORSE_OFF} and {@link #NEITHER}
     */
    public boolean isPaired() {
      return this == BETTER_OFF || this == WORSE_OFF || this == NEITHER;
    }
  }

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
    public Verdict judge(Indicator indicator, ScaleValue start, ScaleValue end) {
      // The change's outcome: improved is better off, deteriorated worse off.
      double difference = indicator.scale().difference(start, end, indicator.polarity());
      return switch (ChangeOutcome.of(difference)) {
        case IMPROVED -> Verdict.BETTER_OFF;
        case DETERIORATED -> Verdict.WORSE_OFF;
        default -> Verdict.NEITHER;
      };
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
      Numbers.positive(Item.of("better-off rule 'improved by at least'"), "amount", amount, "");
    }

    @Override
    public Verdict judge(Indicator indicator, ScaleValue start, ScaleValue end) {
      checkFor(indicator);
      return Rules.byAmount(indicator.scale().difference(start, end, indicator.polarity()),
          amount);
    }

    @Override
    public String description() {
      return "improved by at least " + Numbers.exact(amount);
    }

    @Override
    public String description(Indicator indicator) {
      checkFor(indicator);
      return description() + Rules.differenceUnit(indicator.scale(), amount);
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

    /** Better off on reaching the target (from short of it, unless maintained counts); worse
     * off on falling short of it from at or beyond it. */
    @Override
    public Verdict judge(Indicator indicator, ScaleValue start, ScaleValue end) {
      checkFor(indicator);
      // A number on a numeric scale may lie between whole numbers; on an ordinal scale the
      // target names a level, by code or by score.
      double goal = indicator.scale().cutOff(target).orElseThrow();
      boolean ends = reached(indicator, end, goal);
      boolean started = reached(indicator, start, goal);
      return ends && (maintained == Maintained.COUNTS || !started) ? Verdict.BETTER_OFF
          : started && !ends ? Verdict.WORSE_OFF : Verdict.NEITHER;
    }

    private static boolean reached(Indicator indicator, ScaleValue value, double goal) {
      return indicator.polarity().improvement(goal, indicator.scale().position(value))
          >= -Numbers.TOLERANCE;
    }

    @Override
    public String description() {
      return "reaches " + target + " or better" + qualifier();
    }

    @Override
    public String description(Indicator indicator) {
      checkFor(indicator);
      Scale scale = indicator.scale();
      if (scale instanceof OrdinalScale ordinal) {
        // The target and the levels better than it, from the target on.
        String names = ordinal.levels().stream().map(level -> ScaleValue.level(level.code()))
            .filter(level -> scale.compare(level, target, indicator.polarity()) >= 0)
            .sorted((one, other) -> scale.compare(one, other, indicator.polarity()))
            .map(Object::toString).collect(Collectors.joining(" or "));
        return "reaches " + names + qualifier();
      }
      String unit = " " + ((NumericScale) scale).unit();
      return "reaches " + target + unit
          + (indicator.polarity() == Polarity.HIGHER_IS_BETTER ? " or more" : " or less")
          + qualifier();
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
      // A target may fall between whole numbers, such as a cut-off of 16.5 points.
      if (scale.cutOff(target).isPresent()) {
        return List.of();
      }
      if (scale instanceof NumericScale numeric && target instanceof ScaleValue.Numeric number) {
        return Rules.outOfBounds(this, indicator, "target", numeric, number.value());
      }
      return List.of(Rules.problem(this, indicator, "target",
          scale.expectation() + " on the indicator's scale",
          (target instanceof ScaleValue.Level ? "a level " : "a number ")
              + Redaction.code(target.toString())));
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
    /** Worse off on a reliable deterioration: worse by at least the minimum reliable change. */
    @Override
    public Verdict judge(Indicator indicator, ScaleValue start, ScaleValue end) {
      checkFor(indicator);
      return Rules.byAmount(indicator.scale().difference(start, end, indicator.polarity()),
          minimum.value());
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
      cutOff += 0.0;   // -0 is 0: equal rules, whichever zero was written
    }

    /** Worse off on a reliable deterioration: worse by at least the minimum reliable change. */
    @Override
    public Verdict judge(Indicator indicator, ScaleValue start, ScaleValue end) {
      checkFor(indicator);
      double difference = indicator.scale().difference(start, end, indicator.polarity());
      boolean recovered = difference >= minimum.value() - Numbers.TOLERANCE
          && clinical(indicator, start) && !clinical(indicator, end);
      return recovered ? Verdict.BETTER_OFF
          : difference <= -minimum.value() + Numbers.TOLERANCE ? Verdict.WORSE_OFF
          : Verdict.NEITHER;
    }

    /** At the cut-off or on its worse side. */
    private boolean clinical(Indicator indicator, ScaleValue value) {
      return indicator.polarity().improvement(cutOff, indicator.scale().position(value)) <= 0;
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
      return scale.cutOff(ScaleValue.of(cutOff)).isPresent() ? List.of()
          : Rules.outOfBounds(this, indicator, "cutOff", (NumericScale) scale, cutOff);
    }

    /** Returns the description. */
    @Override
    public String toString() {
      return description();
    }
  }
}
