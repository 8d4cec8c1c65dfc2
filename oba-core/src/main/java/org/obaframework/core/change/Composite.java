package org.obaframework.core.change;

import java.util.List;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * How one person's changes on several indicators combine into one better-off decision.
 *
 * <pre>{@code
 * Composite.any();        // better off on any indicator
 * Composite.all();        // better off on every indicator
 * Composite.atLeast(2);   // better off on at least 2
 * Composite.corc();       // CORC / NHS England: better off on one, worse off on none
 * }</pre>
 *
 * <p>Each indicator's verdict comes from its {@link BetterOffRule}: better off, worse off (the
 * rule's mirror), neither, not paired, or not applicable. Not applicable indicators are left out;
 * a person with nothing applicable is excluded. With one indicator every composite gives that
 * indicator's verdict. Immutable and thread-safe.
 */
public final class Composite {
  private static final Composite ANY = new Composite(Kind.ANY, 1);
  private static final Composite ALL = new Composite(Kind.ALL, 1);
  private static final Composite CORC = new Composite(Kind.CORC, 1);

  private final Kind kind;
  private final int k;

  /** The kinds of composite. */
  public enum Kind {
    /** Better off on any indicator; judged when any is paired. */
    ANY,
    /** Better off on every indicator; judged only when every applicable one is paired. */
    ALL,
    /**
     * Better off on at least k indicators (on all applicable ones when fewer than k apply);
     * judged when at least k (or all applicable ones) are paired.
     */
    AT_LEAST,
    /**
     * The CORC / NHS England rule: better off on at least one indicator and worse off on none;
     * judged when any is paired.
     */
    CORC
  }

  private Composite(Kind kind, int k) {
    this.kind = kind;
    this.k = k;
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
    return new Composite(Kind.AT_LEAST, k);
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
   * Combines one person's verdicts, one per indicator, given as counts: those applicable (not
   * {@link BetterOffRule.Verdict#NOT_APPLICABLE}), those paired, those better off and those worse
   * off. Counts rather than a list, as it runs for every unit of every measure.
   */
  Standing combine(int applicable, int paired, int better, int worse) {
    if (applicable == 0) {
      return Standing.EXCLUDED;
    }
    boolean judged;
    boolean betterOff;
    switch (kind) {
      case ALL:
        judged = paired == applicable;
        betterOff = better == applicable;
        break;
      case AT_LEAST:
        // With fewer than k applicable indicators, all of them must be better off.
        judged = paired >= Math.min(k, applicable);
        betterOff = better >= Math.min(k, applicable);
        break;
      case CORC:
        judged = paired > 0;
        betterOff = better > 0 && worse == 0;
        break;
      default:
        judged = paired > 0;
        betterOff = better > 0;
        break;
    }
    if (!judged) {
      return Standing.NOT_PAIRED;
    }
    return betterOff ? Standing.BETTER_OFF : Standing.NOT_BETTER_OFF;
  }

  /**
   * Describes the composite in words, such as {@code "better off on at least 2 indicators"}.
   *
   * @return the description
   */
  public String description() {
    switch (kind) {
      case ALL:
        return "better off on every indicator";
      case AT_LEAST:
        return "better off on at least " + k + (k == 1 ? " indicator" : " indicators");
      case CORC:
        return "better off on at least one indicator and worse off on none (CORC)";
      default:
        return "better off on any indicator";
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Composite && kind == ((Composite) other).kind
        && k == ((Composite) other).k;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + k;
  }

  /** Returns {@code any}, {@code all}, {@code corc} or {@code at-least-K}. */
  @Override
  public String toString() {
    return kind == Kind.AT_LEAST ? "at-least-" + k : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
