package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.obaframework.core.curve.BaselineTest.MADE;
import static org.obaframework.core.curve.BaselineTest.fy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.Polarity;

/** The models of issue 15: percents as proportions, counts never below 0, honest verdicts. */
class TrendModelsTest {
  /** A percent series of k_i of n_i, financial years from 2019. */
  static TimeSeries proportions(Polarity polarity, long... countsAndDenominators) {
    TimeSeries.Builder builder = TimeSeries.builder().code("P").name(Label.of("Percent"))
        .unit(SeriesUnit.PERCENT).polarity(polarity);
    for (int i = 0; i < countsAndDenominators.length / 2; i++) {
      builder.addPoints(SeriesPoint.proportion(fy(2019 + i), countsAndDenominators[2 * i],
          countsAndDenominators[2 * i + 1]));
    }
    return builder.build();
  }

  static TimeSeries series(SeriesUnit unit, Polarity polarity, double... values) {
    TimeSeries.Builder builder = TimeSeries.builder().code("S").name(Label.of("Series"))
        .unit(unit).polarity(polarity);
    for (int i = 0; i < values.length; i++) {
      builder.addPoints(SeriesPoint.of(fy(2019 + i), values[i]));
    }
    return builder.build();
  }

  static Baseline trend(TimeSeries history, int periods) {
    List<ReportingPeriod> future = new java.util.ArrayList<>();
    for (int i = 0; i < periods; i++) {
      future.add(fy(2019 + history.points().size() + i));
    }
    return Baseline.of(history, Scenario.linearTrend(), future, 0.95, MADE);
  }

  @Test
  void aFlatHistoryOfOneInTenForecastsTenPercentWithAnIntervalOfSamplingVariance() {
    // The old empirical logit forecast (1 + 1/2) / (10 + 1) = 13.6 %.
    Baseline baseline = trend(proportions(Polarity.HIGHER_IS_BETTER, 1, 10, 1, 10, 1, 10), 1);

    ForecastPoint next = baseline.forecast().get(0);
    assertThat(next.value()).isCloseTo(10, within(1e-9));
    assertThat(next.denominator()).hasValue(10);
    assertThat(next.upper().getAsDouble() - next.lower().getAsDouble()).isGreaterThan(10);
    assertThat(next.lower().getAsDouble()).isLessThan(10);
    assertThat(next.upper().getAsDouble()).isGreaterThan(10);
    Fit fit = baseline.fit().orElseThrow();
    assertThat(fit.model()).isEqualTo(TrendModel.LOGISTIC_BINOMIAL);
    assertThat(fit.firth()).isFalse();
    assertThat(fit.slope()).isCloseTo(0, within(1e-12));
    assertThat(fit.intercept()).isCloseTo(Math.log(1.0 / 9), within(1e-12));
    // No residual: the dispersion is the binomial's 1, and the quantile the normal's.
    assertThat(fit.dispersion()).isEqualTo(1.0);
    assertThat(fit.dispersionEstimated()).isFalse();
    // X'WX with w = 10 * 0.1 * 0.9 = 0.9 at x = 0, 1, 2: [[2.7, 2.7], [2.7, 4.5]], det 4.86.
    assertThat(fit.varianceOfIntercept()).isCloseTo(4.5 / 4.86, within(1e-12));
    assertThat(fit.covariance()).isCloseTo(-2.7 / 4.86, within(1e-12));
    assertThat(fit.varianceOfSlope()).isCloseTo(2.7 / 4.86, within(1e-12));
    assertThat(fit.description()).isEqualTo("logistic regression of the counts, binomial");
  }

  @Test
  void tenOfTenThreeYearsRunningThenTenOfTenIsAsForecastNotATurn() {
    Baseline baseline = trend(proportions(Polarity.HIGHER_IS_BETTER, 10, 10, 10, 10, 10, 10),
        1);

    ForecastPoint next = baseline.forecast().get(0);
    assertThat(next.value()).isEqualTo(100.0);
    assertThat(next.upper()).hasValue(100.0);
    assertThat(next.lower().getAsDouble()).isGreaterThan(0).isLessThan(100);
    assertThat(baseline.fit().orElseThrow().firth()).isTrue();
    Verdict verdict = baseline.verdicts(proportions(Polarity.HIGHER_IS_BETTER, 10, 10, 10, 10,
        10, 10, 10, 10)).get(0);
    assertThat(verdict.status()).isEqualTo(CurveStatus.AS_FORECAST);
    assertThat(verdict.outsideInterval()).contains(false);
    assertThat(verdict.text()).isEqualTo("as forecast");
    // 9 of 10 is worse, and within the interval.
    Verdict nine = baseline.verdicts(proportions(Polarity.HIGHER_IS_BETTER, 10, 10, 10, 10,
        10, 10, 9, 10)).get(0);
    assertThat(nine.status()).isEqualTo(CurveStatus.WORSE_THAN_FORECAST);
    assertThat(nine.outsideInterval()).contains(false);
    assertThat(nine.text()).isEqualTo("worse than forecast by 10 points, within the prediction "
        + "interval");
  }

  @Test
  void aFlatHistoryAtZeroForecastsZeroWithAnIntervalUpFromIt() {
    Baseline baseline = trend(proportions(Polarity.LOWER_IS_BETTER, 0, 40, 0, 40, 0, 40, 0,
        40), 1);

    ForecastPoint next = baseline.forecast().get(0);
    assertThat(next.value()).isEqualTo(0.0);
    assertThat(next.lower()).hasValue(0.0);
    assertThat(next.upper().getAsDouble()).isGreaterThan(0).isLessThan(100);
    Verdict verdict = baseline.verdicts(proportions(Polarity.LOWER_IS_BETTER, 0, 40, 0, 40, 0,
        40, 0, 40, 0, 40)).get(0);
    assertThat(verdict.status()).isEqualTo(CurveStatus.AS_FORECAST);
    assertThat(baseline.fit().orElseThrow().description()).isEqualTo("logistic regression of "
        + "the counts, binomial; Firth's bias-reduced fit");
  }

  @Test
  void valuesThatPartAtAPointInTimeAreFittedByFirthsBiasReducedTrend() {
    // 0 % until 2020, 100 % from 2021: the maximum-likelihood trend would be a step.
    Baseline step = trend(proportions(Polarity.HIGHER_IS_BETTER, 0, 20, 0, 20, 20, 20, 20, 20),
        2);
    assertThat(step.fit().orElseThrow().firth()).isTrue();
    assertThat(step.forecast()).allSatisfy(point -> {
      assertThat(point.value()).isGreaterThan(99).isLessThanOrEqualTo(100);
      assertThat(point.lower().getAsDouble()).isLessThan(point.value());
    });
    // 0 of 80 three months running, then 1 of 80: its limit would forecast 100 %, Firth's fit a
    // few percent.
    Baseline first = trend(proportions(Polarity.HIGHER_IS_BETTER, 0, 80, 0, 80, 0, 80, 1, 80),
        1);
    assertThat(first.fit().orElseThrow().firth()).isTrue();
    assertThat(first.forecast().get(0).value()).isGreaterThan(0).isLessThan(20);
    assertThat(first.forecast().get(0).lower().getAsDouble()).isLessThan(
        first.forecast().get(0).value());
  }

  @Test
  void theIntervalOfAPercentIsForItsDenominatorTheActualsWhenJudged() {
    TimeSeries history = proportions(Polarity.HIGHER_IS_BETTER, 30, 100, 35, 100, 38, 100,
        42, 100);
    Baseline baseline = trend(history, 1);
    ForecastPoint assumed = baseline.forecast().get(0);
    ForecastPoint small = baseline.forecast(fy(2023), 10).orElseThrow();
    ForecastPoint large = baseline.forecast(fy(2023), 10_000).orElseThrow();

    assertThat(assumed.denominator()).hasValue(100);
    assertThat(small.value()).isEqualTo(assumed.value());
    assertThat(width(small)).isGreaterThan(width(assumed));
    assertThat(width(large)).isLessThan(width(assumed));
    // An actual of 15 of 20 is judged against the interval for 20.
    TimeSeries actuals = TimeSeries.builder().from(history)
        .addPoints(SeriesPoint.proportion(fy(2023), 15, 20)).build();
    Verdict verdict = baseline.verdicts(actuals).get(0);
    assertThat(verdict.against()).isEqualTo(baseline.forecast(fy(2023), 20).orElseThrow());
    assertThat(baseline.forecast(actuals)).containsExactly(verdict.against());
    assertThatThrownBy(() -> baseline.forecast(fy(2023), 0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field denominator")
        .hasMessageContaining("1 or more");
  }

  private static double width(ForecastPoint point) {
    return point.upper().getAsDouble() - point.lower().getAsDouble();
  }

  @Test
  void aPercentSeriesMixingPointsWithAndWithoutCountsIsRefusedForATrend() {
    TimeSeries mixed = TimeSeries.builder().from(proportions(Polarity.HIGHER_IS_BETTER, 3, 10,
        4, 10)).addPoints(SeriesPoint.of(fy(2021), 50), SeriesPoint.of(fy(2022), 55)).build();

    assertThatThrownBy(() -> trend(mixed, 1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("2 problems")
        .hasMessageContaining("baseline of 'P', field points[2].numerator, denominator")
        .hasMessageContaining("field points[3].numerator, denominator")
        .hasMessageContaining("as 2 of the 4 points have")
        .hasMessageContaining("found none")
        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
            .isEqualTo(ProblemType.MISSING_VALUE));
    // Carrying the last value forward needs no model.
    assertThat(Baseline.of(mixed, Scenario.carryForward(), List.of(fy(2023)), 0.95, MADE)
        .forecast().get(0).value()).isEqualTo(55.0);
  }

  @Test
  void percentsWithoutCountsAreFittedAsTheyAreZeroAndHundredIncluded() {
    Baseline baseline = trend(series(SeriesUnit.PERCENT, Polarity.HIGHER_IS_BETTER, 0, 20, 45,
        100, 90), 1);

    Fit fit = baseline.fit().orElseThrow();
    assertThat(fit.model()).isEqualTo(TrendModel.LOGISTIC_QUASI);
    assertThat(fit.dispersionEstimated()).isTrue();
    ForecastPoint next = baseline.forecast().get(0);
    assertThat(next.value()).isBetween(90.0, 100.0);
    assertThat(next.lower().getAsDouble()).isBetween(0.0, next.value());
    assertThat(next.upper().getAsDouble()).isBetween(next.value(), 100.0);
  }

  @Test
  void aFlatPercentWithoutCountsHasNoIntervalAndSaysWhy() {
    Baseline baseline = trend(series(SeriesUnit.PERCENT, Polarity.HIGHER_IS_BETTER, 10, 10,
        10), 1);

    assertThat(baseline.forecast().get(0).value()).isCloseTo(10, within(1e-9));
    assertThat(baseline.forecast().get(0).hasInterval()).isFalse();
    assertThat(baseline.intervalShortfall()).contains("no prediction interval: the percents "
        + "lie exactly on their trend, and without counts their sampling variance is unknown");
    Verdict verdict = baseline.verdicts(series(SeriesUnit.PERCENT, Polarity.HIGHER_IS_BETTER,
        10, 10, 10, 10.000000000001)).get(0);
    assertThat(verdict.status()).isEqualTo(CurveStatus.AS_FORECAST);
    assertThat(verdict.outsideInterval()).isEmpty();
  }

  @Test
  void percentsWithoutCountsAllAtZeroForecastZeroWithoutAnInterval() {
    Baseline baseline = trend(series(SeriesUnit.PERCENT, Polarity.HIGHER_IS_BETTER, 0, 0, 0),
        1);

    assertThat(baseline.forecast().get(0).value()).isEqualTo(0.0);
    assertThat(baseline.fit()).isEmpty();
    assertThat(baseline.model()).contains(TrendModel.LOGISTIC_QUASI);
    assertThat(baseline.intervalShortfall()).contains("no prediction interval: every percent "
        + "is 0, and without counts their sampling variance is unknown");
    // Parted at a point in time, without counts, the trend is Firth's.
    Baseline parted = trend(series(SeriesUnit.PERCENT, Polarity.HIGHER_IS_BETTER, 0, 0, 100,
        100), 1);
    assertThat(parted.fit().orElseThrow().firth()).isTrue();
    assertThat(parted.forecast().get(0).value()).isBetween(50.0, 100.0);
  }

  @Test
  void aCountsIntervalNeverGoesBelowZero() {
    // Least squares gave -49.3 to 526.5 for the fourth quarter ahead.
    Baseline baseline = trend(series(SeriesUnit.COUNT, Polarity.HIGHER_IS_BETTER, 73, 128, 151,
        136), 4);

    Fit fit = baseline.fit().orElseThrow();
    assertThat(fit.model()).isEqualTo(TrendModel.LOG_LINEAR_POISSON);
    assertThat(fit.dispersionEstimated()).isTrue();
    assertThat(fit.description()).startsWith("log-linear regression of the counts, "
        + "quasi-Poisson (dispersion ");
    assertThat(baseline.forecast()).hasSize(4).allSatisfy(point -> {
      assertThat(point.lower().getAsDouble()).isBetween(0.0, point.value());
      assertThat(point.upper().getAsDouble()).isGreaterThan(point.value());
      assertThat(point.denominator()).isEmpty();
    });
  }

  @Test
  void countsOfZeroForecastZeroAndCountsRisingFromNothingABiasReducedTrend() {
    Baseline zeros = trend(series(SeriesUnit.COUNT, Polarity.LOWER_IS_BETTER, 0, 0, 0), 1);
    assertThat(zeros.forecast().get(0).value()).isEqualTo(0.0);
    assertThat(zeros.forecast().get(0).lower()).hasValue(0.0);
    assertThat(zeros.forecast().get(0).upper().getAsDouble()).isGreaterThan(0);

    // Counts rising from nothing: no maximum-likelihood trend, but a finite bias-reduced one.
    Baseline rising = trend(series(SeriesUnit.COUNT, Polarity.HIGHER_IS_BETTER, 0, 0, 5), 1);
    assertThat(rising.fit().orElseThrow().firth()).isTrue();
    assertThat(rising.forecast().get(0).value()).isGreaterThan(5);
    assertThat(rising.forecast().get(0).lower().getAsDouble()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void aNumberOnItsLineHasNoIntervalAndSaysWhy() {
    Baseline baseline = trend(series(SeriesUnit.NUMBER, Polarity.HIGHER_IS_BETTER, 5, 5, 5), 1);

    assertThat(baseline.forecast().get(0).hasInterval()).isFalse();
    assertThat(baseline.intervalShortfall()).contains("no prediction interval: the values lie "
        + "exactly on their trend, and a number series carries no sampling variance of its own");
  }

  @Test
  void aSeriesRefusesNegativeCountsAndCountsOutsideAPercent() {
    assertThatThrownBy(() -> series(SeriesUnit.COUNT, Polarity.HIGHER_IS_BETTER, 3, -1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field points[1].value")
        .hasMessageContaining("a count, 0 or more");
    assertThatThrownBy(() -> TimeSeries.builder().code("S").name(Label.of("S"))
        .unit(SeriesUnit.NUMBER).polarity(Polarity.HIGHER_IS_BETTER)
        .addPoints(SeriesPoint.proportion(fy(2020), 1, 2)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field points[0].numerator, denominator")
        .hasMessageContaining("counts only in a series of unit PERCENT");
  }

  @Test
  void theVerdictNamesPercentagePoints() {
    ForecastPoint point = new ForecastPoint(fy(2024), 40, java.util.OptionalDouble.of(30),
        java.util.OptionalDouble.of(50));

    assertThat(Verdict.of(point, 45, Polarity.HIGHER_IS_BETTER, SeriesUnit.PERCENT).text())
        .isEqualTo("better than forecast by 5 points, within the prediction interval: not yet a "
            + "turn");
    assertThat(Verdict.of(point, 41, Polarity.HIGHER_IS_BETTER, SeriesUnit.PERCENT).text())
        .isEqualTo("better than forecast by 1 point, within the prediction interval: not yet a "
            + "turn");
    assertThat(Verdict.of(point, 25.25, Polarity.LOWER_IS_BETTER, SeriesUnit.PERCENT).text())
        .isEqualTo("better than forecast by 14.8 points, outside the prediction interval: the "
            + "curve has turned");
    assertThat(Verdict.of(point, 40.01, Polarity.LOWER_IS_BETTER, SeriesUnit.COUNT).text())
        .isEqualTo("worse than forecast by less than 0.1, within the prediction interval");
    assertThat(Verdict.amount(20, SeriesUnit.PERCENT)).isEqualTo("20 points");
  }

  @Test
  void oneToleranceDecidesAsForecastAndTheInterval() {
    // A zero-width interval from a caller: an actual a rounding away is as forecast and inside.
    ForecastPoint point = new ForecastPoint(fy(2024), 10, java.util.OptionalDouble.of(10),
        java.util.OptionalDouble.of(10));
    Verdict verdict = Verdict.of(point, 10 + 1e-12, Polarity.HIGHER_IS_BETTER,
        SeriesUnit.PERCENT);

    assertThat(verdict.status()).isEqualTo(CurveStatus.AS_FORECAST);
    assertThat(verdict.outsideInterval()).contains(false);
  }
}
