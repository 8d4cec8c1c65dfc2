package org.obaframework.json;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.internal.Located;
import org.obaframework.json.internal.LocatedParser;
import org.obaframework.json.internal.RecordsLineReader;
import org.obaframework.json.internal.RecordsReader;
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
 * is one record of {@link RecordsJson}'s document with a first property {@code "type"}: {@code
 * "subject"}, {@code "episode"} or {@code "review"} (a JSON Schema of one line, draft 2020-12, ships
 * as {@value #LINE_SCHEMA}). A subject's lines are consecutive: the subject, then its episodes,
 * then the reviews of those episodes. Lines end with {@code \n} ({@code \r\n} is read too); the
 * file ends with one; there are no blank lines. Writing is deterministic: compact lines, no spaces,
 * properties in the document's order.
 *
 * <h2>Reading</h2>
 *
 * <p>{@link #read(Reader)} returns a lazy stream of each subject's {@link SubjectRecords}, built
 * from consecutive lines and holding one subject's records at a time (and, to find a subject split
 * in two, the ids of the subjects seen). Lines out of order, such as an episode of another subject
 * than the current one, a review of an episode not listed before it in its subject's group, or an
 * episode after a review, are problems: never silently regrouped or dropped.
 *
 * <p>A valid line with {@code "type"} first and no escape in its strings, as {@link
 * #write(Records)} writes every line, is read straight into its record; any other line is read
 * again by the precise reader, which reports every problem exactly, so that the two ways give the
 * same groups and the same problems.
 *
 * <p>Every problem is located by its line number, with the JSON Pointer within the line and the
 * column, such as {@code /ratings/0/value (line 7, column 98)}. <b>Failure is deferred:</b> the
 * stream yields groups only while the file has had no problem; at the first problem it stops
 * yielding and reads on to the end of the file only to collect the rest of the problems (up to
 * {@value FrameworkJson#MAX_PROBLEMS}), then throws one {@link JsonFormatException} listing them
 * all, from the operation that asked for the next group. A consumer therefore sees only groups read
 * before the first problem, and then the exception; one that must not act on any group of a bad
 * file reads with {@link #readAll(Reader)}, which validates the whole file before returning
 * anything. A header that is missing or of another format version stops reading at once.
 *
 * <p>{@link #read(Path)} reads a file into the same stream, which may also be made parallel: each
 * part of the file is then parsed on the thread that takes its groups, and a file with a problem
 * fails with the same exception as read on one thread.
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

  private static final String TYPE = "type";
  /** Characters read from the input at a time. */
  private static final int BUFFER = 1 << 16;
  /** Bytes after which {@link #read(Path, int)} cuts a block, at the next subject's line. */
  private static final int BLOCK = 1 << 17;
  /** The fewest bytes of a part of a file that {@link #read(Path)} cuts in two. */
  static final long MIN_PART = 1 << 20;
  /** Bytes of a file read at a time by {@link #read(Path)} to find where to cut it. */
  private static final int WINDOW = 1 << 13;
  /**
   * Bytes of a file decoded at a time by {@link #read(Path)}, as {@link java.io.InputStreamReader}
   * decodes them: a byte that is not UTF-8 then fails the same read of characters, after the
   * same groups.
   */
  private static final int DECODED = 1 << 13;
  /** The most bytes of a block: a longer one is read by one thread. */
  static final int MAX_BLOCK = 64 << 20;
  /** How many reads on several threads turned to one: for tests that check they need not. */
  static final AtomicLong ONE_THREAD_REREADS = new AtomicLong();
  private static final Set<String> TYPED = Set.of(TYPE);
  /** How {@link #write} begins a subject's line: where a file is cut into parts. */
  private static final byte[] SUBJECT =
      "{\"type\":\"subject\"".getBytes(StandardCharsets.US_ASCII);
  private static final RecordsNdjson STANDARD =
      new RecordsNdjson(EnumSet.noneOf(RecordsJson.Feature.class));

  private final Set<RecordsJson.Feature> features;
  /** Whether every line is read the precise way, as tests compare the two ways. */
  private final boolean treeOnly;

  private RecordsNdjson(Set<RecordsJson.Feature> features) {
    this(features, false);
  }

  private RecordsNdjson(Set<RecordsJson.Feature> features, boolean treeOnly) {
    this.features = features;
    this.treeOnly = treeOnly;
  }

  /**
   * Returns a copy that reads every line with the precise reader, never the fast one: for tests
   * that check the two agree.
   */
  RecordsNdjson treeOnly() {
    return new RecordsNdjson(features, true);
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
    return new RecordsNdjson(copy, treeOnly);
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
    return new RecordsNdjson(copy, treeOnly);
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
   * Reads records lazily, one subject's group at a time; the reader is not closed. See the class
   * description for when the stream fails.
   *
   * @param reader the file
   * @return the groups, in the file's order
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   * @throws UncheckedIOException from the stream's operations, if reading fails
   */
  public Stream<SubjectRecords> read(Reader reader) {
    Iterator<SubjectRecords> groups = new Groups(reader,
        features.contains(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES), treeOnly);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Reads a file (UTF-8) lazily, parsing its lines on several threads; the stream must be closed,
   * which stops those threads and closes the file.
   *
   * <p>The stream is the same as {@link #read(Reader)}'s over the file: the same groups in the
   * same (the file's) order, and, for a file with problems, the same groups before the same
   * {@link JsonFormatException}, listing the same problems in the same order. One thread cuts the
   * file into blocks of about 128 KiB, each starting at a line that begins with
   * <code>{"type":"subject"</code>, as {@link #write} writes a subject's line; {@code threads}
   * threads read the blocks, each as a file of its own; the stream's thread takes the blocks in
   * order, checks that no subject id comes back in a later block and yields their groups. At most {@code 2 x
   * threads} blocks are cut and not yet taken, so memory stays bounded whatever the file's size.
   *
   * <p>At the first block with a problem, or a subject seen again, or a block that cannot be cut
   * (a subject's lines longer than 64 MiB, or lines in another shape), the
   * stream reads the file again from its start on its own thread, as {@link #read(Reader)} does,
   * skips the groups already yielded and goes on from there: problems are therefore always those
   * of the one-thread read, exactly, at the cost of a second read of a file with a problem.
   *
   * <p>The blocks cost some CPU time (their bytes are copied once more, and each thread keeps its
   * own caches): this read pays when cores would otherwise be idle, not when the caller already
   * keeps every core busy with the groups.
   *
   * @param file the file
   * @param threads the threads that read blocks; 1 or fewer reads on the stream's thread as
   *     {@link #read(Reader)} does
   * @return the groups, in the file's order
   * @throws UncheckedIOException if the file cannot be opened, and from the stream's operations
   *     if reading fails
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   */
  public Stream<SubjectRecords> read(Path file, int threads) {
    return read(file, threads, BLOCK);
  }

  /** As {@link #read(Path, int)}, with blocks cut after {@code blockBytes}: tests cut small. */
  Stream<SubjectRecords> read(Path file, int threads, int blockBytes) {
    Objects.requireNonNull(file, "file");
    boolean allowUnknown = features.contains(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES);
    if (threads <= 1) {
      Reader reader = open(file);
      return read(reader).onClose(() -> closeQuietly(reader));
    }
    ParallelGroups groups = new ParallelGroups(file, threads, blockBytes, allowUnknown, treeOnly);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(groups::close);
  }

  /**
   * Reads a file (UTF-8) lazily, as {@link #read(Reader)} does, into a stream that may also be
   * read in parallel, each part of the file parsed by the thread that takes its groups; the stream
   * must be closed, which closes the file.
   *
   * <pre>{@code
   * try (Stream<SubjectRecords> groups = ndjson.read(file)) {
   *   Results results = evaluation.evaluate(groups.parallel());
   * }
   * }</pre>
   *
   * <p><b>Sequential</b>, the stream is {@link #read(Reader)}'s over the file: the same groups, the
   * same problems and the same deferred failure.
   *
   * <p><b>Parallel</b>, its spliterator cuts the file's bytes near the middle of a part, at the
   * next line that begins with <code>{"type":"subject"</code>, as {@link #write} writes a
   * subject's line, and each part is parsed, as a file of its own and as fast, on the thread that
   * takes its groups down the stream: no thread hands lines or groups to another. A part under
   * about 1 MiB, or with no such line in its second half, is not cut, nor is a file whose first
   * line is not exactly {@code {"formatVersion":1}}. The parts share the subject ids seen, as the
   * sequential read keeps them, to find a subject split in two. Memory stays bounded whatever the
   * file's size: each part streams its bytes through a buffer. The groups are the same, in the
   * file's order for an operation that keeps it, such as {@link Stream#toList()}.
   *
   * <p>At the first problem in any part (a subject seen in another part, or bytes that are not
   * UTF-8, too), the other parts stop and the file is read again, once for the stream, from its
   * start on one thread as {@link #read(Reader)} does: the operation throws what that read throws,
   * the same {@link JsonFormatException} listing the same problems in the same order (never a
   * part's own, whose line numbers are the part's), or the same {@link UncheckedIOException}.
   * Unlike the sequential read, groups of other parts may have gone down the stream before the
   * exception: a consumer that must not act on any group of a bad file reads with {@link
   * #readAll(Reader)}. A short-circuiting operation, such as {@code findAny()}, may end before it
   * meets a problem, or meet one that the sequential read would not have reached.
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
    return read(file, MIN_PART, new AtomicInteger());
  }

  /** As {@link #read(Path)}, with parts cut from {@code minPart} bytes, counted: for tests. */
  Stream<SubjectRecords> read(Path file, long minPart, AtomicInteger cuts) {
    FileParts parts = new FileParts(Objects.requireNonNull(file, "file"), minPart, cuts,
        features.contains(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES), treeOnly);
    return StreamSupport.stream(new FilePart(parts, 0, Long.MAX_VALUE, true, false), false)
        .onClose(parts::close);
  }

  private static Reader open(Path file) {
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(Reader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  @Override
  public String toString() {
    return "RecordsNdjson" + features;
  }

  /**
   * Where a subject's line starts at or after {@code from}, just after a line end; -1 if none
   * starts before {@code length} with all its first bytes there.
   */
  private static int cutAt(byte[] buffer, int from, int length) {
    for (int at = Math.max(from, 1); at + SUBJECT.length <= length; at++) {
      if (buffer[at] == '{' && buffer[at - 1] == '\n'
          && Arrays.equals(buffer, at, at + SUBJECT.length, SUBJECT, 0, SUBJECT.length)) {
        return at;
      }
    }
    return -1;
  }

  /** The values lines share, and the fast line reader (null when every line is read precisely). */
  private record Readers(RecordsReader.Shared shared, @Nullable RecordsLineReader fast) {
    Readers(boolean treeOnly) {
      this(new RecordsReader.Shared(), treeOnly);
    }

    private Readers(RecordsReader.Shared shared, boolean treeOnly) {
      this(shared, treeOnly ? null : new RecordsLineReader(shared));
    }
  }

  /** Groups consecutive lines by subject, collecting every problem. */
  private static final class Groups implements Iterator<SubjectRecords> {
    /** Whether the line just read was over the limit, and is already reported. */
    private boolean overLimit;
    private final Reader in;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private final boolean allowUnknown;
    private final List<Problem> problems = new ArrayList<>();
    /**
     * The line each subject id was first seen on; shared by the parts of a file read in parts,
     * where the line is the part's own.
     */
    private final Map<String, Integer> subjectsSeen;
    /** The problems after which reading stops. */
    private final int maxProblems;
    private final RecordsReader.Shared shared;
    /** The fast reader of valid lines; null when every line is read the precise way. */
    private final @Nullable RecordsLineReader fast;
    private int lineNumber;
    private boolean done;
    private @Nullable SubjectRecords ready;
    /** The failure thrown, thrown again if the stream is asked for more. */
    private @Nullable JsonFormatException failure;

    /** The current group: its subject (null if unreadable), episodes and reviews. */
    private @Nullable Subject subject;
    private @Nullable String subjectId;
    /** Whether the current group's order is unknown, after an unreadable line: not checked. */
    private boolean lost;
    private boolean started;
    /** The line just read: its characters, from and to, and its text once made. */
    private char[] lineChars = new char[0];
    private int lineFrom;
    private int lineTo;
    private @Nullable String lineText;
    /** The group completed by the subject the fast reader read last, until returned. */
    private @Nullable SubjectRecords completedGroup;
    private final List<Episode> episodes = new ArrayList<>();
    private final Set<String> episodeIds = new HashSet<>();
    private final List<Review> reviews = new ArrayList<>();
    private final Set<String> reviewIds = new HashSet<>();

    Groups(Reader reader, boolean allowUnknown, boolean treeOnly) {
      this(reader, allowUnknown, false, new Readers(treeOnly));
    }

    /**
     * Reads a file, or with {@code continuation} a block of a file's lines after its header: its
     * first line is then read as line 2, never as the header. The readers are reused by the
     * blocks one thread reads, for their caches of ratings, dates and codes.
     */
    Groups(Reader reader, boolean allowUnknown, boolean continuation, Readers readers) {
      this(reader, allowUnknown, continuation, readers, new HashMap<>(),
          FrameworkJson.MAX_PROBLEMS);
    }

    /**
     * As {@link #Groups(Reader, boolean, boolean, Readers)}, with the subject ids seen in other
     * parts of the file and the problems after which reading stops: a part of a file read in
     * parts, whose first problem is enough to read the file again as a whole.
     */
    Groups(Reader reader, boolean allowUnknown, boolean continuation, Readers readers,
        Map<String, Integer> subjectsSeen, int maxProblems) {
      this.in = reader;
      this.allowUnknown = allowUnknown;
      this.shared = readers.shared();
      this.fast = readers.fast();
      this.lineNumber = continuation ? 1 : 0;
      this.subjectsSeen = subjectsSeen;
      this.maxProblems = maxProblems;
    }

    @Override
    public boolean hasNext() {
      if (failure != null) {
        throw failure;
      }
      while (ready == null && !done) {
        ready = advance();
      }
      return ready != null;
    }

    @Override
    public SubjectRecords next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      SubjectRecords next = ready;
      ready = null;
      return next;
    }

    /** Reads lines until a group is complete (and the file so far has no problem) or the end. */
    private @Nullable SubjectRecords advance() {
      if (!readLine()) {
        done = true;
        SubjectRecords last = complete();
        if (lineNumber == 0) {
          problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT, Located.where("", 1, 1),
              "(document)", "a header line {\"formatVersion\":1}", "an empty file"));
        }
        fail();
        return last;
      }
      if (lineNumber == 1) {
        header(line());
        return null;
      }
      if (overLimit) {
        lost = true;
        check();
        return null;
      }
      if (lineTo == lineFrom) {
        problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT,
            Located.where("", lineNumber, 1), "(line)", "one JSON object on each line",
            "an empty line"));
        check();
        return null;
      }
      if (fast != null) {
        Object read = fast.read(lineChars, lineFrom, lineTo);
        if (read != null && accepted(read)) {
          SubjectRecords completed = completedGroup;
          completedGroup = null;
          check();
          return problems.isEmpty() ? completed : null;
        }
      }
      LocatedParser.Result parsed = LocatedParser.parseLine(line(), lineNumber);
      problems.addAll(parsed.problems());
      Located root = parsed.root();
      if (root == null) {
        lost = true;
        check();
        return null;
      }
      SubjectRecords completed = record(root);
      check();
      return problems.isEmpty() ? completed : null;
    }

    private void header(String line) {
      LocatedParser.Result parsed = LocatedParser.parseLine(line, 1);
      problems.addAll(parsed.problems());
      Located root = parsed.root();
      if (root != null) {
        RecordsReader reader = new RecordsReader(allowUnknown);
        reader.format(root, Set.of("formatVersion"));
        problems.addAll(reader.problems());
      }
      if (!problems.isEmpty()) {
        // Without a header of this format, no line can be read for what it means.
        done = true;
        fail();
      }
    }

    /**
     * Takes a record the fast reader read, if it fits where it is in the file as {@link #record}
     * would take it, without a problem; the group it completes, if any, is left in
     * {@link #completedGroup}. A record that does not fit is left for the precise way, which places
     * the problem in the line.
     */
    private boolean accepted(Object read) {
      if (read instanceof Review review) {
        if ((!lost && !episodeIds.contains(review.episode()))
            || reviewIds.contains(review.id())) {
          return false;
        }
        reviewIds.add(review.id());
        reviews.add(review);
        return true;
      }
      if (read instanceof Episode episode) {
        if ((!lost && (subjectId == null || !episode.subject().equals(subjectId)
            || !reviews.isEmpty())) || episodeIds.contains(episode.id())) {
          return false;
        }
        episodeIds.add(episode.id());
        episodes.add(episode);
        return true;
      }
      Subject next = (Subject) read;
      // One step, as the ids may be shared by parts read at once.
      if (subjectsSeen.putIfAbsent(next.id(), lineNumber) != null) {
        return false;
      }
      completedGroup = complete();
      subject = next;
      subjectId = next.id();
      lost = false;
      return true;
    }

    /** Reads one record line; returns the group the line completes, if it is a subject's. */
    private @Nullable SubjectRecords record(Located root) {
      RecordsReader reader = new RecordsReader(allowUnknown, shared);
      if (root.kind() != Located.Kind.OBJECT) {
        problems.add(Problem.of(ProblemType.WRONG_TYPE, root.where(), "(line)", "an object",
            root.describe()));
        lost = true;
        return null;
      }
      Located type = root.field(TYPE);
      String kind = type != null && type.kind() == Located.Kind.STRING ? type.text() : null;
      if (type == null) {
        problems.add(Problem.of(ProblemType.MISSING_VALUE, root.where(), TYPE,
            "one of [subject, episode, review]", "none"));
        lost = true;
        return null;
      }
      if (kind == null || !List.of("subject", "episode", "review").contains(kind)) {
        problems.add(Problem.of(ProblemType.INVALID_CODE, type.where(), TYPE,
            "one of [subject, episode, review]", type.describe()));
        lost = true;
        return null;
      }
      switch (kind) {
        case "subject": {
          SubjectRecords completed = complete();
          Subject read = reader.subject(root, TYPED);
          problems.addAll(reader.problems());
          subject = read;
          Located id = root.field("id");
          subjectId = id != null && id.kind() == Located.Kind.STRING ? id.text() : null;
          lost = subjectId == null;
          if (subjectId != null) {
            Integer first = subjectsSeen.putIfAbsent(subjectId, lineNumber);
            if (first != null) {
              problems.add(Problem.of(ProblemType.DUPLICATE_CODE, id.where(), "id",
                  "each subject once, its lines together",
                  Redaction.id(subjectId) + " again, first on line " + first));
            }
          }
          return completed;
        }
        case "episode": {
          Episode read = reader.episode(root, TYPED);
          problems.addAll(reader.problems());
          if (read != null) {
            episode(root, read);
          } else {
            // Its problems are told: its reviews are not also told their episode is unknown.
            Located id = root.field("id");
            if (id != null && id.kind() == Located.Kind.STRING) {
              episodeIds.add(id.text());
            }
          }
          return null;
        }
        default: {
          Review read = reader.review(root, TYPED);
          problems.addAll(reader.problems());
          if (read != null) {
            review(root, read);
          }
          return null;
        }
      }
    }

    private void episode(Located root, Episode read) {
      if (!lost) {
        if (subjectId == null) {
          order(root.field("subject"), "subject", "a subject's line before its episodes",
              Redaction.id(read.subject()) + " before any subject");
        } else if (!read.subject().equals(subjectId)) {
          order(root.field("subject"), "subject",
              "the current subject " + Redaction.id(subjectId)
                  + ": a subject's lines are consecutive",
              Redaction.id(read.subject()));
        } else if (!reviews.isEmpty()) {
          order(root, "type", "the subject's episodes before its reviews",
              "an episode after a review");
        }
      }
      if (!episodeIds.add(read.id())) {
        order(root.field("id"), "id", "each episode once",
            Redaction.id(read.id()) + " again");
      }
      episodes.add(read);
    }

    private void review(Located root, Review read) {
      if (!lost && !episodeIds.contains(read.episode())) {
        order(root.field("episode"), "episode",
            "an episode of the current subject"
                + (subjectId == null ? "" : " " + Redaction.id(subjectId)) + ", listed before",
            Redaction.id(read.episode()));
      }
      if (!reviewIds.add(read.id())) {
        order(root.field("id"), "id", "each review once",
            Redaction.id(read.id()) + " again");
      }
      reviews.add(read);
    }

    private void order(@Nullable Located at, String field, String expected, String found) {
      problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
          at == null ? Located.where("", lineNumber, 1) : at.where(), field, expected, found));
    }

    /** Ends the current group; returns it if the file so far has no problem. */
    private @Nullable SubjectRecords complete() {
      Subject current = subject;
      SubjectRecords group = null;
      if (current != null && problems.isEmpty()) {
        try {
          group = SubjectRecords.of(current, episodes, reviews);
        } catch (ValidationException e) {
          problems.addAll(e.problems());
        }
      }
      subject = null;
      subjectId = null;
      episodes.clear();
      episodeIds.clear();
      reviews.clear();
      reviewIds.clear();
      return group;
    }

    private void check() {
      if (problems.size() >= maxProblems) {
        done = true;
        fail();
      }
    }

    private void fail() {
      if (!problems.isEmpty()) {
        failure = new JsonFormatException(problems.size() > FrameworkJson.MAX_PROBLEMS
            ? List.copyOf(problems.subList(0, FrameworkJson.MAX_PROBLEMS))
            : List.copyOf(problems));
        throw failure;
      }
    }

    /** The text of the line just read, made when first asked for: valid lines never need it. */
    private String line() {
      String text = lineText;
      if (text == null) {
        text = new String(lineChars, lineFrom, lineTo - lineFrom);
        lineText = text;
      }
      return text;
    }

    /**
     * Reads a line without its line end into {@link #lineChars}, from {@link #lineFrom} to
     * {@link #lineTo}: within the buffer when it is all there; false at the end of the file.
     */
    private boolean readLine() {
      // Lines are cut out of a buffer of our own: reading a character at a time through the
      // reader's synchronized read() cost a third of the time of reading a file.
      try {
        lineText = null;
        if (position >= limit && !fill()) {
          return false;
        }
        overLimit = false;
        @Nullable StringBuilder parts = null;
        boolean tooLong = false;
        int length = 0;
        boolean whole = false;
        while (true) {
          int start = position;
          int end = start;
          while (end < limit && buffer[end] != '\n') {
            end++;
          }
          boolean found = end < limit;
          int count = end - start;
          if (!tooLong) {
            if (length + count > MAX_LINE_LENGTH) {
              tooLong = true;
              parts = null;
            } else if (found && parts == null) {
              whole = true;
              lineChars = buffer;
              lineFrom = start;
              lineTo = end;
            } else {
              if (parts == null) {
                parts = new StringBuilder();
              }
              parts.append(buffer, start, count);
              length += count;
            }
          }
          if (found) {
            position = end + 1;
            break;
          }
          position = limit;
          if (!fill()) {
            break;
          }
        }
        lineNumber++;
        if (tooLong) {
          problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT,
              Located.where("", lineNumber, 1), "(line)",
              "a line of at most " + MAX_LINE_LENGTH + " characters", "a longer line"));
          overLimit = true;
          lineFrom = 0;
          lineTo = 0;
          return true;
        }
        if (!whole) {
          String text = parts != null ? parts.toString() : "";
          lineChars = text.toCharArray();
          lineFrom = 0;
          lineTo = lineChars.length;
        }
        if (lineTo > lineFrom && lineChars[lineTo - 1] == '\r') {
          lineTo--;
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Reads more characters into the buffer; false at the end of the input. */
    private boolean fill() throws IOException {
      int read;
      do {
        read = in.read(buffer, 0, buffer.length);
      } while (read == 0);
      if (read < 0) {
        position = 0;
        limit = 0;
        return false;
      }
      position = 0;
      limit = read;
      return true;
    }
  }

  /**
   * Reads a file's blocks on several threads and yields their groups in the file's order, or
   * reads the file again on one thread from the first sign of a problem (see {@link #read(Path,
   * int)}).
   */
  private static final class ParallelGroups implements Iterator<SubjectRecords> {
    /** A block's groups; null when the block had a problem or could not be cut or read. */
    private record Parsed(@Nullable List<SubjectRecords> groups, boolean end) {}

    private static final Parsed END = new Parsed(List.of(), true);
    private static final Parsed GIVE_UP = new Parsed(null, false);

    private final Path file;
    private final boolean allowUnknown;
    private final boolean treeOnly;
    private final int blockBytes;
    private final ExecutorService workers;
    private final BlockingQueue<Future<Parsed>> blocks;
    private final ThreadLocal<Readers> readers;
    private volatile boolean closed;
    private final Set<String> subjects = new HashSet<>();
    private final ArrayDeque<SubjectRecords> ready = new ArrayDeque<>();
    /** The last group taken: yielded once the next block is known to start well. */
    private @Nullable SubjectRecords held;
    private long yielded;
    private boolean ended;
    /** The one-thread read, from the first sign of a problem; and its reader. */
    private @Nullable Groups sequential;
    private @Nullable Reader sequentialReader;

    ParallelGroups(Path file, int threads, int blockBytes, boolean allowUnknown,
        boolean treeOnly) {
      this.file = file;
      this.allowUnknown = allowUnknown;
      this.treeOnly = treeOnly;
      this.blockBytes = Math.max(1, blockBytes);
      this.readers = ThreadLocal.withInitial(() -> new Readers(treeOnly));
      this.blocks = new ArrayBlockingQueue<>(2 * threads);
      InputStream in;
      try {
        in = Files.newInputStream(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      this.workers = Executors.newFixedThreadPool(threads, task -> {
        Thread thread = new Thread(task, "oba-ndjson-reader");
        thread.setDaemon(true);
        return thread;
      });
      Thread cutter = new Thread(() -> cut(in), "oba-ndjson-cutter");
      cutter.setDaemon(true);
      cutter.start();
    }

    @Override
    public boolean hasNext() {
      while (true) {
        Groups one = sequential;
        if (one != null) {
          return one.hasNext();
        }
        if (!ready.isEmpty()) {
          return true;
        }
        if (ended) {
          return false;
        }
        take();
      }
    }

    @Override
    public SubjectRecords next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Groups one = sequential;
      if (one != null) {
        return one.next();
      }
      yielded++;
      return ready.removeFirst();
    }

    /** Takes the next block's groups, or turns to the one-thread read. */
    private void take() {
      Parsed parsed;
      try {
        parsed = blocks.take().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while reading the records of " + file, e);
      } catch (ExecutionException e) {
        // The one-thread read meets the same failure, if there is one, and reports it.
        parsed = GIVE_UP;
      }
      if (parsed.end()) {
        ended = true;
        if (held != null) {
          ready.add(held);
          held = null;
        }
        close();
        return;
      }
      List<SubjectRecords> groups = parsed.groups();
      if (groups == null || !allNew(groups)) {
        oneThread();
        return;
      }
      for (SubjectRecords group : groups) {
        if (held != null) {
          ready.add(held);
        }
        held = group;
      }
    }

    private boolean allNew(List<SubjectRecords> groups) {
      for (SubjectRecords group : groups) {
        if (!subjects.add(group.subject().id())) {
          return false;
        }
      }
      return true;
    }

    /** Stops the threads and reads the file again on this thread, after the groups yielded. */
    private void oneThread() {
      ONE_THREAD_REREADS.incrementAndGet();
      close();
      Reader reader = open(file);
      sequentialReader = reader;
      Groups one = new Groups(reader, allowUnknown, treeOnly);
      for (long skip = 0; skip < yielded; skip++) {
        one.next();
      }
      sequential = one;
    }

    /** Cuts the file into blocks, each handed to a worker; runs on its own thread. */
    private void cut(InputStream in) {
      try (in) {
        byte[] buffer = new byte[Math.max(blockBytes, BUFFER) * 2];
        int length = 0;
        int scanned = 0;
        boolean continuation = false;
        while (!closed) {
          if (length == buffer.length) {
            if (buffer.length >= MAX_BLOCK) {
              hand(GIVE_UP);
              return;
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
          }
          int read = in.read(buffer, length, buffer.length - length);
          if (read < 0) {
            if (length > 0) {
              submit(Arrays.copyOf(buffer, length), continuation);
              hand(END);
            } else {
              // Only an empty file has no block: the one-thread read reports it.
              hand(continuation ? END : GIVE_UP);
            }
            return;
          }
          length += read;
          while (length >= blockBytes && !closed) {
            int from = Math.max(scanned, blockBytes);
            int cut = cutAt(buffer, from, length);
            if (cut < 0) {
              scanned = Math.max(from, length - SUBJECT.length);
              break;
            }
            submit(Arrays.copyOf(buffer, cut), continuation);
            continuation = true;
            System.arraycopy(buffer, cut, buffer, 0, length - cut);
            length -= cut;
            scanned = 0;
          }
        }
      } catch (IOException | RuntimeException e) {
        // The one-thread read meets the same failure, if there is one, and reports it.
        hand(GIVE_UP);
      }
    }

    private void submit(byte[] block, boolean continuation) {
      if (closed) {
        return;
      }
      Future<Parsed> parsed;
      try {
        parsed = workers.submit(() -> parse(block, continuation));
      } catch (RejectedExecutionException e) {
        return;
      }
      put(parsed);
    }

    private void hand(Parsed parsed) {
      put(CompletableFuture.completedFuture(parsed));
    }

    /** Queues a block's read, waiting while the queue is full, unless the read is closed. */
    private void put(Future<Parsed> parsed) {
      try {
        while (!closed && !blocks.offer(parsed, 100, TimeUnit.MILLISECONDS)) {
          // Wait for the stream's thread to take a block, or to close.
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Reads one block as a file of its own; null groups at any problem. */
    private Parsed parse(byte[] block, boolean continuation) {
      CharBuffer text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(block));
      } catch (CharacterCodingException e) {
        return GIVE_UP;
      }
      Groups groups = new Groups(new CharArrayReader(text.array(), 0, text.limit()),
          allowUnknown, continuation, readers.get());
      List<SubjectRecords> read = new ArrayList<>();
      try {
        while (groups.hasNext()) {
          read.add(groups.next());
        }
      } catch (JsonFormatException e) {
        return GIVE_UP;
      }
      return new Parsed(read, false);
    }

    /** Stops the cutting and reading threads, and closes the one-thread read's file. */
    void close() {
      closed = true;
      workers.shutdownNow();
      blocks.clear();
      Reader reader = sequentialReader;
      if (reader != null) {
        sequentialReader = null;
        closeQuietly(reader);
      }
    }
  }

  /** What the parts of a file read by {@link #read(Path)} share. */
  private static final class FileParts {
    private final Path file;
    private final FileChannel channel;
    private final long size;
    private final long minPart;
    private final AtomicInteger cuts;
    private final boolean allowUnknown;
    private final boolean treeOnly;
    /** The subject ids every part has seen; the lines are each part's own. */
    private final Map<String, Integer> subjects = new ConcurrentHashMap<>();
    /** Readers that parts have finished with, for the next to reuse with their caches. */
    private final Queue<Readers> idle = new ConcurrentLinkedQueue<>();
    /** Whether a part has failed: the other parts stop. */
    private volatile boolean failed;
    private volatile boolean closed;
    /** What reading the whole file throws, once known; guarded by this. */
    private @Nullable RuntimeException failure;

    FileParts(Path file, long minPart, AtomicInteger cuts, boolean allowUnknown,
        boolean treeOnly) {
      this.file = file;
      this.minPart = Math.max(2, minPart);
      this.cuts = cuts;
      this.allowUnknown = allowUnknown;
      this.treeOnly = treeOnly;
      try {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = channel.size();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Readers readers() {
      Readers readers = idle.poll();
      return readers != null ? readers : new Readers(treeOnly);
    }

    /**
     * Stops the other parts and returns what reading the whole file on one thread throws, read
     * the first time a part asks.
     */
    synchronized RuntimeException failure(@Nullable RuntimeException seen) {
      failed = true;
      RuntimeException known = failure;
      if (known == null) {
        known = closed ? closed() : readWhole(seen);
        failure = known;
      }
      return known;
    }

    private RuntimeException readWhole(@Nullable RuntimeException seen) {
      Groups whole = new Groups(new PartReader(this, 0, Long.MAX_VALUE), allowUnknown, treeOnly);
      try {
        while (whole.hasNext()) {
          whole.next();
        }
      } catch (UncheckedIOException e) {
        // The file was closed under the parts by an interrupt (the stream's close fails with an
        // IllegalStateException): the part's failure says why, this read only that it is closed.
        return seen instanceof UncheckedIOException
            && e.getCause() instanceof ClosedChannelException ? seen : e;
      } catch (RuntimeException e) {
        return e;
      }
      if (seen instanceof UncheckedIOException) {
        return seen;
      }
      return new IllegalStateException("a part of " + file + " had a problem that the file read"
          + " whole had not: was it changed while read?", seen);
    }

    IllegalStateException closed() {
      return new IllegalStateException("the stream of the records of " + file + " is closed");
    }

    /** Whether the file starts with the header as {@link #write} writes it, or with \r\n. */
    boolean standardHeader() throws IOException {
      byte[] header = RecordsWriter.header().getBytes(StandardCharsets.UTF_8);
      byte[] crlf = RecordsWriter.header().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
      ByteBuffer read = ByteBuffer.allocate(crlf.length);
      while (read.hasRemaining() && channel.read(read, read.position()) >= 0) {
        // Until the longer header's length is read, or the file ends.
      }
      int length = read.position();
      return length >= header.length
          && Arrays.equals(read.array(), 0, header.length, header, 0, header.length)
          || !read.hasRemaining() && Arrays.equals(read.array(), crlf);
    }

    /**
     * Where the first subject's line that starts at or after {@code from} starts, with all its
     * first bytes before {@code to}; -1 if none: read a window at a time.
     */
    long subjectLine(long from, long to) throws IOException {
      byte[] window = new byte[WINDOW];
      // From the line end before, which is part of what is looked for.
      long start = from - 1;
      while (start + SUBJECT.length < to) {
        ByteBuffer read = ByteBuffer.wrap(window, 0, (int) Math.min(window.length, to - start));
        while (read.hasRemaining() && channel.read(read, start + read.position()) >= 0) {
          // Until the window is full, or the file ends.
        }
        int length = read.position();
        int at = cutAt(window, 1, length);
        if (at >= 0) {
          return start + at;
        }
        if (length < window.length) {
          return -1;
        }
        // The next window starts where one looked for could have started and not ended.
        start += length - SUBJECT.length;
      }
      return -1;
    }

    void close() {
      closed = true;
      try {
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A part of a file read by {@link #read(Path)}: its bytes, parsed as its groups are taken, by
   * the thread that takes them, with the machinery of {@link #read(Reader)}.
   */
  private static final class FilePart implements Spliterator<SubjectRecords> {
    private final FileParts parts;
    private long from;
    /** Where the part ends; {@link Long#MAX_VALUE} at the file's end. */
    private final long to;
    /** Whether the part starts the file, with its header. */
    private boolean first;
    /** Whether the file is read in parts: else this one reads it whole, as one thread does. */
    private boolean cut;
    /** Whether the file's header, which this first part holds, lets the part be cut. */
    private boolean headerChecked;
    private boolean uncuttable;
    private @Nullable PartReader reader;
    private @Nullable Groups groups;
    private @Nullable Readers readers;

    FilePart(FileParts parts, long from, long to, boolean first, boolean cut) {
      this.parts = parts;
      this.from = from;
      this.to = to;
      this.first = first;
      this.cut = cut;
    }

    @Override
    public boolean tryAdvance(Consumer<? super SubjectRecords> action) {
      if (parts.failed || parts.closed) {
        throw parts.failure(null);
      }
      Groups each = groups;
      if (each == null) {
        each = start();
      }
      SubjectRecords next;
      try {
        if (!each.hasNext()) {
          finish();
          return false;
        }
        next = each.next();
      } catch (JsonFormatException | UncheckedIOException e) {
        finish();
        // A part's problems are at the part's lines: the whole file's read tells them right.
        throw cut ? parts.failure(e) : e;
      }
      action.accept(next);
      return true;
    }

    private Groups start() {
      Readers own = parts.readers();
      readers = own;
      PartReader in = new PartReader(parts, from, to);
      reader = in;
      Groups each = cut
          ? new Groups(in, parts.allowUnknown, !first, own, parts.subjects, 1)
          : new Groups(in, parts.allowUnknown, false, own);
      groups = each;
      return each;
    }

    /** Hands the readers on to another part: this part's groups will read no more. */
    private void finish() {
      Readers own = readers;
      if (own != null) {
        readers = null;
        parts.idle.add(own);
      }
    }

    @Override
    public @Nullable Spliterator<SubjectRecords> trySplit() {
      long end = Math.min(to, parts.size);
      if (groups != null || uncuttable || parts.failed || parts.closed
          || end - from < parts.minPart) {
        return null;
      }
      try {
        if (first && !headerChecked) {
          // Another header is read, and reported, by the one-thread read of the first part.
          uncuttable = !parts.standardHeader();
          headerChecked = true;
          if (uncuttable) {
            return null;
          }
        }
        long at = parts.subjectLine(from + (end - from) / 2, end);
        if (at < 0) {
          return null;
        }
        FilePart prefix = new FilePart(parts, from, at, first, true);
        prefix.headerChecked = headerChecked;
        from = at;
        first = false;
        cut = true;
        parts.cuts.incrementAndGet();
        return prefix;
      } catch (IOException e) {
        // Not cut: reading the part meets the failure, if it is one, and reports it.
        return null;
      }
    }

    @Override
    public long estimateSize() {
      PartReader in = reader;
      return Math.max(0, Math.min(to, parts.size) - (in == null ? from : in.position()));
    }

    @Override
    public int characteristics() {
      return Spliterator.ORDERED | Spliterator.NONNULL;
    }
  }

  /**
   * The characters of a file's bytes from one position to another, decoded as strict UTF-8 (as
   * {@link Files#newBufferedReader(Path)} does, and failing as it does) straight into the
   * caller's buffer, a buffer full at a time.
   */
  private static final class PartReader extends Reader {
    private final FileParts parts;
    private long position;
    private final long to;
    private final ByteBuffer bytes = ByteBuffer.allocate(DECODED).flip();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean end;

    PartReader(FileParts parts, long from, long to) {
      this.parts = parts;
      this.position = from;
      this.to = to;
    }

    /** Where in the file the bytes not yet decoded start. */
    long position() {
      return position - bytes.remaining();
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(chars, offset, length);
      while (true) {
        CoderResult result = decoder.decode(bytes, out, end);
        if (result.isUnderflow()) {
          if (end || !out.hasRemaining()) {
            break;
          }
          fill();
        } else if (result.isOverflow()) {
          break;
        } else {
          result.throwException();
        }
      }
      int read = out.position() - offset;
      return read == 0 && end ? -1 : read;
    }

    private void fill() throws IOException {
      bytes.compact();
      long left = to - position;
      if (left < bytes.remaining()) {
        bytes.limit(bytes.position() + (int) left);
      }
      int read;
      try {
        read = left <= 0 ? -1 : parts.channel.read(bytes, position);
      } catch (ClosedChannelException e) {
        if (parts.closed) {
          throw parts.closed();
        }
        throw e;
      }
      if (read < 0) {
        end = true;
      } else {
        position += read;
      }
      bytes.flip();
    }

    @Override
    public void close() {
      // The file is the stream's, closed with it.
    }
  }
}
