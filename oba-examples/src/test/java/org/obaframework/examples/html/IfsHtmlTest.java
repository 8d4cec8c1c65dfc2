package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.change.BetterOffEvaluator;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.Decision;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.examples.ifs.IfsData;
import org.obaframework.examples.ifs.IfsMeasures;
import org.obaframework.examples.ifs.IfsReport;

/** The renderers on the Intensive Family Support example's embedded data. */
class IfsHtmlTest {
  @Test
  void rendersEveryLineOfTheIfsCardByLocalAuthority() {
    ReportCard card = IfsReport.localAuthorityCard();
    String html = HtmlReportCard.of(card)
        .withLabels(CardLabels.of(IfsData.framework(), IfsMeasures.all()))
        .withSource("The IFS example's synthetic records").render();
    HtmlReportCardTest.assertNoExternalRequests(html);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("h2").eachText()).containsSubsequence(
        "Quantity of effort How much did we do?", "Quality of effort How well did we do it?",
        "Quantity of effect Is anyone better off? (#)",
        "Quality of effect Is anyone better off? (%)", "At the start: who we served",
        "Breakdowns", "Marks used in the tables", "Annex");
    // Headline measures first in each quadrant, with their figure.
    assertThat(doc.select("#q-better-off-percent ~ .tile h3").eachText()).containsExactly(
        "No risk of losing the tenancy; ASB ceased or reduced significantly",
        "Living in a stable tenancy without risk of homelessness",
        "School attendance improved by 10 points or more, of families with a child below 90 %");
    for (ReportLine line : card.lines()) {
      if (line.percent().isEmpty()) {
        continue;
      }
      Element row = doc.select(".annex tbody tr").stream()
          .filter(r -> r.select("th").attr("title").equals("Code: " + line.code()))
          .findFirst().orElse(null);
      assertThat(row).as("row of %s", line.code()).isNotNull();
      assertThat(row.select("td").eachText()).startsWith(line.number().text(),
          line.denominator().map(Cell::text).orElseThrow(), line.percent().get().text());
    }
    // One compact matrix: every measure by local authority, named in words, never by its code.
    assertThat(doc.select("table.matrix")).hasSize(1);
    assertThat(doc.select("table.matrix caption").text())
        .isEqualTo("Measures by local authority");
    assertThat(doc.select("table.matrix tbody tr")).hasSize(card.tables().size());
    assertThat(doc.select("h1, h2, h3, caption, thead th").eachText())
        .noneMatch(text -> text.contains("local-authority"));
    assertThat(doc.text()).doesNotContain("..", "made with oba report");
    assertThat(doc.select("table > caption")).hasSize(doc.select("table").size());
    assertThat(doc.select("abbr.mark").eachText()).contains("[c]");
    assertThat(CardFigures.check(doc, card)).containsAll(CardFigures.everyPublishedCell(card));
  }

  @Test
  void explainsAnIfsFamilysDecisionsInPlainWords() {
    SubjectRecords family = IfsData.records().get(0);
    List<BetterOffMeasure> measures = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    for (BetterOffDefinition definition : IfsMeasures.betterOff()) {
      measures.add(definition.measure());
      decisions.addAll(BetterOffEvaluator.of(IfsData.framework(), definition.measure())
          .decide(family, IfsData.AS_OF));
    }
    FamilyFeedback feedback = FamilyFeedback.of(IfsData.framework()).withMeasures(measures);
    String text = feedback.toText(decisions);
    assertThat(text).startsWith("How things have changed: family " + family.subject().id())
        .contains("These ratings were made by your practitioner.")
        .doesNotContain("IFS-TENANCY-SECURED", "NOT_PAIRED", "BETTER_OFF");
    assertThat(text.lines().filter(l -> l.startsWith("Overall: ")).count())
        .isEqualTo(decisions.size());
    Document doc = Jsoup.parse(feedback.toHtml(decisions));
    assertThat(doc.select("section")).hasSize(decisions.size());
  }
}
