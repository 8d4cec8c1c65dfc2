package org.obaframework.core.aggregate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.ObaException;

/**
 * The running tallies of one evaluation on one thread: a table per measure and breakdown (the
 * total first), from row key to a mutable cell. Counts and proportions add up in place, other
 * tallies merge as values; {@link #toResults} turns the cells into the immutable {@link Results}.
 * Not thread-safe: a parallel stream gives each thread its own, and {@link #combine} merges them.
 */
final class Tallies {
  /** Fails a merge of two kinds of tally. */
  static ObaException mismatch(Tally one, Tally other) {
    return new ObaException("cannot merge a " + one.getClass().getSimpleName() + " with a "
        + other.getClass().getSimpleName() + ": one result key holds one kind of tally");
  }

  private final List<String> measures;
  private final List<String> breakdowns;
  private final List<Map<String, Cell>> tables;

  /**
   * Creates empty tallies.
   *
   * @param measures the measures' codes, in evaluation order
   * @param breakdowns the breakdowns' names, in evaluation order
   */
  Tallies(List<String> measures, List<String> breakdowns) {
    this.measures = measures;
    this.breakdowns = breakdowns;
    int size = measures.size() * (1 + breakdowns.size());
    Map<String, Cell>[] tables = newTables(size);
    for (int i = 0; i < size; i++) {
      tables[i] = new HashMap<>();
    }
    this.tables = List.of(tables);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Cell>[] newTables(int size) {
    return (Map<String, Cell>[]) new Map<?, ?>[size];
  }

  private Map<String, Cell> table(int measure, int breakdown) {
    return tables.get(measure * (1 + breakdowns.size()) + breakdown);
  }

  /** Adds a tally to the measure's total. */
  void addTotal(int measure, Tally tally) {
    add(table(measure, 0), Results.TOTAL, tally);
  }

  /** Adds a tally to the measure's row {@code key} of the breakdown at {@code breakdown}. */
  void add(int measure, int breakdown, String key, Tally tally) {
    add(table(measure, 1 + breakdown), key, tally);
  }

  private static void add(Map<String, Cell> table, String key, Tally tally) {
    Cell cell = table.get(key);
    if (cell == null) {
      cell = new Cell();
      table.put(key, cell);
    }
    cell.add(tally);
  }

  /** Adds the other tallies to these, which must be of the same evaluation, and returns these. */
  Tallies combine(Tallies other) {
    for (int i = 0; i < tables.size(); i++) {
      Map<String, Cell> table = tables.get(i);
      other.tables.get(i).forEach((key, cell) -> add(table, key, cell.tally()));
    }
    return this;
  }

  /** Returns the results: one cell per measure, breakdown and row that received a tally. */
  Results toResults() {
    Results.Accumulator results = new Results.Accumulator();
    for (int m = 0; m < measures.size(); m++) {
      String measure = measures.get(m);
      for (int b = 0; b <= breakdowns.size(); b++) {
        String breakdown = b == 0 ? Results.TOTAL : breakdowns.get(b - 1);
        table(m, b).forEach((key, cell) ->
            results.add(new Results.Key(measure, breakdown, key), cell.tally()));
      }
    }
    return results.toResults();
  }

  /**
   * One running tally. The first tally fixes the kind: counts and proportions are added up as
   * numbers (exactly as their {@code merge} does, overflow included), anything else is merged.
   */
  static final class Cell {
    private static final int EMPTY = 0;
    private static final int COUNT = 1;
    private static final int PROPORTION = 2;
    private static final int OTHER = 3;

    private int kind = EMPTY;
    private long numerator;
    private long denominator;
    private long excluded;
    private long notPaired;
    private long notEligible;
    private long deteriorated;
    private @Nullable Tally other;

    void add(Tally tally) {
      if (kind == OTHER || kind == EMPTY && !(tally instanceof Count)
          && !(tally instanceof Proportion)) {
        Tally so = other;
        other = so == null ? tally : so.merge(tally);
        kind = OTHER;
      } else if (tally instanceof Proportion p && kind != COUNT) {
        numerator = Math.addExact(numerator, p.numerator());
        denominator = Math.addExact(denominator, p.denominator());
        excluded = Math.addExact(excluded, p.excluded());
        notPaired = Math.addExact(notPaired, p.notPaired());
        notEligible = Math.addExact(notEligible, p.notEligible());
        deteriorated = Math.addExact(deteriorated, p.deteriorated());
        kind = PROPORTION;
      } else if (tally instanceof Count count && kind != PROPORTION) {
        numerator = Math.addExact(numerator, count.value());
        kind = COUNT;
      } else {
        throw Tallies.mismatch(tally(), tally);
      }
    }

    Tally tally() {
      Tally so = other;
      return switch (kind) {
        case COUNT -> Count.of(numerator);
        case PROPORTION -> new Proportion(numerator, denominator, excluded, notPaired, notEligible,
            deteriorated);
        case OTHER -> {
          if (so == null) {
            throw new IllegalStateException("a merged cell without its tally");
          }
          yield so;
        }
        default -> throw new IllegalStateException("an empty cell has no tally");
      };
    }
  }
}
