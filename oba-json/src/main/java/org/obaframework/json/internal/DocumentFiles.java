package org.obaframework.json.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way every document of oba-json meets a {@link Writer}, an {@link OutputStream} or a
 * {@link Path}: text written and flushed (streams and writers are never closed: the caller owns
 * them), files read through their bytes, and files written whole or not at all.
 */
public final class DocumentFiles {
  private DocumentFiles() {}

  /**
   * Writes a text to a writer and flushes it.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(String text, Writer writer) {
    try {
      writer.write(text);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes through a writer of UTF-8 over a stream, then flushes it; the stream is not closed.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(OutputStream out, Consumer<Writer> write) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write.accept(writer);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a file through a stream of its bytes, closed after.
   *
   * @throws UncheckedIOException if the file cannot be opened or read
   */
  public static <T> T read(Path file, Function<InputStream, T> read) {
    try (InputStream in = Files.newInputStream(file)) {
      return read.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a file in UTF-8 whole or not at all: to a new temporary file beside it, renamed over it
   * once written. If writing fails, only the temporary file is removed and the file is as it was.
   * A file that exists and is not a regular file (a device, a named pipe) is written directly. A
   * new file is readable by its owner only; a replaced one keeps its permissions.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Path file, Consumer<Writer> write) {
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        try (Writer direct = writer(Files.newOutputStream(file, StandardOpenOption.WRITE))) {
          write.accept(direct);
        }
        return;
      }
      Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
      Path directory = target.toAbsolutePath().getParent();
      // Created readable by its owner only (the documents may hold personal data); a file
      // replaced keeps its permissions.
      Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
      boolean moved = false;
      try {
        PosixFileAttributeView before = Files.exists(target)
            ? Files.getFileAttributeView(target, PosixFileAttributeView.class) : null;
        PosixFileAttributeView after = Files.getFileAttributeView(temporary,
            PosixFileAttributeView.class);
        if (before != null && after != null) {
          after.setPermissions(before.readAttributes().permissions());
        }
        try (Writer writer = writer(Files.newOutputStream(temporary,
            StandardOpenOption.TRUNCATE_EXISTING))) {
          write.accept(writer);
        }
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        moved = true;
      } finally {
        if (!moved) {
          Files.deleteIfExists(temporary);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }
}
