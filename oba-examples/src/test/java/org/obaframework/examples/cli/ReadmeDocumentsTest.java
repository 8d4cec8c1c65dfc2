package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the README's minimal framework, records and measures (two indicators, four children)
 * validate and report exactly as the README shows.
 */
public class ReadmeDocumentsTest {
  static final Path README = Path.of("..", "README.md");

  /**
   * Returns a document the README shows, by the name its marker gives it.
   *
   * @param name such as {@code framework.json}
   * @return the document's text, ending with a newline
   */
  public static String document(String name) {
    return block("<!-- README document: " + name + " -->");
  }

  private static String block(String marker) {
    String readme;
    try {
      readme = Files.readString(README);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = readme.indexOf(marker);
    assertThat(at).as("the README's %s", marker).isNotNegative();
    int open = readme.indexOf("```", at);
    int start = readme.indexOf('\n', open) + 1;
    int end = readme.indexOf("\n```", start);
    return readme.substring(start, end + 1);
  }

  @Test
  void theMinimalDocumentsValidateAndReportAsTheReadmeShows(@TempDir Path dir)
      throws IOException {
    for (String name : List.of("framework.json", "records.json", "measures.json")) {
      Files.writeString(dir.resolve(name), document(name));
    }
    String[] files = {"--framework", dir.resolve("framework.json").toString(), "--records",
        dir.resolve("records.json").toString(), "--measures",
        dir.resolve("measures.json").toString()};
    CliRun validate = CliRun.oba(concat(files, "validate", "--as-of", "2026-03-31"));
    assertThat(validate.exitCode()).as("%s", validate).isZero();
    assertThat(validate.out().replace(dir + "/", ""))
        .isEqualTo(block("<!-- README output: oba validate -->"));
    CliRun report = CliRun.oba(concat(files, "report", "--period", "2025-26"));
    assertThat(report.exitCode()).as("%s", report).isZero();
    assertThat(report.out()).isEqualTo(block("<!-- README output: oba report -->"));
    assertThat(report.err()).isEmpty();
  }

  private static String[] concat(String[] options, String... command) {
    String[] all = new String[command.length + options.length];
    System.arraycopy(command, 0, all, 0, command.length);
    System.arraycopy(options, 0, all, command.length, options.length);
    return all;
  }
}
