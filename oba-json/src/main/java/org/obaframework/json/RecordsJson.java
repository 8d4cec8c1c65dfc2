package org.obaframework.json;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.json.internal.DocumentFiles;
import org.obaframework.json.internal.DocumentText;
import org.obaframework.json.internal.Located;
import org.obaframework.json.internal.LocatedParser;
import org.obaframework.json.internal.PartialRecords;
import org.obaframework.json.internal.RecordIndex;
import org.obaframework.json.internal.RecordsBinder;
import org.obaframework.json.internal.RecordsWriter;

/**
 * Reads and writes the records document: a whole batch of {@link Records} (subjects, their
 * episodes and the reviews of those) as one JSON document. For batches too large to hold at once,
 * see {@link RecordsNdjson}, which writes the same records one per line.
 *
 * <pre>{@code
 * String json = RecordsJson.standard().write(records);
 * Records same = RecordsJson.standard().read(json);
 * Records checked = RecordsJson.standard().read(json, framework, asOf); // also RecordValidator
 * }</pre>
 *
 * <h2>The document</h2>
 *
 * <p>One JSON object (a JSON Schema, draft 2020-12, ships as the resource {@value #SCHEMA}):
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "subjects": [{"id": "S1", "kind": "CHILD" | "FAMILY", "attributes": ATTRIBUTES,
 *                 "members": [{"id": "M1", "role": "ADULT" | "CHILD", "attributes": ATTRIBUTES}]}],
 *   "episodes": [{"id", "subject", "programme", "localAuthority", "deliveryModel"?,
 *                 "start": DATE, "end": DATE?, "closureReason": ClosureReason?,
 *                 "serviceOutputs": [codes]}],
 *   "reviews": [{"id", "episode", "kind": ReviewKind, "assessedOn": DATE, "recordedOn": DATE,
 *                "rater": Rater,
 *                "ratings": [{"indicator", "member"?, "value": true | "level-code" | 3.5}
 *                          | {"indicator", "member"?, "status": "NOT_APPLICABLE" | "NOT_ASSESSED"}]}]
 * }
 * }</pre>
 *
 * <p>ATTRIBUTES is an object from attribute name to its history, oldest first: {@code {"age-band":
 * [{"value": "0-4"}, {"value": "5-9", "from": "2024-04-01"}]}}; only the first change may leave out
 * {@code from}. A DATE is an ISO 8601 date with a four-digit year, {@code "2024-04-01"}. A rating
 * has either a value (a binary scale's {@code true}/{@code false}, an ordinal level's code, or a
 * number) or a status, never both. Enumerated values are the names of oba-core's enums. Every
 * property is required except those marked {@code ?}; {@code recordedOn} is always written.
 * Forgiving where it is safe, as the builders are: {@code subjects}, {@code episodes}, {@code
 * reviews}, {@code members}, {@code serviceOutputs} and {@code ratings} may be left out (empty),
 * {@code attributes} too (none), and {@code recordedOn} (the day assessed). A rating's {@code
 * "value"} that names a status ({@code "not-applicable"}, {@code "N/A"}) is told to be a {@code
 * "status"}.
 *
 * <h2>Writing and reading</h2>
 *
 * <p>As {@link FrameworkJson}: deterministic bytes (equal records give identical documents), and
 * strict, located reading that reports every problem (listing up to {@link ReadLimits#problems()})
 * in one {@link JsonFormatException}, each with a JSON Pointer, line and column. Reading checks
 * each record with oba-core's factories; {@link #read(String, OutcomesFramework, LocalDate)} also
 * checks the batch with {@link RecordValidator}, placing each of its problems at the record it
 * concerns, found by id; also when some records have problems of their own, over the subjects
 * none of whose records was left out, so that every problem is reported at once.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecordsJson {
  /** The class-path resource of the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA = "org/obaframework/json/schema/records.schema.json";

  /** Options of reading, each off unless said otherwise. */
  public enum Feature {
    /** Ignore properties the format does not define. Off by default, as in FrameworkJson. */
    ALLOW_UNKNOWN_PROPERTIES
  }

  private static final RecordsJson STANDARD = new RecordsJson(EnumSet.noneOf(Feature.class),
      ReadLimits.defaults());

  private final Set<Feature> features;
  private final ReadLimits limits;

  private RecordsJson(Set<Feature> features, ReadLimits limits) {
    this.features = features;
    this.limits = limits;
  }

  /**
   * Returns the reader and writer with every feature off.
   *
   * @return the standard instance
   */
  public static RecordsJson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with a feature on.
   *
   * @param feature the feature
   * @return the copy
   */
  public RecordsJson with(Feature feature) {
    EnumSet<Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    copy.add(Objects.requireNonNull(feature, "feature"));
    return new RecordsJson(copy, limits);
  }

  /**
   * Returns a copy with a feature off.
   *
   * @param feature the feature
   * @return the copy
   */
  public RecordsJson without(Feature feature) {
    EnumSet<Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    copy.remove(Objects.requireNonNull(feature, "feature"));
    return new RecordsJson(copy, limits);
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
  public RecordsJson withLimits(ReadLimits limits) {
    return new RecordsJson(features, Objects.requireNonNull(limits, "limits"));
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
   * Returns the JSON Schema (draft 2020-12) of the records document: the resource {@value
   * #SCHEMA}.
   *
   * @return the schema's text
   */
  public static String schema() {
    return resource(SCHEMA);
  }

  static String resource(String name) {
    try (InputStream in = RecordsJson.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a batch of records as one document.
   *
   * @param records the batch
   * @return the document, ending with a newline
   */
  public String write(Records records) {
    return RecordsWriter.write(records);
  }

  /**
   * Writes a batch's document, in UTF-8, to a stream, which is flushed, not closed.
   *
   * @param records the batch
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public void write(Records records, OutputStream out) {
    DocumentFiles.write(out, writer -> write(records, writer));
  }

  /**
   * Writes a batch's document to a writer, which is flushed, not closed.
   *
   * @param records the batch
   * @param writer the writer
   * @throws UncheckedIOException if writing fails
   */
  public void write(Records records, Writer writer) {
    DocumentFiles.write(write(records), writer);
  }

  /**
   * Writes a batch's document to a file, in UTF-8, whole or not at all: to a temporary file
   * beside it (readable by its owner only), renamed over it once written.
   *
   * @param records the batch
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(Records records, Path file) {
    DocumentFiles.write(file, writer -> write(records, writer));
  }

  /**
   * Reads a batch of records from its document.
   *
   * @param json the document
   * @return the batch
   * @throws JsonFormatException listing every problem of the document
   */
  public Records read(String json) {
    return finish(DocumentText.of(json, limits), null, null);
  }

  /**
   * Reads a batch of records from its document in UTF-8 (UTF-16 and UTF-32 are detected); the
   * stream is not closed.
   *
   * @param in the document
   * @return the batch
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public Records read(InputStream in) {
    return finish(DocumentText.of(in, limits), null, null);
  }

  /**
   * Reads a batch of records from its document; the reader is not closed.
   *
   * @param reader the document
   * @return the batch
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public Records read(Reader reader) {
    return finish(DocumentText.of(reader, limits), null, null);
  }

  /**
   * Reads a batch of records from a file of its document in UTF-8 (UTF-16 and UTF-32 are
   * detected).
   *
   * @param file the document
   * @return the batch
   * @throws JsonFormatException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public Records read(Path file) {
    return DocumentFiles.read(file, this::read);
  }

  /**
   * Reads a batch of records from its document and checks it against a framework as of a date,
   * as {@link #read(String, OutcomesFramework, LocalDate)} does; the reader is not closed.
   *
   * @param reader the document
   * @param framework the framework the records must fit
   * @param asOf the date of the validation
   * @return the batch
   * @throws JsonFormatException listing every problem of the document and of the records
   * @throws UncheckedIOException if reading fails
   */
  public Records read(Reader reader, OutcomesFramework framework, LocalDate asOf) {
    return finish(DocumentText.of(reader, limits), Objects.requireNonNull(framework,
        "framework"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Reads a batch of records from a file of its document in UTF-8 (UTF-16 and UTF-32 are
   * detected) and checks it against a framework as of a date, as {@link #read(String,
   * OutcomesFramework, LocalDate)} does.
   *
   * @param file the document
   * @param framework the framework the records must fit
   * @param asOf the date of the validation
   * @return the batch
   * @throws JsonFormatException listing every problem of the document and of the records
   * @throws UncheckedIOException if the file cannot be read
   */
  public Records read(Path file, OutcomesFramework framework, LocalDate asOf) {
    return DocumentFiles.read(file, in -> read(in, framework, asOf));
  }

  /**
   * Reads a batch of records from its document in UTF-8 (UTF-16 and UTF-32 are detected) and
   * checks it against a framework as of a date, as {@link #read(String, OutcomesFramework,
   * LocalDate)} does; the stream is not closed.
   *
   * @param in the document
   * @param framework the framework the records must fit
   * @param asOf the date of the validation
   * @return the batch
   * @throws JsonFormatException listing every problem of the document and of the records
   * @throws UncheckedIOException if reading fails
   */
  public Records read(InputStream in, OutcomesFramework framework, LocalDate asOf) {
    return finish(DocumentText.of(in, limits), Objects.requireNonNull(framework,
        "framework"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Reads a batch of records and checks it against a framework as of a date with {@link
   * RecordValidator}; each of the validator's problems is placed at the record it concerns (by
   * its id: the first subject, episode or review the problem names), else at the document root.
   * The validator runs only when the document could be read.
   *
   * @param json the document
   * @param framework the framework the records must fit
   * @param asOf the date of the validation
   * @return the batch
   * @throws JsonFormatException listing every problem of the document and of the records
   */
  public Records read(String json, OutcomesFramework framework, LocalDate asOf) {
    return finish(DocumentText.of(json, limits), Objects.requireNonNull(framework, "framework"),
        Objects.requireNonNull(asOf, "asOf"));
  }

  private Records finish(DocumentText text, @Nullable OutcomesFramework framework,
      @Nullable LocalDate asOf) {
    // The records are read by the one binder of records, NDJSON's lines' too.
    RecordsBinder binder = new RecordsBinder(isEnabled(Feature.ALLOW_UNKNOWN_PROPERTIES),
        limits);
    List<Problem> problems = binder.problems();
    Records records = null;
    long unlisted = 0;
    Problem unreadable = text.problem();
    if (unreadable != null) {
      problems.add(unreadable);
    } else {
      records = binder.document(text.chars(), 0, text.length());
      // With problems of its own, the document's other records are still checked (those of
      // the subjects none of whose records was left out), so that every problem is reported.
      Records checked = records != null ? records : binder.partial();
      if (checked != null && framework != null && asOf != null) {
        Located root = null;
        if (records == null) {
          root = tree(text);
          checked = root == null ? null : PartialRecords.checkable(root, checked);
        }
        List<Problem> invalid = checked == null ? List.of()
            : RecordValidator.of(framework, asOf).validate(checked);
        if (!invalid.isEmpty()) {
          // Placed in the document's tree, made now that there are problems to place.
          root = root != null ? root : tree(text);
          int room = Math.max(0, limits.problems() - problems.size());
          List<Problem> listed = invalid.size() > room ? invalid.subList(0, room) : invalid;
          problems.addAll(root == null ? listed : place(root, listed));
          unlisted += invalid.size() - listed.size();
        }
      }
    }
    if (!problems.isEmpty() || records == null) {
      throw JsonFormatException.of(problems, unlisted, limits.problems());
    }
    return records;
  }

  private @Nullable Located tree(DocumentText text) {
    return LocatedParser.parse(new CharArrayReader(text.chars(), 0, text.length()), limits)
        .root();
  }

  /**
   * Places the validator's problems at the records they name: each problem's item (the
   * innermost subject, member, episode or review of its chain) is looked up by kind and id, then
   * its field path followed within the record, as far as the document goes.
   */
  private static List<Problem> place(Located root, List<Problem> invalid) {
    RecordIndex index = new RecordIndex();
    for (String kind : List.of(Item.SUBJECT, Item.EPISODE, Item.REVIEW)) {
      Located array = root.field(kind + "s");
      for (Located item : array == null ? List.<Located>of() : array.items()) {
        index.add(kind, item);
      }
    }
    List<Problem> placed = new ArrayList<>();
    for (Problem problem : invalid) {
      placed.add(index.place(problem, root));
    }
    return placed;
  }

  @Override
  public String toString() {
    return "RecordsJson" + features;
  }
}
