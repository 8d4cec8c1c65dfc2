package org.obaframework.core.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.ObaException;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * The results of an evaluation: for each measure, the total and each breakdown's rows, as
 * tallies.
 *
 * <pre>{@code
 * Results results = evaluation.evaluate(records.groups());
 * results.total("IFS-FAMILIES");                          // Count 157
 * results.rows("IFS-TENANCY", "local-authority");         // LA-1 -> 20/25, LA-2 -> ...
 * Results updated = results.merge(evaluation.evaluate(nextMonth.groups()));
 * Results corrected = updated.minus(evaluation.evaluate(oldRecords)).merge(evaluation.evaluate(newRecords));
 * }</pre>
 *
 * <p>The total of a measure is computed from the records, never summed from rows: a child in two
 * local authorities is in both rows and once in the total. Merging merges each key's tallies: it
 * is associative and commutative, and {@link #empty()} is its identity. Every unit a measure
 * counts belongs to one subject, so the results of a set of subjects are the merge of each
 * subject's results, and {@link #minus(Results)} takes a subject's results away again (see
 * {@link LiveResults} for figures kept live as records change). Immutable and thread-safe.
 */
public final class Results {
  /** The breakdown name and key of totals. */
  public static final String TOTAL = "all";
  private static final Results EMPTY = new Results(Map.of());

  private final Map<Key, Tally> tallies;

  /**
   * One cell: a measure, a breakdown and a key of it.
   *
   * @param measure the measure's code
   * @param breakdown the breakdown's name, or {@link #TOTAL}
   * @param key the key, or {@link #TOTAL}
   */
  public record Key(String measure, String breakdown, String key) {}

  private Results(Map<Key, Tally> tallies) {
    this.tallies = tallies;
  }

  /**
   * Returns results of no record: the identity of {@link #merge(Results)}.
   *
   * @return the empty results
   */
  public static Results empty() {
    return EMPTY;
  }

  /**
   * Returns results restored cell by cell, as a database or another process stored them from
   * {@link #tallies()}.
   *
   * @param tallies each cell's tally
   * @return the results
   * @throws ValidationException if a tally holds no unit (an evaluation makes a cell only for a
   *     unit) or a key names no measure or breakdown
   */
  public static Results of(Map<Key, ? extends Tally> tallies) {
    List<Problem> problems = new ArrayList<>();
    tallies.forEach((key, tally) -> {
      Item cell = Item.of(Item.MEASURE, key.measure()).noting("breakdown "
          + Redaction.code(key.breakdown()));
      if (key.measure().isEmpty() || key.breakdown().isEmpty() || key.key().isEmpty()) {
        problems.add(Problem.of(ProblemType.MISSING_VALUE, cell, "key",
            "a measure, a breakdown and a key", "an empty part"));
      }
      if (units(tally) == 0) {
        problems.add(Problem.of(ProblemType.OUT_OF_RANGE, cell, "tally",
            "a tally of at least one unit", "a tally of no unit"));
      }
    });
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return tallies.isEmpty() ? EMPTY : new Results(Map.copyOf(tallies));
  }

  /** How many units a tally counts. */
  private static long units(Tally tally) {
    if (tally instanceof Count count) {
      return count.value();
    }
    if (tally instanceof Proportion proportion) {
      return proportion.initialPopulation();
    }
    return tally instanceof Summary summary ? summary.count() : ((Transitions) tally).total();
  }

  /**
   * Returns the total of a measure, if any unit contributed to it.
   *
   * @param measure the measure's code
   * @return the tally
   */
  public Optional<Tally> total(String measure) {
    return Optional.ofNullable(tallies.get(new Key(measure, TOTAL, TOTAL)));
  }

  /**
   * Returns the rows of one breakdown of a measure, by key in natural order with {@value
   * Breakdown#NOT_RECORDED} last.
   *
   * @param measure the measure's code
   * @param breakdown the breakdown's name
   * @return the tallies by key; empty if no unit contributed
   */
  public Map<String, Tally> rows(String measure, String breakdown) {
    Map<String, Tally> rows = new TreeMap<>((a, b) -> {
      boolean missingA = a.equals(Breakdown.NOT_RECORDED);
      boolean missingB = b.equals(Breakdown.NOT_RECORDED);
      return missingA == missingB ? a.compareTo(b) : missingA ? 1 : -1;
    });
    tallies.forEach((key, tally) -> {
      if (key.measure().equals(measure) && key.breakdown().equals(breakdown)) {
        rows.put(key.key(), tally);
      }
    });
    return Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /**
   * Returns every tally by its key.
   *
   * @return an unmodifiable map
   */
  public Map<Key, Tally> tallies() {
    return tallies;
  }

  /**
   * Merges these results with others: the results of both sets of records.
   *
   * @param other other results, of the same evaluation over other subjects
   * @return the merged results
   */
  public Results merge(Results other) {
    if (other.tallies.isEmpty()) {
      return this;
    }
    if (tallies.isEmpty()) {
      return other;
    }
    Accumulator accumulator = new Accumulator();
    accumulator.addAll(this);
    accumulator.addAll(other);
    return accumulator.toResults();
  }

  /**
   * Returns these results less a part of them: the results of the subjects left when the
   * subjects whose results are {@code part} are taken away, as if evaluated without them. It
   * undoes {@link #merge(Results)}: {@code a.merge(b).minus(b)} equals {@code a}.
   *
   * <p>Counts, proportions and transition matrices are sums of their units, so they subtract
   * exactly; a cell left with no unit is removed, as an evaluation would never have made it. A
   * {@link Summary}'s count and sums subtract (exactly for whole numbers below 2^53, else up to
   * rounding, as merging adds them), but its least and greatest values are not sums: where the
   * part holds a cell's least or greatest value, what is left cannot be told from the two
   * results, and this method throws. {@link #minus(Results, Function)} asks the caller for such
   * a cell instead.
   *
   * @param part results included in these, such as one subject's earlier results
   * @return the results without the part
   * @throws ObaException if {@code part} is not a part of these (a cell these lack, a count that
   *     would fall below zero, tallies of another kind or other levels), or if it holds the least
   *     or greatest value of a summary cell
   */
  public Results minus(Results part) {
    return minus(part, key -> {
      throw new ObaException("cannot subtract the least or greatest value of a summary: measure "
          + Redaction.code(key.measure()) + ", breakdown " + Redaction.code(key.breakdown())
          + "; merge the results of the subjects left for that cell, as "
          + "Results.minus(part, recompute) and LiveResults do");
    });
  }

  /**
   * Returns these results less a part of them, as {@link #minus(Results)} does, asking {@code
   * recompute} for each summary cell whose least or greatest value the part holds: it returns
   * that cell's tally of the subjects left (such as the merge of their stored results for the
   * cell), or empty if none is left.
   *
   * @param part results included in these
   * @param recompute the tally of a summary cell without the part, or empty if no unit is left
   * @return the results without the part
   * @throws ObaException if {@code part} is not a part of these
   */
  public Results minus(Results part, Function<Key, Optional<Tally>> recompute) {
    if (part.tallies.isEmpty()) {
      return this;
    }
    Map<Key, Tally> left = new HashMap<>(tallies);
    part.tallies.forEach((key, tally) -> {
      Tally whole = left.get(key);
      if (whole == null) {
        throw notAPart(key, "a cell these results do not have");
      }
      Remainder remainder = subtract(key, whole, tally);
      Tally rest = remainder.known() ? remainder.tally() : recompute.apply(key).orElse(null);
      if (rest == null) {
        left.remove(key);
      } else {
        left.put(key, rest);
      }
    });
    return left.isEmpty() ? EMPTY : new Results(Map.copyOf(left));
  }

  /**
   * What is left of a cell when a part of it is taken away.
   *
   * @param tally the tally left, or null when no unit is left (or not known)
   * @param known false when the cell is a summary whose least or greatest value was the part's
   */
  record Remainder(@Nullable Tally tally, boolean known) {}

  /**
   * Takes a part of a cell away: the one rule of subtraction, for {@link #minus} and {@link
   * LiveResults}.
   */
  static Remainder subtract(Key key, Tally whole, Tally part) {
    if (whole instanceof Count count && part instanceof Count taken) {
      long value = count.value() - taken.value();
      check(key, value >= 0);
      return new Remainder(value == 0 ? null : Count.of(value), true);
    }
    if (whole instanceof Proportion p && part instanceof Proportion q) {
      long numerator = p.numerator() - q.numerator();
      long denominator = p.denominator() - q.denominator();
      long excluded = p.excluded() - q.excluded();
      long notPaired = p.notPaired() - q.notPaired();
      long notEligible = p.notEligible() - q.notEligible();
      long deteriorated = p.deteriorated() - q.deteriorated();
      check(key, numerator >= 0 && denominator >= numerator && excluded >= 0 && notPaired >= 0
          && notEligible >= 0 && deteriorated >= 0 && deteriorated <= denominator - numerator);
      Proportion rest = new Proportion(numerator, denominator, excluded, notPaired, notEligible,
          deteriorated);
      return new Remainder(rest.initialPopulation() == 0 ? null : rest, true);
    }
    if (whole instanceof Transitions t && part instanceof Transitions u) {
      check(key, t.levels().equals(u.levels()));
      Transitions rest = t.minus(u);
      check(key, rest != null);
      return new Remainder(rest == null || rest.total() == 0 ? null : rest, true);
    }
    if (whole instanceof Summary s && part instanceof Summary u) {
      long count = s.count() - u.count();
      check(key, count >= 0 && u.min() >= s.min() && u.max() <= s.max());
      if (count == 0) {
        return new Remainder(null, true);
      }
      if (u.min() == s.min() || u.max() == s.max()) {
        return new Remainder(null, false);
      }
      return new Remainder(new Summary(count, s.sum() - u.sum(),
          s.sumOfSquares() - u.sumOfSquares(), s.min(), s.max()), true);
    }
    throw notAPart(key, "a " + part.getClass().getSimpleName() + " where these results hold a "
        + whole.getClass().getSimpleName());
  }

  private static void check(Key key, boolean isPart) {
    if (!isPart) {
      throw notAPart(key, "more units than these results hold");
    }
  }

  private static ObaException notAPart(Key key, String found) {
    return new ObaException("cannot subtract results that are not a part of these: measure "
        + Redaction.code(key.measure()) + ", breakdown " + Redaction.code(key.breakdown())
        + "; expected a part of these results' cell, found " + found);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Results && tallies.equals(((Results) other).tallies);
  }

  @Override
  public int hashCode() {
    return tallies.hashCode();
  }

  @Override
  public String toString() {
    return "Results[" + Checks.count(tallies.size(), "cell") + "]";
  }

  /** A mutable accumulator of tallies: one per thread or partition, then combined. */
  static final class Accumulator {
    private final Map<Key, Tally> tallies = new HashMap<>();

    void add(Key key, Tally tally) {
      tallies.merge(key, tally, Tally::merge);
    }

    void addAll(Results results) {
      results.tallies.forEach(this::add);
    }

    Accumulator combine(Accumulator other) {
      other.tallies.forEach(this::add);
      return this;
    }

    Results toResults() {
      return tallies.isEmpty() ? EMPTY : new Results(Map.copyOf(tallies));
    }
  }

}
