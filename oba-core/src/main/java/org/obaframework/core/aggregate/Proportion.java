package org.obaframework.core.aggregate;

import java.util.Optional;
import java.util.OptionalDouble;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.Standing;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.stats.Interval;
import org.obaframework.core.stats.Wilson;

/**
 * The populations of a proportion measure, counted: numerator within denominator, and those
 * outside the denominator by why: not eligible, excluded, not paired (not assessed twice). Of a
 * better-off measure, the denominator splits three ways: better off (the numerator),
 * deteriorated, and no change (the rest).
 *
 * <pre>{@code
 * Proportion p = Proportion.of(85, 100);
 * p.percent();          // 85.0
 * p.interval(0.95);     // Wilson [0.767, 0.907]
 * new Proportion(60, 100, 0, 0, 0, 15).noChange();   // 25: 60 better off, 15 deteriorated
 * }</pre>
 *
 * <p>Merging adds every count, so a ratio at any level is sum(numerator) / sum(denominator), never
 * an average of ratios, and better off + no change + deteriorated = denominator at every level. A
 * zero denominator has no percent. Immutable and thread-safe.
 *
 * @param numerator units in the numerator
 * @param denominator units in the denominator, at least the numerator
 * @param excluded eligible units excluded from the denominator
 * @param notPaired eligible units that could not be judged
 * @param notEligible units of the initial population that were not eligible
 * @param deteriorated units of the denominator, not in the numerator, that deteriorated: at most
 *     the denominator less the numerator; 0 but for better-off measures
 */
public record Proportion(long numerator, long denominator, long excluded, long notPaired,
    long notEligible, long deteriorated) implements Tally {
  /** The empty proportion. */
  public static final Proportion EMPTY = new Proportion(0, 0, 0, 0, 0);
  private static final Proportion STANDING_BETTER_OFF = new Proportion(1, 1, 0, 0, 0);
  private static final Proportion STANDING_NO_CHANGE = new Proportion(0, 1, 0, 0, 0);
  private static final Proportion STANDING_DETERIORATED = new Proportion(0, 1, 0, 0, 0, 1);
  private static final Proportion STANDING_EXCLUDED = new Proportion(0, 0, 1, 0, 0);
  private static final Proportion STANDING_NOT_PAIRED = new Proportion(0, 0, 0, 1, 0);
  private static final Proportion STANDING_NOT_ELIGIBLE = new Proportion(0, 0, 0, 0, 1);

  /**
   * Checks the counts.
   *
   * @throws ValidationException if a count is negative, the numerator exceeds the denominator, or
   *     the deteriorated exceed the denominator less the numerator
   */
  public Proportion {
    if (numerator < 0 || denominator < numerator || excluded < 0 || notPaired < 0
        || notEligible < 0 || deteriorated < 0 || deteriorated > denominator - numerator) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("proportion"), "counts",
          "0 <= numerator <= denominator, deteriorated <= denominator - numerator and no "
              + "negative count",
          numerator + "/" + denominator + ", excluded " + excluded + ", not paired " + notPaired
              + ", not eligible " + notEligible + ", deteriorated " + deteriorated);
    }
  }

  /**
   * Returns a proportion with none deteriorated: of a process or baseline-profile measure, or of
   * a better-off measure whose deterioration is not told.
   *
   * @param numerator units in the numerator
   * @param denominator units in the denominator, at least the numerator
   * @param excluded eligible units excluded from the denominator
   * @param notPaired eligible units that could not be judged
   * @param notEligible units of the initial population that were not eligible
   * @throws ValidationException if a count is negative or the numerator exceeds the denominator
   */
  public Proportion(long numerator, long denominator, long excluded, long notPaired,
      long notEligible) {
    this(numerator, denominator, excluded, notPaired, notEligible, 0);
  }

  /**
   * Returns a proportion with nobody outside the denominator.
   *
   * @param numerator units in the numerator
   * @param denominator units in the denominator
   * @return the proportion
   * @throws ValidationException if the counts are negative or the numerator exceeds the
   *     denominator
   */
  public static Proportion of(long numerator, long denominator) {
    return new Proportion(numerator, denominator, 0, 0, 0);
  }

  /**
   * Returns the proportion of one unit standing where a better-off decision put it.
   *
   * @param standing the unit's standing
   * @return the proportion of that one unit
   */
  public static Proportion of(Standing standing) {
    // Shared values: every decision of a report card becomes one of these six.
    return switch (standing) {
      case BETTER_OFF -> STANDING_BETTER_OFF;
      case NO_CHANGE -> STANDING_NO_CHANGE;
      case DETERIORATED -> STANDING_DETERIORATED;
      case EXCLUDED -> STANDING_EXCLUDED;
      case NOT_PAIRED -> STANDING_NOT_PAIRED;
      case NOT_ELIGIBLE -> STANDING_NOT_ELIGIBLE;
    };
  }

  /**
   * Returns the proportion of one unit in the denominator, in the numerator or not.
   *
   * @param inNumerator whether the unit is in the numerator
   * @return the proportion of that one unit
   */
  public static Proportion of(boolean inNumerator) {
    return of(inNumerator ? Standing.BETTER_OFF : Standing.NO_CHANGE);
  }

  @Override
  public Proportion merge(Tally other) {
    if (!(other instanceof Proportion)) {
      throw Tallies.mismatch(this, other);
    }
    Proportion that = (Proportion) other;
    return new Proportion(Math.addExact(numerator, that.numerator),
        Math.addExact(denominator, that.denominator), Math.addExact(excluded, that.excluded),
        Math.addExact(notPaired, that.notPaired), Math.addExact(notEligible, that.notEligible),
        Math.addExact(deteriorated, that.deteriorated));
  }

  /**
   * Returns the units of the denominator neither better off nor deteriorated: the denominator
   * less the numerator and the deteriorated.
   *
   * @return the count
   */
  public long noChange() {
    return denominator - numerator - deteriorated;
  }

  /**
   * Returns the proportion deteriorated: the deteriorated over the denominator, with its percent
   * and interval as {@link #percent()} and {@link #interval(double)} give them.
   *
   * @return the proportion of the denominator deteriorated
   */
  public Proportion deterioratedShare() {
    return of(deteriorated, denominator);
  }

  /**
   * Returns the proportion with no change: the no change over the denominator.
   *
   * @return the proportion of the denominator with no change
   */
  public Proportion noChangeShare() {
    return of(noChange(), denominator);
  }

  /**
   * Returns the percent, from 0 to 100: absent when the denominator is zero.
   *
   * @return the percent
   */
  public OptionalDouble percent() {
    return denominator == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * numerator / denominator);
  }

  /**
   * Returns the Wilson score interval of the proportion: absent when the denominator is zero.
   *
   * @param confidence the confidence level, such as 0.95
   * @return the interval
   * @throws ValidationException if the confidence is not above 0 and at most 0.9999
   */
  public Optional<Interval> interval(double confidence) {
    return denominator == 0 ? Optional.empty()
        : Optional.of(Wilson.interval(numerator, denominator, confidence));
  }

  /**
   * Returns the units that were eligible: the denominator, the excluded and the not paired.
   *
   * @return the count
   */
  public long eligible() {
    return denominator + excluded + notPaired;
  }

  /**
   * Returns the whole initial population: eligible and not eligible.
   *
   * @return the count
   */
  public long initialPopulation() {
    return eligible() + notEligible;
  }

  /**
   * Returns {@code numerator/denominator}, with the others when there are any, and the
   * deteriorated when there are any.
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator
        + (excluded + notPaired + notEligible == 0 ? ""
            : " (excluded " + excluded + ", not paired " + notPaired + ", not eligible "
                + notEligible + ")")
        + (deteriorated == 0 ? "" : ", deteriorated " + deteriorated);
  }
}
