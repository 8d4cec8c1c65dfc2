package org.obaframework.examples.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program of the JDK (java, javac) in a child process, as a user's shell would. */
final class Processes {
  private Processes() {}

  /**
   * One finished run.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /** The path of a program of the running JDK, such as {@code java} or {@code javac}. */
  static String jdkTool(String name) {
    Path tool = Path.of(System.getProperty("java.home"), "bin", name);
    return Files.isExecutable(tool) ? tool.toString() : name;
  }

  /** Runs a command in a directory, waiting at most two minutes. */
  static Run run(Path directory, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(directory, "out", ".txt");
    Path err = Files.createTempFile(directory, "err", ".txt");
    Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    try {
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
