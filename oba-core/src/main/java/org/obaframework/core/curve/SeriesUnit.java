package org.obaframework.core.curve;

/**
 * What a time series measures, which chooses the model of its trend ({@link TrendModel}) so that
 * forecasts and intervals respect the range of its values.
 */
public enum SeriesUnit {
  /**
   * A percent, from 0 to 100, with the counts behind each value when known: its trend is
   * logistic, so forecasts and intervals stay from 0 to 100. A difference of percents is in
   * percentage points.
   */
  PERCENT,
  /**
   * A count, such as the number of families supported: 0 or more. Its trend is log-linear
   * (Poisson), so forecasts and intervals never go below 0.
   */
  COUNT,
  /**
   * Any other number, such as a mean score, a mean change or a rate, which may take any value:
   * its trend is a straight line by least squares.
   */
  NUMBER
}
