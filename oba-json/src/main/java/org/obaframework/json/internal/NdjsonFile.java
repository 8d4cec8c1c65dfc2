package org.obaframework.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.ReadLimits;

/**
 * A file of records NDJSON read as a stream's groups, in parts that the stream's own threads
 * read: the {@link #spliterator()} cuts the file's bytes near the middle of a part, at the next
 * line that begins as a subject's line is written, <code>{"type":"subject"</code>, and each part
 * is read, as a file of its own, by the thread that takes its groups, with the one machinery of
 * {@link NdjsonGroups}. No thread is started here: parallelism is the caller's pool's.
 *
 * <p>Read whole (never cut, as a sequential stream reads it) the groups and problems are those
 * of the file read from its start. Cut, the parts share the ids seen, so that a subject split
 * across parts is found, as are ids used twice; at the first problem in any part the other parts
 * stop and the file is read again from its start on one thread, once for all the parts, whose
 * failure each part then throws: the same as read whole, never a part's own (whose line numbers
 * are the part's).
 *
 * <p>Thread-safe as a spliterator's parts must be: each part is one thread's at a time.
 */
public final class NdjsonFile {
  /** How a subject's line is written: where a file is cut into parts. */
  private static final byte[] SUBJECT =
      "{\"type\":\"subject\"".getBytes(StandardCharsets.US_ASCII);
  /** Bytes read at a time to find where to cut a part. */
  private static final int WINDOW = 1 << 13;

  private final Path file;
  private final FileChannel channel;
  private final long size;
  private final boolean allowUnknown;
  private final ReadLimits limits;
  private final NdjsonGroups.Failing failing;
  /** The ids every part has seen. */
  private final IdLog ids = new IdLog();
  /** The parts made and not yet read to their end; whether the file was cut. */
  private final AtomicInteger open = new AtomicInteger(1);
  private volatile boolean wasCut;
  /** Whether a part has failed: the other parts stop. */
  private volatile boolean failed;
  private volatile boolean closed;
  /** What reading the whole file throws, once known; guarded by this. */
  private @Nullable RuntimeException failure;

  /**
   * Opens a file.
   *
   * @param file the file
   * @param allowUnknown whether to ignore properties the format does not define
   * @param limits the limits of each line, and the most problems listed
   * @param failing the exception that lists a file's problems
   * @throws UncheckedIOException if the file cannot be opened
   */
  public NdjsonFile(Path file, boolean allowUnknown, ReadLimits limits,
      NdjsonGroups.Failing failing) {
    this.file = file;
    this.allowUnknown = allowUnknown;
    this.limits = limits;
    this.failing = failing;
    try {
      this.channel = FileChannel.open(file, StandardOpenOption.READ);
      this.size = channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the file's groups, as one part that may be cut.
   *
   * @return the spliterator
   */
  public Spliterator<SubjectRecords> spliterator() {
    return new Part(0, Long.MAX_VALUE, true);
  }

  /**
   * Closes the file: parts read no more.
   *
   * @throws UncheckedIOException if closing fails
   */
  public void close() {
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops the other parts and returns what reading the whole file on one thread throws, read
   * the first time a part asks.
   */
  private synchronized RuntimeException failure(@Nullable RuntimeException seen) {
    failed = true;
    RuntimeException known = failure;
    if (known == null) {
      known = closed ? closed() : readWhole(seen);
      failure = known;
    }
    return known;
  }

  private RuntimeException readWhole(@Nullable RuntimeException seen) {
    Part whole = new Part(0, Long.MAX_VALUE, true);
    NdjsonGroups groups = whole.groups(new IdLog());
    try {
      while (groups.hasNext()) {
        groups.next();
      }
    } catch (UncheckedIOException e) {
      // The file was closed under the parts by an interrupt: the part's failure says why, this
      // read only that it is closed.
      return seen instanceof UncheckedIOException
          && e.getCause() instanceof ClosedChannelException ? seen : e;
    } catch (RuntimeException e) {
      return e;
    }
    if (seen instanceof UncheckedIOException) {
      return seen;
    }
    return new IllegalStateException("a part of " + file + " had a problem that the file read"
        + " whole had not: was it changed while read?", seen);
  }

  private IllegalStateException closed() {
    return new IllegalStateException("the stream of the records of " + file + " is closed");
  }

  /** Whether the file starts with the header as it is written, or with it and \r\n. */
  private boolean standardHeader() throws IOException {
    byte[] header = RecordsWriter.header().getBytes(StandardCharsets.UTF_8);
    byte[] crlf = RecordsWriter.header().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer read = ByteBuffer.allocate(crlf.length);
    while (read.hasRemaining() && channel.read(read, read.position()) >= 0) {
      // Until the longer header's length is read, or the file ends.
    }
    int length = read.position();
    return length >= header.length
        && Arrays.equals(read.array(), 0, header.length, header, 0, header.length)
        || !read.hasRemaining() && Arrays.equals(read.array(), crlf);
  }

  /**
   * Where the first subject's line that starts at or after {@code from} starts, with all its
   * first bytes before {@code to}; -1 if none: read a window at a time.
   */
  private long subjectLine(long from, long to) throws IOException {
    byte[] window = new byte[WINDOW];
    // From the line end before, which is part of what is looked for.
    long start = from - 1;
    while (start + SUBJECT.length < to) {
      ByteBuffer read = ByteBuffer.wrap(window, 0, (int) Math.min(window.length, to - start));
      while (read.hasRemaining() && channel.read(read, start + read.position()) >= 0) {
        // Until the window is full, or the file ends.
      }
      int length = read.position();
      for (int at = 1; at + SUBJECT.length <= length; at++) {
        if (window[at] == '{' && window[at - 1] == '\n'
            && Arrays.equals(window, at, at + SUBJECT.length, SUBJECT, 0, SUBJECT.length)) {
          return start + at;
        }
      }
      if (length < window.length) {
        return -1;
      }
      // The next window starts where one looked for could have started and not ended.
      start += length - SUBJECT.length;
    }
    return -1;
  }

  /** A part of the file: its bytes, read as its groups are taken, by the thread taking them. */
  private final class Part implements Spliterator<SubjectRecords> {
    private long from;
    /** Where the part ends; {@link Long#MAX_VALUE} at the file's end. */
    private final long to;
    /** Whether the part starts the file, with its header. */
    private boolean first;
    /** Whether the file is read in parts: else this one reads it whole. */
    private boolean cut;
    /** Whether the file's header, which the first part holds, lets it be cut. */
    private boolean headerChecked;
    private boolean uncuttable;
    /** Where the bytes not yet read start. */
    private long position;
    private @Nullable NdjsonGroups groups;
    /** Whether the part has been read to its end. */
    private boolean done;

    Part(long from, long to, boolean first) {
      this.from = from;
      this.to = to;
      this.first = first;
    }

    /** The part's groups, read by a thread of their own. */
    NdjsonGroups groups(IdLog seen) {
      position = from;
      NdjsonLines lines = new NdjsonLines(this::read, from, first ? 0 : 1,
          NdjsonLines.maxLength(limits));
      NdjsonGroups each = new NdjsonGroups(lines, allowUnknown, !first, seen, !cut, limits,
          failing);
      groups = each;
      return each;
    }

    /** Reads the part's next bytes. */
    private int read(ByteBuffer into) throws IOException {
      long left = Math.min(to, size) - position;
      if (left <= 0) {
        return -1;
      }
      if (left < into.remaining()) {
        into.limit(into.position() + (int) left);
      }
      int read;
      try {
        read = channel.read(into, position);
      } catch (ClosedChannelException e) {
        if (closed) {
          throw closed();
        }
        throw e;
      }
      if (read > 0) {
        position += read;
      }
      return read;
    }

    @Override
    public boolean tryAdvance(Consumer<? super SubjectRecords> action) {
      if (failed || closed) {
        throw failure(null);
      }
      NdjsonGroups each = groups;
      if (each == null) {
        // A part of a file cut stops at its first problem: the whole file's read tells it.
        each = groups(ids);
      }
      SubjectRecords next;
      try {
        if (!each.hasNext()) {
          ended();
          return false;
        }
        next = each.next();
      } catch (RuntimeException e) {
        throw cut ? failure(e) : e;
      }
      action.accept(next);
      return true;
    }

    /**
     * Ends this part, once: the last part of a file cut to end settles the ids all the parts
     * added, and a file with an id used twice fails as read whole.
     */
    private void ended() {
      if (done) {
        return;
      }
      done = true;
      if (open.decrementAndGet() == 0 && wasCut && ids.anyTwice()) {
        throw failure(null);
      }
    }

    @Override
    public @Nullable Spliterator<SubjectRecords> trySplit() {
      long end = Math.min(to, size);
      if (groups != null || uncuttable || failed || closed || end - from < 2) {
        return null;
      }
      try {
        if (first && !headerChecked) {
          // Another header is read, and reported, by the first part read whole.
          uncuttable = !standardHeader();
          headerChecked = true;
          if (uncuttable) {
            return null;
          }
        }
        long at = subjectLine(from + (end - from) / 2, end);
        if (at < 0) {
          return null;
        }
        Part prefix = new Part(from, at, first);
        prefix.headerChecked = headerChecked;
        prefix.cut = true;
        open.incrementAndGet();
        wasCut = true;
        from = at;
        first = false;
        cut = true;
        return prefix;
      } catch (IOException e) {
        // Not cut: reading the part meets the failure, if it is one, and reports it.
        return null;
      }
    }

    @Override
    public long estimateSize() {
      return Math.max(0, Math.min(to, size) - (groups == null ? from : position));
    }

    @Override
    public int characteristics() {
      return Spliterator.ORDERED | Spliterator.NONNULL;
    }
  }
}
