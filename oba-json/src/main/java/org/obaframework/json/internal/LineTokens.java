package org.obaframework.json.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * The tokens of one line of JSON, for {@link RecordsLineReader}: a strict reader of the JSON a
 * valid record line is written in, which gives up ({@link GiveUp}) at anything else.
 *
 * <p>It reads standard JSON (RFC 8259), with two narrowings that only make it give up more
 * often: strings hold no escape ({@code \}), and numbers are at most {@value #MAX_NUMBER}
 * characters, with integers that fit in a {@code long} of 18 digits. What it does read, it reads
 * to the same values as Jackson: the text of a string, and a number's {@code double}, from the
 * integer for an integer and correctly rounded for a decimal. Since it gives up at whatever it
 * does not read, it needs no message: the line is read again by Jackson, which reports it.
 * Property names that oba's records use are returned as the constants of {@link RecordsFields},
 * so that matching them compares references, and others are copied out.
 *
 * <p>Tokens come as from Jackson's {@code JsonParser}: {@link #nextToken()} steps through the
 * line, {@link #nextName()} reads a property name or returns null at anything else. Not
 * thread-safe; reset for each line with {@link #start}.
 */
final class LineTokens {
  /** The longest number read; longer ones are left to Jackson, which allows up to 100. */
  static final int MAX_NUMBER = 40;
  /** The deepest nesting read; a valid record line nests 4 deep. */
  private static final int MAX_DEPTH = 16;
  private static final String[] NAMES = {
    RecordsFields.TYPE, RecordsFields.ID, RecordsFields.KIND, RecordsFields.ATTRIBUTES,
    RecordsFields.MEMBERS, RecordsFields.ROLE, RecordsFields.VALUE, RecordsFields.FROM,
    RecordsFields.SUBJECT, RecordsFields.PROGRAMME, RecordsFields.LOCAL_AUTHORITY,
    RecordsFields.DELIVERY_MODEL, RecordsFields.START, RecordsFields.END,
    RecordsFields.CLOSURE_REASON, RecordsFields.SERVICE_OUTPUTS, RecordsFields.EPISODE,
    RecordsFields.ASSESSED_ON, RecordsFields.RECORDED_ON, RecordsFields.RATER,
    RecordsFields.RATINGS, RecordsFields.INDICATOR, RecordsFields.MEMBER, RecordsFields.STATUS};
  /** The known names by hash, open addressing. */
  private static final String[] TABLE = new String[64];

  static {
    for (String name : NAMES) {
      int slot = name.hashCode() & (TABLE.length - 1);
      while (TABLE[slot] != null) {
        slot = (slot + 1) & (TABLE.length - 1);
      }
      TABLE[slot] = name;
    }
  }

  /** Thrown, without a stack trace, at whatever this reader does not read. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private GiveUp() {
      super("not read by the fast reader", null, false, false);
    }
  }

  static final GiveUp GIVE_UP = new GiveUp();

  private char[] line = new char[0];
  private int position;
  /** The end of the line in {@link #line}. */
  private int length;
  private @Nullable JsonToken current;
  /** Whether each open container is an object (else an array). */
  private final boolean[] objects = new boolean[MAX_DEPTH];
  private int depth;
  /** Whether the open container has no item yet. */
  private boolean first;
  /** Whether a property name was just read, so that its value comes next. */
  private boolean afterName;
  private boolean started;
  private int valueStart;
  private int valueEnd;
  private boolean integral;

  /** Starts reading a line: the characters from {@code from} to {@code to}. */
  void start(char[] text, int from, int to) {
    line = text;
    position = from;
    length = to;
    current = null;
    depth = 0;
    first = false;
    afterName = false;
    started = false;
  }

  /** Returns the token read last. */
  @Nullable JsonToken currentToken() {
    return current;
  }

  /** Reads the next token; null after the root value, if the line ends there. */
  @Nullable JsonToken nextToken() {
    if (afterName) {
      afterName = false;
      return current = value();
    }
    if (depth == 0) {
      if (started) {
        skipSpace();
        if (position < length) {
          throw GIVE_UP;
        }
        return current = null;
      }
      started = true;
      return current = value();
    }
    skipSpace();
    char c = charAt(position);
    boolean object = objects[depth - 1];
    if (c == (object ? '}' : ']')) {
      position++;
      depth--;
      first = false;
      return current = object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
    }
    if (!first) {
      if (c != ',') {
        throw GIVE_UP;
      }
      position++;
    }
    first = false;
    if (object) {
      name();
      return current = JsonToken.PROPERTY_NAME;
    }
    return current = value();
  }

  /** Reads the next token; returns the property's name if it is one, else null. */
  @Nullable String nextName() {
    if (nextToken() != JsonToken.PROPERTY_NAME) {
      return null;
    }
    return nameText();
  }

  /**
   * Reads the next token, as {@link #nextName()} does, first trying whether it is the given
   * name written without spaces, as a writer following the format's order puts it.
   *
   * @param likely the name likely to come next, one of {@link RecordsFields}' constants
   * @return the name read, or null if the next token is not a name
   */
  @Nullable String nextName(String likely) {
    if (!afterName && depth > 0 && objects[depth - 1]) {
      int at = position;
      if (!first) {
        if (at >= length || line[at] != ',') {
          return nextName();
        }
        at++;
      }
      int count = likely.length();
      int end = at + count + 2;
      if (end < length && line[at] == '"' && line[end - 1] == '"' && line[end] == ':'
          && matches(at + 1, likely)) {
        position = end + 1;
        first = false;
        afterName = true;
        current = JsonToken.PROPERTY_NAME;
        return likely;
      }
    }
    return nextName();
  }

  /** The characters of the line being read (and more, around it). */
  char[] line() {
    return line;
  }

  /** The end of the line in {@link #line()}. */
  int end() {
    return length;
  }

  /** Where reading is in the line: just after the token read last. */
  int position() {
    return position;
  }

  /**
   * Skips to the end of the object just started, at {@code close}, its closing brace, as though
   * it had been read token by token; for an object read before with the same text.
   */
  void skipObject(int close) {
    position = close + 1;
    depth--;
    first = false;
    current = JsonToken.END_OBJECT;
  }

  /**
   * Reads a date written yyyy-mm-dd as the string value read last, packed as yyyy * 10000 + mm *
   * 100 + dd; -1 if it is not written so (whether such a day exists is not checked).
   */
  int packedDate() {
    if (valueEnd - valueStart != 10 || line[valueStart + 4] != '-'
        || line[valueStart + 7] != '-') {
      return -1;
    }
    int year = digitsAt(valueStart, 4);
    int month = digitsAt(valueStart + 5, 2);
    int day = digitsAt(valueStart + 8, 2);
    return year < 0 || month < 0 || day < 0 ? -1 : year * 10000 + month * 100 + day;
  }

  private int digitsAt(int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = line[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The text of the string value read last. */
  String getString() {
    return new String(line, valueStart, valueEnd - valueStart);
  }

  /** Whether the number read last is an integer (no fraction, no exponent). */
  boolean isIntegral() {
    return integral;
  }

  /** The number read last, as Jackson gives it as a double. */
  double numberValue() {
    if (integral) {
      long value = 0;
      boolean negative = line[valueStart] == '-';
      for (int i = negative ? valueStart + 1 : valueStart; i < valueEnd; i++) {
        value = value * 10 + (line[i] - '0');
      }
      return (double) (negative ? -value : value);
    }
    return Double.parseDouble(new String(line, valueStart, valueEnd - valueStart));
  }

  private String nameText() {
    int hash = 0;
    for (int i = valueStart; i < valueEnd; i++) {
      hash = 31 * hash + line[i];
    }
    int count = valueEnd - valueStart;
    for (int slot = hash & (TABLE.length - 1); TABLE[slot] != null;
        slot = (slot + 1) & (TABLE.length - 1)) {
      String known = TABLE[slot];
      if (known.length() == count && matches(valueStart, known)) {
        return known;
      }
    }
    return new String(line, valueStart, count);
  }

  private void name() {
    skipSpace();
    if (charAt(position) != '"') {
      throw GIVE_UP;
    }
    string();
    skipSpace();
    if (charAt(position) != ':') {
      throw GIVE_UP;
    }
    position++;
    afterName = true;
  }

  private JsonToken value() {
    skipSpace();
    char c = charAt(position);
    switch (c) {
      case '{':
      case '[':
        if (depth == MAX_DEPTH) {
          throw GIVE_UP;
        }
        position++;
        objects[depth++] = c == '{';
        first = true;
        return c == '{' ? JsonToken.START_OBJECT : JsonToken.START_ARRAY;
      case '"':
        string();
        return JsonToken.VALUE_STRING;
      case 't':
        literal("true");
        return JsonToken.VALUE_TRUE;
      case 'f':
        literal("false");
        return JsonToken.VALUE_FALSE;
      case 'n':
        literal("null");
        return JsonToken.VALUE_NULL;
      default:
        return number();
    }
  }

  /** Reads a string without escapes, leaving its text between valueStart and valueEnd. */
  private void string() {
    int i = position + 1;
    while (true) {
      if (i >= length) {
        throw GIVE_UP;
      }
      char c = line[i];
      if (c == '"') {
        break;
      }
      if (c == '\\' || c < 0x20) {
        throw GIVE_UP;
      }
      i++;
    }
    if (i - position - 1 > LocatedParser.MAX_STRING_LENGTH) {
      throw GIVE_UP;
    }
    valueStart = position + 1;
    valueEnd = i;
    position = i + 1;
  }

  /** Whether the line has the characters of {@code text} at {@code from} (within the line). */
  private boolean matches(int from, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (line[from + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void literal(String word) {
    int count = word.length();
    if (position + count > length) {
      throw GIVE_UP;
    }
    for (int i = 0; i < count; i++) {
      if (line[position + i] != word.charAt(i)) {
        throw GIVE_UP;
      }
    }
    position += count;
  }

  /** Reads a number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  private JsonToken number() {
    int start = position;
    int i = position;
    if (charAt(i) == '-') {
      i++;
    }
    int digits = i;
    if (charAt(i) == '0') {
      i++;
    } else {
      i = digits(i);
    }
    int integerDigits = i - digits;
    boolean fraction = false;
    if (i < length && line[i] == '.') {
      i = digits(i + 1);
      fraction = true;
    }
    if (i < length && (line[i] == 'e' || line[i] == 'E')) {
      i++;
      if (i < length && (line[i] == '+' || line[i] == '-')) {
        i++;
      }
      i = digits(i);
      fraction = true;
    }
    if (i - start > MAX_NUMBER || (!fraction && integerDigits > 18)) {
      throw GIVE_UP;
    }
    valueStart = start;
    valueEnd = i;
    integral = !fraction;
    position = i;
    return fraction ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT;
  }

  /** Reads one or more digits from {@code i}; returns the index after them. */
  private int digits(int i) {
    int from = i;
    while (i < length && line[i] >= '0' && line[i] <= '9') {
      i++;
    }
    if (i == from) {
      throw GIVE_UP;
    }
    return i;
  }

  private void skipSpace() {
    while (position < length) {
      char c = line[position];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      position++;
    }
  }

  private char charAt(int i) {
    if (i >= length) {
      throw GIVE_UP;
    }
    return line[i];
  }
}
