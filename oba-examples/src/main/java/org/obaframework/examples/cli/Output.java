package org.obaframework.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Redaction;
import org.obaframework.examples.files.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Where a command writes its result: the {@code --out} file, or standard output.
 *
 * <p>A file is written through {@link AtomicFile}: to a temporary file beside it, renamed over it
 * on {@link #commit()}, so that a failed run leaves the file as it was and removes only its own
 * temporary file; a device or a named pipe is written directly and never deleted. Standard
 * output is checked for errors (a full disk, a closed pipe): a failure to write it is a failure
 * to write a file, exit code 3, never a silent success. Not thread-safe.
 */
final class Output implements AutoCloseable {
  /** How many characters are written to standard output between checks for an error. */
  private static final int CHECK_EVERY = 64 * 1024;

  private final @Nullable AtomicFile file;
  private final @Nullable Path path;
  private final Writer writer;
  private boolean committed;

  private Output(@Nullable AtomicFile file, @Nullable Path path, Writer writer) {
    this.file = file;
    this.path = path;
    this.writer = writer;
  }

  /**
   * Refuses an {@code --out} that names one of the command's inputs: writing it would destroy
   * the input before it is read. Paths are compared as files (the same file by any name, link
   * or relative path), before anything is read or written.
   *
   * @param out the {@code --out} file, or null
   * @param inputs the input files given
   * @param line the command line, for the usage error
   * @throws ParameterException if {@code out} is one of the inputs (exit code 2)
   */
  static void refuseInputs(@Nullable Path out, List<@Nullable Path> inputs, CommandLine line) {
    if (out == null || !Files.exists(out)) {
      return;
    }
    for (Path input : inputs) {
      try {
        if (input != null && Files.exists(input) && Files.isSameFile(out, input)) {
          throw new ParameterException(line, "Invalid value for option '--out': "
              + Redaction.escape(out.toString()) + " is an input of this command ("
              + Redaction.escape(input.toString()) + "); expected another file, so that the "
              + "input is not overwritten");
        }
      } catch (IOException e) {
        // Not comparable (such as unreadable): not the same file as far as oba can tell.
      }
    }
  }

  /**
   * Opens the output.
   *
   * @param file the {@code --out} file, or null for standard output
   * @param stdout standard output
   * @throws CliException if the file cannot be created (exit code 3)
   */
  static Output open(@Nullable Path file, PrintWriter stdout) {
    if (file == null) {
      return new Output(null, null, new Checked(stdout));
    }
    try {
      AtomicFile atomic = AtomicFile.open(file);
      return new Output(atomic, file, new Marked(file, atomic.writer()));
    } catch (IOException e) {
      throw unwritable(file, e);
    }
  }

  /**
   * Writes a whole text.
   *
   * @param file the {@code --out} file, or null for standard output
   * @param stdout standard output
   * @param text the text
   * @throws CliException if the file or standard output cannot be written (exit code 3)
   */
  static void write(@Nullable Path file, PrintWriter stdout, String text) {
    try (Output out = open(file, stdout)) {
      out.writer().write(text);
      out.commit();
    } catch (IOException e) {
      throw unwritable(file, e);
    }
  }

  /** Returns the writer. */
  Writer writer() {
    return writer;
  }

  /**
   * Marks the output complete: a file replaces its target; standard output is flushed and
   * checked.
   *
   * @throws CliException if the output cannot be written (exit code 3)
   */
  void commit() {
    try {
      if (file != null) {
        file.commit();
      } else {
        writer.flush();
      }
    } catch (IOException e) {
      throw unwritable(path, e);
    }
    committed = true;
  }

  /** Closes a file, removing its temporary file unless committed; flushes standard output. */
  @Override
  public void close() {
    try {
      if (file == null) {
        if (!committed) {
          writer.flush();
        }
        return;
      }
      file.close();
    } catch (IOException e) {
      throw unwritable(path, e);
    }
  }

  /**
   * Returns the failure to write the output, or rethrows a failure to write as such; anything
   * else is returned as it is.
   */
  static RuntimeException writing(UncheckedIOException e) {
    if (e.getCause() instanceof WriteFailure failure) {
      return unwritable(failure.file, failure);
    }
    return e;
  }

  /** Tells whether an exception is a failure to write the output. */
  static boolean isWriteFailure(UncheckedIOException e) {
    return e.getCause() instanceof WriteFailure;
  }

  private static CliException unwritable(@Nullable Path file, IOException e) {
    IOException cause = e instanceof WriteFailure && e.getCause() instanceof IOException io
        ? io : e;
    return CliException.io((file == null ? "cannot write to standard output"
        : "cannot write --out " + file) + ": " + Inputs.reason(cause), e);
  }

  /** A failure to write the output, told apart from one to read the input. */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable Path file;

    WriteFailure(@Nullable Path file, IOException cause) {
      super(cause.getMessage(), cause);
      this.file = file;
    }
  }

  /** A writer whose failures are {@link WriteFailure}s. */
  private static final class Marked extends Writer {
    private final Path file;
    private final Writer delegate;

    Marked(Path file, Writer delegate) {
      this.file = file;
      this.delegate = delegate;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      try {
        delegate.write(buffer, offset, length);
      } catch (IOException e) {
        throw new WriteFailure(file, e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        delegate.flush();
      } catch (IOException e) {
        throw new WriteFailure(file, e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        delegate.close();
      } catch (IOException e) {
        throw new WriteFailure(file, e);
      }
    }
  }

  /**
   * Standard output, whose {@link PrintWriter} swallows errors: checked after every {@value
   * #CHECK_EVERY} characters and on flush, a failure becomes a {@link WriteFailure}, so that a
   * streamed export to a full disk or a closed pipe stops early.
   */
  private static final class Checked extends Writer {
    private final PrintWriter delegate;
    private long unchecked;

    Checked(PrintWriter delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      delegate.write(buffer, offset, length);
      unchecked += length;
      if (unchecked >= CHECK_EVERY) {
        unchecked = 0;
        check();
      }
    }

    @Override
    public void flush() throws IOException {
      check();
    }

    /** {@link PrintWriter#checkError()} flushes, then tells whether any write failed. */
    private void check() throws IOException {
      if (delegate.checkError()) {
        throw new WriteFailure(null, new IOException("the output could not be written (a "
            + "full disk, or a closed pipe)"));
      }
    }

    @Override
    public void close() throws IOException {
      check();
    }
  }
}
