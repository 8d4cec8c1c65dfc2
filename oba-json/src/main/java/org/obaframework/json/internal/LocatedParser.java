package org.obaframework.json.internal;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.json.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON document with Jackson's streaming parser into {@link Located} values, recording
 * duplicate properties as problems and stopping at the first syntax error or broken limit.
 *
 * <p>Safe by default: the {@link ReadLimits} bound a document's length, its strings, names and
 * numbers, its nesting depth and how many values it holds, and nothing is bound to Java types by
 * name. Jackson's own messages quote the text they failed on, so a syntax error is told by its
 * kind alone ({@link Redaction#phrase}). Stateless and thread-safe.
 */
public final class LocatedParser {
  /** The deepest nesting of arrays and objects a document may have, by default. */
  public static final int MAX_DEPTH = ReadLimits.DEPTH;
  /** The longest string, in characters, a document may hold, by default. */
  public static final int MAX_STRING_LENGTH = ReadLimits.STRING_LENGTH;
  /** The longest property name, in characters, by default. */
  public static final int MAX_NAME_LENGTH = ReadLimits.NAME_LENGTH;
  /** The longest document, in characters or bytes, by default. */
  public static final long MAX_DOCUMENT_LENGTH = ReadLimits.DOCUMENT_LENGTH;

  private static final JsonFactory DEFAULT_FACTORY = factory(ReadLimits.defaults());
  private static final Item DOCUMENT = Item.of(Item.DOCUMENT);

  /** What parsing found: the root value, unless the document is malformed, and the problems. */
  public record Result(@Nullable Located root, List<Problem> problems) {}

  private final List<Problem> problems = new ArrayList<>();
  /** Added to Jackson's line numbers: the line a one-line document starts on in its file. */
  private final int lineOffset;
  private final ReadLimits limits;
  private int values;

  private LocatedParser(int lineOffset, ReadLimits limits) {
    this.lineOffset = lineOffset;
    this.limits = limits;
  }

  /**
   * Returns a Jackson factory that enforces the limits.
   *
   * @param limits the limits
   * @return the factory
   */
  public static JsonFactory factory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .build();
  }

  /**
   * Returns Jackson's read constraints for the limits, for any Jackson reader of oba-json (such
   * as the CSV reader's).
   *
   * @param limits the limits
   * @return the constraints
   */
  public static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.depth())
        .maxStringLength(limits.stringLength())
        .maxNameLength(limits.nameLength())
        .maxDocumentLength(limits.documentLength())
        .maxNumberLength(limits.numberLength())
        .build();
  }

  private static JsonFactory factoryFor(ReadLimits limits) {
    return limits.equals(ReadLimits.defaults()) ? DEFAULT_FACTORY : factory(limits);
  }

  /**
   * Parses one line of a file of lines (NDJSON), locating its values on that line of the file.
   *
   * @param line the line's text, without its line end
   * @param lineNumber the line's number in its file, from 1
   * @return the result
   */
  public static Result parseLine(String line, int lineNumber) {
    return parseLine(line, lineNumber, ReadLimits.defaults());
  }

  /**
   * Parses one line of a file of lines (NDJSON) within limits, locating its values on that line.
   *
   * @param line the line's text, without its line end
   * @param lineNumber the line's number in its file, from 1
   * @param limits the limits (a line is one document)
   * @return the result
   */
  public static Result parseLine(String line, int lineNumber, ReadLimits limits) {
    return new LocatedParser(lineNumber - 1, limits).run(() -> factoryFor(limits)
        .createParser(ObjectReadContext.empty(), new java.io.StringReader(line)));
  }

  /**
   * Parses a document from characters.
   *
   * @param reader the document
   * @return the result
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Result parse(Reader reader) {
    return parse(reader, ReadLimits.defaults());
  }

  /**
   * Parses a document from characters within limits.
   *
   * @param reader the document
   * @param limits the limits
   * @return the result
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Result parse(Reader reader, ReadLimits limits) {
    return new LocatedParser(0, limits).run(() -> factoryFor(limits)
        .createParser(ObjectReadContext.empty(), reader));
  }

  /**
   * Parses a document from bytes in UTF-8 (or UTF-16 or UTF-32, detected).
   *
   * @param in the document
   * @return the result
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Result parse(InputStream in) {
    return parse(in, ReadLimits.defaults());
  }

  /**
   * Parses a document from bytes in UTF-8 (or UTF-16 or UTF-32, detected) within limits.
   *
   * @param in the document
   * @param limits the limits
   * @return the result
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Result parse(InputStream in, ReadLimits limits) {
    return new LocatedParser(0, limits).run(() -> factoryFor(limits)
        .createParser(ObjectReadContext.empty(), in));
  }

  private interface Opener {
    JsonParser open();
  }

  /** A document holding more values than the limits allow; thrown out of the recursion. */
  private static final class TooManyValues extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyValues() {
      super(null, null, false, false);
    }
  }

  private Result run(Opener opener) {
    JsonParser parser = null;
    try {
      parser = opener.open();
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(malformed(parser.currentLocation(), "", "a JSON object",
            "an empty document"));
        return new Result(null, problems);
      }
      Located root = value(parser, null, null, 0);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        problems.add(malformed(parser.currentTokenLocation(), "",
            "the end of the document after the root value",
            "more content after it, starting with " + describe(trailing)));
        return new Result(null, problems);
      }
      return new Result(root, problems);
    } catch (TooManyValues e) {
      problems.add(malformed(parser.currentTokenLocation(),
          parser.streamReadContext().pathAsPointer().toString(),
          "a document of at most " + limits.values() + " values (ReadLimits.withValues)",
          "more values"));
      return new Result(null, problems);
    } catch (JacksonIOException e) {
      // Reading failed, not the document: the caller's stream's own error, unchecked.
      throw new java.io.UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      if (at == null || at.getLineNr() < 1) {
        at = parser == null ? null : parser.currentLocation();
      }
      String where = "";
      if (parser != null) {
        // Jackson reads a property's name and the start of its value in one step, so its own
        // context knows the property a syntax error is in better than this reader does.
        where = parser.streamReadContext().pathAsPointer().toString();
      }
      if (e instanceof StreamConstraintsException) {
        problems.add(malformed(at, where, limits.describe(), "over a limit: " + limit(e)));
      } else {
        String message = firstLine(e.getOriginalMessage());
        problems.add(malformed(at, where, "well-formed JSON", message.startsWith("Invalid UTF")
            ? "bytes that are not UTF-8" : "a syntax error: " + Redaction.phrase(message)));
      }
      return new Result(null, problems);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (JacksonException ignored) {
          // Closing cannot lose anything read already.
        }
      }
    }
  }

  /**
   * The problem of a malformed document at a place; the pointer Jackson gives is written again
   * step by step, so that a property name that is not a code is described, not shown.
   */
  private Problem malformed(@Nullable TokenStreamLocation at, String jacksonPointer,
      String expected, String found) {
    return Problem.of(ProblemType.MALFORMED_DOCUMENT, DOCUMENT, "(document)", expected, found)
        .at(shown(jacksonPointer), line(at), column(at));
  }

  /** A JSON Pointer of Jackson's, with each step shown under the redaction rule. */
  private static String shown(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder shown = new StringBuilder();
    for (String step : pointer.substring(1).split("/", -1)) {
      String name = step.replace("~1", "/").replace("~0", "~");
      shown.append('/').append(name.chars().allMatch(c -> c >= '0' && c <= '9') && !name.isEmpty()
          ? name : Redaction.key(name));
    }
    return shown.toString();
  }

  /** Which limit a constraint exception broke, from the names of Jackson's limits. */
  private String limit(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("getMaxStringLength")) {
      return "a string longer than " + limits.stringLength()
          + " characters (ReadLimits.withStringLength)";
    }
    if (message.contains("getMaxDocumentLength")) {
      return "a document longer than " + limits.documentLength()
          + " characters (ReadLimits.withDocumentLength)";
    }
    if (message.contains("getMaxNestingDepth")) {
      return "nesting deeper than " + limits.depth() + " levels (ReadLimits.withDepth)";
    }
    if (message.contains("getMaxNameLength")) {
      return "a property name longer than " + limits.nameLength() + " characters";
    }
    if (message.contains("getMaxNumberLength")) {
      return "a number longer than " + limits.numberLength() + " characters";
    }
    return Redaction.phrase(firstLine(message));
  }

  /** Describes a token by its kind, never its text. */
  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "a token";
    };
  }

  private Located value(JsonParser parser, @Nullable Located parent, @Nullable String name,
      int index) {
    if (++values > limits.values()) {
      throw new TooManyValues();
    }
    TokenStreamLocation start = parser.currentTokenLocation();
    int line = line(start);
    int column = column(start);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Located object = new Located(Located.Kind.OBJECT, parent, name, index, line, column,
            null);
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String field = parser.currentName();
          TokenStreamLocation nameAt = parser.currentTokenLocation();
          parser.nextToken();
          Located child = value(parser, object, field, 0);
          if (object.field(field) != null) {
            problems.add(Problem.of(ProblemType.DUPLICATE_PROPERTY, DOCUMENT,
                Redaction.key(field), "each property once in an object",
                Redaction.name(field) + " again")
                .at(child.pointer(), line(nameAt), column(nameAt)));
          } else {
            object.putField(field, child, line(nameAt), column(nameAt));
          }
        }
        return object;
      }
      case START_ARRAY: {
        Located array = new Located(Located.Kind.ARRAY, parent, name, index, line, column, null);
        int item = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.addItem(value(parser, array, null, item));
          item++;
        }
        return array;
      }
      case VALUE_STRING:
        return new Located(Located.Kind.STRING, parent, name, index, line, column,
            parser.getString());
      case VALUE_NUMBER_INT:
        return new Located(Located.Kind.INTEGER, parent, name, index, line, column,
            parser.getNumberValue());
      case VALUE_NUMBER_FLOAT:
        return new Located(Located.Kind.DECIMAL, parent, name, index, line, column,
            parser.getDoubleValue());
      case VALUE_TRUE:
        return new Located(Located.Kind.BOOLEAN, parent, name, index, line, column,
            Boolean.TRUE);
      case VALUE_FALSE:
        return new Located(Located.Kind.BOOLEAN, parent, name, index, line, column,
            Boolean.FALSE);
      case VALUE_NULL:
        return new Located(Located.Kind.NULL, parent, name, index, line, column, null);
      default:
        throw new IllegalStateException("unexpected token " + token);
    }
  }

  private int line(@Nullable TokenStreamLocation at) {
    return at == null ? 0 : at.getLineNr() + lineOffset;
  }

  private static int column(@Nullable TokenStreamLocation at) {
    return at == null ? 0 : at.getColumnNr();
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
