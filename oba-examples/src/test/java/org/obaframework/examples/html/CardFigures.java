package org.obaframework.examples.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.ChangeProfile;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.stats.Interval;

/**
 * The published value of a report card, cell by cell, as the HTML page names its figures with
 * {@code data-measure}, {@code data-breakdown}, {@code data-key} and {@code data-cell} (and
 * {@code data-profile}, {@code data-from}, {@code data-to} in change profiles).
 */
final class CardFigures {
  private CardFigures() {}

  /**
   * Checks every figure of a page against the card: each equals the card's published text of its
   * cell, hidden marks included; returns the cells named, each once.
   */
  static Set<String> check(Document page, ReportCard card) {
    Set<String> shown = new HashSet<>();
    for (Element figure : page.select("[data-cell]")) {
      String measure = figure.attr("data-measure");
      String breakdown = figure.attr("data-breakdown");
      String key = figure.attr("data-key");
      String cell = figure.attr("data-cell");
      String expected = published(card, measure, breakdown, key, cell);
      if (!figure.text().equals(expected)) {
        throw new AssertionError(measure + " " + breakdown + " " + key + " " + cell
            + ": expected " + expected + ", found " + figure.text());
      }
      shown.add(String.join("|", measure, breakdown, key, cell));
    }
    for (Element figure : page.select("[data-profile]")) {
      String expected = profileCell(card, figure.attr("data-profile"), figure.attr("data-from"),
          figure.attr("data-to"));
      if (!figure.text().equals(expected)) {
        throw new AssertionError(figure.attr("data-profile") + ": expected " + expected
            + ", found " + figure.text());
      }
    }
    return shown;
  }

  /** The text the card publishes for a cell the page names. */
  static String published(ReportCard card, String measure, String breakdown, String key,
      String cell) {
    if (breakdown.isEmpty()) {
      ReportLine line = card.line(measure).orElseThrow();
      return switch (cell) {
        case "number" -> line.number().text();
        case "denominator" -> line.denominator().map(Cell::text).orElseThrow();
        case "percent" -> line.percent().map(PercentCell::text).orElseThrow();
        case "interval" -> line.interval().map(Interval::toPercentText).orElseThrow();
        case "assessed" -> line.assessed().map(Cell::text).orElseThrow();
        case "notPaired" -> line.notPaired().map(Cell::text).orElseThrow();
        case "excluded" -> line.excluded().map(Cell::text).orElseThrow();
        case "notEligible" -> line.notEligible().map(Cell::text).orElseThrow();
        default -> throw new AssertionError("unknown cell " + cell);
      };
    }
    BreakdownTable table = card.table(measure, breakdown).orElseThrow();
    BreakdownTable.Row row = table.row(key).orElseThrow();
    return switch (cell) {
      case "number" -> table.isProportion() ? row.cells().get(0).text() : row.total().text();
      case "denominator" -> row.total().text();
      case "percent" -> row.percent().map(PercentCell::text).orElseThrow();
      case "interval" -> row.interval().map(Interval::toPercentText).orElseThrow();
      default -> throw new AssertionError("unknown cell " + cell);
    };
  }

  /** Every count, percent and interval the card publishes, as the page names them. */
  static Set<String> everyPublishedCell(ReportCard card) {
    Set<String> all = new HashSet<>();
    for (ReportLine line : card.lines()) {
      all.add(String.join("|", line.code(), "", BreakdownTable.TOTAL, "number"));
      line.percent().ifPresent(p -> all.add(String.join("|", line.code(), "",
          BreakdownTable.TOTAL, "percent")));
      line.interval().ifPresent(p -> all.add(String.join("|", line.code(), "",
          BreakdownTable.TOTAL, "interval")));
    }
    for (BreakdownTable table : card.tables()) {
      List<BreakdownTable.Row> rows = new ArrayList<>(table.rows());
      rows.add(table.total());
      for (BreakdownTable.Row row : rows) {
        all.add(String.join("|", table.measure(), table.breakdown(), row.key(), "number"));
        row.percent().ifPresent(p -> all.add(String.join("|", table.measure(),
            table.breakdown(), row.key(), "percent")));
      }
    }
    return all;
  }

  static String profileCell(ReportCard card, String code, String from, String to) {
    ChangeProfile profile = card.changeProfile(code).orElseThrow();
    if (from.equals("paired")) {
      return profile.paired().text();
    }
    if (from.equals("mean")) {
      return profile.meanChange().orElseThrow().text();
    }
    List<String> levels = profile.table().rows();
    Optional<Integer> row = from.equals(BreakdownTable.TOTAL) ? Optional.empty()
        : Optional.of(levels.indexOf(from));
    Optional<Integer> column = to.equals(BreakdownTable.TOTAL) ? Optional.empty()
        : Optional.of(levels.indexOf(to));
    if (row.isPresent() && column.isPresent()) {
      return profile.table().cell(row.get(), column.get()).text();
    }
    if (row.isPresent()) {
      return profile.table().rowTotal(row.get()).text();
    }
    return column.map(c -> profile.table().columnTotal(c).text())
        .orElse(profile.table().total().text());
  }
}
