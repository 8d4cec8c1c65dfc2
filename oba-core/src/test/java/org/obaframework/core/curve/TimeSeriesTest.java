package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ReportTestData;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.ReportCard;

class TimeSeriesTest {
  private static List<ReportCard> quarterlyCards() {
    return quarterlyCards(org.obaframework.core.report.ReportOptions.defaults());
  }

  private static List<ReportCard> quarterlyCards(
      org.obaframework.core.report.ReportOptions options) {
    List<SubjectRecords> families = ReportTestData.families();
    List<ReportCard> cards = new ArrayList<>();
    for (ReportingPeriod quarter : ReportingPeriod.financialYear(2025)
        .split(PeriodKind.FINANCIAL_QUARTER)) {
      Evaluation evaluation = ReportTestData.evaluation().period(quarter)
          .asOf(LocalDate.of(2026, 3, 31)).build();
      cards.add(ReportCard.of(evaluation, evaluation.evaluate(families.stream()), options));
    }
    return cards;
  }

  @Test
  void buildsASeriesFromReportCardsOfSuccessivePeriodsWithCountsBehindPercents() {
    TimeSeries stable = TimeSeries.fromReportCards("STABLE", Polarity.HIGHER_IS_BETTER,
        quarterlyCards());

    assertThat(stable.unit()).isEqualTo(SeriesUnit.PERCENT);
    // The later reviews come on day 200 (October): in the first two quarters nobody is paired,
    // so those quarters have no denominator; they are gaps, not zeros, and not dropped silently.
    assertThat(stable.gaps()).containsExactly(ReportingPeriod.financialQuarter(2025, 1),
        ReportingPeriod.financialQuarter(2025, 2));
    assertThat(stable.points()).extracting(SeriesPoint::period).containsExactly(
        ReportingPeriod.financialQuarter(2025, 3), ReportingPeriod.financialQuarter(2025, 4));
    assertThat(stable.points()).allSatisfy(point -> {
      assertThat(point.numerator()).isPresent();
      assertThat(point.value()).isEqualTo(100.0 * point.numerator().getAsLong()
          / point.denominator().getAsLong());
    });
    assertThat(stable.name().text()).isEqualTo("Families with a stable tenancy");
    TimeSeries families = TimeSeries.fromReportCards("FAMILIES", Polarity.HIGHER_IS_BETTER,
        quarterlyCards());
    assertThat(families.unit()).isEqualTo(SeriesUnit.COUNT);
    assertThat(families.points()).extracting(SeriesPoint::value)
        .containsExactly(33.0, 33.0, 33.0, 33.0);
  }

  @Test
  void aMeasureMissingFromACardIsReported() {
    assertThatThrownBy(() -> TimeSeries.fromReportCards("NOPE", Polarity.HIGHER_IS_BETTER,
        quarterlyCards()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("4 problems")
        .hasMessageContaining("report card 2025-04-01/2025-06-30, field lines")
        .hasMessageContaining("a line of measure 'NOPE'");
  }

  @Test
  void aValueHiddenOnItsCardIsAGapInTheSeries() {
    // Under the DfE rule the families' "baseline within 4 weeks" line is hidden (2 of 33 late).
    List<ReportCard> cards = quarterlyCards(org.obaframework.core.report.ReportOptions.defaults()
        .withDisclosure(org.obaframework.core.report.DisclosurePolicy.DFE));
    TimeSeries series = TimeSeries.fromReportCards("BASELINE-4W", Polarity.HIGHER_IS_BETTER,
        cards);
    assertThat(cards.get(0).line("BASELINE-4W").orElseThrow().percent().orElseThrow()
        .isHidden()).isTrue();
    assertThat(series.gaps()).contains(ReportingPeriod.financialQuarter(2025, 1));
    assertThat(series.points()).noneMatch(p -> p.period().equals(
        ReportingPeriod.financialQuarter(2025, 1)));
  }

  @Test
  void aPopulationIndicatorsSeriesTakesItsCodeNameAndPolarity() {
    PopulationIndicator poverty = PopulationFixtures.relativePoverty().build();
    TimeSeries series = TimeSeries.of(poverty, SeriesUnit.PERCENT, List.of(
        SeriesPoint.of(ReportingPeriod.financialYear(2019), 31),
        SeriesPoint.of(ReportingPeriod.financialYear(2020), 32)));
    assertThat(series.code()).isEqualTo(poverty.code());
    assertThat(series.name()).isEqualTo(poverty.name());
    assertThat(series.polarity()).isEqualTo(poverty.polarity());
  }
}
