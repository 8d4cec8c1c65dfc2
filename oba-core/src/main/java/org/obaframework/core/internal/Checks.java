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
    if (!CODE.matcher(value).matches()) {
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
    if (!ID.matcher(value).matches()) {
      throw fail(ProblemType.INVALID_CODE, location, field, ID_SYNTAX, quote(value));
    }
    return value;
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

  /** Formats codes as {@code one of [A, B, C]}, or {@code none defined} when there are none. */
  public static String oneOf(Collection<String> codes) {
    if (codes.isEmpty()) {
      return "none defined";
    }
    String listed = codes.stream().limit(12).collect(Collectors.joining(", "));
    return "one of [" + listed + (codes.size() > 12 ? ", ..." : "") + "]";
  }
}
