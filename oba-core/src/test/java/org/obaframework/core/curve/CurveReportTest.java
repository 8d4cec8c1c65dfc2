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
        "  Baseline: linear trend (least squares), made 2024-04-30",
        "  2024-04-01/2025-03-31: forecast 19.7 (95% 16 to 23.4); actual 25: better than "
            + "forecast by 5.3, outside the interval: the curve has turned",
        "  Trend: improving for 2 periods; change since first: +15; target 20, variance +5 "
            + "(125% of target)",
        "",
        "Measure (M), lower is better",
        "  \u2581\u2588  2019 to 2021: 3, 4",
        "  Baseline: linear trend (least squares), made 2021-04-30; insufficient history: "
            + "linear trend (least squares) needs at least 3 values, the series has 2",
        ""));
  }
}
