package org.obaframework.examples.ifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.report.ReportCard;

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
            120, 150, 80, "73%-86%"),
        new CrosswalkExample.Row("SHANARRI", "HEALTHY", IfsFramework.MENTAL_HEALTH_IMPROVED,
            card.line(IfsFramework.MENTAL_HEALTH_IMPROVED).orElseThrow().name(), 60, 150, 40,
            "33%-48%"));
    for (CrosswalkExample.Row row : rows) {
      Proportion tally = (Proportion) card.line(row.measure()).orElseThrow().tally();
      assertThat(row.number()).isEqualTo(tally.numerator());
      assertThat(row.denominator()).isEqualTo(tally.denominator());
    }
    // School exclusion speaks to SHANARRI's "included"; attendance does not.
    assertThat(rows).filteredOn(r -> r.framework().equals("SHANARRI")
        && r.outcome().equals("INCLUDED")).extracting(CrosswalkExample.Row::measure)
        .containsExactly(IfsFramework.NO_LONGER_EXCLUDED);
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
