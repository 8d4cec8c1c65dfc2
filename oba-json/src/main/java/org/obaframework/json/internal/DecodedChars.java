package org.obaframework.json.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;

/**
 * The characters of bytes in UTF-8 (or another charset), decoded a buffer at a time, that tell
 * where bytes that are not in the charset are, instead of failing as a {@link java.io.Reader}
 * does: the reader of the characters then places that problem at its line and column. Not
 * thread-safe.
 */
final class DecodedChars {
  /** What {@link #read} returns where bytes are not in the charset. */
  static final int UNDECODABLE = -2;

  /** Bytes read from a source into a buffer; -1 at its end. */
  interface Bytes {
    /**
     * Reads bytes into the buffer's remaining space.
     *
     * @param into the buffer
     * @return the bytes read, or -1 at the end
     * @throws IOException if reading fails
     */
    int read(ByteBuffer into) throws IOException;
  }

  private final Bytes in;
  private final CharsetDecoder decoder;
  private final String charset;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  /** The offset in the source of the byte after those in the buffer. */
  private long offset;
  private boolean end;
  /** Whether undecodable bytes were met after the characters {@link #read} returned last. */
  private boolean undecodable;
  private long undecodableAt = -1;

  /**
   * Decodes UTF-8.
   *
   * @param in the bytes
   * @param offset the offset of their first byte in their file, for a problem's place
   */
  DecodedChars(Bytes in, long offset) {
    this(in, offset, StandardCharsets.UTF_8);
  }

  DecodedChars(Bytes in, long offset, Charset charset) {
    this.in = in;
    this.offset = offset;
    this.charset = charset.name();
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Reads characters, as {@link java.io.Reader#read(char[], int, int)} does, but for bytes not in
   * the charset: once the characters before them are returned, {@value #UNDECODABLE}, and {@link
   * #undecodableAt()} tells where they are; they are then skipped.
   *
   * @param chars where the characters go
   * @param from where the first goes
   * @param length the most to read, at least 1
   * @return the characters read, -1 at the end, or {@value #UNDECODABLE}
   * @throws IOException if reading the bytes fails
   */
  int read(char[] chars, int from, int length) throws IOException {
    if (undecodable) {
      undecodable = false;
      return UNDECODABLE;
    }
    CharBuffer out = CharBuffer.wrap(chars, from, length);
    while (out.hasRemaining()) {
      CoderResult result = decoder.decode(bytes, out, end);
      if (result.isUnderflow()) {
        if (end) {
          break;
        }
        fill();
      } else if (result.isOverflow()) {
        // No room for the two characters of a supplementary code point: the next read has.
        break;
      } else {
        undecodableAt = offset - bytes.limit() + bytes.position();
        bytes.position(bytes.position() + result.length());
        if (out.position() == from) {
          return UNDECODABLE;
        }
        undecodable = true;
        break;
      }
    }
    int read = out.position() - from;
    return read == 0 && end ? -1 : read;
  }

  /**
   * Returns the problem of bytes that are not in their charset.
   *
   * @param where where they are, as a problem places them
   * @param field the problem's field, such as {@code (line)}
   * @param charset the charset's name
   * @param offset the offset of their first byte in their file
   * @return the problem
   */
  static Problem problem(Problem.Position where, String field, String charset, long offset) {
    return Problem.of(ProblemType.MALFORMED_DOCUMENT, JsonTokens.DOCUMENT, field,
        charset + " text", "bytes that are not " + charset + ", from byte " + offset
            + " of the file").at(where);
  }

  /** The name of the charset decoded. */
  String charset() {
    return charset;
  }

  /** The offset in the file of the first byte not decoded, of those {@link #read} met last. */
  long undecodableAt() {
    return undecodableAt;
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes);
    if (read < 0) {
      end = true;
    } else {
      offset += read;
    }
    bytes.flip();
  }
}
