package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.core.curve.BaselineTest.fy;
import static org.obaframework.core.curve.BaselineTest.numbers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.framework.Polarity;

class CurveReportTest {
  @Test
  void rendersSeriesBaselineAndVerdicts() {
    TimeSeries history = numbers(Polarity.HIGHER_IS_BETTER, 10, 12, 15, 15, 18);
    TimeSeries actuals = TimeSeries.builder()
        .from(numbers(Polarity.HIGHER_IS_BETTER, 10, 12, 15, 15, 18, 25))
        .putTargets(fy(2024), 20.0).build();
    Baseline baseline = Baseline.of(history, Scenario.linearTrend(), List.of(fy(2024)), 0.95,
        LocalDate.of(2024, 4, 30));
    Baseline shortBaseline = Baseline.of(numbers(Polarity.LOWER_IS_BETTER, 3, 4),
        Scenario.linearTrend(), List.of(fy(2021)), 0.95, LocalDate.of(2021, 4, 30));

    String text = CurveReport.of("Headline measures", List.of(
        new CurveReport.Curve(actuals, baseline),
        new CurveReport.Curve(numbers(Polarity.LOWER_IS_BETTER, 3, 4), shortBaseline)))
        .toText();

    assertThat(text).isEqualTo(String.join("\n",
        "Headline measures",
        "",
        "Measure (M), higher is better",
        "  \u2581\u2582\u2583\u2583\u2585\u2588  2019 to 2025: 10, 12, 15, 15, 18, 25",
        "  Baseline: linear trend, least squares, made 2024-04-30",
        "  2024-04-01/2025-03-31: forecast 19.7 (95% 16 to 23.4); actual 25: better than "
            + "forecast by 5.3, outside the prediction interval: the curve has turned",
        "  Trend: improving for 2 periods; change since first: +15; target 20, variance +5 "
            + "(125% of target)",
        "",
        "Measure (M), lower is better",
        "  \u2581\u2588  2019 to 2021: 3, 4",
        "  Baseline: linear trend, made 2021-04-30; insufficient history: linear trend needs "
            + "at least 3 values, the series has 2",
        ""));
  }

  @Test
  void reportsAProgrammesHeadlineMeasuresOverTime() {
    org.obaframework.core.framework.OutcomesFramework base =
        org.obaframework.core.aggregate.ReportTestData.evaluation().build().framework();
    org.obaframework.core.framework.OutcomesFramework framework =
        org.obaframework.core.framework.OutcomesFramework.builder().from(base)
            .addMeasures(measure("FAMILIES", org.obaframework.core.framework.Quadrant.HOW_MUCH),
                measure("STABLE", org.obaframework.core.framework.Quadrant.BETTER_OFF_PERCENT),
                org.obaframework.core.framework.PerformanceMeasure.builder().code("EPISODES")
                    .name(org.obaframework.core.framework.Label.of("Episodes"))
                    .quadrant(org.obaframework.core.framework.Quadrant.HOW_MUCH)
                    .countingUnit(org.obaframework.core.framework.CountingUnit.EPISODE)
                    .build())
            .programmes(List.of(org.obaframework.core.framework.Programme.builder()
                .from(base.programme("IFS").orElseThrow())
                .addMeasures("FAMILIES", "STABLE", "EPISODES").build()))
            .build();
    List<org.obaframework.core.report.ReportCard> cards = new java.util.ArrayList<>();
    for (org.obaframework.core.aggregate.ReportingPeriod quarter
        : org.obaframework.core.aggregate.ReportingPeriod.financialYear(2025)
            .split(org.obaframework.core.aggregate.PeriodKind.FINANCIAL_QUARTER)) {
      org.obaframework.core.aggregate.Evaluation evaluation =
          org.obaframework.core.aggregate.ReportTestData.evaluation().period(quarter).build();
      cards.add(org.obaframework.core.report.ReportCard.of(evaluation, evaluation.evaluate(
          org.obaframework.core.aggregate.ReportTestData.families().stream())));
    }

    CurveReport report = CurveReport.headlines(framework, "IFS", cards, 3,
        Scenario.linearTrend(), 0.95, LocalDate.of(2026, 1, 15));

    // Headlines only (EPISODES is secondary), in the programme's order.
    assertThat(report.curves()).extracting(c -> c.actuals().code())
        .containsExactly("FAMILIES", "STABLE");
    CurveReport.Curve families = report.curves().get(0);
    assertThat(families.baseline().verdicts(families.actuals())).singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(CurveStatus.AS_FORECAST));
    CurveReport.Curve stable = report.curves().get(1);
    assertThat(stable.actuals().gaps()).hasSize(2);
    assertThat(stable.baseline().shortfall()).contains("insufficient history: linear trend "
        + "needs at least 3 values, the series has 2");
    assertThat(report.toText()).startsWith("IFS: headline measures over time\n");
  }

  private static org.obaframework.core.framework.PerformanceMeasure measure(String code,
      org.obaframework.core.framework.Quadrant quadrant) {
    return org.obaframework.core.framework.PerformanceMeasure.builder().code(code)
        .name(org.obaframework.core.framework.Label.of(code)).quadrant(quadrant)
        .role(org.obaframework.core.framework.MeasureRole.HEADLINE)
        .countingUnit(org.obaframework.core.framework.CountingUnit.FAMILY).build();
  }
}
