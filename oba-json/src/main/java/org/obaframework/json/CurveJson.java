package org.obaframework.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.json.internal.DocumentFiles;
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
 *                "model": TrendModel?,
 *                "fit": {"model": TrendModel, "description", "firth", "intercept", "slope",
 *                        "varianceOfIntercept", "covariance", "varianceOfSlope",
 *                        "dispersion", "dispersionEstimated", "n"}?,
 *                "forecast": [{"period", "value", "lower"?, "upper"?, "denominator"?}],
 *                "shortfall": "..."?, "intervalShortfall": "..."?}?,
 *   "verdicts": [{"period", "actual", "forecast", "lower"?, "upper"?, "denominator"?,
 *                 "gap", "gapUnit": "percentage points" | "count" | "number",
 *                 "status": CurveStatus, "outsideInterval"?, "text"}]?   // with a baseline
 * }
 * }</pre>
 *
 * <p>A period is an ISO 8601 interval of dates, {@code 2025-04-01/2026-03-31}, which {@link
 * org.obaframework.core.aggregate.ReportingPeriod#parse} reads. The fit is {@link
 * org.obaframework.core.curve.Fit}: coefficients on the model's scale (the logit of the
 * proportion, the log of the count, or the value), with x in years from the start of the first
 * historical period. A forecast's {@code denominator} is the one its interval is for (a percent
 * with counts). A verdict's {@code lower} and {@code upper} are the interval it was judged
 * against (for the actual's denominator), its {@code status} one of {@code TURNED}, {@code
 * BETTER_THAN_FORECAST}, {@code AS_FORECAST}, {@code WORSE_THAN_FORECAST}, and its {@code text}
 * the words of {@link org.obaframework.core.curve.Verdict#text()}, as every output of oba prints
 * them; the gap of a percent is in percentage points. Targets are in period order. The
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

  /**
   * Writes a baseline and actuals, as {@link #write(Baseline, TimeSeries)}, in UTF-8 to a
   * stream, which is flushed, not closed.
   *
   * @param baseline the baseline
   * @param actuals the actual values
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Baseline baseline, TimeSeries actuals, OutputStream out) {
    DocumentFiles.write(out, writer -> write(baseline, actuals, writer));
  }

  /**
   * Writes a baseline and actuals, as {@link #write(Baseline, TimeSeries)}, to a file in UTF-8,
   * whole or not at all: to a temporary file beside it, renamed over it once written.
   *
   * @param baseline the baseline
   * @param actuals the actual values
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public static void write(Baseline baseline, TimeSeries actuals, Path file) {
    DocumentFiles.write(file, writer -> write(baseline, actuals, writer));
  }

  /**
   * Writes a time series and its trend, as {@link #write(TimeSeries)}, to a writer, which is
   * flushed, not closed.
   *
   * @param series the series
   * @param writer the writer
   * @throws UncheckedIOException if writing fails
   */
  public static void write(TimeSeries series, Writer writer) {
    DocumentFiles.write(write(series), writer);
  }

  /**
   * Writes a time series and its trend, as {@link #write(TimeSeries)}, in UTF-8 to a stream,
   * which is flushed, not closed.
   *
   * @param series the series
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void write(TimeSeries series, OutputStream out) {
    DocumentFiles.write(out, writer -> write(series, writer));
  }

  /**
   * Writes a time series and its trend, as {@link #write(TimeSeries)}, to a file in UTF-8, whole
   * or not at all: to a temporary file beside it, renamed over it once written.
   *
   * @param series the series
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public static void write(TimeSeries series, Path file) {
    DocumentFiles.write(file, writer -> write(series, writer));
  }
}
