package org.obaframework.json.internal;

import static org.obaframework.json.internal.RecordsFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.json.ReadLimits;
import org.obaframework.json.internal.JsonTokens.Token;
import org.obaframework.json.internal.RecordsFields.Field;
import org.obaframework.json.internal.RecordsFields.Shape;

/**
 * Binds the tokens of the records formats ({@link JsonTokens}) to records, by the one table of
 * their fields ({@link RecordsFields}): the records document, and each line of records NDJSON. It
 * reads a valid record straight into its value, and finds every problem of shape and of meaning,
 * each at the JSON Pointer, line and column of the value concerned, as it goes: no tree is built.
 *
 * <p>Records read are shared where equal: one instance of each equal rating about no particular
 * member (a review of 8 indicators on small scales repeats the same ratings over and over), of
 * each date, and of each code, at most {@value #LIMIT} of each. Records are immutable values, so
 * sharing changes no result and saves most of a loaded rating's memory; a rating's text read
 * before is not read again.
 *
 * <p>Not thread-safe: one binder per input (or per part of a file read in parallel).
 */
public final class RecordsBinder {
  /** The most ratings, dates and codes shared, of each. */
  static final int LIMIT = 1 << 16;
  private static final int DATE_BITS = 12;
  private static final char[] TYPE_CHARS = TYPE.toCharArray();
  private static final char[] FORMAT_CHARS = FORMAT.toCharArray();
  private static final char[] VERSION_CHARS = Integer.toString(FORMAT_VERSION).toCharArray();
  private static final String RATING_VALUE_TYPES =
      "true or false, a level's code (a string) or a number";

  private final boolean allowUnknown;
  private final ReadLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private final JsonTokens tokens;
  private Frame[] frames = new Frame[4];
  private @Nullable Records partial;

  private final Map<Rating, Rating> ratings = new HashMap<>();
  private final Map<String, String> codes = new HashMap<>();
  private final Map<LocalDate, LocalDate> dates = new HashMap<>();
  /**
   * The ratings about no member read so far, by the text of their object, such as {@code
   * {"indicator":"SAFE","value":true}}: a text read once to a rating reads to an equal one again.
   * Open addressing, at most half full, grown up to {@value #LIMIT} texts.
   */
  private char[][] ratingTexts = new char[256][];
  private Rating[] ratingsByText = new Rating[256];
  private int ratingsKept;
  /** The dates read last, by yyyymmdd, direct-mapped: a file repeats its dates. */
  private final int[] dateKeys = new int[1 << DATE_BITS];
  private final LocalDate[] datesByKey = new LocalDate[1 << DATE_BITS];

  /**
   * Creates a binder.
   *
   * @param allowUnknown whether to ignore properties the format does not define
   * @param limits the limits of each text read (a document, or a line)
   */
  public RecordsBinder(boolean allowUnknown, ReadLimits limits) {
    this.allowUnknown = allowUnknown;
    this.limits = limits;
    this.tokens = new JsonTokens(limits);
    Arrays.fill(dateKeys, -1);
  }

  /**
   * Returns the problems found so far, in the order found.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Reads a records document; its problems are added to {@link #problems()}.
   *
   * @param text the document's characters
   * @param from where it starts in them
   * @param to where it ends
   * @return the batch read, or null if the document has a problem
   */
  public @Nullable Records document(char[] text, int from, int to) {
    int before = problems.size();
    Records records = root(text, from, to, 1, "(document)", this::records);
    return problems.size() > before ? null : records;
  }

  /**
   * Reads a text whose root is an object, with {@code object} from its start: an empty text, a
   * root of another kind ({@code field}'s problem), and a text that is not well-formed JSON are
   * its problems; a text that is not leaves no object read ({@link #lineShape()}).
   */
  private <T> @Nullable T root(char[] text, int from, int to, int line, String field,
      Supplier<@Nullable T> object) {
    tokens.reset(text, from, to, line, problems);
    frame(0).shape = null;
    try {
      Token t = tokens.next();
      if (t == Token.END) {
        empty();
        return null;
      }
      if (t != Token.START_OBJECT) {
        notAnObject(field);
        return null;
      }
      T read = object.get();
      tokens.end();
      return read;
    } catch (JsonTokens.Malformed e) {
      problems.add(e.problem());
      frame(0).shape = null;
      return null;
    }
  }

  private @Nullable Records records() {
    Frame f = begin(DOCUMENT_SHAPE, 0);
    Token t = tokens.next();
    if (!format(f, t)) {
      return null;
    }
    members(f, 0, t == Token.NAME && f.has(0) ? tokens.next() : t);
    finish(f, 0);
    // A missing collection is empty. The records read are kept even when others have problems,
    // so that they can still be checked: every problem of a document is reported at once.
    Records read = Records.of(f.get(SUBJECTS, List.of()), f.get(EPISODES, List.of()),
        f.get(REVIEWS, List.of()));
    partial = read;
    return problems.size() > f.problemsBefore ? null : read;
  }

  /**
   * Returns the records read from the last document whose shape could be read, even if it had
   * problems: those with a problem left out.
   *
   * @return the records read, or null if the document's root and format could not be read
   */
  public @Nullable Records partial() {
    return partial;
  }

  /**
   * Reads the header line of records NDJSON, {@code {"formatVersion":1}}; its problems are added
   * to {@link #problems()}.
   *
   * @param text the characters
   * @param from where the line starts in them
   * @param to where it ends, without its line end
   * @param line the line's number
   * @return whether the header is that of this format
   */
  public boolean header(char[] text, int from, int to, int line) {
    int before = problems.size();
    root(text, from, to, line, "(document)", () -> {
      Frame f = begin(HEADER_SHAPE, 0);
      Token t = tokens.next();
      if (format(f, t)) {
        members(f, 0, t == Token.NAME && f.has(0) ? tokens.next() : t);
        finish(f, 0);
      }
      return null;
    });
    return problems.size() == before;
  }

  /**
   * Reads a record line of records NDJSON: a subject, episode or review with its type; its
   * problems are added to {@link #problems()}. What the line was is then told by {@link
   * #lineShape()}, {@link #lineId()} and {@link #lineWhere(String)}.
   *
   * @param text the characters
   * @param from where the line starts in them
   * @param to where it ends, without its line end
   * @param line the line's number
   * @return the {@link Subject}, {@link Episode} or {@link Review}, or null if the line has a
   *     problem
   */
  public @Nullable Object line(char[] text, int from, int to, int line) {
    return root(text, from, to, line, "(line)", this::record);
  }

  /** Reads the record of the line's object just started, by its type. */
  private @Nullable Object record() {
    int startLine = tokens.tokenLine();
    int startColumn = tokens.tokenColumn();
    int start = tokens.tokenStart();
    Shape shape;
    Found type = null;
    Token t;
    boolean first = tokens.nextNameIs(TYPE_CHARS);
    if (first) {
      tokens.next();
      shape = lineShape(tokens.token() == Token.STRING ? tokens : null, null);
      if (shape == null) {
        type = found();
      }
      tokens.skip();
      t = tokens.next();
    } else {
      t = tokens.next();
      type = ahead(TYPE_CHARS, start, startLine, startColumn);
      shape = lineShape(null, type);
    }
    if (shape == null) {
      // The rest read first: a line that is not well-formed JSON has that problem alone.
      skipMembers(t);
      tokens.end();
      if (type == null) {
        problem(ProblemType.MISSING_VALUE, new Problem.Position("", startLine, startColumn),
            TYPE, Kind.TYPE.expected(), "none");
      } else {
        problem(ProblemType.INVALID_CODE, type.position, TYPE, Kind.TYPE.expected(),
            type.found);
      }
      return null;
    }
    Frame f = frame(0);
    f.begin(shape, startLine, startColumn, start, problems.size());
    if (first) {
      f.seen = 1L;
    }
    members(f, 0, t);
    return finish(f, 0);
  }

  /** The shape of a line by its type: the string just read, or found ahead; null if none. */
  private static @Nullable Shape lineShape(@Nullable JsonTokens read, @Nullable Found found) {
    for (Shape shape : LINES) {
      if (read != null ? read.textIs(shape.nameChars)
          : found != null && found.token == Token.STRING && found.text.equals(shape.name)) {
        return shape;
      }
    }
    return null;
  }

  /**
   * Returns what the line read last holds, a subject, an episode or a review, whether it could
   * be read or not; null if that is not known (the line is not an object of a known type, or not
   * well-formed JSON).
   *
   * @return the line's type, one of {@link RecordsFields}' names, or null
   */
  public @Nullable String lineShape() {
    Shape shape = frame(0).shape;
    return shape == null ? null : shape.name;
  }

  /**
   * Returns the id of the record on the line read last, if it has one as a string.
   *
   * @return the id, or null
   */
  public @Nullable String lineId() {
    Frame f = frame(0);
    return f.shape != null && f.get(ID) instanceof String id ? id : null;
  }

  /**
   * Returns where a property of the line read last is, or the line's object if it has none.
   *
   * @param field the property's name
   * @return the position
   */
  public Problem.Position lineWhere(String field) {
    Frame f = frame(0);
    int i = f.shape == null ? -1 : f.shape.index(field);
    return i >= 0 && f.has(i)
        ? new Problem.Position(Located.child("", field), f.lines[i], f.columns[i]) : lineRoot();
  }

  /**
   * Returns the column of a property's value on the line read last, or of the line's object if
   * it has none.
   *
   * @param field the property's name
   * @return the column
   */
  public int lineColumn(String field) {
    Frame f = frame(0);
    int i = f.shape == null ? -1 : f.shape.indexOf(field);
    return i >= 0 && f.has(i) ? f.columns[i] : f.column;
  }

  /**
   * Returns where the line read last is: its object.
   *
   * @return the position
   */
  public Problem.Position lineRoot() {
    Frame f = frame(0);
    return new Problem.Position("", f.line, f.column);
  }

  /** The problem of a text with no value, but spaces. */
  private void empty() {
    problem(ProblemType.MALFORMED_DOCUMENT, tokens.position(), "(document)", "a JSON object",
        "an empty document");
  }

  /** The problem of a root value that is not an object: reported once it is read whole. */
  private void notAnObject(String field) {
    Problem.Position at = tokens.position();
    String found = tokens.describe();
    tokens.skip();
    tokens.end();
    problem(ProblemType.WRONG_TYPE, at, field, Located.Kind.OBJECT.description(), found);
  }

  /**
   * Checks the format version of the object just started, from its first member's token {@code
   * t}: that member, or else found by reading ahead. A missing or other version is the only
   * problem reported of the object, whose members are then skipped.
   */
  private boolean format(Frame f, Token t) {
    Found version;
    if (t == Token.NAME && tokens.nameIs(FORMAT_CHARS)) {
      f.seen = 1L;
      tokens.next();
      version = tokens.token() == Token.INTEGER && tokens.textIs(VERSION_CHARS)
          ? new Found(Token.INTEGER, Integer.toString(FORMAT_VERSION), tokens.position(), "")
          : found();
      tokens.skip();
    } else {
      version = ahead(FORMAT_CHARS, f.start, f.line, f.column);
    }
    String problem = null;
    if (version == null) {
      problem(ProblemType.MISSING_VALUE, new Problem.Position("", f.line, f.column), FORMAT,
          Kind.FORMAT.expected(), "none");
      problem = FORMAT;
    } else if (version.token != Token.INTEGER
        || !version.text.equals(Integer.toString(FORMAT_VERSION))) {
      // A number is shown: a format version is no value of a child's record.
      problem(ProblemType.UNSUPPORTED_FORMAT, version.position, FORMAT,
          Integer.toString(FORMAT_VERSION), version.token == Token.INTEGER
              || version.token == Token.DECIMAL ? version.text : version.found);
      problem = FORMAT;
    }
    if (problem != null) {
      skipMembers(f.has(0) ? tokens.next() : t);
      return false;
    }
    return true;
  }

  /**
   * A member's value found: its first token, its text (a string's, or a number's), where, and
   * how a problem describes it.
   */
  private record Found(Token token, String text, Problem.Position position, String found) {}

  /** The value whose first token {@code from} read last. */
  private static Found found(JsonTokens from) {
    Token t = from.token();
    String text = t == Token.STRING ? from.text() : t == Token.INTEGER ? from.integerText()
        : t == Token.DECIMAL ? Double.toString(from.number()) : "";
    return new Found(t, text, from.position(), from.describe());
  }

  private Found found() {
    return found(tokens);
  }

  /**
   * Finds the first member {@code name} of the root object that starts at {@code start}, reading
   * it whole with tokens of its own.
   *
   * @return its value, or null if it has none
   * @throws JsonTokens.Malformed if the object is not well-formed JSON
   */
  private @Nullable Found ahead(char[] name, int start, int line, int column) {
    JsonTokens own = new JsonTokens(limits);
    own.reset(tokens.chars(), start, tokens.limit(), line, new ArrayList<>());
    own.startColumn(column);
    own.next();
    Found found = null;
    for (Token t = own.next(); t != Token.END_OBJECT; t = own.next()) {
      boolean wanted = found == null && own.nameIs(name);
      own.next();
      if (wanted) {
        found = found(own);
      }
      own.skip();
    }
    return found;
  }

  /** Skips the members of the object being read, from the token {@code t}, to its end. */
  private void skipMembers(Token t) {
    for (Token each = t; each != Token.END_OBJECT; each = tokens.next()) {
      tokens.next();
      tokens.skip();
    }
  }

  private Frame frame(int level) {
    if (level >= frames.length) {
      frames = Arrays.copyOf(frames, level * 2);
    }
    Frame f = frames[level];
    if (f == null) {
      f = new Frame();
      frames[level] = f;
    }
    return f;
  }

  /** Starts reading the object just started, of a shape, at a level of nesting. */
  private Frame begin(Shape shape, int level) {
    Frame f = frame(level);
    f.begin(shape, tokens.tokenLine(), tokens.tokenColumn(), tokens.tokenStart(),
        problems.size());
    return f;
  }

  /** Reads the object just started; returns what its shape builds, or null at a problem. */
  private @Nullable Object object(Shape shape, int level) {
    Frame f = begin(shape, level);
    members(f, level, tokens.next());
    return finish(f, level);
  }

  /** Reads the members of an object from its first token {@code t} to its end. */
  private void members(Frame f, int level, Token t) {
    Field[] fields = f.shape().fields;
    int likely = 0;
    // The field named, if known: the one likely next in the written order, read as such.
    int known = -1;
    for (Token each = t; each != Token.END_OBJECT; ) {
      int i = known >= 0 ? known : find(fields, likely);
      if (i < 0) {
        unknown(f);
      } else if (f.has(i)) {
        problems.add(tokens.duplicate(fields[i].name));
        tokens.next();
        tokens.skip();
      } else {
        f.seen |= 1L << i;
        likely = i + 1 < fields.length ? i + 1 : 0;
        tokens.next();
        f.lines[i] = tokens.tokenLine();
        f.columns[i] = tokens.tokenColumn();
        f.starts[i] = tokens.tokenStart();
        f.values[i] = value(fields[i], f, level);
      }
      if (tokens.nextNameIs(fields[likely].chars)) {
        each = Token.NAME;
        known = likely;
      } else {
        each = tokens.next();
        known = -1;
      }
    }
  }

  /** The field named last, trying first the one likely next in the written order; -1 if none. */
  private int find(Field[] fields, int likely) {
    if (likely < fields.length && tokens.nameIs(fields[likely].chars)) {
      return likely;
    }
    for (int i = 0; i < fields.length; i++) {
      if (i != likely && tokens.nameIs(fields[i].chars)) {
        return i;
      }
    }
    return -1;
  }

  /** A property the shape does not define: a problem unless allowed; its value skipped. */
  private void unknown(Frame f) {
    String name = tokens.name();
    Set<String> names = f.unknown;
    if (names == null) {
      names = new HashSet<>();
      f.unknown = names;
    }
    if (!names.add(name)) {
      problems.add(tokens.duplicate(name));
    } else if (!allowUnknown) {
      problem(ProblemType.UNKNOWN_PROPERTY, tokens.position(), Redaction.key(name),
          f.shape().known, Redaction.name(name) + Redaction.suggest(name, f.shape().names));
    }
    tokens.next();
    tokens.skip();
  }

  /** Reads a field's value, whose first token was read last; null at a problem. */
  private @Nullable Object value(Field field, Frame f, int level) {
    switch (field.kind) {
      case STRING:
        return string(field);
      case CODE:
        String code = string(field);
        return code == null ? null : keep(codes, code);
      case DATE:
        return date(field);
      case CONSTANT:
        return constant(field);
      case CODES:
        return codes(field);
      case ATTRIBUTES:
        return attributes(field, level);
      case LIST:
        return list(field, level);
      case RATING_VALUE:
        // With a status too, the value is the problem (see ratingRule), not what it holds.
        return f.has(f.shape().indexOf(STATUS)) ? skipped() : ratingValue(field);
      default:
        // The type and format version, read before the members.
        return skipped();
    }
  }

  private @Nullable Object skipped() {
    tokens.skip();
    return null;
  }

  private @Nullable String string(Field field) {
    if (tokens.token() == Token.STRING) {
      return tokens.text();
    }
    wrongType(field.name, Located.Kind.STRING.description());
    return null;
  }

  private void wrongType(String field, String expected) {
    problem(ProblemType.WRONG_TYPE, tokens.position(), field, expected, tokens.describe());
    tokens.skip();
  }

  private @Nullable LocalDate date(Field field) {
    if (tokens.token() != Token.STRING) {
      wrongType(field.name, Located.Kind.STRING.description());
      return null;
    }
    int packed = tokens.packedDate();
    int slot = (packed * 0x9E3779B1) >>> (Integer.SIZE - DATE_BITS);
    if (packed >= 0 && dateKeys[slot] == packed) {
      return datesByKey[slot];
    }
    String text = tokens.text();
    LocalDate date = DocumentReader.isoDate(text);
    if (date == null) {
      problem(ProblemType.WRONG_TYPE, tokens.position(), field.name, Kind.DATE.expected(),
          Redaction.date(text));
      return null;
    }
    date = keep(dates, date);
    if (packed >= 0) {
      dateKeys[slot] = packed;
      datesByKey[slot] = date;
    }
    return date;
  }

  private @Nullable Enum<?> constant(Field field) {
    if (tokens.token() != Token.STRING) {
      wrongType(field.name, Located.Kind.STRING.description());
      return null;
    }
    for (int i = 0; i < field.constants.length; i++) {
      if (tokens.textIs(field.constantChars[i])) {
        return field.constants[i];
      }
    }
    problem(ProblemType.INVALID_CODE, tokens.position(), field.name, field.expected(),
        Redaction.value(tokens.text(), field.constantList));
    return null;
  }

  /** Reads an array of codes, each once: a repeat is a problem, never silently dropped. */
  private @Nullable List<String> codes(Field field) {
    if (tokens.token() != Token.START_ARRAY) {
      wrongType(field.name, Located.Kind.ARRAY.description());
      return null;
    }
    List<String> read = new ArrayList<>();
    Set<String> many = null;
    for (Token t = tokens.next(); t != Token.END_ARRAY; t = tokens.next()) {
      if (t != Token.STRING) {
        wrongType(field.name, Located.Kind.STRING.description());
        continue;
      }
      String code = tokens.text();
      if (many == null && read.size() == 16) {
        many = new HashSet<>(read);
      }
      if (many != null ? !many.add(code) : read.contains(code)) {
        problem(ProblemType.DUPLICATE_CODE, tokens.position(), field.name,
            "each code listed once",
            "the code of " + field.name + "[" + read.indexOf(code) + "] again");
      } else {
        read.add(code);
      }
    }
    return read;
  }

  /** Reads a list of objects of the field's item shape, leaving out those with a problem. */
  private @Nullable List<Object> list(Field field, int level) {
    if (tokens.token() != Token.START_ARRAY) {
      wrongType(field.name, Located.Kind.ARRAY.description());
      return null;
    }
    Shape shape = field.items;
    List<Object> items = new ArrayList<>();
    for (Token t = tokens.next(); t != Token.END_ARRAY; t = tokens.next()) {
      if (t != Token.START_OBJECT) {
        wrongType(field.name, Located.Kind.OBJECT.description());
        continue;
      }
      Object item = shape == RATING_SHAPE ? rating(level + 1) : object(shape, level + 1);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  /**
   * Reads a rating: as one read before with the same text, if there was one, without reading
   * its members again.
   */
  private @Nullable Object rating(int level) {
    char[] line = tokens.chars();
    int end = tokens.limit();
    int open = tokens.tokenStart();
    // The text up to the first closing brace, hashed as it is scanned; not across a line.
    int close = open;
    for (char c; close < end && (c = line[close]) != '}' && c != '\n'; close++) {
      // To the first closing brace.
    }
    int slot = close == end || line[close] != '}' ? -1
        : slot(line, open, close + 1, hash(line, open, close + 1));
    Rating known = slot < 0 ? null : ratingsByText[slot];
    if (known != null) {
      tokens.skipObjectTo(close);
      return known;
    }
    Rating rating = (Rating) object(RATING_SHAPE, level);
    if (rating == null) {
      return null;
    }
    rating = rating.member().isPresent() ? rating : keep(ratings, rating);
    // Kept only if the object ended at its first brace: then any text equal to it is it.
    if (slot >= 0 && tokens.tokenStart() == close && rating.member().isEmpty()
        && ratingsKept < LIMIT) {
      if (2 * (ratingsKept + 1) > ratingTexts.length) {
        growRatings();
        slot = slot(line, open, close + 1, hash(line, open, close + 1));
      }
      ratingTexts[slot] = Arrays.copyOfRange(line, open, close + 1);
      ratingsByText[slot] = rating;
      ratingsKept++;
    }
    return rating;
  }

  /** The hash of a rating's text: four characters a step, whose products need not wait. */
  private static int hash(char[] text, int from, int to) {
    int hash = to - from;
    int i = from;
    for (; i + 4 <= to; i += 4) {
      hash = 923_521 * hash + 29_791 * text[i] + 961 * text[i + 1] + 31 * text[i + 2]
          + text[i + 3];
    }
    for (; i < to; i++) {
      hash = 31 * hash + text[i];
    }
    return hash;
  }

  /** The slot of a rating's text in the table: where it is, or the empty one it would go in. */
  private int slot(char[] line, int from, int to, int hash) {
    int mask = ratingTexts.length - 1;
    for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      char[] text = ratingTexts[slot];
      if (text == null || Arrays.equals(line, from, to, text, 0, text.length)) {
        return slot;
      }
    }
  }

  private void growRatings() {
    char[][] texts = ratingTexts;
    Rating[] kept = ratingsByText;
    ratingTexts = new char[texts.length * 2][];
    ratingsByText = new Rating[texts.length * 2];
    for (int i = 0; i < texts.length; i++) {
      char[] text = texts[i];
      if (text != null) {
        int slot = slot(text, 0, text.length, hash(text, 0, text.length));
        ratingTexts[slot] = text;
        ratingsByText[slot] = kept[i];
      }
    }
  }

  private @Nullable ScaleValue ratingValue(Field field) {
    Token t = tokens.token();
    if (t == Token.TRUE || t == Token.FALSE) {
      return ScaleValue.of(t == Token.TRUE);
    }
    if (t == Token.STRING) {
      if (namesStatus(tokens.text())) {
        // A common mistake: "value": "not-applicable" for "status": "NOT_APPLICABLE".
        problem(ProblemType.WRONG_TYPE, tokens.position(), field.name,
            "a value on the indicator's scale; a rating that is not applicable or not assessed "
                + "has \"status\": \"NOT_APPLICABLE\" or \"NOT_ASSESSED\" instead of a value",
            "a text that names a status");
        return null;
      }
      try {
        return ScaleValue.level(tokens.text());
      } catch (ValidationException e) {
        for (Problem problem : e.problems()) {
          problem(problem.type(), tokens.position(), problem.field(), problem.expected(),
              problem.found());
        }
        return null;
      }
    }
    if (t == Token.INTEGER || t == Token.DECIMAL) {
      double number = tokens.number();
      if (Double.isFinite(number)) {
        return ScaleValue.of(number);
      }
      // A child's rating: described, never quoted, as every reader describes it.
      problem(ProblemType.OUT_OF_RANGE, tokens.position(), field.name, "a finite number",
          "a number too large to hold");
      return null;
    }
    wrongType(field.name, RATING_VALUE_TYPES);
    return null;
  }

  /**
   * Whether a rating's text value names a status (not applicable, not assessed) in any spelling:
   * {@code N/A}, {@code not-applicable}, {@code NOT_ASSESSED}, {@code not assessed}.
   */
  static boolean namesStatus(String text) {
    // On the hot path of every level read: no regular expression, no allocation unless the text
    // starts as every status spelling does.
    int length = text.length();
    if (length < 2 || length > 20 || (text.charAt(0) != 'n' && text.charAt(0) != 'N')) {
      return false;
    }
    StringBuilder letters = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '_' && c != '/' && c != '.' && c != '-') {
        letters.append(Character.toLowerCase(c));
      }
    }
    String folded = letters.toString();
    return folded.equals("na") || folded.equals("notapplicable")
        || folded.equals("notassessed") || folded.equals("nonapplicable");
  }

  /**
   * Reads attributes: each attribute's history, oldest first, each change applied in the order
   * written; only the first may leave out its date.
   */
  private @Nullable Attributes attributes(Field field, int level) {
    if (tokens.token() != Token.START_OBJECT) {
      wrongType(field.name, Located.Kind.OBJECT.description());
      return null;
    }
    int before = problems.size();
    Attributes attributes = Attributes.empty();
    Set<String> names = null;
    for (Token t = tokens.next(); t != Token.END_OBJECT; t = tokens.next()) {
      String name = tokens.name();
      if (names == null) {
        names = new HashSet<>();
      }
      if (!names.add(name)) {
        problems.add(tokens.duplicate(name));
        tokens.next();
        tokens.skip();
        continue;
      }
      if (tokens.next() != Token.START_ARRAY) {
        wrongType(name, Located.Kind.ARRAY.description());
        continue;
      }
      int historyLine = tokens.tokenLine();
      int historyColumn = tokens.tokenColumn();
      int changes = 0;
      for (Token c = tokens.next(); c != Token.END_ARRAY; c = tokens.next()) {
        if (c != Token.START_OBJECT) {
          wrongType(name, Located.Kind.OBJECT.description());
          attributes = null;
          changes++;
          continue;
        }
        attributes = change(attributes, name, changes > 0, level + 1);
        changes++;
      }
      if (changes == 0) {
        // At the history's end: the array is the innermost container still.
        problem(ProblemType.MISSING_VALUE, new Problem.Position(tokens.containerPointer(),
            historyLine, historyColumn), name, "at least one value", "none");
      }
    }
    return problems.size() > before ? null : attributes;
  }

  /** Reads one change of an attribute and applies it to the attributes so far, if any. */
  private @Nullable Attributes change(@Nullable Attributes so, String name, boolean later,
      int level) {
    Frame f = begin(CHANGE_SHAPE, level);
    members(f, level, tokens.next());
    finish(f, level);
    String value = f.get(VALUE);
    LocalDate from = f.get(FROM);
    if (later && !f.has(CHANGE_SHAPE.index(FROM))) {
      problem(ProblemType.MISSING_VALUE, objectWhere(f), FROM,
          "the date of the change, since an earlier value is listed", "none");
    }
    if (value == null || so == null || (from == null && later)) {
      return null;
    }
    return (Attributes) build(f,
        v -> from == null ? so.with(name, value) : so.withChange(name, value, from));
  }

  /**
   * Ends reading an object, at its end: the problems of fields missing and of the rules between
   * fields, then what its shape builds, if it has no problem.
   */
  private @Nullable Object finish(Frame f, int level) {
    Shape shape = f.shape();
    Field[] fields = shape.fields;
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].required && !f.has(i)) {
        problem(ProblemType.MISSING_VALUE, objectWhere(f), fields[i].name,
            fields[i].expected(), "none");
      }
    }
    if (shape == RATING_SHAPE) {
      ratingRule(f);
    }
    if (problems.size() > f.problemsBefore || shape.builder == null) {
      return null;
    }
    return build(f, shape.builder);
  }

  /** A rating has a value or a status, never both. */
  private void ratingRule(Frame f) {
    int value = RATING_SHAPE.index(VALUE);
    boolean hasStatus = f.has(RATING_SHAPE.index(STATUS));
    if (hasStatus && f.has(value)) {
      problem(ProblemType.WRONG_TYPE, fieldWhere(f, value), VALUE,
          "no value, since the rating has a status", tokens.describeAt(f.starts[value]));
    } else if (!hasStatus && !f.has(value)) {
      problem(ProblemType.MISSING_VALUE, objectWhere(f), VALUE, Kind.RATING_VALUE.expected(),
          "none");
    }
  }

  /**
   * Runs a builder (oba-core's factories), placing each problem it finds at the field it names,
   * if the object has it, else at the object.
   */
  private @Nullable Object build(Frame f, Function<Values, Object> builder) {
    try {
      return builder.apply(f);
    } catch (ValidationException e) {
      for (Problem problem : e.problems()) {
        int i = f.shape().index(problem.field());
        problem(problem.type(), i >= 0 && f.has(i) ? fieldWhere(f, i) : objectWhere(f),
            problem.field(), problem.expected(), problem.found());
      }
      return null;
    }
  }

  /** Where the object being ended is; only while it is the innermost container. */
  private Problem.Position objectWhere(Frame f) {
    return new Problem.Position(tokens.containerPointer(), f.line, f.column);
  }

  /** Where a field of the object being ended is; only while it is the innermost container. */
  private Problem.Position fieldWhere(Frame f, int i) {
    return new Problem.Position(Located.child(tokens.containerPointer(),
        f.shape().fields[i].name), f.lines[i], f.columns[i]);
  }

  /** Adds a problem with a text's shape or meaning, at its place. */
  private void problem(ProblemType type, Problem.Position at, String field, String expected,
      String found) {
    problems.add(Problem.of(type, JsonTokens.DOCUMENT, field, expected, found).at(at));
  }

  /** The value equal to {@code value} kept before; else {@code value}, kept if there is room. */
  private static <T> T keep(Map<T, T> kept, T value) {
    T known = kept.get(value);
    if (known != null) {
      return known;
    }
    if (kept.size() < LIMIT) {
      kept.put(value, value);
    }
    return value;
  }

  /** An object being read: its shape, its fields' values and places, and where it starts. */
  private static final class Frame implements Values {
    private static final int MOST = 10;
    @Nullable Shape shape;
    final Object[] values = new Object[MOST];
    final int[] lines = new int[MOST];
    final int[] columns = new int[MOST];
    final int[] starts = new int[MOST];
    /** The fields read, a bit each, in the shape's order. */
    long seen;
    int line;
    int column;
    int start;
    /** The problems found before the object: more at its end, and it is not built. */
    int problemsBefore;
    @Nullable Set<String> unknown;

    void begin(Shape of, int atLine, int atColumn, int at, int problems) {
      shape = of;
      seen = 0;
      line = atLine;
      column = atColumn;
      start = at;
      problemsBefore = problems;
      unknown = null;
    }

    Shape shape() {
      Shape known = shape;
      if (known == null) {
        throw new IllegalStateException("no object is being read");
      }
      return known;
    }

    boolean has(int i) {
      return i >= 0 && (seen & 1L << i) != 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(String name) {
      int i = shape().indexOf(name);
      return has(i) ? (T) values[i] : null;
    }
  }
}
