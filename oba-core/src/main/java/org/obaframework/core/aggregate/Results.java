package org.obaframework.core.aggregate;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The results of an evaluation: for each measure, the total and each breakdown's rows, as
 * tallies.
 *
 * <pre>{@code
 * Results results = evaluation.evaluate(records.groups());
 * results.total("IFS-FAMILIES");                          // Count 157
 * results.rows("IFS-TENANCY", "local-authority");         // LA-1 -> 20/25, LA-2 -> ...
 * Results updated = results.merge(evaluation.evaluate(nextMonth.groups()));
 * }</pre>
 *
 * <p>The total of a measure is computed from the records, never summed from rows: a child in two
 * local authorities is in both rows and once in the total. Merging merges each key's tallies: it
 * is associative and commutative, and {@link #empty()} is its identity. Immutable and
 * thread-safe.
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
    return "Results[" + tallies.size() + " cells]";
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
