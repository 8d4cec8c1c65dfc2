package org.obaframework.core.internal;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

/** Argument checks shared by oba's factories; each failure is a {@link ValidationException}. */
public final class Checks {
  /** Codes of definitions: a letter or digit, then letters, digits, '.', '_' or '-'; 1-64 long. */
  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** The syntax of codes, as a problem's expectation. */
  public static final String CODE_SYNTAX =
      "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit";
  /** Pseudonymous ids of records: like codes, also ':' and '/', up to 128 long. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
  /** The syntax of ids, as a problem's expectation. */
  public static final String ID_SYNTAX =
      "1-128 letters, digits, '.', '_', ':', '/' or '-', starting with a letter or digit";
  /** A number in canonical text: decimal, with an optional exponent. */
  public static final Pattern NUMBER =
      Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final boolean[] ALPHANUMERIC = characters("");
  private static final boolean[] CODE_CHARACTERS = characters("._-");
  private static final boolean[] ID_CHARACTERS = characters("._:/-");
  /** The longest string a problem quotes before it cuts it short. */
  private static final int QUOTED = 40;

  private Checks() {}

  /**
   * Checks that {@code value} is a code.
   *
   * @return {@code value}
   * @throws ValidationException naming location and field if it is not
   */
  public static String code(String location, String field, String value) {
    if (!matches(value, 64, CODE_CHARACTERS)) {
      throw fail(ProblemType.INVALID_CODE, location, field, CODE_SYNTAX, quote(value));
    }
    return value;
  }

  /**
   * Checks that {@code value} is a record id.
   *
   * @return {@code value}
   * @throws ValidationException naming location and field if it is not
   */
  public static String id(String location, String field, String value) {
    if (!matches(value, 128, ID_CHARACTERS)) {
      throw fail(ProblemType.INVALID_CODE, location, field, ID_SYNTAX, describeId(value));
    }
    return value;
  }

  /**
   * Tells whether {@code value} is a record id, for checks that build their message only when
   * one fails.
   *
   * @param value the value
   * @return whether {@link #id} accepts it
   */
  public static boolean isId(String value) {
    return matches(value, 128, ID_CHARACTERS);
  }

  /**
   * Tells whether a value is 1 to {@code max} characters, an ASCII letter or digit first, then
   * letters, digits or the allowed punctuation: the same as {@link #CODE} and {@link #ID}, without
   * a regular expression, since every record's ids are checked.
   */
  private static boolean matches(String value, int max, boolean[] allowed) {
    int length = value.length();
    if (length == 0 || length > max) {
      return false;
    }
    char first = value.charAt(0);
    if (first >= 128 || !ALPHANUMERIC[first]) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 128 || !allowed[c]) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII characters allowed, as a table: every record's ids are checked. */
  private static boolean[] characters(String punctuation) {
    boolean[] allowed = new boolean[128];
    for (char c = '0'; c <= '9'; c++) {
      allowed[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      allowed[c] = true;
      allowed[Character.toUpperCase(c)] = true;
    }
    for (int i = 0; i < punctuation.length(); i++) {
      allowed[punctuation.charAt(i)] = true;
    }
    return allowed;
  }

  /**
   * Describes a malformed id without quoting it: an id that breaks the syntax may be a name or
   * other identifying text, so only its length and first offending character are told.
   */
  private static String describeId(String value) {
    if (value.isEmpty()) {
      return "an empty id";
    }
    String length = "an id of " + value.length()
        + (value.length() == 1 ? " character" : " characters");
    if (value.length() > 128) {
      return length;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed = Character.isLetterOrDigit(c) && c < 128
          || i > 0 && ".-_:/".indexOf(c) >= 0;
      if (!allowed) {
        String shown = c == ' ' ? "a space"
            : Character.isWhitespace(c) || Character.isISOControl(c)
                ? String.format("the character U+%04X", (int) c) : "'" + c + "'";
        return length + " with " + shown + " at position " + (i + 1);
      }
    }
    return length;
  }

  /**
   * Checks that {@code value} is not blank.
   *
   * @return {@code value}
   * @throws ValidationException naming location and field if it is blank
   */
  public static String text(String location, String field, String value) {
    if (value.isBlank()) {
      throw fail(ProblemType.INVALID_TEXT, location, field, "a non-blank text", quote(value));
    }
    return value;
  }

  /** Returns an exception with one problem, for the caller to throw. */
  public static ValidationException fail(
      ProblemType type, String location, String field, String expected, String found) {
    return new ValidationException(Problem.of(type, location, field, expected, found));
  }

  /** Quotes a code or id for a message, cutting long strings short. */
  public static String quote(String value) {
    String shown = value.length() > QUOTED ? value.substring(0, QUOTED) + "..." : value;
    return "'" + shown + "'";
  }

  /** Names an item for a problem's location, such as {@code indicator 'RISK'}. */
  public static String named(String kind, String code) {
    return kind + " " + quote(code);
  }

  /**
   * Returns the problem of an id or code used twice, in one wording wherever it is found.
   *
   * @param kind the kind of item, such as {@code "episode"}
   * @param id the id or code used twice
   * @return the problem
   */
  public static Problem duplicate(String kind, String id) {
    return Problem.of(ProblemType.DUPLICATE_CODE, named(kind, id), "id",
        "an id used by no other " + kind, "a second " + kind + " with this id");
  }

  /** Formats codes as {@code one of [A, B, C]}, or {@code none defined} when there are none. */
  public static String oneOf(Collection<String> codes) {
    if (codes.isEmpty()) {
      return "none defined";
    }
    String listed = codes.stream().limit(12).collect(Collectors.joining(", "));
    return "one of [" + listed + (codes.size() > 12 ? ", ..." : "") + "]";
  }
}
