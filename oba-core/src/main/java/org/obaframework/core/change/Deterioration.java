package org.obaframework.core.change;

import java.util.List;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;

/**
 * The rule, as data, that says when a paired change that is not better off counts as
 * deteriorated (worse off): beside "better off", a report card shows "no change" and
 * "deteriorated" by it, and the CORC composite ("worse off on none") reads it.
 *
 * <pre>{@code
 * Deterioration.mirror();               // each rule's mirror image (the default)
 * Deterioration.anyDeterioration();     // worse by any amount
 * Deterioration.byAtLeast(5);           // worse by at least 5 levels or points
 * }</pre>
 *
 * <p>A reliable-change rule ({@link BetterOffRule#reliableChange}, {@link
 * BetterOffRule#reliableRecovery}) always judges deterioration as a reliable deterioration (worse
 * by at least the minimum reliable change), whatever the measure's deterioration rule: that is
 * what "reliable improvement, no reliable change, reliable deterioration" (NHS England, CORC)
 * publish side by side. For other rules, {@link #mirror()} takes the rule's own mirror image (any
 * deterioration for any improvement, a deterioration of at least the amount for "improved by at
 * least", falling short of a target from at or beyond it for "reaches"); the others judge every
 * such indicator alike. A change better off by its rule is never deteriorated. Every amount is
 * read in the indicator's polarity, in levels on an ordinal scale and in the scale's unit on a
 * numeric one. Implementations are immutable and thread-safe, with structural equality.
 */
public sealed interface Deterioration permits Deterioration.Mirror,
    Deterioration.AnyDeterioration, Deterioration.ByAtLeast {

  /**
   * Returns the mirror image of each indicator's better-off rule: the default.
   *
   * @return the rule
   */
  static Deterioration mirror() {
    return Mirror.INSTANCE;
  }

  /**
   * Returns "worse by any amount": any change in the worse direction.
   *
   * @return the rule
   */
  static Deterioration anyDeterioration() {
    return AnyDeterioration.INSTANCE;
  }

  /**
   * Returns "worse by at least an amount", in levels or the scale's unit.
   *
   * @param amount the smallest deterioration, finite and above 0
   * @return the rule
   * @throws ValidationException if the amount is not finite and above 0
   */
  static Deterioration byAtLeast(double amount) {
    return new ByAtLeast(amount);
  }

  /**
   * Judges a change from one value to a later one: the better-off rule's verdict, with worse off
   * decided by this rule unless the better-off rule is a reliable-change rule or decides better
   * off.
   *
   * @param rule the indicator's better-off rule
   * @param indicator the indicator rated
   * @param start the earlier value, on the indicator's scale
   * @param end the later value, on the indicator's scale
   * @return {@link BetterOffRule.Verdict#BETTER_OFF}, {@link BetterOffRule.Verdict#WORSE_OFF}
   *     or {@link BetterOffRule.Verdict#NEITHER}
   * @throws ValidationException if a rule does not fit the indicator
   */
  default BetterOffRule.Verdict judge(BetterOffRule rule, Indicator indicator, ScaleValue start,
      ScaleValue end) {
    BetterOffRule.Verdict verdict = rule.judge(indicator, start, end);
    if (verdict == BetterOffRule.Verdict.BETTER_OFF || !overrides(rule)) {
      return verdict;
    }
    double difference = indicator.scale().difference(start, end, indicator.polarity());
    boolean worse = this instanceof ByAtLeast byAtLeast
        ? Rules.byAmount(difference, byAtLeast.amount()) == BetterOffRule.Verdict.WORSE_OFF
        : ChangeOutcome.of(difference) == ChangeOutcome.DETERIORATED;
    return worse ? BetterOffRule.Verdict.WORSE_OFF : BetterOffRule.Verdict.NEITHER;
  }

  /**
   * Tells whether this rule, rather than the better-off rule's mirror, decides deterioration
   * under a better-off rule: never for {@link #mirror()} nor for a reliable-change rule.
   *
   * @param rule the better-off rule
   * @return true if this rule decides
   */
  default boolean overrides(BetterOffRule rule) {
    return !(this instanceof Mirror) && !(rule instanceof BetterOffRule.ReliableChange)
        && !(rule instanceof BetterOffRule.ReliableRecovery);
  }

  /**
   * Describes the rule in words, such as {@code "worse by at least 2"}.
   *
   * @return the description
   */
  String description();

  /**
   * Returns every way the rule does not fit an indicator: an amount more than its scale can
   * ever change.
   *
   * @param indicator the indicator
   * @return the problems; empty if the rule fits
   */
  List<Problem> problemsFor(Indicator indicator);

  /** Each better-off rule's mirror image. */
  record Mirror() implements Deterioration {
    static final Mirror INSTANCE = new Mirror();

    @Override
    public String description() {
      return "the mirror image of the better-off rule";
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      return List.of();
    }

    /** Returns {@code mirror}. */
    @Override
    public String toString() {
      return "mirror";
    }
  }

  /** Worse by any amount. */
  record AnyDeterioration() implements Deterioration {
    static final AnyDeterioration INSTANCE = new AnyDeterioration();

    @Override
    public String description() {
      return "any deterioration";
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
   * Worse by at least an amount.
   *
   * @param amount the smallest deterioration, finite and above 0
   */
  record ByAtLeast(double amount) implements Deterioration {
    /**
     * Checks the amount.
     *
     * @throws ValidationException if the amount is not finite and above 0
     */
    public ByAtLeast {
      Numbers.positive(Item.of("deterioration rule 'by at least'"), "amount", amount, "");
    }

    @Override
    public String description() {
      return "worse by at least " + Numbers.exact(amount);
    }

    @Override
    public List<Problem> problemsFor(Indicator indicator) {
      return Rules.withinSpan("deterioration rule", description(), indicator, amount);
    }

    /** Returns the description. */
    @Override
    public String toString() {
      return description();
    }
  }
}
