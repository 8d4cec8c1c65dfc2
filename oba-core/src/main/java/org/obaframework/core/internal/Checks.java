package org.obaframework.core.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.stats.Wilson;

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

  private Checks() {}

  /**
   * Checks that {@code value} is a code.
   *
   * @param item the item the code belongs to
   * @param field the field
   * @param value the value
   * @return {@code value}
   * @throws ValidationException naming item and field if it is not, describing the value
   */
  public static String code(Item item, String field, String value) {
    if (!Redaction.isCode(value)) {
      throw fail(ProblemType.INVALID_CODE, item, field, CODE_SYNTAX, Redaction.code(value));
    }
    return value;
  }

  /**
   * Checks that {@code value} is a code.
   *
   * @return {@code value}
   * @throws ValidationException naming location and field if it is not
   * @deprecated name the item with {@link #code(Item, String, String)}
   */
  @Deprecated
  public static String code(String location, String field, String value) {
    return code(Item.of(location), field, value);
  }

  /**
   * Checks that {@code value} is a record id.
   *
   * @param item the item the id belongs to
   * @param field the field
   * @param value the value
   * @return {@code value}
   * @throws ValidationException naming item and field if it is not, describing the value
   */
  public static String id(Item item, String field, String value) {
    if (!Redaction.isId(value)) {
      throw fail(ProblemType.INVALID_CODE, item, field, ID_SYNTAX, Redaction.id(value));
    }
    return value;
  }

  /**
   * Checks that {@code value} is a record id.
   *
   * @return {@code value}
   * @throws ValidationException naming location and field if it is not
   * @deprecated name the item with {@link #id(Item, String, String)}
   */
  @Deprecated
  public static String id(String location, String field, String value) {
    return id(Item.of(location), field, value);
  }

  /**
   * Tells whether {@code value} is a record id, for checks that build their message only when
   * one fails.
   *
   * @param value the value
   * @return whether {@link #id} accepts it
   */
  public static boolean isId(String value) {
    return Redaction.isId(value);
  }

  /**
   * Checks that {@code value} is a text: not blank, and without control characters other than
   * line breaks and tabs (no terminal escape sequences, lone carriage returns, line separators or
   * bidirectional overrides; see {@link Redaction#isUnsafe}), so that no text of a definition can
   * change a terminal or overwrite a printed line; renderers escape the line breaks of a text
   * they print on one line.
   *
   * @param item the item the text belongs to
   * @param field the field
   * @param value the value
   * @return {@code value}
   * @throws ValidationException naming item and field if it is blank or holds a control
   *     character, describing it, never quoting it
   */
  public static String text(Item item, String field, String value) {
    Optional<Problem> problem = textProblem(item, field, value);
    if (problem.isPresent()) {
      throw new ValidationException(problem.get());
    }
    return value;
  }

  /**
   * Returns the problem {@link #text(Item, String, String)} would throw, for validators that
   * collect every problem.
   *
   * @param item the item the text belongs to
   * @param field the field
   * @param value the value
   * @return the problem, if the text is blank or holds a control character
   */
  public static Optional<Problem> textProblem(Item item, String field, String value) {
    if (value.isBlank()) {
      return Optional.of(Problem.of(ProblemType.INVALID_TEXT, item, field, "a non-blank text",
          Redaction.text(value)));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      // Line breaks and tabs are text (a definition may run over lines); a carriage return only
      // before a line feed, never alone, where it would move back over a printed line.
      boolean text = c == '\n' || c == '\t'
          || c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n';
      if (!text && Redaction.isUnsafe(c)) {
        return Optional.of(Problem.of(ProblemType.INVALID_TEXT, item, field,
            "a text without control characters other than line breaks and tabs", Redaction.text(value) + String.format(
                Locale.ROOT, " with the control character U+%04X at position %d",
                (int) value.charAt(i), i + 1)));
      }
    }
    return Optional.empty();
  }

  /**
   * Checks that {@code value} is not blank.
   *
   * @return {@code value}
   * @throws ValidationException naming location and field if it is blank
   * @deprecated name the item with {@link #text(Item, String, String)}
   */
  @Deprecated
  public static String text(String location, String field, String value) {
    return text(Item.of(location), field, value);
  }

  /**
   * Checks a confidence level: above 0 and at most {@link Wilson#MAX_CONFIDENCE}, so that every
   * interval made at it is finite.
   *
   * @param item the item the level belongs to
   * @param level the level
   * @return {@code level}
   * @throws ValidationException naming item and range if it is out of range
   */
  public static double confidence(Item item, double level) {
    if (!(level > 0 && level <= Wilson.MAX_CONFIDENCE)) {
      throw fail(ProblemType.OUT_OF_RANGE, item, "confidence", Wilson.CONFIDENCE_RANGE,
          Double.toString(level));
    }
    return level;
  }

  /** Returns an exception with one problem about an item, for the caller to throw. */
  public static ValidationException fail(
      ProblemType type, Item item, String field, String expected, String found) {
    return new ValidationException(Problem.of(type, item, field, expected, found));
  }

  /**
   * Returns an exception with one problem, for the caller to throw.
   *
   * @deprecated name the item with {@link #fail(ProblemType, Item, String, String, String)}
   */
  @Deprecated
  public static ValidationException fail(
      ProblemType type, String location, String field, String expected, String found) {
    return fail(type, Item.of(location), field, expected, found);
  }

  /**
   * Counts things in words, singular for one: {@code 1 indicator}, {@code 2 indicators}, {@code
   * 3 families}.
   *
   * @param count how many
   * @param thing the thing, singular
   * @return the count and the thing
   */
  public static String count(long count, String thing) {
    if (count == 1) {
      return "1 " + thing;
    }
    boolean consonantY = thing.length() > 1 && thing.endsWith("y")
        && "aeiou".indexOf(thing.charAt(thing.length() - 2)) < 0;
    return count + " " + (consonantY ? thing.substring(0, thing.length() - 1) + "ies"
        : thing + "s");
  }

  /**
   * Shows a code or id under the redaction rule: quoted when it follows the syntax of ids (cut
   * at 40 characters), else described by its length, never quoted. Values of a child's record
   * (rated levels, numbers, dates) take {@link Redaction#value}, {@link Redaction#number} and
   * {@link Redaction#date} instead: they are never quoted.
   */
  public static String quote(String value) {
    return Redaction.id(value);
  }

  /**
   * Names an item for a problem's location, such as {@code indicator 'RISK'}.
   *
   * @deprecated use {@link Item#of(String, String)}, which readers can look up
   */
  @Deprecated
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
    return Problem.of(ProblemType.DUPLICATE_CODE, Item.of(kind, id), "id",
        "an id used by no other " + kind, "a second " + kind + " with this id");
  }

  /** Formats codes as {@code one of [A, B, C]}, or {@code none defined} when there are none. */
  public static String oneOf(Collection<String> codes) {
    if (codes.isEmpty()) {
      return "none defined";
    }
    String listed = codes.stream().limit(12).map(Redaction::escape)
        .collect(Collectors.joining(", "));
    return "one of [" + listed + (codes.size() > 12 ? ", ..." : "") + "]";
  }
}
