package org.obaframework.examples.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drives Debian's headless Chromium for tests: takes a screenshot of a page, or dumps its DOM
 * after rendering. Each run gets a fresh profile directory, deleted after, has a time limit, and
 * is killed if it overruns. Networking features are off; the pages tested make no requests.
 */
final class Chromium {
  /** Where Debian's {@code chromium} package installs the browser. */
  static final Path DEFAULT = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 120;

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

  /**
   * Renders a page and saves a PNG screenshot of the window.
   *
   * @param page the HTML file
   * @param png where to save the screenshot
   * @param width the window's width
   * @param height the window's height
   */
  void screenshot(Path page, Path png, int width, int height) throws IOException,
      InterruptedException {
    run(page, List.of("--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height, "--hide-scrollbars"));
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("Chromium did not write the screenshot " + png);
    }
  }

  /**
   * Renders a page and returns its DOM as serialised after rendering.
   *
   * @param page the HTML file
   * @return the DOM as HTML
   */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, List.of("--dump-dom"));
  }

  private String run(Path page, List<String> options) throws IOException,
      InterruptedException {
    Path profile = Files.createTempDirectory("oba-chromium-profile");
    Path out = Files.createTempFile("oba-chromium", ".out");
    Path err = Files.createTempFile("oba-chromium", ".err");
    try {
      List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless",
          "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--user-data-dir=" + profile.toAbsolutePath()));
      command.addAll(options);
      command.add(page.toAbsolutePath().toUri().toString());
      Process process = new ProcessBuilder(command)
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      try {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS
              + " s: " + command);
        }
      } finally {
        // Kill the browser and any child it left behind, whatever happened.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError("Chromium exited with " + process.exitValue() + ": "
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      delete(profile);
    }
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (java.io.UncheckedIOException e) {
      // The browser may still be removing its own files as it exits; retry once.
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
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
