package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.CurveReport;
import org.obaframework.core.curve.ForecastPoint;
import org.obaframework.core.curve.Scenario;
import org.obaframework.core.curve.SeriesPoint;
import org.obaframework.core.curve.SeriesUnit;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.curve.Verdict;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.Polarity;

class CurveSvgTest {
  private static final LocalDate MADE = LocalDate.of(2024, 4, 30);

  private static ReportingPeriod year(int year) {
    return ReportingPeriod.financialYear(year);
  }

  /** Referrals (lower is better), with 2021-22 hidden, and a target for 2025-26. */
  static CurveReport.Curve gapsLowerIsBetter() {
    TimeSeries actuals = TimeSeries.builder().code("REFERRALS")
        .name(Label.of("Re-referrals within 12 months")).unit(SeriesUnit.NUMBER)
        .polarity(Polarity.LOWER_IS_BETTER)
        .addPoints(SeriesPoint.of(year(2019), 42), SeriesPoint.of(year(2020), 40),
            SeriesPoint.of(year(2022), 37), SeriesPoint.of(year(2023), 36),
            SeriesPoint.of(year(2024), 30))
        .addGaps(year(2021))
        .putTargets(year(2025), 28.0)
        .build();
    TimeSeries history = TimeSeries.builder().from(actuals)
        .points(actuals.points().subList(0, 4)).targets(Map.of()).build();
    return new CurveReport.Curve(actuals, Baseline.of(history, Scenario.linearTrend(),
        List.of(year(2024), year(2025)), 0.95, MADE));
  }

  /** One percent with its counts: too short a history for a linear trend. */
  static CurveReport.Curve singlePoint() {
    TimeSeries actuals = TimeSeries.builder().code("VIEW-RECORDED")
        .name(Label.of("Children whose view was recorded")).unit(SeriesUnit.PERCENT)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .addPoints(SeriesPoint.proportion(year(2024), 17, 20))
        .build();
    return new CurveReport.Curve(actuals, Baseline.of(actuals, Scenario.linearTrend(),
        List.of(year(2025)), 0.95, MADE));
  }

  @Test
  void drawsHistoryForecastBandActualsAndTarget() throws Exception {
    HtmlReportExample.Output example = HtmlReportExample.build();
    CurveSvg chart = CurveSvg.of(example.actuals(), example.baseline());
    String svg = chart.render();
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
    Element root = doc.selectFirst("svg");
    assertThat(root.attr("role")).isEqualTo("img");
    // Named by the title alone and described by the desc, so that neither is read twice.
    assertThat(root.attr("aria-labelledby")).isEqualTo("curve-stable-title");
    assertThat(root.attr("aria-describedby")).isEqualTo("curve-stable-desc");
    assertThat(root.selectFirst("title").text())
        .isEqualTo("Families with a stable tenancy: turn-the-curve chart");
    assertThat(root.select("polyline.history")).hasSize(1);
    assertThat(root.select("polyline.forecast")).hasSize(1);
    assertThat(root.select("polygon.band")).hasSize(1);
    assertThat(root.select("polyline.after")).hasSize(1);
    assertThat(root.select("line.target")).hasSize(2);
    assertThat(root.select("g.legend text").eachText()).containsExactly("History",
        "Forecast: linear trend", "95% prediction interval",
        "Actual after baseline", "Target");
    assertThat(root.select("g.axes text").eachText()).contains("0%", "100%", "2019-20",
        "2025-26", "Percent", "Reporting period");
    // Percent series run on a 0-100 scale: 100% at the top of the plot, 0% at its bottom.
    assertThat(root.select("g.axes text").stream().filter(t -> t.text().equals("100%"))
        .map(t -> t.attr("y")).toList()).containsExactly("100.00");
    assertThat(root.select("g.axes text").stream().filter(t -> t.text().equals("0%"))
        .map(t -> t.attr("y")).toList()).containsExactly("312.00");
    Golden.assertMatches(svg, "curve-example.svg");
    Golden.assertMatches(chart.table(), "curve-example-table.html");
  }

  @Test
  void breaksTheLineAtAGapAndHandlesLowerIsBetter() throws Exception {
    CurveSvg chart = CurveSvg.of(gapsLowerIsBetter());
    String svg = chart.render();
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
    // 2019-20 and 2020-21, then 2022-23 and 2023-24: two runs, broken at the hidden 2021-22.
    assertThat(doc.select("polyline.history")).hasSize(2);
    assertThat(doc.select("text.gap").eachText()).containsExactly("no value");
    assertThat(doc.select("text").eachText()).contains("Lower is better (\u2193)", "Number");
    assertThat(chart.description()).contains("No value for 2021-22 (hidden or no denominator)",
        "Forecast 2025-26", "lower is better");
    Document table = Jsoup.parse(chart.table());
    assertThat(table.select("tr:has(th:containsOwn(2021-22)) td").first().text())
        .isEqualTo("no value");
    assertThat(table.select("tr:has(th:containsOwn(2024-25)) td").last().text())
        .contains("better than forecast");
    Golden.assertMatches(svg, "curve-gaps-lower-is-better.svg");
  }

  @Test
  void drawsASinglePointAndSaysWhyThereIsNoForecast() throws Exception {
    CurveSvg chart = CurveSvg.of(singlePoint());
    String svg = chart.render();
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
    assertThat(doc.select("polyline")).isEmpty();
    assertThat(doc.select("circle")).hasSize(2);   // the value, and the legend's sample
    assertThat(doc.select("polygon")).isEmpty();
    assertThat(doc.select("text").eachText()).contains("85%", "No forecast: insufficient "
        + "history: linear trend needs at least 3 values, the series has 1");
    assertThat(chart.table()).contains("85% (17 of 20)",
        "No forecast: insufficient history");
    Golden.assertMatches(svg, "curve-single-point.svg");
  }

  @Test
  void saysSoWhenThereAreNoValues() {
    TimeSeries empty = TimeSeries.builder().code("EMPTY").name(Label.of("Nothing yet"))
        .unit(SeriesUnit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER).addGaps(year(2024))
        .build();
    String svg = CurveSvg.of(empty, Baseline.of(empty, Scenario.carryForward(),
        List.of(year(2025)), 0.9, MADE)).render();
    assertThat(svg).contains(">No values to show</text>", ">no value</text>",
        "No forecast: insufficient history");
  }

  @Test
  void escapesTheSeriesNameAndTakesWelshWhenAsked() {
    TimeSeries series = TimeSeries.builder().code("X").name(Label.of("<script>x</script>")
            .with(Label.WELSH, "Cyfres & \"eraill\""))
        .unit(SeriesUnit.NUMBER).polarity(Polarity.HIGHER_IS_BETTER)
        .addPoints(SeriesPoint.of(year(2024), 3)).build();
    Baseline baseline = Baseline.of(series, Scenario.carryForward(), List.of(year(2025)), 0.95,
        MADE);
    String english = CurveSvg.of(series, baseline).render();
    assertThat(english).doesNotContain("<script>")
        .contains("&lt;script&gt;x&lt;/script&gt;: turn-the-curve chart");
    String welsh = CurveSvg.of(series, baseline).withLocale(Locale.forLanguageTag("cy"))
        .render();
    // In Welsh throughout: the chart's words from the bundle, the series' name from its label.
    assertThat(welsh).contains("<title id=\"curve-x-title\">Cyfres &amp; &quot;eraill&quot;: "
        + "siart troi&#39;r gromlin</title>", ">Hanes</text>", "Uwch sy&#39;n well")
        .doesNotContain(">History<", "Higher is better");
  }

  @Test
  void wordsEachVerdictAsEveryOutputOfObaDoesAndInWelsh() {
    Words english = Words.of(Locale.UK);
    Words welsh = Words.of(Locale.forLanguageTag("cy"));
    ForecastPoint banded = new ForecastPoint(year(2025), 50, OptionalDouble.of(45),
        OptionalDouble.of(55));
    ForecastPoint bare = new ForecastPoint(year(2025), 50, OptionalDouble.empty(),
        OptionalDouble.empty());
    for (ForecastPoint point : List.of(banded, bare)) {
      for (double actual : new double[] {50, 51, 49, 60, 40, 50.04, 51}) {
        for (Polarity polarity : Polarity.values()) {
          for (SeriesUnit unit : List.of(SeriesUnit.PERCENT, SeriesUnit.COUNT)) {
            Verdict verdict = Verdict.of(point, actual, polarity, unit);
            assertThat(CurveSvg.verdictText(verdict, english)).isEqualTo(verdict.text());
            assertThat(CurveSvg.verdictText(verdict, welsh)).isNotEqualTo(verdict.text());
          }
        }
      }
    }
    assertThat(CurveSvg.verdictText(Verdict.of(banded, 60, Polarity.HIGHER_IS_BETTER,
        SeriesUnit.PERCENT), welsh)).isEqualTo("yn well na'r rhagolwg o 10 pwynt, y tu allan "
            + "i'r cyfwng rhagfynegi: mae'r gromlin wedi troi");
    assertThat(welsh.untranslated()).isEmpty();
  }

  @Test
  void drawsEveryLineMarkerAndTextInAColourThatStandsOutFromWhite() {
    Document doc = Jsoup.parse(CurveSvg.of(gapsLowerIsBetter()).render(), "",
        Parser.xmlParser());
    String ink = doc.selectFirst("svg").attr("fill");
    for (Element text : doc.select("text")) {
      String fill = text.hasAttr("fill") ? text.attr("fill") : ink;
      assertThat(contrast(fill)).as("contrast of text '%s' (%s)", text.text(), fill)
          .isGreaterThanOrEqualTo(4.5);
    }
    // Lines and markers that carry data: at least 3:1 (WCAG 1.4.11); grid lines and the band
    // (which has an outline) are decoration.
    for (Element shape : doc.select("polyline, line.target, circle, rect:not([height=380])")) {
      String colour = shape.hasAttr("stroke") && !shape.attr("stroke").equals("none")
          ? shape.attr("stroke") : shape.attr("fill");
      if (shape.attr("fill").equals("#d0d7e1")) {
        colour = shape.attr("stroke");
      }
      assertThat(contrast(colour)).as("contrast of %s", shape.outerHtml())
          .isGreaterThanOrEqualTo(3);
    }
  }

  /** The WCAG contrast ratio of a colour such as {@code #1d4e89} against white. */
  private static double contrast(String colour) {
    double luminance = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      luminance += weights[i] * c;
    }
    return 1.05 / (luminance + 0.05);
  }

  @Test
  void showsAPredictionIntervalOnlyWhenTheForecastHasBothBounds() {
    OptionalDouble none = OptionalDouble.empty();
    assertThat(CurveSvg.interval(new ForecastPoint(year(2025), 30, OptionalDouble.of(25),
        OptionalDouble.of(35)), "%", Words.of(java.util.Locale.UK))).contains("25% to 35%");
    // A single bound is not an interval: the forecast must not stand in for the other one.
    assertThat(CurveSvg.interval(new ForecastPoint(year(2025), 30, OptionalDouble.of(25), none),
        "%", Words.of(java.util.Locale.UK))).isEmpty();
    assertThat(CurveSvg.interval(new ForecastPoint(year(2025), 30, none, OptionalDouble.of(35)),
        "%", Words.of(java.util.Locale.UK))).isEmpty();
    assertThat(CurveSvg.interval(new ForecastPoint(year(2025), 30, none, none), "%",
        Words.of(java.util.Locale.UK))).isEmpty();
  }

  @Test
  void checksItsOptions() {
    CurveSvg chart = CurveSvg.of(singlePoint());
    assertThat(chart.withId("chart-2").render()).contains("id=\"chart-2-title\"");
    assertThat(chart.withSize(1000, 500).render()).contains("viewBox=\"0 0 1000 500\"");
    assertThatThrownBy(() -> chart.withId("2 bad"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chart id")
        .hasMessageContaining("found '2 bad'");
    assertThatThrownBy(() -> chart.withSize(10, 500))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chart size")
        .hasMessageContaining("found 10 x 500");
  }

  /** Quarters (names differ by language), a hidden quarter, a Welsh name and a target. */
  static CurveReport.Curve quartersInWelshAndEnglish() {
    TimeSeries actuals = TimeSeries.builder().code("STABLE")
        .name(Label.of("Families with a stable tenancy")
            .with(Label.WELSH, "Teuluoedd mewn tenantiaeth sefydlog"))
        .unit(SeriesUnit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .addPoints(SeriesPoint.proportion(ReportingPeriod.financialQuarter(2024, 1), 10, 20),
            SeriesPoint.proportion(ReportingPeriod.financialQuarter(2024, 2), 11, 20),
            SeriesPoint.proportion(ReportingPeriod.financialQuarter(2024, 4), 13, 20),
            SeriesPoint.proportion(ReportingPeriod.financialQuarter(2025, 1), 16, 20))
        .addGaps(ReportingPeriod.financialQuarter(2024, 3))
        .putTargets(ReportingPeriod.financialQuarter(2025, 1), 70.0)
        .build();
    TimeSeries history = TimeSeries.builder().from(actuals)
        .points(actuals.points().subList(0, 3)).targets(Map.of()).build();
    return new CurveReport.Curve(actuals, Baseline.of(history, Scenario.linearTrend(),
        List.of(ReportingPeriod.financialQuarter(2025, 1),
            ReportingPeriod.financialQuarter(2025, 2)), 0.95, MADE));
  }

  @Test
  void drawsEveryWordInWelshThenEnglishOnABilingualPageAndEachFigureOnce() {
    Words both = Words.of(List.of(Locale.forLanguageTag("cy"), Locale.UK));
    for (CurveReport.Curve curve : List.of(quartersInWelshAndEnglish(), gapsLowerIsBetter(),
        singlePoint())) {
      CurveSvg chart = CurveSvg.of(curve);
      for (String svg : List.of(chart.render(both), chart.small(both, 240, 84))) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        String welsh = chart.withLocale(Locale.forLanguageTag("cy")).render();
        for (Element text : doc.select("text")) {
          if (!text.text().matches(".*\\p{L}.*")) {
            continue;   // figures and years: once, in neither language
          }
          // Words: Welsh then English, each in its language, or English once, marked.
          boolean pair = text.select("> tspan[lang=cy] ~ tspan[lang=en]").size() == 1
              && text.child(0).attr("lang").equals("cy");
          boolean marked = !text.select("tspan.untranslated[lang=en] + tspan.mark-en").isEmpty();
          assertThat(pair || marked).as("%s in %s", text, curve.actuals().code()).isTrue();
          for (Element cy : text.select("tspan[lang=cy]")) {
            assertThat(cy.text()).doesNotContainPattern("History|Forecast|Percent|no value"
                + "|Reporting period|Apr|Jun|better|Target|No forecast");
          }
        }
        // Each figure drawn once: the same figures as the chart in Welsh alone.
        if (svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"curve\"")) {
          assertThat(figures(doc)).isEqualTo(figures(Jsoup.parse(welsh, "",
              Parser.xmlParser())));
        }
      }
    }
    // The quarters are named under their ticks in both languages, Welsh above English; the
    // drawing grows by the lines, and never holds a <span>, which would end it in a page.
    String svg = CurveSvg.of(quartersInWelshAndEnglish()).render(both);
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
    assertThat(doc.select("text:has(tspan[lang=cy]:matchesOwn(^Ebr-Meh 2024$) + "
        + "tspan[lang=en][dy]:matchesOwn(^Apr-Jun 2024$))")).hasSize(1);
    assertThat(doc.select("svg").attr("height")).isNotEqualTo("380");
    assertThat(svg).doesNotContain("<span");
    assertThat(doc.select("text.gap tspan[lang=cy]").text()).isEqualTo("dim gwerth");
    String small = CurveSvg.of(quartersInWelshAndEnglish()).small(both, 240, 84);
    assertThat(Jsoup.parse(small, "", Parser.xmlParser()).select("tspan[lang=en]").eachText())
        .containsExactly("Apr-Jun 2024", "Jul-Sept 2025");
    // An English name with no Welsh: drawn once, marked, even in a Welsh chart.
    String marked = CurveSvg.of(gapsLowerIsBetter()).withLocale(Locale.forLanguageTag("cy"))
        .render();
    assertThat(marked).contains("<tspan lang=\"en\" class=\"untranslated\">Re-referrals "
        + "within 12 months</tspan><tspan class=\"mark-en\"> (en)</tspan>")
        .doesNotContain("<span");
  }

  /** The texts drawn without a letter: values, the ends of the value axis, years. */
  private static List<String> figures(Document svg) {
    return svg.select("text").eachText().stream().filter(t -> !t.matches(".*\\p{L}.*"))
        .toList();
  }

  @Test
  void makesAPageInWelshAndEnglishOrOneLinkedToItsTranslation() {
    List<CurveReport.Curve> curves = List.of(quartersInWelshAndEnglish(), gapsLowerIsBetter());
    Label title = Label.of("Intensive family support")
        .with(Label.WELSH, "Cymorth dwys i deuluoedd");
    String html = HtmlCurvePage.of(title, curves)
        .withLanguages(List.of(Locale.forLanguageTag("cy"), Locale.UK)).render();
    Document page = Jsoup.parse(html);
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("main.bilingual")).hasSize(1);
    assertThat(page.select("h1").text()).isEqualTo("Cymorth dwys i deuluoedd: cromliniau / "
        + "Intensive family support: curves");
    assertThat(page.select("h1, h2, p.lead, caption, figcaption, thead th").stream()
        .filter(h -> h.select("> span[lang=cy] + span.sep + span[lang=en]").isEmpty()
            && h.select(".untranslated").isEmpty())
        .map(Element::outerHtml).toList()).isEmpty();
    assertThat(page.select("svg.curve")).hasSize(2);
    assertThat(page.select("#untranslated + ul li").eachText())
        .contains("Re-referrals within 12 months");
    HtmlReportCardTest.assertNoExternalRequests(html);
    Document welsh = Jsoup.parse(HtmlCurvePage.of(title, curves)
        .withLocale(Locale.forLanguageTag("cy")).withTranslation(Locale.UK, "curves.en.html")
        .render());
    Element link = welsh.select("main > p.other-language a[hreflang=en][lang=en]").first();
    assertThat(link.attr("href")).isEqualTo("curves.en.html");
    assertThat(link.text()).isEqualTo("Read this page in English");
    assertThat(welsh.select("h1").text()).isEqualTo("Cymorth dwys i deuluoedd: cromliniau");
    assertThat(Jsoup.parse(HtmlCurvePage.of(title, curves).withTranslation(
        Locale.forLanguageTag("cy"), "curves.cy.html").render()).select("a[hreflang=cy]")
        .text()).isEqualTo("Darllenwch y dudalen hon yn Gymraeg");
    assertThatThrownBy(() -> HtmlCurvePage.of(title, curves).withTranslation(Locale.UK, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("curve page translation: expected a language other than the "
            + "page's (en)");
    assertThatThrownBy(() -> HtmlCurvePage.of(title, curves).withLanguages(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
