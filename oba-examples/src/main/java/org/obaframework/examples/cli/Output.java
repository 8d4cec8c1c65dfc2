package org.obaframework.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a command writes its result: the {@code --out} file, or standard output. A file is
 * deleted again if the command fails before {@link #commit()}, so that a failed run leaves no
 * partial file behind. Not thread-safe.
 */
final class Output implements AutoCloseable {
  private final @Nullable Path file;
  private final Writer writer;
  private boolean committed;

  private Output(@Nullable Path file, Writer writer) {
    this.file = file;
    this.writer = writer;
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
      return new Output(null, stdout);
    }
    try {
      return new Output(file, new Marked(file, Files.newBufferedWriter(file,
          StandardCharsets.UTF_8)));
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
   * @throws CliException if the file cannot be written (exit code 3)
   */
  static void write(@Nullable Path file, PrintWriter stdout, String text) {
    try (Output out = open(file, stdout)) {
      out.writer().write(text);
      out.commit();
    } catch (IOException e) {
      throw file == null ? new UncheckedIOException(e) : unwritable(file, e);
    }
  }

  /** Returns the writer. */
  Writer writer() {
    return writer;
  }

  /**
   * Marks the output complete and flushes it.
   *
   * @throws CliException if the file cannot be written (exit code 3)
   */
  void commit() {
    try {
      writer.flush();
    } catch (IOException e) {
      throw file == null ? new UncheckedIOException(e) : unwritable(file, e);
    }
    committed = true;
  }

  /** Closes a file, deleting it unless committed; flushes standard output. */
  @Override
  public void close() {
    try {
      if (file == null) {
        writer.flush();
        return;
      }
      writer.close();
      if (!committed) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw file == null ? new UncheckedIOException(e) : unwritable(file, e);
    }
  }

  /**
   * Returns the failure to write a file, or rethrows a failure to write as such; anything else
   * is returned as it is.
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

  private static CliException unwritable(Path file, IOException e) {
    IOException cause = e instanceof WriteFailure && e.getCause() instanceof IOException io
        ? io : e;
    return CliException.io("cannot write --out " + file + ": " + Inputs.reason(cause), e);
  }

  /** A failure to write the output file, told apart from one to read the input. */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    WriteFailure(Path file, IOException cause) {
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
}
