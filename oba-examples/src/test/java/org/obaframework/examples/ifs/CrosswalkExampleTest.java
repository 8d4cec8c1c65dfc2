package org.obaframework.examples.ifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.report.ReportOptions;

class CrosswalkExampleTest {
  private final ReportCard card = IfsData.reportCard();
  private final List<CrosswalkExample.Row> rows = CrosswalkExample.rows(card);

  @Test
  void eachNationsFrameworkHasIfsMeasuresReportedAgainstIt() {
    assertThat(rows).extracting(CrosswalkExample.Row::framework).containsOnly(
        ExternalFrameworks.EVERY_CHILD_MATTERS.code(), ExternalFrameworks.SHANARRI.code(),
        ExternalFrameworks.WALES_WELL_BEING.code(),
        ExternalFrameworks.NORTHERN_IRELAND_CYPS.code());
    // Each of the five better-off measures appears under each nation's framework.
    for (String framework : List.of("ECM", "SHANARRI", "WALES-SSWBA-2014", "NI-CYPS-2030")) {
      assertThat(rows.stream().filter(r -> r.framework().equals(framework))
          .map(CrosswalkExample.Row::measure).distinct()).as(framework).hasSize(5);
    }
  }

  @Test
  void figuresAreTheReportCardsThroughTheIndicatorsLinks() {
    assertThat(rows).contains(
        new CrosswalkExample.Row("WALES-SSWBA-2014", "ACCOMMODATION",
            IfsFramework.STABLE_HOME, card.line(IfsFramework.STABLE_HOME).orElseThrow().name(),
            "120", "150", "80%", "73%-86%"),
        new CrosswalkExample.Row("SHANARRI", "HEALTHY", IfsFramework.MENTAL_HEALTH_IMPROVED,
            card.line(IfsFramework.MENTAL_HEALTH_IMPROVED).orElseThrow().name(), "60", "150",
            "40%", "33%-48%"));
    for (CrosswalkExample.Row row : rows) {
      Proportion tally = (Proportion) IfsData.results(IfsData.evaluation())
          .total(row.measure()).orElseThrow();
      assertThat(row.number()).isEqualTo(Long.toString(tally.numerator()));
      assertThat(row.denominator()).isEqualTo(Long.toString(tally.denominator()));
    }
    // School exclusion speaks to SHANARRI's "included"; attendance does not.
    assertThat(rows).filteredOn(r -> r.framework().equals("SHANARRI")
        && r.outcome().equals("INCLUDED")).extracting(CrosswalkExample.Row::measure)
        .containsExactly(IfsFramework.NO_LONGER_EXCLUDED);
  }

  @Test
  void aMeasureWithNoDenominatorHasNoPercentNotZero() {
    // A family with no child excluded at baseline: the exclusion measure has no denominator.
    Evaluation evaluation = IfsData.evaluation();
    SubjectRecords family = IfsData.records().stream()
        .filter(f -> ((Proportion) evaluation.evaluate(Stream.of(f))
            .total(IfsFramework.NO_LONGER_EXCLUDED).orElseThrow()).denominator() == 0)
        .findFirst().orElseThrow();
    ReportCard one = ReportCard.of(evaluation, evaluation.evaluate(Stream.of(family)),
        ReportOptions.defaults());
    assertThat(CrosswalkExample.rows(one))
        .filteredOn(r -> r.measure().equals(IfsFramework.NO_LONGER_EXCLUDED))
        .isNotEmpty()
        .allSatisfy(r -> {
          assertThat(r.denominator()).isEqualTo("0");
          assertThat(r.percent()).isEqualTo("[z]");
          assertThat(r.interval()).isEmpty();
        });
  }

  @Test
  void rowsShowOnlyWhatTheCardPublishes() {
    // Four families under the DfE's disclosure control: every count from 1 to 5 is hidden.
    Evaluation evaluation = IfsData.evaluation();
    ReportCard small = ReportCard.of(evaluation,
        evaluation.evaluate(IfsData.records().subList(0, 4).stream()),
        ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE));
    ReportLine stable = small.line(IfsFramework.STABLE_HOME).orElseThrow();
    assertThat(stable.number().isHidden()).isTrue();
    assertThat(CrosswalkExample.rows(small))
        .filteredOn(r -> r.measure().equals(IfsFramework.STABLE_HOME))
        .isNotEmpty()
        .allSatisfy(r -> {
          assertThat(r.number()).isEqualTo("[c]");
          assertThat(r.denominator()).isEqualTo(stable.denominator().orElseThrow().text());
          assertThat(r.percent()).isEqualTo(stable.percent().orElseThrow().text());
        });
  }

  @Test
  void mainPrintsEveryOutcomeOfEveryFramework() {
    String out = IfsReportTest.captured(() -> CrosswalkExample.main(new String[0]));
    assertThat(out).isEqualTo(CrosswalkExample.run())
        .contains("Every Child Matters (England)")
        .contains("Getting it right for every child: SHANARRI well-being indicators (Scotland)")
        .contains("Suitability of living accommodation")
        .contains("Live in safety and stability")
        .contains("Living in a stable tenancy without risk of homelessness: 120 of 150 families "
            + "(80%, 95% CI 73%-86%)")
        .contains("Enjoy play and leisure\n    no IFS indicator");
  }
}
