package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.Polarity;

class ProviderReportTest {
  private static ReportingPeriod fy(int year) {
    return ReportingPeriod.financialYear(year);
  }

  @Test
  void reportsEveryMeasureAgainstTargetAndForecastWithItsStory() {
    TimeSeries.Builder risk = TimeSeries.builder().code("IFS-RISK-DOWN")
        .name(Label.of("Families whose risk came down")).unit(SeriesUnit.PERCENT)
        .polarity(Polarity.HIGHER_IS_BETTER);
    int[] values = {50, 52, 54, 62};
    for (int i = 0; i < values.length; i++) {
      risk.addPoints(SeriesPoint.of(fy(2023 + i), values[i]));
    }
    TimeSeries actuals = risk.build();
    TimeSeries history = TimeSeries.builder().from(actuals)
        .points(actuals.points().subList(0, 3)).build();
    Baseline baseline = Baseline.of(history, Scenario.linearTrend(), List.of(fy(2026)), 0.95,
        LocalDate.of(2026, 4, 30));
    TurnTheCurveRecord story = TurnTheCurveRecord.builder()
        .subject("IFS-RISK-DOWN").subjectKind(CurveSubjectKind.PERFORMANCE_MEASURE)
        .asOf(LocalDate.of(2026, 9, 30))
        .addContributingFactors("Housing officers joined the weekly team meeting")
        .addRestrictingFactors("Two key workers left in the summer")
        .addIdeas(Idea.of("Joint visits with housing", Cost.NO_COST))
        .addActions(Action.of("Recruit two key workers", "Service manager",
            LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ActionStatus.IN_PROGRESS))
        .build();

    ProviderReport report = ProviderReport.of(PopulationFixtures.specification()
        .reportingFrequency(org.obaframework.core.aggregate.PeriodKind.FINANCIAL_YEAR).build(),
        List.of(new CurveReport.Curve(actuals, baseline)), List.of(story), fy(2026));

    assertThat(report.lines()).extracting(ProviderReport.Line::measure)
        .containsExactly("IFS-FAMILIES", "IFS-RISK-DOWN");
    ProviderReport.Line line = report.lines().get(1);
    assertThat(line.actual().getAsDouble()).isEqualTo(62.0);
    assertThat(line.varianceFromTarget().getAsDouble()).isEqualTo(2.0);
    assertThat(line.verdict().orElseThrow().status()).isEqualTo(CurveStatus.TURNED);
    assertThat(line.unit()).contains(SeriesUnit.PERCENT);
    assertThat(report.toText())
        .contains("Intensive family support 2026-2029 (CARDIFF-IFS-2026): report to Cardiff "
            + "Council Children's Services for 2026-04-01/2027-03-31")
        .contains("IFS-FAMILIES\n  No value for the period.\n  No turn-the-curve record yet.")
        .contains("  Actual 62%; target 60%, variance +2 points\n")
        .contains("  Baseline forecast 56%\n  better than forecast by 6 points, outside the "
            + "prediction interval: the curve has turned\n")
        .contains("    + Housing officers joined the weekly team meeting\n")
        .contains("    - Two key workers left in the summer\n")
        .contains("  Action plan: 1 action, 1 overdue at 2027-03-31; 1 no-cost or low-cost ideas");
    assertThat(report.toString()).doesNotContain("Housing officers");
  }

  @Test
  void aPeriodOfAnotherFrequencyThanTheContractsIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProviderReport.of(
        PopulationFixtures.specification().build(), List.of(), List.of(), fy(2026)))
        .isInstanceOf(org.obaframework.core.ValidationException.class)
        .hasMessageContaining("commissioning specification 'CARDIFF-IFS-2026', field period")
        .hasMessageContaining("a FINANCIAL_QUARTER period, such as 2026-04-01/2026-06-30")
        .hasMessageContaining("found 2026-04-01/2027-03-31");
  }
}
