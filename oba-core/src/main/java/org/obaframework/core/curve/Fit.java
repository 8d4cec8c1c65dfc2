package org.obaframework.core.curve;

/**
 * A least-squares line, as fitted: {@code y = intercept + slope * x}, with x in years from the
 * start of the first historical period, and y the value, or its logit for a percent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param intercept the intercept
 * @param slope the slope per year
 * @param residualStandardError the residual standard error, {@code sqrt(SSE / (n - 2))}
 * @param n the number of historical values
 * @param meanX the mean of the x values
 * @param sumOfSquaresX the sum of squared deviations of x from its mean
 * @param logit whether y is on the logit scale
 */
public record Fit(double intercept, double slope, double residualStandardError, int n,
    double meanX, double sumOfSquaresX, boolean logit) {
  /**
   * Returns the fitted y at x.
   *
   * @param x years from the start of the first historical period
   * @return the fitted value on the fitted scale
   */
  public double at(double x) {
    return intercept + slope * x;
  }
}
