package org.obaframework.json.internal;

/**
 * Writes JSON text deterministically: properties in the order written, two-space indentation,
 * {@code "name": value}, empty arrays and objects as {@code []} and {@code {}}, {@code \n} line
 * ends and a final newline. Numbers are written in the shortest form that reads back exactly.
 *
 * <p>Written by hand rather than with a pretty printer so that the output is byte for byte the
 * same on every platform and Jackson release. Not thread-safe; use one per document.
 */
final class JsonText {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  /** Whether the container just opened has no member yet. */
  private boolean empty;
  /** Whether a property name was just written, so the value follows on the same line. */
  private boolean afterName;
  /** Whether to write everything on one line, with no spaces, as one line of NDJSON. */
  private final boolean compact;

  /** Creates a writer of indented, multi-line text. */
  public JsonText() {
    this(false);
  }

  /**
   * Creates a writer.
   *
   * @param compact whether to write on one line without spaces (still deterministic)
   */
  public JsonText(boolean compact) {
    this.compact = compact;
  }

  /**
   * Opens an object.
   *
   * @return this writer
   */
  public JsonText beginObject() {
    return open('{');
  }

  /**
   * Closes an object.
   *
   * @return this writer
   */
  public JsonText endObject() {
    return close('}');
  }

  /**
   * Opens an array.
   *
   * @return this writer
   */
  public JsonText beginArray() {
    return open('[');
  }

  /**
   * Closes an array.
   *
   * @return this writer
   */
  public JsonText endArray() {
    return close(']');
  }

  /**
   * Writes a property name; its value comes next.
   *
   * @param name the name
   * @return this writer
   */
  public JsonText name(String name) {
    separate();
    string(name);
    out.append(compact ? ":" : ": ");
    afterName = true;
    return this;
  }

  /**
   * Writes a string.
   *
   * @param value the string
   * @return this writer
   */
  public JsonText value(String value) {
    separate();
    string(value);
    return this;
  }

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @return this writer
   */
  public JsonText value(long value) {
    separate();
    out.append(value);
    return this;
  }

  /**
   * Writes a finite number: without a fraction when it is whole and small enough to be exact.
   *
   * @param value the number
   * @return this writer
   * @throws IllegalArgumentException if the number is not finite
   */
  public JsonText value(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    separate();
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.append((long) value);
    } else {
      out.append(Double.toString(value));
    }
    return this;
  }

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   * @return this writer
   */
  public JsonText value(boolean value) {
    separate();
    out.append(value);
    return this;
  }

  /**
   * Returns the text written, with a final newline.
   *
   * @return the document
   */
  public String finish() {
    return out + "\n";
  }

  private JsonText open(char bracket) {
    separate();
    out.append(bracket);
    depth++;
    empty = true;
    return this;
  }

  private JsonText close(char bracket) {
    depth--;
    if (!empty) {
      newline();
    }
    out.append(bracket);
    empty = false;
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth == 0) {
      return;
    }
    if (!empty) {
      out.append(',');
    }
    newline();
    empty = false;
  }

  private void newline() {
    if (compact) {
      return;
    }
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
