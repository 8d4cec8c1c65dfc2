package org.obaframework.json.internal;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RatingStatus;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads records from CSV, in the long format (one rating a row, with an {@code indicator}
 * column) or the wide format (one review a row, one column per indicator), the format told by the
 * header. Rows are streamed and grouped by subject: a subject's rows are consecutive, and each
 * group is built when the next subject's first row is read. Every problem is located by the line
 * and column of its cell, with the column's name as its pointer, such as {@code /assessedOn (line
 * 7, column 58)}; a cell's text is never shown, only described.
 *
 * <p>Failure is deferred, as for NDJSON: groups are given only while the file has had no problem;
 * at the first problem the rest of the file is read only to find the rest of its problems, and
 * then one exception lists them. Not thread-safe: one reader per file.
 */
public final class CsvRecords implements Iterator<SubjectRecords>, AutoCloseable {
  /** The columns of the long format, in the order the export writes them. */
  public static final List<String> COLUMNS = List.of(CsvColumns.SUBJECT, CsvColumns.MEMBER,
      CsvColumns.EPISODE, CsvColumns.PROGRAMME, CsvColumns.REVIEW, CsvColumns.KIND,
      CsvColumns.ASSESSED_ON, CsvColumns.RATER, CsvColumns.INDICATOR, CsvColumns.STATUS,
      CsvColumns.VALUE, CsvColumns.SUBJECT_KIND, CsvColumns.SUBJECT_ATTRIBUTES,
      CsvColumns.MEMBER_ROLE, CsvColumns.MEMBER_ATTRIBUTES, CsvColumns.LOCAL_AUTHORITY,
      CsvColumns.DELIVERY_MODEL, CsvColumns.START, CsvColumns.END, CsvColumns.CLOSURE_REASON,
      CsvColumns.SERVICE_OUTPUTS, CsvColumns.RECORDED_ON);
  /** The columns of the wide format other than its indicators'. */
  public static final List<String> WIDE_COLUMNS = COLUMNS.stream()
      .filter(c -> !c.equals(CsvColumns.INDICATOR) && !c.equals(CsvColumns.STATUS)
          && !c.equals(CsvColumns.VALUE))
      .toList();
  private static final List<String> REQUIRED = List.of(CsvColumns.SUBJECT);
  private static final String STATUSES = "one of [RATED, NOT_APPLICABLE, NOT_ASSESSED]";

  private final JsonParser parser;
  private final ReadLimits limits;
  private final BiFunction<List<Problem>, Long, RuntimeException> failure;
  private final List<Problem> problems = new ArrayList<>();
  private long unlisted;
  /** The columns by index; for the wide format, the indicators' columns are the others. */
  private String[] header = new String[0];
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<Integer> indicatorColumns = new ArrayList<>();
  private boolean wide;
  /** The cells of the row read last, and where each starts. */
  private final List<String> cells = new ArrayList<>();
  private final List<int[]> places = new ArrayList<>();
  private int rowLine;
  private boolean ended;
  private boolean started;
  private boolean lastBuilt;
  private final Set<String> subjectsSeen = new HashSet<>();
  private final Map<String, String> episodesSeen = new HashMap<>();
  private final Map<String, String> reviewsSeen = new HashMap<>();
  private @Nullable Group group;
  private @Nullable SubjectRecords next;

  /**
   * Starts reading a file: its header is read at once.
   *
   * @param reader the file's text, not closed
   * @param limits the limits of reading: a cell's length, the problems listed
   * @param failure makes the exception that lists the problems and counts those not listed
   */
  public CsvRecords(Reader reader, ReadLimits limits,
      BiFunction<List<Problem>, Long, RuntimeException> failure) {
    this.limits = limits;
    this.failure = failure;
    CsvFactory factory = CsvFactory.builder()
        .enable(CsvReadFeature.WRAP_AS_ARRAY)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(limits.stringLength())
            .maxDocumentLength(-1).build())
        .build();
    this.parser = new CsvMapper(factory).createParser(Objects.requireNonNull(reader, "reader"));
    readHeader();
  }

  /**
   * Returns the problems found so far.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (!ended) {
        next = step();
      } else if (!lastBuilt) {
        lastBuilt = true;
        next = finishGroup();
      } else if (!problems.isEmpty()) {
        throw failure.apply(List.copyOf(problems), unlisted);
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public SubjectRecords next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SubjectRecords given = Objects.requireNonNull(next);
    next = null;
    return given;
  }

  @Override
  public void close() {
    parser.close();
  }

  /**
   * Returns how many problems were found beyond those listed.
   *
   * @return the count
   */
  public long unlisted() {
    return unlisted;
  }

  /**
   * Places problems found by validating a file's records (by {@link
   * org.obaframework.core.records.RecordValidator}) at their rows, by reading the file once more:
   * each problem's record (its innermost subject, member, episode or review with an id) at its
   * first row, and there at the column its field names; a rating's problem ({@code ratings[i]})
   * at the row and cell of the review's i-th rating. A problem whose record is not found is kept
   * as it is.
   *
   * @param reader the file, not closed
   * @param problems the problems
   * @param limits the limits of reading
   * @return the problems, placed
   */
  public static List<Problem> place(Reader reader, List<Problem> problems, ReadLimits limits) {
    CsvRecords rows = new CsvRecords(reader, limits,
        (listed, unlisted) -> new IllegalStateException("not read for its records"));
    // Where each record's first row is, and where each review's ratings are, in order.
    Map<String, int[]> first = new HashMap<>();
    Map<String, List<int[]>> firstCells = new HashMap<>();
    Map<String, List<int[]>> ratings = new HashMap<>();
    while (!rows.ended && rows.problems.isEmpty() && rows.row()) {
      for (String kind : List.of(org.obaframework.core.Item.SUBJECT,
          org.obaframework.core.Item.MEMBER, org.obaframework.core.Item.EPISODE,
          org.obaframework.core.Item.REVIEW)) {
        String id = rows.cell(kind);
        if (id != null && first.putIfAbsent(kind + "\u0000" + id, rows.place(
            rows.columns.get(kind))) == null) {
          firstCells.put(kind + "\u0000" + id, List.copyOf(rows.places));
        }
      }
      String review = rows.cell(CsvColumns.REVIEW);
      if (review != null) {
        List<int[]> cells = ratings.computeIfAbsent(review, r -> new ArrayList<>());
        if (rows.wide) {
          for (int i : rows.indicatorColumns) {
            if (i < rows.cells.size() && !rows.cells.get(i).isBlank()) {
              cells.add(rows.places.get(i));
            }
          }
        } else if (rows.cell(CsvColumns.INDICATOR) != null) {
          cells.add(rows.place(rows.columns.get(CsvColumns.VALUE) != null
              ? rows.columns.get(CsvColumns.VALUE) : rows.columns.get(CsvColumns.INDICATOR)));
        }
      }
    }
    List<Problem> placed = new ArrayList<>();
    for (Problem problem : problems) {
      org.obaframework.core.Item item = RecordIndex.record(problem.item());
      String key = item == null ? null : item.kind() + "\u0000" + item.id().orElseThrow();
      int[] at = key == null ? null : first.get(key);
      if (at == null) {
        placed.add(problem);
        continue;
      }
      String field = problem.field();
      int end = 0;
      while (end < field.length() && ".[, ".indexOf(field.charAt(end)) < 0) {
        end++;
      }
      String step = field.substring(0, end);
      String column = item.kind();
      if (step.equals("ratings") && field.startsWith("ratings[")) {
        int close = field.indexOf(']');
        List<int[]> cells = ratings.getOrDefault(item.id().orElseThrow(), List.of());
        int i = close < 0 ? -1 : parseIndex(field.substring(8, close));
        if (i >= 0 && i < cells.size()) {
          placed.add(problem.at("/" + (rows.wide ? "(indicator)" : CsvColumns.VALUE),
              cells.get(i)[0], cells.get(i)[1]));
          continue;
        }
      } else if (rows.columns.containsKey(step)) {
        column = step;
      }
      Integer index = rows.columns.get(column);
      List<int[]> cells = firstCells.get(key);
      int[] cell = index != null && index < cells.size() ? cells.get(index) : at;
      placed.add(problem.at("/" + column, cell[0], cell[1]));
    }
    return placed;
  }

  private static int parseIndex(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  // ---------------------------------------------------------------------------------- the rows

  /** Reads one row; returns the group of the subject before it, when it ends there. */
  private @Nullable SubjectRecords step() {
    if (!row()) {
      ended = true;
      return null;
    }
    String subject = cell(CsvColumns.SUBJECT);
    if (subject == null) {
      problem(ProblemType.MISSING_VALUE, CsvColumns.SUBJECT, "the subject's id", "none");
      return null;
    }
    SubjectRecords done = null;
    Group current = group;
    if (current == null || !current.id.equals(subject)) {
      done = finishGroup();
      if (!subjectsSeen.add(subject)) {
        problem(ProblemType.DUPLICATE_CODE, CsvColumns.SUBJECT,
            "the rows of each subject together (sort the file by subject)",
            "a subject's rows apart: " + Redaction.id(subject) + " again");
      }
      group = new Group(subject, rowLine);
    }
    Objects.requireNonNull(group).add();
    return done;
  }

  /** Reads the next row's cells; false at the end of the file (or of what can be read). */
  private boolean row() {
    cells.clear();
    places.clear();
    try {
      // The file is an array of rows (WRAP_AS_ARRAY), each an array of its cells' texts.
      JsonToken t = parser.nextToken();
      if (!started && t == JsonToken.START_ARRAY) {
        started = true;
        t = parser.nextToken();
      }
      if (t != JsonToken.START_ARRAY) {
        return false;
      }
      rowLine = -1;
      long length = 0;
      for (t = parser.nextToken(); t == JsonToken.VALUE_STRING; t = parser.nextToken()) {
        TokenStreamLocation at = parser.currentTokenLocation();
        if (rowLine < 0) {
          rowLine = at.getLineNr();
        }
        String cell = parser.getString();
        length += cell.length() + 1;
        // A row is read whole, as a line of NDJSON: within the length of a document.
        if (length > limits.documentLength()) {
          add(Problem.of(ProblemType.MALFORMED_DOCUMENT, JsonTokens.DOCUMENT, "(row)",
              "a row of at most " + limits.documentLength() + " characters", "a longer row")
              .at("", rowLine, 1));
          return false;
        }
        places.add(new int[] {at.getLineNr(), at.getColumnNr()});
        cells.add(cell);
      }
      return true;
    } catch (JacksonException e) {
      unreadable(e);
      return false;
    }
  }

  private void unreadable(JacksonException e) {
    if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
      TokenStreamLocation at = parser.currentLocation();
      add(Problem.of(ProblemType.MALFORMED_DOCUMENT, JsonTokens.DOCUMENT, "(file)",
          "text in UTF-8", "bytes that are not UTF-8")
          .at("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
      return;
    }
    if (e.getCause() instanceof java.io.IOException io) {
      throw new UncheckedIOException(io);
    }
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
        : parser.currentLocation();
    String why = e.getOriginalMessage() == null ? "unreadable CSV"
        : Redaction.phrase(e.getOriginalMessage());
    add(Problem.of(ProblemType.MALFORMED_DOCUMENT, JsonTokens.DOCUMENT, "(file)",
        "CSV (RFC 4180) within the limits: " + limits.describe(), why)
        .at("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
  }

  private void readHeader() {
    if (!row()) {
      if (problems.isEmpty()) {
        add(Problem.of(ProblemType.MISSING_VALUE, JsonTokens.DOCUMENT, "(header)",
            "a header row naming the columns, such as " + String.join(",", COLUMNS),
            "an empty file").at("", 1, 1));
      }
      ended = true;
      return;
    }
    header = cells.toArray(String[]::new);
    for (int i = 0; i < header.length; i++) {
      // A spreadsheet's export may begin with a byte order mark.
      String name = (i == 0 && header[i].startsWith("\uFEFF") ? header[i].substring(1)
          : header[i]).strip();
      header[i] = name;
      if (name.isEmpty()) {
        headerProblem(i, ProblemType.MISSING_VALUE, "a column's name", "an empty name");
      } else if (columns.putIfAbsent(name, i) != null) {
        headerProblem(i, ProblemType.DUPLICATE_PROPERTY, "each column once",
            Redaction.name(name) + " again");
      }
    }
    wide = !columns.containsKey(CsvColumns.INDICATOR);
    for (int i = 0; i < header.length; i++) {
      String name = header[i];
      if (name.isEmpty() || columns.get(name) != i) {
        continue;
      }
      if (wide && !WIDE_COLUMNS.contains(name)) {
        if (COLUMNS.contains(name)) {
          headerProblem(i, ProblemType.UNKNOWN_PROPERTY, "a column of the wide format (an "
              + "indicator's code, or one of " + WIDE_COLUMNS + ")", Redaction.name(name)
              + ", a column of the long format, whose " + CsvColumns.INDICATOR + " is missing");
        } else {
          indicatorColumns.add(i);
        }
      } else if (!wide && !COLUMNS.contains(name)) {
        headerProblem(i, ProblemType.UNKNOWN_PROPERTY, "one of " + COLUMNS,
            Redaction.name(name) + Redaction.suggest(name, new HashSet<>(COLUMNS)));
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        headerProblem(0, ProblemType.MISSING_VALUE, "a column " + required, "none");
      }
    }
    if (!wide && !columns.containsKey(CsvColumns.VALUE)
        && !columns.containsKey(CsvColumns.STATUS)) {
      headerProblem(0, ProblemType.MISSING_VALUE, "a column " + CsvColumns.VALUE
          + " (or " + CsvColumns.STATUS + ")", "none");
    }
    if (!problems.isEmpty()) {
      ended = true;
    }
  }

  private void headerProblem(int column, ProblemType type, String expected, String found) {
    int[] at = column < places.size() ? places.get(column) : new int[] {1, 1};
    add(Problem.of(type, JsonTokens.DOCUMENT, "(header)", expected, found)
        .at("/" + (column < header.length ? Redaction.key(header[column]) : ""), at[0], at[1]));
  }

  // ---------------------------------------------------------------------------------- cells

  /** The text of a column's cell in the row read last; null if the column or the text is empty. */
  private @Nullable String cell(String column) {
    Integer i = columns.get(column);
    if (i == null || i >= cells.size()) {
      return null;
    }
    String text = cells.get(i).strip();
    return text.isEmpty() ? null : text;
  }

  private int[] place(@Nullable Integer column) {
    if (column != null && column < places.size()) {
      return places.get(column);
    }
    return new int[] {rowLine, 1};
  }

  /** Adds a problem at a cell of the row read last (its column's start if the row is short). */
  private void problem(ProblemType type, String column, String expected, String found) {
    Integer i = columns.get(column);
    int[] at = place(i);
    add(Problem.of(type, JsonTokens.DOCUMENT, column, expected, found)
        .at("/" + column, at[0], at[1]));
  }

  private void problemAt(ProblemType type, String column, int line, int col, String expected,
      String found) {
    add(Problem.of(type, JsonTokens.DOCUMENT, column, expected, found)
        .at("/" + column, line, col));
  }

  private void add(Problem problem) {
    if (problems.size() < limits.problems()) {
      problems.add(problem);
    } else {
      unlisted++;
    }
  }

  private <E extends Enum<E>> @Nullable E constant(String column, Class<E> type) {
    String text = cell(column);
    if (text == null) {
      return null;
    }
    E constant = DocumentReader.constant(type, text);
    if (constant == null) {
      problem(ProblemType.INVALID_CODE, column, "one of [" + DocumentReader.names(type) + "]",
          Redaction.value(text, Arrays.stream(type.getEnumConstants()).map(Enum::name)
              .toList()));
    }
    return constant;
  }

  private @Nullable LocalDate date(String column) {
    String text = cell(column);
    if (text == null) {
      return null;
    }
    LocalDate date = DocumentReader.isoDate(text);
    if (date == null) {
      problem(ProblemType.WRONG_TYPE, column, "an ISO 8601 date, yyyy-mm-dd",
          Redaction.date(text));
    }
    return date;
  }

  /** Attributes written {@code name=value;name=value@yyyy-mm-dd}, each history oldest first. */
  private @Nullable Attributes attributes(String column) {
    String text = cell(column);
    if (text == null) {
      return null;
    }
    Attributes attributes = Attributes.empty();
    Set<String> started = new HashSet<>();
    for (String change : text.split(";", -1)) {
      int equals = change.indexOf('=');
      int at = change.indexOf('@');
      String name = equals < 0 ? change.strip() : change.substring(0, equals).strip();
      String value = equals < 0 ? "" : (at > equals ? change.substring(equals + 1, at)
          : change.substring(equals + 1)).strip();
      String from = at > equals && equals >= 0 ? change.substring(at + 1).strip() : null;
      if (equals <= 0 || value.isEmpty()) {
        problem(ProblemType.INVALID_TEXT, column, "attributes written name=value, or "
            + "name=value@yyyy-mm-dd for a change, separated by ';'",
            "a part of " + change.length() + " characters that is not name=value");
        return null;
      }
      LocalDate date = from == null ? null : DocumentReader.isoDate(from);
      if (from != null && date == null) {
        problem(ProblemType.WRONG_TYPE, column, "a change's date, yyyy-mm-dd",
            Redaction.date(from));
        return null;
      }
      if (date == null && started.contains(name)) {
        problem(ProblemType.MISSING_VALUE, column,
            "the date of a change (name=value@yyyy-mm-dd), since an earlier value is listed",
            "none");
        return null;
      }
      try {
        attributes = date == null ? attributes.with(name, value)
            : attributes.withChange(name, value, date);
      } catch (ValidationException e) {
        core(column, e);
        return null;
      }
      started.add(name);
    }
    return attributes;
  }

  private List<String> codes(String column) {
    String text = cell(column);
    if (text == null) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (String code : text.split(";", -1)) {
      if (!code.isBlank()) {
        codes.add(code.strip());
      }
    }
    return codes;
  }

  /** A rating's value: yes or no, a number, or a level's code, as {@link ScaleValue#parse}. */
  private @Nullable ScaleValue value(String column, String text) {
    if (RecordsBinder.namesStatus(text)) {
      problem(ProblemType.WRONG_TYPE, column, wide
          ? "a value on the indicator's scale, or NOT_APPLICABLE or NOT_ASSESSED"
          : "a value on the indicator's scale; a rating that is not applicable or not assessed "
              + "has its status in the column " + CsvColumns.STATUS + " and no value",
          "a text that names a status in another spelling");
      return null;
    }
    try {
      return ScaleValue.parse(text);
    } catch (ValidationException e) {
      core(column, e);
      return null;
    }
  }

  /** Adds the problems an oba-core factory found with a cell, at the cell. */
  private void core(String column, ValidationException e) {
    for (Problem p : e.problems()) {
      problem(p.type(), column, p.expected(), p.found());
    }
  }

  // ---------------------------------------------------------------------------------- groups

  /** Builds the group read so far; null if there is none, or the file has had a problem. */
  private @Nullable SubjectRecords finishGroup() {
    Group done = group;
    group = null;
    if (done == null) {
      return null;
    }
    SubjectRecords built = done.build();
    return built != null && problems.isEmpty() ? built : null;
  }

  /** One value of a record, from the first row that gives it, and where that row is. */
  private final class Fact<T> {
    private final String column;
    private @Nullable T value;
    /** Whether a row had a cell for it that could not be read: a problem told already. */
    private boolean unreadable;
    private int line;
    private int col;

    Fact(String column) {
      this.column = column;
    }

    /** Takes the value of this row's cell, if it has one, unless another was given before. */
    void take(@Nullable T read) {
      if (read == null) {
        unreadable |= cell(column) != null;
        return;
      }
      int[] at = place(columns.get(column));
      if (value == null) {
        value = read;
        line = at[0];
        col = at[1];
      } else if (!value.equals(read)) {
        problemAt(ProblemType.DUPLICATE_PROPERTY, column, at[0], at[1],
            "the same " + column + " on every row of the record, as on line " + line,
            "another value");
      }
    }

    @Nullable T get() {
      return value;
    }
  }

  /** Where a record's first row is: where each of its cells starts. */
  private List<int[]> firstRow() {
    return List.copyOf(places);
  }

  private final class MemberFacts {
    final String id;
    final int line;
    final List<int[]> row = firstRow();
    final Fact<MemberRole> role = new Fact<>(CsvColumns.MEMBER_ROLE);
    final Fact<Attributes> attributes = new Fact<>(CsvColumns.MEMBER_ATTRIBUTES);

    MemberFacts(String id, int line) {
      this.id = id;
      this.line = line;
    }
  }

  private final class EpisodeFacts {
    final String id;
    final int line;
    final List<int[]> row = firstRow();
    final Fact<String> programme = new Fact<>(CsvColumns.PROGRAMME);
    final Fact<String> localAuthority = new Fact<>(CsvColumns.LOCAL_AUTHORITY);
    final Fact<String> deliveryModel = new Fact<>(CsvColumns.DELIVERY_MODEL);
    final Fact<LocalDate> start = new Fact<>(CsvColumns.START);
    final Fact<LocalDate> end = new Fact<>(CsvColumns.END);
    final Fact<ClosureReason> reason = new Fact<>(CsvColumns.CLOSURE_REASON);
    final Fact<List<String>> outputs = new Fact<>(CsvColumns.SERVICE_OUTPUTS);

    EpisodeFacts(String id, int line) {
      this.id = id;
      this.line = line;
    }
  }

  private final class ReviewFacts {
    final String id;
    final String episode;
    final int line;
    final List<int[]> row = firstRow();
    final Fact<ReviewKind> kind = new Fact<>(CsvColumns.KIND);
    final Fact<LocalDate> assessedOn = new Fact<>(CsvColumns.ASSESSED_ON);
    final Fact<LocalDate> recordedOn = new Fact<>(CsvColumns.RECORDED_ON);
    final Fact<Rater> rater = new Fact<>(CsvColumns.RATER);
    final List<Rating> ratings = new ArrayList<>();

    ReviewFacts(String id, String episode, int line) {
      this.id = id;
      this.episode = episode;
      this.line = line;
    }
  }

  /** The rows of one subject read so far. */
  private final class Group {
    final String id;
    final int line;
    final List<int[]> row = firstRow();
    final int problemsBefore;
    final Fact<SubjectKind> kind = new Fact<>(CsvColumns.SUBJECT_KIND);
    final Fact<Attributes> attributes = new Fact<>(CsvColumns.SUBJECT_ATTRIBUTES);
    final Map<String, MemberFacts> members = new LinkedHashMap<>();
    final Map<String, EpisodeFacts> episodes = new LinkedHashMap<>();
    final Map<String, ReviewFacts> reviews = new LinkedHashMap<>();

    Group(String id, int line) {
      this.id = id;
      this.line = line;
      this.problemsBefore = problems.size() + (int) Math.min(Integer.MAX_VALUE, unlisted);
    }

    /** Adds the facts of the row read last. */
    void add() {
      kind.take(constant(CsvColumns.SUBJECT_KIND, SubjectKind.class));
      attributes.take(attributes(CsvColumns.SUBJECT_ATTRIBUTES));
      String member = cell(CsvColumns.MEMBER);
      if (member != null) {
        MemberFacts facts = members.computeIfAbsent(member, m -> new MemberFacts(m, rowLine));
        facts.role.take(constant(CsvColumns.MEMBER_ROLE, MemberRole.class));
        facts.attributes.take(attributes(CsvColumns.MEMBER_ATTRIBUTES));
      }
      String episode = cell(CsvColumns.EPISODE);
      String review = cell(CsvColumns.REVIEW);
      if (episode == null) {
        if (review != null) {
          problem(ProblemType.MISSING_VALUE, CsvColumns.EPISODE,
              "the episode of the review on this row", "none");
        }
        return;
      }
      EpisodeFacts e = episodes.get(episode);
      if (e == null) {
        e = new EpisodeFacts(episode, rowLine);
        episodes.put(episode, e);
        String other = episodesSeen.putIfAbsent(episode, id);
        if (other != null) {
          problem(ProblemType.DUPLICATE_CODE, CsvColumns.EPISODE,
              "an episode id used by one subject", Redaction.id(episode) + " again, of "
                  + Redaction.id(other) + " before");
        }
      }
      e.programme.take(cell(CsvColumns.PROGRAMME));
      e.localAuthority.take(cell(CsvColumns.LOCAL_AUTHORITY));
      e.deliveryModel.take(cell(CsvColumns.DELIVERY_MODEL));
      e.start.take(date(CsvColumns.START));
      e.end.take(date(CsvColumns.END));
      e.reason.take(constant(CsvColumns.CLOSURE_REASON, ClosureReason.class));
      List<String> outputs = codes(CsvColumns.SERVICE_OUTPUTS);
      e.outputs.take(outputs.isEmpty() ? null : outputs);
      if (review == null) {
        if (!wide && cell(CsvColumns.INDICATOR) != null) {
          problem(ProblemType.MISSING_VALUE, CsvColumns.REVIEW,
              "the review of the rating on this row", "none");
        }
        return;
      }
      ReviewFacts r = reviews.get(review);
      if (r == null) {
        r = new ReviewFacts(review, episode, rowLine);
        reviews.put(review, r);
        String other = reviewsSeen.putIfAbsent(review, id);
        if (other != null) {
          problem(ProblemType.DUPLICATE_CODE, CsvColumns.REVIEW,
              "a review id used once", Redaction.id(review) + " again, of "
                  + Redaction.id(other) + " before");
        }
      } else if (!r.episode.equals(episode)) {
        problem(ProblemType.DUPLICATE_PROPERTY, CsvColumns.EPISODE,
            "the same episode on every row of the review, as on line " + r.line,
            "another episode");
      }
      r.kind.take(constant(CsvColumns.KIND, ReviewKind.class));
      r.assessedOn.take(date(CsvColumns.ASSESSED_ON));
      r.recordedOn.take(date(CsvColumns.RECORDED_ON));
      r.rater.take(constant(CsvColumns.RATER, Rater.class));
      if (wide) {
        wideRatings(r, member);
      } else {
        longRating(r, member);
      }
    }

    private void longRating(ReviewFacts r, @Nullable String member) {
      String indicator = cell(CsvColumns.INDICATOR);
      RatingStatus status = constant(CsvColumns.STATUS, RatingStatus.class);
      String text = cell(CsvColumns.VALUE);
      if (indicator == null) {
        if (text != null || status != null) {
          problem(ProblemType.MISSING_VALUE, CsvColumns.INDICATOR,
              "the indicator of the rating on this row", "none");
        }
        return;
      }
      Rating rating;
      if (status == RatingStatus.NOT_APPLICABLE || status == RatingStatus.NOT_ASSESSED) {
        if (text != null) {
          problem(ProblemType.WRONG_TYPE, CsvColumns.VALUE,
              "no value, since the rating's status is " + status.name(), "a value");
          return;
        }
        rating = status == RatingStatus.NOT_APPLICABLE ? Rating.notApplicable(indicator)
            : Rating.notAssessed(indicator);
      } else {
        if (text == null) {
          if (status != null || cell(CsvColumns.STATUS) == null) {
            problem(ProblemType.MISSING_VALUE, CsvColumns.VALUE,
                "a value (yes or no, a level's code or a number), or a status " + STATUSES,
                "none");
          }
          return;
        }
        ScaleValue value = value(CsvColumns.VALUE, text);
        if (value == null) {
          return;
        }
        rating = rate(indicator, value);
        if (rating == null) {
          return;
        }
      }
      r.ratings.add(member == null ? rating : rating.about(member));
    }

    private void wideRatings(ReviewFacts r, @Nullable String member) {
      for (int i : indicatorColumns) {
        String text = i < cells.size() ? cells.get(i).strip() : "";
        if (text.isEmpty()) {
          continue;
        }
        String indicator = header[i];
        Rating rating;
        if (text.equals(RatingStatus.NOT_APPLICABLE.name())) {
          rating = Rating.notApplicable(indicator);
        } else if (text.equals(RatingStatus.NOT_ASSESSED.name())) {
          rating = Rating.notAssessed(indicator);
        } else {
          ScaleValue value = value(indicator, text);
          rating = value == null ? null : rate(indicator, value);
        }
        if (rating != null) {
          r.ratings.add(member == null ? rating : rating.about(member));
        }
      }
    }

    private @Nullable Rating rate(String indicator, ScaleValue value) {
      try {
        return Rating.of(indicator, value);
      } catch (ValidationException e) {
        core(wide ? indicator : CsvColumns.INDICATOR, e);
        return null;
      }
    }

    /** Builds the group with oba-core's factories; null if it has a problem. */
    @Nullable SubjectRecords build() {
      List<Member> built = new ArrayList<>();
      for (MemberFacts m : members.values()) {
        MemberRole role = m.role.get();
        if (role == null) {
          if (m.role.unreadable) {
          continue;
        }
        problemAt(ProblemType.MISSING_VALUE, CsvColumns.MEMBER_ROLE, m.line,
              column(m.row, CsvColumns.MEMBER_ROLE, CsvColumns.MEMBER), "the member's role, one of "
                  + Arrays.toString(MemberRole.values()), "none");
          continue;
        }
        Member member = make(CsvColumns.MEMBER, m.line, m.row, () -> Member.of(m.id, role,
            m.attributes.get() == null ? Attributes.empty() : m.attributes.get()));
        if (member != null) {
          built.add(member);
        }
      }
      SubjectKind subjectKind = kind.get() != null ? kind.get()
          : members.isEmpty() ? SubjectKind.CHILD : SubjectKind.FAMILY;
      Subject subject = make(CsvColumns.SUBJECT, line, row, () -> Subject.builder().id(id)
          .kind(subjectKind)
          .attributes(attributes.get() == null ? Attributes.empty() : attributes.get())
          .addAllMembers(built).build());
      List<Episode> episodeList = new ArrayList<>();
      for (EpisodeFacts e : episodes.values()) {
        if (!required(e.line, e.row, CsvColumns.EPISODE, e.programme, e.localAuthority,
            e.start)) {
          continue;
        }
        Episode episode = make(CsvColumns.EPISODE, e.line, e.row, () -> {
          Episode.Builder builder = Episode.builder().id(e.id).subject(id)
              .programme(Objects.requireNonNull(e.programme.get()))
              .localAuthority(Objects.requireNonNull(e.localAuthority.get()))
              .start(Objects.requireNonNull(e.start.get()));
          if (e.deliveryModel.get() != null) {
            builder.deliveryModel(e.deliveryModel.get());
          }
          if (e.end.get() != null) {
            builder.end(e.end.get());
          }
          if (e.reason.get() != null) {
            builder.closureReason(e.reason.get());
          }
          if (e.outputs.get() != null) {
            builder.addAllServiceOutputs(e.outputs.get());
          }
          return builder.build();
        });
        if (episode != null) {
          episodeList.add(episode);
        }
      }
      List<Review> reviewList = new ArrayList<>();
      for (ReviewFacts r : reviews.values()) {
        if (!required(r.line, r.row, CsvColumns.REVIEW, r.kind, r.assessedOn, r.rater)) {
          continue;
        }
        Review review = make(CsvColumns.REVIEW, r.line, r.row, () -> {
          LocalDate assessed = Objects.requireNonNull(r.assessedOn.get());
          return Review.builder().id(r.id).episode(r.episode)
              .kind(Objects.requireNonNull(r.kind.get())).assessedOn(assessed)
              .recordedOn(r.recordedOn.get() == null ? assessed : r.recordedOn.get())
              .rater(Objects.requireNonNull(r.rater.get())).addAllRatings(r.ratings).build();
        });
        if (review != null) {
          reviewList.add(review);
        }
      }
      if (subject == null || problems.size() + unlisted > problemsBefore) {
        return null;
      }
      return make(CsvColumns.SUBJECT, line, row,
          () -> SubjectRecords.of(subject, episodeList, reviewList));
    }

    /** Whether each fact is given; each that is not is a problem at the record's first row. */
    private boolean required(int at, List<int[]> first, String record, Fact<?>... facts) {
      boolean all = true;
      for (Fact<?> fact : facts) {
        if (fact.get() == null && fact.unreadable) {
          all = false;
        } else if (fact.get() == null) {
          problemAt(ProblemType.MISSING_VALUE, fact.column, at,
              column(first, fact.column, record),
              "a value on at least one row of the record", "none");
          all = false;
        }
      }
      return all;
    }

    /**
     * The column where a cell of a record's first row starts: of {@code name}, or of {@code
     * otherwise} when the file has no such column.
     */
    private int column(List<int[]> first, String name, String otherwise) {
      Integer i = columns.containsKey(name) ? columns.get(name) : columns.get(otherwise);
      return first.isEmpty() ? 1 : first.get(i == null || i >= first.size() ? 0 : i)[1];
    }

    private <T> @Nullable T make(String column, int at, List<int[]> first, Supplier<T> factory) {
      try {
        return factory.get();
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          // At the factory's field, when it is a column, else at the record's own column.
          String field = columns.containsKey(p.field()) ? p.field() : column;
          problemAt(p.type(), field, at, column(first, field, column), p.expected(), p.found());
        }
        return null;
      }
    }
  }
}
