package org.obaframework.examples.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds Debian's headless Chromium for tests, which {@link Browser} drives, and reads the size of
 * the screenshots it takes.
 */
final class Chromium {
  /** Where Debian's {@code chromium} package installs the browser. */
  static final Path DEFAULT = Path.of("/usr/bin/chromium");

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /**
   * Returns the browser at {@code $CHROMIUM}, or {@code /usr/bin/chromium}.
   *
   * @throws AssertionError saying how to install it, if it is missing
   */
  static Chromium find() {
    String configured = System.getenv("CHROMIUM");
    return at(configured == null || configured.isBlank() ? DEFAULT : Path.of(configured));
  }

  /**
   * Returns the browser at a path.
   *
   * @throws AssertionError saying how to install it, if it is missing
   */
  static Chromium at(Path path) {
    if (!Files.isExecutable(path)) {
      throw new AssertionError("Chromium is needed to test the rendered HTML, but " + path
          + " is missing or not executable. Install it with `apt-get install -y chromium` "
          + "(Debian), or set CHROMIUM to the path of a Chromium or Chrome binary.");
    }
    return new Chromium(path);
  }

  /** Returns the browser's executable. */
  Path executable() {
    return executable;
  }

  /** The width and height of a PNG image, from its IHDR chunk. */
  static int[] pngSize(Path png) throws IOException {
    byte[] header = new byte[24];
    try (InputStream in = Files.newInputStream(png)) {
      if (in.readNBytes(header, 0, 24) != 24) {
        throw new AssertionError(png + " is too short to be a PNG");
      }
    }
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    for (int i = 0; i < signature.length; i++) {
      if (header[i] != signature[i]) {
        throw new AssertionError(png + " is not a PNG");
      }
    }
    ByteBuffer buffer = ByteBuffer.wrap(header);
    return new int[] {buffer.getInt(16), buffer.getInt(20)};
  }
}
