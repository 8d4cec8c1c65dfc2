package org.obaframework.examples.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A file written whole or not at all: the text goes to a new temporary file beside the target,
 * which replaces the target by a rename once everything is written ({@link #commit()}). If
 * writing fails, or the writer is closed without a commit, only that temporary file is removed:
 * the target, whatever it held, is untouched, and a path the caller named is never deleted.
 *
 * <pre>{@code
 * try (AtomicFile out = AtomicFile.open(Path.of("card.html"))) {
 *   out.writer().write(html);
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>A target that exists and is not a regular file (a device such as {@code /dev/stdout}, a
 * named pipe) cannot be replaced by a rename: it is written directly, and never deleted, not
 * even on failure. A symbolic link is followed, so the file it points at is replaced and the
 * link stays. A replaced file keeps its POSIX permissions; a new one gets the default
 * permissions, as if written directly. Not thread-safe.
 */
public final class AtomicFile implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final @Nullable Path temporary;
  private final Writer writer;
  private boolean committed;
  private boolean closed;

  private AtomicFile(Path target, @Nullable Path temporary, Writer writer) {
    this.target = target;
    this.temporary = temporary;
    this.writer = writer;
  }

  /**
   * Opens a file for writing text in UTF-8.
   *
   * @param target the file to write or replace
   * @return the open file
   * @throws IOException if the temporary file (or a device, directly) cannot be opened
   */
  public static AtomicFile open(Path target) throws IOException {
    Path real = target;
    if (Files.exists(target)) {
      real = target.toRealPath();
      if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        // A device or a pipe: written as it is; there is nothing to rename over it.
        OutputStream direct = Files.newOutputStream(real, StandardOpenOption.WRITE);
        return new AtomicFile(real, null,
            new OutputStreamWriter(direct, StandardCharsets.UTF_8));
      }
    }
    Path directory = real.toAbsolutePath().getParent();
    String name = real.getFileName() == null ? "out" : real.getFileName().toString();
    Path temporary = null;
    for (int attempt = 0; temporary == null; attempt++) {
      Path candidate = directory.resolve("." + name + "." + Long.toUnsignedString(
          RANDOM.nextLong(), 36) + ".tmp");
      try {
        // Created new, with the default permissions a directly written file would get.
        temporary = Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
    try {
      copyPermissions(real, temporary);
      OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      return new AtomicFile(real, temporary, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /**
   * Writes a whole text to a file, atomically.
   *
   * @param target the file to write or replace
   * @param text the text
   * @throws IOException if it cannot be written; the target is then as it was
   */
  public static void write(Path target, String text) throws IOException {
    try (AtomicFile file = open(target)) {
      file.writer().write(text);
      file.commit();
    }
  }

  /** Gives the temporary file the permissions of the file it replaces, if there is one. */
  private static void copyPermissions(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    PosixFileAttributeView source = Files.getFileAttributeView(from,
        PosixFileAttributeView.class);
    PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && copy != null) {
      Set<PosixFilePermission> permissions = source.readAttributes().permissions();
      copy.setPermissions(permissions);
    }
  }

  /**
   * Returns the writer of the text.
   *
   * @return the writer
   */
  public Writer writer() {
    return writer;
  }

  /**
   * Returns the file written: the target, or the file a symbolic link named points at.
   *
   * @return the file
   */
  public Path target() {
    return target;
  }

  /**
   * Tells whether the target is written directly: a device or a named pipe, never replaced.
   *
   * @return whether there is no temporary file
   */
  public boolean isDirect() {
    return temporary == null;
  }

  /**
   * Completes the file: flushes and closes the text, then renames the temporary file over the
   * target (atomically where the file system can).
   *
   * @throws IOException if the text cannot be written or the rename fails; the temporary file is
   *     then removed and the target is as it was
   */
  public void commit() throws IOException {
    if (closed) {
      throw new IOException("the file is closed");
    }
    closed = true;
    try {
      writer.close();
      if (temporary != null) {
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      committed = true;
    } finally {
      if (!committed && temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Closes the file; unless committed, removes the temporary file and leaves the target as it
   * was (a device or a pipe is only closed).
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    IOException failure = null;
    if (!closed) {
      closed = true;
      try {
        writer.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    if (temporary != null) {
      Files.deleteIfExists(temporary);
    }
    if (failure != null) {
      throw failure;
    }
  }
}
