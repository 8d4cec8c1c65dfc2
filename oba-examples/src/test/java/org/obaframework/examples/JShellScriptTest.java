package org.obaframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Runs the README's JShell scripts in a real JShell, as a reader would. */
class JShellScriptTest {
  /** The README's three lines that slice the IFS data, typed at the prompt. */
  static final String THREE_LINES = String.join("\n",
      "var inUnit = records.stream().filter(f -> f.episodes().get(0).deliveryModel().orElse(\"\")"
          + ".equals(IfsFramework.RESIDENTIAL_UNIT)).toList();",
      "var unitCard = ReportCard.of(evaluation, evaluation.evaluate(inUnit.stream()));",
      "System.out.println(unitCard.toText());");

  /** What the startup script and then the lines of both tests below print, in one JShell. */
  private static @Nullable String afterStartup;

  @Test
  void theQuickStartScriptRunsInJShellAndPrintsTheProblem() throws IOException,
      InterruptedException {
    String printed = jshell(List.of("src/main/jshell/quickstart.jsh"), "");

    assertThat(printed)
        .doesNotContain("Error")
        .doesNotContain("illegal start")
        .contains("review 'R-0002' of episode 'E-0001', field ratings[0].value: value off the "
            + "scale; expected one of [none, low, medium, high] or a level's score for indicator "
            + "'RISK-CARE', found a level code of 6 characters that is not on the scale");
  }

  @Test
  void theStartupScriptLoadsTheIfsDataForTheReadmesThreeLines() throws IOException,
      InterruptedException {
    assertThat(afterStartup())
        .doesNotContain("Error")
        .contains("oba: 157 synthetic IFS families in `records`")
        .containsPattern("Families given intensive support +11 ")
        .containsPattern("Families given residential support +11 ")
        .containsPattern("Children in the families supported +27 ");
  }

  @Test
  void theStartupScriptImportsObaCoreAndItsStatistics() throws IOException,
      InterruptedException {
    // Issue 18: the packages of problems and of the Wilson interval are imported too.
    assertThat(afterStartup()).doesNotContain("Error").contains("type: UNKNOWN_REFERENCE")
        .contains("wilson: 0.95").doesNotContain(" 1 indicators").doesNotContain(" 1 programmes");
  }

  /**
   * One JShell (they take seconds to start) with the startup script, typing the README's three
   * lines and then the lines that check the imports.
   */
  private static synchronized String afterStartup() throws IOException, InterruptedException {
    if (afterStartup == null) {
      afterStartup = jshell(List.of("--startup", "DEFAULT", "--startup",
          "src/main/jshell/oba-startup.jsh"), String.join("\n", THREE_LINES,
          "System.out.println(\"type: \" + ProblemType.UNKNOWN_REFERENCE);",
          "System.out.println(\"wilson: \" + Wilson.DEFAULT_CONFIDENCE);",
          "System.out.println(\"framework: \" + framework);", "/exit", ""));
    }
    return afterStartup;
  }

  /** Runs JShell on the test class path with the arguments, typing the input at its prompt. */
  private static String jshell(List<String> arguments, String input) throws IOException,
      InterruptedException {
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Path jshell = java.resolveSibling("jshell");
    String path = System.getProperty("jdk.module.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(jshell.toString(), "--class-path", path,
        "--feedback", "concise"));
    command.addAll(arguments);
    Path in = Files.writeString(Files.createTempFile("jshell-in", ".jsh"), input);
    Path output = Files.createTempFile("jshell", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(in.toFile())
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jshell finished").isTrue();
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    Files.delete(in);
    assertThat(process.exitValue()).as(printed).isZero();
    return printed;
  }
}
