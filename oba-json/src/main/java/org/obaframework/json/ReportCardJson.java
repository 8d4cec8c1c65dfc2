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
 * Writes a {@link ReportCard} as a JSON output document, exactly as the card publishes it, and
 * reads such a document back as the same card: {@code read(write(card)).equals(card)}.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "title": "...", "period": "2025-04-01/2026-03-31", "asOf": "2026-03-31",
 *   "confidence": 0.95, "disclosure": "dfe",        // DisclosurePolicy.toString(), parse() reads it
 *   "protection": "Counts from 1 to 5 are hidden; ...",   // the policy's statement, for readers
 *   "lines": [{
 *     "code", "name", "section": Section, "role": MeasureRole?,
 *     "number": CELL, "denominator": CELL?, "percent": DECIMAL?,
 *     "interval": {"lower", "upper", "confidence"}?,  // only with a shown percent
 *     "assessed": CELL?, "notPaired": CELL?, "excluded": CELL?, "notEligible": CELL?}],
 *   "tables": [{
 *     "measure", "breakdown", "columns": [names],
 *     "rows": [{"key", "cells": [CELL], "total": CELL, "percent": DECIMAL?, "interval": ...?}],
 *     "total": {"cells": [CELL], "total": CELL, "percent": DECIMAL?, "interval": ...?}}],
 *   "changeProfiles": [
 *     {"code", "name", "levels": [level], "rows": [{"key", "cells": [CELL], "total": CELL}],
 *      "total": {"cells": [CELL], "total": CELL}}         // a transition matrix
 *   | {"code", "name", "paired": CELL, "meanChange": DECIMAL}]   // a summary of change
 * }
 * CELL    = {"text": "12", "status": CellStatus, "value": 12?}
 * DECIMAL = {"text": "55%", "status": CellStatus, "value": 54.54...?}
 * }</pre>
 *
 * <p><b>Only what the card publishes.</b> A hidden cell has its symbol, such as {@code [c]}, and
 * the one status {@code SUPPRESSED}, never a value nor whether it was hidden for being small; a
 * rounded cell has its rounded value; a percent, interval or mean is that of the published counts
 * beside it. A {@link ReportCard} holds no exact count that disclosure control hides, so a
 * document made under a disclosure policy can be published as it is.
 *
 * <p>Deterministic: properties in the order above, optional ones only when present, two spaces of
 * indentation, {@code \n} line ends, a final newline. A JSON Schema (draft 2020-12) of the
 * document ships as the resource {@value #SCHEMA}.
 *
 * <h2>Reading</h2>
 *
 * <pre>{@code
 * String json = ReportCardJson.write(card);
 * ReportCard same = ReportCardJson.read(json);          // same.equals(card)
 * }</pre>
 *
 * <p>Reading is strict and reports every problem at once (listing up to {@link ReadLimits#problems()}) in one
 * {@link JsonFormatException}, each located by a JSON Pointer with line and column: malformed
 * JSON, a document over the limits, a property given twice, a format version other than 1, a
 * property the format does not define, a missing property, a value of the wrong type, an unknown
 * status, section, role or disclosure policy, a malformed date or period, a hidden cell or
 * percent with a value, a text that is not its value, a negative or fractional count, an interval
 * out of order or without a shown percent, a confidence not strictly between 0 and 1, a line with
 * part of a proportion, a row or totals without one cell per column, and a table or change
 * profile of a measure without a line. The statuses {@code SUPPRESSED_PRIMARY} and {@code
 * SUPPRESSED_SECONDARY} of documents written before version 1 stopped telling why a cell is
 * hidden are read as {@code SUPPRESSED}; a document without {@code changeProfiles} has none.
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
   * Writes a report card as published.
   *
   * @param card the card
   * @return the document, ending with a newline
   */
  public static String write(ReportCard card) {
    return OutputWriter.reportCard(card);
  }

  /**
   * Reads a report card document.
   *
   * @param json the document
   * @return the card it holds
   * @throws JsonFormatException listing every problem of the document
   */
  public static ReportCard read(String json) {
    return read(new StringReader(json));
  }

  /**
   * Reads a report card document; the reader is not closed.
   *
   * @param reader the document
   * @return the card it holds
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public static ReportCard read(Reader reader) {
    return read(reader, ReadLimits.defaults());
  }

  /**
   * Reads a report card document in UTF-8 (UTF-16 and UTF-32 are detected); the stream is not
   * closed.
   *
   * @param in the document
   * @return the card it holds
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public static ReportCard read(InputStream in) {
    return read(in, ReadLimits.defaults());
  }

  /**
   * Reads a report card document within limits; the reader is not closed.
   *
   * @param reader the document
   * @param limits the limits of reading
   * @return the card it holds
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public static ReportCard read(Reader reader, ReadLimits limits) {
    return finish(LocatedParser.parse(reader, limits), limits);
  }

  /**
   * Reads a report card document in UTF-8 (UTF-16 and UTF-32 are detected) within limits; the
   * stream is not closed.
   *
   * @param in the document
   * @param limits the limits of reading
   * @return the card it holds
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public static ReportCard read(InputStream in, ReadLimits limits) {
    return finish(LocatedParser.parse(in, limits), limits);
  }

  private static ReportCard finish(LocatedParser.Result parsed, ReadLimits limits) {
    List<Problem> problems = new ArrayList<>(parsed.problems());
    ReportCard card = null;
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
   * Writes a report card as published to a writer, which is flushed, not closed.
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
    DocumentFiles.write(file, writer -> write(card, writer));
  }

  /**
   * Reads a report card document within limits.
   *
   * @param json the document
   * @param limits the limits of reading
   * @return the card it holds
   * @throws JsonFormatException listing every problem of the document
   */
  public static ReportCard read(String json, ReadLimits limits) {
    return read(new StringReader(json), limits);
  }

  /**
   * Reads a report card document from a file in UTF-8 (UTF-16 and UTF-32 are detected).
   *
   * @param file the document
   * @return the card it holds
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReportCard read(Path file) {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads a report card document from a file in UTF-8 (UTF-16 and UTF-32 are detected) within
   * limits.
   *
   * @param file the document
   * @param limits the limits of reading
   * @return the card it holds
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReportCard read(Path file, ReadLimits limits) {
    return DocumentFiles.read(file, in -> read(in, limits));
  }
}
