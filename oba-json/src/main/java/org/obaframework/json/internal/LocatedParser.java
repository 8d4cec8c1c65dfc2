package org.obaframework.json.internal;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
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
 * <p>Safe by default: nesting depth, string length and document length are limited, and nothing
 * is bound to Java types by name. Stateless and thread-safe.
 */
public final class LocatedParser {
  /** The deepest nesting of arrays and objects a document may have. */
  public static final int MAX_DEPTH = 64;
  /** The longest string, in characters, a document may hold. */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** The longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest document, in characters or bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 16L << 20;

  /** What a document within these limits is, as a problem expects it. */
  static final String LIMITS = "a document within oba's limits (nesting depth " + MAX_DEPTH
      + ", strings of " + MAX_STRING_LENGTH + " characters, documents of "
      + MAX_DOCUMENT_LENGTH + " characters)";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .maxNumberLength(100)
          .build())
      .build();

  /** What parsing found: the root value, unless the document is malformed, and the problems. */
  public record Result(@Nullable Located root, List<Problem> problems) {}

  private final List<Problem> problems = new ArrayList<>();

  private LocatedParser() {}

  /**
   * Parses a document from characters.
   *
   * @param reader the document
   * @return the result
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Result parse(Reader reader) {
    return new LocatedParser().run(() -> FACTORY.createParser(ObjectReadContext.empty(), reader));
  }

  /**
   * Parses a document from bytes in UTF-8 (or UTF-16 or UTF-32, detected).
   *
   * @param in the document
   * @return the result
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Result parse(InputStream in) {
    return new LocatedParser().run(() -> FACTORY.createParser(ObjectReadContext.empty(), in));
  }

  private interface Opener {
    JsonParser open();
  }

  private Result run(Opener opener) {
    JsonParser parser = null;
    try {
      parser = opener.open();
      JsonToken first = parser.nextToken();
      if (first == null) {
        TokenStreamLocation at = parser.currentLocation();
        problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT,
            Located.where("", line(at), column(at)), "(document)", "a JSON object",
            "an empty document"));
        return new Result(null, problems);
      }
      Located root = value(parser, null, null, 0);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT,
            Located.where("", line(at), column(at)), "(document)",
            "the end of the document after the root value", "more content: " + trailing));
        return new Result(null, problems);
      }
      return new Result(root, problems);
    } catch (JacksonIOException e) {
      // Reading failed, not the document: the caller's stream's own error, unchecked.
      throw new java.io.UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      if (at == null || at.getLineNr() < 1) {
        at = parser == null ? null : parser.currentLocation();
      }
      boolean limit = e instanceof StreamConstraintsException;
      String where = "";
      if (parser != null) {
        // Jackson reads a property's name and the start of its value in one step, so its own
        // context knows the property a syntax error is in better than this reader does.
        where = parser.streamReadContext().pathAsPointer().toString();
      }
      problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT,
          Located.where(where, line(at), column(at)), "(document)",
          limit ? LIMITS : "well-formed JSON",
          (limit ? "over a limit: " : "a syntax error: ") + firstLine(e.getOriginalMessage())));
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

  private Located value(JsonParser parser, @Nullable Located parent, @Nullable String name,
      int index) {
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
            problems.add(Problem.of(ProblemType.DUPLICATE_PROPERTY,
                Located.where(child.pointer(), line(nameAt), column(nameAt)), field,
                "each property once in an object", "'" + field + "' again"));
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
    return at == null ? 0 : at.getLineNr();
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
