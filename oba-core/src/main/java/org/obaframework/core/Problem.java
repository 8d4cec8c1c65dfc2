package org.obaframework.core;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a definition, a record or a document, as data: its type, the {@link Item}
 * it is about (kind and id), the field path within the item, what was expected and what was
 * found, and, once a reader has placed it, its {@link Position} in the document. The message is
 * derived from them.
 *
 * <pre>{@code
 * Problem p = Problem.of(ProblemType.UNKNOWN_REFERENCE, Item.of(Item.PROGRAMME, "IFS"),
 *     "serviceArea", "one of [FS, RC]", Redaction.declared("XX", List.of("FS", "RC")));
 * p.message();  // programme 'IFS', field serviceArea: unknown reference; expected one of
 *               // [FS, RC], found an undeclared code of 2 characters
 * p.item().find(Item.PROGRAMME);                  // where it is, for a reader to look up
 * p.at("/programmes/0/serviceArea", 12, 22);      // placed in a document
 * }</pre>
 *
 * <p>What was found is a description under oba's {@link Redaction} rule, never the text of a
 * record's value, a label or free text; the message escapes control characters. Immutable and
 * thread-safe.
 */
public final class Problem implements Serializable {
  private static final long serialVersionUID = 2L;
  private final ProblemType type;
  private final Item item;
  private final String field;
  private final String expected;
  private final String found;
  private final @Nullable Position position;

  /**
   * Where a problem is in a document: a JSON Pointer (whose steps that are not codes are
   * described, not shown), a line and a column, from 1.
   *
   * @param pointer the JSON Pointer; empty for the document's root
   * @param line the line
   * @param column the column
   */
  public record Position(String pointer, int line, int column) implements Serializable {
    /**
     * Checks the pointer.
     *
     * @param pointer the JSON Pointer
     * @param line the line
     * @param column the column
     */
    public Position {
      Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Returns the position as a message writes it: {@code /reviews/3 (line 5, column 3)}, and
     * {@code (root)} for the whole document.
     */
    @Override
    public String toString() {
      return (pointer.isEmpty() ? "(root)" : Redaction.escape(pointer)) + " (line " + line
          + ", column " + column + ")";
    }
  }

  private Problem(ProblemType type, Item item, String field, String expected, String found,
      @Nullable Position position) {
    this.type = Objects.requireNonNull(type, "type");
    this.item = Objects.requireNonNull(item, "item");
    this.field = Objects.requireNonNull(field, "field");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = Objects.requireNonNull(found, "found");
    this.position = position;
  }

  /**
   * Creates a problem about an item.
   *
   * @param type the kind of problem
   * @param item the item concerned, such as {@code Item.of(Item.REVIEW, "R-17")}
   * @param field the field path within the item, such as {@code "ratings[2].value"}
   * @param expected what the field should hold
   * @param found what the field holds, described under the {@link Redaction} rule
   * @return the problem
   */
  public static Problem of(ProblemType type, Item item, String field, String expected,
      String found) {
    return new Problem(type, item, field, expected, found, null);
  }

  /**
   * Creates a problem whose item is named by a text alone, which no reader can look up.
   *
   * @param type the kind of problem
   * @param location the item concerned, as text, such as {@code "programme 'IFS'"}
   * @param field the field concerned, such as {@code "ratings[2].value"}
   * @param expected what the field should hold
   * @param found what the field holds, described under the {@link Redaction} rule
   * @return the problem
   * @deprecated name the item with {@link #of(ProblemType, Item, String, String, String)}, so that
   *     readers can place the problem at it
   */
  @Deprecated
  public static Problem of(ProblemType type, String location, String field, String expected,
      String found) {
    return new Problem(type, Item.of(location), field, expected, found, null);
  }

  /**
   * Returns the kind of problem.
   *
   * @return the type
   */
  public ProblemType type() {
    return type;
  }

  /**
   * Returns the item concerned, such as {@code review 'R-17' of episode 'E-4'}.
   *
   * @return the item
   */
  public Item item() {
    return item;
  }

  /**
   * Returns where the problem is, as a message writes it: its position in a document, such as
   * {@code /reviews/3 (line 5, column 3)}, once placed, else its item.
   *
   * @return the location
   */
  public String location() {
    return position != null ? position.toString() : item.toString();
  }

  /**
   * Returns the problem's position in a document, once a reader has placed it.
   *
   * @return the position, if placed
   */
  public Optional<Position> position() {
    return Optional.ofNullable(position);
  }

  /**
   * Returns the field path within the item, such as {@code "scale.levels[2]"}.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * Returns what the field should hold.
   *
   * @return the expectation
   */
  public String expected() {
    return expected;
  }

  /**
   * Returns what the field holds, as described under the {@link Redaction} rule.
   *
   * @return the finding
   */
  public String found() {
    return found;
  }

  /**
   * Returns a copy placed in a document.
   *
   * @param pointer the JSON Pointer of the value concerned (steps that are not codes described)
   * @param line its line, from 1
   * @param column its column, from 1
   * @return the placed problem
   */
  public Problem at(String pointer, int line, int column) {
    return at(new Position(pointer, line, column));
  }

  /**
   * Returns a copy placed in a document.
   *
   * @param position where the problem is
   * @return the placed problem
   */
  public Problem at(Position position) {
    return new Problem(type, item, field, expected, found,
        Objects.requireNonNull(position, "position"));
  }

  /**
   * Returns a copy with another field path, such as the path of the field in a document.
   *
   * @param field the field path
   * @return the copy
   */
  public Problem withField(String field) {
    return new Problem(type, item, field, expected, found, position);
  }

  /**
   * Returns a copy of this problem placed inside a larger item: the location becomes {@code
   * outer + ", " + item}.
   *
   * @param outer the enclosing item, such as {@code Item.of(Item.FRAMEWORK, "AfC")}
   * @return the placed problem
   */
  public Problem within(Item outer) {
    return new Problem(type, item.within(outer), field, expected, found, position);
  }

  /**
   * Returns a copy of this problem placed inside a larger item named by text.
   *
   * @param outer the enclosing item, as text
   * @return the placed problem
   * @deprecated use {@link #within(Item)}
   */
  @Deprecated
  public Problem within(String outer) {
    return within(Item.of(outer));
  }

  /**
   * Returns the readable message: location, the item when the problem is placed in a document
   * and its item has an id, field, description of the type, expected and found; control
   * characters escaped.
   *
   * @return the message
   */
  public String message() {
    String where = position == null ? item.toString()
        : item.isIdentified() ? position + ", " + item : position.toString();
    return where + ", field " + Redaction.escape(field) + ": " + type.description()
        + "; expected " + Redaction.escape(expected) + ", found " + Redaction.escape(found);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem that
        && type == that.type
        && item.equals(that.item)
        && field.equals(that.field)
        && expected.equals(that.expected)
        && found.equals(that.found)
        && Objects.equals(position, that.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, item, field, expected, found, position);
  }

  /** Returns {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
