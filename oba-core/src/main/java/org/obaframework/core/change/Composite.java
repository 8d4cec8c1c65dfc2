package org.obaframework.core.change;

import java.util.List;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * How one person's changes on several indicators combine into one better-off decision, and which
 * of them must be paired for the person to be judged.
 *
 * <pre>{@code
 * Composite.any();        // better off on any indicator
 * Composite.all();        // better off on every indicator
 * Composite.atLeast(2);   // better off on at least 2
 * Composite.corc();       // CORC / NHS England: better off on one, worse off on none
 * Composite.corc().requiring(Composite.Paired.EVERY);   // ... of those with every one paired
 * }</pre>
 *
 * <p>Each indicator's verdict comes from its {@link BetterOffRule} (and the measure's {@link
 * Deterioration} rule): better off, worse off, neither, not paired, or not applicable. Not
 * applicable indicators are left out; a person with nothing applicable is excluded. A person
 * judged and not better off is deteriorated when the composite's mirror image holds (worse off on
 * any, every or at least k indicators; for CORC, worse off on any), else no change. With one
 * indicator every composite gives that indicator's verdict. Immutable and thread-safe.
 */
public final class Composite {
  private static final Composite ANY = new Composite(Kind.ANY, 1, Paired.WHICHEVER);
  private static final Composite ALL = new Composite(Kind.ALL, 1, Paired.EVERY);
  private static final Composite CORC = new Composite(Kind.CORC, 1, Paired.WHICHEVER);

  private final Kind kind;
  private final int k;
  private final Paired paired;

  /**
   * Which of a person's applicable indicators must be paired for the person to be judged.
   */
  public enum Paired {
    /**
     * Every applicable indicator must be paired: a person with any of them not paired is not
     * paired. "Of children with all three paired".
     */
    EVERY,
    /**
     * Whichever are paired count: a person is judged on the indicators that are paired, when at
     * least one is (at least k, or every applicable one when fewer apply, for {@link
     * Kind#AT_LEAST}). "Of whichever are paired".
     */
    WHICHEVER
  }

  /** The kinds of composite. */
  public enum Kind {
    /**
     * Better off on any indicator; deteriorated when not better off and worse off on any. Judged
     * when any is paired, unless every one must be.
     */
    ANY,
    /**
     * Better off on every indicator (every paired one, when whichever are paired count);
     * deteriorated when worse off on every one. Judged only when every applicable one is paired,
     * unless whichever are paired count.
     */
    ALL,
    /**
     * Better off on at least k indicators (on all applicable ones when fewer than k apply);
     * deteriorated when not better off and worse off on at least as many. Judged when at least k
     * (or all applicable ones) are paired, unless every one must be.
     */
    AT_LEAST,
    /**
     * The CORC / NHS England rule: better off on at least one indicator and worse off on none;
     * deteriorated when worse off on any (a mixed change is not an improvement, and counts as a
     * deterioration). Judged when any is paired, unless every one must be.
     */
    CORC
  }

  private Composite(Kind kind, int k, Paired paired) {
    this.kind = kind;
    this.k = k;
    this.paired = paired;
  }

  /**
   * Returns "better off on any indicator".
   *
   * @return the composite
   */
  public static Composite any() {
    return ANY;
  }

  /**
   * Returns "better off on every indicator".
   *
   * @return the composite
   */
  public static Composite all() {
    return ALL;
  }

  /**
   * Returns "better off on at least k indicators".
   *
   * @param k the least number of indicators, 1 or more
   * @return the composite
   * @throws ValidationException if k is below 1
   */
  public static Composite atLeast(int k) {
    if (k < 1) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("composite 'at least k'"), "k", "1 or more",
          Integer.toString(k));
    }
    return new Composite(Kind.AT_LEAST, k, Paired.WHICHEVER);
  }

  /**
   * Returns the CORC / NHS England rule: better off on at least one indicator and worse off on
   * none. With reliable-change rules it reads "reliably improved on at least one measure and
   * reliably deteriorated on none".
   *
   * @return the composite
   */
  public static Composite corc() {
    return CORC;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns k: the least number of indicators for {@link Kind#AT_LEAST}, 1 otherwise.
   *
   * @return k
   */
  public int k() {
    return k;
  }

  /**
   * Returns which indicators must be paired for a person to be judged: {@link Paired#EVERY} for
   * {@link #all()}, {@link Paired#WHICHEVER} for the others, unless set by {@link #requiring}.
   *
   * @return the requirement
   */
  public Paired paired() {
    return paired;
  }

  /**
   * Returns a copy that requires the indicators to be paired as given.
   *
   * <pre>{@code
   * Composite.corc().requiring(Composite.Paired.EVERY);   // of those with every one paired
   * }</pre>
   *
   * @param requirement every applicable indicator paired, or whichever are paired
   * @return the copy, or this composite if it requires the same
   */
  public Composite requiring(Paired requirement) {
    return requirement == paired ? this : new Composite(kind, k, requirement);
  }

  /**
   * Combines one person's verdicts, one per indicator, given as counts: those applicable (not
   * {@link BetterOffRule.Verdict#NOT_APPLICABLE}), those paired, those better off and those worse
   * off. Counts rather than a list, as it runs for every unit of every measure.
   */
  Standing combine(int applicable, int paired, int better, int worse) {
    if (applicable == 0) {
      return Standing.EXCLUDED;
    }
    boolean every = this.paired == Paired.EVERY;
    boolean judged;
    boolean betterOff;
    boolean deteriorated;
    switch (kind) {
      case ALL:
        judged = every ? paired == applicable : paired > 0;
        betterOff = better == paired;
        deteriorated = worse == paired;
        break;
      case AT_LEAST:
        // With fewer than k applicable indicators, all of them must be better off.
        int least = Math.min(k, applicable);
        judged = every ? paired == applicable : paired >= least;
        betterOff = better >= least;
        deteriorated = worse >= least;
        break;
      case CORC:
        judged = every ? paired == applicable : paired > 0;
        betterOff = better > 0 && worse == 0;
        deteriorated = worse > 0;
        break;
      default:
        judged = every ? paired == applicable : paired > 0;
        betterOff = better > 0;
        deteriorated = worse > 0;
        break;
    }
    if (!judged) {
      return Standing.NOT_PAIRED;
    }
    return betterOff ? Standing.BETTER_OFF
        : deteriorated ? Standing.DETERIORATED : Standing.NO_CHANGE;
  }

  /**
   * Describes the composite in words, such as {@code "better off on at least 2 indicators"}.
   *
   * @return the description
   */
  public String description() {
    if (kind == Kind.ALL) {
      return paired == Paired.EVERY ? "better off on every indicator"
          : "better off on every indicator paired";
    }
    String rule = switch (kind) {
      case AT_LEAST -> "better off on at least " + k + (k == 1 ? " indicator" : " indicators");
      case CORC -> "better off on at least one indicator and worse off on none (CORC)";
      default -> "better off on any indicator";
    };
    return paired == Paired.EVERY ? rule + ", every one paired" : rule;
  }

  /** Whether the requirement is the kind's own: every paired for all, whichever for others. */
  private boolean defaultPaired() {
    return paired == (kind == Kind.ALL ? Paired.EVERY : Paired.WHICHEVER);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Composite && kind == ((Composite) other).kind
        && k == ((Composite) other).k && paired == ((Composite) other).paired;
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + k) * 31 + paired.hashCode();
  }

  /**
   * Returns {@code any}, {@code all}, {@code corc} or {@code at-least-K}, followed by {@code
   * /every-paired} or {@code /whichever-paired} when the requirement is not the kind's own.
   */
  @Override
  public String toString() {
    String name = kind == Kind.AT_LEAST ? "at-least-" + k
        : kind.name().toLowerCase(java.util.Locale.ROOT);
    return defaultPaired() ? name
        : name + (paired == Paired.EVERY ? "/every-paired" : "/whichever-paired");
  }
}
