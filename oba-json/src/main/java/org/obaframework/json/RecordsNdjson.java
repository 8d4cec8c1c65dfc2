package org.obaframework.json;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.internal.Located;
import org.obaframework.json.internal.LocatedParser;
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
 * <p>Immutable and thread-safe; each stream is for one thread.
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
  private static final Set<String> TYPED = Set.of(TYPE);
  private static final RecordsNdjson STANDARD =
      new RecordsNdjson(EnumSet.noneOf(RecordsJson.Feature.class));

  private final Set<RecordsJson.Feature> features;

  private RecordsNdjson(Set<RecordsJson.Feature> features) {
    this.features = features;
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
    return new RecordsNdjson(copy);
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
    return new RecordsNdjson(copy);
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
        features.contains(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(groups,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
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
    /** The line each subject id was first seen on. */
    private final Map<String, Integer> subjectsSeen = new HashMap<>();
    private final RecordsReader.Shared shared = new RecordsReader.Shared();
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
    private final List<Episode> episodes = new ArrayList<>();
    private final Set<String> episodeIds = new HashSet<>();
    private final List<Review> reviews = new ArrayList<>();
    private final Set<String> reviewIds = new HashSet<>();

    Groups(Reader reader, boolean allowUnknown) {
      this.in = reader;
      this.allowUnknown = allowUnknown;
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
      String line = readLine();
      if (line == null) {
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
        header(line);
        return null;
      }
      if (overLimit) {
        lost = true;
        check();
        return null;
      }
      if (line.isEmpty()) {
        problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT,
            Located.where("", lineNumber, 1), "(line)", "one JSON object on each line",
            "an empty line"));
        check();
        return null;
      }
      LocatedParser.Result parsed = LocatedParser.parseLine(line, lineNumber);
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
                  "'" + subjectId + "' again, first on line " + first));
            }
          }
          return completed;
        }
        case "episode": {
          Episode read = reader.episode(root, TYPED);
          problems.addAll(reader.problems());
          if (read != null) {
            episode(root, read);
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
              "'" + read.subject() + "' before any subject");
        } else if (!read.subject().equals(subjectId)) {
          order(root.field("subject"), "subject",
              "the current subject '" + subjectId + "': a subject's lines are consecutive",
              "'" + read.subject() + "'");
        } else if (!reviews.isEmpty()) {
          order(root, "type", "the subject's episodes before its reviews",
              "an episode after a review");
        }
      }
      if (!episodeIds.add(read.id())) {
        order(root.field("id"), "id", "each episode once", "'" + read.id() + "' again");
      }
      episodes.add(read);
    }

    private void review(Located root, Review read) {
      if (!lost && !episodeIds.contains(read.episode())) {
        order(root.field("episode"), "episode",
            "an episode of the current subject"
                + (subjectId == null ? "" : " '" + subjectId + "'") + ", listed before",
            "'" + read.episode() + "'");
      }
      if (!reviewIds.add(read.id())) {
        order(root.field("id"), "id", "each review once", "'" + read.id() + "' again");
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
      if (problems.size() >= FrameworkJson.MAX_PROBLEMS) {
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

    /** Reads a line without its line end; null at the end of the file. */
    private @Nullable String readLine() {
      // Lines are cut out of a buffer of our own: reading a character at a time through the
      // reader's synchronized read() cost a third of the time of reading a file.
      try {
        if (position >= limit && !fill()) {
          return null;
        }
        overLimit = false;
        @Nullable StringBuilder parts = null;
        boolean tooLong = false;
        int length = 0;
        @Nullable String whole = null;
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
              whole = new String(buffer, start, count);
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
          return "";
        }
        String line = whole != null ? whole : parts != null ? parts.toString() : "";
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line;
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
}
