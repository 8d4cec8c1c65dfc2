package org.obaframework.core.curve;

/** What a time series measures: a percent (from 0 to 100) or a number. */
public enum SeriesUnit {
  /** A percent, from 0 to 100: forecasts are fitted on a scale that keeps them in range. */
  PERCENT,
  /** A number, such as a count or a rate. */
  NUMBER
}
