package org.obaframework.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;

/**
 * oba's one rule for what a message may show of its input, applied by every message of oba-core,
 * oba-json and the {@code oba} command, and by the {@code toString} of records.
 *
 * <p><b>The rule.</b> A message says where a problem is and what <em>kind</em> of thing was found
 * there: its type, its length, the first character that breaks a syntax, whether a date exists,
 * how far a date or number lies from the bound it breaks, the nearest valid value. It never shows
 * the text of a record's value, a label or a free-text field. It quotes only
 * <ul>
 *   <li>pseudonymous ids, in id fields and references, when they follow the syntax of ids
 *       ({@link #id}),
 *   <li>codes the framework declares (indicator, programme, level codes and the like), and codes
 *       a definition declares itself, when they follow the syntax of codes ({@link #code},
 *       {@link #declared}),
 *   <li>names of properties and attributes that follow the syntax of codes ({@link #name}).
 * </ul>
 * A string that breaks the syntax is described, never quoted: a name or an address typed into an
 * id field stays out of the message. Control characters are escaped in everything shown
 * ({@link #escape}), so that no value can forge a line of output. Messages of the JDK and of
 * libraries are passed on only as the kind of failure ({@link #phrase}).
 *
 * <pre>{@code
 * Redaction.id("C-0001");                    // 'C-0001'
 * Redaction.id("Jane Smith");                // an id of 10 characters with a space at position 5
 * Redaction.text("Zebedee Moonbeam");        // a text of 16 characters
 * Redaction.value("child", List.of("CHILD", "FAMILY"));
 *                                            // a text of 5 characters (the nearest valid value is 'CHILD')
 * Redaction.date("2025-02-30");              // a date that does not exist
 * Redaction.escape("a\nb");                  // a\nb, written as a backslash and an n
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Redaction {
  /** The longest code or id quoted before it is cut short with {@code ...}. */
  public static final int QUOTED = 40;
  private static final int MAX_CODE = 64;
  private static final int MAX_ID = 128;
  private static final String CODE_PUNCTUATION = "._-";
  private static final String ID_PUNCTUATION = "._:/-";

  private Redaction() {}

  /**
   * Shows a pseudonymous id: quoted when it follows the syntax of ids (and cut at {@value
   * #QUOTED} characters), else described by its length and its first character that breaks the
   * syntax.
   *
   * @param value the id
   * @return {@code 'C-0001'}, or such as {@code an id of 10 characters with a space at position 5}
   */
  public static String id(String value) {
    return isId(value) ? quote(value) : describe(value, "an id", "an empty id", MAX_ID,
        ID_PUNCTUATION);
  }

  /**
   * Shows a code a definition declares: quoted when it follows the syntax of codes, else
   * described.
   *
   * @param value the code
   * @return {@code 'RISK-CARE'}, or such as {@code a text of 9 characters with a space at
   *     position 5}
   */
  public static String code(String value) {
    return isCode(value) ? quote(value)
        : describe(value, "a text", "an empty text", MAX_CODE, CODE_PUNCTUATION);
  }

  /**
   * Shows a code given where one of {@code declared} belongs: quoted if it is one of them, else
   * described with the nearest declared code.
   *
   * @param value the code found
   * @param declared the codes the framework declares there
   * @return {@code 'RISK-CARE'}, or such as {@code an undeclared code of 8 characters (the
   *     nearest valid value is 'RISK-CARE')}
   */
  public static String declared(String value, Collection<String> declared) {
    if (declared.contains(value) && isCode(value)) {
      return quote(value);
    }
    if (!isId(value)) {
      return code(value) + suggest(value, declared);
    }
    return "an undeclared code of " + characters(value.length()) + suggest(value, declared);
  }

  /**
   * Describes a text without showing it: a record's value, a label, free text.
   *
   * @param value the text
   * @return such as {@code a text of 16 characters}, {@code an empty text} or {@code a blank text
   *     of 2 characters}
   */
  public static String text(String value) {
    if (value.isEmpty()) {
      return "an empty text";
    }
    return (value.isBlank() ? "a blank text of " : "a text of ") + characters(value.length())
        + lines(value);
  }

  /**
   * Describes a text found where one of {@code valid} belongs (an enum constant, a level of a
   * scale), with the nearest valid value, never the text itself.
   *
   * @param value the text found
   * @param valid the values allowed there
   * @return such as {@code a text of 5 characters (the nearest valid value is 'CHILD')}
   */
  public static String value(String value, Collection<String> valid) {
    return text(value) + suggest(value, valid);
  }

  /**
   * Shows the name of a property or an attribute: quoted when it follows the syntax of codes,
   * else described.
   *
   * @param value the name
   * @return {@code 'age-band'}, or such as {@code a name of 12 characters with a space at
   *     position 4}
   */
  public static String name(String value) {
    return isCode(value) ? quote(value)
        : describe(value, "a name", "an empty name", MAX_CODE, CODE_PUNCTUATION);
  }

  /**
   * Shows a name as one step of a field path or JSON Pointer: itself when it follows the syntax
   * of codes, else {@code (a name of N characters)}.
   *
   * @param value the name
   * @return the step
   */
  public static String key(String value) {
    return isCode(value) ? value : "(" + (value.isEmpty() ? "an empty name"
        : "a name of " + characters(value.length())) + ")";
  }

  /**
   * Describes a number outside a range by the bound it breaks, never the number itself.
   *
   * @param value the number found
   * @param lower the least value allowed
   * @param upper the greatest value allowed
   * @return such as {@code a number above the upper bound 100}
   */
  public static String number(double value, double lower, double upper) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "a number that is not finite";
    }
    if (value > upper) {
      return "a number above the upper bound " + plain(upper);
    }
    if (value < lower) {
      return "a number below the lower bound " + plain(lower);
    }
    return value == Math.rint(value) ? "a whole number within the bounds"
        : "a number with a fraction";
  }

  /**
   * Describes a text found where a date, {@code YYYY-MM-DD}, belongs.
   *
   * @param value the text
   * @return {@code a date that does not exist} for a date such as {@code 2025-02-30}, else such
   *     as {@code a text of 12 characters that is not a date}
   */
  public static String date(String value) {
    if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
        && digits(value, 0, 4) && digits(value, 5, 7) && digits(value, 8, 10)) {
      return "a date that does not exist";
    }
    return text(value) + " that is not a date";
  }

  /**
   * Describes a date of a record by how far it lies from a bound it breaks, never the date.
   *
   * @param date the date found
   * @param bound the bound
   * @param boundName how the message names the bound, such as {@code "the as-of date"}
   * @return such as {@code a date 5 days after the as-of date}
   */
  public static String date(LocalDate date, LocalDate bound, String boundName) {
    long days = ChronoUnit.DAYS.between(bound, date);
    if (days == 0) {
      return "a date on " + boundName;
    }
    long n = Math.abs(days);
    return "a date " + n + (n == 1 ? " day " : " days ") + (days > 0 ? "after " : "before ")
        + boundName;
  }

  /**
   * Quotes a code or id known to be safe to show (declared, or checked against a syntax), cut at
   * {@value #QUOTED} characters, with control characters escaped.
   *
   * @param value the code or id
   * @return the quoted text, such as {@code 'RISK-CARE'}
   */
  public static String quote(String value) {
    String shown = value.length() > QUOTED ? value.substring(0, QUOTED) + "..." : value;
    return "'" + escape(shown) + "'";
  }

  /**
   * Escapes the characters that would let a text change what a terminal, a log or a report
   * shows: control characters (C0, DEL and C1, so newlines and terminal escape sequences), line
   * and paragraph separators, and the bidirectional formatting characters. Each becomes {@code
   * \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}; a backslash before such an escape is not
   * doubled, so ordinary text reads as it is.
   *
   * @param text the text
   * @return the text, escaped; the same string when it holds no such character
   */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !isUnsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnsafe(c)) {
        escaped.append(c);
      } else if (c == '\n') {
        escaped.append("\\n");
      } else if (c == '\r') {
        escaped.append("\\r");
      } else if (c == '\t') {
        escaped.append("\\t");
      } else {
        escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return escaped.toString();
  }

  /**
   * Tells whether a character is one {@link #escape} escapes.
   *
   * @param c the character
   * @return whether it is a control, line separating or bidirectional formatting character
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
        || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
  }

  /**
   * Keeps of a message from the JDK or a library (Jackson's syntax errors, {@code
   * DateTimeParseException}, {@code NumberFormatException}) only its opening words, the kind of
   * failure, up to the first quote, bracket, colon, digit or line end: such messages quote the
   * text they failed on. {@code Unrecognized token 'Zebedee': was expecting ...} becomes {@code
   * Unrecognized token}.
   *
   * @param message the message, possibly null
   * @return its opening words, or {@code "unreadable input"} if there are none
   */
  public static String phrase(@org.jspecify.annotations.Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    int end = 0;
    while (end < message.length()) {
      char c = message.charAt(end);
      if (!(Character.isLetter(c) && c < 0x80 || c == ' ' || c == '-')) {
        break;
      }
      end++;
    }
    String words = message.substring(0, end).strip();
    // A cut inside a word, such as "UTF-" of "UTF-8", leaves a dangling hyphen.
    while (words.endsWith("-")) {
      words = words.substring(0, words.length() - 1).strip();
    }
    return words.isEmpty() ? "unreadable input" : words;
  }

  /**
   * Tells whether a value follows the syntax of ids: 1-128 ASCII letters, digits, '.', '_', ':',
   * '/' or '-', starting with a letter or digit.
   *
   * @param value the value
   * @return whether it is an id
   */
  public static boolean isId(String value) {
    return matches(value, MAX_ID, ID_PUNCTUATION);
  }

  /**
   * Tells whether a value follows the syntax of codes: 1-64 ASCII letters, digits, '.', '_' or
   * '-', starting with a letter or digit.
   *
   * @param value the value
   * @return whether it is a code
   */
  public static boolean isCode(String value) {
    return matches(value, MAX_CODE, CODE_PUNCTUATION);
  }

  /** Writes {@code N character(s)}. */
  static String characters(int n) {
    return n + (n == 1 ? " character" : " characters");
  }

  private static String lines(String value) {
    long breaks = value.chars().filter(c -> c == '\n').count();
    return breaks == 0 ? "" : " on " + (breaks + 1) + " lines";
  }

  private static boolean matches(String value, int max, String punctuation) {
    int length = value.length();
    if (length == 0 || length > max || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && punctuation.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * Describes a value that breaks a syntax: its length and its first character that breaks it,
   * shown when printable (one character, never a word: the letters before it are allowed and
   * not shown), else as its code point.
   */
  private static String describe(String value, String noun, String empty, int max,
      String punctuation) {
    if (value.isEmpty()) {
      return empty;
    }
    String length = noun + " of " + characters(value.length());
    if (value.length() > max) {
      return length;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed = isAsciiLetterOrDigit(c) || i > 0 && punctuation.indexOf(c) >= 0;
      if (!allowed) {
        String shown = c == ' ' ? "a space"
            : Character.isWhitespace(c) || isUnsafe(c) || Character.isISOControl(c)
                ? String.format(Locale.ROOT, "the character U+%04X", (int) c)
                : "'" + c + "'";
        return length + " with " + shown + " at position " + (i + 1);
      }
    }
    return length;
  }

  /**
   * Suggests the nearest of {@code valid} to {@code value}, when one is near enough to be the one
   * meant (by edit distance, ignoring case): a valid value is safe to show, the value is not.
   *
   * @param value the value found
   * @param valid the values allowed
   * @return {@code " (the nearest valid value is 'X')"}, or an empty string
   */
  public static String suggest(String value, Collection<String> valid) {
    if (value.isEmpty() || value.length() > 2 * MAX_CODE || valid.size() > 10_000) {
      return "";
    }
    String lower = value.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : valid) {
      if (!isId(candidate)) {
        continue;
      }
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null || bestDistance > Math.max(2, best.length() / 3)) {
      return "";
    }
    return " (the nearest valid value is " + quote(best) + ")";
  }

  /** The Levenshtein distance of two short strings. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static boolean digits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A bound as a message writes it: whole numbers without a fraction. */
  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }
}
