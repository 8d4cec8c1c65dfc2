package org.obaframework.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.obaframework.core.ObaException;

/**
 * Disclosure control of a whole {@link CountSystem}: primary suppression, then secondary
 * suppression as a fixed point, until the audit ({@link Ranges}) finds every sensitive count
 * keeping its protection interval; then each complement that turns out not to be needed is shown
 * again, the costliest first.
 *
 * <p>Complements are chosen by a stated cost ({@link #COST}): a count column before an inner
 * cell, an inner cell before a margin, a margin before a headline number; within a tier the
 * smaller count, then the first. A zero is never a complement when the policy shows zeros (the
 * policy then tells that every hidden count is at least 1, which the audit assumes), and a count
 * an earlier card has published is never changed. Where an equation holds one hidden count and
 * otherwise counts shown exactly, the hidden count is worked out at once, so another count of that
 * equation is hidden straight away (the classic singleton rule); every other choice follows from
 * the audit: the cheapest count sharing an equation with a sensitive count the audit finds too
 * narrowly bounded. Deterministic. Not thread-safe; one per run.
 */
final class Suppression {
  private final CountSystem system;
  private final DisclosurePolicy policy;
  private final Publication publication;
  private final boolean[] sensitive;
  private final long[] width;
  private final boolean[] primary;
  private final Witnesses witnesses = new Witnesses();
  private int solves;

  /** Cheapest first: tier, then the count, then its position. */
  private final Comparator<Integer> cost;

  private Suppression(CountSystem system, DisclosurePolicy policy, Publication publication) {
    this.system = system;
    this.policy = policy;
    this.publication = publication;
    int n = system.size();
    this.sensitive = new boolean[n];
    this.width = new long[n];
    this.primary = new boolean[n];
    this.cost = Comparator.<Integer, CountSystem.Tier>comparing(system::tier)
        .thenComparingLong(system::value).thenComparingInt(Integer::intValue);
  }

  /** The stated cost of hiding a count, as {@link #cost} orders it. */
  static final String COST = "tier (count column, inner cell, margin, headline), then the "
      + "count, smaller first";

  /**
   * Starts disclosure control: every published count of this card shown (rounded, when the
   * policy rounds) or, when sensitive and the policy suppresses, hidden; counts of earlier cards
   * as the caller fixes them afterwards.
   */
  static Suppression of(CountSystem system, DisclosurePolicy policy) {
    Publication publication = new Publication(system);
    Suppression run = new Suppression(system, policy, publication);
    for (int c = 0; c < system.size(); c++) {
      long value = system.value(c);
      if (!system.isPublished(c)) {
        if (system.isStated(c) && policy.isSensitive(value)) {
          run.sensitive[c] = true;   // no cell shows it: what the attacker knows is its relations
          run.width[c] = policy.protectionWidth();
        }
        continue;
      }
      if (policy.isSensitive(value)) {
        run.sensitive[c] = true;
        run.width[c] = policy.protectionWidth();
      }
      if (policy.isPrimary(value)) {
        publication.hide(c, policy);
        run.primary[c] = true;
      } else if (policy.rounds()) {
        publication.round(c, policy);
      } else {
        publication.show(c);
      }
    }
    return run;
  }

  Publication publication() {
    return publication;
  }

  /**
   * Also protects a count: its range must be at least {@code atLeast} wide, as when an earlier
   * card published it exactly for a shorter period, so that its range less that count is the
   * range of their difference. A count shown more narrowly than that is hidden, as a primary.
   */
  void protect(int count, long atLeast) {
    sensitive[count] = true;
    width[count] = Math.max(width[count], atLeast);
    if (!publication.isHidden(count) && !publication.isFixed(count)
        && publication.upper(count) - publication.lower(count) < width[count]) {
      publication.hide(count, policy);
      primary[count] = true;
    }
  }

  /** Hides a count for good: an earlier card of the same period hid it. */
  void force(int count) {
    if (system.value(count) > 0 || policy.suppressesZeros()) {
      publication.hide(count, policy);
      publication.fix(count);
      primary[count] = true;
    }
  }

  /** Shows a count for good: an earlier card of the same period showed it exactly. */
  void know(int count) {
    publication.show(count);
    publication.fix(count);
    sensitive[count] = false;   // published already: nothing this card does protects it
    primary[count] = false;
  }

  /** Hides counts of these identities from the start, as an earlier run of this card did. */
  void seed(Set<String> hidden) {
    for (int c = 0; c < system.size(); c++) {
      if (eligible(c) && hidden.contains(system.identity(c))) {
        publication.hide(c, policy);
      }
    }
  }

  boolean isPrimary(int count) {
    return primary[count];
  }

  boolean isSensitive(int count) {
    return sensitive[count];
  }

  long width(int count) {
    return width[count];
  }

  int solves() {
    return solves;
  }

  /**
   * Runs secondary suppression to its fixed point, when the policy has it; then shows again each
   * complement that is not needed.
   *
   * @return the publication
   * @throws ObaException if a sensitive count cannot be protected (no count is left to hide)
   */
  Publication run() {
    if (policy.hasSecondarySuppression()) {
      fixedPoint();
      reduce();   // each step keeps every sensitive count of the complement's component protected
    }
    return publication;
  }

  private void fixedPoint() {
    boolean[] kept = new boolean[sensitive.length];
    while (true) {
      if (!policy.rounds()) {
        singletons();
      }
      Ranges ranges = new Ranges(publication, witnesses);
      int violated = -1;
      for (int c = 0; c < sensitive.length && violated < 0; c++) {
        if (sensitive[c] && !kept[c]) {
          if (ranges.keeps(c, width[c])) {
            kept[c] = true;   // hiding more only widens what the published numbers allow
          } else {
            violated = c;
          }
        }
      }
      solves += ranges.solves();
      if (violated < 0) {
        return;
      }
      int pick = cheapest(neighbours(violated));
      if (pick < 0) {
        List<Integer> around = new ArrayList<>();
        for (int member : ranges.componentOf(violated)) {
          around.addAll(neighbours(member));
        }
        pick = cheapest(around);
      }
      if (pick < 0) {
        throw new ObaException("disclosure control: a small count cannot be protected: "
            + "every count that could hide it is zero or already published");
      }
      long before = publication.lower(pick);
      publication.hide(pick, policy);
      // A count rounded to 0 is now known to be at least 1, which may narrow others: recheck.
      if (publication.lower(pick) > before) {
        java.util.Arrays.fill(kept, false);
      }
    }
  }

  /**
   * The singleton rule: while an equation holds exactly one hidden count and otherwise counts
   * shown exactly, hide the cheapest other count of it.
   */
  private void singletons() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < system.relations(); r++) {
        if (!system.isEquality(r)) {
          continue;
        }
        int open = -1;
        int unknown = 0;
        for (int c : system.vars(r)) {
          if (!publication.isConstant(c)) {
            unknown++;
            open = c;
          }
        }
        if (unknown == 1 && publication.isHidden(open)) {
          List<Integer> others = new ArrayList<>();
          for (int c : system.vars(r)) {
            others.add(c);
          }
          int pick = cheapest(others);
          if (pick >= 0) {
            publication.hide(pick, policy);
            changed = true;
          }
        }
      }
    }
  }

  /** Shows again each complement the sensitive counts do not need, costliest first. */
  private void reduce() {
    List<Integer> complements = new ArrayList<>();
    for (int c = 0; c < system.size(); c++) {
      if (publication.isHidden(c) && !primary[c] && !publication.isFixed(c)) {
        complements.add(c);
      }
    }
    complements.sort(cost.reversed());
    for (int c : complements) {
      int[] around = new Ranges(publication, witnesses).componentOf(c);
      if (policy.rounds()) {
        publication.round(c, policy);
      } else {
        publication.show(c);
        if (determinesSensitive()) {
          publication.hide(c, policy);   // an equation would then give a small count away
          continue;
        }
      }
      Ranges ranges = new Ranges(publication, witnesses);
      boolean kept = true;
      for (int member : around) {
        if (sensitive[member] && !ranges.keeps(member, width[member])) {
          kept = false;
          break;
        }
      }
      solves += ranges.solves();
      if (!kept) {
        publication.hide(c, policy);
      }
    }
  }

  /**
   * Tells whether equations alone give a sensitive count away: worked out one by one, each from
   * an equation whose other counts are known exactly. A cheap test before the audit's programmes.
   */
  private boolean determinesSensitive() {
    boolean[] known = new boolean[system.size()];
    for (int c = 0; c < known.length; c++) {
      known[c] = publication.isConstant(c);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < system.relations(); r++) {
        if (!system.isEquality(r)) {
          continue;
        }
        int open = -1;
        int unknown = 0;
        for (int c : system.vars(r)) {
          if (!known[c]) {
            unknown++;
            open = c;
          }
        }
        if (unknown == 1) {
          if (sensitive[open]) {
            return true;
          }
          known[open] = true;
          changed = true;
        }
      }
    }
    return false;
  }

  /** The counts sharing a relation with a count. */
  private List<Integer> neighbours(int count) {
    List<Integer> around = new ArrayList<>();
    for (int relation : system.relationsOf(count)) {
      for (int c : system.vars(relation)) {
        around.add(c);
      }
    }
    return around;
  }

  /** The cheapest count among these that may be hidden as a complement, or -1. */
  private int cheapest(List<Integer> candidates) {
    int best = -1;
    for (int c : candidates) {
      if (eligible(c) && (best < 0 || cost.compare(c, best) < 0)) {
        best = c;
      }
    }
    return best;
  }

  /**
   * Whether a count may be hidden as a complement: a published count of this card, shown, and not
   * zero unless the policy hides zeros.
   */
  private boolean eligible(int count) {
    Publication.State state = publication.state(count);
    return system.isPublished(count) && !publication.isFixed(count)
        && (state == Publication.State.SHOWN || state == Publication.State.ROUNDED)
        && (system.value(count) > 0 || policy.suppressesZeros());
  }
}
