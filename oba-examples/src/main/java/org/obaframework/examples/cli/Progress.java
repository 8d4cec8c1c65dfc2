package org.obaframework.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a long read on standard error: the number of subjects read so far, every
 * {@value #EVERY_SECONDS} seconds of reading (so that a large file, however fast or slow, shows
 * it is moving), and the total at the end. It counts and never names: no id, attribute or rating
 * is printed. Thread-safe, for parallel streams.
 */
final class Progress {
  /** How many seconds between two reports. */
  static final long EVERY_SECONDS = 2;

  private final @Nullable PrintWriter err;
  private final long everyNanos;
  private final LongSupplier clock;
  private final AtomicLong subjects = new AtomicLong();
  /** When the next report is due, by {@link #clock}. */
  private final AtomicLong due;

  private Progress(@Nullable PrintWriter err, long everyNanos, LongSupplier clock) {
    this.err = err;
    this.everyNanos = everyNanos;
    this.clock = clock;
    this.due = new AtomicLong(err == null ? Long.MAX_VALUE : clock.getAsLong() + everyNanos);
  }

  /**
   * Returns a reporter writing to {@code err} every {@value #EVERY_SECONDS} seconds.
   *
   * @param err standard error
   */
  static Progress to(PrintWriter err) {
    return to(err, Duration.ofSeconds(EVERY_SECONDS), System::nanoTime);
  }

  /**
   * Returns a reporter writing to {@code err} every {@code every} of the clock's time.
   *
   * @param err standard error
   * @param every the time between two reports, above zero
   * @param clock the time in nanoseconds, such as {@code System::nanoTime}
   */
  static Progress to(PrintWriter err, Duration every, LongSupplier clock) {
    return new Progress(Objects.requireNonNull(err, "err"), every.toNanos(), clock);
  }

  /** Returns a reporter that counts and reports nothing. */
  static Progress silent() {
    return new Progress(null, Long.MAX_VALUE, () -> 0L);
  }

  /** Counts one more subject, reporting when a report is due. */
  void subject() {
    long n = subjects.incrementAndGet();
    if (err == null) {
      return;
    }
    long now = clock.getAsLong();
    long next = due.get();
    // One thread reports each time a report falls due: the one that moves the due time on.
    if (now - next >= 0 && due.compareAndSet(next, now + everyNanos)) {
      print("oba: " + n + " subjects read");
    }
  }

  /** Reports the total at the end of a read. */
  void done(String source) {
    if (err != null) {
      print("oba: " + CliException.count(subjects.get(), "subject") + " read from " + source);
    }
  }

  /** Returns the number of subjects counted so far. */
  long subjects() {
    return subjects.get();
  }

  private void print(String line) {
    synchronized (err) {
      err.println(line);
      err.flush();
    }
  }
}
