package org.obaframework.core.curve;

import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A fitted linear trend: {@code eta = intercept + slope * x}, with x in years from the start of
 * the first historical period and eta on the model's scale (the value for least squares, the
 * logit of the proportion, the log of the count), with the covariance of the two coefficients
 * and the dispersion.
 *
 * <pre>{@code
 * Fit fit = baseline.fit().orElseThrow();
 * fit.model();           // LOGISTIC_BINOMIAL for a percent with counts
 * fit.at(3.0);           // the logit three years on
 * fit.standardError(3.0) // its standard error, from the covariance (delta method)
 * }</pre>
 *
 * <p>The covariance is the inverse of the information matrix {@code X'WX} times the dispersion
 * (for least squares, {@code s^2 (X'X)^-1}). The dispersion is {@code s^2} for least squares;
 * Pearson's {@code X^2 / (n - 2)} for percents without counts; for counts, the same but at least
 * 1, the binomial or Poisson variance, so that a history that varies less than sampling would
 * make it still carries sampling variance (Spiegelhalter 2005, "Funnel plots for comparing
 * institutional performance", Statistics in Medicine 24, 1185-1202). Intervals use Student's t
 * with {@code n - 2} degrees of freedom when the dispersion is estimated, else the normal
 * quantile, as R's {@code summary.glm} does. When the maximum-likelihood estimate does not exist
 * ({@link #firth()}), the coefficients are Firth's bias-reduced estimates, and for counts the
 * dispersion is the sampling distribution's 1, since the values fit the estimate's limit exactly
 * (see {@link Baseline}). Immutable and thread-safe.
 *
 * @param model the model
 * @param firth whether the coefficients are Firth's (1993) bias-reduced estimates, because the
 *     maximum-likelihood estimates do not exist (every value 0 % or 100 %, or values that part
 *     at a point in time; a count of 0 in every period, or in all but the first or the last)
 * @param intercept the intercept, on the model's scale
 * @param slope the slope per year, on the model's scale
 * @param varianceOfIntercept the variance of the intercept
 * @param covariance the covariance of intercept and slope
 * @param varianceOfSlope the variance of the slope
 * @param dispersion the dispersion (see above)
 * @param dispersionEstimated whether the dispersion was estimated from the residuals (Student's
 *     t) rather than fixed at the sampling variance's 1 (normal)
 * @param n the number of historical values
 */
public record Fit(TrendModel model, boolean firth, double intercept, double slope,
    double varianceOfIntercept, double covariance, double varianceOfSlope, double dispersion,
    boolean dispersionEstimated, int n) {
  /**
   * Returns the fitted trend at x, on the model's scale.
   *
   * @param x years from the start of the first historical period
   * @return {@code intercept + slope * x}
   */
  public double at(double x) {
    return intercept + slope * x;
  }

  /**
   * Returns the standard error of the fitted trend at x, on the model's scale: {@code sqrt(
   * (1, x) V (1, x)')} for the covariance V.
   *
   * @param x years from the start of the first historical period
   * @return the standard error
   */
  public double standardError(double x) {
    return Math.sqrt(Math.max(0, varianceOfIntercept + 2 * x * covariance
        + x * x * varianceOfSlope));
  }

  /**
   * Returns the fitted value at x in the series' unit: a percent from 0 to 100, a count, or a
   * number.
   *
   * @param x years from the start of the first historical period
   * @return the value
   */
  public double value(double x) {
    return inverse(at(x));
  }

  /** The value of a point on the model's scale. */
  double inverse(double eta) {
    return switch (model) {
      case LOGISTIC_BINOMIAL, LOGISTIC_QUASI -> 100 / (1 + Math.exp(-eta));
      case LOG_LINEAR_POISSON -> Math.exp(eta);
      default -> eta;
    };
  }

  /**
   * Returns the residual standard error, the square root of the dispersion: {@code sqrt(SSE /
   * (n - 2))} for least squares.
   *
   * @return the residual standard error
   */
  public double residualStandardError() {
    return Math.sqrt(dispersion);
  }

  /**
   * Returns the residual degrees of freedom, {@code n - 2}.
   *
   * @return the degrees of freedom
   */
  public int degreesOfFreedom() {
    return n - 2;
  }

  /**
   * Tells whether the trend is fitted on the logit scale (a percent).
   *
   * @return true for the logistic models
   */
  public boolean logit() {
    return model == TrendModel.LOGISTIC_BINOMIAL || model == TrendModel.LOGISTIC_QUASI;
  }

  /**
   * Returns the two-sided quantile for intervals of a confidence: Student's t with {@code n - 2}
   * degrees of freedom when the dispersion is estimated, else the normal.
   *
   * @param confidence the confidence, strictly between 0 and 1
   * @return the quantile, such as 1.959964 for 95 % from the normal
   */
  public double quantile(double confidence) {
    double p = 1 - (1 - confidence) / 2;
    return dispersionEstimated
        ? TDistribution.of(degreesOfFreedom()).inverseCumulativeProbability(p)
        : NormalDistribution.of(0, 1).inverseCumulativeProbability(p);
  }

  /**
   * Describes the fit, such as {@code "logistic regression of the counts, quasi-binomial
   * (dispersion 2.41)"}.
   *
   * @return the description
   */
  public String description() {
    String text = model.description();
    if (model == TrendModel.LOGISTIC_BINOMIAL || model == TrendModel.LOG_LINEAR_POISSON) {
      String family = model == TrendModel.LOGISTIC_BINOMIAL ? "binomial" : "Poisson";
      text += dispersionEstimated ? ", quasi-" + family + " (dispersion "
          + String.format(Locale.ROOT, "%.3g", dispersion) + ")" : ", " + family;
    }
    return firth ? text + "; Firth's bias-reduced fit" : text;
  }
}
