package org.obaframework.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.json.internal.DocumentFiles;
import org.obaframework.json.internal.LocatedParser;
import org.obaframework.json.internal.MeasuresReader;
import org.obaframework.json.internal.MeasuresWriter;

/**
 * Reads and writes the measures document: the computable {@link MeasureDefinition}s of a report
 * card (How much, How well, Is anyone better off, baseline profiles and change profiles) as JSON,
 * so that a tool such as {@code oba report --measures m.json} can take a user's measures from a
 * file.
 *
 * <pre>{@code
 * String json = MeasuresJson.standard().write(measures);
 * List<MeasureDefinition> same = MeasuresJson.standard().read(new StringReader(json));
 * List<MeasureDefinition> checked = MeasuresJson.standard().read(Path.of("m.json"), framework);
 * MeasuresJson.Document document = MeasuresJson.standard().readDocument(json);  // + breakdowns
 * }</pre>
 *
 * <h2>The document</h2>
 *
 * <p>One JSON object (a JSON Schema, draft 2020-12, ships as the resource {@value #SCHEMA}); each
 * measure, and each rule, condition, minimum change and composite inside one, is an object tagged
 * by {@code "type"}:
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,                       // the only version this release reads
 *   "measures": [
 *     {"type": "count", "code", "name": LABEL, "programme", "countingUnit": CountingUnit,
 *      "serviceOutput"?, "raters": [Rater]?, "reviewKinds": [ReviewKind]?},
 *     {"type": "process", "code", "name": LABEL, "programme", "condition": PROCESS-CONDITION,
 *      "countingUnit": CountingUnit?, "episodeChoice": EpisodeChoice?},
 *     {"type": "betterOff", "code", "name": LABEL, "programme", "countingUnit": CountingUnit,
 *      "episodeChoice": EpisodeChoice?, "indicators": [codes], "defaultRule": RULE?,
 *      "rules": {code: RULE}?, "composite": COMPOSITE?, "deterioration": DETERIORATION?,
 *      "deteriorations": {code: DETERIORATION}?,
 *      "familyRule": FamilyRule?, "eligibility": [CONDITION]?,
 *      "excludedClosureReasons": [ClosureReason]?, "pairing": PAIRING},
 *     {"type": "baselineProfile", "code", "name": LABEL, "programme",
 *      "countingUnit": CountingUnit, "episodeChoice": EpisodeChoice?, "condition": CONDITION},
 *     {"type": "transition", "code", "name": LABEL, "programme", "indicator", "pairing": PAIRING,
 *      "countingUnit": CountingUnit?, "episodeChoice": EpisodeChoice?}
 *   ],
 *   "breakdowns": [BREAKDOWN]?
 * }
 * PROCESS-CONDITION: {"type": "baselineWithin", "days": 28} | {"type": "reviewsWithin", "days": 91}
 *   | {"type": "viewRecorded", "raters": [Rater]} | {"type": "plannedClosure"}
 *   | {"type": "hasServiceOutput", "serviceOutput": code}
 * CONDITION: {"type": "is", "indicator", "value": true} | {"type": "atLevels", "indicator",
 *   "levels": [codes]} | {"type": "worseThan" | "atOrWorseThan", "indicator", "threshold": VALUE}
 * RULE: {"type": "anyImprovement"} | {"type": "improvedByAtLeast", "amount": 2}
 *   | {"type": "reaches", "target": VALUE, "maintained": "COUNTS" | "DOES_NOT_COUNT"}
 *   | {"type": "reliableChange", "minimum": MINIMUM}
 *   | {"type": "reliableRecovery", "minimum": MINIMUM, "cutOff": 70}
 * MINIMUM: {"type": "preset", "preset": "GOAL_BASED_OUTCOMES" | "CGAS" | ...}
 *   | {"type": "jacobsonTruax", "standardDeviation": 12.9, "reliability": 0.91,
 *      "criticalValue": 1.959964?}
 *   | {"type": "value", "value": 3, "source": "..."}
 * COMPOSITE: {"type": "any" | "all" | "corc", "paired": "EVERY" | "WHICHEVER"?}
 *   | {"type": "atLeast", "k": 2, "paired": ...?}
 * DETERIORATION: {"type": "mirror"} | {"type": "anyDeterioration"}
 *   | {"type": "worseByAtLeast", "amount": 5}
 * BREAKDOWN: {"type": "localAuthority", "rule": LocalAuthorityRule?}
 *   | {"type": "attribute", "attribute": name} | {"type": "deliveryModel"} | {"type": "programme"}
 *   | {"type": "period", "kind": PeriodKind}
 *   | {"type": "cohort", "cohort": Cohort, "kind": PeriodKind}
 *   | {"type": "cohort", "cohort": Cohort, "name", "periods": ["2024-09-01/2025-08-31"]}
 *   | {"type": "cross", "parts": [BREAKDOWN]} | {"type": "hierarchy", "name", "levels": [BREAKDOWN]}
 * PAIRING: {"end": PairingEnd, "periodStart": DATE?, "periodEnd": DATE?,
 *   "minimumIntervalDays": 0?, "raters": "each" | Rater}
 * }</pre>
 *
 * <p>A LABEL is an object from BCP 47 language tag to text, as in {@link FrameworkJson}; a VALUE
 * is a level's code (a string), a number, or {@code true}/{@code false}; a DATE is {@code
 * YYYY-MM-DD}. Enumerated values are the names of oba-core's enums; a preset is the name of a
 * constant of {@link org.obaframework.core.change.MinimumChanges}. Every property is required
 * except those marked {@code ?}; an absent one takes oba-core's builders' default (any
 * improvement, no rules of single indicators, the {@code any} composite with the pairing its kind
 * requires, the {@code mirror} deterioration rule and none of single indicators, the {@code LATEST} episode, {@code ANY_MEMBER},
 * no eligibility condition, no excluded closure reason, a minimum interval of 0 days, the
 * critical value 1.96 of Jacobson and Truax; a process measure counts what its condition judges,
 * a transition measure each person at its indicator's level, a count measure every rater's
 * reviews of every kind but follow-up; a breakdown by local authority under the {@code EPISODE}
 * rule); the period of a pairing is given exactly for {@code LATEST_WITHIN}. The breakdowns are
 * the report card's: a period or a cohort breakdown stands alone, never in a cross or a
 * hierarchy.
 * As the builders, {@code measures} and a better-off measure's {@code indicators} may be left
 * out (empty), a better-off measure's {@code pairing} defaults to {@link
 * org.obaframework.core.change.Pairing#latest()}, a pairing's {@code end} to {@code LATEST} and
 * its {@code raters} to each rater separately; a measure of a report card names one rater, so
 * that is told when left out. Each measure read is checked against the framework even when
 * another measure has problems, and a measure with only a property the format lacks is still
 * built and checked: every problem of the document is reported at once.
 *
 * <p>Every variant of every type a {@link MeasureDefinition} holds can be written and read: none
 * holds code, only data. A {@link org.obaframework.core.change.MinimumChange} is written as the
 * preset it equals, else as the Jacobson-Truax derivation it equals, else as its value and source.
 *
 * <h2>Writing</h2>
 *
 * <p>Deterministic, as {@link FrameworkJson}'s: properties in the order above, every defaulted
 * property of a better-off measure and of a pairing written out (the episode choice and the
 * deterioration rule included; a composite's pairing requirement only when it is not its kind's
 * own, and the new properties of other measures only when they are not the default; the
 * breakdowns only when there are some), rules of single indicators
 * sorted by code, sets of raters and of closure reasons sorted by name (levels of a condition keep
 * their order); two spaces of indentation and a final newline. A list that gives two definitions
 * the same code is refused with a {@link ValidationException}, since the reader would reject it.
 *
 * <h2>Reading</h2>
 *
 * <p>Strict and safe, as the other readers: every problem at once (listing up to {@link ReadLimits#problems()})
 * in one {@link JsonFormatException}, each located by a JSON Pointer with line and column;
 * malformed JSON, a document over the limits of {@link FrameworkJson}, a property given twice, a
 * format version other than 1, a value of the wrong type, a missing property, an unknown type tag
 * or enumerated value, a number that is not finite or an integer out of range, a value given
 * twice in a set, a property the format does not define (unless {@link
 * Feature#ALLOW_UNKNOWN_PROPERTIES}), two measures with one code, and what oba-core's factories
 * reject (a malformed code, negative days, an amount of 0), placed at the value concerned.
 *
 * <p>{@link #read(Reader, OutcomesFramework)} also checks each definition against a framework
 * with oba-core's own {@link MeasureDefinition#problems(OutcomesFramework)}: an unknown programme
 * or service output, an indicator outside the programme, a rule or condition that does not fit
 * its indicator's scale, a better-off or transition measure whose pairing does not name one rater,
 * and so on; each problem is placed at the part of the measure it concerns (a rule by its
 * indicator, a code by its place in an array), else at the measure. Those checks run only when
 * the document could be read.
 *
 * <p>Immutable and thread-safe.
 */
public final class MeasuresJson {
  /** The class-path resource of the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA = "org/obaframework/json/schema/measures.schema.json";
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
     * mistake that would otherwise silently drop a rule or a condition.
     */
    ALLOW_UNKNOWN_PROPERTIES
  }

  private static final MeasuresJson STANDARD = new MeasuresJson(EnumSet.noneOf(Feature.class),
      ReadLimits.defaults());

  private final Set<Feature> features;
  private final ReadLimits limits;

  private MeasuresJson(Set<Feature> features, ReadLimits limits) {
    this.features = features;
    this.limits = limits;
  }

  /**
   * Returns the reader and writer with every feature off.
   *
   * @return the standard instance
   */
  public static MeasuresJson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with a feature on.
   *
   * @param feature the feature
   * @return the copy
   */
  public MeasuresJson with(Feature feature) {
    EnumSet<Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    copy.add(Objects.requireNonNull(feature, "feature"));
    return new MeasuresJson(copy, limits);
  }

  /**
   * Returns a copy with a feature off.
   *
   * @param feature the feature
   * @return the copy
   */
  public MeasuresJson without(Feature feature) {
    EnumSet<Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    copy.remove(Objects.requireNonNull(feature, "feature"));
    return new MeasuresJson(copy, limits);
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
  public MeasuresJson withLimits(ReadLimits limits) {
    return new MeasuresJson(features, Objects.requireNonNull(limits, "limits"));
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
   * Returns the JSON Schema (draft 2020-12) of the measures document: the resource {@value
   * #SCHEMA}, read from this module, so it is found on the class path and module path alike.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = MeasuresJson.class.getResourceAsStream("/" + SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A measures document: the measure definitions of a report card and, if it gives them, its
   * breakdowns. Immutable.
   *
   * @param measures the definitions, in document order
   * @param breakdowns the breakdowns, in document order; empty if the document gives none
   */
  public record Document(List<MeasureDefinition> measures, List<Breakdown> breakdowns) {
    /**
     * Copies the lists.
     */
    public Document {
      measures = List.copyOf(measures);
      breakdowns = List.copyOf(breakdowns);
    }
  }

  /**
   * Writes measure definitions as the measures document.
   *
   * @param measures the definitions, in the order to write them
   * @return the document, ending with a newline
   * @throws ValidationException if two definitions share a code
   */
  public String write(List<MeasureDefinition> measures) {
    return MeasuresWriter.write(List.copyOf(measures));
  }

  /**
   * Writes measure definitions and the report card's breakdowns as the measures document.
   *
   * @param document the definitions and breakdowns
   * @return the document, ending with a newline
   * @throws ValidationException if two definitions share a code or two breakdowns a name
   */
  public String write(Document document) {
    return MeasuresWriter.write(document.measures(), document.breakdowns());
  }

  /**
   * Reads a measures document with its breakdowns, checking each definition against a framework
   * when one is given.
   *
   * @param json the document
   * @param framework the framework every definition must fit, or null to check none
   * @return the definitions and breakdowns
   * @throws JsonFormatException listing every problem of the document and of the definitions
   */
  public Document readDocument(String json, @Nullable OutcomesFramework framework) {
    return readDocument(new StringReader(json), framework);
  }

  /**
   * Reads a measures document with its breakdowns, checking each definition against a framework
   * when one is given; the reader is not closed.
   *
   * @param reader the document
   * @param framework the framework every definition must fit, or null to check none
   * @return the definitions and breakdowns
   * @throws JsonFormatException listing every problem of the document and of the definitions
   * @throws UncheckedIOException if reading fails
   */
  public Document readDocument(Reader reader, @Nullable OutcomesFramework framework) {
    return finishDocument(LocatedParser.parse(reader, limits), framework);
  }

  /**
   * Reads a measures document with its breakdowns in UTF-8 (UTF-16 and UTF-32 are detected),
   * checking each definition against a framework when one is given; the stream is not closed.
   *
   * @param in the document
   * @param framework the framework every definition must fit, or null to check none
   * @return the definitions and breakdowns
   * @throws JsonFormatException listing every problem of the document and of the definitions
   * @throws UncheckedIOException if reading fails
   */
  public Document readDocument(InputStream in, @Nullable OutcomesFramework framework) {
    return finishDocument(LocatedParser.parse(in, limits), framework);
  }

  /**
   * Reads a measures document with its breakdowns from a file in UTF-8 (UTF-16 and UTF-32 are
   * detected), checking each definition against a framework when one is given.
   *
   * @param file the document
   * @param framework the framework every definition must fit, or null to check none
   * @return the definitions and breakdowns
   * @throws JsonFormatException listing every problem of the document and of the definitions
   * @throws UncheckedIOException if the file cannot be read
   */
  public Document readDocument(Path file, @Nullable OutcomesFramework framework) {
    return DocumentFiles.read(file, in -> readDocument(in, framework));
  }

  /**
   * Writes the measures document, in UTF-8, to a stream, which is flushed, not closed.
   *
   * @param measures the definitions
   * @param out the stream
   * @throws ValidationException if two definitions share a code
   * @throws UncheckedIOException if writing fails
   */
  public void write(List<MeasureDefinition> measures, OutputStream out) {
    DocumentFiles.write(out, writer -> write(measures, writer));
  }

  /**
   * Writes the measures document to a writer, which is flushed, not closed.
   *
   * @param measures the definitions
   * @param writer the writer
   * @throws ValidationException if two definitions share a code
   * @throws UncheckedIOException if writing fails
   */
  public void write(List<MeasureDefinition> measures, Writer writer) {
    DocumentFiles.write(write(measures), writer);
  }

  /**
   * Writes the measures document to a file, in UTF-8, whole or not at all: to a temporary file
   * beside it, renamed over it once written.
   *
   * @param measures the definitions
   * @param file the file, created or replaced
   * @throws ValidationException if two definitions share a code; the file is then as it was
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(List<MeasureDefinition> measures, Path file) {
    String document = write(measures);
    DocumentFiles.write(file, writer -> DocumentFiles.write(document, writer));
  }

  /**
   * Reads measure definitions from their document.
   *
   * @param json the document
   * @return the definitions, in document order
   * @throws JsonFormatException listing every problem of the document
   */
  public List<MeasureDefinition> read(String json) {
    return read(new StringReader(json));
  }

  /**
   * Reads measure definitions from their document; the reader is not closed.
   *
   * @param reader the document
   * @return the definitions, in document order
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public List<MeasureDefinition> read(Reader reader) {
    return finish(LocatedParser.parse(reader, limits), null);
  }

  /**
   * Reads measure definitions from their document in UTF-8 (UTF-16 and UTF-32 are detected);
   * the stream is not closed.
   *
   * @param in the document
   * @return the definitions, in document order
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public List<MeasureDefinition> read(InputStream in) {
    return finish(LocatedParser.parse(in, limits), null);
  }

  /**
   * Reads measure definitions from a file in UTF-8 (UTF-16 and UTF-32 are detected).
   *
   * @param file the document
   * @return the definitions, in document order
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<MeasureDefinition> read(Path file) {
    return readFile(file, null);
  }

  /**
   * Reads measure definitions from their document and checks each against a framework.
   *
   * @param json the document
   * @param framework the framework the definitions must fit
   * @return the definitions, in document order
   * @throws JsonFormatException listing every problem of the document and of the definitions
   */
  public List<MeasureDefinition> read(String json, OutcomesFramework framework) {
    return read(new StringReader(json), framework);
  }

  /**
   * Reads measure definitions from their document and checks each against a framework; the
   * reader is not closed.
   *
   * @param reader the document
   * @param framework the framework the definitions must fit
   * @return the definitions, in document order
   * @throws JsonFormatException listing every problem of the document and of the definitions
   * @throws UncheckedIOException if reading fails
   */
  public List<MeasureDefinition> read(Reader reader, OutcomesFramework framework) {
    return finish(LocatedParser.parse(reader, limits),
        Objects.requireNonNull(framework, "framework"));
  }

  /**
   * Reads measure definitions from a document in UTF-8 (UTF-16 and UTF-32 are detected) and
   * checks each against a framework; the stream is not closed.
   *
   * @param in the document
   * @param framework the framework every measure must fit
   * @return the definitions, in the document's order
   * @throws JsonFormatException listing every problem of the document and of the definitions
   * @throws UncheckedIOException if reading fails
   */
  public List<MeasureDefinition> read(InputStream in, OutcomesFramework framework) {
    return finish(LocatedParser.parse(in, limits), Objects.requireNonNull(framework,
        "framework"));
  }

  /**
   * Reads measure definitions from a file in UTF-8 and checks each against a framework.
   *
   * @param file the document
   * @param framework the framework every measure must fit
   * @return the definitions, in the document's order
   * @throws JsonFormatException listing every problem of the document and of the definitions
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<MeasureDefinition> read(Path file, OutcomesFramework framework) {
    return readFile(file, Objects.requireNonNull(framework, "framework"));
  }

  private List<MeasureDefinition> readFile(Path file, @Nullable OutcomesFramework framework) {
    return DocumentFiles.read(file, in -> finish(LocatedParser.parse(in, limits), framework));
  }

  private List<MeasureDefinition> finish(LocatedParser.Result parsed,
      @Nullable OutcomesFramework framework) {
    return finishDocument(parsed, framework).measures();
  }

  private Document finishDocument(LocatedParser.Result parsed,
      @Nullable OutcomesFramework framework) {
    List<Problem> problems = new ArrayList<>(parsed.problems());
    List<MeasureDefinition> measures = null;
    List<Breakdown> breakdowns = List.of();
    long unlisted = 0;
    if (parsed.root() != null) {
      MeasuresReader.Outcome read = MeasuresReader.read(parsed.root(),
          isEnabled(Feature.ALLOW_UNKNOWN_PROPERTIES), limits.problems(), framework);
      problems.addAll(read.problems());
      unlisted = read.unlisted();
      measures = read.measures();
      breakdowns = read.breakdowns();
    }
    if (!problems.isEmpty() || measures == null) {
      throw JsonFormatException.of(problems, unlisted, limits.problems());
    }
    return new Document(measures, breakdowns);
  }

  @Override
  public String toString() {
    return "MeasuresJson" + features;
  }
}
