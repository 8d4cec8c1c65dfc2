package org.obaframework.examples.ifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Count;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;

/** The seed deck's figures, computed by oba from the embedded synthetic records. */
class IfsReportTest {
  /** A seed figure: the percent on the slide and the counts the synthetic data were built for. */
  private record Seed(String code, long numerator, long denominator, int percent) {}

  private static final List<Seed> SEED = List.of(
      new Seed(IfsMeasures.BASELINE_EVICTED, 22, 157, 14),
      new Seed(IfsMeasures.BASELINE_AT_RISK, 121, 157, 77),
      new Seed(IfsMeasures.BASELINE_RISK_CARE, 184, 484, 38),
      new Seed(IfsMeasures.BASELINE_VULNERABLE, 124, 157, 79),
      new Seed(IfsMeasures.BASELINE_VIOLENCE, 74, 157, 47),
      new Seed(IfsMeasures.BASELINE_SCHOOL, 148, 157, 94),
      new Seed(IfsFramework.TENANCY_SECURED, 128, 150, 85),
      new Seed(IfsFramework.STABLE_HOME, 120, 150, 80),
      new Seed(IfsFramework.MENTAL_HEALTH_IMPROVED, 60, 150, 40),
      new Seed(IfsFramework.ATTENDANCE_IMPROVED, 52, 100, 52),
      new Seed(IfsFramework.NO_LONGER_EXCLUDED, 21, 42, 50));

  private final ReportCard card = IfsData.reportCard();
  /** The exact tallies behind the card: the evaluation's results. */
  private final Results results = IfsData.results(IfsData.evaluation());

  @Test
  void howMuchIsTheSeeds() {
    assertThat(count(IfsFramework.FAMILIES)).isEqualTo(157);
    assertThat(count(IfsFramework.ADULTS)).isEqualTo(239);
    assertThat(count(IfsFramework.CHILDREN)).isEqualTo(484);
    assertThat(count(IfsFramework.RESIDENTIAL)).isEqualTo(11);
  }

  @Test
  void everyPercentOfTheSeedIsComputedWithItsCounts() {
    for (Seed seed : SEED) {
      ReportLine line = card.line(seed.code()).orElseThrow();
      Proportion proportion = tally(seed.code());
      assertThat(proportion.numerator()).as(seed.code()).isEqualTo(seed.numerator());
      assertThat(proportion.denominator()).as(seed.code()).isEqualTo(seed.denominator());
      assertThat(Math.round(proportion.percent().orElseThrow())).as(seed.code())
          .isEqualTo(seed.percent());
      assertThat(line.percent().orElseThrow().text()).isEqualTo(seed.percent() + "%");
      assertThat(line.number().text()).isEqualTo(Long.toString(seed.numerator()));
      assertThat(line.interval()).as(seed.code()).isPresent();
    }
  }

  @Test
  void betterOffMeasuresShowWhoWasNotJudged() {
    Proportion secured = tally(IfsFramework.TENANCY_SECURED);
    assertThat(secured.notPaired()).isEqualTo(5);    // 3 late starters, 2 disengaged
    assertThat(secured.excluded()).isEqualTo(2);     // moved away
    assertThat(secured.initialPopulation()).isEqualTo(157);
    Proportion attendance = tally(IfsFramework.ATTENDANCE_IMPROVED);
    assertThat(attendance.notEligible()).isPositive();
  }

  @Test
  void theTextShowsEachFigureWithItsCountsAndInterval() {
    String text = IfsReport.run();
    assertThat(text).contains("Families given intensive support    157")
        .contains("Families given residential support   11")
        .containsPattern("Families already evicted +22 +157 +14% +9%-20%")
        .containsPattern("No risk of losing the tenancy; ASB ceased or reduced significantly +128"
            + " +150 +85% +79%-90%")
        .containsPattern("Living in a stable tenancy without risk of homelessness +120 +150 +80%")
        .contains("(illustrative)");
  }

  @Test
  void byLocalAuthorityWithDfeDisclosureControlSomeCellsAreSuppressed() {
    ReportCard byArea = IfsReport.localAuthorityCard();
    BreakdownTable residential = byArea.table(IfsFramework.RESIDENTIAL, "local-authority")
        .orElseThrow();
    // 11 families in residential units, each local authority's count small: every row is hidden,
    // so the rows are folded into one and no local authority is named.
    assertThat(residential.rows()).extracting(BreakdownTable.Row::key)
        .containsExactly(BreakdownTable.OTHER);
    assertThat(residential.total().total().text()).isEqualTo("11");
    BreakdownTable excluded = byArea.table(IfsFramework.NO_LONGER_EXCLUDED, "local-authority")
        .orElseThrow();
    assertThat(excluded.rows()).anySatisfy(row -> assertThat(row.cells().get(0).status())
        .isEqualTo(CellStatus.SUPPRESSED));
    assertThat(IfsReport.byLocalAuthority()).contains("[c]").contains("LA-6");
  }

  @Test
  void parallelAndSequentialEvaluationAgreeAndBreakdownsKeepTheTotals() {
    Evaluation evaluation = IfsData.evaluation(
        Breakdown.localAuthority(LocalAuthorityRule.EPISODE), Breakdown.deliveryModel());
    Results sequential = evaluation.evaluate(IfsData.records().stream());
    assertThat(evaluation.evaluate(IfsData.records().parallelStream())).isEqualTo(sequential);
    for (Seed seed : SEED) {
      assertThat(sequential.total(seed.code()).orElseThrow()).as(seed.code())
          .isEqualTo(results.total(seed.code()).orElseThrow());
    }
    assertThat(sequential.rows(IfsFramework.RESIDENTIAL, "delivery-model"))
        .containsOnlyKeys(IfsFramework.RESIDENTIAL_UNIT);
  }

  @Test
  void theReadmeTableIsTheComputedOne() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains(IfsReport.countsTable(card));
  }

  @Test
  void countsTableHasARowPerLineButTheChangeProfiles() {
    long lines = card.lines().stream().filter(l -> l.section() != Section.CHANGE_PROFILE)
        .count();
    assertThat(IfsReport.countsTable(card).lines()).hasSize((int) lines + 2);
  }

  @Test
  void mainPrintsBothCards() {
    String out = captured(() -> IfsReport.main(new String[0]));
    assertThat(out).startsWith(IfsReport.run()).contains(IfsReport.byLocalAuthority());
  }

  private long count(String code) {
    long value = ((Count) results.total(code).orElseThrow()).value();
    assertThat(card.line(code).orElseThrow().number().text()).isEqualTo(Long.toString(value));
    return value;
  }

  private Proportion tally(String code) {
    return (Proportion) results.total(code).orElseThrow();
  }

  static String captured(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
