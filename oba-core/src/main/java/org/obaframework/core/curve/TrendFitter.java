package org.obaframework.core.curve;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.obaframework.core.aggregate.ReportingPeriod;

/**
 * Fits a series' linear trend under its {@link TrendModel} and predicts future periods with
 * prediction intervals; see {@link Baseline} for the construction. Stateless; the fitted {@link
 * Trendline} is immutable and thread-safe.
 */
final class TrendFitter {
  /** Newton's iterations stop when a step is this small, relative to the coefficients. */
  private static final double CONVERGED = 1e-13;
  private static final int MAX_ITERATIONS = 500;
  /** How far beyond four Wald half-widths, on the model's scale, a score bound is sought. */
  private static final double SEARCH = 60;
  /** The largest step of that search, on the model's scale. */
  private static final double GRID = 0.01;
  /** Where the search ends, on the logit or log scale: p or mu within e^-40 of 0 (or p of 1). */
  private static final double RANGE = 40;
  /**
   * A residual standard error below this, relative to the values' size, is an exact fit: the
   * history lies on its trend, and its residuals are rounding.
   */
  private static final double EXACT = 1e-12;

  private TrendFitter() {}

  /**
   * A fitted trend ready to predict: the fit, the quantile of its intervals, and, when the
   * maximum-likelihood forecast is a limit (0 %, 100 % or a count of 0), that limit.
   */
  static final class Trendline {
    final TrendModel model;
    /** The fit; absent when the forecast is a limit of percents without counts. */
    final Optional<Fit> fit;
    final double quantile;
    /** The limit the forecast takes, in the series' unit, or NaN for the fitted value. */
    final double limit;
    /** The denominator assumed for a future percent whose own is not known, or 0. */
    final long denominator;
    final Optional<String> noInterval;

    Trendline(TrendModel model, Optional<Fit> fit, double quantile, double limit,
        long denominator, Optional<String> noInterval) {
      this.model = model;
      this.fit = fit;
      this.quantile = quantile;
      this.limit = limit;
      this.denominator = denominator;
      this.noInterval = noInterval;
    }

    /**
     * Predicts a period at x: the forecast, and its prediction interval for a future value with
     * the given denominator (for a percent with counts; else ignored).
     */
    ForecastPoint predict(ReportingPeriod period, double x, OptionalLong denominator) {
      long m = model == TrendModel.LOGISTIC_BINOMIAL ? denominator.orElse(this.denominator) : 1;
      OptionalLong assumed = model == TrendModel.LOGISTIC_BINOMIAL ? OptionalLong.of(m)
          : OptionalLong.empty();
      if (fit.isEmpty()) {
        return new ForecastPoint(period, limit, OptionalDouble.empty(), OptionalDouble.empty(),
            assumed);
      }
      Fit fit = this.fit.get();
      double eta = fit.at(x);
      double forecast = Double.isNaN(limit) ? fit.inverse(eta) : limit;
      if (noInterval.isPresent()) {
        return new ForecastPoint(period, forecast, OptionalDouble.empty(),
            OptionalDouble.empty(), assumed);
      }
      double fitted = fit.standardError(x) * fit.standardError(x);
      double lower = fit.inverse(bound(fit.model(), eta, fitted, fit.dispersion(), m, quantile,
          -1));
      double upper = fit.inverse(bound(fit.model(), eta, fitted, fit.dispersion(), m, quantile,
          1));
      if (!Double.isNaN(limit)) {
        // The forecast is a limit at an end of the range: the interval reaches from it to the
        // bound of the Firth fit on the other side.
        if (limit <= 0) {
          lower = 0;
        } else {
          upper = limit;
        }
      }
      return new ForecastPoint(period, forecast, OptionalDouble.of(lower),
          OptionalDouble.of(upper), assumed);
    }
  }

  /**
   * The bound of a prediction interval on the model's scale, on one side of eta: the value t
   * nearest eta at which {@code (t - eta)^2 = q^2 (fitted + phi * v(t))}, with v(t) the variance
   * of one new value on the model's scale, divided by the dispersion, at t; or the end of the
   * range (infinite) when there is none. For least squares v is 1 and the bound is the familiar
   * {@code eta +/- q sqrt(fitted + s^2)}.
   *
   * @param side -1 for the lower bound, 1 for the upper
   */
  static double bound(TrendModel model, double eta, double fitted, double dispersion, long m,
      double q, int side) {
    if (model == TrendModel.LEAST_SQUARES) {
      return eta + side * q * Math.sqrt(fitted + dispersion);
    }
    double q2 = q * q;
    double scale = Math.sqrt(fitted + dispersion * newObservationVariance(model, eta, m));
    // Beyond the ends of the range on the model's scale the value is 0 or 100 % (or 0 and a
    // number past any count) to every digit shown.
    double end = side > 0 ? (model == TrendModel.LOG_LINEAR_POISSON ? 700 : RANGE) : -RANGE;
    double reach = Math.min(SEARCH + 4 * q * scale, side * (end - eta));
    double step = Math.min(GRID, scale / 8);
    double inside = eta;
    for (double distance = step; distance <= reach;
        distance += Math.max(step, Math.min(GRID, distance / 16))) {
      double t = eta + side * distance;
      if (excess(model, t, eta, fitted, dispersion, m, q2) >= 0) {
        double outside = t;
        for (int i = 0; i < 200 && Math.abs(outside - inside) > 1e-15 * (1 + Math.abs(t)); i++) {
          double middle = (inside + outside) / 2;
          if (excess(model, middle, eta, fitted, dispersion, m, q2) >= 0) {
            outside = middle;
          } else {
            inside = middle;
          }
        }
        return (inside + outside) / 2;
      }
      inside = t;
    }
    return side * Double.POSITIVE_INFINITY;
  }

  /** {@code (t - eta)^2 - q^2 (fitted + phi v(t))}: at or above 0 outside the interval. */
  private static double excess(TrendModel model, double t, double eta, double fitted,
      double dispersion, long m, double q2) {
    return (t - eta) * (t - eta) - q2 * (fitted + dispersion * newObservationVariance(model, t,
        m));
  }

  /**
   * The variance, on the model's scale, of one new observation divided by the dispersion, by
   * the delta method: {@code g'(mu)^2 V(mu) / m}: 1 for least squares, {@code 1 / (m p (1 -
   * p))} for the logit of a proportion of m, {@code 1 / mu} for the log of a count.
   */
  private static double newObservationVariance(TrendModel model, double eta, long m) {
    return switch (model) {
      case LOGISTIC_BINOMIAL, LOGISTIC_QUASI -> 1 / (m * pq(eta));
      case LOG_LINEAR_POISSON -> Math.exp(-eta);
      default -> 1;
    };
  }

  /** {@code p (1 - p)} for {@code p = expit(eta)}, without cancellation at either end. */
  private static double pq(double eta) {
    double e = Math.exp(-Math.abs(eta));
    return e / ((1 + e) * (1 + e));
  }

  private static double expit(double eta) {
    return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
  }

  /** {@code log(1 + e^eta)} without overflow. */
  private static double softplus(double eta) {
    return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
  }

  /**
   * Fits the trend.
   *
   * @param model the model
   * @param x years from the start of the first period, distinct
   * @param y the values: numerators for {@link TrendModel#LOGISTIC_BINOMIAL}, proportions from
   *     0 to 1 for {@link TrendModel#LOGISTIC_QUASI}, else the values
   * @param m the denominators for {@link TrendModel#LOGISTIC_BINOMIAL}, else ones
   * @param confidence the confidence of the intervals
   * @return the trendline
   */
  static Trendline fit(TrendModel model, double[] x, double[] y, double[] m, double confidence) {
    if (model == TrendModel.LEAST_SQUARES) {
      return leastSquares(x, y, confidence);
    }
    Family family = model == TrendModel.LOG_LINEAR_POISSON ? Family.POISSON : Family.BINOMIAL;
    double limit = limit(family, y, m);
    if (!Double.isNaN(limit) && model == TrendModel.LOGISTIC_QUASI) {
      // Without counts nothing measures the sampling variance at 0 or 100 %.
      return new Trendline(model, Optional.empty(), Double.NaN, 100 * limit, 0, Optional.of(
          "no prediction interval: every percent is " + (limit == 0 ? "0" : "100")
              + ", and without counts their sampling variance is unknown"));
    }
    boolean exists = family == Family.POISSON ? poissonEstimateExists(x, y)
        : binomialEstimateExists(x, y, m);
    double[] beta = newton(family, x, y, m, !exists);
    double chiSquare = 0;
    for (int i = 0; i < x.length; i++) {
      double eta = beta[0] + beta[1] * x[i];
      double mean = family == Family.BINOMIAL ? m[i] * expit(eta) : Math.exp(eta);
      double variance = family == Family.BINOMIAL ? m[i] * pq(eta) : mean;
      chiSquare += (y[i] - mean) * (y[i] - mean) / variance;
    }
    // Without a maximum-likelihood estimate the values fit its limit exactly: for counts no
    // residual measures a dispersion beyond sampling.
    double estimate = exists || !model.hasSamplingVariance() ? chiSquare / (x.length - 2) : 0;
    boolean estimated = !model.hasSamplingVariance() || estimate > 1;
    double dispersion = model.hasSamplingVariance() ? Math.max(1, estimate) : estimate;
    double[] inverse = information(family, x, m, beta);
    Fit fit = new Fit(model, !exists, beta[0], beta[1], dispersion * inverse[0],
        dispersion * inverse[1], dispersion * inverse[2], dispersion, estimated, x.length);
    Optional<String> noInterval = !model.hasSamplingVariance()
        && Math.sqrt(dispersion) <= EXACT ? Optional.of("no prediction interval: the percents "
            + "lie exactly on their trend, and without counts their sampling variance is "
            + "unknown") : Optional.empty();
    return new Trendline(model, Optional.of(fit), fit.quantile(confidence),
        family == Family.BINOMIAL ? 100 * limit : limit,
        model == TrendModel.LOGISTIC_BINOMIAL ? (long) m[m.length - 1] : 0, noInterval);
  }

  private static Trendline leastSquares(double[] x, double[] y, double confidence) {
    int n = x.length;
    double meanX = 0;
    double meanY = 0;
    double scale = 1;
    for (int i = 0; i < n; i++) {
      meanX += x[i] / n;
      meanY += y[i] / n;
      scale = Math.max(scale, Math.abs(y[i]));
    }
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - meanX) * (x[i] - meanX);
      sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX;
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double residual = y[i] - (intercept + slope * x[i]);
      sse += residual * residual;
    }
    double s2 = sse / (n - 2);
    // (X'X)^-1 = [[1/n + mean^2/Sxx, -mean/Sxx], [-mean/Sxx, 1/Sxx]]
    Fit fit = new Fit(TrendModel.LEAST_SQUARES, false, intercept, slope,
        s2 * (1.0 / n + meanX * meanX / sxx), -s2 * meanX / sxx, s2 / sxx, s2, true, n);
    Optional<String> noInterval = Math.sqrt(s2) <= EXACT * scale
        ? Optional.of("no prediction interval: the values lie exactly on their trend, and a "
            + "number series carries no sampling variance of its own")
        : Optional.empty();
    return new Trendline(TrendModel.LEAST_SQUARES, Optional.of(fit), fit.quantile(confidence),
        Double.NaN, 0, noInterval);
  }

  private enum Family { BINOMIAL, POISSON }

  /**
   * The value every value of the history sits at, 0 or 1 (a proportion; a count of 0), when
   * they all sit at one end of the range; else NaN.
   */
  private static double limit(Family family, double[] y, double[] m) {
    boolean none = true;
    boolean all = family == Family.BINOMIAL;
    for (int i = 0; i < y.length; i++) {
      none &= y[i] == 0;
      all &= y[i] == m[i];
    }
    return none ? 0 : all ? 1 : Double.NaN;
  }

  /**
   * Tells whether the maximum-likelihood estimate of a logistic trend exists: unless the values
   * separate (Albert and Anderson 1984, Biometrika 71, 1-10). With S the times with a numerator
   * above 0 and F those with one below its denominator, they separate when S or F is empty, or
   * every time of F is at or before every time of S, or the reverse.
   */
  private static boolean binomialEstimateExists(double[] x, double[] y, double[] m) {
    double minS = Double.POSITIVE_INFINITY;
    double maxS = Double.NEGATIVE_INFINITY;
    double minF = Double.POSITIVE_INFINITY;
    double maxF = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      if (y[i] > 0) {
        minS = Math.min(minS, x[i]);
        maxS = Math.max(maxS, x[i]);
      }
      if (y[i] < m[i]) {
        minF = Math.min(minF, x[i]);
        maxF = Math.max(maxF, x[i]);
      }
    }
    return maxS != Double.NEGATIVE_INFINITY && maxF != Double.NEGATIVE_INFINITY
        && maxF > minS && maxS > minF;
  }

  /**
   * Tells whether the maximum-likelihood estimate of a log-linear trend exists: when at least two
   * counts are above 0, or one that is neither the first nor the last in time.
   */
  private static boolean poissonEstimateExists(double[] x, double[] y) {
    int positive = 0;
    int at = -1;
    for (int i = 0; i < x.length; i++) {
      if (y[i] > 0) {
        positive++;
        at = i;
      }
    }
    if (positive != 1) {
      return positive > 1;
    }
    boolean before = false;
    boolean after = false;
    for (double time : x) {
      before |= time < x[at];
      after |= time > x[at];
    }
    return before && after;
  }

  /**
   * Maximises the log-likelihood, or Firth's penalised log-likelihood {@code l + log det(I) /
   * 2}, by Newton's method (for these canonical links, iteratively reweighted least squares)
   * with step halving. Firth's modified score adds half of each hat value {@code h_i} to the
   * numerator and, for the binomial, the whole to the denominator (Firth 1993, Biometrika 80,
   * 27-38; Heinze and Schemper 2002, Statistics in Medicine 21, 2409-2419).
   */
  private static double[] newton(Family family, double[] x, double[] y, double[] m,
      boolean firth) {
    double totalY = 0;
    double totalM = 0;
    for (int i = 0; i < x.length; i++) {
      totalY += y[i];
      totalM += m[i];
    }
    double[] beta = {family == Family.BINOMIAL
        ? Math.log((totalY + 0.5) / (totalM - totalY + 0.5))
        : Math.log((totalY + 0.5) / x.length), 0};
    double objective = objective(family, x, y, m, beta, firth);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] step = step(family, x, y, m, beta, firth);
      double size = Math.max(Math.abs(step[0]), Math.abs(step[1]));
      double[] next = {beta[0] + step[0], beta[1] + step[1]};
      double value = objective(family, x, y, m, next, firth);
      for (int halving = 0; halving < 60 && !(value >= objective
          - 1e-12 * (1 + Math.abs(objective))); halving++) {
        step[0] /= 2;
        step[1] /= 2;
        next = new double[] {beta[0] + step[0], beta[1] + step[1]};
        value = objective(family, x, y, m, next, firth);
      }
      beta = next;
      objective = value;
      if (size <= CONVERGED * (1 + Math.abs(beta[0]) + Math.abs(beta[1]))) {
        break;
      }
    }
    return beta;
  }

  private static double objective(Family family, double[] x, double[] y, double[] m,
      double[] beta, boolean firth) {
    double value = 0;
    for (int i = 0; i < x.length; i++) {
      double eta = beta[0] + beta[1] * x[i];
      value += family == Family.BINOMIAL ? y[i] * eta - m[i] * softplus(eta)
          : y[i] * eta - Math.exp(eta);
    }
    if (firth) {
      double[] info = matrix(family, x, m, beta);
      value += 0.5 * Math.log(info[0] * info[2] - info[1] * info[1]);
    }
    return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
  }

  /** The information matrix {@code X'WX}, as {a, b, d} of [[a, b], [b, d]]. */
  private static double[] matrix(Family family, double[] x, double[] m, double[] beta) {
    double a = 0;
    double b = 0;
    double d = 0;
    for (int i = 0; i < x.length; i++) {
      double w = weight(family, m[i], beta[0] + beta[1] * x[i]);
      a += w;
      b += w * x[i];
      d += w * x[i] * x[i];
    }
    return new double[] {a, b, d};
  }

  private static double weight(Family family, double m, double eta) {
    return family == Family.BINOMIAL ? m * pq(eta) : Math.exp(eta);
  }

  /** The inverse of the information matrix at beta, as {a, b, d} of [[a, b], [b, d]]. */
  private static double[] information(Family family, double[] x, double[] m, double[] beta) {
    double[] info = matrix(family, x, m, beta);
    double det = info[0] * info[2] - info[1] * info[1];
    return new double[] {info[2] / det, -info[1] / det, info[0] / det};
  }

  /** The Newton step {@code I^-1 U} for the (modified) score U. */
  private static double[] step(Family family, double[] x, double[] y, double[] m, double[] beta,
      boolean firth) {
    double[] inverse = information(family, x, m, beta);
    double u0 = 0;
    double u1 = 0;
    for (int i = 0; i < x.length; i++) {
      double eta = beta[0] + beta[1] * x[i];
      double w = weight(family, m[i], eta);
      double residual;
      if (family == Family.BINOMIAL) {
        double p = expit(eta);
        residual = y[i] - m[i] * p;
        if (firth) {
          double h = w * (inverse[0] + 2 * x[i] * inverse[1] + x[i] * x[i] * inverse[2]);
          residual += h / 2 - h * p;
        }
      } else {
        residual = y[i] - w;
        if (firth) {
          residual += w * (inverse[0] + 2 * x[i] * inverse[1] + x[i] * x[i] * inverse[2]) / 2;
        }
      }
      u0 += residual;
      u1 += residual * x[i];
    }
    return new double[] {inverse[0] * u0 + inverse[1] * u1, inverse[1] * u0 + inverse[2] * u1};
  }
}
