package org.obaframework.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.Redaction;

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
  // The pointer is written when first asked for (for a problem's location), from the parent's
  // pointer and this node's name or index: most nodes of a valid document never need it.
  private final @Nullable Located parent;
  private final @Nullable String name;
  private final int index;
  private @Nullable String pointer;
  private final int line;
  private final int column;
  // Only objects and arrays have fields or items: scalars, most nodes, allocate neither.
  private final @Nullable Map<String, Located> fields;
  // Where this node's property name is, in its parent object: set once, when it is put there.
  private int nameLine;
  private int nameColumn;
  private final @Nullable List<Located> items;
  private final @Nullable Object scalar;

  /**
   * Creates a node.
   *
   * @param kind its kind
   * @param parent the object or array it is in, or null for the root
   * @param name its property name in a parent object, or null in an array or at the root
   * @param index its index in a parent array
   * @param line its line
   * @param column its column
   * @param scalar its value, for a scalar
   */
  Located(Kind kind, @Nullable Located parent, @Nullable String name, int index, int line,
      int column, @Nullable Object scalar) {
    this.kind = kind;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.pointer = parent == null ? "" : null;
    this.line = line;
    this.column = column;
    this.scalar = scalar;
    this.fields = kind == Kind.OBJECT ? new LinkedHashMap<>() : null;
    this.items = kind == Kind.ARRAY ? new ArrayList<>() : null;
  }

  /**
   * Appends one reference token to a JSON Pointer as messages show it: a name that follows the
   * syntax of codes as it is (such a name needs no RFC 6901 escape), any other name described
   * under oba's {@link Redaction} rule, never shown, since a property or attribute name may be
   * a child's name.
   */
  static String child(String pointer, String token) {
    return pointer + "/" + Redaction.key(token);
  }

  void putField(String name, Located value, int nameLine, int nameColumn) {
    Objects.requireNonNull(fields, "fields of an object").put(name, value);
    value.nameLine = nameLine;
    value.nameColumn = nameColumn;
  }

  void addItem(Located item) {
    Objects.requireNonNull(items, "items of an array").add(item);
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
   * Returns the JSON Pointer of this value, as messages show it (a step that is a name other than
   * a code is described, see {@link #child}); empty for the document root.
   *
   * @return the pointer
   */
  public String pointer() {
    String known = pointer;
    if (known == null) {
      Located up = Objects.requireNonNull(parent);
      known = name != null ? child(up.pointer(), name) : up.pointer() + "/" + index;
      pointer = known;
    }
    return known;
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
    return fields == null ? Map.of() : Collections.unmodifiableMap(fields);
  }

  /**
   * Returns the property of an object with the given name.
   *
   * @param name the name
   * @return the value, or null if there is none
   */
  public @Nullable Located field(String name) {
    return fields == null ? null : fields.get(name);
  }

  /**
   * Returns the line and column of a property's name.
   *
   * @param name the name of a property of this object
   * @return {line, column}, or this value's own when there is no such property
   */
  public int[] nameLocation(String name) {
    Located field = field(name);
    return field == null ? new int[] {line, column} : new int[] {field.nameLine, field.nameColumn};
  }

  /**
   * Follows a field path of oba-core, such as {@code ratings[2].value} or {@code
   * levels[1].code}, from this value as far as the document goes: the path is data, steps
   * separated by {@code .} and {@code [index]}. Of a path such as {@code "lower, upper"}, which
   * names two fields, the first is followed.
   *
   * @param field the field path
   * @param aliases oba-core's names of fields that a format spells differently, to its names
   * @return the deepest value reached, or null if not even the first step is there
   */
  public @Nullable Located follow(String field, Map<String, String> aliases) {
    int comma = field.indexOf(", ");
    String path = comma < 0 ? field : field.substring(0, comma);
    Located at = this;
    boolean moved = false;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.' || c == '[' || c == ']') {
        i++;
        continue;
      }
      int end = i;
      while (end < path.length() && ".[]".indexOf(path.charAt(end)) < 0) {
        end++;
      }
      String step = path.substring(i, end);
      step = aliases.getOrDefault(step, step);
      i = end;
      Located next = null;
      if (at.kind == Kind.OBJECT) {
        next = at.field(step);
      } else if (at.kind == Kind.ARRAY && !step.isEmpty() && step.length() < 9
          && step.chars().allMatch(ch -> ch >= '0' && ch <= '9')
          && Integer.parseInt(step) < at.items().size()) {
        next = at.items().get(Integer.parseInt(step));
      }
      if (next == null) {
        break;
      }
      at = next;
      moved = true;
    }
    return moved ? at : null;
  }

  /**
   * Follows a field path from a value as far as the document goes ({@link #follow(String,
   * Map)}), staying at the value if not even the first step is there.
   *
   * @param from the value
   * @param field the field path
   * @return the deepest value reached
   */
  public static Located follow(Located from, String field) {
    Located at = from.follow(field, Map.of());
    return at == null ? from : at;
  }

  /**
   * Returns the items of an array; empty for other kinds.
   *
   * @return the items
   */
  public List<Located> items() {
    return items == null ? List.of() : Collections.unmodifiableList(items);
  }

  /**
   * Returns the text of a string.
   *
   * @return the text
   */
  public String text() {
    return (String) Objects.requireNonNull(scalar);
  }

  /**
   * Returns the value of a number or boolean.
   *
   * @return the value: a {@link Number} or a {@link Boolean}
   */
  public Object scalar() {
    return Objects.requireNonNull(scalar);
  }

  /**
   * Returns where this value is, for a problem placed at it: the pointer, line and column.
   *
   * @return the position
   */
  public Problem.Position position() {
    return new Problem.Position(pointer(), line, column);
  }

  /**
   * Returns where this value is, as text: the pointer, then line and column, such as {@code
   * /indicators/2/scale (line 14, column 9)}.
   *
   * @return the location
   */
  public String where() {
    return position().toString();
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
    return new Problem.Position(pointer, line, column).toString();
  }

  /**
   * Describes the value for a problem's "found" part under oba's {@link Redaction} rule: its
   * kind, and for a string its length, never its text or, for a number, its value (either may
   * be a value of a child's record).
   *
   * @return the description, such as {@code a string of 12 characters}, {@code an integer} or
   *     {@code true}
   */
  public String describe() {
    return describe(kind, kind == Kind.STRING || kind == Kind.BOOLEAN
        ? String.valueOf(scalar) : "");
  }

  /**
   * Describes a value of a kind as {@link #describe()} does: the one description of values of
   * every reader, of a tree or of tokens.
   *
   * @param kind the value's kind
   * @param text a string's text, or a boolean's; ignored for other kinds
   * @return the description
   */
  public static String describe(Kind kind, String text) {
    return switch (kind) {
      case BOOLEAN -> text;
      case STRING -> text.isEmpty() ? "an empty string"
          : "a string of " + text.length() + (text.length() == 1 ? " character"
              : " characters");
      default -> kind.description();
    };
  }
}
