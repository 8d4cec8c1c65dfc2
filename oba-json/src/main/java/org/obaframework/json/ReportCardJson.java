package org.obaframework.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.obaframework.core.report.ReportCard;
import org.obaframework.json.internal.OutputWriter;

/**
 * Writes a {@link ReportCard} as a JSON output document, exactly as the card shows it.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "title": "...", "period": "2025-04-01/2026-03-31", "asOf": "2026-03-31",
 *   "confidence": 0.95, "disclosure": "DfE",          // the disclosure policy's name
 *   "lines": [{
 *     "code", "name", "section": Section, "role": MeasureRole?,
 *     "number": CELL, "denominator": CELL?, "percent": PERCENT?,
 *     "interval": {"lower", "upper", "confidence"}?,  // only with a shown percent
 *     "assessed": CELL?, "notPaired": CELL?, "excluded": CELL?, "notEligible": CELL?}],
 *   "tables": [{
 *     "measure", "breakdown", "columns": [names],
 *     "rows": [{"key", "cells": [CELL], "total": CELL, "percent": PERCENT?, "interval": ...?}],
 *     "total": {"cells": [CELL], "total": CELL}}]
 * }
 * CELL    = {"text": "12", "status": CellStatus, "value": 12?}
 * PERCENT = {"text": "55%", "status": CellStatus, "value": 54.54...?}
 * }</pre>
 *
 * <p><b>Only what the card shows.</b> A hidden cell (suppressed, or a percent without a
 * denominator) has its symbol, such as {@code [c]}, and its status, never a value; a rounded cell
 * has its rounded value. The exact tallies behind the card ({@link
 * org.obaframework.core.report.ReportLine#tally()}, {@link
 * org.obaframework.core.report.ControlledTable#table()}) are never written, so a document made
 * under a disclosure policy can be published as it is.
 *
 * <p>Deterministic: properties in the order above, optional ones only when present, two spaces of
 * indentation, {@code \n} line ends, a final newline. Stateless and thread-safe.
 */
public final class ReportCardJson {
  /** The format version written. */
  public static final int FORMAT_VERSION = OutputWriter.FORMAT_VERSION;

  private ReportCardJson() {}

  /**
   * Writes a report card as shown.
   *
   * @param card the card
   * @return the document, ending with a newline
   */
  public static String write(ReportCard card) {
    return OutputWriter.reportCard(card);
  }

  /**
   * Writes a report card as shown to a writer, which is flushed, not closed.
   *
   * @param card the card
   * @param writer the writer
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ReportCard card, Writer writer) {
    try {
      writer.write(write(card));
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
