package org.obaframework.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.stats.Interval;

/**
 * A report card as published: exactly what its JSON document ({@link ReportCardJson}) holds, and
 * nothing more. The exact tallies behind a {@link org.obaframework.core.report.ReportCard} are
 * never published, so a document read back is this value, not a report card.
 *
 * <p>Made by {@link ReportCardJson#publish}, read by {@link ReportCardJson#read(String)}, written
 * by {@link ReportCardJson#write(PublishedReportCard)}. Immutable, without nulls (an absent part is
 * an empty {@link Optional}); equal when every part is equal.
 *
 * @param title the card's title
 * @param period the reporting period
 * @param asOf the as-of date
 * @param confidence the confidence level of the intervals, strictly between 0 and 1
 * @param disclosure the name of the disclosure policy applied, such as {@code dfe}
 * @param lines the lines, in order
 * @param tables the breakdown tables, in order
 */
public record PublishedReportCard(String title, ReportingPeriod period, LocalDate asOf,
    double confidence, String disclosure, List<Line> lines, List<Table> tables) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the confidence is not strictly between 0 and 1
   */
  public PublishedReportCard {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(disclosure, "disclosure");
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    lines = List.copyOf(lines);
    tables = List.copyOf(tables);
  }

  /**
   * A count as shown: its text, its status and, unless hidden, its (possibly rounded) value.
   *
   * @param text the text shown, such as {@code 12} or {@code [c]}
   * @param status the status
   * @param value the value shown; always empty for a hidden cell
   */
  public record Cell(String text, CellStatus status, OptionalLong value) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a hidden cell has a value
     */
    public Cell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(value, "value");
      if (status.isHidden() && value.isPresent()) {
        throw new IllegalArgumentException("a hidden cell (" + status + ") has no value");
      }
    }
  }

  /**
   * A percent as shown: its text, its status and, unless hidden, its value in percent.
   *
   * @param text the text shown, such as {@code 55%} or {@code [c]}
   * @param status the status
   * @param value the value in percent; always empty for a hidden percent
   */
  public record Percent(String text, CellStatus status, OptionalDouble value) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a hidden percent has a value, or the value is not finite
     */
    public Percent {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(value, "value");
      if (status.isHidden() && value.isPresent()) {
        throw new IllegalArgumentException("a hidden percent (" + status + ") has no value");
      }
      if (value.isPresent()) {
        if (!Double.isFinite(value.getAsDouble())) {
          throw new IllegalArgumentException("a percent must be finite: " + value);
        }
        value = OptionalDouble.of(value.getAsDouble() + 0.0); // no -0.0: JSON writes 0
      }
    }
  }

  /**
   * A line of the card.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param section the section of the card
   * @param role the measure's role, if any
   * @param number the number
   * @param denominator the denominator, for a proportion
   * @param percent the percent, for a proportion
   * @param interval the confidence interval of the percent, only with a shown percent
   * @param assessed the subjects assessed, if counted
   * @param notPaired the subjects without a pair of ratings, if counted
   * @param excluded the subjects excluded, if counted
   * @param notEligible the subjects not eligible, if counted
   */
  public record Line(String code, String name, Section section, Optional<MeasureRole> role,
      Cell number, Optional<Cell> denominator, Optional<Percent> percent,
      Optional<Interval> interval, Optional<Cell> assessed, Optional<Cell> notPaired,
      Optional<Cell> excluded, Optional<Cell> notEligible) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if there is an interval without a shown percent
     */
    public Line {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(denominator, "denominator");
      Objects.requireNonNull(assessed, "assessed");
      Objects.requireNonNull(notPaired, "notPaired");
      Objects.requireNonNull(excluded, "excluded");
      Objects.requireNonNull(notEligible, "notEligible");
      interval = shownInterval(percent, interval);
    }
  }

  /**
   * A breakdown table, as controlled for disclosure.
   *
   * @param measure the measure's code
   * @param breakdown the breakdown's name
   * @param columns the columns' names
   * @param rows the rows
   * @param total the column totals and the grand total
   */
  public record Table(String measure, String breakdown, List<String> columns, List<Row> rows,
      Totals total) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a row or the totals have not one cell per column
     */
    public Table {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(breakdown, "breakdown");
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
      Objects.requireNonNull(total, "total");
      for (Row row : rows) {
        if (row.cells().size() != columns.size()) {
          throw new IllegalArgumentException("row " + row.key() + " has " + row.cells().size()
              + " cells for " + columns.size() + " columns");
        }
      }
      if (total.cells().size() != columns.size()) {
        throw new IllegalArgumentException("the totals have " + total.cells().size()
            + " cells for " + columns.size() + " columns");
      }
    }
  }

  /**
   * A row of a breakdown table.
   *
   * @param key the row's key, such as a local authority
   * @param cells the cells, one per column
   * @param total the row's total
   * @param percent the row's percent, for a proportion
   * @param interval the percent's confidence interval, only with a shown percent
   */
  public record Row(String key, List<Cell> cells, Cell total, Optional<Percent> percent,
      Optional<Interval> interval) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if there is an interval without a shown percent
     */
    public Row {
      Objects.requireNonNull(key, "key");
      cells = List.copyOf(cells);
      Objects.requireNonNull(total, "total");
      interval = shownInterval(percent, interval);
    }
  }

  /**
   * The last row of a breakdown table.
   *
   * @param cells the column totals
   * @param total the grand total
   */
  public record Totals(List<Cell> cells, Cell total) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Totals {
      cells = List.copyOf(cells);
      Objects.requireNonNull(total, "total");
    }
  }

  private static Optional<Interval> shownInterval(Optional<Percent> percent,
      Optional<Interval> interval) {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(interval, "interval");
    if (interval.isPresent() && (percent.isEmpty() || percent.get().status().isHidden())) {
      throw new IllegalArgumentException("an interval needs a shown percent");
    }
    // No -0.0, which JSON writes as 0.
    return interval.map(i -> new Interval(i.lower() + 0.0, i.upper() + 0.0,
        i.confidence() + 0.0));
  }
}
