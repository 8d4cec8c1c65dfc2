package org.obaframework.examples.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every command has: {@code --verbose} and {@code --[no-]progress}. */
final class CommonOptions {
  @Option(names = "--verbose",
      description = "On failure, also print the exception's stack trace.")
  boolean verbose;

  @Option(names = "--progress", negatable = true,
      description = "Report progress (subjects read so far, never who) on standard error. "
          + "Default: on when oba runs in a terminal, off otherwise.")
  @Nullable Boolean progress;

  /** Returns the progress reporter these options ask for, writing to {@code err}. */
  Progress progress(PrintWriter err) {
    boolean on = progress != null ? progress : System.console() != null;
    return on ? Progress.to(err, Progress.EVERY) : Progress.silent();
  }
}
