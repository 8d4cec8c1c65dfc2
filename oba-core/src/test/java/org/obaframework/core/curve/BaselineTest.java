package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.Polarity;

class BaselineTest {
  static final LocalDate MADE = LocalDate.of(2024, 4, 30);

  static ReportingPeriod fy(int year) {
    return ReportingPeriod.financialYear(year);
  }

  static TimeSeries numbers(Polarity polarity, double... values) {
    TimeSeries.Builder builder = TimeSeries.builder().code("M").name(Label.of("Measure"))
        .unit(SeriesUnit.NUMBER).polarity(polarity);
    for (int i = 0; i < values.length; i++) {
      builder.addPoints(SeriesPoint.of(fy(2019 + i), values[i]));
    }
    return builder.build();
  }

  /**
   * Hand calculation for x = 0..4 (financial years 2019 to 2023), y = 10, 12, 15, 15, 18: mean x
   * 2, mean y 14, Sxx 10, Sxy 19, slope 1.9, intercept 10.2; fitted 10.2, 12.1, 14.0, 15.9,
   * 17.8; SSE 1.9, s = sqrt(1.9 / 3) = 0.7958224. At x0 = 5: yhat 19.7, se = s * sqrt(1 + 1/5
   * + 9/10) = 1.1532563, t(3, 0.975) = 3.1824463, half-width 3.6701761: [16.029824, 23.370176].
   */
  @Test
  void fitsTheLeastSquaresLineAndPredictionIntervalOfTheHandCalculation() {
    Baseline baseline = Baseline.of(numbers(Polarity.HIGHER_IS_BETTER, 10, 12, 15, 15, 18),
        Scenario.linearTrend(), List.of(fy(2024)), 0.95, MADE);

    Fit fit = baseline.fit().orElseThrow();
    assertThat(fit.slope()).isCloseTo(1.9, within(1e-9));
    assertThat(fit.intercept()).isCloseTo(10.2, within(1e-9));
    assertThat(fit.residualStandardError()).isCloseTo(0.795822, within(1e-6));
    assertThat(fit.n()).isEqualTo(5);
    ForecastPoint next = baseline.forecast(fy(2024)).orElseThrow();
    assertThat(next.value()).isCloseTo(19.7, within(1e-9));
    assertThat(next.lower().getAsDouble()).isCloseTo(16.029824, within(1e-5));
    assertThat(next.upper().getAsDouble()).isCloseTo(23.370176, within(1e-5));
    assertThat(baseline.madeOn()).isEqualTo(MADE);
    assertThat(baseline.isForecast()).isTrue();
  }

  @Test
  void twoPointsAreInsufficientHistoryForATrendAndTheBaselineSaysSo() {
    Baseline baseline = Baseline.of(numbers(Polarity.HIGHER_IS_BETTER, 10, 12),
        Scenario.linearTrend(), List.of(fy(2021)), 0.95, MADE);

    assertThat(baseline.isForecast()).isFalse();
    assertThat(baseline.forecast()).isEmpty();
    assertThat(baseline.shortfall()).contains("insufficient history: linear trend needs at "
        + "least 3 values, the series has 2");
    assertThat(baseline.verdicts(numbers(Polarity.HIGHER_IS_BETTER, 10, 12, 20))).isEmpty();
    // Carrying the last value forward needs only one.
    assertThat(Baseline.of(numbers(Polarity.HIGHER_IS_BETTER, 10, 12),
        Scenario.carryForward(), List.of(fy(2021)), 0.95, MADE).forecast(fy(2021))
        .orElseThrow().value()).isEqualTo(12.0);
  }

  @Test
  void worseningMoreSlowlyThanForecastIsBetterThanForecast() {
    // Lower is better and the measure is rising: 10, 12, 14, 15 forecasts 10.2 + 1.7 * 4 = 17 ...
    TimeSeries history = numbers(Polarity.LOWER_IS_BETTER, 10, 12, 14, 15);
    Baseline baseline = Baseline.of(history, Scenario.linearTrend(), List.of(fy(2023)), 0.95,
        MADE);
    ForecastPoint next = baseline.forecast(fy(2023)).orElseThrow();
    assertThat(next.value()).isCloseTo(17, within(1e-9));

    // ... 16 is better, within the interval: moving the right way, not yet a turn.
    Verdict slower = baseline.verdicts(numbers(Polarity.LOWER_IS_BETTER, 10, 12, 14, 15, 16))
        .get(0);
    assertThat(slower.gap()).isCloseTo(1, within(1e-9));
    assertThat(slower.status()).isEqualTo(CurveStatus.BETTER_THAN_FORECAST);
    assertThat(slower.status().isTurned()).isFalse();
    assertThat(slower.text()).isEqualTo("better than forecast by 1, within the prediction "
        + "interval: not yet a turn");
    // Falling below the interval is a turn, even while the measure still rises.
    Verdict turned = baseline.verdicts(numbers(Polarity.LOWER_IS_BETTER, 10, 12, 14, 15,
        next.lower().getAsDouble() - 0.01)).get(0);
    assertThat(turned.status()).isEqualTo(CurveStatus.TURNED);

    Verdict faster = baseline.verdicts(numbers(Polarity.LOWER_IS_BETTER, 10, 12, 14, 15, 18))
        .get(0);
    assertThat(faster.gap()).isCloseTo(-1, within(1e-9));
    assertThat(faster.status()).isEqualTo(CurveStatus.WORSE_THAN_FORECAST);
    assertThat(faster.outsideInterval()).contains(false);
  }

  @Test
  void higherIsBetterTurnsAboveTheForecastAndTellsWhetherOutsideTheInterval() {
    Baseline baseline = Baseline.of(numbers(Polarity.HIGHER_IS_BETTER, 10, 12, 15, 15, 18),
        Scenario.linearTrend(), List.of(fy(2024)), 0.95, MADE);

    Verdict within = baseline.verdicts(
        numbers(Polarity.HIGHER_IS_BETTER, 10, 12, 15, 15, 18, 21)).get(0);
    assertThat(within.status()).isEqualTo(CurveStatus.BETTER_THAN_FORECAST);
    assertThat(within.outsideInterval()).contains(false);
    Verdict beyond = baseline.verdicts(
        numbers(Polarity.HIGHER_IS_BETTER, 10, 12, 15, 15, 18, 25)).get(0);
    assertThat(beyond.outsideInterval()).contains(true);
    assertThat(beyond.status()).isEqualTo(CurveStatus.TURNED);
    assertThat(beyond.text()).isEqualTo("better than forecast by 5.3, outside the prediction "
        + "interval: the curve has turned");
    Verdict below = baseline.verdicts(
        numbers(Polarity.HIGHER_IS_BETTER, 10, 12, 15, 15, 18, 17)).get(0);
    assertThat(below.status()).isEqualTo(CurveStatus.WORSE_THAN_FORECAST);
    assertThat(below.outsideInterval()).contains(false);
    assertThat(below.text()).isEqualTo("worse than forecast by 2.7, within the prediction "
        + "interval");
    Verdict farBelow = baseline.verdicts(
        numbers(Polarity.HIGHER_IS_BETTER, 10, 12, 15, 15, 18, 15)).get(0);
    assertThat(farBelow.text()).isEqualTo("worse than forecast by 4.7, outside the prediction "
        + "interval");
  }

  @Test
  void aPercentForecastStaysWithinZeroAndOneHundred() {
    TimeSeries rising = TimeSeries.builder().code("P").name(Label.of("Percent"))
        .unit(SeriesUnit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .addPoints(SeriesPoint.proportion(fy(2019), 60, 100),
            SeriesPoint.proportion(fy(2020), 80, 100), SeriesPoint.proportion(fy(2021), 95, 100))
        .build();

    Baseline baseline = Baseline.of(rising, Scenario.linearTrend(),
        List.of(fy(2022), fy(2023), fy(2024), fy(2025)), 0.95, MADE);

    assertThat(baseline.fit().orElseThrow().logit()).isTrue();
    assertThat(baseline.model()).contains(TrendModel.LOGISTIC_BINOMIAL);
    assertThat(baseline.forecast()).hasSize(4).allSatisfy(point -> {
      assertThat(point.value()).isBetween(0.0, 100.0);
      assertThat(point.lower().getAsDouble()).isBetween(0.0, point.value());
      assertThat(point.upper().getAsDouble()).isBetween(point.value(), 100.0);
    });
    // A straight line would forecast 112.5 % for 2022.
    assertThat(baseline.forecast(fy(2022)).orElseThrow().value()).isGreaterThan(95).isLessThan(100);
  }

  @Test
  void aGivenScenarioUsesThePartnersValues() {
    Baseline baseline = Baseline.of(numbers(Polarity.LOWER_IS_BETTER, 31, 32),
        Scenario.given("Partners' judgement, April 2024", Map.of(fy(2021), 33.0)),
        List.of(fy(2021), fy(2022)), 0.95, MADE);

    assertThat(baseline.forecast()).singleElement().satisfies(p -> {
      assertThat(p.period()).isEqualTo(fy(2021));
      assertThat(p.value()).isEqualTo(33.0);
      assertThat(p.lower()).isEmpty();
    });
    assertThat(baseline.toString()).contains("given: Partners' judgement, April 2024");
    Verdict verdict = baseline.verdicts(numbers(Polarity.LOWER_IS_BETTER, 31, 32, 32)).get(0);
    assertThat(verdict.outsideInterval()).isEmpty();
    // Without an interval, better than forecast cannot be told from chance: not a turn.
    assertThat(verdict.status()).isEqualTo(CurveStatus.BETTER_THAN_FORECAST);
    assertThat(verdict.text()).isEqualTo("better than forecast by 1; no prediction interval to "
        + "tell a turn from chance");
    assertThat(baseline.intervalShortfall()).contains("no prediction interval: given: "
        + "Partners' judgement, April 2024 has none");
  }

  @Test
  void refusesABadConfidenceOrFuturePeriodsInsideTheHistory() {
    TimeSeries history = numbers(Polarity.HIGHER_IS_BETTER, 1, 2, 3);
    assertThatThrownBy(() -> Baseline.of(history, Scenario.linearTrend(), List.of(fy(2022)),
        1.0, MADE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field confidence");
    assertThatThrownBy(() -> Baseline.of(history, Scenario.linearTrend(), List.of(fy(2020)),
        0.95, MADE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("baseline of 'M', field future")
        .hasMessageContaining("periods after the history's last, 2021-04-01/2022-03-31")
        .hasMessageContaining("found 2020-04-01/2021-03-31");
  }

  @Test
  void tellsTheTrendAndTheSimpleComparisons() {
    TimeSeries series = TimeSeries.builder().from(numbers(Polarity.LOWER_IS_BETTER,
        30, 32, 31, 29, 27)).putTargets(fy(2023), 25.0).build();

    assertThat(Trend.of(series)).isEqualTo(new Trend(Trend.Direction.IMPROVING, 3));
    assertThat(Trend.of(series).toString()).isEqualTo("improving for 3 periods");
    assertThat(series.changeSinceFirst().getAsDouble()).isEqualTo(-3.0);
    assertThat(series.varianceFromTarget(fy(2023)).getAsDouble()).isEqualTo(2.0);
    assertThat(series.percentOfTarget(fy(2023)).getAsDouble()).isEqualTo(108.0);
    assertThat(series.varianceFromTarget(fy(2019))).isEmpty();
    assertThat(Trend.of(numbers(Polarity.HIGHER_IS_BETTER, 5))).isEqualTo(
        new Trend(Trend.Direction.FLAT, 0));
  }

  @Test
  void aSeriesRefusesPointsOutOfOrderAndPercentsOutOfRange() {
    assertThatThrownBy(() -> TimeSeries.builder().code("P").name(Label.of("P"))
        .unit(SeriesUnit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .addPoints(SeriesPoint.of(fy(2020), 101), SeriesPoint.of(fy(2019), 50)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("2 problems")
        .hasMessageContaining("field points[0].value")
        .hasMessageContaining("a percent from 0 to 100")
        .hasMessageContaining("field points[1].period");
  }
}
