package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.Polarity;

class BaselineProperties {
  private static final long SEED = 20261127L;

  private static TimeSeries line(double intercept, double slope, int n, double shift,
      Polarity polarity) {
    TimeSeries.Builder builder = TimeSeries.builder().code("M").name(Label.of("M"))
        .unit(SeriesUnit.NUMBER).polarity(polarity);
    for (int i = 0; i < n; i++) {
      builder.addPoints(SeriesPoint.of(ReportingPeriod.financialQuarter(2020 + i / 4, 1 + i % 4),
          intercept + slope * i / 4.0 + (i >= n - 2 ? shift : 0)));
    }
    return builder.build();
  }

  private static List<ReportingPeriod> future(int n, int count) {
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int i = n; i < n + count; i++) {
      periods.add(ReportingPeriod.financialQuarter(2020 + i / 4, 1 + i % 4));
    }
    return periods;
  }

  @Test
  void aSeriesOnItsTrendLineHasNoResidualAndIsAsForecast() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(doubles().between(-100, 100), doubles().between(-10, 10),
            integers().between(3, 12))
        .checkAssert((intercept, slope, n) -> {
          TimeSeries history = line(intercept, slope, n, 0, Polarity.HIGHER_IS_BETTER);
          Baseline baseline = Baseline.of(history, Scenario.linearTrend(), future(n, 3), 0.95,
              java.time.LocalDate.of(2026, 1, 1));
          assertThat(baseline.fit().orElseThrow().residualStandardError())
              .isCloseTo(0, within(1e-9 * (1 + Math.abs(intercept) + Math.abs(slope))));
          TimeSeries continued = line(intercept, slope, n + 3, 0, Polarity.HIGHER_IS_BETTER);
          assertThat(baseline.verdicts(continued)).hasSize(3)
              .allSatisfy(v -> assertThat(v.status()).isEqualTo(CurveStatus.AS_FORECAST));
        });
  }

  @Test
  void shiftingEveryActualByDMovesEveryGapByD() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(doubles().between(-50, 50), doubles().between(-5, 5), integers().between(3, 10),
            doubles().between(-20, 20))
        .checkAssert((intercept, slope, n, d) -> {
          TimeSeries history = line(intercept, slope + 0.01 * n, n, 0.3,
              Polarity.HIGHER_IS_BETTER);
          Baseline baseline = Baseline.of(history, Scenario.linearTrend(), future(n, 4), 0.95,
              java.time.LocalDate.of(2026, 1, 1));
          TimeSeries.Builder actual = TimeSeries.builder().from(history);
          TimeSeries.Builder shifted = TimeSeries.builder().from(history);
          for (ReportingPeriod period : future(n, 4)) {
            double value = intercept + period.start().getYear();
            actual.addPoints(SeriesPoint.of(period, value));
            shifted.addPoints(SeriesPoint.of(period, value + d));
          }
          List<Verdict> before = baseline.verdicts(actual.build());
          List<Verdict> after = baseline.verdicts(shifted.build());
          assertThat(after).hasSameSizeAs(before);
          for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).gap()).isCloseTo(before.get(i).gap() + d, within(1e-6));
          }
        });
  }

  @Test
  void reversingThePolarityNegatesEveryGap() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(doubles().between(-50, 50), doubles().between(-5, 5), integers().between(3, 10))
        .checkAssert((intercept, slope, n) -> {
          TimeSeries up = line(intercept, slope, n, 1, Polarity.HIGHER_IS_BETTER);
          TimeSeries down = TimeSeries.builder().from(up).polarity(Polarity.LOWER_IS_BETTER)
              .build();
          TimeSeries actualUp = line(intercept, slope, n + 2, 2, Polarity.HIGHER_IS_BETTER);
          TimeSeries actualDown = TimeSeries.builder().from(actualUp)
              .polarity(Polarity.LOWER_IS_BETTER).build();
          List<Verdict> a = Baseline.of(up, Scenario.linearTrend(), future(n, 2), 0.95,
              java.time.LocalDate.of(2026, 1, 1)).verdicts(actualUp);
          List<Verdict> b = Baseline.of(down, Scenario.linearTrend(), future(n, 2), 0.95,
              java.time.LocalDate.of(2026, 1, 1)).verdicts(actualDown);
          for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).gap()).isCloseTo(-a.get(i).gap(), within(1e-9));
          }
        });
  }
}
