package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.examples.cli.CliRun.oba;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.json.FrameworkJson;
import org.obaframework.json.RecordsNdjson;

/**
 * Issue 20, safe by default, at the command line: no file destroyed ({@code --out} written
 * through a temporary file, an input refused as {@code --out}, a device or pipe written and never
 * deleted), write errors on standard output an error, limits hit quickly in a small heap, no
 * line forged by a control character, and every problem listed.
 */
class SafeCliTest {
  @TempDir
  Path dir;

  private Path framework;
  private Path records;
  private Path broken;

  @BeforeEach
  void files() throws IOException {
    framework = dir.resolve("framework.json");
    Files.writeString(framework, FrameworkJson.standard().write(CliFixture.framework()));
    records = dir.resolve("records.ndjson");
    Files.writeString(records, RecordsNdjson.standard().write(CliFixture.records()));
    broken = dir.resolve("broken.ndjson");
    Files.writeString(broken, RecordsNdjson.standard().write(CliTest.brokenRecords()));
  }

  // --- files

  @Test
  void aFailedExportLeavesTheFileItNamesAsItWasAndNoTemporaryFile() throws IOException {
    Path out = dir.resolve("ratings.csv");
    Files.writeString(out, "last week's export\n");
    CliRun run = oba("export", "ratings", "--records", broken.toString(), "--period", "2025-26",
        "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(Files.readString(out)).isEqualTo("last week's export\n");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aSuccessfulRunReplacesTheFileWholeKeepingItsPermissions() throws IOException {
    Path out = dir.resolve("card.txt");
    Files.writeString(out, "old\n");
    Set<PosixFilePermission> own = Set.of(PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE);
    Files.setPosixFilePermissions(out, own);
    CliRun run = oba("report", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(out)).contains("report card 2025-04-01/2026-03-31");
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(own);
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void anInputNamedAsOutIsRefusedBeforeAnythingIsWritten() throws IOException {
    String before = Files.readString(records);
    CliRun run = oba("export", "ratings", "--records", records.toString(), "--period",
        "2025-26", "--out", records.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.USAGE);
    assertThat(run.err()).contains("--out").contains("is an input of this command");
    // The same file by another name: a relative path and a symbolic link.
    Path link = dir.resolve("link.ndjson");
    Files.createSymbolicLink(link, records);
    CliRun viaLink = oba("report", "--framework", framework.toString(), "--records",
        link.toString(), "--period", "2025-26", "--out", records.toString());
    assertThat(viaLink.exitCode()).as(viaLink.toString()).isEqualTo(Oba.USAGE);
    CliRun framed = oba("report", "--framework", framework.toString(), "--out",
        dir.resolve(".").resolve("framework.json").toString());
    assertThat(framed.exitCode()).as(framed.toString()).isEqualTo(Oba.USAGE);
    assertThat(Files.readString(records)).isEqualTo(before);
    assertThat(Files.readString(framework)).startsWith("{");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aNamedPipeIsWrittenDirectlyAndNeverDeletedEvenOnFailure() throws Exception {
    Path pipe = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    CompletableFuture<String> read = readAll(pipe);
    CliRun run = oba("report", "--out", pipe.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(read.get(60, TimeUnit.SECONDS)).contains("report card 2025-04-01/2026-03-31");
    assertThat(pipe).exists();

    CompletableFuture<String> partial = readAll(pipe);
    CliRun failed = oba("export", "ratings", "--records", broken.toString(), "--period",
        "2025-26", "--out", pipe.toString());
    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(Oba.INVALID_INPUT);
    partial.get(60, TimeUnit.SECONDS);
    assertThat(pipe).exists();
    assertThat(Files.isRegularFile(pipe)).isFalse();
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void writingToAFullDeviceOnStandardOutputExits3() throws Exception {
    Child run = child("-Xmx256m", List.of("report"), new File("/dev/full"));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.IO_ERROR);
    assertThat(run.err()).contains("cannot write to standard output");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aFullDeviceAsOutIsWrittenDirectlyFailsWith3AndIsNotDeleted() {
    CliRun run = oba("report", "--out", "/dev/full");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.IO_ERROR);
    assertThat(run.err()).contains("cannot write --out /dev/full");
    assertThat(Path.of("/dev/full")).exists();
  }

  // --- limits, in a small heap

  @Test
  void aBreakdownOfTheYearsOneTo9999ByMonthIsRefusedAtOnce() throws Exception {
    Child run = child("-Xmx64m", List.of("report", "--period", "0001-01-01..9999-12-31",
        "--by", "month"), null);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.USAGE);
    assertThat(run.err()).contains("119988").contains("at most 1000")
        .contains("--max-periods");
  }

  @Test
  void aForecastOfAHundredMillionPeriodsIsRefusedAtOnce() throws Exception {
    Child run = child("-Xmx64m", List.of("curve", "--forecast", "100000000"), null);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.USAGE);
    assertThat(run.err()).contains("--forecast").contains("0 to 1000");
  }

  @Test
  void aFrameworkWithAFiftyMegabyteStringFailsCleanlyInA256MegabyteHeap() throws Exception {
    Path big = dir.resolve("big.json");
    try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write("{\"formatVersion\": 1, \"code\": \"BIG\", \"name\": {\"en\": \"");
      char[] block = "Zebedee Moonbeam ".repeat(1024).toCharArray();
      for (long written = 0; written < 50L << 20; written += block.length) {
        out.write(block);
      }
      out.write("\"}}\n");
    }
    for (String command : List.of("validate")) {
      Child run = child("-Xmx256m", List.of(command, "--framework", big.toString()), null);
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
      assertThat(run.out() + run.err()).contains("over a limit").contains("a string longer "
          + "than 1048576 characters").doesNotContain("Zebedee", "OutOfMemory");
    }
  }

  @Test
  void aConfidenceThatWouldMakeEveryIntervalNanIsRefusedStatingTheRange() {
    CliRun run = oba("report", "--confidence", "0.9999999999999999");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.USAGE);
    assertThat(run.err()).contains("a level above 0 and at most 0.9999");
    CliRun highest = oba("report", "--confidence", "0.9999");
    assertThat(highest.exitCode()).as(highest.toString()).isZero();
    assertThat(highest.out()).doesNotContain("NaN").contains("Wilson 100%");
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedAndTheLimitCanBeRaised() {
    CliRun small = oba("validate", "--framework", framework.toString(),
        "--max-document-size", "1K");
    assertThat(small.exitCode()).as(small.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(small.out()).contains("a document longer than 1024 characters");
    CliRun raised = oba("validate", "--framework", framework.toString(),
        "--max-document-size", "64M");
    assertThat(raised.exitCode()).as(raised.toString()).isZero();
  }

  // --- control characters, every problem, lines

  @Test
  void noValueOfAFileForgesALineOrDrivesTheTerminal() throws IOException {
    Path forged = dir.resolve("forged.ndjson");
    Files.writeString(forged, Files.readString(records).replaceFirst("\"kind\":\"FAMILY\"",
        "\"kind\":\"X\\\\nNo problems: all is well\\\\u001b[2J\""));
    CliRun run = oba("validate", "--framework", framework.toString(), "--records",
        forged.toString(), "--as-of", "2026-03-31");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.out().lines()).noneMatch(line -> line.startsWith("No problems"));
    assertThat(run.out()).doesNotContain("\u001b").doesNotContain("all is well");
  }

  @Test
  void everyProblemIsListedOrCountedAndEachHasALine() throws IOException {
    Records base = CliFixture.records();
    List<Review> reviews = new ArrayList<>();
    for (Review review : base.reviews()) {
      reviews.add(Review.builder().from(review).ratings(List.of(Rating.of("TENANCY-RISK",
          "severe"), Rating.of("SCHOOL-ATT", 101).about(review.id().replace("R-", "F-")
          .replaceFirst("-[0-9]+$", "") + "-C1"))).build());
    }
    Path many = dir.resolve("many.ndjson");
    Files.writeString(many, RecordsNdjson.standard().write(Records.of(base.subjects(),
        base.episodes(), reviews)));
    CliRun all = oba("validate", "--framework", framework.toString(), "--records",
        many.toString(), "--as-of", "2026-03-31");
    assertThat(all.exitCode()).as(all.toString()).isEqualTo(Oba.INVALID_INPUT);
    List<String> problems = all.out().lines().filter(l -> l.startsWith(many.toString()))
        .toList();
    assertThat(problems).hasSizeGreaterThan(100)
        .allSatisfy(line -> assertThat(line).contains("(line ").contains(", column "));
    CliRun capped = oba("validate", "--framework", framework.toString(), "--records",
        many.toString(), "--as-of", "2026-03-31", "--max-problems", "100");
    assertThat(capped.out().lines().filter(l -> l.startsWith(many.toString())))
        .hasSize(100);
    assertThat(capped.out()).contains(problems.size() + " in " + many + " ("
        + (problems.size() - 100) + " not listed; --max-problems lists more)");
  }

  @Test
  void bytesThatAreNotUtf8AreALocatedProblemWithExit1() throws IOException {
    Path bad = dir.resolve("bad.json");
    byte[] text = Files.readAllBytes(framework);
    byte[] broken = new byte[text.length + 1];
    System.arraycopy(text, 0, broken, 0, 40);
    broken[40] = (byte) 0xC3;
    broken[41] = (byte) 0x28;
    System.arraycopy(text, 41, broken, 42, text.length - 41);
    Files.write(bad, broken);
    CliRun run = oba("validate", "--framework", bad.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.out()).contains("(line ").contains("bytes that are not UTF-8");
    Path series = dir.resolve("series.csv");
    Files.write(series, new byte[] {'p', 'e', 'r', 'i', 'o', 'd', ',', 'v', 'a', 'l', 'u', 'e',
        '\n', 'F', 'Y', '2', '0', '2', '5', ',', (byte) 0xFF, '\n'});
    CliRun csv = oba("curve", "--series", series.toString());
    assertThat(csv.exitCode()).as(csv.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(csv.err()).contains("(line 2, column 8)").contains("not UTF-8");
  }

  @Test
  void ndjsonLinesAreReadWithinTheLimitsOfEveryCommand() throws IOException {
    // Every subject's line followed by an empty line: a problem of each empty line.
    Path spaced = dir.resolve("spaced.ndjson");
    List<String> lines = Files.readAllLines(records);
    StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
    int empty = 0;
    for (String line : lines.subList(1, lines.size())) {
      text.append(line).append('\n');
      if (line.startsWith("{\"type\":\"subject\"")) {
        text.append('\n');
        empty++;
      }
    }
    assertThat(empty).isGreaterThan(12);
    Files.writeString(spaced, text);
    for (List<String> command : List.of(List.of("validate", "--as-of", "2026-03-31"),
        List.of("report", "--period", "2025-26"))) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--framework", framework.toString(), "--records", spaced.toString(),
          "--max-problems", "10"));
      CliRun capped = oba(args.toArray(String[]::new));
      assertThat(capped.exitCode()).as(capped.toString()).isEqualTo(Oba.INVALID_INPUT);
      String printed = capped.out() + capped.err();
      assertThat(printed.lines().filter(l -> l.contains("an empty line"))).as(printed)
          .hasSize(10);
      assertThat(printed).contains((empty - 10) + " not listed; --max-problems lists more");
    }
    // A line longer than --max-document-size is a problem of its line.
    CliRun shortLines = oba("validate", "--framework", framework.toString(), "--records",
        records.toString(), "--as-of", "2026-03-31", "--max-document-size", "100");
    assertThat(shortLines.exitCode()).as(shortLines.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(shortLines.out()).contains("(line 2, column 1)")
        .contains("a line of at most 100 characters");
  }

  // --- helpers

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private static CompletableFuture<String> readAll(Path pipe) {
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(pipe)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "failed: " + e;
      }
    });
  }

  /** This JVM's class path and module path, as one class path: oba's modules are plain jars. */
  private static String classPath() {
    String modules = System.getProperty("jdk.module.path");
    return System.getProperty("java.class.path")
        + (modules == null || modules.isEmpty() ? "" : File.pathSeparator + modules);
  }

  /** What a run of {@code oba} in its own JVM printed, and its exit code. */
  private record Child(int exitCode, String out, String err) {}

  /**
   * Runs {@code oba} on the built-in data in a new JVM with a heap limit; its standard output
   * goes to {@code stdout} if given. Waits at most two minutes, so that a limit not hit fails
   * the test instead of hanging the build.
   */
  private Child child(String heap, List<String> arguments, File stdout) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-XX:+ExitOnOutOfMemoryError", "-cp", classPath(), Oba.class.getName()));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    Path err = dir.resolve("child.err");
    Path out = dir.resolve("child.out");
    builder.redirectError(err.toFile());
    builder.redirectOutput(stdout != null ? stdout : out.toFile());
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("oba " + arguments + " ran for two minutes");
    }
    return new Child(process.exitValue(), stdout != null ? "" : Files.readString(out),
        Files.readString(err));
  }
}
