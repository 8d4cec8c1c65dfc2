package org.obaframework.core.curve;

/**
 * The model behind a linear-trend forecast, chosen by the series' unit so that forecasts and
 * prediction intervals stay within the range of its values.
 *
 * <ul>
 *   <li>{@link #LEAST_SQUARES}: a {@link SeriesUnit#NUMBER} (a mean, a score, any value):
 *       {@code y = a + b x} by ordinary least squares, Student's t prediction interval.
 *   <li>{@link #LOGISTIC_BINOMIAL}: a {@link SeriesUnit#PERCENT} with the counts behind every
 *       value: {@code logit p = a + b x}, binomial (quasi-binomial when overdispersed).
 *   <li>{@link #LOGISTIC_QUASI}: a percent without counts: {@code logit p = a + b x} by
 *       Wedderburn's quasi-likelihood, variance {@code phi p (1 - p)}.
 *   <li>{@link #LOG_LINEAR_POISSON}: a {@link SeriesUnit#COUNT}: {@code log mu = a + b x},
 *       Poisson (quasi-Poisson when overdispersed).
 * </ul>
 *
 * <p>x is in years from the start of the first historical period. See {@link Baseline} for the
 * intervals.
 */
public enum TrendModel {
  /** A straight line by ordinary least squares. */
  LEAST_SQUARES("least squares"),
  /** Logistic regression of the counts behind a percent. */
  LOGISTIC_BINOMIAL("logistic regression of the counts"),
  /** Logistic quasi-likelihood regression of percents without counts. */
  LOGISTIC_QUASI("logistic quasi-likelihood of the percents (no counts)"),
  /** Log-linear regression of counts. */
  LOG_LINEAR_POISSON("log-linear regression of the counts");

  private final String description;

  TrendModel(String description) {
    this.description = description;
  }

  /**
   * Returns the model for a series: by its unit, and for a percent by whether its values carry
   * counts.
   *
   * @param unit the series' unit
   * @param counts whether every value of a percent series has its counts
   * @return the model
   */
  static TrendModel of(SeriesUnit unit, boolean counts) {
    return switch (unit) {
      case PERCENT -> counts ? LOGISTIC_BINOMIAL : LOGISTIC_QUASI;
      case COUNT -> LOG_LINEAR_POISSON;
      default -> LEAST_SQUARES;
    };
  }

  /**
   * Describes the model, such as {@code "logistic regression of the counts"}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether the dispersion is at least that of the sampling distribution (binomial or
   * Poisson), rather than estimated from the residuals alone.
   *
   * @return true for the models of counts
   */
  public boolean hasSamplingVariance() {
    return this == LOGISTIC_BINOMIAL || this == LOG_LINEAR_POISSON;
  }
}
