package org.obaframework.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;

/**
 * A failure a command reports to its user: the exit code and the lines to print, with the cause
 * kept for {@code --verbose}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  private CliException(int exitCode, List<String> lines, @Nullable Throwable cause) {
    super(String.join("\n", lines), cause);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  /**
   * Invalid input: every problem of one source, each printed with the source's name.
   *
   * @param source the file or data, such as {@code records.ndjson}
   * @param problems the problems, at least one
   * @param cause the exception that listed them, if any
   */
  static CliException invalid(String source, List<Problem> problems, @Nullable Throwable cause) {
    return invalid(source, problems, 0, cause);
  }

  /**
   * Invalid input: the problems of one source that a reader listed, each printed with the
   * source's name, and how many more it counted without listing them.
   *
   * @param source the file or data
   * @param problems the problems listed, at least one
   * @param unlisted how many more were found
   * @param cause the exception that listed them, if any
   */
  static CliException invalid(String source, List<Problem> problems, long unlisted,
      @Nullable Throwable cause) {
    List<String> lines = new ArrayList<>();
    for (Problem problem : problems) {
      lines.add(source + ": " + problem.message());
    }
    lines.add(count(problems.size() + unlisted, "problem") + " in " + source
        + (unlisted == 0 ? "" : " (" + unlisted + " not listed; --max-problems lists more)"));
    return new CliException(Oba.INVALID_INPUT, lines, cause);
  }

  /**
   * Invalid input: the problems of one file a reader threw, with the count of those it did not
   * list.
   *
   * @param source the file
   * @param e the reader's exception
   */
  static CliException invalid(String source, ValidationException e) {
    return invalid(source, e.problems(), e.unlisted(), e);
  }

  /**
   * Invalid input described by one message, such as an unknown subject.
   *
   * @param message the message
   */
  static CliException invalid(String message) {
    return new CliException(Oba.INVALID_INPUT, List.of(message), null);
  }

  /**
   * A file that cannot be read or written.
   *
   * @param message what failed, naming the file
   * @param cause the I/O exception
   */
  static CliException io(String message, Throwable cause) {
    return new CliException(Oba.IO_ERROR, List.of(message), cause);
  }

  /** Returns the exit code. */
  int exitCode() {
    return exitCode;
  }

  /** Returns the lines to print. */
  List<String> lines() {
    return lines;
  }

  /** Returns {@code 1 problem}, {@code 2 problems}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
