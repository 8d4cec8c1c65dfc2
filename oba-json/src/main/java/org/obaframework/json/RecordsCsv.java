package org.obaframework.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RatingStatus;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.internal.CsvColumns;
import org.obaframework.json.internal.CsvRecords;
import org.obaframework.json.internal.DocumentFiles;

/**
 * Reads and writes records as CSV, the form in which analysts' data arrive: the long format (one
 * rating a row, as {@link TidyCsv#ratings} exports it) and a wide format (one review a row, one
 * column per indicator), both streamed one subject at a time.
 *
 * <pre>{@code
 * try (Stream<SubjectRecords> groups = RecordsCsv.standard().read(Path.of("ratings.csv"))) {
 *   Results results = evaluation.evaluate(groups);
 * }
 * List<SubjectRecords> all = RecordsCsv.standard().readAll(Path.of("reviews-wide.csv"));
 * RecordsCsv.standard().write(records, Path.of("records.csv"));   // read back: equal records
 * }</pre>
 *
 * <h2>The long format</h2>
 *
 * <p>A header row, then rows of the columns {@link #COLUMNS}, in any order; only {@code subject}
 * and {@code value} (or {@code status}) must be there:
 *
 * <pre>
 * subject,member,episode,programme,review,kind,assessedOn,rater,indicator,status,value,
 *   subjectKind,subjectAttributes,memberRole,memberAttributes,localAuthority,deliveryModel,
 *   start,end,closureReason,serviceOutputs,recordedOn
 * C-1,,E-1,FSP,R-1,BASELINE,2025-04-07,PRACTITIONER,SAFE,RATED,no,CHILD,,,,W06000015,,2025-04-07,,,,
 * </pre>
 *
 * <p>Each row gives facts about the records it names by id: its subject (kind, attributes), its
 * member (role, attributes), its episode (programme, local authority, delivery model, start,
 * end, closure reason, service outputs), its review (kind, dates assessed and recorded, rater)
 * and its rating ({@code indicator}, {@code status} {@code RATED}, {@code NOT_APPLICABLE} or
 * {@code NOT_ASSESSED}, and the {@code value} of a rated one: {@code yes} or {@code no}, a number,
 * or a level's code, as {@link org.obaframework.core.framework.ScaleValue#parse} reads; about the
 * row's member if it names one). A fact is given on at least one row of its record and, if
 * repeated, the same on every row; an empty cell gives none. A row with no indicator declares a
 * record that has no rating: a member, an episode with no review, a review with no rating, a
 * subject with nothing else. Attributes are written {@code name=value}, a change of an attribute
 * {@code name=value@yyyy-mm-dd}, separated by {@code ;} (oldest first); service outputs are codes
 * separated by {@code ;}. Left out, as the builders: a subject's kind is {@code FAMILY} when its
 * rows name a member and {@code CHILD} otherwise, a review's {@code recordedOn} is the day
 * assessed, attributes and service outputs are none, a rating with a value has status {@code
 * RATED}.
 *
 * <h2>The wide format</h2>
 *
 * <p>The same columns but {@code indicator}, {@code status} and {@code value} ({@link
 * #WIDE_COLUMNS}), and one column per indicator, headed by its code: every column the long format
 * does not name is an indicator. A row is one review (of one member, for the ratings about a
 * member); each non-empty cell of an indicator's column is a rating: its value, or {@code
 * NOT_APPLICABLE} or {@code NOT_ASSESSED}. Rows with no review declare records as in the long
 * format. The format is told by the header: a file with an {@code indicator} column is long.
 *
 * <pre>
 * subject,episode,programme,localAuthority,start,review,kind,assessedOn,rater,SAFE,SCHOOL
 * C-1,E-1,FSP,W06000015,2025-04-07,R-1,BASELINE,2025-04-07,PRACTITIONER,no,72
 * C-1,E-1,FSP,W06000015,2025-04-07,R-2,REVIEW,2025-10-06,PRACTITIONER,yes,NOT_ASSESSED
 * </pre>
 *
 * <h2>Reading</h2>
 *
 * <p>RFC 4180 CSV in UTF-8 (a byte order mark is skipped), comma-separated, fields quoted when
 * they hold a comma, quote or line break, {@code \n} or {@code \r\n} line ends. A subject's rows
 * are consecutive; the file is read one subject at a time, and each subject's records are built
 * with oba-core's factories when its last row has been read. Every problem is located by its
 * line and column, with the column's name as its pointer, such as {@code /assessedOn (line 7,
 * column 58)}; a cell's text is described, never shown. An unknown column of the long format,
 * a cell that does not read as its column's kind, a fact that differs between two rows of a
 * record, a subject whose rows are apart, an id used by two subjects, a record missing a fact
 * its builder requires: each is a problem. <b>Failure is deferred</b>, as {@link
 * RecordsNdjson#read(Reader)}'s: the stream yields groups only while the file has had no
 * problem, then reads on to its end to find every problem, and throws one {@link
 * JsonFormatException} listing them (up to {@link ReadLimits#problems()}; a cell is at most
 * {@link ReadLimits#stringLength()} characters). {@link #readAll} validates the whole file before
 * returning anything.
 *
 * <h2>Writing</h2>
 *
 * <p>{@link #write} writes the long format with every column and the rows that declare records
 * without ratings, so that reading it back gives equal records; {@link TidyCsv#ratings} writes
 * the same columns but only the ratings' rows, for analysis. {@link #writeWide} writes the wide
 * format. Deterministic: {@code \n} line ends, RFC 4180 quoting.
 *
 * <p>Immutable and thread-safe; each stream is for one thread.
 */
public final class RecordsCsv {
  /** The columns of the long format, in the order they are written. */
  public static final List<String> COLUMNS = CsvRecords.COLUMNS;
  /** The columns of the wide format before its indicators' columns, in the order written. */
  public static final List<String> WIDE_COLUMNS = CsvRecords.WIDE_COLUMNS;

  private static final RecordsCsv STANDARD = new RecordsCsv(ReadLimits.defaults());

  private final ReadLimits limits;

  private RecordsCsv(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Returns the reader and writer within the default limits.
   *
   * @return the standard instance
   */
  public static RecordsCsv standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that reads within other limits (a cell's length, the problems listed).
   *
   * @param limits the limits
   * @return the copy
   */
  public RecordsCsv withLimits(ReadLimits limits) {
    return new RecordsCsv(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits within which this instance reads.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads records lazily from a file's text, one subject's group at a time.
   *
   * @param csv the file's text
   * @return the groups, in the file's order
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   */
  public Stream<SubjectRecords> read(String csv) {
    return read(new StringReader(csv));
  }

  /**
   * Reads records lazily, one subject's group at a time; the reader is not closed. See the class
   * description for when the stream fails.
   *
   * @param reader the file
   * @return the groups, in the file's order
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   *     (a problem of the header at once)
   * @throws UncheckedIOException from the stream's operations, if reading fails
   */
  public Stream<SubjectRecords> read(Reader reader) {
    CsvRecords rows = new CsvRecords(Objects.requireNonNull(reader, "reader"), limits,
        (problems, unlisted) -> new JsonFormatException(problems, unlisted));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Reads records lazily from bytes in UTF-8, as {@link #read(Reader)} does; the stream of bytes
   * is not closed. Bytes that are not UTF-8 are a problem.
   *
   * @param in the file's bytes
   * @return the groups, in the file's order
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   * @throws UncheckedIOException from the stream's operations, if reading fails
   */
  public Stream<SubjectRecords> read(InputStream in) {
    return read(utf8(Objects.requireNonNull(in, "in")));
  }

  /**
   * Reads a file (UTF-8) lazily, as {@link #read(Reader)} does; the stream must be closed, which
   * closes the file.
   *
   * @param file the file
   * @return the groups, in the file's order
   * @throws UncheckedIOException if the file cannot be opened, and from the stream's operations
   *     if reading fails
   * @throws JsonFormatException from the stream's operations, listing every problem of the file
   */
  public Stream<SubjectRecords> read(Path file) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return read(in).onClose(() -> {
        try {
          in.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Reads a whole file from its text, validating every row before returning any group.
   *
   * @param csv the file's text
   * @return the groups, in the file's order
   * @throws JsonFormatException listing every problem of the file
   */
  public List<SubjectRecords> readAll(String csv) {
    return readAll(new StringReader(csv));
  }

  /**
   * Reads a whole file, validating every row before returning any group; the reader is not
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
   * Reads a whole file from its bytes in UTF-8, validating every row before returning any group;
   * the stream of bytes is not closed.
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
   * Reads a whole file (UTF-8), validating every row before returning any group.
   *
   * @param file the file
   * @return the groups, in the file's order
   * @throws JsonFormatException listing every problem of the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<SubjectRecords> readAll(Path file) {
    return DocumentFiles.read(file, this::readAll);
  }

  /**
   * Places problems found by validating the records of a file, such as those {@link
   * org.obaframework.core.records.RecordValidator} finds subject by subject, at their rows, by
   * reading the file once more: each at the first row of its record and the column its field
   * names, a rating's at the row of that rating.
   *
   * @param file the file, not closed
   * @param problems the problems
   * @return the problems, each placed where its record is found
   * @throws UncheckedIOException if reading fails
   */
  public List<org.obaframework.core.Problem> place(Reader file,
      List<org.obaframework.core.Problem> problems) {
    return CsvRecords.place(file, problems, limits);
  }

  private static Reader utf8(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  // ---------------------------------------------------------------------------------- writing

  /**
   * Writes a batch of records in the long format, with every column and the rows that declare
   * records without ratings: read back, the records are equal.
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
   * Writes a batch of records in the long format to a writer, which is flushed, not closed.
   *
   * @param records the batch
   * @param writer the writer
   * @throws ValidationException if the batch cannot be grouped
   * @throws UncheckedIOException if writing fails
   */
  public void write(Records records, Writer writer) {
    write(records.groups(), writer);
  }

  /**
   * Writes a batch of records in the long format, in UTF-8, to a stream, which is flushed, not
   * closed.
   *
   * @param records the batch
   * @param out the stream
   * @throws ValidationException if the batch cannot be grouped
   * @throws UncheckedIOException if writing fails
   */
  public void write(Records records, OutputStream out) {
    write(records.groups(), out);
  }

  /**
   * Writes a batch of records in the long format to a file in UTF-8, whole or not at all: to a
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
   * Writes each subject's records in the long format, as the groups come, to a writer, which is
   * flushed, not closed.
   *
   * @param groups each subject's records
   * @param writer the writer
   * @throws UncheckedIOException if writing fails
   */
  public void write(Stream<SubjectRecords> groups, Writer writer) {
    longRows(groups, writer, true);
  }

  /**
   * Writes each subject's records in the long format, in UTF-8, to a stream, which is flushed,
   * not closed.
   *
   * @param groups each subject's records
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public void write(Stream<SubjectRecords> groups, OutputStream out) {
    DocumentFiles.write(out, writer -> write(groups, writer));
  }

  /**
   * Writes each subject's records in the long format to a file in UTF-8, whole or not at all.
   *
   * @param groups each subject's records
   * @param file the file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(Stream<SubjectRecords> groups, Path file) {
    DocumentFiles.write(file, writer -> write(groups, writer));
  }

  /**
   * Writes a batch of records in the wide format: one row per review (and member), one column
   * per indicator rated in the batch, in the order first rated.
   *
   * @param records the batch
   * @return the file's text
   * @throws ValidationException if the batch cannot be grouped, or an indicator's code is a
   *     column of the format
   */
  public String writeWide(Records records) {
    StringWriter out = new StringWriter();
    writeWide(records, out);
    return out.toString();
  }

  /**
   * Writes a batch of records in the wide format to a writer, which is flushed, not closed.
   *
   * @param records the batch
   * @param writer the writer
   * @throws ValidationException if the batch cannot be grouped, or an indicator's code is a
   *     column of the format
   * @throws UncheckedIOException if writing fails
   */
  public void writeWide(Records records, Writer writer) {
    Set<String> indicators = new LinkedHashSet<>();
    for (Review review : records.reviews()) {
      review.ratings().forEach(r -> indicators.add(r.indicator()));
    }
    writeWide(records.groups(), List.copyOf(indicators), writer);
  }

  /**
   * Writes a batch of records in the wide format, in UTF-8, to a stream, which is flushed, not
   * closed.
   *
   * @param records the batch
   * @param out the stream
   * @throws ValidationException if the batch cannot be grouped, or an indicator's code is a
   *     column of the format
   * @throws UncheckedIOException if writing fails
   */
  public void writeWide(Records records, OutputStream out) {
    DocumentFiles.write(out, writer -> writeWide(records, writer));
  }

  /**
   * Writes a batch of records in the wide format to a file in UTF-8, whole or not at all.
   *
   * @param records the batch
   * @param file the file, created or replaced
   * @throws ValidationException if the batch cannot be grouped, or an indicator's code is a
   *     column of the format; the file is then as it was
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void writeWide(Records records, Path file) {
    String text = writeWide(records);
    DocumentFiles.write(file, writer -> DocumentFiles.write(text, writer));
  }

  /**
   * Writes each subject's records in the wide format, as the groups come, with the given
   * indicators' columns, to a writer, which is flushed, not closed.
   *
   * @param groups each subject's records
   * @param indicators the indicators' columns, in order; each rating's indicator among them
   * @param writer the writer
   * @throws ValidationException if an indicator's code is a column of the format, is listed
   *     twice, or a rating's indicator is not listed
   * @throws UncheckedIOException if writing fails
   */
  public void writeWide(Stream<SubjectRecords> groups, List<String> indicators, Writer writer) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String indicator : indicators) {
      if (WIDE_COLUMNS.contains(indicator) || COLUMNS.contains(indicator)
          || index.putIfAbsent(indicator, index.size()) != null) {
        throw new ValidationException(org.obaframework.core.Problem.of(
            ProblemType.DUPLICATE_CODE, Item.of("wide CSV"), "indicators",
            "indicator codes other than the format's columns, each once",
            org.obaframework.core.Redaction.id(indicator)));
      }
    }
    List<String> header = new ArrayList<>(WIDE_COLUMNS);
    header.addAll(indicators);
    try (TidyCsv.Rows rows = new TidyCsv.Rows(writer, header)) {
      Iterator<SubjectRecords> each = groups.iterator();
      while (each.hasNext()) {
        SubjectRecords group = each.next();
        Rows context = new Rows(group);
        context.declarations().forEach(row -> rows.row(Rows.wideCells(row, index.size())));
        for (Review review : group.reviews()) {
          for (String[] row : context.wide(review, index)) {
            rows.row(row);
          }
        }
      }
    }
  }

  /**
   * Writes each subject's records in the wide format, as the groups come, with the given
   * indicators' columns, in UTF-8 to a stream, which is flushed, not closed.
   *
   * @param groups each subject's records
   * @param indicators the indicators' columns, in order; each rating's indicator among them
   * @param out the stream
   * @throws ValidationException if an indicator's code is a column of the format, is listed
   *     twice, or a rating's indicator is not listed
   * @throws UncheckedIOException if writing fails
   */
  public void writeWide(Stream<SubjectRecords> groups, List<String> indicators,
      OutputStream out) {
    DocumentFiles.write(out, writer -> writeWide(groups, indicators, writer));
  }

  /**
   * Writes each subject's records in the wide format, as the groups come, with the given
   * indicators' columns, to a file in UTF-8, whole or not at all.
   *
   * @param groups each subject's records
   * @param indicators the indicators' columns, in order; each rating's indicator among them
   * @param file the file, created or replaced
   * @throws ValidationException if an indicator's code is a column of the format, is listed
   *     twice, or a rating's indicator is not listed; the file is then as it was
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void writeWide(Stream<SubjectRecords> groups, List<String> indicators, Path file) {
    DocumentFiles.write(file, writer -> writeWide(groups, indicators, writer));
  }

  /**
   * Writes the long format's rows: with {@code declarations}, those of records without ratings
   * too; without, only the ratings' ({@link TidyCsv#ratings}).
   */
  static void longRows(Stream<SubjectRecords> groups, Writer writer, boolean declarations) {
    Objects.requireNonNull(groups, "groups");
    try (TidyCsv.Rows rows = new TidyCsv.Rows(writer, COLUMNS)) {
      Iterator<SubjectRecords> each = groups.iterator();
      while (each.hasNext()) {
        Rows context = new Rows(each.next());
        if (declarations) {
          context.declarations().forEach(row -> rows.row(Rows.cells(row)));
        }
        for (Review review : context.group.reviews()) {
          if (review.ratings().isEmpty() && declarations) {
            rows.row(context.longRow(review, null));
          }
          for (Rating rating : review.ratings()) {
            rows.row(context.longRow(review, rating));
          }
        }
      }
    }
  }

  /** The cells of one subject's rows. */
  private static final class Rows {
    final SubjectRecords group;
    final Subject subject;

    Rows(SubjectRecords group) {
      this.group = group;
      this.subject = group.subject();
    }

    /** The rows of the members and episodes, and of the subject when it has neither. */
    List<Map<String, String>> declarations() {
      List<Map<String, String>> rows = new ArrayList<>();
      for (Member member : subject.members()) {
        Map<String, String> row = subjectCells();
        memberCells(row, member.id());
        rows.add(row);
      }
      for (Episode episode : group.episodes()) {
        Map<String, String> row = subjectCells();
        episodeCells(row, episode);
        rows.add(row);
      }
      if (rows.isEmpty()) {
        rows.add(subjectCells());
      }
      return rows;
    }

    String[] longRow(Review review, @Nullable Rating rating) {
      Map<String, String> row = reviewCells(review);
      if (rating != null) {
        rating.member().ifPresent(member -> memberCells(row, member));
        row.put(CsvColumns.INDICATOR, rating.indicator());
        row.put(CsvColumns.STATUS, rating.status().name());
        row.put(CsvColumns.VALUE, rating.value().map(Object::toString).orElse(""));
      }
      return cells(row);
    }

    /** A review's rows of the wide format: its own ratings, then each member's. */
    List<String[]> wide(Review review, Map<String, Integer> index) {
      Map<String, List<Rating>> byMember = new LinkedHashMap<>();
      byMember.put("", new ArrayList<>());
      for (Rating rating : review.ratings()) {
        byMember.computeIfAbsent(rating.member().orElse(""), m -> new ArrayList<>()).add(rating);
      }
      List<String[]> rows = new ArrayList<>();
      for (Map.Entry<String, List<Rating>> member : byMember.entrySet()) {
        if (member.getKey().length() > 0 && member.getValue().isEmpty()) {
          continue;
        }
        List<String[]> made = new ArrayList<>();
        for (Rating rating : member.getValue()) {
          Integer column = index.get(rating.indicator());
          if (column == null) {
            throw new ValidationException(org.obaframework.core.Problem.of(
                ProblemType.UNKNOWN_INDICATOR, Item.of(Item.REVIEW, review.id()), "ratings",
                "an indicator among the file's columns",
                org.obaframework.core.Redaction.id(rating.indicator())));
          }
          int at = WIDE_COLUMNS.size() + column;
          String[] row = made.stream().filter(r -> r[at].isEmpty()).findFirst().orElse(null);
          if (row == null) {
            Map<String, String> cells = reviewCells(review);
            if (!member.getKey().isEmpty()) {
              memberCells(cells, member.getKey());
            }
            row = wideCells(cells, index.size());
            made.add(row);
          }
          row[at] = rating.value().map(Object::toString).orElse(rating.status().name());
        }
        if (made.isEmpty()) {
          made.add(wideCells(reviewCells(review), index.size()));
        }
        rows.addAll(made);
      }
      return rows;
    }

    private Map<String, String> subjectCells() {
      Map<String, String> row = new LinkedHashMap<>();
      row.put(CsvColumns.SUBJECT, subject.id());
      row.put(CsvColumns.SUBJECT_KIND, subject.kind().name());
      row.put(CsvColumns.SUBJECT_ATTRIBUTES, attributes(subject.attributes()));
      return row;
    }

    private void memberCells(Map<String, String> row, String id) {
      row.put(CsvColumns.MEMBER, id);
      subject.members().stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(m -> {
        row.put(CsvColumns.MEMBER_ROLE, m.role().name());
        row.put(CsvColumns.MEMBER_ATTRIBUTES, attributes(m.attributes()));
      });
    }

    private void episodeCells(Map<String, String> row, Episode episode) {
      row.put(CsvColumns.EPISODE, episode.id());
      row.put(CsvColumns.PROGRAMME, episode.programme());
      row.put(CsvColumns.LOCAL_AUTHORITY, episode.localAuthority());
      row.put(CsvColumns.DELIVERY_MODEL, episode.deliveryModel().orElse(""));
      row.put(CsvColumns.START, episode.start().toString());
      row.put(CsvColumns.END, episode.end().map(Object::toString).orElse(""));
      row.put(CsvColumns.CLOSURE_REASON, episode.closureReason().map(Enum::name).orElse(""));
      row.put(CsvColumns.SERVICE_OUTPUTS, String.join(";", episode.serviceOutputs()));
    }

    private Map<String, String> reviewCells(Review review) {
      Map<String, String> row = subjectCells();
      group.episode(review.episode()).ifPresent(episode -> episodeCells(row, episode));
      row.put(CsvColumns.EPISODE, review.episode());
      row.put(CsvColumns.REVIEW, review.id());
      row.put(CsvColumns.KIND, review.kind().name());
      row.put(CsvColumns.ASSESSED_ON, review.assessedOn().toString());
      row.put(CsvColumns.RATER, review.rater().name());
      row.put(CsvColumns.RECORDED_ON, review.recordedOn().toString());
      return row;
    }

    static String[] cells(Map<String, String> row) {
      String[] cells = new String[COLUMNS.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = row.getOrDefault(COLUMNS.get(i), "");
      }
      return cells;
    }

    static String[] wideCells(Map<String, String> row, int indicators) {
      String[] cells = new String[WIDE_COLUMNS.size() + indicators];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = i < WIDE_COLUMNS.size() ? row.getOrDefault(WIDE_COLUMNS.get(i), "") : "";
      }
      return cells;
    }

    /** {@code name=value;name=value@yyyy-mm-dd}: each attribute's history, oldest first. */
    private static String attributes(Attributes attributes) {
      return attributes.names().stream()
          .flatMap(name -> attributes.history(name).stream().map(change -> name + "="
              + change.value() + change.from().map(from -> "@" + from).orElse("")))
          .collect(Collectors.joining(";"));
    }
  }

  @Override
  public String toString() {
    return "RecordsCsv";
  }
}
