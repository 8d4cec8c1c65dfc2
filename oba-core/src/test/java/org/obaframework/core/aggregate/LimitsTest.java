package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Label;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.core.stats.Wilson;

/**
 * Issue 20: the work an evaluation may be asked for is bounded, with clear errors: the periods a
 * breakdown makes, and the confidence of intervals; rows exist only for periods that hold
 * records.
 */
class LimitsTest {
  private static final ReportingPeriod EVER =
      new ReportingPeriod(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

  @Test
  void aBreakdownByMonthOfTheYearsOneTo9999IsRefusedAtOnceNamingTheLimit() {
    // The periods are counted, not made: the error comes before any record is read.
    assertThatThrownBy(() -> AggregationFixtures.evaluation().period(EVER)
        .asOf(LocalDate.of(9999, 12, 31)).addBreakdowns(Breakdown.period(PeriodKind.MONTH))
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(p ->
              assertThat(p.type()).isEqualTo(ProblemType.OUT_OF_RANGE));
          assertThat(e.getMessage()).contains("breakdown 'month', field periods",
              "at most 1000 periods", "Evaluation.Builder.maxPeriods", "found 119988 periods");
        });
  }

  @Test
  void theLimitOfPeriodsCanBeRaisedAndRowsAreMadeOnlyForPeriodsWithRecords() {
    Evaluation evaluation = AggregationFixtures.evaluation()
        .period(new ReportingPeriod(LocalDate.of(1900, 1, 1), LocalDate.of(2030, 12, 31)))
        .asOf(LocalDate.of(2026, 3, 31)).maxPeriods(2_000)
        .addBreakdowns(Breakdown.period(PeriodKind.MONTH)).build();

    Results results = evaluation.evaluate(ReportTestData.families().stream());

    // 1572 months, allowed by the raised limit; the families' one episode runs from April 2025,
    // open: only the 69 months it is open in get a row, none of the 1503 before.
    assertThat(results.rows("FAMILIES", "month")).isNotEmpty()
        .allSatisfy((key, tally) -> assertThat(ReportingPeriod.parse(key).start())
            .isAfterOrEqualTo(LocalDate.of(2025, 4, 1)));
    assertThat(results.rows("FAMILIES", "month")).hasSizeLessThanOrEqualTo(69);
  }

  @Test
  void splitRefusesMorePeriodsThanItsLimit() {
    assertThatThrownBy(() -> EVER.split(PeriodKind.MONTH, 1_000))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at most 1000 periods").hasMessageContaining("119988 periods");
  }

  @Test
  void countIsTheNumberOfPeriodsSplitMakes() {
    qt().withExamples(2_000).forAll(integers().between(0, 40_000), integers().between(0, 3_000),
        integers().between(0, PeriodKind.values().length - 1))
        .checkAssert((day, length, kind) -> {
          LocalDate start = LocalDate.of(1990, 1, 1).plusDays(day);
          ReportingPeriod period = new ReportingPeriod(start, start.plusDays(length));
          PeriodKind each = PeriodKind.values()[kind];
          assertThat(period.count(each)).as("%s by %s", period, each)
              .isEqualTo(period.split(each).size());
        });
  }

  @Test
  void aConfidenceAboveFourNinesIsRefusedNamingTheRangeAndEveryIntervalWithinItIsFinite() {
    assertThatThrownBy(() -> ReportOptions.defaults().withConfidence(0.9999999999999999))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a level above 0 and at most 0.9999");
    assertThatThrownBy(() -> Wilson.interval(3, 10, 1.0))
        .isInstanceOf(ValidationException.class);
    for (double level : List.of(1e-9, 0.5, 0.95, 0.999, Wilson.MAX_CONFIDENCE)) {
      for (long n : List.of(1L, 7L, 1_000_000L)) {
        var interval = Wilson.interval(n / 2, n, level);
        assertThat(interval.lower()).isBetween(0.0, 1.0);
        assertThat(interval.upper()).isBetween(0.0, 1.0);
      }
    }
    ReportCard card = ReportCard.of(AggregationFixtures.evaluation().build(),
        AggregationFixtures.evaluation().build().evaluate(ReportTestData.families()
            .stream()), ReportOptions.defaults().withConfidence(Wilson.MAX_CONFIDENCE));
    assertThat(card.toText()).doesNotContain("NaN");
  }

  @Test
  void aTitleWithATerminalEscapeIsRefusedAndALineBreakInALabelIsEscapedInTheText() {
    assertThatThrownBy(() -> ReportOptions.defaults().withTitle("Card\u001b[2J"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("control character U+001B")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b"));
    Evaluation evaluation = AggregationFixtures.evaluation()
        .measures(List.of(CountMeasure.of("FAMILIES", Label.of("Families\nNo problems"), "IFS",
            org.obaframework.core.framework.CountingUnit.FAMILY))).build();
    String text = ReportCard.of(evaluation, evaluation.evaluate(ReportTestData.families()
        .stream())).toText();
    assertThat(text.lines()).noneMatch(line -> line.strip().startsWith("No problems"));
    assertThat(text).contains("Families\\nNo problems");
  }
}
