package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.Polarity;

/**
 * Forecasts and prediction intervals against an independent computation, written here from the
 * formulas apart from the library's code (R is not installed):
 *
 * <ul>
 *   <li>the generalised linear model {@code g(mu_i) = a + b x_i} is fitted by iteratively
 *       reweighted least squares in its textbook form (McCullagh and Nelder 1989, section 2.5):
 *       working response {@code z_i = eta_i + (y_i - mu_i) g'(mu_i)}, weights {@code w_i = 1 /
 *       (g'(mu_i)^2 V(mu_i))}, a weighted least-squares line through the weighted means, 200
 *       times from the empirical link of each value (the library uses Newton's method with step
 *       halving from the pooled value);
 *   <li>dispersion {@code phi} = Pearson's {@code X^2 / (n - 2)}, at least 1 for counts;
 *       quantile q Student's t(n - 2) when {@code phi} is estimated, else normal;
 *   <li>{@code se^2 = phi (1 / sum w + (x0 - xbar_w)^2 / Sxx_w)}, the variance of the fitted
 *       link at x0 (the library uses the full covariance matrix);
 *   <li>each bound: the root t nearest {@code eta0} of {@code (t - eta0)^2 = q^2 (se^2 + phi
 *       v(t))}, {@code v(t) = 1 / (m p(t) (1 - p(t)))} for the logit, {@code exp(-t)} for the
 *       log, found by stepping 0.001 from {@code eta0} and then by false position (Illinois).
 * </ul>
 *
 * <p>Agreement is to 1e-9 on the series' scale.
 */
class TrendReferenceTest {
  private static final double CONFIDENCE = 0.95;

  private static ReportingPeriod quarter(int i) {
    return ReportingPeriod.financialQuarter(2023 + i / 4, 1 + i % 4);
  }

  /** The independent reference: forecast, lower, upper at the quarter after the history. */
  private static double[] reference(String family, double[] y, double[] m, double m0) {
    int n = y.length;
    double[] x = new double[n];
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i / 4.0;
      eta[i] = link(family, family.equals("log") ? y[i] + 0.5
          : (y[i] + 0.5) / (m[i] + 1));
    }
    double a = 0;
    double b = 0;
    double[] w = new double[n];
    for (int iteration = 0; iteration < 200; iteration++) {
      double[] z = new double[n];
      for (int i = 0; i < n; i++) {
        double mean = mean(family, eta[i]);              // a proportion, or a count
        double derivative = family.equals("log") ? 1 / mean : 1 / (mean * (1 - mean));
        double variance = family.equals("log") ? mean : mean * (1 - mean) / m[i];
        double response = family.equals("log") ? y[i] : y[i] / m[i];
        z[i] = eta[i] + (response - mean) * derivative;
        w[i] = 1 / (derivative * derivative * variance);
      }
      double sw = 0;
      double swx = 0;
      double swz = 0;
      for (int i = 0; i < n; i++) {
        sw += w[i];
        swx += w[i] * x[i];
        swz += w[i] * z[i];
      }
      double xbar = swx / sw;
      double zbar = swz / sw;
      double sxx = 0;
      double sxz = 0;
      for (int i = 0; i < n; i++) {
        sxx += w[i] * (x[i] - xbar) * (x[i] - xbar);
        sxz += w[i] * (x[i] - xbar) * (z[i] - zbar);
      }
      b = sxz / sxx;
      a = zbar - b * xbar;
      for (int i = 0; i < n; i++) {
        eta[i] = a + b * x[i];
      }
    }
    double chi = 0;
    double sw = 0;
    double swx = 0;
    for (int i = 0; i < n; i++) {
      double mean = mean(family, eta[i]);
      double expected = family.equals("log") ? mean : m[i] * mean;
      double variance = family.equals("log") ? mean : m[i] * mean * (1 - mean);
      chi += (y[i] - expected) * (y[i] - expected) / variance;
      sw += w[i];
      swx += w[i] * x[i];
    }
    double xbar = swx / sw;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxx += w[i] * (x[i] - xbar) * (x[i] - xbar);
    }
    boolean counts = m0 > 0;
    double ratio = chi / (n - 2);
    boolean estimated = !counts || ratio > 1;
    double phi = counts ? Math.max(1, ratio) : ratio;
    double q = estimated
        ? TDistribution.of(n - 2).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2)
        : NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    double x0 = n / 4.0;
    double eta0 = a + b * x0;
    double se2 = phi * (1 / sw + (x0 - xbar) * (x0 - xbar) / sxx);
    double size = counts ? m0 : 1;
    double scale = family.equals("log") ? 1 : 100;
    return new double[] {scale * mean(family, eta0),
        scale * mean(family, root(family, eta0, se2, phi, q, size, -1)),
        scale * mean(family, root(family, eta0, se2, phi, q, size, 1))};
  }

  private static double root(String family, double eta0, double se2, double phi, double q,
      double size, int side) {
    double a = eta0;
    for (int k = 1; k < 200_000; k++) {
      double b = eta0 + side * k * 0.001;
      double fb = gap(family, b, eta0, se2, phi, q, size);
      if (fb >= 0) {
        // The Illinois variant of the false position method, from the bracket [a, b].
        double fa = gap(family, a, eta0, se2, phi, q, size);
        int kept = 0;
        for (int i = 0; i < 200 && a != b; i++) {
          double c = b - fb * (b - a) / (fb - fa);
          double fc = gap(family, c, eta0, se2, phi, q, size);
          if (fc == 0 || c == a || c == b) {
            return c;
          }
          if ((fc < 0) == (fb < 0)) {
            b = c;
            fb = fc;
            fa = kept == -1 ? fa / 2 : fa;
            kept = -1;
          } else {
            a = b;
            fa = fb;
            b = c;
            fb = fc;
            kept = 1;
          }
        }
        return b;
      }
      a = b;
    }
    return side * Double.POSITIVE_INFINITY;
  }

  private static double gap(String family, double t, double eta0, double se2, double phi,
      double q, double size) {
    double p = mean(family, t);
    double v = family.equals("log") ? 1 / p : 1 / (size * p * (1 - p));
    return (t - eta0) * (t - eta0) - q * q * (se2 + phi * v);
  }

  private static double link(String family, double mean) {
    return family.equals("log") ? Math.log(mean) : Math.log(mean / (1 - mean));
  }

  private static double mean(String family, double eta) {
    return family.equals("log") ? Math.exp(eta) : 1 / (1 + Math.exp(-eta));
  }

  private static Baseline library(SeriesUnit unit, double[] y, double[] m, boolean counts) {
    TimeSeries.Builder builder = TimeSeries.builder().code("R").name(Label.of("R")).unit(unit)
        .polarity(Polarity.HIGHER_IS_BETTER);
    for (int i = 0; i < y.length; i++) {
      builder.addPoints(counts ? SeriesPoint.proportion(quarter(i), (long) y[i], (long) m[i])
          : SeriesPoint.of(quarter(i), unit == SeriesUnit.PERCENT ? 100 * y[i] : y[i]));
    }
    List<ReportingPeriod> future = new ArrayList<>(List.of(quarter(y.length)));
    return Baseline.of(builder.build(), Scenario.linearTrend(), future, CONFIDENCE,
        LocalDate.of(2026, 1, 1));
  }

  private static void agree(Baseline baseline, double[] expected) {
    ForecastPoint point = baseline.forecast().get(0);
    assertThat(point.value()).isCloseTo(expected[0], within(1e-9));
    assertThat(point.lower().getAsDouble()).isCloseTo(expected[1], within(1e-9));
    assertThat(point.upper().getAsDouble()).isCloseTo(expected[2], within(1e-9));
  }

  @Test
  void aBinomialTrendWithinSamplingVariance() {
    double[] k = {40, 42, 45, 44, 48};
    double[] n = {100, 100, 100, 100, 100};
    double[] expected = reference("logit", k, n, 100);

    Baseline baseline = library(SeriesUnit.PERCENT, k, n, true);
    agree(baseline, expected);
    assertThat(baseline.forecast().get(0).value()).isBetween(48.0, 52.0);
    assertThat(baseline.fit().orElseThrow().dispersionEstimated()).isFalse();
  }

  @Test
  void anOverdispersedBinomialTrendIsQuasiBinomial() {
    double[] k = {30, 45, 33, 58, 50, 70};
    double[] n = {80, 90, 85, 95, 100, 110};
    double[] expected = reference("logit", k, n, 110);

    Baseline baseline = library(SeriesUnit.PERCENT, k, n, true);
    agree(baseline, expected);
    assertThat(baseline.fit().orElseThrow().dispersion()).isGreaterThan(2);
    assertThat(baseline.fit().orElseThrow().dispersionEstimated()).isTrue();
    // The IFS tenancy series: 0 of 58, 21 of 120, 113 of 132 quarter by quarter.
    double[] tenancy = {0, 21, 113};
    double[] families = {58, 120, 132};
    agree(library(SeriesUnit.PERCENT, tenancy, families, true),
        reference("logit", tenancy, families, 132));
  }

  @Test
  void aCountTrendIsLogLinear() {
    double[] overdispersed = {73, 128, 151, 136};
    agree(library(SeriesUnit.COUNT, overdispersed, ones(4), false),
        reference("log", overdispersed, ones(4), 1));
    double[] poisson = {20, 24, 23, 29, 31};
    agree(library(SeriesUnit.COUNT, poisson, ones(5), false),
        reference("log", poisson, ones(5), 1));
  }

  @Test
  void percentsWithoutCountsByQuasiLikelihood() {
    double[] p = {0.125, 0.35, 0.506, 0.48, 0.61};
    // Quasi-likelihood with m = 1: the reference's binomial with denominators of 1, dispersion
    // estimated with no floor.
    agree(library(SeriesUnit.PERCENT, p, ones(5), false), reference("logit", p, ones(5), 0));
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return ones;
  }
}
