package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the renderers, in {@code src/test/resources/org/obaframework/examples/html/
 * golden}. To accept a changed rendering after reviewing it, run the tests with {@code
 * -Doba.golden.update=true}, which rewrites the files, and review the diff.
 */
final class Golden {
  private static final Path DIRECTORY =
      Path.of("src", "test", "resources", "org", "obaframework", "examples", "html", "golden");

  private Golden() {}

  static void assertMatches(String actual, String name) throws IOException {
    Path file = DIRECTORY.resolve(name);
    if (Boolean.getBoolean("oba.golden.update")) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (run with -Doba.golden.update=true to create it)",
        file.toAbsolutePath()).isRegularFile();
    assertThat(actual).as("rendering compared with golden file %s", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
