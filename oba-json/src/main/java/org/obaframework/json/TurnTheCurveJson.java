package org.obaframework.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.obaframework.core.Problem;
import org.obaframework.core.curve.TurnTheCurveRecord;
import org.obaframework.json.internal.DocumentFiles;
import org.obaframework.json.internal.OutputWriter;
import org.obaframework.json.internal.TurnTheCurveReader;
import org.obaframework.json.internal.LocatedParser;

/**
 * Reads and writes the turn-the-curve record document: a {@link TurnTheCurveRecord} as JSON, an
 * input document (written by hand or by a planning tool) and an output one.
 *
 * <pre>{@code
 * String json = TurnTheCurveJson.standard().write(record);
 * TurnTheCurveRecord same = TurnTheCurveJson.standard().read(json);   // same.equals(record)
 * }</pre>
 *
 * <h2>The document</h2>
 *
 * <p>One JSON object (a JSON Schema, draft 2020-12, ships as the resource {@value #SCHEMA}):
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,                       // the only version this release reads
 *   "subject": "CYP-REL-POVERTY",
 *   "subjectKind": "PERFORMANCE_MEASURE" | "POPULATION_INDICATOR",
 *   "asOf": "2026-03-31",
 *   "contributingFactors": ["..."], "restrictingFactors": ["..."],
 *   "partners": [{"code": "WG", "name": LABEL, "role": "..."}],
 *   "ideas": [{"text": "...", "cost": "NO_COST" | "LOW_COST" | "OTHER", "evidence": "..."?}],
 *   "actions": [{"description", "owner", "start": DATE, "due": DATE,
 *                "status": "PLANNED" | "IN_PROGRESS" | "DONE" | "DROPPED"}]
 * }
 * }</pre>
 *
 * <p>A LABEL is an object from BCP 47 language tag to text; a DATE is ISO 8601, {@code
 * YYYY-MM-DD}. Every property is required except {@code evidence}, and the lists, which may be
 * left out when empty.
 *
 * <p>The factors, ideas and actions are professionals' free text, which may mention local
 * circumstances; problems quote at most 40 characters of a string.
 *
 * <h2>Writing and reading</h2>
 *
 * <p>Writing is deterministic, as {@link FrameworkJson}'s. Reading is strict and reports every
 * problem at once (listing up to {@link ReadLimits#problems()}) in one {@link JsonFormatException}, each located
 * by a JSON Pointer with line and column: malformed JSON, a document over the limits, a property
 * given twice, a format version other than 1, a value of the wrong type, a missing property, an
 * unknown enumerated value, a malformed date, a property the format does not define (unless
 * {@link Feature#ALLOW_UNKNOWN_PROPERTIES}), and what oba-core's factories reject (a blank
 * factor, an action due before it starts, a partner listed twice), placed at the item concerned.
 *
 * <p>Immutable and thread-safe.
 */
public final class TurnTheCurveJson {
  /** The class-path resource of the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA = "org/obaframework/json/schema/turn-the-curve.schema.json";
  /**
   * The most problems one {@link JsonFormatException} lists by default; the rest are counted.
   *
   * @deprecated the limit is {@link ReadLimits#problems()}
   */
  @Deprecated
  public static final int MAX_PROBLEMS = ReadLimits.PROBLEMS;

  /** Options of reading and writing, each off unless said otherwise. */
  public enum Feature {
    /**
     * Ignore properties the format does not define, such as those of a newer minor revision or
     * a producer's own annotations. Off by default: an unknown property is usually a typing
     * mistake that would otherwise silently drop data.
     */
    ALLOW_UNKNOWN_PROPERTIES
  }

  private static final TurnTheCurveJson STANDARD = new TurnTheCurveJson(EnumSet.noneOf(Feature.class),
      ReadLimits.defaults());

  private final Set<Feature> features;
  private final ReadLimits limits;

  private TurnTheCurveJson(Set<Feature> features, ReadLimits limits) {
    this.features = features;
    this.limits = limits;
  }

  /**
   * Returns the reader and writer with every feature off.
   *
   * @return the standard instance
   */
  public static TurnTheCurveJson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with a feature on.
   *
   * @param feature the feature
   * @return the copy
   */
  public TurnTheCurveJson with(Feature feature) {
    EnumSet<Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    copy.add(Objects.requireNonNull(feature, "feature"));
    return new TurnTheCurveJson(copy, limits);
  }

  /**
   * Returns a copy with a feature off.
   *
   * @param feature the feature
   * @return the copy
   */
  public TurnTheCurveJson without(Feature feature) {
    EnumSet<Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    copy.remove(Objects.requireNonNull(feature, "feature"));
    return new TurnTheCurveJson(copy, limits);
  }

  /**
   * Tells whether a feature is on.
   *
   * @param feature the feature
   * @return whether it is on
   */
  public boolean isEnabled(Feature feature) {
    return features.contains(feature);
  }

  /**
   * Returns a copy that reads within other limits (document, string and name lengths, nesting
   * depth, values, problems listed); {@link ReadLimits#defaults()} unless set.
   *
   * @param limits the limits
   * @return the copy
   */
  public TurnTheCurveJson withLimits(ReadLimits limits) {
    return new TurnTheCurveJson(features, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits within which this instance reads.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the turn-the-curve record document: the resource
   * {@value #SCHEMA}, read from this module, so it is found on the class path and module path alike.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = TurnTheCurveJson.class.getResourceAsStream("/" + SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a record as its document.
   *
   * @param record the record
   * @return the document, ending with a newline
   */
  public String write(TurnTheCurveRecord record) {
    return OutputWriter.turnTheCurve(record);
  }

  /**
   * Writes a record's document, in UTF-8, to a stream, which is flushed, not closed.
   *
   * @param record the record
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public void write(TurnTheCurveRecord record, OutputStream out) {
    DocumentFiles.write(out, writer -> write(record, writer));
  }

  /**
   * Writes a record's document to a writer, which is flushed, not closed.
   *
   * @param record the record
   * @param writer the writer
   * @throws UncheckedIOException if writing fails
   */
  public void write(TurnTheCurveRecord record, Writer writer) {
    DocumentFiles.write(write(record), writer);
  }

  /**
   * Writes a record's document to a file, in UTF-8, whole or not at all: to a temporary file
   * beside it, renamed over it once written.
   *
   * @param record the record
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(TurnTheCurveRecord record, Path file) {
    DocumentFiles.write(file, writer -> write(record, writer));
  }

  /**
   * Reads a record from its document.
   *
   * @param json the document
   * @return the record
   * @throws JsonFormatException listing every problem of the document
   */
  public TurnTheCurveRecord read(String json) {
    return read(new StringReader(json));
  }

  /**
   * Reads a record from its document in UTF-8 (UTF-16 and UTF-32 are detected); the
   * stream is not closed.
   *
   * @param in the document
   * @return the record
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public TurnTheCurveRecord read(InputStream in) {
    return finish(LocatedParser.parse(in, limits));
  }

  /**
   * Reads a record from its document; the reader is not closed.
   *
   * @param reader the document
   * @return the record
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public TurnTheCurveRecord read(Reader reader) {
    return finish(LocatedParser.parse(reader, limits));
  }

  /**
   * Reads a record from a file of its document in UTF-8 (UTF-16 and UTF-32 are detected).
   *
   * @param file the document
   * @return the record
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public TurnTheCurveRecord read(Path file) {
    return DocumentFiles.read(file, this::read);
  }

  private TurnTheCurveRecord finish(LocatedParser.Result parsed) {
    List<Problem> problems = new ArrayList<>(parsed.problems());
    TurnTheCurveRecord record = null;
    long unlisted = 0;
    if (parsed.root() != null) {
      TurnTheCurveReader.Outcome read = TurnTheCurveReader.read(parsed.root(),
          isEnabled(Feature.ALLOW_UNKNOWN_PROPERTIES), limits.problems());
      problems.addAll(read.problems());
      unlisted = read.unlisted();
      record = read.record();
    }
    if (!problems.isEmpty() || record == null) {
      throw JsonFormatException.of(problems, unlisted, limits.problems());
    }
    return record;
  }

  @Override
  public String toString() {
    return "TurnTheCurveJson" + features;
  }
}
