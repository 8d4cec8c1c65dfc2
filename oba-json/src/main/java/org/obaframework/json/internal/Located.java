package org.obaframework.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value read from a document, with its JSON Pointer and the line and column where it
 * starts, so that every problem found in it can say where it is.
 *
 * <p>Built by {@link LocatedParser}; immutable once built. Not a general JSON tree: it holds just
 * what the explicit readers of oba's formats need.
 */
public final class Located {
  /** The kinds of JSON value. */
  public enum Kind {
    /** An object. */
    OBJECT("an object"),
    /** An array. */
    ARRAY("an array"),
    /** A string. */
    STRING("a string"),
    /** A number with neither fraction nor exponent. */
    INTEGER("an integer"),
    /** A number with a fraction or an exponent. */
    DECIMAL("a decimal number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("a boolean"),
    /** {@code null}. */
    NULL("null");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /**
     * Returns how a message names the kind, such as {@code "a string"}.
     *
     * @return the description
     */
    public String description() {
      return description;
    }
  }

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final Map<String, Located> fields = new LinkedHashMap<>();
  private final Map<String, int[]> nameLocations = new LinkedHashMap<>();
  private final List<Located> items = new ArrayList<>();
  private final @Nullable Object scalar;

  Located(Kind kind, String pointer, int line, int column, @Nullable Object scalar) {
    this.kind = kind;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.scalar = scalar;
  }

  /** Escapes one reference token of a JSON Pointer (RFC 6901). */
  static String child(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  void putField(String name, Located value, int nameLine, int nameColumn) {
    fields.put(name, value);
    nameLocations.put(name, new int[] {nameLine, nameColumn});
  }

  void addItem(Located item) {
    items.add(item);
  }

  /**
   * Returns the kind of value.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the JSON Pointer of this value; empty for the document root.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line where the value starts, from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the value starts, from 1.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the properties of an object, in document order; empty for other kinds.
   *
   * @return the properties
   */
  public Map<String, Located> fields() {
    return Collections.unmodifiableMap(fields);
  }

  /**
   * Returns the property of an object with the given name.
   *
   * @param name the name
   * @return the value, or null if there is none
   */
  public @Nullable Located field(String name) {
    return fields.get(name);
  }

  /**
   * Returns the line and column of a property's name.
   *
   * @param name the name of a property of this object
   * @return {line, column}, or this value's own when there is no such property
   */
  public int[] nameLocation(String name) {
    int[] found = nameLocations.get(name);
    return found == null ? new int[] {line, column} : found.clone();
  }

  /**
   * Returns the items of an array; empty for other kinds.
   *
   * @return the items
   */
  public List<Located> items() {
    return Collections.unmodifiableList(items);
  }

  /**
   * Returns the text of a string.
   *
   * @return the text
   */
  public String text() {
    return (String) java.util.Objects.requireNonNull(scalar);
  }

  /**
   * Returns the value of a number or boolean.
   *
   * @return the value: a {@link Number} or a {@link Boolean}
   */
  public Object scalar() {
    return java.util.Objects.requireNonNull(scalar);
  }

  /**
   * Returns where this value is, as a problem's location: the pointer, then line and column, such
   * as {@code /indicators/2/scale (line 14, column 9)}.
   *
   * @return the location
   */
  public String where() {
    return where(pointer, line, column);
  }

  /**
   * Formats a location: the pointer ({@code (root)} for the whole document), line and column.
   *
   * @param pointer a JSON Pointer
   * @param line a line
   * @param column a column
   * @return the location
   */
  public static String where(String pointer, int line, int column) {
    return (pointer.isEmpty() ? "(root)" : pointer) + " (line " + line + ", column " + column
        + ")";
  }

  /**
   * Describes the value for a problem's "found" part, without quoting free text in full.
   *
   * @return the description, such as {@code a string} or {@code 12}
   */
  public String describe() {
    switch (kind) {
      case INTEGER:
      case DECIMAL:
      case BOOLEAN:
        return String.valueOf(scalar);
      case STRING:
        String text = text();
        return "a string '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
      default:
        return kind.description();
    }
  }
}
