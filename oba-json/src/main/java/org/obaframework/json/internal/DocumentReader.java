package org.obaframework.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Label;
import org.obaframework.json.ReadLimits;

/**
 * The common ground of the strict document readers: the problems found so far, whether unknown
 * properties are allowed, and the reading of the values every format shares (strings, numbers,
 * integers, booleans, enum constants, dates, labels, arrays of strings and of objects), each
 * problem placed at the JSON Pointer, line and column of the value concerned; and {@link
 * #follow}, which finds the value a field named by an oba-core problem is at.
 *
 * <p>A reader keeps only what is its own: its document's shape, and how it places the problems an
 * oba-core factory finds ({@link #build}). The few ways the formats word a problem differently
 * are the methods a reader may override: {@link #foundText}, {@link #foundName},
 * {@link #nowhere} and {@link #supported}.
 *
 * <p>Not thread-safe: one reader per document.
 */
abstract class DocumentReader {
  /** The property that holds a document's format version. */
  static final String FORMAT_PROPERTY = "formatVersion";

  /** The item of a problem with a document's shape, which a reader places at its value. */
  static final Item DOCUMENT = Item.of(Item.DOCUMENT);

  /** A JSON number, as a string that holds one by mistake would write it. */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
      "-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  /** oba-core's name of a label's texts as a whole, in the problems {@link Label#of} finds. */
  private static final String LABEL_TEXTS = "texts";


  /** The problems found so far, in the order found, up to the limit of problems listed. */
  protected final List<Problem> problems = new ArrayList<>();
  private final boolean allowUnknown;
  private final int listed;
  /** The problems found beyond the limit, counted but not kept. */
  private long unlisted;
  /** The problems found that leave a value unread: all but properties the format lacks. */
  private long blocking;
  private @Nullable Located root;

  /**
   * Creates a reader that lists up to {@link ReadLimits#PROBLEMS} problems.
   *
   * @param allowUnknown whether to ignore properties the format does not define
   */
  protected DocumentReader(boolean allowUnknown) {
    this(allowUnknown, ReadLimits.PROBLEMS);
  }

  /**
   * Creates a reader.
   *
   * @param allowUnknown whether to ignore properties the format does not define
   * @param listed the most problems kept; the rest are counted
   */
  protected DocumentReader(boolean allowUnknown, int listed) {
    this.allowUnknown = allowUnknown;
    this.listed = listed;
  }

  /**
   * Returns how many problems were found, listed or not.
   *
   * @return the count
   */
  public final long count() {
    return problems.size() + unlisted;
  }

  /**
   * Returns the problems listed, in the order found.
   *
   * @return a copy of the list
   */
  public final List<Problem> listed() {
    return List.copyOf(problems);
  }

  /**
   * Returns how many problems were found beyond the limit of problems listed.
   *
   * @return the count
   */
  public final long unlisted() {
    return unlisted;
  }

  /**
   * Returns how many problems were found that leave a value unread (listed or not): every
   * problem but a property the format does not define, which is reported and ignored, so that
   * the item around it is still built and checked, and its other problems reported too.
   *
   * @return the count
   */
  protected final long blocking() {
    return blocking;
  }

  /**
   * Runs a factory of oba-core, placing each problem it finds within {@code node}.
   *
   * @param <T> what the factory makes
   * @param node the value read
   * @param factory the factory
   * @return what the factory made, or null if it found problems
   */
  protected abstract <T> @Nullable T build(Located node, Supplier<T> factory);

  /**
   * Runs a factory of oba-core and adds each problem it finds, with its type, field, expectation
   * and finding, at the value {@code place} finds for it: {@link #build} for a reader that
   * differs from others only in where a problem goes.
   *
   * @param <T> what the factory makes
   * @param node the value read
   * @param factory the factory
   * @param place the value a problem of oba-core is placed at, given {@code node} and the problem
   * @return what the factory made, or null if it found problems
   */
  protected final <T> @Nullable T build(Located node, Supplier<T> factory,
      BiFunction<Located, Problem, Located> place) {
    try {
      return factory.get();
    } catch (ValidationException e) {
      for (Problem problem : e.problems()) {
        add(problem.at(place.apply(node, problem).position()));
      }
      return null;
    }
  }

  /**
   * Describes a string value that is not what was expected, for a problem's "found" part,
   * under oba's {@link Redaction} rule: its length, never its text.
   *
   * @param node a string value
   * @return such as {@code a text of 12 characters}
   */
  protected String foundText(Located node) {
    return Redaction.text(node.text());
  }

  /**
   * Describes a property the format does not define, for a problem's "found" part: quoted when
   * it follows the syntax of codes, else described, with the nearest property of the format.
   *
   * @param name the property's name
   * @param known the properties the format defines there
   * @return such as {@code 'colour'} or {@code a name of 12 characters}
   */
  protected String foundName(String name, Set<String> known) {
    return Redaction.name(name) + Redaction.suggest(name, known);
  }

  /**
   * Places a problem that has no value to be placed at: at the document's root, once a reader
   * knows it, else at the start of the document.
   *
   * @return the position
   */
  protected Problem.Position nowhere() {
    Located known = root;
    return known != null ? known.position() : new Problem.Position("", 1, 1);
  }

  /**
   * Tells this reader the root of its document (of its line, for a line of NDJSON), where a
   * problem with no value of its own is placed.
   *
   * @param root the root value
   */
  protected final void root(Located root) {
    this.root = root;
  }

  /**
   * Tells whether an integer format version is the one supported.
   *
   * @param format the format version's value, an integer
   * @param version the version supported
   * @return by default whether the value is exactly the version
   */
  protected boolean supported(Located format, int version) {
    return ((Number) format.scalar()).longValue() == version
        && ((Number) format.scalar()).doubleValue() == version;
  }

  /**
   * Checks a document's root: an object, with the supported format version, and with no property
   * the format does not define.
   *
   * @param root the document's root value
   * @param version the format version supported
   * @param known the properties the root may have
   * @return whether the version is supported (other problems may still have been found)
   */
  protected final boolean format(Located root, int version, Set<String> known) {
    if (!isKind(root, Located.Kind.OBJECT, "(document)")) {
      return false;
    }
    Located format = root.field(FORMAT_PROPERTY);
    if (format == null) {
      problem(ProblemType.MISSING_VALUE, root, FORMAT_PROPERTY, "formatVersion " + version,
          "none");
      return false;
    }
    if (format.kind() != Located.Kind.INTEGER || !supported(format, version)) {
      problem(ProblemType.UNSUPPORTED_FORMAT, format, FORMAT_PROPERTY,
          Integer.toString(version), format.kind() == Located.Kind.INTEGER
              || format.kind() == Located.Kind.DECIMAL ? String.valueOf(format.scalar())
              : format.describe());
      return false;
    }
    properties(root, known);
    return true;
  }

  /**
   * Reads an array of objects, each with {@code reader}; an item that is not an object, or that
   * the reader rejects, is left out. A missing array is a problem.
   */
  protected final <T> List<T> list(Located parent, String field,
      Function<Located, @Nullable T> reader) {
    return list(parent, field, true, reader);
  }

  /**
   * Reads an array of objects, each with {@code reader}; an item that is not an object, or that
   * the reader rejects, is left out. A missing array reads as empty, or is a problem if required.
   */
  protected final <T> List<T> list(Located parent, String field, boolean required,
      Function<Located, @Nullable T> reader) {
    List<T> read = new ArrayList<>();
    for (Located item : array(parent, field, required)) {
      if (isKind(item, Located.Kind.OBJECT, field)) {
        T value = reader.apply(item);
        if (value != null) {
          read.add(value);
        }
      }
    }
    return read;
  }

  /** Reads an array's items; none if it is missing (a problem if required) or not an array. */
  protected final List<Located> array(Located parent, String field, boolean required) {
    Located node = present(parent, field, required, "an array");
    return node != null && isKind(node, Located.Kind.ARRAY, field) ? node.items() : List.of();
  }

  /** Reads a required array of strings, leaving out the items that are not strings. */
  protected final List<String> strings(Located parent, String field) {
    return strings(parent, field, true);
  }

  /**
   * Reads an array of strings, leaving out the items that are not strings; a missing array reads
   * as empty, or is a problem if required.
   */
  protected final List<String> strings(Located parent, String field, boolean required) {
    List<String> read = new ArrayList<>();
    for (Located item : array(parent, field, required)) {
      if (isKind(item, Located.Kind.STRING, field)) {
        read.add(item.text());
      }
    }
    return read;
  }

  /** Reads a string; null if it is missing (a problem if required) or not a string. */
  protected final @Nullable String string(Located parent, String field, boolean required) {
    Located node = present(parent, field, required, "a string");
    return node != null && isKind(node, Located.Kind.STRING, field) ? node.text() : null;
  }

  /**
   * Reads a date, written yyyy-mm-dd.
   *
   * @param parent the object holding the date
   * @param field the date's property
   * @param required whether a missing date is a problem
   * @param expected the date's syntax, as a problem puts it
   * @param invalid the type of problem for a string that is not such a date
   * @return the date, or null if it is missing or wrong
   */
  protected final @Nullable LocalDate date(Located parent, String field, boolean required,
      String expected, ProblemType invalid) {
    Located node = present(parent, field, required, expected);
    if (node == null || !isKind(node, Located.Kind.STRING, field)) {
      return null;
    }
    LocalDate parsed = isoDate(node.text());
    if (parsed != null) {
      return parsed;
    }
    problem(invalid, node, field, expected, Redaction.date(node.text()));
    return null;
  }

  /**
   * Reads yyyy-mm-dd (ASCII digits) as a valid ISO date, as {@code LocalDate.parse} does, or
   * returns null; written out, since every record carries dates.
   */
  static @Nullable LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;   // no such day, such as 2025-02-30: the caller reports it
    }
  }

  /** The number written by the ASCII digits from {@code start} to {@code end}, or -1. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Reads a required date, written yyyy-mm-dd, as the formats of oba's outputs put it: a string
   * that is not such a date is invalid text.
   */
  protected final @Nullable LocalDate date(Located parent, String field) {
    return date(parent, field, true, "a date, YYYY-MM-DD", ProblemType.INVALID_TEXT);
  }

  /**
   * Reads a whole number that fits an {@code int}.
   *
   * @param parent the object holding the number
   * @param field the number's property
   * @param required whether a missing number is a problem
   * @return the number, or null if it is missing, not an integer or out of range
   */
  protected final @Nullable Integer integer(Located parent, String field, boolean required) {
    Located node = present(parent, field, required, "an integer");
    if (node == null || !isKind(node, Located.Kind.INTEGER, field)) {
      return null;
    }
    Number number = (Number) node.scalar();
    // Compared as long and as double, so that no integer too big for a long wraps into range.
    if (number.longValue() != number.doubleValue() || number.longValue() < Integer.MIN_VALUE
        || number.longValue() > Integer.MAX_VALUE) {
      problem(ProblemType.OUT_OF_RANGE, node, field, "an integer from " + Integer.MIN_VALUE
          + " to " + Integer.MAX_VALUE, number.doubleValue() > 0 ? "an integer above it"
              : "an integer below it");
      return null;
    }
    return number.intValue();
  }

  /**
   * Reads a finite number, whole or decimal.
   *
   * @param parent the object holding the number
   * @param field the number's property
   * @param required whether a missing number is a problem
   * @return the number, or null if it is missing, not a number or not finite
   */
  protected final @Nullable Double number(Located parent, String field, boolean required) {
    Located node = present(parent, field, required, "a number");
    return node == null ? null : number(node, field);
  }

  /**
   * Reads a value as a finite number, whole or decimal.
   *
   * @param node the value
   * @param field the value's property, for a problem
   * @return the number, or null if the value is not a number or not finite
   */
  protected final @Nullable Double number(Located node, String field) {
    if (node.kind() != Located.Kind.INTEGER && node.kind() != Located.Kind.DECIMAL) {
      problem(ProblemType.WRONG_TYPE, node, field, "a number", found(node, Located.Kind.DECIMAL));
      return null;
    }
    double value = ((Number) node.scalar()).doubleValue();
    if (!Double.isFinite(value)) {
      problem(ProblemType.OUT_OF_RANGE, node, field, "a finite number",
          "a number too large to hold");
      return null;
    }
    return value;
  }

  /**
   * Reads a boolean.
   *
   * @param parent the object holding the boolean
   * @param field the boolean's property
   * @param required whether a missing boolean is a problem
   * @return the boolean, or null if it is missing or not a boolean
   */
  protected final @Nullable Boolean bool(Located parent, String field, boolean required) {
    Located node = present(parent, field, required, "a boolean");
    return node != null && isKind(node, Located.Kind.BOOLEAN, field)
        ? (Boolean) node.scalar() : null;
  }

  /**
   * Follows the field an oba-core problem names, such as {@code pairing.raters} or {@code
   * levels[1].code}, from a value, as far as the document goes. Of a field such as {@code "lower,
   * upper"}, which names two, the first is followed.
   *
   * @param from the value the field belongs to
   * @param field the field
   * @param aliases oba-core's names of fields that the format spells differently, to its names
   * @return the deepest value reached, or null if not even the field's first step is there
   */
  protected static @Nullable Located follow(Located from, String field,
      Map<String, String> aliases) {
    return from.follow(field, aliases);
  }

  /** Reads a label: an object from language tag to text, made by {@link Label#of}. */
  protected final @Nullable Label label(Located parent, String field, boolean required) {
    Located node = present(parent, field, required,
        "a label: an object from language tag to text");
    if (node == null || !isKind(node, Located.Kind.OBJECT, field)) {
      return null;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, Located> text : node.fields().entrySet()) {
      if (isKind(text.getValue(), Located.Kind.STRING, field + "." + text.getKey())) {
        texts.put(text.getKey(), text.getValue().text());
      }
    }
    if (texts.size() < node.fields().size()) {
      return null;
    }
    try {
      return Label.of(texts);
    } catch (ValidationException e) {
      // oba-core calls the whole label "texts"; in the document it is this property.
      List<Problem> others = new ArrayList<>();
      for (Problem problem : e.problems()) {
        if (problem.field().equals(LABEL_TEXTS)) {
          problem(problem.type(), node, field, problem.expected(), problem.found());
        } else {
          others.add(problem);
        }
      }
      if (!others.isEmpty()) {
        build(node, () -> {
          throw new ValidationException(others);
        });
      }
      return null;
    }
  }

  /** Reads an enum constant by name; null if it is missing (a problem if required) or wrong. */
  protected final <E extends Enum<E>> @Nullable E enumeration(Located parent, String field,
      Class<E> type, boolean required) {
    Located node = parent.field(field);
    if (node == null) {
      if (required) {
        missing(parent, field, "one of [" + names(type) + "]");
      }
      return null;
    }
    if (!isKind(node, Located.Kind.STRING, field)) {
      return null;
    }
    E constant = constant(type, node.text());
    if (constant == null) {
      problem(ProblemType.INVALID_CODE, node, field, "one of [" + names(type) + "]",
          foundConstant(type, node));
    }
    return constant;
  }

  /**
   * Describes a string given where a constant of {@code type} belongs, with the nearest
   * constant: the text itself is never shown.
   */
  protected static <E extends Enum<E>> String foundConstant(Class<E> type, Located node) {
    return Redaction.value(node.text(), Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .toList());
  }

  /** The constant named {@code text}; null if there is none. */
  protected static <E extends Enum<E>> @Nullable E constant(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    return null;
  }

  /** The constants' names, for a problem's expectation; written only when one is reported. */
  protected static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  /** Returns a property's value, if present; a missing one is a problem if required. */
  protected final @Nullable Located present(Located parent, String field, boolean required,
      String expected) {
    Located node = parent.field(field);
    if (node == null && required) {
      missing(parent, field, expected);
    }
    return node;
  }

  /** Adds the problem of a missing property. */
  protected final void missing(Located parent, String field, String expected) {
    problem(ProblemType.MISSING_VALUE, parent, field, expected, "none");
  }

  /** Tells whether a value is of the kind expected; if not, that is a problem. */
  protected final boolean isKind(Located node, Located.Kind kind, String field) {
    if (node.kind() == kind) {
      return true;
    }
    problem(ProblemType.WRONG_TYPE, node, field, kind.description(), found(node, kind));
    return false;
  }

  /**
   * Describes a value of the wrong kind by its kind (never its text), with a hint at the common
   * mistakes: a number or a boolean written in quotes, one value where an array belongs.
   */
  static String found(Located node, Located.Kind expected) {
    String found = node.describe();
    boolean number = expected == Located.Kind.INTEGER || expected == Located.Kind.DECIMAL;
    if (node.kind() == Located.Kind.STRING) {
      String text = node.text().strip();
      if (number && NUMBER.matcher(text).matches()) {
        return found + " that holds a number: write the number without quotes";
      }
      if (expected == Located.Kind.BOOLEAN && (text.equals("true") || text.equals("false"))) {
        return found + " that holds true or false: write it without quotes";
      }
    }
    if (expected == Located.Kind.ARRAY && node.kind() != Located.Kind.NULL) {
      return found + ": put even a single value in an array, [ ]";
    }
    return found;
  }

  /** Adds a problem for each property of an object not in {@code known}, unless allowed. */
  protected final void properties(Located object, Set<String> known) {
    if (allowUnknown) {
      return;
    }
    for (String name : object.fields().keySet()) {
      if (!known.contains(name)) {
        int[] at = object.nameLocation(name);
        String expected = known.stream().sorted().collect(Collectors.joining(", "));
        add(Problem.of(ProblemType.UNKNOWN_PROPERTY, DOCUMENT, Redaction.key(name),
            "one of [" + expected + "]", foundName(name, known))
            .at(Located.child(object.pointer(), name), at[0], at[1]));
      }
    }
  }

  /** Adds a problem at a value, or at {@link #nowhere} if there is none. */
  protected final void problem(ProblemType type, @Nullable Located at, String field,
      String expected, String found) {
    add(Problem.of(type, DOCUMENT, field, expected, found)
        .at(at == null ? nowhere() : at.position()));
  }

  /** Adds a problem, or counts it once the limit of problems listed is reached. */
  protected final void add(Problem problem) {
    if (problem.type() != ProblemType.UNKNOWN_PROPERTY) {
      blocking++;
    }
    if (problems.size() < listed) {
      problems.add(problem);
    } else {
      unlisted++;
    }
  }

  /**
   * Shows a code of a definition document (or an outcome link) for a problem's "found" part
   * under oba's {@link Redaction} rule: quoted when it follows the syntax of ids, of which codes
   * are a part, else described. Never for a value of a record.
   */
  protected static String quote(String value) {
    return Redaction.id(value);
  }
}
