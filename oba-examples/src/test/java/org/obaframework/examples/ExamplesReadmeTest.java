package org.obaframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** oba-examples' README names every runnable example and every JShell script it ships. */
class ExamplesReadmeTest {
  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void namesEveryClassWithAMain() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> mains;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      mains = files.filter(f -> f.toString().endsWith(".java"))
          // The oba command line has its own documentation.
          .filter(f -> !f.startsWith(SOURCES.resolve("org/obaframework/examples/cli")))
          .filter(f -> read(f).contains("public static void main(String[] args)"))
          .map(f -> SOURCES.relativize(f).toString().replace('/', '.')
              .replaceAll("\\.java$", ""))
          .sorted().toList();
    }
    assertThat(mains).contains("org.obaframework.examples.ifs.IfsReport",
        "org.obaframework.examples.population.PopulationExample");
    assertThat(mains).allSatisfy(main -> assertThat(readme).contains("`" + main + "`"));
  }

  @Test
  void namesEveryJShellScriptAndTheLauncher() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> scripts;
    try (Stream<Path> files = Files.list(Path.of("src/main/jshell"))) {
      scripts = files.map(f -> "src/main/jshell/" + f.getFileName()).sorted().toList();
    }
    assertThat(scripts).contains("src/main/jshell/oba-startup.jsh");
    assertThat(scripts).allSatisfy(script -> assertThat(readme).contains(script));
    assertThat(readme).contains("./oba-jshell");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
