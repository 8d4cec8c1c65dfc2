package org.obaframework.examples.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer project, as a Maven user's application would be: its class path resolved by Maven
 * from a POM that imports {@code oba-bom} (the build's oba-core and oba-json and their run-time
 * dependencies, with no SLF4J provider), compiled with {@code javac} and run with {@code java},
 * once on the class path and once on the module path as a named module. It reads the four
 * documents a user writes, each from a {@code Path} (the framework, the measures, the records as
 * JSON and as CSV), and prints a report card; standard error stays empty: no SLF4J "no
 * providers" warning.
 */
class ConsumerProjectIT {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String SOURCE = """
      package consumer;

      import java.nio.file.Path;
      import java.time.LocalDate;
      import java.util.List;
      import org.obaframework.core.aggregate.Evaluation;
      import org.obaframework.core.aggregate.MeasureDefinition;
      import org.obaframework.core.aggregate.ReportingPeriod;
      import org.obaframework.core.aggregate.Results;
      import org.obaframework.core.framework.OutcomesFramework;
      import org.obaframework.core.records.Records;
      import org.obaframework.core.records.RecordValidator;
      import org.obaframework.core.records.SubjectRecords;
      import org.obaframework.core.report.ReportCard;
      import org.obaframework.core.report.ReportOptions;
      import org.obaframework.json.FrameworkJson;
      import org.obaframework.json.MeasuresJson;
      import org.obaframework.json.RecordsCsv;
      import org.obaframework.json.RecordsJson;

      public final class Main {
        public static void main(String[] args) {
          Path dir = Path.of(args[0]);
          ReportingPeriod period = ReportingPeriod.parse("2025-26");
          LocalDate asOf = period.end();
          OutcomesFramework framework = FrameworkJson.standard().read(dir.resolve("framework.json"));
          List<MeasureDefinition> measures =
              MeasuresJson.standard().read(dir.resolve("measures.json"), framework);
          Records records =
              RecordsJson.standard().read(dir.resolve("records.json"), framework, asOf);
          List<SubjectRecords> fromCsv = RecordsCsv.standard().readAll(dir.resolve("records.csv"));
          if (!fromCsv.equals(records.groups().toList())) {
            throw new AssertionError("the CSV holds other records");
          }
          RecordValidator validator = RecordValidator.of(framework, asOf);
          fromCsv.forEach(group -> {
            if (!validator.validate(group).isEmpty()) {
              throw new AssertionError("invalid records");
            }
          });
          Evaluation evaluation = Evaluation.builder().framework(framework).period(period)
              .asOf(asOf).addAllMeasures(measures).build();
          Results results = evaluation.evaluate(fromCsv.stream());
          System.out.println(ReportCard.of(evaluation, results, ReportOptions.defaults()).toText());
        }
      }
      """;

  static List<Path> classPath;

  /**
   * The consumer's class path as Maven resolves it for a project that imports {@code oba-bom} and
   * names {@code oba-json} without a version: the build's artifacts are installed, as {@code mvn
   * install} would, into a local repository of the test's own (never the user's), and the rest
   * comes from the build's local repository, offline.
   */
  @BeforeAll
  static void jars(@TempDir Path project) throws Exception {
    String version = PublishedArtifactsIT.VERSION;
    Path repository = project.resolve("repository");
    install(repository, "oba-parent", version, ROOT.resolve("pom.xml"), null);
    install(repository, "oba-bom", version, ROOT.resolve("oba-bom/target/oba-bom.pom"), null);
    for (String module : List.of("oba-core", "oba-json")) {
      install(repository, module, version, ROOT.resolve(module + "/pom.xml"),
          ROOT.resolve(module + "/target/" + module + "-" + version + ".jar"));
    }
    Files.writeString(project.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>consumer</groupId>
          <artifactId>consumer</artifactId>
          <version>1</version>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>org.obaframework</groupId>
                <artifactId>oba-bom</artifactId>
                <version>%s</version>
                <type>pom</type>
                <scope>import</scope>
              </dependency>
            </dependencies>
          </dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>org.obaframework</groupId>
              <artifactId>oba-json</artifactId>
            </dependency>
          </dependencies>
        </project>
        """.formatted(version));
    Path buildRepository = Path.of(System.getProperty("oba.localRepository"));
    Files.writeString(project.resolve("settings.xml"), """
        <settings>
          <mirrors>
            <mirror>
              <id>build</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(buildRepository.toUri()));
    Path mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn");
    Processes.Run resolved = Processes.run(project, List.of(mvn.toString(), "-B", "-q", "-o",
        "-Daether.offline.protocols=file", "-s", "settings.xml",
        "-Dmaven.repo.local=" + repository,
        "org.apache.maven.plugins:maven-dependency-plugin:"
            + System.getProperty("oba.dependencyPluginVersion") + ":build-classpath",
        "-Dmdep.outputFile=classpath.txt"));
    assertThat(resolved.exitCode()).as("%s", resolved).isZero();
    classPath = new ArrayList<>();
    for (String entry : Files.readString(project.resolve("classpath.txt")).strip()
        .split(java.io.File.pathSeparator)) {
      classPath.add(Path.of(entry));
    }
    // The BOM gave both modules the build's version; their own POMs brought the rest: Jackson,
    // SLF4J's API and no provider, and nothing of the examples (picocli, PostgreSQL, oba-jdbc).
    assertThat(classPath.stream().map(jar -> jar.getFileName().toString()))
        .contains("oba-core-" + version + ".jar", "oba-json-" + version + ".jar")
        .anyMatch(name -> name.startsWith("jackson-databind-"))
        .anyMatch(name -> name.startsWith("slf4j-api-"))
        .noneMatch(name -> name.matches("(slf4j-simple|picocli|postgresql|oba-jdbc).*"));
    assertThat(classPath).allSatisfy(jar -> assertThat(jar).isRegularFile());
  }

  /** Lays out one artifact as {@code mvn install} would in a local repository. */
  private static void install(Path repository, String artifact, String version, Path pom,
      @Nullable Path jar) throws IOException {
    Path directory = Files.createDirectories(
        repository.resolve("org/obaframework").resolve(artifact).resolve(version));
    Files.copy(pom, directory.resolve(artifact + "-" + version + ".pom"));
    if (jar != null) {
      Files.copy(jar, directory.resolve(artifact + "-" + version + ".jar"));
    }
  }

  @Test
  void readsTheFourDocumentsFromPathsAndPrintsACardOnTheClassPath(@TempDir Path dir)
      throws Exception {
    Path classes = dir.resolve("classes");
    String path = join(classPath);
    assertCard(build(dir, false, List.of("-d", classes.toString(), "-cp", path),
        List.of("-cp", classes + java.io.File.pathSeparator + path, "consumer.Main")));
  }

  @Test
  void readsTheFourDocumentsFromPathsAndPrintsACardOnTheModulePath(@TempDir Path dir)
      throws Exception {
    Path classes = dir.resolve("modules/consumer");
    String path = join(classPath);
    assertCard(build(dir, true, List.of("-d", classes.toString(), "--module-path", path),
        List.of("--module-path", classes + java.io.File.pathSeparator + path, "--module",
            "consumer/consumer.Main")));
  }

  /**
   * Writes the documents and the consumer's sources (with a module descriptor, for the module
   * path), compiles them with {@code javac} and runs them with {@code java}, with the arguments.
   */
  private static Processes.Run build(Path dir, boolean module, List<String> javac,
      List<String> java) throws Exception {
    Path data = documents(dir);
    Path sources = Files.createDirectories(dir.resolve("src/consumer"));
    List<String> compile = new ArrayList<>(List.of(Processes.jdkTool("javac")));
    compile.addAll(javac);
    compile.add(Files.writeString(sources.resolve("Main.java"), SOURCE).toString());
    if (module) {
      compile.add(Files.writeString(dir.resolve("src/module-info.java"), "module consumer {\n"
          + "  requires org.obaframework.core;\n  requires org.obaframework.json;\n}\n")
          .toString());
    }
    Processes.Run compiled = Processes.run(dir, compile);
    assertThat(compiled.exitCode()).as("%s", compiled).isZero();
    List<String> run = new ArrayList<>(List.of(Processes.jdkTool("java")));
    run.addAll(java);
    run.add(data.toString());
    return Processes.run(dir, run);
  }

  private static void assertCard(Processes.Run run) {
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).containsPattern("Children supported +4")
        .containsPattern("Children who feel safer +1 +3 +33%")
        .containsPattern("Attendance up by 5 points or more +2 +3 +67%");
    // Quiet by default: no SLF4J provider, and not a word on standard error.
    assertThat(run.err()).as("%s", run).isEmpty();
  }

  /** The README's minimal documents, and their records as CSV. */
  private static Path documents(Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    for (String name : List.of("framework.json", "measures.json", "records.json")) {
      Files.writeString(data.resolve(name),
          org.obaframework.examples.cli.ReadmeDocumentsTest.document(name));
    }
    org.obaframework.json.RecordsCsv.standard().write(
        org.obaframework.json.RecordsJson.standard().read(data.resolve("records.json")),
        data.resolve("records.csv"));
    return data;
  }

  private static String join(List<Path> paths) {
    return paths.stream().map(Path::toString)
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }
}
