package org.obaframework.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.stats.Interval;

/**
 * One measure broken down, as published: a row per key with its cells as disclosure control lets
 * them be shown, and for a proportion its percent and interval, then the total row.
 *
 * <p>For a count the one column is {@value #COUNT}, and each row's total is its count; for a
 * proportion the columns are {@value #BETTER_OFF} (the numerator) and {@value #NOT_BETTER_OFF},
 * and each row's total is its denominator. The total row (key {@value #TOTAL}) holds the measure's
 * own counts, the same published cells as its line. Rows whose counts are all hidden or 0 may
 * be folded into one row keyed {@value #OTHER} (or {@code parent > (other)} within a hierarchy),
 * so that no key is published whose counts are all hidden. Immutable and thread-safe; equal when
 * every part is equal.
 *
 * @param measure the measure's code
 * @param breakdown the breakdown's name
 * @param columns the columns' names
 * @param rows the rows, in order
 * @param total the total row
 */
public record BreakdownTable(String measure, String breakdown, List<String> columns,
    List<Row> rows, Row total) {
  /** The key of the total row. */
  public static final String TOTAL = "all";
  /** The key of the row that rows whose counts are all hidden or 0 are folded into. */
  public static final String OTHER = "(other)";
  /** The column of a count. */
  public static final String COUNT = "count";
  /** The first column of a proportion: the numerator. */
  public static final String BETTER_OFF = "better off";
  /** The second column of a proportion: the denominator less the numerator. */
  public static final String NOT_BETTER_OFF = "not better off";
  private static final List<String> KNOWN = List.of(COUNT, BETTER_OFF, NOT_BETTER_OFF);

  /**
   * Checks the parts: one cell per column in every row, a percent in every row of a proportion
   * (the total row's may be left out, as documents of earlier versions do) and in none of a
   * count, intervals only beside shown percents.
   *
   * @throws ValidationException if a part is blank or does not fit the columns
   */
  public BreakdownTable {
    Checks.text(Item.of("breakdown table"), "measure", measure);
    Checks.text(Item.of("breakdown table", measure), "breakdown", breakdown);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    Objects.requireNonNull(total, "total");
    boolean proportion = columns.equals(List.of(BETTER_OFF, NOT_BETTER_OFF));
    if (!proportion && !columns.equals(List.of(COUNT))) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("breakdown table", measure),
          "columns", List.of(COUNT) + " or " + List.of(BETTER_OFF, NOT_BETTER_OFF),
          columns.stream().map(c -> KNOWN.contains(c) ? c : Redaction.text(c)).toList()
              .toString());
    }
    for (Row row : rows) {
      row.check(measure, columns.size(), proportion, true);
    }
    total.check(measure, columns.size(), proportion, false);
  }

  /**
   * Tells whether the table is of a proportion.
   *
   * @return true when rows have percents
   */
  public boolean isProportion() {
    return columns.size() == 2;
  }

  /**
   * Returns the row of a key.
   *
   * @param key the key, or {@value #TOTAL} for the total row
   * @return the row, or empty if the table has none of that key
   */
  public Optional<Row> row(String key) {
    if (key.equals(TOTAL)) {
      return Optional.of(total);
    }
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /**
   * A row of a breakdown table.
   *
   * @param key the row's key, such as a local authority, or {@value #TOTAL}
   * @param cells the cells, one per column
   * @param total the row's total: its count, or its denominator
   * @param percent the row's percent, for a proportion
   * @param interval the percent's interval, only beside a shown percent
   */
  public record Row(String key, List<Cell> cells, Cell total, Optional<PercentCell> percent,
      Optional<Interval> interval) {
    /**
     * Copies the cells.
     *
     * @throws ValidationException if the key is blank, or there is an interval without a shown
     *     percent
     */
    public Row {
      Checks.text(Item.of("breakdown row"), "key", key);
      cells = List.copyOf(cells);
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(percent, "percent");
      if (interval.isPresent() && (percent.isEmpty() || percent.get().isHidden())) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("breakdown row", key),
            "interval", "an interval only beside a shown percent", "an interval beside "
                + percent.map(PercentCell::text).orElse("no percent"));
      }
      interval = interval.map(i -> new Interval(i.lower() + 0.0, i.upper() + 0.0,
          i.confidence() + 0.0));
    }

    /**
     * Returns a row of a count.
     *
     * @param key the key
     * @param count the count
     * @return the row
     */
    public static Row count(String key, Cell count) {
      return new Row(key, List.of(count), count, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a row of a proportion.
     *
     * @param key the key
     * @param betterOff the numerator
     * @param notBetterOff the denominator less the numerator
     * @param denominator the denominator
     * @param percent the percent of the published numerator and denominator
     * @param interval its interval, only beside a shown percent
     * @return the row
     */
    public static Row proportion(String key, Cell betterOff, Cell notBetterOff,
        Cell denominator, PercentCell percent, Optional<Interval> interval) {
      return new Row(key, List.of(betterOff, notBetterOff), denominator, Optional.of(percent),
          interval);
    }

    private void check(String measure, int columns, boolean proportion, boolean needed) {
      Item where = Item.of("breakdown row", key).partOf(Item.of("breakdown table", measure));
      if (cells.size() != columns) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, where, "cells", columns + " cells",
            cells.size() + " cells");
      }
      if (percent.isPresent() ? !proportion : proportion && needed) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, where, "percent",
            proportion ? "a percent" : "no percent", percent.isPresent() ? "one" : "none");
      }
    }
  }
}
