package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.aggregate.TransitionMeasure;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.framework.Label;
import org.obaframework.core.records.Rater;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.report.ReportOptions;

class HtmlReportCardTest {
  private static final HtmlReportExample.Output EXAMPLE = HtmlReportExample.build();
  private static final Pattern EXTERNAL = Pattern.compile("(?i)^\\s*(https?:|//|ftp:)");

  private static Document example() {
    return Jsoup.parse(EXAMPLE.html().render());
  }

  @Test
  void isOneSelfContainedUtf8DocumentInEnglish() {
    String html = EXAMPLE.html().render();
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(doc.title()).isEqualTo(
        "Intensive family support (synthetic example): report card 2025-26");
    assertNoExternalRequests(html);
  }

  /** No element that fetches anything, and no URL a browser would fetch. */
  static void assertNoExternalRequests(String html) {
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("link, script, img, iframe, object, embed, audio, video, source, "
        + "image, use, base, form")).isEmpty();
    List<String> urls = new ArrayList<>();
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        if ((key.equals("src") || key.equals("href") || key.endsWith(":href")
            || key.equals("srcset") || key.equals("action") || key.equals("poster"))
            && EXTERNAL.matcher(attribute.getValue()).find()) {
          urls.add(element.tagName() + "@" + key + "=" + attribute.getValue());
        }
      }
    }
    assertThat(urls).as("external URLs in src/href attributes").isEmpty();
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
    assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
  }

  @Test
  void showsTheFourQuadrantsWithHeadingsInOrder() {
    Document doc = example();
    assertThat(doc.select(".quadrant h2").eachText()).containsExactly(
        "Quantity of effort How much did we do?", "Quality of effort How well did we do it?",
        "Quantity of effect Is anyone better off? (#)",
        "Quality of effect Is anyone better off? (%)");
    // The card, then the breakdowns and their marks, then the annex.
    assertThat(doc.select("h2").eachText()).containsSubsequence(
        "Quality of effect Is anyone better off? (%)", "Breakdowns",
        "Marks used in the tables", "Annex");
    assertThat(doc.select("h3").eachText()).containsSubsequence("Full tables",
        "Change from baseline", "Breakdown tables in full, with intervals", "Turning the curve",
        "Method", "Codes");
    assertThat(doc.select("h1")).hasSize(1);
    int previous = 0;
    for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
      int level = heading.tagName().charAt(1) - '0';
      assertThat(level).as("heading '%s' after level %d", heading.text(), previous)
          .isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
  }

  @Test
  void everyTableHasACaptionAHeaderRowAndScopedHeaders() {
    Document doc = example();
    assertThat(doc.select("table")).hasSizeGreaterThan(6);
    for (Element table : doc.select("table")) {
      assertThat(table.select("> caption").text()).as("caption of %s", table.outerHtml()
          .substring(0, 60)).isNotBlank();
      assertThat(table.select("> thead > tr > th")).isNotEmpty();
      for (Element th : table.select("th")) {
        assertThat(th.attr("scope")).as("scope of <th>%s</th>", th.text())
            .isIn("col", "row");
      }
    }
  }

  @Test
  void eachPercentHasItsNumeratorDenominatorAndInterval() {
    ReportLine line = EXAMPLE.cards().get(EXAMPLE.cards().size() - 1).line("STABLE")
        .orElseThrow();
    Element row = example().select("div[aria-labelledby=table-better-off] tbody tr").first();
    assertThat(row.select("th").text()).isEqualTo("Families with a stable tenancy");
    assertThat(row.select("td").eachText()).containsExactly(
        line.number().text(), line.denominator().map(Cell::text).orElseThrow(),
        line.percent().orElseThrow().text(), line.interval().orElseThrow().toPercentText(),
        line.assessed().orElseThrow().text(), line.notPaired().orElseThrow().text(),
        line.excluded().orElseThrow().text(), line.notEligible().orElseThrow().text(),
        "headline");
    assertThat(row.select("td").eachText()).containsExactly(
        "68", "94", "72%", "63%-80%", "144", "50", "0", "0", "headline");
    assertThat(example().select("div[aria-labelledby=table-better-off] thead th")
        .eachText()).containsExactly("Measure", "#", "of", "%", "95% CI", "assessed",
            "not paired", "excluded", "not eligible", "role");
    // On the card: the headline figure, its counts, a bar and its interval.
    Element tile = example().select(".quadrant .tile:has(h3:containsOwn(stable tenancy))")
        .first();
    assertThat(tile.select(".big").text()).isEqualTo("72%");
    assertThat(tile.select(".of").text()).isEqualTo("68 of 94");
    assertThat(tile.select(".ci").text()).isEqualTo("95% CI: 63%-80%");
    assertThat(tile.select("svg.bar[aria-hidden=true]")).hasSize(1);
  }

  @Test
  void marksSuppressedCellsAndExplainsThePolicy() {
    Document doc = example();
    Element table = doc.select("table.matrix").first();
    // LA-4's few families and LA-1's, hidden with them, are folded into one column naming
    // neither.
    assertThat(table.select("thead th").eachText()).containsExactly("Measure", "LA-1", "LA-2",
        "LA-3", "LA-4", "Others (hidden or 0)", "Total");
    Element stable = table.select("tbody tr:has(th:containsOwn(stable tenancy))").first();
    Element other = stable.select("td").get(4);
    assertThat(other.select("[data-cell]").eachText()).containsExactly("[c]", "[c]", "33");
    assertThat(other.select("[data-cell=percent]").attr("data-key")).isEqualTo("(other)");
    assertThat(other.select("abbr.mark").first().attr("title")).startsWith("Confidential");
    // A hidden cell says only that it is hidden: no mark tells a small count from its complement.
    assertThat(doc.select("abbr.mark.suppressed")).isNotEmpty();
    assertThat(doc.select("abbr.mark").eachAttr("class")).allSatisfy(c ->
        assertThat(c).isIn("mark suppressed", "mark no-denominator"));
    assertThat(doc.select("abbr.mark.suppressed").eachAttr("title")).containsOnly(
        "Confidential: hidden to protect small numbers");
    assertThat(doc.html()).doesNotContainIgnoringCase("primary")
        .doesNotContainIgnoringCase("secondary suppression");
    assertThat(doc.select("td.hidden abbr.mark")).allSatisfy(mark ->
        assertThat(mark.text()).isIn("[c]", "[z]"));
    Element legend = doc.select("table.legend").first();
    assertThat(legend.select("tbody th").eachText()).containsExactly("[c]", "[z]", "95% CI");
    assertThat(legend.text()).contains("policy \"dfe\"", "Counts from 1 to 5 are hidden",
        "a range less than 5 wide", "folded into (other)");
    assertThat(doc.select("dl.meta").text()).contains("Disclosure control",
        "Department for Education children's social care statistics");
    // Every figure is the card's published cell, hidden ones as hidden, and every published cell
    // is on the page.
    ReportCard card = EXAMPLE.cards().get(EXAMPLE.cards().size() - 1);
    assertThat(CardFigures.check(doc, card)).containsAll(CardFigures.everyPublishedCell(card));
  }

  @Test
  void statesPeriodAsOfDateAndProvenance() {
    Document doc = example();
    assertThat(doc.select("p.lead").text()).isEqualTo(
        "Report card for 2025-26 (1 April 2025 to 31 March 2026), as of 31 March 2026.");
    assertThat(doc.select("dl.meta").text()).contains(
        "Reporting period 1 April 2025 to 31 March 2026 (2025-04-01/2026-03-31)",
        "As of 31 March 2026 (2026-03-31)", "Wilson score intervals, 95%",
        "Synthetic records built in code by HtmlReportExample: 144 families");
  }

  @Test
  void drawsTheCurveWithATextAlternativeAndADataTable() {
    Document doc = example();
    Element svg = doc.select("figure.chart > svg[role=img]").first();
    assertThat(svg).isNotNull();
    assertThat(svg.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
    assertThat(svg.getElementById(svg.attr("aria-describedby")).tagName()).isEqualTo("desc");
    // The caption is short: the description is read once, from the desc.
    assertThat(doc.select("figure.chart > figcaption").text()).isEqualTo("Families with a stable "
        + "tenancy: history, baseline forecast and actual values; the table below gives every "
        + "value.");
    assertThat(svg.select("title").first().text())
        .isEqualTo("Families with a stable tenancy: turn-the-curve chart");
    assertThat(svg.select("desc").text()).contains("History: 2019-20 40%",
        "Forecast 2024-25: 58.9%", "better than forecast by 10.2 points, within the prediction "
            + "interval: not yet a turn", "Target 2025-26: 65%");
    assertThat(doc.select("table.curve-data caption").text())
        .isEqualTo("Families with a stable tenancy: values by period (the data of the chart)");
    assertThat(doc.select("table.curve-data tbody tr")).hasSize(7);
  }

  @Test
  void escapesEveryTextFromTheInputs() {
    ReportCard card = scriptCard();
    String html = HtmlReportCard.of(card).withSource("<img src=x onerror=alert(2)>").render();
    assertThat(html).doesNotContain("<script>").doesNotContain("<img")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;")
        .contains("&lt;img src=x onerror=alert(2)&gt;");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, img")).isEmpty();
    assertThat(doc.select("h1").text()).isEqualTo("<script>alert('x')</script> & \"co\"");
    assertThat(doc.select("div[aria-labelledby=table-how-much] tbody th").eachText())
        .containsExactly("<script>alert(1)</script>");
    assertNoExternalRequests(html);
  }

  @Test
  void saysSoWhenAQuadrantHasNoMeasures() {
    Document doc = Jsoup.parse(HtmlReportCard.of(scriptCard()).render());
    assertThat(doc.select("section[aria-labelledby=q-better-off-percent] p.none").text())
        .isEqualTo("No measures in this quadrant.");
    assertThat(doc.select("section.profile")).isEmpty();
    assertThat(doc.select("dl.meta").text())
        .contains("Disclosure control none (policy \"none\"): every count is shown as it is.");
  }

  private static ReportCard scriptCard() {
    Evaluation evaluation = Evaluation.builder().framework(EXAMPLE.framework())
        .period(ReportingPeriod.financialYear(2025)).asOf(ReportingPeriod.financialYear(2025)
            .end())
        .addMeasures(CountMeasure.of("FAMILIES", Label.of("<script>alert(1)</script>"), "IFS",
            CountingUnit.FAMILY))
        .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE))
        .build();
    return ReportCard.of(evaluation, evaluation.evaluate(
        HtmlReportExample.families(2025).stream()),
        ReportOptions.defaults().withTitle("<script>alert('x')</script> & \"co\""));
  }

  @Test
  void takesCurveNamesInWelshWhenAsked() {
    String html = EXAMPLE.html().withLocale(Locale.forLanguageTag("cy")).render();
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("html").attr("lang")).isEqualTo("cy");
    assertThat(doc.select(".quadrant h2").eachText()).contains(
        "Maint yr ymdrech Faint wnaethom ni?");
    assertThat(doc.select("h4").text()).isEqualTo("Teuluoedd mewn tenantiaeth sefydlog");
    assertThat(doc.select("svg title").first().text()).startsWith("Teuluoedd mewn tenantiaeth");
    // The measures the example names in English only are marked and listed, never silently
    // English.
    assertThat(doc.select(".quadrant span[lang=en].untranslated").eachText())
        .contains("Families supported");
    assertThat(doc.select("#untranslated + p + div table td[lang=en]").eachText())
        .contains("Families supported");
    assertThat(CardFigures.check(doc, EXAMPLE.cards().get(EXAMPLE.cards().size() - 1)))
        .isNotEmpty();
  }

  @Test
  void givesEveryHeadingInWelshThenEnglishAndEachFigureOnceOnABilingualCard() {
    Locale welsh = Locale.forLanguageTag("cy");
    String html = EXAMPLE.html().withLanguages(List.of(welsh, Locale.UK)).render();
    Document both = Jsoup.parse(html);
    Document one = Jsoup.parse(EXAMPLE.html().withLocale(welsh).render());
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"cy\">");
    assertNoExternalRequests(html);
    assertThat(both.select(".quadrant h2").eachText()).contains("Maint yr ymdrech / Quantity of"
        + " effort Faint wnaethom ni? / How much did we do?");
    assertThat(both.select(".quadrant h2, #marks, #annex, caption").stream()
        .filter(h -> h.select("> span[lang=cy] + span.sep + span[lang=en]").isEmpty())
        .map(Element::outerHtml).toList()).isEmpty();
    // Figures once: the same published cells as the Welsh card, each as often.
    assertThat(both.select("[data-cell]").eachAttr("data-cell"))
        .isEqualTo(one.select("[data-cell]").eachAttr("data-cell"));
    assertThat(CardFigures.check(both, EXAMPLE.cards().get(EXAMPLE.cards().size() - 1)))
        .isEqualTo(CardFigures.check(one, EXAMPLE.cards().get(EXAMPLE.cards().size() - 1)));
    assertThat(both.select(".of").first().text()).matches("\\d+ o / of \\d+");
    // A name with no Welsh is given once, in English, marked, and listed: never twice, never
    // silently English in the Welsh half.
    assertThat(both.select(".quadrant .name:contains(Families supported)").first().html())
        .isEqualTo("<span lang=\"en\" class=\"untranslated\">Families supported</span>"
            + "<span class=\"mark-en\"> (en)</span>");
    assertThat(both.select("#untranslated + p + div table td[lang=en]").eachText())
        .contains("Families supported");
    assertThat(welshText(both)).isNotEmpty().noneMatch(t -> t.contains("Families supported")
        || t.contains("How much did we do") || t.contains("Risk of losing the tenancy")
        || t.contains("No risk"));
    assertThat(welshText(one)).isNotEmpty().noneMatch(t -> t.contains("Risk of losing the"
        + " tenancy") || t.contains("No risk"));
    assertThat(both.select("caption .untranslated").eachText())
        .contains("Risk of losing the tenancy, from the baseline to the latest review");
    // The full curve: one drawing, named and described in both languages, its table in both.
    assertThat(both.select("svg.curve")).hasSize(one.select("svg.curve").size());
    assertThat(both.select("svg.curve title").first().text())
        .startsWith("Teuluoedd mewn tenantiaeth sefydlog").contains(" / Families with a stable");
    assertThat(both.select("table.curve-data th[scope=col] span[lang=cy]")).isNotEmpty();
  }

  /** The text of each element in Welsh, without what it holds in English (marked or not). */
  private static List<String> welshText(Document doc) {
    List<String> texts = new ArrayList<>();
    for (Element welsh : doc.select("body [lang=cy], body:not([lang=en])")) {
      Element copy = welsh.clone();
      copy.select("[lang=en]").remove();
      texts.add(copy.text());
    }
    return texts;
  }

  @Test
  void givesEnglishFirstWhenAskedAndRefusesOtherLanguageLists() {
    Document doc = Jsoup.parse(EXAMPLE.html().withLanguages(List.of(Locale.UK,
        Locale.forLanguageTag("cy"))).render());
    assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select(".quadrant h2").eachText()).contains("Quantity of effort / Maint yr"
        + " ymdrech How much did we do? / Faint wnaethom ni?");
    assertThat(doc.select(".l1").first().attr("lang")).isEqualTo("en");
    assertThatThrownBy(() -> EXAMPLE.html().withLanguages(List.of(Locale.UK, Locale.ENGLISH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different languages");
    assertThatThrownBy(() -> EXAMPLE.html().withLanguages(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected one or two, found 0");
  }

  @Test
  void linksToTheSameCardInTheOtherLanguageInThatLanguagesWords() {
    Document welsh = Jsoup.parse(EXAMPLE.html().withLocale(Locale.forLanguageTag("cy"))
        .withTranslation(Locale.UK, "card.en.html").render());
    Element link = welsh.select(".card-head a[hreflang=en]").first();
    assertThat(link.attr("href")).isEqualTo("card.en.html");
    assertThat(link.attr("lang")).isEqualTo("en");
    assertThat(link.text()).isEqualTo("Read this report card in English");
    Document english = Jsoup.parse(EXAMPLE.html().withTranslation(Locale.forLanguageTag("cy"),
        "card.cy.html").render());
    assertThat(english.select(".card-head a[hreflang=cy][lang=cy]").text())
        .isEqualTo("Darllenwch y cerdyn adroddiad hwn yn Gymraeg");
    assertThatThrownBy(() -> EXAMPLE.html().withTranslation(Locale.UK, "x.html"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a language other than the page's (en)");
    assertThatThrownBy(() -> EXAMPLE.html().withTranslation(Locale.forLanguageTag("cy"), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found a blank");
  }

  @Test
  void showsChangeProfilesUnderTheSamePolicyAsTheTextCard() {
    Document doc = example();
    Element table = doc.select("div[aria-labelledby^=profile-] table").first();
    assertThat(table.select("caption").text()).startsWith("Risk of losing the tenancy, from "
        + "the baseline to the latest review: level at baseline (rows)");
    // The levels are named by the indicator's scale, their codes on hover.
    assertThat(table.select("thead th").eachText()).hasSize(6).startsWith("At baseline \\ later")
        .endsWith("All");
    assertThat(table.select("thead th[title]").eachAttr("title")).containsExactly("Code: none",
        "Code: low", "Code: medium", "Code: high");
    // The same cells as the text card's matrix, row by row.
    ReportCard card = EXAMPLE.cards().get(EXAMPLE.cards().size() - 1);
    String text = card.toText();
    List<String> levels = new ArrayList<>(card.changeProfiles().get(0).table().rows());
    levels.add("all");
    List<Element> rows = table.select("tbody tr");
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>(List.of(levels.get(r)));
      cells.addAll(rows.get(r).select("td").eachText());
      assertThat(text).containsPattern("\\n\\s+" + String.join("\\s+",
          cells.stream().map(Pattern::quote).toList()) + "\\n");
    }
    assertThat(table.select("abbr.mark")).isNotEmpty();
  }

  @Test
  void showsTheMeanChangeOfANumericIndicator() {
    Evaluation evaluation = Evaluation.builder().framework(FamilyFeedbackTest.FRAMEWORK)
        .period(ReportingPeriod.financialYear(2025)).asOf(LocalDate.of(2026, 3, 31))
        .addMeasures(TransitionMeasure.of("ATT-CHANGE", Label.of("Attendance change"), "IFS",
            "SCHOOL-ATT", Pairing.latest().withRaters(RaterChoice.only(Rater.JOINT))))
        .build();
    Results results = evaluation.evaluate(FamilyFeedbackTest.family());
    ReportCard open = ReportCard.of(evaluation, results);
    assertThat(open.toText()).contains("paired: 3, mean change: 8.33");
    Document shown = Jsoup.parse(HtmlReportCard.of(open).render());
    assertThat(shown.select("td[data-profile]")
        .eachText()).containsExactly("3", "8.33");
    ReportCard dfe = ReportCard.of(evaluation, results,
        ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE));
    // The mean of 3 people is withheld because their number is: confidential ([c]), not "no
    // denominator" ([z]).
    assertThat(dfe.toText()).contains("paired: [c], mean change: [c]");
    Document hidden = Jsoup.parse(HtmlReportCard.of(dfe).render());
    assertThat(hidden.select("td[data-profile]")
        .eachText()).containsExactly("[c]", "[c]");
    assertThat(hidden.select("td[data-profile] abbr.mark")
        .eachAttr("title")).allMatch(t -> t.startsWith("Confidential"));
    Results none = evaluation.evaluate(java.util.stream.Stream.empty());
    ReportCard empty = ReportCard.of(evaluation, none,
        ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE));
    assertThat(empty.toText()).contains("paired: 0, mean change: [z]");
    Document zero = Jsoup.parse(HtmlReportCard.of(empty).render());
    assertThat(zero.select("td[data-profile]")
        .eachText()).containsExactly("0", "[z]");
  }

  @Test
  void isDeterministicAndMatchesItsGoldenFile() throws Exception {
    String html = EXAMPLE.html().render();
    assertThat(HtmlReportExample.build().html().render()).isEqualTo(html);
    Golden.assertMatches(html, "report-card-example.html");
    List<Locale> both = List.of(Locale.forLanguageTag("cy"), Locale.UK);
    String bilingual = EXAMPLE.html().withLanguages(both).render();
    assertThat(HtmlReportExample.build().html().withLanguages(both).render())
        .isEqualTo(bilingual);
    Golden.assertMatches(bilingual, "report-card-example-cy-en.html");
  }

  @Test
  void judgesTheCardsValueAgainstTheBaselineOfItsHistory() {
    ReportCard card = EXAMPLE.cards().get(EXAMPLE.cards().size() - 1);
    List<ReportCard> earlier = EXAMPLE.cards().subList(0, EXAMPLE.cards().size() - 1);
    HtmlReportCard page = HtmlReportCard.of(card)
        .withLabels(CardLabels.of(EXAMPLE.framework(), List.of())).withHistory(earlier);
    // The example's one headline measure: its history the earlier years, the card's year judged.
    assertThat(page.curves()).hasSize(1);
    org.obaframework.core.curve.CurveReport.Curve curve = page.curves().get(0);
    assertThat(curve.baseline().history().points()).hasSize(earlier.size());
    assertThat(curve.baseline().verdicts(curve.actuals())).singleElement()
        .satisfies(v -> assertThat(v.period()).isEqualTo(card.period()));
    Document doc = Jsoup.parse(page.render());
    assertThat(doc.select(".tile .verdict").text()).startsWith(CurveSvg.verdictText(
        curve.baseline().verdicts(curve.actuals()).get(0), Words.of(Locale.UK)));
    // A history must be of the line's kind: a count is no percent.
    TimeSeries counts = TimeSeries.builder().code("STABLE").name(Label.of("Stable"))
        .unit(org.obaframework.core.curve.SeriesUnit.COUNT)
        .polarity(org.obaframework.core.framework.Polarity.HIGHER_IS_BETTER).build();
    assertThatThrownBy(() -> HtmlReportCard.of(card).withHistory(counts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'STABLE'", "expected a series in percent");
    assertThatThrownBy(() -> HtmlReportCard.of(card).withHistory(TimeSeries.builder()
        .from(counts).code("NONE").build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a measure of the card");
  }

  @Test
  void refusesABlankSource() {
    assertThatThrownBy(() -> EXAMPLE.html().withSource(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source").hasMessageContaining("blank");
  }

  @Test
  void rendersOtherPoliciesInTheLegend() {
    ReportCard card = EXAMPLE.cards().get(0);
    Evaluation evaluation = Evaluation.builder().framework(EXAMPLE.framework())
        .period(card.period()).asOf(card.asOf())
        .addMeasures(CountMeasure.of("FAMILIES", Label.of("Families"), "IFS",
            CountingUnit.FAMILY))
        .build();
    ReportCard ons = ReportCard.of(evaluation, evaluation.evaluate(
        HtmlReportExample.families(2019).stream()),
        ReportOptions.defaults().withDisclosure(DisclosurePolicy.ONS_10_5));
    Document doc = Jsoup.parse(HtmlReportCard.of(ons).render());
    assertThat(doc.select("table.legend").text()).contains("ONS 10-5 rule",
        "Counts from 1 to 9 are hidden", "the other counts are rounded to the nearest 5",
        "a range less than 9 wide");
    assertThat(doc.select("div[aria-labelledby=table-how-much] tbody td").first().text())
        .isEqualTo("120");
  }
}
