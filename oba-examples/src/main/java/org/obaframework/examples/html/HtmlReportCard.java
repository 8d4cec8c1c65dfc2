package org.obaframework.examples.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.CurveReport;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.ChangeProfile;
import org.obaframework.core.report.ControlledTable;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.MeanCell;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.stats.Interval;
import org.obaframework.examples.files.AtomicFile;

/**
 * A report card as one self-contained, accessible HTML5 document: the four OBA quadrants with
 * every percent's numerator, denominator and confidence interval, the numbers assessed, not
 * paired, excluded and not eligible, the breakdown tables with suppressed cells marked, a legend
 * of the marks and the disclosure policy, the period, as-of date and provenance, and optionally
 * turn-the-curve charts with their data tables.
 *
 * <pre>{@code
 * ReportCard card = ReportCard.of(evaluation, results,
 *     ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE));
 * String html = HtmlReportCard.of(card)
 *     .withCurve(actuals, baseline)
 *     .withSource("Case records exported on 30 April 2026")
 *     .render();
 * }</pre>
 *
 * <p>The document makes no external request: its style sheet is inline and it has no scripts,
 * fonts or images to fetch; charts are inline SVG. It is UTF-8 with {@code lang="en"}. Tables
 * have a caption, a header row and header cells with {@code scope}; headings go in order (one
 * {@code h1}, then {@code h2} and {@code h3}); every chart has a title, a description and a table
 * of its data; hidden cells show their symbol (such as {@code [c]}), never a colour alone. All
 * text is HTML-escaped. Only what the card may publish is shown: cells after disclosure control,
 * never the exact tallies behind them. Output is deterministic. Immutable and thread-safe.
 */
public final class HtmlReportCard {
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "color:#1a1a1a;background:#ffffff;margin:0;line-height:1.45}",
      "main{max-width:72rem;margin:0 auto;padding:1.5rem}",
      "h1{font-size:1.8rem;margin:0 0 .5rem}",
      "h2{font-size:1.4rem;margin:2rem 0 .5rem;border-bottom:2px solid #1d4e89;"
          + "padding-bottom:.2rem}",
      "h3{font-size:1.1rem;margin:1.5rem 0 .5rem}",
      "table{border-collapse:collapse;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}",
      "caption{text-align:left;font-weight:bold;padding:.3rem 0}",
      "th,td{border:1px solid #8a8a8a;padding:.3rem .55rem;vertical-align:top}",
      "thead th{background:#e8eef6;text-align:left}",
      "tbody th{text-align:left}",
      "td.num{text-align:right}",
      "tr.total th,tr.total td{font-weight:bold;border-top:2px solid #1a1a1a}",
      "abbr.mark{font-weight:bold;text-decoration:underline dotted;cursor:help}",
      "td.hidden{background:#f2f2f2}",
      "dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}",
      "dl.meta dt{font-weight:bold}",
      "dl.meta dd{margin:0}",
      "figure{margin:1rem 0}",
      "figcaption{font-size:.95rem;margin-top:.3rem}",
      "p.none,p.note{font-style:italic}",
      "svg.curve{max-width:100%;height:auto;border:1px solid #cccccc}",
      "@media print{h2{break-after:avoid}table,figure{break-inside:avoid}}");

  private final ReportCard card;
  private final List<CurveReport.Curve> curves;
  private final Locale locale;
  private final Optional<String> source;

  private HtmlReportCard(ReportCard card, List<CurveReport.Curve> curves, Locale locale,
      Optional<String> source) {
    this.card = card;
    this.curves = List.copyOf(curves);
    this.locale = locale;
    this.source = source;
  }

  /**
   * Returns the HTML rendering of a report card, in English, without curves.
   *
   * @param card the report card
   * @return the renderer
   */
  public static HtmlReportCard of(ReportCard card) {
    return new HtmlReportCard(card, List.of(), Locale.UK, Optional.empty());
  }

  /**
   * Returns a copy that also draws these turn-the-curve charts, after the card's tables.
   *
   * @param more the curves, in order
   * @return the copy
   */
  public HtmlReportCard withCurves(List<CurveReport.Curve> more) {
    List<CurveReport.Curve> all = new ArrayList<>(curves);
    all.addAll(more);
    return new HtmlReportCard(card, all, locale, source);
  }

  /**
   * Returns a copy that also draws the turn-the-curve chart of a series and its baseline; the
   * series' targets are drawn too.
   *
   * @param actuals the actual values, history and after
   * @param baseline the baseline made from the history
   * @return the copy
   */
  public HtmlReportCard withCurve(TimeSeries actuals, Baseline baseline) {
    return withCurves(List.of(new CurveReport.Curve(actuals, baseline)));
  }

  /**
   * Returns a copy that takes the curves' names in a locale's language where their labels have
   * it, such as Welsh ({@code Locale.forLanguageTag("cy")}), marked with their own {@code lang};
   * the document's own words stay English.
   *
   * @param reader the reader's locale
   * @return the copy
   */
  public HtmlReportCard withLocale(Locale reader) {
    return new HtmlReportCard(card, curves, reader, source);
  }

  /**
   * Returns a copy that states where the records came from, in the provenance.
   *
   * @param text such as {@code "Case records exported on 30 April 2026"}; not blank
   * @return the copy
   * @throws IllegalArgumentException if the text is blank
   */
  public HtmlReportCard withSource(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("report card source: expected a text, found a blank");
    }
    return new HtmlReportCard(card, curves, locale, Optional.of(text));
  }

  /**
   * Renders the document.
   *
   * @return the HTML document, beginning with {@code <!DOCTYPE html>} and ending with a newline
   */
  public String render() {
    StringBuilder html = new StringBuilder();
    String title = card.title() + ": report card " + Html.period(card.period());
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<main>\n");
    html.append("<h1>").append(Html.escape(card.title())).append("</h1>\n");
    html.append("<p class=\"lead\">Report card for ")
        .append(Html.escape(Html.period(card.period()) + " (" + Html.day(card.period().start())
            + " to " + Html.day(card.period().end()) + "), as of "
            + Html.day(card.asOf()) + "."))
        .append("</p>\n");
    about(html);
    legend(html);
    for (Section section : Section.values()) {
      if (section != Section.CHANGE_PROFILE) {
        section(html, section);
      }
    }
    changeProfiles(html);
    breakdowns(html);
    curves(html);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * Writes the document to a file, in UTF-8, whole or not at all ({@link AtomicFile}): a file
   * that exists is replaced only once the page is written; if writing fails, it is as it was.
   *
   * @param file the file, replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    AtomicFile.write(file, render());
  }

  private void about(StringBuilder html) {
    DisclosurePolicy policy = card.options().disclosure();
    html.append("<section aria-labelledby=\"about\">\n<h2 id=\"about\">About this report</h2>\n"
        + "<dl class=\"meta\">\n");
    meta(html, "Reporting period", Html.day(card.period().start()) + " to "
        + Html.day(card.period().end()) + " (" + card.period() + ")");
    meta(html, "As of", Html.day(card.asOf()) + " (" + card.asOf()
        + "): reviews and episodes after this date are not counted");
    meta(html, "Confidence intervals", "Wilson score intervals, "
        + Math.round(card.options().confidence() * 100) + "%, without continuity correction");
    meta(html, "Disclosure control", policyWords(policy));
    meta(html, "Provenance", source.map(s -> s + ". ").orElse("")
        + "Computed by oba from pseudonymous records: each person is judged first, then counts "
        + "are summed and every percent is computed from the summed counts as published; "
        + "disclosure control is applied to the whole card after aggregation, every table at "
        + "once.");
    html.append("</dl>\n</section>\n");
  }

  private static void meta(StringBuilder html, String term, String text) {
    html.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(text))
        .append("</dd>\n");
  }

  private static String policyWords(DisclosurePolicy policy) {
    if (policy.equals(DisclosurePolicy.NONE)) {
      return "none (policy \"none\"): every count is shown as it is.";
    }
    String name = policy.equals(DisclosurePolicy.DFE)
        ? "Department for Education children's social care statistics"
        : policy.equals(DisclosurePolicy.ONS_10_5) ? "ONS 10-5 rule"
        : policy.equals(DisclosurePolicy.STATS_WALES) ? "StatsWales" : "custom";
    return name + " (policy \"" + policy + "\"): " + policy.protection();
  }

  private void legend(StringBuilder html) {
    DisclosurePolicy policy = card.options().disclosure();
    html.append("<section aria-labelledby=\"marks\">\n<h2 id=\"marks\">Marks used in the "
        + "tables</h2>\n<table class=\"legend\">\n<caption>What the marks in the tables mean"
        + "</caption>\n<thead><tr><th scope=\"col\">Mark</th><th scope=\"col\">Meaning</th>"
        + "</tr></thead>\n<tbody>\n");
    html.append("<tr><th scope=\"row\">").append(Html.escape(policy.symbol()))
        .append("</th><td>Confidential: hidden to protect small numbers (GSS symbol); the page "
            + "does not say which hidden numbers are the small ones. Under this report's policy: ")
        .append(Html.escape(policy.equals(DisclosurePolicy.NONE) ? "nothing is hidden."
            : policyWords(policy))).append("</td></tr>\n");
    html.append("<tr><th scope=\"row\">").append(PercentCell.NO_VALUE)
        .append("</th><td>No value: the denominator is 0, so there is no percent (GSS "
            + "symbol for not applicable).</td></tr>\n");
    html.append("<tr><th scope=\"row\">")
        .append(Math.round(card.options().confidence() * 100)).append("% CI")
        .append("</th><td>The range the true percent is likely to lie in, given the number of "
            + "people counted (Wilson score interval).</td></tr>\n");
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private void section(StringBuilder html, Section section) {
    List<ReportLine> lines = card.lines().stream().filter(l -> l.section() == section).toList();
    if (lines.isEmpty() && section == Section.BASELINE_PROFILE) {
      return;
    }
    String id = "section-" + section.name().toLowerCase(Locale.ROOT).replace('_', '-');
    html.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id)
        .append("\">").append(Html.escape(section.title())).append("</h2>\n");
    if (lines.isEmpty()) {
      html.append("<p class=\"none\">This report card has no measures in this quadrant.</p>\n"
          + "</section>\n");
      return;
    }
    boolean proportions = lines.stream().anyMatch(l -> l.percent().isPresent());
    String ci = Math.round(card.options().confidence() * 100) + "% CI";
    html.append("<table class=\"data\">\n<caption>").append(Html.escape(section.title()))
        .append(proportions ? ": each percent with its numerator (#), denominator (of) and "
            + "interval" : ": counts").append("</caption>\n<thead><tr><th scope=\"col\">Measure"
            + "</th>");
    List<String> columns = proportions
        ? List.of("#", "of", "%", ci, "assessed", "not paired", "excluded", "not eligible",
            "role")
        : List.of("#", "role");
    columns.forEach(c -> html.append("<th scope=\"col\">").append(Html.escape(c))
        .append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (ReportLine line : lines) {
      html.append("<tr><th scope=\"row\">").append(Html.escape(line.name())).append("</th>");
      html.append(cell(line.number()));
      if (proportions) {
        html.append(optional(line.denominator()));
        html.append(line.percent().map(this::percent).orElse("<td></td>"));
        html.append(interval(line.interval()));
        html.append(optional(line.assessed()));
        html.append(optional(line.notPaired()));
        html.append(optional(line.excluded()));
        html.append(optional(line.notEligible()));
      }
      html.append("<td>").append(Html.escape(line.role().map(r -> r.name()
          .toLowerCase(Locale.ROOT).replace('_', ' ')).orElse(""))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private String optional(Optional<Cell> cell) {
    return cell.map(this::cell).orElse("<td></td>");
  }

  private static String interval(Optional<Interval> interval) {
    return "<td class=\"num\">" + interval.map(i -> Html.escape(i.toPercentText()))
        .orElse("") + "</td>";
  }

  /** A count cell: the number, or the policy's symbol with its meaning. */
  private String cell(Cell cell) {
    if (!cell.isHidden()) {
      return "<td class=\"num\">" + Html.escape(cell.text()) + "</td>";
    }
    return "<td class=\"num hidden\">" + mark(cell.status(), cell.text()) + "</td>";
  }

  private String percent(PercentCell percent) {
    if (!percent.isHidden()) {
      return "<td class=\"num\">" + Html.escape(percent.text()) + "</td>";
    }
    return "<td class=\"num hidden\">" + mark(percent.status(), percent.text()) + "</td>";
  }

  private static String mark(CellStatus status, String symbol) {
    String meaning = status == CellStatus.NO_DENOMINATOR ? "No value: the denominator is 0"
        : "Confidential: hidden to protect small numbers";
    String kind = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return "<abbr class=\"mark " + kind + "\" title=\"" + Html.escape(meaning) + "\">"
        + Html.escape(symbol) + "</abbr>";
  }

  /**
   * Change profiles: a transition matrix (baseline level against later level) or a summary of
   * change, under the card's disclosure policy, as the text card shows them.
   */
  private void changeProfiles(StringBuilder html) {
    if (card.changeProfiles().isEmpty()) {
      return;
    }
    html.append("<section aria-labelledby=\"section-change-profile\">\n"
        + "<h2 id=\"section-change-profile\">").append(Html.escape(
            Section.CHANGE_PROFILE.title())).append("</h2>\n");
    for (ChangeProfile profile : card.changeProfiles()) {
      html.append("<h3>").append(Html.escape(profile.name())).append("</h3>\n");
      ControlledTable controlled = profile.table();
      if (profile.isTransitions()) {
        List<String> levels = controlled.rows();
        html.append("<table class=\"data\">\n<caption>").append(Html.escape(profile.name()))
            .append(": level at baseline (rows) against level later (columns)</caption>\n"
                + "<thead><tr><th scope=\"col\">Baseline \\ later</th>");
        levels.forEach(l -> html.append("<th scope=\"col\">").append(Html.escape(l))
            .append("</th>"));
        html.append("<th scope=\"col\">All</th></tr></thead>\n<tbody>\n");
        for (int from = 0; from < levels.size(); from++) {
          html.append("<tr><th scope=\"row\">").append(Html.escape(levels.get(from)))
              .append("</th>");
          for (int to = 0; to < levels.size(); to++) {
            html.append(cell(controlled.cell(from, to)));
          }
          html.append(cell(controlled.rowTotal(from))).append("</tr>\n");
        }
        html.append("<tr class=\"total\"><th scope=\"row\">All</th>");
        for (int to = 0; to < levels.size(); to++) {
          html.append(cell(controlled.columnTotal(to)));
        }
        html.append(cell(controlled.total())).append("</tr>\n</tbody>\n</table>\n");
      } else {
        MeanCell change = profile.meanChange().orElseThrow();
        String mean = change.isHidden()
            ? "<td class=\"num hidden\">" + mark(change.status(), change.text()) + "</td>"
            : "<td class=\"num\">" + Html.escape(change.text()) + "</td>";
        html.append("<table class=\"data\">\n<caption>").append(Html.escape(profile.name()))
            .append(": people paired and their mean change (positive is better)</caption>\n"
                + "<thead><tr><th scope=\"col\">Paired</th><th scope=\"col\">Mean change</th>"
                + "</tr></thead>\n<tbody>\n<tr>").append(cell(profile.paired())).append(mean)
            .append("</tr>\n</tbody>\n</table>\n");
      }
    }
    html.append("</section>\n");
  }

  private void breakdowns(StringBuilder html) {
    if (card.tables().isEmpty()) {
      return;
    }
    html.append("<section aria-labelledby=\"breakdowns\">\n<h2 id=\"breakdowns\">Breakdowns"
        + "</h2>\n<p>Totals are counted from the records, not summed from the rows: a family "
        + "that moved may count in two rows and once in the total.</p>\n");
    Set<String> used = new HashSet<>();
    for (BreakdownTable table : card.tables()) {
      String name = card.line(table.measure()).map(ReportLine::name).orElse(table.measure());
      String id = "table-" + (table.measure() + "-" + table.breakdown())
          .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      while (!used.add(id)) {
        id = id + "-x";
      }
      html.append("<h3 id=\"").append(id).append("\">").append(Html.escape(name + " by "
          + table.breakdown())).append("</h3>\n");
      html.append("<table class=\"data\">\n<caption>")
          .append(Html.escape(name + " by " + table.breakdown()))
          .append("</caption>\n<thead><tr><th scope=\"col\">")
          .append(Html.escape(table.breakdown())).append("</th>");
      String ci = Math.round(card.options().confidence() * 100) + "% CI";
      List<String> columns = table.isProportion() ? List.of("#", "of", "%", ci) : List.of("#");
      columns.forEach(c -> html.append("<th scope=\"col\">").append(Html.escape(c))
          .append("</th>"));
      html.append("</tr></thead>\n<tbody>\n");
      for (BreakdownTable.Row row : table.rows()) {
        html.append("<tr><th scope=\"row\">").append(Html.escape(row.key()))
            .append("</th>");
        breakdownRow(html, table, row);
        html.append("</tr>\n");
      }
      html.append("<tr class=\"total\"><th scope=\"row\">Total</th>");
      breakdownRow(html, table, table.total());
      html.append("</tr>\n</tbody>\n</table>\n");
    }
    html.append("</section>\n");
  }

  /** A row's published cells: its count, or its numerator, denominator, percent and interval. */
  private void breakdownRow(StringBuilder html, BreakdownTable table, BreakdownTable.Row row) {
    if (!table.isProportion()) {
      html.append(cell(row.total()));
      return;
    }
    html.append(cell(row.cells().get(0))).append(cell(row.total()));
    if (row.percent().isPresent()) {
      html.append(percent(row.percent().get())).append(interval(row.interval()));
    } else {
      html.append("<td></td><td></td>");
    }
  }

  private void curves(StringBuilder html) {
    if (curves.isEmpty()) {
      return;
    }
    html.append("<section aria-labelledby=\"curves\">\n<h2 id=\"curves\">Turning the curve"
        + "</h2>\n<p>Each chart shows a measure's history, the baseline forecast of where it "
        + "goes if nothing changes (with its prediction interval), the actual values since, and "
        + "the target where there is one. Turning the curve means doing better than the "
        + "forecast. A table of each chart's data follows it.</p>\n");
    Set<String> used = new HashSet<>();
    for (int i = 0; i < curves.size(); i++) {
      CurveSvg chart = CurveSvg.of(curves.get(i)).withLocale(locale);
      String id = chart.id();
      while (!used.add(id)) {
        id = id + "-" + (i + 1);
      }
      chart = chart.withId(id);
      html.append("<h3>").append(Html.label(curves.get(i).actuals().name(), locale))
          // The chart's title names it and its desc describes it; the caption only points on.
          .append("</h3>\n<figure>\n").append(chart.render()).append("<figcaption>")
          .append(Html.escape(chart.title())).append(": history, baseline forecast and actual "
              + "values; the table below gives every value.</figcaption>\n</figure>\n")
          .append(chart.table());
    }
    html.append("</section>\n");
  }

  /** Returns the card's title and period, and the number of curves. */
  @Override
  public String toString() {
    return "HtmlReportCard[" + card.title() + ", " + card.period() + ", " + curves.size()
        + " curves]";
  }
}
