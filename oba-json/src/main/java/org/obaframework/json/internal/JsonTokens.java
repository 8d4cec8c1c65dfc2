package org.obaframework.json.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.json.ReadLimits;

/**
 * The tokens of JSON text: the one tokenizer of the records formats, the records document and
 * each line of records NDJSON.
 *
 * <p>Strict JSON (RFC 8259) within a reader's {@link ReadLimits} (nesting depth, string, name and
 * number lengths, values), read straight from characters without building a tree. Every token
 * knows its line, its column (in characters, from 1) and its JSON Pointer, which the tokenizer
 * keeps as Jackson's parser keeps its context: the property or the index each open object or
 * array is at. A syntax error or a broken limit is thrown as {@link Malformed}, holding the problem
 * located there; a duplicate property in a value {@link #skip() skipped} is reported to the
 * caller's problems.
 *
 * <p>Tokens come one at a time from {@link #next()}. After {@link Token#END_OBJECT} or {@link
 * Token#END_ARRAY} the container closed is still the innermost until the next token, so that its
 * pointer ({@link #containerPointer()}) can place a problem found at its end. Not thread-safe:
 * one per reader, {@link #reset} for each text.
 */
final class JsonTokens {
  /** The kinds of token. */
  enum Token {
    START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, INTEGER, DECIMAL, TRUE,
    FALSE, NULL,
    /** The end of the text after the root value, or of a text with no value at all. */
    END
  }

  /** A syntax error or a broken limit, thrown without a stack trace, with its located problem. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Malformed(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }

  /** The item of a problem with a text's shape, placed at its value. */
  static final Item DOCUMENT = Item.of(Item.DOCUMENT);
  /** Digits of an integer read as a {@code long} without overflow. */
  private static final int LONG_DIGITS = 18;

  private final ReadLimits limits;

  private char[] text = new char[0];
  private int pos;
  private int end;
  /** The line {@link #pos} is on, and where that line starts in {@link #text}. */
  private int line;
  private int lineStart;

  private @Nullable Token token;
  private int tokenStart;
  private int tokenLine;
  private int tokenLineStart;
  /** The text of the string, name or number read last; whether a string has escapes. */
  private int valueFrom;
  private int valueTo;
  private boolean escaped;

  /** The open containers: whether each is an object, its index or the span of its name. */
  private boolean[] objects = new boolean[16];
  private int[] indexes = new int[16];
  private int[] nameFrom = new int[16];
  private int[] nameTo = new int[16];
  private boolean[] nameEscaped = new boolean[16];
  private int depth;
  /** The values read in the text, to stop at the limit. */
  private long values;
  /** Whether the innermost container has no member yet. */
  private boolean first;
  /** Whether a property's name and colon were read, so that its value comes next. */
  private boolean afterName;
  /** Whether the root value has been read whole. */
  private boolean rootRead;
  /** Whether the container closed by the last token is still to be left. */
  private boolean leaving;
  /** Where a duplicate property in a skipped value is reported: the caller's problems. */
  private @Nullable List<Problem> duplicates;

  /**
   * Creates a tokenizer.
   *
   * @param limits the limits it reads within
   */
  JsonTokens(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Starts reading a text.
   *
   * @param chars the characters
   * @param from where the text starts in them
   * @param to where it ends
   * @param firstLine the line the text starts on
   * @param problems where a duplicate property within a skipped value is reported
   */
  void reset(char[] chars, int from, int to, int firstLine, List<Problem> problems) {
    text = chars;
    pos = from;
    end = to;
    line = firstLine;
    lineStart = from;
    token = null;
    depth = 0;
    first = false;
    afterName = false;
    rootRead = false;
    leaving = false;
    values = 0;
    duplicates = problems;
  }

  /**
   * Sets the column of the text's first character, when it is not the first of its line.
   *
   * @param column the column, from 1
   */
  void startColumn(int column) {
    lineStart = pos - (column - 1);
  }

  /**
   * Reads the next token.
   *
   * @return the token; {@link Token#END} after the root value, at the end of the text
   * @throws Malformed at a syntax error, content after the root value, or a broken limit
   */
  Token next() {
    leave();
    if (afterName) {
      afterName = false;
      return token = value();
    }
    if (depth == 0) {
      skipSpace();
      mark();
      if (rootRead) {
        if (pos < end) {
          throw malformed("the end of the document after the root value",
              "more content after it, starting with " + describeAhead());
        }
        return token = Token.END;
      }
      if (pos >= end) {
        rootRead = true;
        return token = Token.END;
      }
      return token = value();
    }
    skipSpace();
    boolean object = objects[depth - 1];
    char c = charAt(pos, object ? "a property or the end of an object"
        : "a value or the end of an array");
    if (c == (object ? '}' : ']')) {
      mark();
      pos++;
      leaving = true;
      return token = object ? Token.END_OBJECT : Token.END_ARRAY;
    }
    if (!first) {
      if (c != ',') {
        mark();
        throw syntax("a comma or the end of " + (object ? "an object" : "an array"), c);
      }
      pos++;
      skipSpace();
    }
    first = false;
    if (object) {
      readName();
      return token;
    }
    indexes[depth - 1]++;
    return token = value();
  }

  /**
   * Reads the next token if it is the property {@code name}, written as a writer of the format
   * writes it: no space, no escape; else reads nothing, and {@link #next()} reads the token.
   *
   * @param name the name likely next
   * @return whether the next token was that name, now read
   */
  boolean nextNameIs(char[] name) {
    if (afterName) {
      return false;
    }
    leave();
    if (depth == 0 || !objects[depth - 1]) {
      return false;
    }
    char[] t = text;
    int p = pos;
    if (!first) {
      if (p >= end || t[p] != ',') {
        return false;
      }
      p++;
    }
    int count = name.length;
    if (p + count + 2 >= end || t[p] != '"' || t[p + count + 1] != '"'
        || t[p + count + 2] != ':') {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (t[p + 1 + i] != name[i]) {
        return false;
      }
    }
    tokenStart = p;
    tokenLine = line;
    tokenLineStart = lineStart;
    nameFrom[depth - 1] = p + 1;
    nameTo[depth - 1] = p + 1 + count;
    nameEscaped[depth - 1] = false;
    pos = p + count + 3;
    first = false;
    afterName = true;
    token = Token.NAME;
    return true;
  }

  /** Leaves the container the last token ended, if it ended one. */
  private void leave() {
    if (leaving) {
      leaving = false;
      depth--;
      first = false;
      if (depth == 0) {
        rootRead = true;
      }
    }
  }

  /** Reads a property's name, its colon, and leaves the value to come next. */
  private void readName() {
    mark();
    char c = charAt(pos, "a property name");
    if (c != '"') {
      throw syntax("a property name in double quotes", c);
    }
    string();
    if (valueTo - valueFrom > limits.nameLength() && text().length() > limits.nameLength()) {
      throw limit("a property name longer than " + limits.nameLength() + " characters");
    }
    nameFrom[depth - 1] = valueFrom;
    nameTo[depth - 1] = valueTo;
    nameEscaped[depth - 1] = escaped;
    token = Token.NAME;
    skipSpace();
    char colon = charAt(pos, "a colon after a property name");
    if (colon != ':') {
      int at = pos;
      throw malformedAt(at, "well-formed JSON", "a syntax error: " + unexpected(colon)
          + " where a colon after a property name was expected");
    }
    pos++;
    afterName = true;
  }

  private Token value() {
    skipSpace();
    mark();
    char c = charAt(pos, "a value");
    if (++values > limits.values()) {
      throw malformedAt(pos, "a document of at most " + limits.values()
          + " values (ReadLimits.withValues)", "more values");
    }
    switch (c) {
      case '{':
      case '[':
        if (depth == limits.depth()) {
          throw limit("nesting deeper than " + limits.depth() + " levels (ReadLimits.withDepth)");
        }
        if (depth == objects.length) {
          grow();
        }
        pos++;
        objects[depth] = c == '{';
        indexes[depth] = -1;
        nameFrom[depth] = -1;
        depth++;
        first = true;
        return c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
      case '"':
        string();
        if (valueTo - valueFrom > limits.stringLength()
            && text().length() > limits.stringLength()) {
          throw limit("a string longer than " + limits.stringLength()
              + " characters (ReadLimits.withStringLength)");
        }
        return done(Token.STRING);
      case 't':
        literal("true");
        return done(Token.TRUE);
      case 'f':
        literal("false");
        return done(Token.FALSE);
      case 'n':
        literal("null");
        return done(Token.NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return done(readNumber());
        }
        throw syntax("a value", c);
    }
  }

  /** Makes room for more open containers. */
  private void grow() {
    int size = 2 * objects.length;
    objects = Arrays.copyOf(objects, size);
    indexes = Arrays.copyOf(indexes, size);
    nameFrom = Arrays.copyOf(nameFrom, size);
    nameTo = Arrays.copyOf(nameTo, size);
    nameEscaped = Arrays.copyOf(nameEscaped, size);
  }

  /** A scalar read: the root value, if it is the root, is read whole. */
  private Token done(Token scalar) {
    if (depth == 0) {
      rootRead = true;
    }
    return scalar;
  }

  /** Reads a string from its opening quote, leaving its text between valueFrom and valueTo. */
  private void string() {
    char[] t = text;
    int p = pos + 1;
    boolean esc = false;
    while (true) {
      if (p >= end) {
        throw malformedAt(p, "well-formed JSON",
            "a syntax error: unexpected end-of-input in a string");
      }
      char c = t[p];
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        esc = true;
        p = escape(p);
      } else if (c < 0x20) {
        throw malformedAt(p, "well-formed JSON", "a syntax error: a control character (code "
            + (int) c + ") in a string, where it must be escaped");
      } else {
        p++;
      }
    }
    valueFrom = pos + 1;
    valueTo = p;
    escaped = esc;
    pos = p + 1;
  }

  /** Checks the escape at {@code at}, a backslash; returns where the character after it is. */
  private int escape(int at) {
    if (at + 1 >= end) {
      throw malformedAt(at + 1, "well-formed JSON",
          "a syntax error: unexpected end-of-input in a string");
    }
    char c = text[at + 1];
    switch (c) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
        return at + 2;
      case 'u':
        for (int i = at + 2; i < at + 6; i++) {
          if (i >= end || Character.digit(text[i], 16) < 0) {
            throw malformedAt(Math.min(i, end), "well-formed JSON",
                "a syntax error: an escape \\u without four hexadecimal digits");
          }
        }
        return at + 6;
      default:
        throw malformedAt(at, "well-formed JSON",
            "a syntax error: an unrecognized escape in a string");
    }
  }

  private void literal(String word) {
    int count = word.length();
    for (int i = 0; i < count; i++) {
      if (pos + i >= end || text[pos + i] != word.charAt(i)) {
        throw malformedAt(pos, "well-formed JSON",
            "a syntax error: an unrecognized token where a value was expected");
      }
    }
    pos += count;
  }

  /** Reads a number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  private Token readNumber() {
    int p = pos;
    if (text[p] == '-') {
      p++;
    }
    if (p < end && text[p] == '0') {
      p++;
    } else {
      p = digits(p);
    }
    boolean integral = true;
    if (p < end && text[p] == '.') {
      p = digits(p + 1);
      integral = false;
    }
    if (p < end && (text[p] == 'e' || text[p] == 'E')) {
      p++;
      if (p < end && (text[p] == '+' || text[p] == '-')) {
        p++;
      }
      p = digits(p);
      integral = false;
    }
    if (p - pos > limits.numberLength()) {
      throw limit("a number longer than " + limits.numberLength() + " characters");
    }
    valueFrom = pos;
    valueTo = p;
    escaped = false;
    pos = p;
    return integral ? Token.INTEGER : Token.DECIMAL;
  }

  /** Reads one or more digits from {@code p}; returns where they end. */
  private int digits(int p) {
    int from = p;
    while (p < end && text[p] >= '0' && text[p] <= '9') {
      p++;
    }
    if (p == from) {
      if (p >= end) {
        throw malformedAt(p, "well-formed JSON",
            "a syntax error: unexpected end-of-input in a number");
      }
      throw malformedAt(p, "well-formed JSON",
          "a syntax error: " + unexpected(text[p]) + " where a digit was expected");
    }
    return p;
  }

  private void skipSpace() {
    char[] t = text;
    int p = pos;
    while (p < end) {
      char c = t[p];
      if (c == ' ' || c == '\t' || c == '\r') {
        p++;
      } else if (c == '\n') {
        p++;
        line++;
        lineStart = p;
      } else {
        break;
      }
    }
    pos = p;
  }

  /** Marks where the token being read starts. */
  private void mark() {
    tokenStart = pos;
    tokenLine = line;
    tokenLineStart = lineStart;
  }

  private char charAt(int at, String expected) {
    if (at >= end) {
      throw malformedAt(at, "well-formed JSON", "a syntax error: unexpected end-of-input where "
          + expected + " was expected");
    }
    return text[at];
  }

  /**
   * Skips the value whose first token was read last, a whole object or array with its members
   * (reporting a property repeated in one of its objects, as everywhere); nothing for a scalar.
   */
  void skip() {
    if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
      return;
    }
    int outer = depth - 1;
    // The names of each open object of the value, by its depth, to find one repeated.
    List<@Nullable Set<String>> names = new ArrayList<>();
    while (true) {
      Token t = next();
      if (t == Token.NAME) {
        while (names.size() < depth) {
          names.add(null);
        }
        Set<String> seen = names.get(depth - 1);
        if (seen == null) {
          seen = new HashSet<>();
          names.set(depth - 1, seen);
        }
        String name = name();
        if (!seen.add(name) && duplicates != null) {
          duplicates.add(duplicate(name));
        }
      } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        if (names.size() >= depth) {
          names.set(depth - 1, null);
        }
        if (depth - 1 == outer) {
          return;
        }
      }
    }
  }

  /**
   * Returns the problem of the property just named, repeated in its object.
   *
   * @param name the property's name
   * @return the problem, at the name
   */
  Problem duplicate(String name) {
    return Problem.of(ProblemType.DUPLICATE_PROPERTY, DOCUMENT, Redaction.key(name),
        "each property once in an object", Redaction.name(name) + " again").at(position());
  }

  /**
   * Checks that nothing follows the root value.
   *
   * @throws Malformed if something does, or the root value is not over
   */
  void end() {
    while (next() != Token.END) {
      skip();
    }
  }

  /** The token read last. */
  @Nullable Token token() {
    return token;
  }

  /** The text of the string or property name read last, escapes decoded. */
  String text() {
    if (!escaped) {
      return new String(text, valueFrom, valueTo - valueFrom);
    }
    return unescape(valueFrom, valueTo);
  }

  /** The name of the property read last, escapes decoded. */
  String name() {
    int d = depth - 1;
    return nameEscaped[d] ? unescape(nameFrom[d], nameTo[d])
        : new String(text, nameFrom[d], nameTo[d] - nameFrom[d]);
  }

  /** Whether the name of the property read last is {@code expected}. */
  boolean nameIs(char[] expected) {
    int d = depth - 1;
    return is(nameFrom[d], nameTo[d], nameEscaped[d], expected);
  }

  /** Whether the string read last is {@code expected}. */
  boolean textIs(char[] expected) {
    return is(valueFrom, valueTo, escaped, expected);
  }

  /** Whether the text from {@code from} to {@code to}, its escapes decoded, is {@code expected}. */
  private boolean is(int from, int to, boolean escapes, char[] expected) {
    if (escapes) {
      return unescape(from, to).equals(new String(expected));
    }
    int count = to - from;
    if (count != expected.length) {
      return false;
    }
    char[] t = text;
    for (int i = 0; i < count; i++) {
      if (t[from + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The string read last as a date written yyyy-mm-dd, packed as yyyy * 10000 + mm * 100 + dd;
   * -1 if it is not written so (whether such a day exists is not checked).
   */
  int packedDate() {
    int from = valueFrom;
    if (escaped || valueTo - from != 10 || text[from + 4] != '-' || text[from + 7] != '-') {
      return -1;
    }
    int year = digitsAt(from, 4);
    int month = digitsAt(from + 5, 2);
    int day = digitsAt(from + 8, 2);
    return year < 0 || month < 0 || day < 0 ? -1 : year * 10000 + month * 100 + day;
  }

  private int digitsAt(int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The number read last as a double, as Jackson reads it. */
  double number() {
    if (token == Token.INTEGER && digitCount() <= LONG_DIGITS) {
      return (double) longValue();
    }
    return Double.parseDouble(new String(text, valueFrom, valueTo - valueFrom));
  }

  /** The integer read last, written without sign or leading zeros as Jackson writes it. */
  String integerText() {
    return digitCount() <= LONG_DIGITS ? Long.toString(longValue())
        : new BigInteger(new String(text, valueFrom, valueTo - valueFrom)).toString();
  }

  private int digitCount() {
    return valueTo - valueFrom - (text[valueFrom] == '-' ? 1 : 0);
  }

  private long longValue() {
    boolean negative = text[valueFrom] == '-';
    long value = 0;
    for (int i = negative ? valueFrom + 1 : valueFrom; i < valueTo; i++) {
      value = value * 10 + (text[i] - '0');
    }
    return negative ? -value : value;
  }

  /**
   * Describes the value whose first token was read last, for a problem's "found" part, as
   * {@link Located#describe()} describes a value.
   */
  String describe() {
    Token t = token;
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> Located.describe(Located.Kind.OBJECT, "");
      case START_ARRAY -> Located.describe(Located.Kind.ARRAY, "");
      case STRING -> Located.describe(Located.Kind.STRING, text());
      case INTEGER -> Located.describe(Located.Kind.INTEGER, "");
      case DECIMAL -> Located.describe(Located.Kind.DECIMAL, "");
      case TRUE -> Located.describe(Located.Kind.BOOLEAN, "true");
      case FALSE -> Located.describe(Located.Kind.BOOLEAN, "false");
      case NULL -> Located.describe(Located.Kind.NULL, "");
      default -> "nothing";
    };
  }

  /** Describes the value that starts at {@code at} in the same text, which was read before. */
  String describeAt(int at) {
    JsonTokens again = new JsonTokens(limits);
    again.reset(text, at, end, line, new ArrayList<>());
    again.next();
    return again.describe();
  }

  /** Describes what comes next, after the root value, for the problem of more content. */
  private String describeAhead() {
    char c = text[pos];
    return c == '{' ? "an object" : c == '[' ? "an array" : c == '"' ? "a string" : "a value";
  }

  /** Where the text read last starts, in the characters: for {@link #describeAt}. */
  int tokenStart() {
    return tokenStart;
  }

  /** The line of the token read last. */
  int tokenLine() {
    return tokenLine;
  }

  /** The column of the token read last, in characters from 1. */
  int tokenColumn() {
    return tokenStart - tokenLineStart + 1;
  }

  /**
   * Where the token read last is: the pointer of its value (of the property, for a name; of the
   * container, for its start or end), line and column.
   */
  Problem.Position position() {
    return new Problem.Position(pointer(), tokenLine, tokenColumn());
  }

  /** The pointer of the token read last, as {@link #position()} has it. */
  String pointer() {
    Token t = token;
    boolean container = t == Token.START_OBJECT || t == Token.START_ARRAY
        || t == Token.END_OBJECT || t == Token.END_ARRAY;
    return pointer(container ? depth - 1 : depth);
  }

  /** The pointer of the innermost container: the one started, or just ended. */
  String containerPointer() {
    return pointer(depth - 1);
  }

  private String pointer(int levels) {
    if (levels <= 0) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (int d = 0; d < levels; d++) {
      if (objects[d]) {
        if (nameFrom[d] >= 0) {
          String name = nameEscaped[d] ? unescape(nameFrom[d], nameTo[d])
              : new String(text, nameFrom[d], nameTo[d] - nameFrom[d]);
          path.replace(0, path.length(), Located.child(path.toString(), name));
        }
      } else if (indexes[d] >= 0) {
        path.append('/').append(indexes[d]);
      }
    }
    return path.toString();
  }

  /**
   * Skips to just after {@code close}, the closing brace of the object started last, as though
   * its members had been read token by token: for an object read before with the same text.
   */
  void skipObjectTo(int close) {
    pos = close + 1;
    tokenStart = close;
    leaving = true;
    token = Token.END_OBJECT;
  }

  /** The characters being read. */
  char[] chars() {
    return text;
  }

  /** Where the text being read ends in {@link #chars()}. */
  int limit() {
    return end;
  }

  private String unescape(int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text[++i];
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(new String(text, i + 1, 4), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  private Malformed syntax(String expected, char found) {
    return malformedAt(pos, "well-formed JSON", "a syntax error: " + unexpected(found)
        + " where " + expected + " was expected");
  }

  /** Names an unexpected character by its code, never quoting the text it is in. */
  private static String unexpected(char c) {
    return "an unexpected character (code " + (int) c + ")";
  }

  private Malformed limit(String found) {
    return malformedAt(tokenStart, limits.describe(), "over a limit: " + found);
  }

  private Malformed malformed(String expected, String found) {
    return malformedAt(pos, expected, found);
  }

  /** A problem at {@code at} in the current line, with the pointer of the context there. */
  private Malformed malformedAt(int at, String expected, String found) {
    int column = Math.max(at, lineStart) - lineStart + 1;
    return new Malformed(Problem.of(ProblemType.MALFORMED_DOCUMENT, DOCUMENT, "(document)",
        expected, found).at(pointer(depth), line, column));
  }
}
