package org.obaframework.examples.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.aggregate.Tally;

/**
 * The counts of a report card by local authority x indicator, from whichever engine computed it,
 * so that oba's and DuckDB's answers can be compared cell by cell: for each indicator and local
 * authority (or {@value ReportCardSql#TOTAL}), the denominator and the number improved.
 *
 * <p>Cells whose denominator and numerator are both 0 are left out, so that an engine that lists
 * an empty row and one that does not still agree. Immutable and thread-safe.
 */
public final class ReportCounts {
  /**
   * One cell's counts.
   *
   * @param denominator the children with a pair
   * @param improved the children improved, within the denominator
   */
  public record Cell(long denominator, long improved) {
    /**
     * Returns the percent improved, or NaN for an empty denominator.
     *
     * @return the percent
     */
    public double percent() {
      return denominator == 0 ? Double.NaN : 100.0 * improved / denominator;
    }
  }

  /**
   * A cell's place.
   *
   * @param indicator the indicator's code
   * @param localAuthority the local authority, or {@value ReportCardSql#TOTAL}
   */
  public record Key(String indicator, String localAuthority) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byIndicator = indicator.compareTo(other.indicator);
      return byIndicator != 0 ? byIndicator : localAuthority.compareTo(other.localAuthority);
    }
  }

  private final Map<Key, Cell> cells;

  private ReportCounts(Map<Key, Cell> cells) {
    this.cells = Collections.unmodifiableMap(new TreeMap<>(cells));
  }

  /**
   * Returns a builder of counts, cell by cell.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads oba's results of {@link GeneratedRecords#evaluation()}: each better-off measure's total
   * and its rows by local authority.
   *
   * @param evaluation the evaluation that made the results
   * @param results the results
   * @return the counts
   * @throws IllegalArgumentException if a measure's tally is not a proportion
   */
  public static ReportCounts of(Evaluation evaluation, Results results) {
    Builder builder = builder();
    String breakdown = evaluation.breakdowns().get(0).name();
    for (MeasureDefinition measure : evaluation.measures()) {
      String code = measure.code();
      if (!code.startsWith(GeneratedRecords.MEASURE_PREFIX)) {
        continue;
      }
      String indicator = code.substring(GeneratedRecords.MEASURE_PREFIX.length());
      results.total(code).ifPresent(t -> builder.put(indicator, ReportCardSql.TOTAL, t, code));
      for (Map.Entry<String, Tally> row : results.rows(code, breakdown).entrySet()) {
        builder.put(indicator, row.getKey(), row.getValue(), code);
      }
    }
    return builder.build();
  }

  /**
   * Returns the cells, by indicator then local authority.
   *
   * @return the cells
   */
  public Map<Key, Cell> cells() {
    return cells;
  }

  /**
   * Returns the sum of the denominators of the total rows: every child with a pair, once per
   * indicator.
   *
   * @return the sum
   */
  public long pairs() {
    return cells.entrySet().stream()
        .filter(e -> e.getKey().localAuthority().equals(ReportCardSql.TOTAL))
        .mapToLong(e -> e.getValue().denominator()).sum();
  }

  /**
   * Lists every difference from other counts, one line each: a cell one side lacks or whose
   * counts differ. Empty when the two are identical.
   *
   * @param name this side's name, e.g. {@code oba}
   * @param other the other counts
   * @param otherName the other side's name, e.g. {@code DuckDB}
   * @return the differences
   */
  public List<String> differences(String name, ReportCounts other, String otherName) {
    Set<Key> keys = new TreeSet<>(cells.keySet());
    keys.addAll(other.cells.keySet());
    List<String> differences = new ArrayList<>();
    for (Key key : keys) {
      Cell mine = cells.get(key);
      Cell theirs = other.cells.get(key);
      if (!Objects.equals(mine, theirs)) {
        differences.add(String.format(Locale.ROOT, "%s, %s: %s %s, %s %s", key.indicator(),
            key.localAuthority(), name, describe(mine), otherName, describe(theirs)));
      }
    }
    return differences;
  }

  /**
   * Throws unless other counts are identical to these.
   *
   * @param name this side's name
   * @param other the other counts
   * @param otherName the other side's name
   * @throws IllegalStateException naming every differing cell (the first 20) and how many
   */
  public void requireIdentical(String name, ReportCounts other, String otherName) {
    List<String> differences = differences(name, other, otherName);
    if (!differences.isEmpty()) {
      throw new IllegalStateException(differences.size() + " cells differ between " + name
          + " and " + otherName + ":\n  "
          + String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))));
    }
  }

  /**
   * Renders the cells as a Markdown table: indicator, local authority, denominator, improved,
   * percent.
   *
   * @return the table
   */
  public String toMarkdown() {
    StringBuilder table = new StringBuilder(
        "| indicator | local authority | denominator | improved | percent |\n"
            + "|---|---|---:|---:|---:|\n");
    cells.forEach((key, cell) -> table.append(String.format(Locale.ROOT,
        "| %s | %s | %,d | %,d | %.1f |%n", key.indicator(), key.localAuthority(),
        cell.denominator(), cell.improved(), cell.percent())));
    return table.toString();
  }

  private static String describe(Cell cell) {
    return cell == null ? "no cell" : cell.improved() + "/" + cell.denominator();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportCounts && cells.equals(((ReportCounts) other).cells);
  }

  @Override
  public int hashCode() {
    return cells.hashCode();
  }

  @Override
  public String toString() {
    return "ReportCounts[" + cells.size() + " cells]";
  }

  /** Collects cells; a cell given twice is an error. Not thread-safe. */
  public static final class Builder {
    private final Map<Key, Cell> cells = new TreeMap<>();

    Builder() {}

    /**
     * Adds a cell, unless both its counts are 0.
     *
     * @param indicator the indicator's code
     * @param localAuthority the local authority, or {@value ReportCardSql#TOTAL}
     * @param denominator the denominator, not negative
     * @param improved the number improved, from 0 to the denominator
     * @return this builder
     * @throws IllegalArgumentException if the counts are out of range or the cell is given twice
     */
    public Builder put(String indicator, String localAuthority, long denominator, long improved) {
      if (denominator < 0 || improved < 0 || improved > denominator) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s, %s: expected 0 <="
            + " improved <= denominator, found %d/%d", indicator, localAuthority, improved,
            denominator));
      }
      if (denominator == 0) {
        return this;
      }
      Cell previous = cells.putIfAbsent(new Key(indicator, localAuthority),
          new Cell(denominator, improved));
      if (previous != null) {
        throw new IllegalArgumentException(indicator + ", " + localAuthority
            + ": expected one cell, found a second");
      }
      return this;
    }

    private void put(String indicator, String localAuthority, Tally tally, String measure) {
      if (!(tally instanceof Proportion)) {
        throw new IllegalArgumentException(measure + ": expected a proportion, found " + tally);
      }
      Proportion proportion = (Proportion) tally;
      put(indicator, localAuthority, proportion.denominator(), proportion.numerator());
    }

    /**
     * Returns the counts.
     *
     * @return the counts
     */
    public ReportCounts build() {
      return new ReportCounts(cells);
    }
  }
}
