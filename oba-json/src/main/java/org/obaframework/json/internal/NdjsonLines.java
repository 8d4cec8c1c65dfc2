package org.obaframework.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.obaframework.json.ReadLimits;

/**
 * The lines of NDJSON, cut out of a buffer of characters: from a {@link Reader}, or decoded from
 * bytes, where bytes that are not UTF-8 are found and placed on their line. A line ends with
 * {@code \n} (a {@code \r} before it is dropped); one longer than {@code maxLength} characters is
 * not kept. Not thread-safe.
 */
public final class NdjsonLines {
  private static final int BUFFER = 1 << 16;

  /** Characters read into a buffer, as {@link DecodedChars#read} reads them. */
  private interface Chars {
    int read(char[] chars, int from, int length) throws IOException;
  }

  private final Chars in;
  private final int maxLength;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int limit;
  private int number;
  private final @Nullable DecodedChars decoded;

  private char[] lineChars = buffer;
  private int lineFrom;
  private int lineTo;
  private boolean tooLong;
  /** Where the first byte of the line that is not UTF-8 is in the file, and its column; or -1. */
  private long undecodableAt;
  private int undecodableColumn;

  /**
   * Reads the lines of characters.
   *
   * @param reader the characters
   * @param firstLine the number of the line before the first
   * @param maxLength the longest line kept, in characters
   */
  public NdjsonLines(Reader reader, int firstLine, int maxLength) {
    this.in = reader::read;
    this.decoded = null;
    this.number = firstLine;
    this.maxLength = maxLength;
  }

  /**
   * Reads the lines of a stream of bytes in UTF-8.
   *
   * @param in the stream
   * @param maxLength the longest line kept, in characters
   */
  public NdjsonLines(InputStream in, int maxLength) {
    this(into -> {
      int read = in.read(into.array(), into.arrayOffset() + into.position(), into.remaining());
      if (read > 0) {
        into.position(into.position() + read);
      }
      return read;
    }, 0, 0, maxLength);
  }

  /**
   * Reads the lines of bytes in UTF-8.
   *
   * @param bytes the bytes
   * @param offset where they start in their file
   * @param firstLine the number of the line before the first
   * @param maxLength the longest line kept, in characters
   */
  NdjsonLines(DecodedChars.Bytes bytes, long offset, int firstLine, int maxLength) {
    DecodedChars chars = new DecodedChars(bytes, offset);
    this.in = chars::read;
    this.decoded = chars;
    this.number = firstLine;
    this.maxLength = maxLength;
  }

  /**
   * Reads the next line.
   *
   * @return false at the end of the input
   * @throws UncheckedIOException if reading fails
   */
  public boolean next() {
    try {
      tooLong = false;
      undecodableAt = -1;
      if (position >= limit && !fill(0)) {
        if (undecodableAt < 0) {
          return false;
        }
        // Bytes that are not UTF-8 and nothing after them: a last line of its own.
        number++;
        lineChars = buffer;
        lineFrom = 0;
        lineTo = 0;
        return true;
      }
      StringBuilder parts = null;
      int length = 0;
      boolean whole = false;
      while (true) {
        int start = position;
        int end = start;
        char[] chars = buffer;
        while (end < limit && chars[end] != '\n') {
          end++;
        }
        boolean found = end < limit;
        int count = end - start;
        if (!tooLong) {
          if (length + count > maxLength) {
            tooLong = true;
            parts = null;
          } else if (found && parts == null) {
            whole = true;
            lineChars = chars;
            lineFrom = start;
            lineTo = end;
          } else {
            if (parts == null) {
              parts = new StringBuilder();
            }
            parts.append(chars, start, count);
          }
        }
        length += count;
        if (found) {
          position = end + 1;
          break;
        }
        position = limit;
        if (!fill(length)) {
          break;
        }
      }
      number++;
      if (tooLong) {
        lineFrom = 0;
        lineTo = 0;
        return true;
      }
      if (!whole) {
        String text = parts != null ? parts.toString() : "";
        lineChars = text.toCharArray();
        lineFrom = 0;
        lineTo = lineChars.length;
      }
      if (lineTo > lineFrom && lineChars[lineTo - 1] == '\r') {
        lineTo--;
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads more characters into the buffer; false at the end of the input. Bytes that are not
   * UTF-8 are noted for the line being read, {@code sofar} characters long.
   */
  private boolean fill(int sofar) throws IOException {
    while (true) {
      int read = in.read(buffer, 0, buffer.length);
      if (read == DecodedChars.UNDECODABLE) {
        if (undecodableAt < 0 && decoded != null) {
          undecodableAt = decoded.undecodableAt();
          undecodableColumn = sofar + 1;
        }
      } else if (read < 0) {
        position = 0;
        limit = 0;
        return false;
      } else if (read > 0) {
        position = 0;
        limit = read;
        return true;
      }
    }
  }

  /** The longest line kept, in characters. */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Returns the longest line kept within limits: their document's length, as far as an array
   * holds.
   *
   * @param limits the limits
   * @return the most characters a line may have
   */
  public static int maxLength(ReadLimits limits) {
    return (int) Math.min(limits.documentLength(), Integer.MAX_VALUE - 16);
  }

  /** The line's number. */
  public int number() {
    return number;
  }

  /** The characters the line is in. */
  public char[] chars() {
    return lineChars;
  }

  /** Where the line starts in {@link #chars()}. */
  public int from() {
    return lineFrom;
  }

  /** Where it ends, without its line end. */
  public int to() {
    return lineTo;
  }

  /** Whether the line is longer than the longest kept: its characters are not. */
  public boolean tooLong() {
    return tooLong;
  }

  /** Where the line's first byte that is not UTF-8 is in its file; -1 if none. */
  public long undecodableAt() {
    return undecodableAt;
  }

  /** The column that byte would have been at. */
  public int undecodableColumn() {
    return undecodableColumn;
  }
}
