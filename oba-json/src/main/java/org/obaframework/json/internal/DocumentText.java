package org.obaframework.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.json.ReadLimits;

/**
 * The characters of a whole document, read within a reader's limit on a document's length ({@link
 * ReadLimits#documentLength()}), from characters or from bytes: UTF-8, or UTF-16 or UTF-32
 * as RFC 4627 detects them, with or without a byte order mark. A document too long, or bytes not
 * in their charset, are its problem, located at their line and column. Immutable.
 */
public final class DocumentText {
  private final char[] chars;
  private final int length;
  private final @Nullable Problem problem;

  private DocumentText(char[] chars, int length, @Nullable Problem problem) {
    this.chars = chars;
    this.length = length;
    this.problem = problem;
  }

  /**
   * Returns a document's text.
   *
   * @param text the text
   * @param limits the limits, of which the document's length
   * @return the document
   */
  public static DocumentText of(String text, ReadLimits limits) {
    char[] chars = text.toCharArray();
    return chars.length > max(limits) ? tooLong(chars, limits)
        : new DocumentText(chars, chars.length, null);
  }

  private static int max(ReadLimits limits) {
    return (int) Math.min(limits.documentLength(), Integer.MAX_VALUE - 16);
  }

  /**
   * Reads a document's characters; the reader is not closed.
   *
   * @param reader the characters
   * @param limits the limits, of which the document's length
   * @return the document
   * @throws UncheckedIOException if reading fails
   */
  public static DocumentText of(Reader reader, ReadLimits limits) {
    try {
      return read(reader::read, null, limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document's bytes; the stream is not closed.
   *
   * @param in the bytes
   * @param limits the limits, of which the document's length
   * @return the document
   * @throws UncheckedIOException if reading fails
   */
  public static DocumentText of(InputStream in, ReadLimits limits) {
    try {
      PushbackInputStream bytes = new PushbackInputStream(in, 4);
      byte[] start = new byte[4];
      int count = 0;
      for (int read; count < 4 && (read = bytes.read(start, count, 4 - count)) > 0; ) {
        count += read;
      }
      Charset charset = charset(start, count);
      int mark = bom(start, count);
      bytes.unread(start, mark, count - mark);
      DecodedChars decoded = new DecodedChars(into -> {
        int read = bytes.read(into.array(), into.arrayOffset() + into.position(),
            into.remaining());
        if (read > 0) {
          into.position(into.position() + read);
        }
        return read;
      }, mark, charset);
      return read(decoded::read, decoded, limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The charset of a JSON text, by its first bytes (RFC 4627, section 3) or byte order mark. */
  private static Charset charset(byte[] b, int count) {
    if (count >= 4 && b[0] == 0 && b[1] == 0) {
      return Charset.forName("UTF-32BE");
    }
    if (count >= 4 && b[2] == 0 && b[3] == 0 && (b[1] == 0 || (b[0] == (byte) 0xFF
        && b[1] == (byte) 0xFE))) {
      return Charset.forName("UTF-32LE");
    }
    if (count >= 2 && (b[0] == 0 || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
      return StandardCharsets.UTF_16BE;
    }
    if (count >= 2 && (b[1] == 0 || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  /** The length of the byte order mark the text starts with; 0 if none. */
  private static int bom(byte[] b, int count) {
    if (count >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      return 3;
    }
    if (count >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0))) {
      return 4;
    }
    if (count >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      return 2;
    }
    return 0;
  }

  /** Characters read into a buffer, as {@link DecodedChars#read} reads them. */
  private interface Chars {
    int read(char[] chars, int from, int length) throws IOException;
  }

  private static DocumentText read(Chars in, @Nullable DecodedChars decoded, ReadLimits limits)
      throws IOException {
    int max = max(limits);
    char[] chars = new char[1 << 12];
    int length = 0;
    while (true) {
      // Room for two characters at least: a supplementary code point's.
      if (chars.length - length < 2) {
        chars = Arrays.copyOf(chars, (int) Math.min(chars.length * 2L, max + 2L));
      }
      int read = in.read(chars, length, chars.length - length);
      if (read == DecodedChars.UNDECODABLE && decoded != null) {
        return new DocumentText(chars, length, DecodedChars.problem(at(chars, length),
            "(document)", decoded.charset(), decoded.undecodableAt()));
      }
      if (read < 0) {
        return new DocumentText(chars, length, null);
      }
      length += read;
      if (length > max) {
        return tooLong(chars, limits);
      }
    }
  }

  private static DocumentText tooLong(char[] chars, ReadLimits limits) {
    return new DocumentText(chars, 0, Problem.of(ProblemType.MALFORMED_DOCUMENT,
        JsonTokens.DOCUMENT, "(document)", limits.describe(), "over a limit: a document longer"
            + " than " + limits.documentLength() + " characters (ReadLimits.withDocumentLength)")
        .at(at(chars, max(limits))));
  }

  /** Where the character at {@code index} is: its line and column, at the document's root. */
  private static Problem.Position at(char[] chars, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (chars[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Problem.Position("", line, index - lineStart + 1);
  }

  /** The document's characters, from 0 to {@link #length()}. */
  public char[] chars() {
    return chars;
  }

  /** The number of characters. */
  public int length() {
    return length;
  }

  /** Why the document cannot be read whole, if it cannot: it is too long, or not in its charset. */
  public @Nullable Problem problem() {
    return problem;
  }
}
