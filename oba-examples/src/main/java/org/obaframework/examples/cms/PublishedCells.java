package org.obaframework.examples.cms;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Redaction;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.stats.Interval;
import org.obaframework.jdbc.DatabaseException;

/**
 * Writes a report card's published cells (after its disclosure control) into {@code
 * oba_published_cell}, for a BI tool or a dashboard to read: one row per measure's line (with
 * breakdown and key {@code all}) and per row of each of its breakdowns, with the period, the
 * as-of date, the count (or numerator), the denominator, the percent, its interval and the
 * cell's status. A hidden count is null, with its symbol ({@code [c]}) as its text, and its status
 * says only that it is hidden, never why.
 *
 * <pre>{@code
 * PublishedCells.publish(connection, "ifs-by-local-authority", card);
 * }</pre>
 *
 * <p>A card replaces the cells of the same card, period and as-of date in one transaction: a
 * reader sees the old card or the new one, never a mix. Only the card's published API is read
 * ({@link ReportCard#lines()}, {@link ReportCard#tables()}), never the exact tallies. Stateless.
 */
public final class PublishedCells {
  /** The breakdown and key of a measure's line: its total. */
  public static final String ALL = "all";

  private PublishedCells() {}

  /**
   * Replaces a card's published cells.
   *
   * @param connection the connection: in auto-commit mode, the cells are replaced in a
   *     transaction of their own, committed; otherwise in the caller's, not committed
   * @param card the card's name, such as {@code ifs}
   * @param reportCard the card
   * @return how many cells were written
   * @throws DatabaseException if the database fails (the old cells are then kept)
   */
  public static int publish(Connection connection, String card, ReportCard reportCard) {
    List<Object[]> rows = rows(card, reportCard);
    try {
      boolean own = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        String period = reportCard.period().toString();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM"
            + " oba_published_cell WHERE card = ? AND period = ? AND as_of = ?")) {
          delete.setString(1, card);
          delete.setString(2, period);
          delete.setDate(3, Date.valueOf(reportCard.asOf()));
          delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO"
            + " oba_published_cell (card, period, period_start, period_end, as_of, measure,"
            + " measure_name, section, breakdown, breakdown_key, number, number_text,"
            + " denominator, denominator_text, percent, percent_text, ci_lower, ci_upper,"
            + " confidence, assessed, not_paired, excluded, not_eligible, status) VALUES (?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
              if (row[i] == null) {
                insert.setNull(i + 1, Types.OTHER);
              } else if (row[i] instanceof java.time.LocalDate date) {
                insert.setDate(i + 1, Date.valueOf(date));
              } else {
                insert.setObject(i + 1, row[i]);
              }
            }
            insert.addBatch();
          }
          insert.executeBatch();
        }
        try (PreparedStatement publication = connection.prepareStatement("INSERT INTO"
            + " oba_publication (card, period, as_of, disclosure, cells) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (card, period, as_of) DO UPDATE SET disclosure = excluded.disclosure,"
            + " cells = excluded.cells, published_at = now()")) {
          publication.setString(1, card);
          publication.setString(2, period);
          publication.setDate(3, Date.valueOf(reportCard.asOf()));
          publication.setString(4, reportCard.options().disclosure().name());
          publication.setInt(5, rows.size());
          publication.executeUpdate();
        }
        if (own) {
          connection.commit();
        }
      } catch (SQLException | RuntimeException e) {
        if (own) {
          connection.rollback();
        }
        throw e;
      } finally {
        if (own) {
          connection.setAutoCommit(true);
        }
      }
      return rows.size();
    } catch (SQLException e) {
      throw DatabaseException.of("publishing the cells of card " + Redaction.id(card), e);
    }
  }

  /** The card's rows, each the columns of the insert from the card on. */
  static List<Object[]> rows(String card, ReportCard reportCard) {
    List<Object[]> rows = new ArrayList<>();
    for (ReportLine line : reportCard.lines()) {
      rows.add(row(card, reportCard, line, ALL, ALL, line.number(), line.denominator(),
          line.percent(), line.interval(), line.assessed(), line.notPaired(), line.excluded(),
          line.notEligible()));
    }
    for (BreakdownTable table : reportCard.tables()) {
      ReportLine line = reportCard.line(table.measure()).orElseThrow();
      boolean proportion = table.isProportion();
      for (BreakdownTable.Row row : table.rows()) {
        rows.add(row(card, reportCard, line, table.breakdown(), row.key(), row.cells().get(0),
            proportion ? Optional.of(row.total()) : Optional.empty(), row.percent(),
            row.interval(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty()));
      }
    }
    return rows;
  }

  private static Object[] row(String card, ReportCard reportCard, ReportLine line,
      String breakdown, String key, Cell number, Optional<Cell> denominator,
      Optional<PercentCell> percent, Optional<Interval> interval, Optional<Cell> assessed,
      Optional<Cell> notPaired, Optional<Cell> excluded, Optional<Cell> notEligible) {
    boolean percentShown = percent.isPresent() && !percent.get().isHidden()
        && percent.get().value().isPresent();
    return new Object[] {card, reportCard.period().toString(), reportCard.period().start(),
        reportCard.period().end(), reportCard.asOf(), line.code(), line.name(),
        line.section().name(), breakdown, key, value(number), number.text(),
        denominator.map(PublishedCells::value).orElse(null),
        denominator.map(Cell::text).orElse(null),
        percentShown ? percent.get().value().getAsDouble() : null,
        percent.map(PercentCell::text).orElse(null),
        percentShown ? interval.map(Interval::lower).orElse(null) : null,
        percentShown ? interval.map(Interval::upper).orElse(null) : null,
        percentShown ? interval.map(Interval::confidence).orElse(null) : null,
        assessed.map(Cell::text).orElse(null), notPaired.map(Cell::text).orElse(null),
        excluded.map(Cell::text).orElse(null), notEligible.map(Cell::text).orElse(null),
        status(number)};
  }

  private static @Nullable Long value(Cell cell) {
    return cell.isHidden() || cell.shown().isEmpty() ? null : cell.shown().getAsLong();
  }

  /** The number's status as published: shown, rounded, hidden, or no value; never why hidden. */
  private static String status(Cell cell) {
    if (cell.status() == CellStatus.NO_DENOMINATOR) {
      return "no value";
    }
    return cell.isHidden() ? "hidden" : cell.status() == CellStatus.ROUNDED ? "rounded" : "shown";
  }
}
