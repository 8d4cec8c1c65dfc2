package org.obaframework.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
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
  /** How often each count was found too narrowly bounded. */
  private final int[] violations;
  private final Witnesses witnesses = new Witnesses();
  private long work;

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
    this.violations = new int[n];
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

  /** The audit's work so far (see {@link Ranges#work}), for benchmarks. */
  long work() {
    return work;
  }

  /**
   * Runs secondary suppression to its fixed point, when the policy has it; then shows again each
   * complement that is not needed.
   *
   * @return the publication
   * @throws ObaException if a sensitive count cannot be protected (no count is left to hide)
   */
  Publication run() {
    protect();
    return lessen();
  }

  /**
   * Runs secondary suppression to its fixed point, when the policy has it.
   *
   * @return the publication
   * @throws ObaException if a sensitive count cannot be protected (no count is left to hide)
   */
  Publication protect() {
    if (policy.hasSecondarySuppression()) {
      fixedPoint();
    }
    return publication;
  }

  /**
   * Shows again each complement that is not needed (after {@link #protect}), within a budget of
   * work.
   *
   * @return the publication
   */
  Publication lessen() {
    if (policy.hasSecondarySuppression()) {
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
      work += ranges.work();
      if (violated < 0) {
        return;
      }
      List<Integer> picks = complement(violated);
      if (picks.isEmpty()) {
        throw new ObaException("disclosure control: a small count cannot be protected: "
            + "every count that could hide it is zero or already published");
      }
      for (int pick : picks) {
        long before = publication.lower(pick);
        publication.hide(pick, policy);
        // A count rounded to 0 is now known to be at least 1, which may narrow the counts tied
        // to it: recheck those.
        if (publication.lower(pick) > before) {
          for (int member : new Ranges(publication, witnesses).componentOf(pick)) {
            kept[member] = false;
          }
        }
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
        int open = soleUnknown(r, publication::isConstant);
        if (open >= 0 && publication.isHidden(open)) {
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
    long budget = work + REDUCTION * (long) Math.max(1, sensitiveCount());
    for (int c : complements) {
      if (work > budget) {
        return;   // the rest stay hidden: safe, if more than needed
      }
      List<Integer> around = byDistance(c, new Ranges(publication, witnesses).componentOf(c));
      restore(c, policy.rounds() ? Publication.State.ROUNDED : Publication.State.SHOWN);
      if (!policy.rounds()) {
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
      work += ranges.work();
      if (!kept) {
        publication.hide(c, policy);
      }
    }
  }

  /**
   * The sensitive counts of a component, nearest a count first (by the relations between them):
   * those a complement is likeliest to protect, so that a complement still needed is found so
   * after few audits.
   */
  private List<Integer> byDistance(int count, int[] component) {
    java.util.Set<Integer> members = new java.util.HashSet<>();
    for (int c : component) {
      members.add(c);
    }
    List<Integer> order = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>(List.of(count));
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(count));
    while (!todo.isEmpty()) {
      int c = todo.poll();
      if (sensitive[c] && members.contains(c)) {
        order.add(c);
      }
      for (int n : neighbours(c)) {
        if (members.contains(n) && seen.add(n)) {
          todo.add(n);
        }
      }
    }
    for (int c : component) {
      if (sensitive[c] && !seen.contains(c)) {
        order.add(c);
      }
    }
    return order;
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
        int open = soleUnknown(r, c -> known[c]);
        if (open >= 0) {
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

  /**
   * Returns the one count of an equation that is not known, or -1 when none or several are.
   *
   * @param relation the equation
   * @param known whether a count is known exactly
   */
  private int soleUnknown(int relation, IntPredicate known) {
    int open = -1;
    for (int c : system.vars(relation)) {
      if (!known.test(c)) {
        if (open >= 0) {
          return -1;
        }
        open = c;
      }
    }
    return open;
  }

  /**
   * How much work showing complements again may take, per sensitive count: a dozen programmes of
   * 40 counts (see {@link Ranges#work}). A bound on a step that only lessens the information
   * lost.
   */
  private static final int REDUCTION = 12 * 40;

  private int sensitiveCount() {
    int n = 0;
    for (boolean s : sensitive) {
      n += s ? 1 : 0;
    }
    return n;
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

  /** The counts among these that may be hidden as complements, cheapest first, each once. */
  private List<Integer> candidates(List<Integer> counts) {
    List<Integer> eligible = new ArrayList<>(new java.util.TreeSet<>(counts));
    eligible.removeIf(c -> !eligible(c));
    eligible.sort(cost);
    return eligible;
  }

  /** How often a count may be too narrow before every count binding it is hidden at once. */
  private static final int AGAIN = 2;
  /** How many of the cheapest candidates of a ring are tried alone. */
  private static final int TRIED = 4;
  /** How many rings of relations around a count are searched for a complement. */
  private static final int RINGS = 3;

  /**
   * The complements for a count too narrowly bounded: the count itself when it is shown rounded
   * (rounding does not protect it); under a policy that rounds, the nearest of the rounded counts
   * whose bounds bind its range (all as near: those not needed are shown again afterwards); else taken from the candidates, which come in
   * rings: the counts sharing a relation with it, then those sharing one with them, and so on.
   * In each ring the cheapest few are tried alone: the first that protects the count is taken;
   * else, once a ring widens its range, the one that widens it most (the cheaper on a tie); else,
   * when the ring's candidates together widen it, all of them (the numbers that bind it are then
   * several, such as the same population published by several measures: the complements not
   * needed are shown again afterwards). Failing all that, the cheapest count of the nearest ring
   * (more complements will follow). Empty if there is none.
   */
  private List<Integer> complement(int violated) {
    if (publication.state(violated) == Publication.State.ROUNDED && eligible(violated)) {
      return List.of(violated);   // where rounding does not protect a small count, hide it
    }
    if (policy.rounds()) {
      // Every count is in the programme: hide the cheapest of those whose bounds bind, nearest
      // first.
      List<Integer> blocking = candidates(new Ranges(publication, witnesses)
          .blocking(violated));
      if (!blocking.isEmpty()) {
        // Again and again too narrow: many bands bind it (the same population published by
        // several measures); hide them all at once.
        return ++violations[violated] > AGAIN ? blocking : nearest(violated, blocking);
      }
    }
    long[] now = new Ranges(publication, witnesses).estimate(violated);
    java.util.Set<Integer> seen = new java.util.HashSet<>(List.of(violated));
    List<Integer> ring = List.of(violated);
    int fallback = -1;
    for (int r = 0; r < RINGS && !ring.isEmpty(); r++) {
      List<Integer> next = new ArrayList<>();
      for (int c : ring) {
        for (int n : neighbours(c)) {
          if (seen.add(n)) {
            next.add(n);
          }
        }
      }
      List<Integer> candidates = candidates(next);
      if (fallback < 0 && !candidates.isEmpty()) {
        fallback = candidates.get(0);
      }
      int best = -1;
      long widest = rangeWidth(now);
      for (int c : candidates.subList(0, Math.min(TRIED, candidates.size()))) {
        Publication.State state = publication.state(c);
        publication.hide(c, policy);
        Ranges ranges = new Ranges(publication, witnesses);
        // The estimate is at least the true range: only a wide enough one is worth confirming.
        long wide = rangeWidth(ranges.estimate(violated));
        boolean protects = wide >= width[violated] && ranges.keeps(violated, width[violated]);
        work += ranges.work();
        restore(c, state);
        if (protects) {
          return List.of(c);
        }
        if (wide > widest) {
          widest = wide;
          best = c;
        }
      }
      if (best >= 0) {
        return List.of(best);
      }
      if (candidates.size() > 1 && widens(candidates, violated, widest)) {
        return candidates;
      }
      ring = next;
    }
    if (fallback < 0) {
      List<Integer> around = new ArrayList<>();
      for (int member : new Ranges(publication, witnesses).componentOf(violated)) {
        around.addAll(neighbours(member));
      }
      fallback = cheapest(around);
    }
    return fallback < 0 ? List.of() : List.of(fallback);
  }

  /** Whether hiding all of some counts together widens a count's range beyond a width. */
  private boolean widens(List<Integer> counts, int count, long beyond) {
    List<Publication.State> states = new ArrayList<>();
    for (int c : counts) {
      states.add(publication.state(c));
      publication.hide(c, policy);
    }
    Ranges ranges = new Ranges(publication, witnesses);
    long wide = rangeWidth(ranges.estimate(count));
    work += ranges.work();
    for (int i = 0; i < counts.size(); i++) {
      restore(counts.get(i), states.get(i));
    }
    return wide > beyond;
  }

  /** The nearest of some counts to a count (by relations), cheapest first. */
  private List<Integer> nearest(int count, List<Integer> among) {
    java.util.Set<Integer> wanted = new java.util.HashSet<>(among);
    List<Integer> ring = List.of(count);
    java.util.Set<Integer> seen = new java.util.HashSet<>(ring);
    while (!ring.isEmpty()) {
      List<Integer> next = new ArrayList<>();
      List<Integer> found = new ArrayList<>();
      for (int c : ring) {
        for (int n : neighbours(c)) {
          if (seen.add(n)) {
            next.add(n);
            if (wanted.contains(n)) {
              found.add(n);
            }
          }
        }
      }
      if (!found.isEmpty()) {
        found.sort(cost);
        return found;
      }
      ring = next;
    }
    return List.of(among.get(0));
  }

  private static long rangeWidth(long[] range) {
    return range[1] == Publication.UNBOUNDED ? Long.MAX_VALUE : range[1] - range[0];
  }

  private void restore(int count, Publication.State state) {
    if (state == Publication.State.ROUNDED) {
      publication.round(count, policy);
    } else {
      publication.show(count);
    }
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
