package org.obaframework.json;

import java.util.Objects;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

/**
 * The limits within which oba-json reads a document, so that no input, however large or
 * malformed, makes a reader run for long or fill the heap: a document's length, a string's
 * length, a property name's length, a number's length, nesting depth, how many values a
 * document may hold, and how many problems an exception lists (the rest are counted).
 *
 * <pre>{@code
 * FrameworkJson.standard().withLimits(ReadLimits.defaults().withDocumentLength(64L << 20))
 *     .read(in);
 * }</pre>
 *
 * <p>A document that breaks a limit fails with one {@code MALFORMED_DOCUMENT} problem naming the
 * limit and how to raise it; reading stops there, in time and memory proportional to the limit.
 * The defaults ({@link #defaults()}) suit documents of a few hundred thousand records; larger
 * batches of records belong in NDJSON ({@link RecordsNdjson}), read one subject at a time.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadLimits {
  /** The default longest document: 16 MiB (characters, or bytes of UTF-8). */
  public static final long DOCUMENT_LENGTH = 16L << 20;
  /** The default longest string: 1 MiB characters. */
  public static final int STRING_LENGTH = 1 << 20;
  /** The default longest property name, in characters. */
  public static final int NAME_LENGTH = 1_000;
  /** The default longest number, in characters. */
  public static final int NUMBER_LENGTH = 100;
  /** The default deepest nesting of arrays and objects. */
  public static final int DEPTH = 64;
  /** The default most values (objects, arrays, strings, numbers, ...) in one document. */
  public static final int VALUES = 2_000_000;
  /** The default most problems an exception lists; beyond it, problems are only counted. */
  public static final int PROBLEMS = 10_000;

  private static final ReadLimits DEFAULTS = new ReadLimits(DOCUMENT_LENGTH, STRING_LENGTH,
      NAME_LENGTH, NUMBER_LENGTH, DEPTH, VALUES, PROBLEMS);

  private final long documentLength;
  private final int stringLength;
  private final int nameLength;
  private final int numberLength;
  private final int depth;
  private final int values;
  private final int problems;

  private ReadLimits(long documentLength, int stringLength, int nameLength, int numberLength,
      int depth, int values, int problems) {
    this.documentLength = documentLength;
    this.stringLength = stringLength;
    this.nameLength = nameLength;
    this.numberLength = numberLength;
    this.depth = depth;
    this.values = values;
    this.problems = problems;
  }

  /**
   * Returns the default limits: documents of {@value #DOCUMENT_LENGTH} characters, strings of
   * {@value #STRING_LENGTH}, names of {@value #NAME_LENGTH}, numbers of {@value
   * #NUMBER_LENGTH}, nesting {@value #DEPTH} deep, {@value #VALUES} values, {@value #PROBLEMS}
   * problems listed.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another longest document.
   *
   * @param characters the most characters (or bytes of UTF-8), at least 1
   * @return the copy
   * @throws ValidationException if {@code characters} is below 1
   */
  public ReadLimits withDocumentLength(long characters) {
    return new ReadLimits(atLeast(characters, 1, "documentLength"), stringLength, nameLength,
        numberLength, depth, values, problems);
  }

  /**
   * Returns a copy with another longest string.
   *
   * @param characters the most characters, at least 1
   * @return the copy
   * @throws ValidationException if {@code characters} is below 1
   */
  public ReadLimits withStringLength(int characters) {
    return new ReadLimits(documentLength, (int) atLeast(characters, 1, "stringLength"),
        nameLength, numberLength, depth, values, problems);
  }

  /**
   * Returns a copy with another deepest nesting.
   *
   * @param levels the most levels of arrays and objects, at least 1
   * @return the copy
   * @throws ValidationException if {@code levels} is below 1
   */
  public ReadLimits withDepth(int levels) {
    return new ReadLimits(documentLength, stringLength, nameLength, numberLength,
        (int) atLeast(levels, 1, "depth"), values, problems);
  }

  /**
   * Returns a copy with another most values in one document.
   *
   * @param count the most values, at least 1
   * @return the copy
   * @throws ValidationException if {@code count} is below 1
   */
  public ReadLimits withValues(int count) {
    return new ReadLimits(documentLength, stringLength, nameLength, numberLength, depth,
        (int) atLeast(count, 1, "values"), problems);
  }

  /**
   * Returns a copy that lists another most problems; every problem beyond it is still counted,
   * and the exception says how many were not listed.
   *
   * @param count the most problems listed, at least 1
   * @return the copy
   * @throws ValidationException if {@code count} is below 1
   */
  public ReadLimits withProblems(int count) {
    return new ReadLimits(documentLength, stringLength, nameLength, numberLength, depth, values,
        (int) atLeast(count, 1, "problems"));
  }

  /**
   * Returns the longest document, in characters (or bytes of UTF-8).
   *
   * @return the limit
   */
  public long documentLength() {
    return documentLength;
  }

  /**
   * Returns the longest string, in characters.
   *
   * @return the limit
   */
  public int stringLength() {
    return stringLength;
  }

  /**
   * Returns the longest property name, in characters.
   *
   * @return the limit
   */
  public int nameLength() {
    return nameLength;
  }

  /**
   * Returns the longest number, in characters.
   *
   * @return the limit
   */
  public int numberLength() {
    return numberLength;
  }

  /**
   * Returns the deepest nesting of arrays and objects.
   *
   * @return the limit
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the most values one document may hold.
   *
   * @return the limit
   */
  public int values() {
    return values;
  }

  /**
   * Returns the most problems an exception lists.
   *
   * @return the limit
   */
  public int problems() {
    return problems;
  }

  /**
   * Describes the limits, as a problem's expectation.
   *
   * @return such as {@code a document within oba's limits (documents of ...)}
   */
  public String describe() {
    return "a document within oba's limits (documents of " + documentLength
        + " characters, strings of " + stringLength + ", names of " + nameLength
        + ", numbers of " + numberLength + ", nesting depth " + depth + ", " + values
        + " values; see ReadLimits)";
  }

  private static long atLeast(long value, long least, String name) {
    if (value < least) {
      throw new ValidationException(Problem.of(ProblemType.OUT_OF_RANGE, Item.of("read limits"),
          name, "at least " + least, value + ""));
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimits that && documentLength == that.documentLength
        && stringLength == that.stringLength && nameLength == that.nameLength
        && numberLength == that.numberLength && depth == that.depth && values == that.values
        && problems == that.problems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(documentLength, stringLength, nameLength, numberLength, depth, values,
        problems);
  }

  @Override
  public String toString() {
    return "ReadLimits[document " + documentLength + ", string " + stringLength + ", name "
        + nameLength + ", number " + numberLength + ", depth " + depth + ", values " + values
        + ", problems " + problems + "]";
  }
}
