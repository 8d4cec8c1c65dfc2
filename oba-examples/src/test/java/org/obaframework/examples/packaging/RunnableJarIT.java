package org.obaframework.examples.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar that {@code mvn package} builds, {@code oba-examples/target/oba.jar}, run as
 * the README says: {@code java -jar oba.jar report} prints the IFS report card.
 */
class RunnableJarIT {
  static final Path JAR = Path.of("target/oba.jar").toAbsolutePath();

  @Test
  void javaDashJarPrintsTheIfsReportCard(@TempDir Path directory) throws Exception {
    Processes.Run run = Processes.run(directory,
        List.of(Processes.jdkTool("java"), "-jar", JAR.toString(), "report"));

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("Intensive Family Support (synthetic data): report card "
        + "2025-04-01/2026-03-31, as of 2026-03-31");
    for (String figure : List.of("Families given intensive support    157",
        "Adults in the families supported    239", "Children in the families supported  484",
        "Families given residential support   11", "22  157  14%", "121  157  77%",
        "184  484  38%", "124  157  79%", "74  157  47%", "148  157  94%", "128  150  85%",
        "120  150  80%", "60  150  40%", "52  100  52%", "21   42  50%")) {
      assertThat(run.out()).as("%s", run).contains(figure);
    }
    // The built-in data are named, and nothing else is said.
    assertThat(run.err().lines()).containsExactly(
        "oba: framework: the built-in Intensive Family Support (synthetic data) (no --framework "
            + "given)",
        "oba: measures: the built-in Intensive Family Support (synthetic data) (no --measures "
            + "given)",
        "oba: records: the built-in Intensive Family Support (synthetic data) (no --records "
            + "given)");
  }

  @Test
  void nestedHelpNamesTheSubcommand(@TempDir Path directory) throws Exception {
    Processes.Run run = Processes.run(directory,
        List.of(Processes.jdkTool("java"), "-jar", JAR.toString(), "help", "export", "changes"));

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Usage: oba export changes");
  }

  @Test
  void carriesTheLicenceTheNoticeAndAMainClass() throws IOException {
    assertThat(Files.size(JAR)).isPositive();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("org.obaframework.examples.cli.Oba");
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8)).contains("Apache License")
          .contains("PostgreSQL Global Development Group");
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8)).contains("the oba authors");
      assertThat(jar.getEntry("module-info.class")).isNull();
    }
  }
}
