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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.obaframework.core.Problem;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.json.internal.DocumentFiles;
import org.obaframework.json.internal.FrameworkReader;
import org.obaframework.json.internal.FrameworkWriter;
import org.obaframework.json.internal.LocatedParser;

/**
 * Reads and writes the framework definition document: an {@link OutcomesFramework} as JSON, for
 * exchange between systems and for keeping definitions under version control.
 *
 * <pre>{@code
 * String json = FrameworkJson.standard().write(framework);
 * OutcomesFramework same = FrameworkJson.standard().read(json);   // same.equals(framework)
 * FrameworkJson lenient = FrameworkJson.standard().with(FrameworkJson.Feature.ALLOW_UNKNOWN_PROPERTIES);
 * }</pre>
 *
 * <h2>The document</h2>
 *
 * <p>One JSON object (a JSON Schema, draft 2020-12, ships as the resource {@value #SCHEMA}):
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,                       // the only version this release reads
 *   "code": "AFC", "name": LABEL, "version": "1",
 *   "serviceAreas": [{"code": "FS", "name": LABEL}],
 *   "indicators": [{
 *     "code": "SAFE", "name": LABEL, "definition": LABEL, "technicalDefinition": LABEL?,
 *     "version": "1",
 *     "scale": {"type": "binary", "yes": LABEL, "no": LABEL}
 *            | {"type": "ordinal", "levels": [{"code": "low", "label": LABEL, "score": 1}]}
 *            | {"type": "numeric", "unit": "days", "lower": 0, "upper": 365,
 *               "wholeNumbers": false?},
 *     "polarity": "HIGHER_IS_BETTER" | "LOWER_IS_BETTER",
 *     "ratedAt": "CHILD" | "FAMILY" | "ADULT",
 *     "serviceAreas": ["FS"], "outcomes": ["SHANARRI/SAFE"]}],
 *   "programmes": [{"code", "name": LABEL, "serviceArea", "indicators": [codes],
 *                   "deliveryModels": [{"code", "name": LABEL}], "measures": [codes]}],
 *   "measures": [{"code", "name": LABEL, "description": LABEL?, "quadrant": Quadrant,
 *                 "role": MeasureRole, "priority": 1?, "countingUnit": CountingUnit,
 *                 "polarity": Polarity?, "indicators": [codes]}],
 *   "serviceOutputs": [{"code", "name": LABEL}],
 *   "externalFrameworks": [{"code", "name": LABEL, "nation": Nation?, "source",
 *                           "outcomes": [{"code", "name": LABEL}]}]
 * }
 * }</pre>
 *
 * <p>A LABEL is an object from BCP 47 language tag to text, {@code {"en": "Safe", "cy":
 * "Diogel"}}, in the label's order. Enumerated values are the names of oba-core's enums. Every
 * property is required except those marked {@code ?}; {@code wholeNumbers} defaults to false.
 * Forgiving where it is safe, as the builders are: every array (service areas, indicators,
 * programmes, measures, service outputs, external frameworks, and the lists within an item)
 * may be left out and reads as empty; {@code version} defaults to "1", an indicator's {@code
 * ratedAt} to {@code CHILD}, a measure's {@code role} to {@code SECONDARY}.
 *
 * <h2>Writing</h2>
 *
 * <p>Deterministic: properties in the order above, optional properties only when present, two
 * spaces of indentation, {@code \n} line ends and a final newline, numbers in their shortest exact
 * form (whole numbers without a fraction). Equal frameworks give identical bytes.
 *
 * <h2>Reading</h2>
 *
 * <p>Strict and safe by default. Reading reports every problem at once in one {@link
 * JsonFormatException} (listing up to {@link ReadLimits#problems()}, {@value
 * ReadLimits#PROBLEMS} by default, and counting the rest), each located by a JSON Pointer with
 * line and column: malformed JSON, a document over its {@link ReadLimits} (by default nesting
 * depth {@value ReadLimits#DEPTH}, strings of {@value ReadLimits#STRING_LENGTH} characters,
 * documents of 16 MiB, {@value ReadLimits#VALUES} values; {@link #withLimits} changes them), an
 * object that gives a property twice, a format version other than 1, a
 * value of the wrong type, a missing property, an unknown enumerated value, a property the format
 * does not define (unless {@link Feature#ALLOW_UNKNOWN_PROPERTIES}). Nothing in a document names
 * a Java type. The items are then built with oba-core's factories and the framework is checked
 * whole, as {@link OutcomesFramework.Builder#build()} does; those problems are placed at the item
 * they concern, found by its code, or at the document root. The whole-framework checks run even
 * when some items have problems of their own, so that every problem is reported at once: over
 * the items read without a problem, and without echoing, as a dangling reference, a reference to
 * an item left out. A string where a number belongs that holds a number, one value where an
 * array belongs: the problem says so (never the value itself).
 *
 * <p>Immutable and thread-safe.
 */
public final class FrameworkJson {
  /** The class-path resource of the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA = "org/obaframework/json/schema/framework.schema.json";
  /**
   * The most problems one {@link JsonFormatException} lists by default; the rest are counted.
   *
   * @deprecated the limit is {@link ReadLimits#problems()}, set by {@link #withLimits}
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

  private static final FrameworkJson STANDARD = new FrameworkJson(EnumSet.noneOf(Feature.class),
      ReadLimits.defaults());

  private final Set<Feature> features;
  private final ReadLimits limits;

  private FrameworkJson(Set<Feature> features, ReadLimits limits) {
    this.features = features;
    this.limits = limits;
  }

  /**
   * Returns the reader and writer with every feature off.
   *
   * @return the standard instance
   */
  public static FrameworkJson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with a feature on.
   *
   * @param feature the feature
   * @return the copy
   */
  public FrameworkJson with(Feature feature) {
    EnumSet<Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    copy.add(Objects.requireNonNull(feature, "feature"));
    return new FrameworkJson(copy, limits);
  }

  /**
   * Returns a copy with a feature off.
   *
   * @param feature the feature
   * @return the copy
   */
  public FrameworkJson without(Feature feature) {
    EnumSet<Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    copy.remove(Objects.requireNonNull(feature, "feature"));
    return new FrameworkJson(copy, limits);
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
  public FrameworkJson withLimits(ReadLimits limits) {
    return new FrameworkJson(features, Objects.requireNonNull(limits, "limits"));
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
   * Returns the JSON Schema (draft 2020-12) of the framework definition document: the resource
   * {@value #SCHEMA}, read from this module, so it is found on the class path and module path alike.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = FrameworkJson.class.getResourceAsStream("/" + SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a framework as its definition document.
   *
   * @param framework the framework
   * @return the document, ending with a newline
   */
  public String write(OutcomesFramework framework) {
    return FrameworkWriter.write(framework);
  }

  /**
   * Writes a framework's definition document, in UTF-8, to a stream, which is flushed, not closed.
   *
   * @param framework the framework
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public void write(OutcomesFramework framework, OutputStream out) {
    DocumentFiles.write(out, writer -> write(framework, writer));
  }

  /**
   * Writes a framework's definition document to a writer, which is flushed, not closed.
   *
   * @param framework the framework
   * @param writer the writer
   * @throws UncheckedIOException if writing fails
   */
  public void write(OutcomesFramework framework, Writer writer) {
    DocumentFiles.write(write(framework), writer);
  }

  /**
   * Writes a framework's definition document to a file, in UTF-8, whole or not at all: to a
   * temporary file beside it, renamed over it once written.
   *
   * @param framework the framework
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(OutcomesFramework framework, Path file) {
    DocumentFiles.write(file, writer -> write(framework, writer));
  }

  /**
   * Reads a framework from its definition document.
   *
   * @param json the document
   * @return the framework
   * @throws JsonFormatException listing every problem of the document
   */
  public OutcomesFramework read(String json) {
    return read(new StringReader(json));
  }

  /**
   * Reads a framework from its definition document in UTF-8 (UTF-16 and UTF-32 are detected); the
   * stream is not closed.
   *
   * @param in the document
   * @return the framework
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public OutcomesFramework read(InputStream in) {
    return finish(LocatedParser.parse(in, limits));
  }

  /**
   * Reads a framework from its definition document; the reader is not closed.
   *
   * @param reader the document
   * @return the framework
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public OutcomesFramework read(Reader reader) {
    return finish(LocatedParser.parse(reader, limits));
  }

  /**
   * Reads a framework from a file of its definition document in UTF-8 (UTF-16 and UTF-32 are
   * detected).
   *
   * @param file the document
   * @return the framework
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public OutcomesFramework read(Path file) {
    return DocumentFiles.read(file, this::read);
  }

  private OutcomesFramework finish(LocatedParser.Result parsed) {
    List<Problem> problems = new ArrayList<>(parsed.problems());
    OutcomesFramework framework = null;
    long unlisted = 0;
    if (parsed.root() != null) {
      FrameworkReader.Outcome read = FrameworkReader.read(parsed.root(),
          isEnabled(Feature.ALLOW_UNKNOWN_PROPERTIES), limits.problems());
      problems.addAll(read.problems());
      unlisted = read.unlisted();
      framework = read.framework();
    }
    if (!problems.isEmpty() || framework == null) {
      throw JsonFormatException.of(problems, unlisted, limits.problems());
    }
    return framework;
  }

  @Override
  public String toString() {
    return "FrameworkJson" + features;
  }
}
