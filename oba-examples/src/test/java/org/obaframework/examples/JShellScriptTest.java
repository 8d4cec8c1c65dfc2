package org.obaframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the README's JShell script in a real JShell, as a reader would. */
class JShellScriptTest {
  @Test
  void theQuickStartScriptRunsInJShellAndPrintsTheProblem() throws IOException,
      InterruptedException {
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Path jshell = java.resolveSibling("jshell");
    String path = System.getProperty("jdk.module.path", System.getProperty("java.class.path"));
    Path script = Path.of("src/main/jshell/quickstart.jsh");
    Path output = Files.createTempFile("jshell", ".txt");
    Process process = new ProcessBuilder(List.of(jshell.toString(), "--class-path", path,
        "--feedback", "concise", script.toString()))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jshell finished").isTrue();
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);

    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed)
        .doesNotContain("Error")
        .doesNotContain("illegal start")
        .contains("review 'R-0002' of episode 'E-0001', field ratings[0].value: value off the "
            + "scale; expected one of [none, low, medium, high] or a level's score for indicator "
            + "'RISK-CARE', found 'severe'");
  }
}
