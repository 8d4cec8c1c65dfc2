package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.examples.cli.CliRun.oba;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.json.FrameworkJson;
import org.obaframework.json.MeasuresJson;
import org.obaframework.json.RecordsCsv;
import org.obaframework.json.RecordsNdjson;

/**
 * Issue 18: the command line reads records from CSV, uses built-in data only for what no file
 * gives (and says so), validates with only an as-of date, and shows nested help.
 */
class CsvCliTest {
  @TempDir
  Path dir;
  Path framework;
  Path measures;
  Path ndjson;
  Path csv;
  Path wide;

  @BeforeEach
  void files() throws IOException {
    framework = Files.writeString(dir.resolve("framework.json"),
        FrameworkJson.standard().write(CliFixture.framework()));
    measures = Files.writeString(dir.resolve("measures.json"),
        MeasuresJson.standard().write(CliFixture.measures()));
    ndjson = Files.writeString(dir.resolve("records.ndjson"),
        RecordsNdjson.standard().write(CliFixture.records()));
    csv = dir.resolve("ratings.csv");
    wide = dir.resolve("reviews.csv");
  }

  @Test
  void reportsFromTheExportOfRatingsAsFromTheRecords() {
    CliRun export = oba("export", "ratings", "--records", ndjson.toString(), "--framework",
        framework.toString(), "--period", "2025-26", "--out", csv.toString());
    assertThat(export.exitCode()).as("%s", export).isZero();
    String[] files = {"--framework", framework.toString(), "--measures", measures.toString(),
        "--period", "2025-26"};
    CliRun fromNdjson = oba(concat(files, "report", "--records", ndjson.toString()));
    CliRun fromCsv = oba(concat(files, "report", "--records", csv.toString()));
    assertThat(fromCsv.exitCode()).as("%s", fromCsv).isZero();
    assertThat(fromCsv.out()).isEqualTo(fromNdjson.out());
    assertThat(fromCsv.err()).isEmpty();
  }

  @Test
  void reportsFromTheWideFormat() throws IOException {
    RecordsCsv.standard().writeWide(CliFixture.records(), wide);
    String[] files = {"--framework", framework.toString(), "--measures", measures.toString(),
        "--period", "2025-26"};
    CliRun fromWide = oba(concat(files, "report", "--records", wide.toString()));
    assertThat(fromWide.exitCode()).as("%s", fromWide).isZero();
    assertThat(fromWide.out()).isEqualTo(oba(concat(files, "report", "--records",
        ndjson.toString())).out());
  }

  @Test
  void validatesACsvFileWithOnlyAnAsOfDateAndPlacesEachProblemAtItsRow() throws IOException {
    RecordsCsv.standard().write(CliFixture.records(), csv);
    CliRun valid = oba("validate", "--framework", framework.toString(), "--records",
        csv.toString(), "--as-of", "2026-03-31");
    assertThat(valid.exitCode()).as("%s", valid).isZero();
    assertThat(valid.out()).contains("No problems: framework").contains("30 subjects");
    // An indicator the framework lacks, found by validating the subject after reading it.
    String text = Files.readString(csv);
    int line = (int) text.substring(0, text.indexOf(",RATED,")).chars()
        .filter(c -> c == '\n').count() + 1;
    Files.writeString(csv, text.replaceFirst(",([A-Z-]+),RATED,", ",NO-SUCH,RATED,"));
    CliRun invalid = oba("validate", "--framework", framework.toString(), "--records",
        csv.toString(), "--as-of", "2026-03-31");
    assertThat(invalid.exitCode()).as("%s", invalid).isEqualTo(1);
    assertThat(invalid.out()).contains(csv + ": /value (line " + line + ", column ")
        .contains("unknown indicator");
  }

  @Test
  void validateAsksForTheAsOfDateNotThePeriod() {
    CliRun run = oba("validate", "--framework", framework.toString(), "--records",
        ndjson.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing option --as-of, required with --records")
        .doesNotContain("--period,");
  }

  @Test
  void validateChecksOnlyTheFilesGiven() {
    CliRun run = oba("validate", "--framework", framework.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("No problems: framework").doesNotContain("measure")
        .doesNotContain("records");
    assertThat(run.err()).isEmpty();
    CliRun measuresOnly = oba("validate", "--measures", measures.toString());
    assertThat(measuresOnly.exitCode()).as("%s", measuresOnly).isZero();
    assertThat(measuresOnly.err()).isEqualTo(
        "oba: framework: the built-in test data (no --framework given)\n");
  }

  @Test
  void aReportWithSomeFilesNamesTheBuiltInDataItUsesForTheOthers() {
    CliRun run = oba("report", "--framework", framework.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.err().lines()).containsExactly(
        "oba: measures: the built-in test data (no --measures given)",
        "oba: records: the built-in test data (no --records given)");
  }

  @Test
  void helpGoesDownToSubcommands() {
    CliRun run = oba("help", "export", "changes");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: oba export changes");
    CliRun unknown = oba("help", "export", "nothing");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("'nothing' is not a command of oba export; expected one "
        + "of [ratings, changes, cells]");
  }

  private static String[] concat(String[] options, String... command) {
    String[] all = new String[command.length + options.length];
    System.arraycopy(command, 0, all, 0, command.length);
    System.arraycopy(options, 0, all, command.length, options.length);
    return all;
  }
}
