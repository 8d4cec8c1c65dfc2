package org.obaframework.examples.html;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.CurveReport;
import org.obaframework.core.curve.Scenario;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.PerformanceMeasure;
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
 * A report card as one self-contained, accessible HTML5 document that a board would read: the
 * one-page card first, then the breakdowns, then the annex.
 *
 * <ul>
 *   <li><b>The card</b>: the four OBA quadrants as a 2 x 2 grid (how much did we do, how well
 *       did we do it, is anyone better off in number and in percent), headline measures first,
 *       each with its figure, a bar with its confidence interval and, where history is given, a
 *       small turn-the-curve chart with its verdict; secondary measures listed; the profile of
 *       the people served at the start. An A4 print style sheet keeps it on one page.
 *   <li><b>Breakdowns</b>: one compact matrix per breakdown (measures by local authority, or by
 *       the breakdown's keys), with the marks of disclosure control and their legend.
 *   <li><b>The annex</b>: the full tables with every count and interval, the change profiles,
 *       every breakdown row with its interval, the full turn-the-curve charts with their data
 *       tables, the method (period, as-of date, rules, intervals, disclosure policy, provenance),
 *       the codes behind the names, and the text not yet translated.
 * </ul>
 *
 * <pre>{@code
 * String html = HtmlReportCard.of(card)
 *     .withLabels(CardLabels.of(framework, measures))
 *     .withHistory(earlierCards)                     // curves of the headline measures
 *     .withLocale(Locale.forLanguageTag("cy"))       // in Welsh
 *     .withSource("Case records exported on 30 April 2026")
 *     .render();
 * }</pre>
 *
 * <p>Names come from the framework ({@link CardLabels}), never raw codes; each code is on hover
 * and in the annex. In Welsh every heading, legend, verdict and label is Welsh where the
 * framework and the message bundle have it; text with no Welsh yet is shown in English, marked
 * "(en)" with {@code lang="en"}, and listed in the annex: never silently English. In Welsh and
 * English ({@link #withLanguages}), as the Welsh Language Standards expect, one bilingual
 * document gives every text in both languages, the first first, each in an element with its
 * {@code lang}, and each figure once; or two documents, one per language, link to each other
 * ({@link #withTranslation}).
 *
 * <p>The document makes no external request: its style sheet is inline and it has no scripts,
 * fonts or images to fetch; charts are inline SVG, each with a title, a description of every
 * value and a data table. Tables have captions and scoped header cells; wide tables scroll
 * within a focusable region, so the page never scrolls sideways. Hidden cells show their symbol
 * (such as {@code [c]}), never a colour alone. Every figure carries {@code data-measure}, {@code
 * data-breakdown}, {@code data-key} and {@code data-cell} attributes naming the published cell it
 * shows. Only what the card may publish is shown: cells after disclosure control, never the
 * tallies behind them. All text is HTML-escaped. Output is deterministic. Needs neither picocli
 * nor a logging backend. Immutable and thread-safe.
 */
public final class HtmlReportCard {
  /** The width of a small curve on the card, in CSS pixels. */
  static final int SMALL_WIDTH = 240;
  /** The height of a small curve on the card, in CSS pixels. */
  static final int SMALL_HEIGHT = 84;
  static final String STYLE = String.join("\n",
      "*,*::before,*::after{box-sizing:border-box}",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "color:#1a1a1a;background:#ffffff;margin:0;line-height:1.4}",
      "main{max-width:78rem;margin:0 auto;padding:1rem 1.25rem}",
      "h1{font-size:1.6rem;margin:0}",
      "h2{font-size:1.3rem;margin:1.6rem 0 .5rem;color:#1d4e89}",
      "h3{font-size:1.05rem;margin:1.2rem 0 .4rem}",
      "h4{font-size:1rem;margin:1rem 0 .3rem}",
      "p.lead{margin:.2rem 0 .6rem}",
      ".card-head{border-bottom:3px solid #1d4e89;padding-bottom:.3rem;margin-bottom:.6rem}",
      ".quadrants{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.6rem}",
      ".quadrant{border:1px solid #8a8a8a;border-top:4px solid #1d4e89;padding:.4rem .7rem"
          + " .5rem;min-width:0}",
      ".quadrant h2{font-size:1.1rem;margin:0 0 .2rem;color:#1a1a1a}",
      ".axis{display:block;font-size:.75rem;font-weight:normal;text-transform:uppercase;"
          + "letter-spacing:.04em;color:#4d4d4d}",
      ".tile{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:0 .8rem;"
          + "border-top:1px solid #cccccc;padding:.35rem 0}",
      ".tile h3{grid-column:1/-1;font-size:.95rem;margin:0 0 .1rem}",
      ".tile .verdict{grid-column:1/-1}",
      ".figure{margin:0}",
      ".big{font-size:1.9rem;font-weight:700;line-height:1.15;margin-right:.4rem}",
      ".of,.ci,.verdict{font-size:.85rem}",
      ".ci{margin:0}",
      ".verdict{margin:.1rem 0 0}",
      "figure.small{margin:0}",
      "svg.bar{display:block;margin:.2rem 0 .1rem}",
      "svg.small-curve{display:block;max-width:100%;height:auto}",
      "ul.secondary{list-style:none;margin:.2rem 0 0;padding:0;border-top:1px solid #cccccc}",
      "ul.secondary li{display:flex;justify-content:space-between;gap:.6rem;"
          + "padding:.15rem 0;border-bottom:1px dotted #b3b3b3;font-size:.9rem}",
      "ul.secondary li.headline{font-weight:700}",
      ".value{white-space:nowrap;text-align:right}",
      ".value small,.nd{font-size:.8rem;font-weight:normal;white-space:nowrap}",
      "p.none{font-style:italic;margin:.3rem 0}",
      ".profile{margin-top:.6rem;border:1px solid #8a8a8a;padding:.3rem .7rem}",
      ".profile h2{font-size:1rem;margin:0 0 .2rem;color:#1a1a1a}",
      ".profile ul{columns:2 20rem;margin:0;padding:0;list-style:none}",
      ".profile li{break-inside:avoid;display:flex;justify-content:space-between;gap:.6rem;"
          + "font-size:.85rem;border-bottom:1px dotted #b3b3b3}",
      "p.card-key{font-size:.8rem;margin:.4rem 0 0}",
      ".scroll{max-width:100%;overflow-x:auto}",
      ".scroll:focus{outline:3px solid #1d4e89;outline-offset:2px}",
      "table{border-collapse:collapse;margin:.3rem 0 .8rem;font-variant-numeric:tabular-nums}",
      "caption{text-align:left;font-weight:bold;padding:.3rem 0}",
      "th,td{border:1px solid #8a8a8a;padding:.25rem .45rem;vertical-align:top}",
      "thead th{background:#e8eef6;text-align:left}",
      "tbody th{text-align:left;font-weight:normal}",
      "td.num{text-align:right;white-space:nowrap}",
      "table.matrix td .nd{display:block}",
      "table.matrix thead th{white-space:nowrap}",
      "tr.total th,tr.total td{font-weight:bold;border-top:2px solid #1a1a1a}",
      "abbr.mark{font-weight:bold;text-decoration:underline dotted;cursor:help}",
      ".hidden{background:#f2f2f2}",
      ".untranslated{font-style:italic}",
      ".mark-en{font-size:.75rem;color:#4d4d4d}",
      ".sep{color:#595959}",
      ".l2{color:#333333}",
      "p.other-language{margin:0 0 .3rem;font-size:.9rem}",
      "dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem}",
      "dl.meta dt{font-weight:bold}",
      "dl.meta dd{margin:0}",
      "figure.chart{margin:1rem 0}",
      "figcaption{font-size:.95rem;margin-top:.3rem}",
      "p.note{font-style:italic}",
      "svg.curve{max-width:100%;height:auto;border:1px solid #cccccc}",
      "summary{cursor:pointer;font-weight:bold;padding:.3rem 0}",
      "code{overflow-wrap:anywhere}",
      "@media (max-width:52rem){.quadrants{grid-template-columns:minmax(0,1fr)}}",
      "@media (max-width:30rem){main{padding:.6rem}.tile{grid-template-columns:minmax(0,1fr)}"
          + "dl.meta{grid-template-columns:minmax(0,1fr)}}",
      "@page{size:A4;margin:10mm}",
      "@media print{body{font-size:8.5pt;line-height:1.25}main{max-width:none;padding:0}"
          + ".card{break-after:page}.quadrants{grid-template-columns:repeat(2,minmax(0,1fr))}"
          + ".big{font-size:1.45rem}h1{font-size:1.3rem}h2{break-after:avoid}"
          + "svg.small-curve{width:180px}.of,.ci,.verdict,ul.secondary li,.profile li"
          + "{font-size:7.5pt}.quadrant h2{font-size:10pt}.axis{font-size:6.5pt}"
          + "p.lead,p.card-key{font-size:7.5pt}.tile{padding:.15rem 0}.tile h3{font-size:8.5pt}"
          + ".quadrant{padding:.2rem .5rem}.card-head{margin-bottom:.3rem}"
          + "table,figure{break-inside:avoid}.scroll{overflow:visible}"
          + ".scroll:focus{outline:none}}",
      // A bilingual card has twice the words: smaller print keeps it on one A4 page.
      "@media print{.bilingual{font-size:7.4pt}.bilingual .of,.bilingual .ci,.bilingual"
          + " .verdict,.bilingual ul.secondary li,.bilingual .profile li,.bilingual p.lead,"
          + ".bilingual p.card-key{font-size:6.6pt}.bilingual .tile h3{font-size:7.4pt}"
          + ".bilingual .quadrant h2{font-size:8.5pt}.bilingual .big{font-size:1.2rem}"
          + ".bilingual svg.small-curve{width:150px}.bilingual h1{font-size:1.1rem}}");

  private final ReportCard card;
  private final List<CurveReport.Curve> curves;
  private final List<Locale> languages;
  private final Optional<String> source;
  private final CardLabels labels;
  private final Optional<Translation> translation;

  private HtmlReportCard(ReportCard card, List<CurveReport.Curve> curves,
      List<Locale> languages, Optional<String> source, CardLabels labels,
      Optional<Translation> translation) {
    this.card = card;
    this.curves = List.copyOf(curves);
    this.languages = List.copyOf(languages);
    this.source = source;
    this.labels = labels;
    this.translation = translation;
  }

  /**
   * Returns the HTML rendering of a report card, in English, without curves, its names as the
   * card gives them.
   *
   * @param card the report card
   * @return the renderer
   */
  public static HtmlReportCard of(ReportCard card) {
    return new HtmlReportCard(card, List.of(), List.of(Locale.UK), Optional.empty(),
        CardLabels.none(), Optional.empty());
  }

  /**
   * Returns a copy that names measures, breakdowns, keys and levels from the framework, in the
   * reader's language.
   *
   * @param names the labels
   * @return the copy
   */
  public HtmlReportCard withLabels(CardLabels names) {
    return new HtmlReportCard(card, curves, languages, source, names, translation);
  }

  /**
   * Returns a copy that also draws these turn-the-curve charts: small on the card beside a
   * headline measure of the same code, in full in the annex.
   *
   * @param more the curves, in order
   * @return the copy
   */
  public HtmlReportCard withCurves(List<CurveReport.Curve> more) {
    List<CurveReport.Curve> all = new ArrayList<>(curves);
    all.addAll(more);
    return new HtmlReportCard(card, all, languages, source, labels, translation);
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
   * Returns a copy that draws the curve of each headline measure from the cards of earlier
   * periods of the same records, as {@link #withHistory(TimeSeries)} draws one from its history.
   * The measure's polarity is the framework's (see {@link #withLabels}), else higher is better.
   *
   * @param earlier the cards of earlier periods, in order, each with the headline measures
   * @return the copy
   * @throws org.obaframework.core.ValidationException if a card lacks a headline measure, or the
   *     periods overlap, are out of order or do not end before this card's
   */
  public HtmlReportCard withHistory(List<ReportCard> earlier) {
    if (earlier.isEmpty()) {
      return this;
    }
    HtmlReportCard with = this;
    for (ReportLine line : card.lines()) {
      if (isHeadline(line) && line.section() != Section.BASELINE_PROFILE) {
        with = with.withHistory(TimeSeries.fromReportCards(line.code(),
            labels.polarity(line.code()), earlier));
      }
    }
    return with;
  }

  /**
   * Returns a copy that draws a measure's curve from its history: the history's values (from
   * earlier report cards, or a series file) make a linear-trend baseline, made on the last day
   * of the history, and this card's value of the measure (of the same code) is judged against
   * its forecast for the card's period. A value the card hides is a gap, never guessed.
   *
   * @param history the measure's values of periods before the card's, with its polarity
   * @return the copy
   * @throws IllegalArgumentException if the card has no line of the series' code, or the series
   *     is not in percent for a proportion, or is in percent for a count
   * @throws org.obaframework.core.ValidationException if the history's periods do not end before
   *     the card's period
   */
  public HtmlReportCard withHistory(TimeSeries history) {
    ReportLine line = card.line(history.code()).orElseThrow(() -> new IllegalArgumentException(
        "history: expected a series of a measure of the card, found one of code "
            + org.obaframework.core.Redaction.code(history.code())));
    if (line.isProportion() != (history.unit() == org.obaframework.core.curve.SeriesUnit.PERCENT)) {
      throw new IllegalArgumentException("history of " + org.obaframework.core.Redaction.code(
          line.code()) + ": expected a series in " + (line.isProportion() ? "percent" : "a count")
          + " as the card's line, found one in " + history.unit());
    }
    TimeSeries now = TimeSeries.fromReportCards(line.code(), history.polarity(), List.of(card));
    Label name = labels.measure(line.code()).orElse(history.name());
    TimeSeries all = TimeSeries.builder().from(history).name(name)
        .addAllPoints(now.points()).addAllGaps(now.gaps()).build();
    TimeSeries before = TimeSeries.builder().from(history).name(name).build();
    LocalDate madeOn = history.points().stream().map(p -> p.period().end())
        .max(LocalDate::compareTo).orElse(card.period().start().minusDays(1));
    return withCurves(List.of(new CurveReport.Curve(all, Baseline.of(before,
        Scenario.linearTrend(), List.of(card.period()), card.options().confidence(), madeOn))));
  }

  private static boolean isHeadline(ReportLine line) {
    return line.role().map(r -> r == MeasureRole.HEADLINE).orElse(false);
  }

  /**
   * Returns a copy in a reader's language: Welsh for {@code Locale.forLanguageTag("cy")}, with
   * {@code lang="cy"}, every heading, legend, verdict and label in Welsh where the bundle and the
   * framework have it; English otherwise.
   *
   * @param reader the reader's locale
   * @return the copy
   */
  public HtmlReportCard withLocale(Locale reader) {
    return withLanguages(List.of(reader));
  }

  /**
   * Returns a copy in one language, as {@link #withLocale}, or in two: one bilingual document,
   * the first language first, as the Welsh Language Standards expect of a document published in
   * Welsh and English ({@code List.of(Locale.forLanguageTag("cy"), Locale.UK)} puts Welsh
   * first). Every heading, label, legend, verdict and measure name is given in both languages,
   * "Welsh / English", each in an element with its {@code lang} so that a screen reader switches
   * voice; the document's {@code lang} is the first language's. Figures appear once. Text with
   * no translation is given once, in English, marked "(en)" and listed in the annex.
   *
   * @param readers one or two locales of different languages (Welsh, English), in order
   * @return the copy
   * @throws IllegalArgumentException if there are none, more than two, or two of one language
   */
  public HtmlReportCard withLanguages(List<Locale> readers) {
    Words.of(readers);   // checks them
    return new HtmlReportCard(card, curves, readers, source, labels, translation);
  }

  /**
   * Returns a copy that links to the same card in another language, a document of its own (one
   * of a pair of linked documents, each complete in its language): a link at the top of the
   * card, in the other language's words ("Read this report card in English" on the Welsh page,
   * "Darllenwch y cerdyn adroddiad hwn yn Gymraeg" on the English one), with its {@code
   * hreflang} and {@code lang}. The page still fetches nothing: the link is followed only when
   * the reader chooses it.
   *
   * @param language the other document's language
   * @param href the other document's address, relative to this one's, such as {@code
   *     card.en.html}
   * @return the copy
   * @throws IllegalArgumentException if the address is blank, or the language is this page's
   */
  public HtmlReportCard withTranslation(Locale language, String href) {
    return new HtmlReportCard(card, curves, languages, source, labels,
        Optional.of(Translation.of(language, href, languages, "report card")));
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
    return new HtmlReportCard(card, curves, languages, Optional.of(text), labels,
        translation);
  }

  /**
   * Returns the curves drawn.
   *
   * @return the curves, in order
   */
  public List<CurveReport.Curve> curves() {
    return curves;
  }

  /**
   * Renders the document.
   *
   * @return the HTML document, beginning with {@code <!DOCTYPE html>} and ending with a newline
   */
  public String render() {
    return new Page(Words.of(languages)).render();
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

  /** Returns the card's title and period, and the number of curves. */
  @Override
  public String toString() {
    return "HtmlReportCard[" + card.title() + ", " + card.period() + ", " + curves.size()
        + " curves, " + String.join("+", languages.stream().map(Locale::toLanguageTag)
            .toList()) + "]";
  }

  /**
   * The start of a page of oba's, up to and with {@code <main>}: the document's language (the
   * first of two), its title, the style, and the {@code bilingual} class for two languages.
   */
  static String start(Words words, String title) {
    return "<!DOCTYPE html>\n<html lang=\"" + words.language() + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + Html.escape(title) + "</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n"
        + "<main" + (words.isBilingual() ? " class=\"bilingual\"" : "") + ">\n";
  }

  /** The four quadrants of the card. */
  private enum Quadrant {
    HOW_MUCH, HOW_WELL, BETTER_OFF_NUMBER, BETTER_OFF_PERCENT
  }

  /** One rendering: its words, the ids given, the charts drawn. */
  private final class Page {
    private final Words words;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, CurveSvg> charts = new LinkedHashMap<>();

    Page(Words words) {
      this.words = words;
      for (CurveReport.Curve curve : curves) {
        CurveSvg chart = CurveSvg.of(curve).withLocale(words.locale());
        chart = chart.withId(id(chart.id()));
        charts.putIfAbsent(curve.actuals().code(), chart);
        charts.putIfAbsent(chart.id(), chart);
      }
    }

    /** The name of the intervals' column, such as {@code 95% CI}, in one language. */
    private String ci(Words words) {
      return words.plain("column.ci", Math.round(card.options().confidence() * 100));
    }

    /** The name of the intervals' column as HTML, in each language. */
    private String ciHtml() {
      return words.each(w -> Html.escape(ci(w)));
    }

    String render() {
      StringBuilder body = new StringBuilder();
      card(body);
      breakdowns(body);
      StringBuilder annex = new StringBuilder();
      annex(annex);
      StringBuilder html = new StringBuilder();
      html.append(start(words, words.eachPlain(w -> w.plain("page.title",
              w.plainEnglish(card.title(), "title"), w.period(card.period())))))
          .append(body).append(legend()).append(annex);
      html.append("</main>\n</body>\n</html>\n");
      return html.toString();
    }

    private String id(String wanted) {
      String id = wanted;
      for (int i = 2; !ids.add(id); i++) {
        id = wanted + "-" + i;
      }
      return id;
    }

    // --- the card ---

    private void card(StringBuilder html) {
      html.append("<section class=\"card\" id=\"card\" aria-labelledby=\"card-title\">\n"
          + "<div class=\"card-head\">\n");
      translation.ifPresent(t -> html.append(t.link("page.otherLanguage")));
      html.append("<h1 id=\"card-title\">").append(words.english(card.title(), "title"))
          .append("</h1>\n<p class=\"lead\">").append(words.each(w -> w.html("card.lead",
              w.period(card.period()), w.day(card.period().start()),
              w.day(card.period().end()), w.day(card.asOf()))))
          .append("</p>\n</div>\n<div class=\"quadrants\">\n");
      for (Quadrant quadrant : Quadrant.values()) {
        quadrant(html, quadrant);
      }
      html.append("</div>\n");
      baselineProfile(html);
      html.append("<p class=\"card-key\">").append(keyLine()).append(' ')
          .append(words.html("card.more")).append("</p>\n</section>\n");
    }

    private String keyLine() {
      DisclosurePolicy policy = card.options().disclosure();
      StringBuilder key = new StringBuilder();
      if (!policy.equals(DisclosurePolicy.NONE)) {
        key.append("<b>").append(Html.escape(policy.symbol())).append("</b> ")
            .append(words.html("mark.hidden")).append(". ");
      }
      key.append("<b>").append(PercentCell.NO_VALUE).append("</b> ")
          .append(words.html("mark.noValue")).append(". ")
          .append(words.html("method.disclosure")).append(": ")
          .append(words.each(w -> Html.escape(policyName(w, policy)))).append('.');
      return key.toString();
    }

    private List<ReportLine> linesOf(Quadrant quadrant) {
      List<ReportLine> in = new ArrayList<>();
      for (ReportLine line : card.lines()) {
        boolean fits = switch (quadrant) {
          case HOW_MUCH -> line.section() == Section.HOW_MUCH;
          case HOW_WELL -> line.section() == Section.HOW_WELL;
          case BETTER_OFF_NUMBER -> line.section() == Section.BETTER_OFF;
          case BETTER_OFF_PERCENT -> line.section() == Section.BETTER_OFF
              && line.isProportion();
        };
        if (fits) {
          in.add(line);
        }
      }
      // Headline measures first, in the card's order.
      List<ReportLine> ordered = new ArrayList<>(in.stream().filter(HtmlReportCard::isHeadline)
          .toList());
      in.stream().filter(l -> !isHeadline(l)).forEach(ordered::add);
      return ordered;
    }

    private void quadrant(StringBuilder html, Quadrant quadrant) {
      String id = "q-" + quadrant.name().toLowerCase(Locale.ROOT).replace('_', '-');
      html.append("<section class=\"quadrant\" aria-labelledby=\"").append(id)
          .append("\">\n<h2 id=\"").append(id).append("\"><span class=\"axis\">")
          .append(words.html("quadrant.axis." + quadrant.name())).append("</span> ")
          .append(words.html("quadrant." + quadrant.name())).append("</h2>\n");
      List<ReportLine> lines = linesOf(quadrant);
      if (lines.isEmpty()) {
        html.append("<p class=\"none\">").append(words.html("card.noMeasures"))
            .append("</p>\n</section>\n");
        return;
      }
      List<ReportLine> listed = new ArrayList<>();
      for (ReportLine line : lines) {
        if (isHeadline(line) && quadrant != Quadrant.BETTER_OFF_NUMBER) {
          tile(html, line, quadrant == Quadrant.BETTER_OFF_PERCENT || line.isProportion());
        } else {
          listed.add(line);
        }
      }
      if (!listed.isEmpty()) {
        html.append("<ul class=\"secondary\">\n");
        for (ReportLine line : listed) {
          boolean number = quadrant == Quadrant.BETTER_OFF_NUMBER || !line.isProportion();
          html.append("<li").append(isHeadline(line) ? " class=\"headline\"" : "")
              .append(">").append(name(line, "span")).append("<span class=\"value\">");
          if (number) {
            html.append(span(line.number(), cellData(line.code(), "number")));
          } else {
            html.append(percentSpan(line, "")).append(" <small>")
                .append(ofCounts(line)).append("</small>");
          }
          html.append("</span></li>\n");
        }
        html.append("</ul>\n");
      }
      html.append("</section>\n");
    }

    /** A measure's name, with its code on hover, in an element. */
    private String name(ReportLine line, String element) {
      return name(line, element, "");
    }

    private String name(ReportLine line, String element, String attributes) {
      return "<" + element + attributes + " class=\"name\" title=\"" + Html.escape(
          words.plain("card.code", line.code())) + "\">" + measureName(words, line.code(),
          line.name()) + "</" + element + ">";
    }

    /** A measure's name as HTML, from the framework, else as the card gives it, marked. */
    private String measureName(Words words, String code, String given) {
      return labels.measure(code).map(l -> words.label(l, code))
          .orElse(words.english(given, code));
    }

    private void tile(StringBuilder html, ReportLine line, boolean percent) {
      html.append("<article class=\"tile\">\n").append(name(line, "h3")).append('\n')
          .append("<div class=\"figure-block\">\n<p class=\"figure\">");
      if (percent && line.percent().isPresent()) {
        html.append(percentSpan(line, "big")).append("<span class=\"of\">")
            .append(ofCounts(line)).append("</span></p>\n");
        PercentCell cell = line.percent().get();
        if (!cell.isHidden() && cell.value().isPresent()) {
          html.append(bar(cell.value().getAsDouble(), line.interval()));
        }
        line.interval().ifPresent(i -> html.append("<p class=\"ci\">")
            .append(words.withFigures(w -> w.html("card.interval", ci(w), Words.figure(0)),
                "<span" + cellData(line.code(), "interval") + ">"
                    + Html.escape(i.toPercentText()) + "</span>"))
            .append("</p>\n"));
      } else {
        html.append(span(line.number(), cellData(line.code(), "number"), "big"))
            .append("</p>\n");
      }
      html.append("</div>\n");
      CurveSvg chart = charts.get(line.code());
      if (chart != null) {
        html.append("<figure class=\"small\">\n")
            .append(chart.small(words, SMALL_WIDTH, SMALL_HEIGHT))
            .append("</figure>\n<p class=\"verdict\">");
        Optional<org.obaframework.core.curve.Verdict> verdict = chart.lastVerdict();
        if (verdict.isPresent()) {
          html.append(CurveSvg.verdictHtml(verdict.get(), words));
        } else {
          html.append(words.each(w -> w.html("curve.noForecast", "") + w.english(
              chart.baselineShortfall(), line.code())));
        }
        html.append(" <a href=\"#").append(chart.id()).append("-data\">")
            .append(words.html("card.curveData")).append("</a></p>\n");
      }
      html.append("</article>\n");
    }

    /** The bar of a percent with its interval: drawn for the eye, the text beside it says it. */
    private String bar(double percent, Optional<Interval> interval) {
      double width = 160;
      double x = width * Math.max(0, Math.min(100, percent)) / 100;
      StringBuilder svg = new StringBuilder("<svg class=\"bar\" aria-hidden=\"true\" "
          + "focusable=\"false\" width=\"160\" height=\"16\" viewBox=\"0 0 160 16\">"
          + "<rect x=\"0\" y=\"4\" width=\"160\" height=\"8\" fill=\"#e6e6e6\" "
          + "stroke=\"#767676\" stroke-width=\"0.5\"/><rect x=\"0\" y=\"4\" width=\"")
          .append(Html.coordinate(x)).append("\" height=\"8\" fill=\"#1d4e89\"/>");
      interval.ifPresent(i -> {
        String lower = Html.coordinate(width * i.lower());
        String upper = Html.coordinate(width * i.upper());
        svg.append("<line x1=\"").append(lower).append("\" y1=\"8\" x2=\"").append(upper)
            .append("\" y2=\"8\" stroke=\"#1a1a1a\" stroke-width=\"1.5\"/>")
            .append("<line x1=\"").append(lower).append("\" y1=\"1\" x2=\"").append(lower)
            .append("\" y2=\"15\" stroke=\"#1a1a1a\" stroke-width=\"1.5\"/>")
            .append("<line x1=\"").append(upper).append("\" y1=\"1\" x2=\"").append(upper)
            .append("\" y2=\"15\" stroke=\"#1a1a1a\" stroke-width=\"1.5\"/>");
      });
      return svg.append("</svg>\n").toString();
    }

    private String ofCounts(ReportLine line) {
      return words.withFigures(w -> w.html("card.figureOf", Words.figure(0), Words.figure(1)),
          span(line.number(), cellData(line.code(), "number")),
          line.denominator().map(d -> span(d, cellData(line.code(), "denominator")))
              .orElse(""));
    }

    private String percentSpan(ReportLine line, String cls) {
      PercentCell percent = line.percent().orElseThrow();
      return "<span" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"")
          + cellData(line.code(), "percent") + ">" + content(percent) + "</span>";
    }

    private void baselineProfile(StringBuilder html) {
      List<ReportLine> lines = card.lines().stream()
          .filter(l -> l.section() == Section.BASELINE_PROFILE).toList();
      if (lines.isEmpty()) {
        return;
      }
      html.append("<section class=\"profile\" aria-labelledby=\"q-profile\">\n"
          + "<h2 id=\"q-profile\">").append(words.html("card.baselineProfile"))
          .append("</h2>\n<ul>\n");
      for (ReportLine line : lines) {
        html.append("<li>").append(name(line, "span")).append("<span class=\"value\">");
        if (line.isProportion()) {
          html.append("<b>").append(percentSpan(line, "")).append("</b> <small>")
              .append(ofCounts(line)).append("</small>");
        } else {
          html.append(span(line.number(), cellData(line.code(), "number")));
        }
        html.append("</span></li>\n");
      }
      html.append("</ul>\n</section>\n");
    }

    // --- cells ---

    private String cellData(String measure, String cell) {
      return data(measure, "", BreakdownTable.TOTAL, cell);
    }

    private String data(String measure, String breakdown, String key, String cell) {
      return " data-measure=\"" + Html.escape(measure) + "\""
          + (breakdown.isEmpty() ? "" : " data-breakdown=\"" + Html.escape(breakdown) + "\"")
          + " data-key=\"" + Html.escape(key) + "\" data-cell=\"" + cell + "\"";
    }

    private String span(Cell cell, String data) {
      return span(cell, data, "");
    }

    private String span(Cell cell, String data, String cls) {
      String classes = (cls + (cell.isHidden() ? " hidden" : "")).trim();
      return "<span" + (classes.isEmpty() ? "" : " class=\"" + classes + "\"") + data + ">"
          + content(cell) + "</span>";
    }

    private String content(Cell cell) {
      return cell.isHidden() ? mark(cell.status(), cell.text()) : Html.escape(cell.text());
    }

    private String content(PercentCell percent) {
      return percent.isHidden() ? mark(percent.status(), percent.text())
          : Html.escape(percent.text());
    }

    private String mark(CellStatus status, String symbol) {
      String meaning = words.plain(status == CellStatus.NO_DENOMINATOR ? "mark.noValue"
          : "mark.hidden");
      String kind = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
      return "<abbr class=\"mark " + kind + "\" title=\"" + Html.escape(meaning) + "\">"
          + Html.escape(symbol) + "</abbr>";
    }

    private String td(Cell cell, String data) {
      return "<td class=\"num" + (cell.isHidden() ? " hidden" : "") + "\"" + data + ">"
          + content(cell) + "</td>";
    }

    private String td(Optional<Cell> cell, String data) {
      return cell.map(c -> td(c, data)).orElse("<td></td>");
    }

    // --- breakdowns ---

    private void breakdowns(StringBuilder html) {
      if (card.tables().isEmpty()) {
        return;
      }
      html.append("<section class=\"breakdowns\" aria-labelledby=\"breakdowns\">\n"
          + "<h2 id=\"breakdowns\">").append(words.html("breakdowns.title")).append("</h2>\n");
      for (String breakdown : breakdownNames()) {
        html.append("<p>").append(words.each(w -> w.htmlWith("breakdowns.note",
            breakdownName(w, breakdown)))).append("</p>\n");
        matrix(html, breakdown);
      }
      html.append("</section>\n");
    }

    private Set<String> breakdownNames() {
      Set<String> names = new LinkedHashSet<>();
      card.tables().forEach(t -> names.add(t.breakdown()));
      return names;
    }

    /**
     * A breakdown's name in words, as HTML: the caller's, the bundle's, or composed of its
     * parts; a name with no translation marked.
     */
    private String breakdownName(Words words, String breakdown) {
      Optional<Label> given = labels.breakdown(breakdown);
      if (given.isPresent()) {
        return words.label(given.get(), breakdown);
      }
      for (String join : List.of(" x ", Breakdown.HIERARCHY_SEPARATOR)) {
        if (breakdown.contains(join)) {
          List<String> parts = new ArrayList<>();
          for (String part : breakdown.split(java.util.regex.Pattern.quote(join))) {
            parts.add(breakdownName(words, part));
          }
          return String.join(join.equals(" x ") ? " \u00d7 " : Html.escape(join), parts);
        }
      }
      String key = "breakdown." + breakdown;
      return Messages.of(Messages.ENGLISH).find(key).isPresent() ? words.html(key)
          : Html.escape(breakdown);
    }

    /** The parts of a cross or hierarchy breakdown, each part's name, for its keys. */
    private List<String> parts(String breakdown) {
      for (String join : List.of(" x ", Breakdown.HIERARCHY_SEPARATOR)) {
        if (breakdown.contains(join)) {
          return List.of(breakdown.split(java.util.regex.Pattern.quote(join)));
        }
      }
      return List.of(breakdown);
    }

    /**
     * A key in words, as HTML: its label (marked if it has no translation), a period in words,
     * or the key as it is.
     */
    private String keyName(Words words, String breakdown, String key) {
      if (key.equals(BreakdownTable.TOTAL)) {
        return words.html("breakdowns.total");
      }
      Optional<Label> given = labels.key(breakdown, key);
      if (given.isPresent()) {
        return words.label(given.get(), breakdown + ": " + key);
      }
      List<String> parts = parts(breakdown);
      for (String join : List.of(" | ", Breakdown.HIERARCHY_SEPARATOR)) {
        if (parts.size() > 1 && key.contains(join)) {
          String[] keys = key.split(java.util.regex.Pattern.quote(join));
          List<String> named = new ArrayList<>();
          for (int i = 0; i < keys.length; i++) {
            named.add(keyName(words, parts.get(Math.min(i, parts.size() - 1)), keys[i]));
          }
          return String.join(Html.escape(join), named);
        }
      }
      if (key.equals(Breakdown.NOT_RECORDED)) {
        return words.html("key.notRecorded");
      }
      if (key.equals(BreakdownTable.OTHER) || key.endsWith(Breakdown.HIERARCHY_SEPARATOR
          + BreakdownTable.OTHER)) {
        return key.equals(BreakdownTable.OTHER) ? words.html("key.other")
            : Html.escape(key.substring(0, key.length() - BreakdownTable.OTHER.length()))
                + words.html("key.other");
      }
      if (key.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
        try {
          return Html.escape(words.period(ReportingPeriod.parse(key)));
        } catch (RuntimeException e) {
          return Html.escape(key);   // not a period oba can read: shown as it is
        }
      }
      return Html.escape(key);
    }

    private void matrix(StringBuilder html, String breakdown) {
      List<BreakdownTable> tables = card.tables().stream()
          .filter(t -> t.breakdown().equals(breakdown)).toList();
      Set<String> found = new LinkedHashSet<>();
      tables.forEach(t -> t.rows().forEach(r -> found.add(r.key())));
      List<String> keys = new ArrayList<>(found);
      keys.sort(HtmlReportCard::compareKeys);
      String caption = id("matrix-" + slug(breakdown));
      html.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
          .append(caption).append("\">\n<table class=\"matrix\">\n<caption id=\"")
          .append(caption).append("\">").append(words.each(w -> w.htmlWith(
              "breakdowns.caption", breakdownName(w, breakdown))))
          .append("</caption>\n<thead><tr><th scope=\"col\">")
          .append(words.html("breakdowns.measure")).append("</th>");
      for (String key : keys) {
        html.append(keyHeader(breakdown, key));
      }
      html.append("<th scope=\"col\">").append(words.html("breakdowns.total"))
          .append("</th></tr></thead>\n<tbody>\n");
      for (BreakdownTable table : tables) {
        ReportLine line = card.line(table.measure()).orElseThrow();
        html.append("<tr>").append(name(line, "th", " scope=\"row\""));
        for (String key : keys) {
          Optional<BreakdownTable.Row> row = table.row(key);
          html.append(row.map(r -> matrixCell(table, r)).orElse("<td></td>"));
        }
        html.append(matrixCell(table, table.total())).append("</tr>\n");
      }
      html.append("</tbody>\n</table>\n</div>\n");
    }

    /** A key's column header: its name in words, its code on hover. */
    private String keyHeader(String breakdown, String key) {
      boolean named = words.languages().stream()
          .anyMatch(w -> !keyName(w, breakdown, key).equals(Html.escape(key)));
      return "<th scope=\"col\"" + (named ? " title=\"" + Html.escape(words.plain("card.code",
          key)) + "\"" : "") + ">" + words.each(w -> keyName(w, breakdown, key)) + "</th>";
    }

    private String matrixCell(BreakdownTable table, BreakdownTable.Row row) {
      String measure = table.measure();
      String breakdown = table.breakdown();
      if (!table.isProportion()) {
        return td(row.total(), data(measure, breakdown, row.key(), "number"));
      }
      StringBuilder td = new StringBuilder("<td class=\"num\">");
      row.percent().ifPresent(p -> td.append("<span").append(data(measure, breakdown,
          row.key(), "percent")).append(p.isHidden() ? " class=\"hidden\"" : "").append(">")
          .append(content(p)).append("</span>"));
      td.append("<span class=\"nd\">").append(span(row.cells().get(0), data(measure,
          breakdown, row.key(), "number"))).append('/').append(span(row.total(),
          data(measure, breakdown, row.key(), "denominator"))).append("</span></td>");
      return td.toString();
    }

    // --- legend ---

    private String legend() {
      DisclosurePolicy policy = card.options().disclosure();
      StringBuilder html = new StringBuilder();
      html.append("<section aria-labelledby=\"marks\">\n<h2 id=\"marks\">")
          .append(words.html("legend.title")).append("</h2>\n<table class=\"legend\">\n"
              + "<caption>").append(words.html("legend.caption")).append("</caption>\n"
              + "<thead><tr><th scope=\"col\">").append(words.html("legend.mark"))
          .append("</th><th scope=\"col\">").append(words.html("legend.meaning"))
          .append("</th></tr></thead>\n<tbody>\n");
      html.append("<tr><th scope=\"row\">").append(Html.escape(policy.symbol()))
          .append("</th><td>").append(words.each(w -> w.html("legend.hidden", "\u0000")
              .replace("\u0000", policy.equals(DisclosurePolicy.NONE)
                  ? w.html("legend.hiddenNone") : policyWords(w, policy))))
          .append("</td></tr>\n");
      html.append("<tr><th scope=\"row\">").append(PercentCell.NO_VALUE).append("</th><td>")
          .append(words.html("legend.noValue")).append("</td></tr>\n");
      html.append("<tr><th scope=\"row\">").append(ciHtml()).append("</th><td>")
          .append(words.html("legend.interval")).append("</td></tr>\n");
      if (!words.isEnglish()) {
        html.append("<tr><th scope=\"row\">(en)</th><td>")
            .append(words.html("legend.untranslated")).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n</section>\n");
      return html.toString();
    }

    private String policyName(Words words, DisclosurePolicy policy) {
      if (policy.equals(DisclosurePolicy.NONE)) {
        return words.plain("policy.none");
      }
      String key = policy.equals(DisclosurePolicy.DFE) ? "policy.dfe"
          : policy.equals(DisclosurePolicy.ONS_10_5) ? "policy.ons-10-5"
          : policy.equals(DisclosurePolicy.STATS_WALES) ? "policy.statswales" : "policy.custom";
      return words.plain("policy.named", words.plain(key), policy.toString());
    }

    private String policyWords(Words words, DisclosurePolicy policy) {
      if (policy.equals(DisclosurePolicy.NONE)) {
        return Html.escape(policyName(words, policy));
      }
      return Html.escape(policyName(words, policy)) + ": " + words.english(policy.protection(),
          "disclosure policy " + policy);
    }

    // --- annex ---

    private void annex(StringBuilder html) {
      html.append("<section class=\"annex\" aria-labelledby=\"annex\">\n<h2 id=\"annex\">")
          .append(words.html("annex.title")).append("</h2>\n");
      fullTables(html);
      changeProfiles(html);
      breakdownTables(html);
      curvesInFull(html);
      method(html);
      codes(html);
      StringBuilder untranslated = new StringBuilder();
      if (!words.untranslated().isEmpty()) {
        untranslated.append("<h3 id=\"untranslated\">").append(words.html("annex.untranslated"))
            .append("</h3>\n<p>").append(words.html("annex.untranslatedNote")).append("</p>\n");
        untranslated.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" "
            + "aria-labelledby=\"untranslated-caption\">\n<table>\n<caption "
            + "id=\"untranslated-caption\">").append(words.html("annex.untranslatedCaption"))
            .append("</caption>\n<thead><tr><th scope=\"col\">")
            .append(words.html("annex.untranslatedText")).append("</th><th scope=\"col\">")
            .append(words.html("annex.untranslatedFrom")).append("</th></tr></thead>\n"
                + "<tbody>\n");
        for (Map.Entry<String, String> each : words.untranslated().entrySet()) {
          untranslated.append("<tr><td lang=\"en\">").append(Html.escape(each.getKey()))
              .append("</td><td><code>").append(Html.escape(each.getValue()))
              .append("</code></td></tr>\n");
        }
        untranslated.append("</tbody>\n</table>\n</div>\n");
      }
      html.append(untranslated).append("</section>\n");
    }

    private void fullTables(StringBuilder html) {
      html.append("<h3 id=\"full-tables\">").append(words.html("annex.tables"))
          .append("</h3>\n");
      for (Section section : Section.values()) {
        List<ReportLine> lines = card.lines().stream().filter(l -> l.section() == section)
            .toList();
        if (lines.isEmpty()) {
          continue;
        }
        boolean proportions = lines.stream().anyMatch(ReportLine::isProportion);
        boolean roles = lines.stream().anyMatch(l -> l.role().isPresent());
        String caption = id("table-" + slug(section.name()));
        html.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
            .append(caption).append("\">\n<table class=\"data\">\n<caption id=\"")
            .append(caption).append("\">").append(words.each(w -> Html.escape(w.plain(
                proportions ? "annex.tablesCaption" : "annex.countsCaption",
                w.plain("section." + section.name())))))
            .append("</caption>\n<thead><tr><th scope=\"col\">")
            .append(words.html("column.measure")).append("</th>");
        List<String> columns = new ArrayList<>(List.of("column.number"));
        if (proportions) {
          columns.addAll(List.of("column.of", "column.percent", "column.ci", "column.assessed",
              "column.notPaired", "column.excluded", "column.notEligible"));
        }
        if (roles) {
          columns.add("column.role");
        }
        for (String column : columns) {
          html.append("<th scope=\"col\">").append(column.equals("column.ci")
              ? ciHtml() : words.html(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (ReportLine line : lines) {
          html.append("<tr>").append(name(line, "th", " scope=\"row\""));
          html.append(td(line.number(), cellData(line.code(), "number")));
          if (proportions) {
            html.append(td(line.denominator(), cellData(line.code(), "denominator")));
            html.append(line.percent().map(p -> "<td class=\"num"
                + (p.isHidden() ? " hidden" : "") + "\"" + cellData(line.code(), "percent")
                + ">" + content(p) + "</td>").orElse("<td></td>"));
            html.append(line.interval().map(i -> "<td class=\"num\""
                + cellData(line.code(), "interval") + ">" + Html.escape(i.toPercentText())
                + "</td>").orElse("<td></td>"));
            html.append(td(line.assessed(), cellData(line.code(), "assessed")));
            html.append(td(line.notPaired(), cellData(line.code(), "notPaired")));
            html.append(td(line.excluded(), cellData(line.code(), "excluded")));
            html.append(td(line.notEligible(), cellData(line.code(), "notEligible")));
          }
          if (roles) {
            html.append("<td>").append(line.role().map(r -> words.html("role." + r.name()))
                .orElse("")).append("</td>");
          }
          html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
      }
    }

    /** A level of a scale in words, as HTML: its label, marked if untranslated, else its code. */
    private String level(Words words, String measure, String level) {
      return labels.level(measure, level).map(l -> words.label(l, measure + ": " + level))
          .orElse(Html.escape(level));
    }

    private void changeProfiles(StringBuilder html) {
      if (card.changeProfiles().isEmpty()) {
        return;
      }
      html.append("<h3 id=\"profiles\">").append(words.html("annex.profiles")).append("</h3>\n");
      for (ChangeProfile profile : card.changeProfiles()) {
        Function<Words, String> name = w -> measureName(w, profile.code(), profile.name());
        String caption = id("profile-" + slug(profile.code()));
        html.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
            .append(caption).append("\">\n<table class=\"data\">\n<caption id=\"")
            .append(caption).append("\">");
        String code = profile.code();
        if (profile.isTransitions()) {
          ControlledTable table = profile.table();
          List<String> levels = table.rows();
          html.append(words.each(w -> w.htmlWith("annex.transitionsCaption", name.apply(w))))
              .append("</caption>\n<thead><tr><th scope=\"col\">")
              .append(words.html("annex.baselineLater")).append("</th>");
          for (String level : levels) {
            boolean named = words.languages().stream()
                .anyMatch(w -> !level(w, code, level).equals(Html.escape(level)));
            html.append("<th scope=\"col\"").append(named ? " title=\""
                + Html.escape(words.plain("card.code", level)) + "\"" : "").append(">")
                .append(words.each(w -> level(w, code, level))).append("</th>");
          }
          html.append("<th scope=\"col\">").append(words.html("annex.all"))
              .append("</th></tr></thead>\n<tbody>\n");
          for (int from = 0; from < levels.size(); from++) {
            String level = levels.get(from);
            html.append("<tr><th scope=\"row\">").append(words.each(w -> level(w, code,
                level))).append("</th>");
            for (int to = 0; to < levels.size(); to++) {
              html.append(td(table.cell(from, to), profileData(code, levels.get(from),
                  levels.get(to))));
            }
            html.append(td(table.rowTotal(from), profileData(code, levels.get(from),
                BreakdownTable.TOTAL))).append("</tr>\n");
          }
          html.append("<tr class=\"total\"><th scope=\"row\">").append(words.html("annex.all"))
              .append("</th>");
          for (int to = 0; to < levels.size(); to++) {
            html.append(td(table.columnTotal(to), profileData(code, BreakdownTable.TOTAL,
                levels.get(to))));
          }
          html.append(td(table.total(), profileData(code, BreakdownTable.TOTAL,
              BreakdownTable.TOTAL))).append("</tr>\n</tbody>\n</table>\n</div>\n");
        } else {
          MeanCell change = profile.meanChange().orElseThrow();
          html.append(words.each(w -> w.htmlWith("annex.summaryCaption", name.apply(w))))
              .append("</caption>\n<thead><tr><th scope=\"col\">")
              .append(words.html("annex.paired")).append("</th><th scope=\"col\">")
              .append(words.html("annex.meanChange")).append("</th></tr></thead>\n<tbody>\n"
                  + "<tr>").append(td(profile.paired(), profileData(code, "paired", "")))
              .append("<td class=\"num").append(change.isHidden() ? " hidden" : "").append("\"")
              .append(profileData(code, "mean", "")).append(">")
              .append(change.isHidden() ? mark(change.status(), change.text())
                  : Html.escape(change.text()))
              .append("</td></tr>\n</tbody>\n</table>\n</div>\n");
        }
      }
    }

    private String profileData(String code, String from, String to) {
      return " data-profile=\"" + Html.escape(code) + "\" data-from=\"" + Html.escape(from)
          + "\" data-to=\"" + Html.escape(to) + "\"";
    }

    private void breakdownTables(StringBuilder html) {
      if (card.tables().isEmpty()) {
        return;
      }
      html.append("<h3 id=\"breakdown-tables\">").append(words.html("annex.breakdownTables"))
          .append("</h3>\n");
      for (String breakdown : breakdownNames()) {
        List<BreakdownTable> tables = card.tables().stream()
            .filter(t -> t.breakdown().equals(breakdown)).toList();
        int rows = tables.stream().mapToInt(t -> t.rows().size() + 1).sum();
        String named = words.each(w -> breakdownName(w, breakdown));
        String caption = id("rows-" + slug(breakdown));
        html.append("<details>\n<summary>").append(words.each(w -> breakdownName(w,
            breakdown) + ": " + w.html("annex.breakdownSummary", rows)))
            .append("</summary>\n")
            .append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
            .append(caption).append("\">\n<table class=\"data\">\n<caption id=\"")
            .append(caption).append("\">").append(words.each(w -> w.htmlWith(
                "annex.breakdownCaption", w.html("breakdowns.measure"),
                breakdownName(w, breakdown))))
            .append("</caption>\n<thead><tr><th scope=\"col\">")
            .append(words.html("column.measure")).append("</th><th scope=\"col\">")
            .append(named).append("</th><th scope=\"col\">")
            .append(words.html("column.number")).append("</th><th scope=\"col\">")
            .append(words.html("column.of")).append("</th><th scope=\"col\">")
            .append(words.html("column.percent")).append("</th><th scope=\"col\">")
            .append(ciHtml()).append("</th></tr></thead>\n<tbody>\n");
        for (BreakdownTable table : tables) {
          ReportLine line = card.line(table.measure()).orElseThrow();
          List<BreakdownTable.Row> all = new ArrayList<>(table.rows());
          all.add(table.total());
          for (int i = 0; i < all.size(); i++) {
            BreakdownTable.Row row = all.get(i);
            html.append("<tr").append(i == all.size() - 1 ? " class=\"total\"" : "").append(">");
            if (i == 0) {
              html.append(name(line, "th", " scope=\"row\" rowspan=\"" + all.size() + "\""));
            }
            html.append("<th scope=\"row\">").append(words.each(w -> keyName(w, breakdown,
                row.key()))).append("</th>");
            String measure = table.measure();
            if (table.isProportion()) {
              html.append(td(row.cells().get(0), data(measure, breakdown, row.key(), "number")))
                  .append(td(row.total(), data(measure, breakdown, row.key(), "denominator")))
                  .append(row.percent().map(p -> "<td class=\"num"
                      + (p.isHidden() ? " hidden" : "") + "\"" + data(measure, breakdown,
                      row.key(), "percent") + ">" + content(p) + "</td>").orElse("<td></td>"))
                  .append(row.interval().map(v -> "<td class=\"num\"" + data(measure,
                      breakdown, row.key(), "interval") + ">" + Html.escape(v.toPercentText())
                      + "</td>").orElse("<td></td>"));
            } else {
              html.append(td(row.total(), data(measure, breakdown, row.key(), "number")))
                  .append("<td></td><td></td><td></td>");
            }
            html.append("</tr>\n");
          }
        }
        html.append("</tbody>\n</table>\n</div>\n</details>\n");
      }
    }

    private void curvesInFull(StringBuilder html) {
      if (curves.isEmpty()) {
        return;
      }
      html.append("<h3 id=\"curves\">").append(words.html("annex.curves")).append("</h3>\n<p>")
          .append(words.html("annex.curvesNote")).append("</p>\n");
      for (CurveSvg chart : new LinkedHashSet<>(charts.values())) {
        html.append(chart.figure(words, 4));
      }
    }

    private void method(StringBuilder html) {
      DisclosurePolicy policy = card.options().disclosure();
      html.append("<h3 id=\"method\">").append(words.html("annex.method"))
          .append("</h3>\n<dl class=\"meta\">\n");
      meta(html, "method.period", words.each(w -> Html.escape(w.plain("method.periodText",
          w.day(card.period().start()), w.day(card.period().end()),
          card.period().toString()))));
      meta(html, "method.asOf", words.each(w -> Html.escape(w.plain("method.asOfText",
          w.day(card.asOf()), card.asOf().toString()))));
      meta(html, "method.intervals", words.html("method.intervalsText",
          Math.round(card.options().confidence() * 100)));
      meta(html, "method.disclosure", words.each(w -> policyWords(w, policy)));
      meta(html, "method.rules", words.html("method.rulesText"));
      meta(html, "method.provenance", words.html("method.provenanceText")
          + source.map(s -> " " + words.english(s, "source")).orElse(""));
      html.append("</dl>\n");
      List<PerformanceMeasure> agenda = labels.dataDevelopment();
      if (!agenda.isEmpty()) {
        html.append("<h4>").append(words.html("annex.agenda")).append("</h4>\n<p>")
            .append(words.html("annex.agendaNote")).append("</p>\n<ol>\n");
        agenda.forEach(m -> html.append("<li title=\"").append(Html.escape(words.plain(
            "card.code", m.code()))).append("\">").append(words.label(m.name(), m.code()))
            .append("</li>\n"));
        html.append("</ol>\n");
      }
    }

    private void meta(StringBuilder html, String term, String definition) {
      html.append("<dt>").append(words.html(term)).append("</dt><dd>").append(definition)
          .append("</dd>\n");
    }

    private void codes(StringBuilder html) {
      html.append("<h3 id=\"codes\">").append(words.html("annex.codes")).append("</h3>\n"
          + "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\""
          + "codes-caption\">\n<table>\n<caption id=\"codes-caption\">")
          .append(words.html("annex.codesCaption")).append("</caption>\n<thead><tr>"
              + "<th scope=\"col\">").append(words.html("annex.codesMeasure"))
          .append("</th><th scope=\"col\">").append(words.html("annex.codesCode"))
          .append("</th><th scope=\"col\">").append(words.html("annex.codesSection"))
          .append("</th></tr></thead>\n<tbody>\n");
      for (ReportLine line : card.lines()) {
        html.append("<tr><th scope=\"row\">").append(measureName(words, line.code(),
            line.name()))
            .append("</th><td><code>").append(Html.escape(line.code())).append("</code></td>"
                + "<td>").append(words.html("section." + line.section().name()))
            .append("</td></tr>\n");
      }
      for (String breakdown : breakdownNames()) {
        html.append("<tr><th scope=\"row\">").append(words.each(w -> breakdownName(w,
            breakdown)))
            .append("</th><td><code>").append(Html.escape(breakdown)).append("</code></td><td>")
            .append(words.html("breakdowns.title")).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n</div>\n");
    }
  }

  /**
   * Orders keys as a reader expects: numbers within them by value (LA-2 before LA-10, periods by
   * date), and the rows of what is not recorded or folded last.
   */
  static int compareKeys(String a, String b) {
    boolean lastA = a.equals(Breakdown.NOT_RECORDED) || a.endsWith(BreakdownTable.OTHER);
    boolean lastB = b.equals(Breakdown.NOT_RECORDED) || b.endsWith(BreakdownTable.OTHER);
    if (lastA != lastB) {
      return lastA ? 1 : -1;
    }
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = i;
        while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
          endA++;
        }
        int endB = j;
        while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
          endB++;
        }
        java.math.BigInteger left = new java.math.BigInteger(a.substring(i, endA));
        int order = left.compareTo(new java.math.BigInteger(b.substring(j, endB)));
        if (order != 0) {
          return order;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static String slug(String code) {
    String slug = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return slug.isEmpty() || !Character.isLetter(slug.charAt(0)) ? "x" + slug : slug;
  }
}
