package org.obaframework.examples.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.obaframework.json.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options every command has: {@code --verbose}, {@code --[no-]progress}, and the limits of
 * reading files ({@code --max-problems}, {@code --max-document-size}).
 */
final class CommonOptions {
  @Option(names = "--verbose",
      description = "On failure, also print the exception's stack trace.")
  boolean verbose;

  @Option(names = "--progress", negatable = true,
      description = "Report progress (subjects read so far, never who) on standard error, "
          + "every " + Progress.EVERY_SECONDS + " seconds. "
          + "Default: on when oba runs in a terminal, off otherwise.")
  @Nullable Boolean progress;

  @Option(names = "--max-problems", paramLabel = "N",
      description = "List at most N problems of each file; the rest are counted, and the count "
          + "is printed. Default: " + ReadLimits.PROBLEMS + ".")
  int maxProblems = ReadLimits.PROBLEMS;

  @Option(names = "--max-document-size", paramLabel = "SIZE",
      converter = Converters.SizeConverter.class,
      description = "The largest JSON document or CSV file read whole (framework, measures, "
          + "records .json, --series), in bytes, or with K, M or G (such as 64M); a larger one "
          + "is refused with a clear error, quickly and in little memory. NDJSON and CSV records "
          + "are streamed: the limit is each line's (each row's). Default: 16M.")
  long maxDocumentSize = ReadLimits.DOCUMENT_LENGTH;

  /**
   * Returns the limits of reading these options ask for.
   *
   * @param line the command line, for a usage error
   * @throws ParameterException if a limit is below 1
   */
  ReadLimits limits(CommandLine line) {
    if (maxProblems < 1) {
      throw new ParameterException(line, "Invalid value for option '--max-problems': "
          + maxProblems + "; expected 1 or more");
    }
    return ReadLimits.defaults().withProblems(maxProblems).withDocumentLength(maxDocumentSize);
  }

  /** Returns the progress reporter these options ask for, writing to {@code err}. */
  Progress progress(PrintWriter err) {
    boolean on = progress != null ? progress : System.console() != null;
    return on ? Progress.to(err) : Progress.silent();
  }
}
