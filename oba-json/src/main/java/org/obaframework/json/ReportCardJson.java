package org.obaframework.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.obaframework.core.Problem;
import org.obaframework.core.report.ReportCard;
import org.obaframework.json.internal.DocumentFiles;
import org.obaframework.json.internal.LocatedParser;
import org.obaframework.json.internal.OutputWriter;
import org.obaframework.json.internal.ReportCardReader;

/**
 * Writes a {@link ReportCard} as a JSON output document, exactly as the card shows it, and reads
 * such a document back as the {@link PublishedReportCard} it holds.
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
 * indentation, {@code \n} line ends, a final newline. A JSON Schema (draft 2020-12) of the
 * document ships as the resource {@value #SCHEMA}.
 *
 * <h2>Reading</h2>
 *
 * <p>A document cannot give back the {@link ReportCard} it was written from, whose exact tallies
 * it never holds; it gives back what was published:
 *
 * <pre>{@code
 * PublishedReportCard published = ReportCardJson.publish(card);
 * String json = ReportCardJson.write(published);                 // == ReportCardJson.write(card)
 * PublishedReportCard same = ReportCardJson.read(json);          // same.equals(published)
 * }</pre>
 *
 * <p>Reading is strict and reports every problem at once (listing up to {@link ReadLimits#problems()}) in one
 * {@link JsonFormatException}, each located by a JSON Pointer with line and column: malformed
 * JSON, a document over the limits, a property given twice, a format version other than 1, a
 * property the format does not define, a missing property, a value of the wrong type, an unknown
 * status, section or role, a malformed date or period, a hidden cell or percent with a value, a
 * negative or fractional count, an interval out of order or without a shown percent, a
 * confidence not strictly between 0 and 1, and a row or totals without one cell per column.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportCardJson {
  /** The format version written. */
  public static final int FORMAT_VERSION = OutputWriter.FORMAT_VERSION;
  /** The class-path resource of the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA = "org/obaframework/json/schema/report-card.schema.json";
  /**
   * The most problems one {@link JsonFormatException} lists by default; the rest are counted.
   *
   * @deprecated the limit is {@link ReadLimits#problems()}
   */
  @Deprecated
  public static final int MAX_PROBLEMS = ReadLimits.PROBLEMS;

  private ReportCardJson() {}

  /**
   * Writes a report card as shown.
   *
   * @param card the card
   * @return the document, ending with a newline
   */
  public static String write(ReportCard card) {
    return write(publish(card));
  }

  /**
   * Takes what a report card shows, and only that: what its document holds.
   *
   * @param card the card
   * @return the published card
   */
  public static PublishedReportCard publish(ReportCard card) {
    return OutputWriter.publish(card);
  }

  /**
   * Writes a published report card; {@code write(publish(card))} is {@code write(card)}.
   *
   * @param card the published card
   * @return the document, ending with a newline
   */
  public static String write(PublishedReportCard card) {
    return OutputWriter.reportCard(card);
  }

  /**
   * Writes a published report card to a writer, which is flushed, not closed.
   *
   * @param card the published card
   * @param writer the writer
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PublishedReportCard card, Writer writer) {
    try {
      writer.write(write(card));
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a report card document.
   *
   * @param json the document
   * @return what it publishes
   * @throws JsonFormatException listing every problem of the document
   */
  public static PublishedReportCard read(String json) {
    return read(new StringReader(json));
  }

  /**
   * Reads a report card document; the reader is not closed.
   *
   * @param reader the document
   * @return what it publishes
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public static PublishedReportCard read(Reader reader) {
    return read(reader, ReadLimits.defaults());
  }

  /**
   * Reads a report card document in UTF-8 (UTF-16 and UTF-32 are detected); the stream is not
   * closed.
   *
   * @param in the document
   * @return what it publishes
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public static PublishedReportCard read(InputStream in) {
    return read(in, ReadLimits.defaults());
  }

  /**
   * Reads a report card document within limits; the reader is not closed.
   *
   * @param reader the document
   * @param limits the limits of reading
   * @return what it publishes
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public static PublishedReportCard read(Reader reader, ReadLimits limits) {
    return finish(LocatedParser.parse(reader, limits), limits);
  }

  /**
   * Reads a report card document in UTF-8 (UTF-16 and UTF-32 are detected) within limits; the
   * stream is not closed.
   *
   * @param in the document
   * @param limits the limits of reading
   * @return what it publishes
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public static PublishedReportCard read(InputStream in, ReadLimits limits) {
    return finish(LocatedParser.parse(in, limits), limits);
  }

  private static PublishedReportCard finish(LocatedParser.Result parsed, ReadLimits limits) {
    List<Problem> problems = new ArrayList<>(parsed.problems());
    PublishedReportCard card = null;
    long unlisted = 0;
    if (parsed.root() != null) {
      ReportCardReader.Outcome read = ReportCardReader.read(parsed.root(), false,
          limits.problems());
      problems.addAll(read.problems());
      unlisted = read.unlisted();
      card = read.card();
    }
    if (!problems.isEmpty() || card == null) {
      throw JsonFormatException.of(problems, unlisted, limits.problems());
    }
    return card;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the report card document: the resource {@value
   * #SCHEMA}.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = ReportCardJson.class.getResourceAsStream("/" + SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /**
   * Writes a report card as shown, in UTF-8, to a stream, which is flushed, not closed.
   *
   * @param card the card
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ReportCard card, OutputStream out) {
    DocumentFiles.write(out, writer -> write(card, writer));
  }

  /**
   * Writes a report card as shown to a file in UTF-8, whole or not at all: to a temporary file
   * beside it, renamed over it once written.
   *
   * @param card the card
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public static void write(ReportCard card, Path file) {
    write(publish(card), file);
  }

  /**
   * Writes a published report card, in UTF-8, to a stream, which is flushed, not closed.
   *
   * @param card the published card
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PublishedReportCard card, OutputStream out) {
    DocumentFiles.write(out, writer -> write(card, writer));
  }

  /**
   * Writes a published report card to a file in UTF-8, whole or not at all: to a temporary file
   * beside it, renamed over it once written.
   *
   * @param card the published card
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public static void write(PublishedReportCard card, Path file) {
    DocumentFiles.write(file, writer -> write(card, writer));
  }

  /**
   * Reads a report card document within limits.
   *
   * @param json the document
   * @param limits the limits of reading
   * @return what it publishes
   * @throws JsonFormatException listing every problem of the document
   */
  public static PublishedReportCard read(String json, ReadLimits limits) {
    return read(new StringReader(json), limits);
  }

  /**
   * Reads a report card document from a file in UTF-8 (UTF-16 and UTF-32 are detected).
   *
   * @param file the document
   * @return what it publishes
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PublishedReportCard read(Path file) {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads a report card document from a file in UTF-8 (UTF-16 and UTF-32 are detected) within
   * limits.
   *
   * @param file the document
   * @param limits the limits of reading
   * @return what it publishes
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PublishedReportCard read(Path file, ReadLimits limits) {
    return DocumentFiles.read(file, in -> read(in, limits));
  }
}
