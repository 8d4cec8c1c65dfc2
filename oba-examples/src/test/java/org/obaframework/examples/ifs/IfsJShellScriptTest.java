package org.obaframework.examples.ifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the IFS JShell script in a real JShell, as a researcher would. */
class IfsJShellScriptTest {
  @Test
  void theIfsScriptPrintsTheReportCardFromTheEmbeddedData() throws IOException,
      InterruptedException {
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Path jshell = java.resolveSibling("jshell");
    String path = System.getProperty("jdk.module.path", System.getProperty("java.class.path"));
    Path output = Files.createTempFile("jshell", ".txt");
    Process process = new ProcessBuilder(List.of(jshell.toString(), "--class-path", path,
        "--feedback", "concise", "src/main/jshell/ifs.jsh"))
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
        .contains("157 families")
        .contains(IfsReport.run())
        .contains("IFS-ATTENDANCE: 52 of 100 families");
  }
}
