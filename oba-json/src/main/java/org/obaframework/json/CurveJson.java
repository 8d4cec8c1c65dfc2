package org.obaframework.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.json.internal.OutputWriter;

/**
 * Writes a curve as a JSON output document: a time series with its trend and, optionally, a
 * baseline with the verdicts of the actual values against it.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "series": {"code", "name": LABEL, "unit": SeriesUnit, "polarity": Polarity,
 *              "points": [{"period", "value", "numerator"?, "denominator"?}],
 *              "gaps": [period], "targets": [{"period", "value"}]},
 *   "trend": {"direction": Trend.Direction, "periods": 3},
 *   "baseline": {"scenario": "linear trend", "madeOn": "2026-04-30", "confidence": 0.95,
 *                "fit": {"intercept", "slope", "residualStandardError", "n", "meanX",
 *                        "sumOfSquaresX", "logit"}?,
 *                "forecast": [{"period", "value", "lower"?, "upper"?}],
 *                "shortfall": "..."?}?,
 *   "verdicts": [{"period", "actual", "forecast", "gap", "status": CurveStatus,
 *                 "outsideInterval"?}]?           // with a baseline
 * }
 * }</pre>
 *
 * <p>A period is an ISO 8601 interval of dates, {@code 2025-04-01/2026-03-31}, which {@link
 * org.obaframework.core.aggregate.ReportingPeriod#parse} reads. Targets are in period order. The
 * trend is {@link org.obaframework.core.curve.Trend#of} of the series written. Deterministic, as
 * {@link ReportCardJson}. Stateless and thread-safe.
 */
public final class CurveJson {
  /** The format version written. */
  public static final int FORMAT_VERSION = OutputWriter.FORMAT_VERSION;

  private CurveJson() {}

  /**
   * Writes a time series and its trend.
   *
   * @param series the series
   * @return the document, ending with a newline
   */
  public static String write(TimeSeries series) {
    return OutputWriter.curve(series, null);
  }

  /**
   * Writes the actual values, their trend, a baseline and the verdicts of the actual values
   * against its forecast ({@link Baseline#verdicts}).
   *
   * @param baseline the baseline
   * @param actuals the actual values
   * @return the document, ending with a newline
   */
  public static String write(Baseline baseline, TimeSeries actuals) {
    return OutputWriter.curve(actuals, baseline);
  }

  /**
   * Writes a baseline and actuals, as {@link #write(Baseline, TimeSeries)}, to a writer, which is
   * flushed, not closed.
   *
   * @param baseline the baseline
   * @param actuals the actual values
   * @param writer the writer
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Baseline baseline, TimeSeries actuals, Writer writer) {
    try {
      writer.write(write(baseline, actuals));
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
