package org.obaframework.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a long read on standard error: the number of subjects read, every {@value #EVERY}
 * subjects and at the end. It counts and never names: no id, attribute or rating is printed.
 * Thread-safe, for parallel streams.
 */
final class Progress {
  /** How many subjects between two reports. */
  static final long EVERY = 10_000;

  private final @Nullable PrintWriter err;
  private final long every;
  private final AtomicLong subjects = new AtomicLong();

  private Progress(@Nullable PrintWriter err, long every) {
    this.err = err;
    this.every = every;
  }

  /**
   * Returns a reporter writing to {@code err} every {@code every} subjects.
   *
   * @param err standard error
   * @param every how many subjects between two reports, at least 1
   */
  static Progress to(PrintWriter err, long every) {
    return new Progress(err, every);
  }

  /** Returns a reporter that counts and reports nothing. */
  static Progress silent() {
    return new Progress(null, Long.MAX_VALUE);
  }

  /** Counts one more subject, reporting every {@code every}. */
  void subject() {
    long n = subjects.incrementAndGet();
    if (err != null && n % every == 0) {
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
