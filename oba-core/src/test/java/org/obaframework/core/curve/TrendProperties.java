package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.Polarity;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of issue 15's trend models and verdicts. */
class TrendProperties {
  private static final long SEED = 20260515L;
  private static final LocalDate MADE = LocalDate.of(2030, 1, 1);

  private static ReportingPeriod quarter(int i) {
    return ReportingPeriod.financialQuarter(2020 + i / 4, 1 + i % 4);
  }

  private static List<ReportingPeriod> future(int from, int count) {
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      periods.add(quarter(i));
    }
    return periods;
  }

  private static TimeSeries proportions(Polarity polarity, List<long[]> counts) {
    TimeSeries.Builder builder = TimeSeries.builder().code("P").name(Label.of("P"))
        .unit(SeriesUnit.PERCENT).polarity(polarity);
    for (int i = 0; i < counts.size(); i++) {
      builder.addPoints(SeriesPoint.proportion(quarter(i), counts.get(i)[0], counts.get(i)[1]));
    }
    return builder.build();
  }

  @Test
  void aFlatHistoryOfKOfNForecastsKOverNWithAnIntervalOfPositiveWidthAroundIt() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(integers().between(1, 2000), doubles().between(0, 1), integers().between(3, 16),
            integers().between(1, 4))
        .checkAssert((n, share, length, ahead) -> {
          long k = Math.round(share * n);
          List<long[]> counts = new ArrayList<>();
          for (int i = 0; i < length; i++) {
            counts.add(new long[] {k, n});
          }
          Baseline baseline = Baseline.of(proportions(Polarity.HIGHER_IS_BETTER, counts),
              Scenario.linearTrend(), future(length, ahead), 0.95, MADE);
          double expected = 100.0 * k / n;
          assertThat(baseline.forecast()).hasSize(ahead).allSatisfy(point -> {
            assertThat(point.value()).isCloseTo(expected, within(1e-9));
            assertThat(point.lower().getAsDouble()).isLessThanOrEqualTo(expected)
                .isGreaterThanOrEqualTo(0);
            assertThat(point.upper().getAsDouble()).isGreaterThanOrEqualTo(expected)
                .isLessThanOrEqualTo(100);
            assertThat(point.upper().getAsDouble()).isGreaterThan(point.lower().getAsDouble());
          });
          // The next value the same: as forecast, inside the interval.
          counts.add(new long[] {k, n});
          assertThat(baseline.verdicts(proportions(Polarity.HIGHER_IS_BETTER, counts)))
              .singleElement().satisfies(v -> {
                assertThat(v.status()).isEqualTo(CurveStatus.AS_FORECAST);
                assertThat(v.outsideInterval()).contains(false);
              });
        });
  }

  @Test
  void aCountsForecastAndIntervalNeverGoBelowZero() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 400)).ofSizeBetween(3, 12),
            integers().between(1, 6))
        .checkAssert((values, ahead) -> {
          TimeSeries.Builder builder = TimeSeries.builder().code("C").name(Label.of("C"))
              .unit(SeriesUnit.COUNT).polarity(Polarity.LOWER_IS_BETTER);
          for (int i = 0; i < values.size(); i++) {
            builder.addPoints(SeriesPoint.of(quarter(i), values.get(i)));
          }
          Baseline baseline = Baseline.of(builder.build(), Scenario.linearTrend(),
              future(values.size(), ahead), 0.95, MADE);
          for (ForecastPoint point : baseline.forecast()) {
            assertThat(point.value()).isGreaterThanOrEqualTo(0);
            assertThat(point.lower().getAsDouble()).isGreaterThanOrEqualTo(0)
                .isLessThanOrEqualTo(point.value());
            assertThat(point.upper().getAsDouble()).isGreaterThan(point.lower().getAsDouble())
                .isGreaterThanOrEqualTo(point.value());
          }
          assertThat(baseline.forecast()).hasSize(ahead);
        });
  }

  /** Counts k_i of n_i of a random percent series, 3 to 10 quarters. */
  private static Gen<List<long[]>> proportionSeries() {
    Gen<long[]> one = integers().between(1, 300).zip(doubles().between(0, 1),
        (n, share) -> new long[] {Math.round(share * n), n});
    return lists().of(one).ofSizeBetween(4, 11);
  }

  @Test
  void anyPercentSeriesForecastsWithinZeroToHundredInsideAnIntervalOfPositiveWidth() {
    // Small denominators make histories at 0 % or 100 % and histories that part in time, whose
    // maximum-likelihood trend does not exist.
    Gen<long[]> small = integers().between(1, 6).zip(integers().between(0, 6),
        (n, k) -> new long[] {Math.min(k, n), n});
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(lists().of(small).ofSizeBetween(3, 8), integers().between(1, 3))
        .checkAssert((counts, ahead) -> {
          Baseline baseline = Baseline.of(proportions(Polarity.HIGHER_IS_BETTER, counts),
              Scenario.linearTrend(), future(counts.size(), ahead), 0.95, MADE);
          assertThat(baseline.forecast()).hasSize(ahead).allSatisfy(point -> {
            assertThat(point.value()).isBetween(0.0, 100.0);
            assertThat(point.lower().getAsDouble()).isBetween(0.0, point.value());
            assertThat(point.upper().getAsDouble()).isBetween(point.value(), 100.0);
            assertThat(point.upper().getAsDouble()).isGreaterThan(point.lower().getAsDouble());
          });
        });
  }

  @Test
  void reversingPolarityAndMirroringThePercentsGivesTheSameVerdicts() {
    // 100 - p with lower is better is p with higher is better, seen from the other side.
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(proportionSeries())
        .checkAssert(all -> {
          List<long[]> history = all.subList(0, all.size() - 1);
          List<long[]> mirrored = new ArrayList<>();
          all.forEach(c -> mirrored.add(new long[] {c[1] - c[0], c[1]}));
          List<ReportingPeriod> next = future(history.size(), 1);
          Baseline up = Baseline.of(proportions(Polarity.HIGHER_IS_BETTER, history),
              Scenario.linearTrend(), next, 0.95, MADE);
          Baseline down = Baseline.of(proportions(Polarity.LOWER_IS_BETTER,
              mirrored.subList(0, history.size())), Scenario.linearTrend(), next, 0.95, MADE);
          Verdict a = up.verdicts(proportions(Polarity.HIGHER_IS_BETTER, all)).get(0);
          Verdict b = down.verdicts(proportions(Polarity.LOWER_IS_BETTER, mirrored)).get(0);
          assertThat(b.status()).isEqualTo(a.status());
          assertThat(b.outsideInterval()).isEqualTo(a.outsideInterval());
          assertThat(b.gap()).isCloseTo(a.gap(), within(1e-6));
          assertThat(b.forecast()).isCloseTo(100 - a.forecast(), within(1e-6));
          assertThat(b.against().lower().getAsDouble())
              .isCloseTo(100 - a.against().upper().getAsDouble(), within(1e-6));
        });
  }

  private static Gen<ForecastPoint> points() {
    return doubles().between(-1000, 1000).zip(doubles().between(0, 100),
        doubles().between(0, 100), Generate.booleans(),
        (value, below, above, interval) -> interval
            ? new ForecastPoint(quarter(0), value, OptionalDouble.of(value - below),
                OptionalDouble.of(value + above))
            : new ForecastPoint(quarter(0), value, OptionalDouble.empty(),
                OptionalDouble.empty()));
  }

  @Test
  void reversingPolaritySwapsBetterAndWorseAndKeepsTheInterval() {
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(points(), doubles().between(-1200, 1200))
        .checkAssert((point, actual) -> {
          Verdict up = Verdict.of(point, actual, Polarity.HIGHER_IS_BETTER, SeriesUnit.NUMBER);
          Verdict down = Verdict.of(point, actual, Polarity.LOWER_IS_BETTER, SeriesUnit.NUMBER);
          assertThat(down.gap()).isEqualTo(-up.gap());
          assertThat(down.outsideInterval()).isEqualTo(up.outsideInterval());
          assertThat(down.status()).isEqualTo(switch (up.status()) {
            case TURNED, BETTER_THAN_FORECAST -> CurveStatus.WORSE_THAN_FORECAST;
            case AS_FORECAST -> CurveStatus.AS_FORECAST;
            case WORSE_THAN_FORECAST -> up.outsideInterval().orElse(false)
                ? CurveStatus.TURNED : CurveStatus.BETTER_THAN_FORECAST;
          });
        });
  }

  @Test
  void anActualInsideTheIntervalIsNeverTurned() {
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(points().assuming(ForecastPoint::hasInterval), doubles().between(0, 1),
            Generate.enumValues(Polarity.class))
        .checkAssert((point, where, polarity) -> {
          double lower = point.lower().getAsDouble();
          double actual = lower + where * (point.upper().getAsDouble() - lower);
          Verdict verdict = Verdict.of(point, actual, polarity, SeriesUnit.PERCENT);
          assertThat(verdict.outsideInterval()).contains(false);
          assertThat(verdict.status()).isNotEqualTo(CurveStatus.TURNED);
          assertThat(verdict.text()).doesNotContain("turned");
        });
  }
}
