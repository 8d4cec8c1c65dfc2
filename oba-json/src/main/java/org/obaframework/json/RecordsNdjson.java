package org.obaframework.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.internal.DocumentFiles;
import org.obaframework.json.internal.IdLog;
import org.obaframework.json.internal.LocatedParser;
import org.obaframework.json.internal.NdjsonFile;
import org.obaframework.json.internal.NdjsonGroups;
import org.obaframework.json.internal.NdjsonLines;
import org.obaframework.json.internal.RecordsWriter;

/**
 * Reads and writes records as NDJSON (newline-delimited JSON), one record per line, so that a
 * batch of any size streams through in the memory of one subject's records.
 *
 * <h2>The file</h2>
 *
 * <pre>{@code
 * {"formatVersion":1}
 * {"type":"subject","id":"S1","kind":"CHILD","attributes":{},"members":[]}
 * {"type":"episode","id":"E1","subject":"S1",...}
 * {"type":"review","id":"R1","episode":"E1",...}
 * {"type":"subject","id":"S2",...}
 * }</pre>
 *
 * <p>The first line is the header, {@code {"formatVersion":1}} and nothing else. Each further line
 * is one record of {@link RecordsJson}'s document with a property {@code "type"}, written first:
 * {@code "subject"}, {@code "episode"} or {@code "review"} (a JSON Schema of one line, draft
 * 2020-12, ships as {@value #LINE_SCHEMA}). A subject's lines are consecutive: the subject, then
 * its episodes, then the reviews of those episodes. The ids of subjects, episodes and reviews are
 * each used once in the file, as in the document. Lines end with {@code \n} ({@code \r\n} is read
 * too); the file ends with one; there are no blank lines. Writing is deterministic: compact lines,
 * no spaces, properties in the document's order.
 *
 * <h2>Reading</h2>
 *
 * <p>{@link #read(Reader)} returns a lazy stream of each subject's {@link SubjectRecords}, built
 * from consecutive lines and holding one subject's records at a time, and the ids seen (kept
 * compactly: some 30 bytes an id, to find one used twice). Lines out of order, such as an episode
 * of another subject than the current one, a review of an episode not listed before it in its
 * subject's group, or an episode after a review, are problems: never silently regrouped or
 * dropped. Each line is read by the same reader as {@link RecordsJson}'s document, by one table of
 * the records' fields, straight into its record, and every problem is found as it goes.
 *
 * <p>Every problem is located by its line number, with the JSON Pointer within the line and the
 * column, such as {@code /ratings/0/value (line 7, column 98)}; bytes that are not UTF-8, read
 * by {@link #read(InputStream)} and {@link #read(Path)}, are a problem of their line too, with
 * their byte's offset in the file. <b>Failure is deferred:</b> the stream yields groups only while
 * the file has had no problem; at the first problem it stops yielding and reads on to the end of
 * the file only to collect the rest of the problems, then throws one {@link JsonFormatException}
 * listing them (the first {@link ReadLimits#problems()} of them, the others counted in {@link
 * JsonFormatException#unlisted()}), from the operation that asked for the next group. A consumer therefore sees only groups read before the first problem, and then
 * the exception; one that must not act on any group of a bad file reads with {@link
 * #readAll(Reader)}, which validates the whole file before returning anything. A header that is
 * missing or of another format version stops reading at once.
 *
 * <p>{@link #read(Path)} reads a file into the same stream, which may also be made parallel on
 * the caller's pool: each part of the file is then read by the thread that takes its groups, and
 * a file with a problem fails with the same exception as read on one thread. No thread is started
 * by this class.
 *
 * <p>Immutable and thread-safe; each stream is for one thread, but for {@link #read(Path)}'s made
 * parallel.
 */
public final class RecordsNdjson {
  /** The class-path resource of the JSON Schema (draft 2020-12) of one line. */
  public static final String LINE_SCHEMA =
      "org/obaframework/json/schema/records-line.schema.json";
  /** The longest line, in characters. */
  public static final int MAX_LINE_LENGTH = (int) LocatedParser.MAX_DOCUMENT_LENGTH;

  private static final RecordsNdjson STANDARD =
      new RecordsNdjson(EnumSet.noneOf(RecordsJson.Feature.class), ReadLimits.defaults());

  private final Set<RecordsJson.Feature> features;
  private final ReadLimits limits;

  private RecordsNdjson(Set<RecordsJson.Feature> features, ReadLimits limits) {
    this.features = features;
    this.limits = limits;
  }

  /**
   * Returns the reader and writer with every feature off.
   *
   * @return the standard instance
   */
  public static RecordsNdjson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with a feature on.
   *
   * @param feature the feature
   * @return the copy
   */
  public RecordsNdjson with(RecordsJson.Feature feature) {
    EnumSet<RecordsJson.Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(RecordsJson.Feature.class) : EnumSet.copyOf(features);
    copy.add(Objects.requireNonNull(feature, "feature"));
    return new RecordsNdjson(copy, limits);
  }

  /**
   * Returns a copy with a feature off.
   *
   * @param feature the feature
   * @return the copy
   */
  public RecordsNdjson without(RecordsJson.Feature feature) {
    EnumSet<RecordsJson.Feature> copy = features.isEmpty()
        ? EnumSet.noneOf(RecordsJson.Feature.class) : EnumSet.copyOf(features);
    copy.remove(Objects.requireNonNull(feature, "feature"));
    return new RecordsNdjson(copy, limits);
  }

  /**
   * Tells whether a feature is on.
   *
   * @param feature the feature
   * @return whether it is on
   */
  public boolean isEnabled(RecordsJson.Feature feature) {
    return features.contains(feature);
  }

  /**
   * Returns a copy that reads within other limits: each line is a document of its own (its
   * length, strings, names, numbers, nesting depth and values), and an exception lists at most
   * {@link ReadLimits#problems()} problems, counting the rest; {@link ReadLimits#defaults()}
   * unless set.
   *
   * @param limits the limits
   * @return the copy
   */
  public RecordsNdjson withLimits(ReadLimits limits) {
    return new RecordsNdjson(features, Objects.requireNonNull(limits, "limits"));
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
   * Returns the JSON Schema (draft 2020-12) of one line, header or record: {@value #LINE_SCHEMA}.
   *
   * @return the schema's text
   */
  public static String lineSchema() {
    return RecordsJson.resource(LINE_SCHEMA);
  }

  /**
   * Writes a batch of records, grouped by subject in the order of its subjects.
   *
   * @param records the batch
   * @return the file's text
   * @throws ValidationException if the batch cannot be grouped (see {@link Records#groups()})
   */
  public String write(Records records) {
    StringWriter out = new StringWriter();
    write(records.groups(), out);
    return out.toString();
  }

  /**
   * Writes a batch of records, grouped by subject, to a writer, which is flushed, not closed.
   *
   * @param records the batch
   * @param writer the writer
   * @throws ValidationException if the batch cannot be grouped (see {@link Records#groups()})
   * @throws UncheckedIOException if writing fails
   */
  public void write(Records records, Writer writer) {
    write(records.groups(), writer);
  }

  /**
   * Writes a batch of records, grouped by subject, in UTF-8 to a stream, which is flushed, not
   * closed.
   *
   * @param records the batch
   * @param out the stream
   * @throws ValidationException if the batch cannot be grouped (see {@link Records#groups()})
   * @throws UncheckedIOException if writing fails
   */
  public void write(Records records, OutputStream out) {
    write(records.groups(), out);
  }

  /**
   * Writes a batch of records, grouped by subject, to a file in UTF-8, whole or not at all: to a
   * temporary file beside it (readable by its owner only), renamed over it once written.
   *
   * @param records the batch
   * @param file the file, created or replaced
   * @throws ValidationException if the batch cannot be grouped; the file is then as it was
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(Records records, Path file) {
    write(records.groups(), file);
  }

  /**
   * Writes the header and each subject's lines in UTF-8 to a stream, as the groups come; the
   * stream is flushed, not closed.
   *
   * @param groups each subject's records
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public void write(Stream<SubjectRecords> groups, OutputStream out) {
    DocumentFiles.write(out, writer -> write(groups, writer));
  }

  /**
   * Writes the header and each subject's lines to a file in UTF-8, as the groups come, whole or
   * not at all: to a temporary file beside it (readable by its owner only), renamed over it once
   * every group is written.
   *
   * @param groups each subject's records
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(Stream<SubjectRecords> groups, Path file) {
    DocumentFiles.write(file, writer -> write(groups, writer));
  }

  /**
   * Writes the header and each subject's lines to a writer, as the groups come; the writer is
   * flushed, not closed.
   *
   * @param groups each subject's records
   * @param writer the writer
   * @throws UncheckedIOException if writing fails
   */
  public void write(Stream<SubjectRecords> groups, Writer writer) {
    try {
      writer.write(RecordsWriter.header());
      Iterator<SubjectRecords> each = groups.iterator();
      while (each.hasNext()) {
        SubjectRecords group = each.next();
        writer.write(RecordsWriter.line(group.subject()));
        for (Episode episode : group.episodes()) {
          writer.write(RecordsWriter.line(episode));
        }
        for (Review review : group.reviews()) {
          writer.write(RecordsWriter.line(review));
        }
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads records lazily from a file's text, one subject's group at a time. See the class
   * description for when the stream fails.
   *
   * @param ndjson the file's text
   * @return the groups, in the file's order
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   */
  public Stream<SubjectRecords> read(String ndjson) {
    return read(new StringReader(ndjson));
  }

  /**
   * Reads records lazily, one subject's group at a time; the reader is not closed. See the class
   * description for when the stream fails.
   *
   * @param reader the file
   * @return the groups, in the file's order
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   * @throws UncheckedIOException from the stream's operations, if reading fails
   */
  public Stream<SubjectRecords> read(Reader reader) {
    return groups(new NdjsonLines(Objects.requireNonNull(reader, "reader"), 0,
        NdjsonLines.maxLength(limits)));
  }

  /**
   * Reads records lazily from bytes in UTF-8, as {@link #read(Reader)} does, one subject's group
   * at a time; the stream of bytes is not closed. Bytes that are not UTF-8 are a problem of the
   * line they are on, with their offset in the stream.
   *
   * @param in the file's bytes
   * @return the groups, in the file's order
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   * @throws UncheckedIOException from the stream's operations, if reading fails
   */
  public Stream<SubjectRecords> read(InputStream in) {
    return groups(new NdjsonLines(Objects.requireNonNull(in, "in"),
        NdjsonLines.maxLength(limits)));
  }

  private Stream<SubjectRecords> groups(NdjsonLines lines) {
    Iterator<SubjectRecords> groups = new NdjsonGroups(lines, allowUnknown(), false,
        new IdLog(), true, limits, JsonFormatException::new);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private boolean allowUnknown() {
    return features.contains(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES);
  }

  /**
   * Reads a file (UTF-8) lazily, as {@link #read(InputStream)} does, into a stream that may also
   * be read in parallel, each part of the file read by the thread that takes its groups; the
   * stream must be closed, which closes the file.
   *
   * <pre>{@code
   * try (Stream<SubjectRecords> groups = ndjson.read(file)) {
   *   Results results = evaluation.evaluate(groups.parallel());
   * }
   * }</pre>
   *
   * <p><b>Sequential</b>, the stream is {@link #read(InputStream)}'s over the file: the same
   * groups, the same problems and the same deferred failure.
   *
   * <p><b>Parallel</b>, on the pool of the operation that runs it (the common fork-join pool, or
   * the pool it is run in), its spliterator cuts the file's bytes near the middle of a part, at
   * the next line that begins with <code>{"type":"subject"</code>, as {@link #write} writes a
   * subject's line, as often as the stream's framework asks; each part is read, as a file of its
   * own and as fast, on the thread that takes its groups down the stream: no thread hands lines
   * or groups to another, and this class starts none. A part with no such line in its second
   * half is not cut, nor is a file whose first line is not exactly {@code {"formatVersion":1}}.
   * The parts share the ids seen, to find a subject split across parts and an id used twice.
   * Memory stays bounded whatever the file's size: each part streams its bytes through a buffer.
   * The groups are the same, in the file's order for an operation that keeps it, such as {@link
   * Stream#toList()}.
   *
   * <p>At the first problem in any part (a subject seen in another part, or bytes that are not
   * UTF-8, too), the other parts stop and the file is read again, once for the stream, from its
   * start on the thread that met the problem, as sequentially: the operation throws what that
   * read throws, the same {@link JsonFormatException} listing the same problems in the same order
   * (never a part's own, whose line numbers are the part's), or the same {@link
   * UncheckedIOException}. Unlike the sequential read, groups of other parts may have gone down
   * the stream before the exception: a consumer that must not act on any group of a bad file
   * reads with {@link #readAll(Reader)}. A short-circuiting operation, such as {@code findAny()},
   * may end before it meets a problem, or meet one that the sequential read would not have
   * reached.
   *
   * @param file the file
   * @return the groups, in the file's order
   * @throws UncheckedIOException if the file cannot be opened, and from the stream's operations
   *     if reading fails
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   * @throws IllegalStateException from the stream's operations, if the stream was closed, or if a
   *     part had a problem that the file read whole had not (a file changed while read)
   */
  public Stream<SubjectRecords> read(Path file) {
    NdjsonFile parts = new NdjsonFile(Objects.requireNonNull(file, "file"), allowUnknown(),
        limits, JsonFormatException::new);
    return StreamSupport.stream(parts.spliterator(), false).onClose(parts::close);
  }

  /**
   * Reads a whole file, validating every line before returning any group; the reader is not
   * closed.
   *
   * @param reader the file
   * @return the groups, in the file's order
   * @throws JsonFormatException listing every problem of the file
   * @throws UncheckedIOException if reading fails
   */
  public List<SubjectRecords> readAll(Reader reader) {
    try (Stream<SubjectRecords> groups = read(reader)) {
      return groups.toList();
    }
  }

  /**
   * Reads a whole file from its text, validating every line before returning any group.
   *
   * @param ndjson the file's text
   * @return the groups, in the file's order
   * @throws JsonFormatException listing every problem of the file
   */
  public List<SubjectRecords> readAll(String ndjson) {
    return readAll(new StringReader(ndjson));
  }

  /**
   * Reads a whole file from its bytes in UTF-8, validating every line before returning any
   * group; the stream is not closed.
   *
   * @param in the file's bytes
   * @return the groups, in the file's order
   * @throws JsonFormatException listing every problem of the file
   * @throws UncheckedIOException if reading fails
   */
  public List<SubjectRecords> readAll(InputStream in) {
    try (Stream<SubjectRecords> groups = read(in)) {
      return groups.toList();
    }
  }

  /**
   * Reads a whole file (UTF-8), validating every line before returning any group.
   *
   * @param file the file
   * @return the groups, in the file's order
   * @throws JsonFormatException listing every problem of the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<SubjectRecords> readAll(Path file) {
    return DocumentFiles.read(file, this::readAll);
  }

  @Override
  public String toString() {
    return "RecordsNdjson" + features;
  }
}
