package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.examples.cli.CliRun.oba;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.json.FrameworkJson;
import org.obaframework.json.MeasuresJson;
import org.obaframework.json.RecordsJson;
import org.obaframework.json.RecordsNdjson;
import org.obaframework.core.report.ReportCard;
import org.obaframework.json.ReportCardJson;
import org.obaframework.json.TidyCsv;

/** Every command and format of {@code oba}, run in-process on the test data and on files. */
class CliTest {
  @TempDir
  Path dir;

  private Path framework;
  private Path recordsJson;
  private Path recordsNdjson;
  private Path measures;

  @BeforeEach
  void writeTheTestDataAsFiles() throws IOException {
    framework = dir.resolve("framework.json");
    Files.writeString(framework, FrameworkJson.standard().write(CliFixture.framework()));
    recordsJson = dir.resolve("records.json");
    Files.writeString(recordsJson, RecordsJson.standard().write(CliFixture.records()));
    recordsNdjson = dir.resolve("records.ndjson");
    Files.writeString(recordsNdjson, RecordsNdjson.standard().write(CliFixture.records()));
    measures = dir.resolve("measures.json");
    Files.writeString(measures, MeasuresJson.standard().write(CliFixture.measures()));
  }

  // --- report

  @Test
  void reportsTheCardOfTheBuiltInDataAsOfThePeriodsEnd() {
    CliRun run = oba("report");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("report card 2025-04-01/2026-03-31, as of 2026-03-31")
        .containsPattern("Families supported +30")
        .containsPattern("Children supported +45")
        .containsPattern("Families whose tenancy risk fell +23 +30 +77%")
        .containsPattern("Children whose attendance improved +15 +30 +50%");
    // Issue 18: built-in data are used only for what no file gives, and standard error says so.
    assertThat(run.err().lines()).containsExactly(
        "oba: framework: the built-in test data (no --framework given)",
        "oba: measures: the built-in test data (no --measures given)",
        "oba: records: the built-in test data (no --records given)");
  }

  @Test
  void anEarlierAsOfDateSeesLess() {
    CliRun run = oba("report", "--as-of", "2025-09-30");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("as of 2025-09-30")
        .containsPattern("Families supported +18");
  }

  @Test
  void suppressesSmallCellsUnderDfeDisclosureControl() {
    CliRun run = oba("report", "--by", "local-authority", "--disclosure", "dfe");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Disclosure control: dfe")
        .contains("FS-FAMILIES by local-authority")
        .containsPattern("LA-1 +14")
        .containsPattern("\\(other\\) +16")
        .containsPattern("all +30")
        .contains("[c]");
    // LA-3's 4 families are hidden, and LA-2's with them, so that 30 - 14 - 12 does not give
    // them away; their rows are folded into one, which names neither.
    String families = run.out().substring(run.out().indexOf("FS-FAMILIES by local-authority"));
    families = families.substring(0, families.indexOf("\n\n"));
    assertThat(families).doesNotContain("LA-2", "LA-3");
    // Without disclosure control the 4 families of LA-3 are shown.
    assertThat(oba("report", "--by", "local-authority").out()).containsPattern("LA-3 +4\\n");
  }

  @Test
  void startCohortsCountEachFamilyInTheQuarterItStartedAndAMeasuresFileGivesTheBreakdowns()
      throws IOException {
    // Family i starts on 2025-04-07 plus 10 (i - 1) days and stays open: 9 families start in
    // each of the first three quarters and 3 in the last; open in a quarter, 9, 18, 27 and 30.
    CliRun started = oba("report", "--by", "started-quarter");
    assertThat(started.exitCode()).as(started.toString()).isZero();
    assertThat(started.out()).contains("FS-FAMILIES by started-financial-quarter")
        .containsPattern("2025-04-01/2025-06-30 +9\\n")
        .containsPattern("2025-10-01/2025-12-31 +9\\n")
        .containsPattern("2026-01-01/2026-03-31 +3\\n");
    assertThat(oba("report", "--by", "quarter").out())
        .containsPattern("2025-10-01/2025-12-31 +27\\n")
        .containsPattern("2026-01-01/2026-03-31 +30\\n");
    // A measures file's breakdowns are the card's when no --by is given.
    Path withBreakdowns = dir.resolve("measures-by-cohort.json");
    Files.writeString(withBreakdowns, MeasuresJson.standard().write(new MeasuresJson.Document(
        CliFixture.measures(), List.of(org.obaframework.core.aggregate.Breakdown.cohort(
            org.obaframework.core.aggregate.Cohort.STARTED,
            org.obaframework.core.aggregate.PeriodKind.FINANCIAL_QUARTER)))));
    Path without = dir.resolve("measures.json");
    Files.writeString(without, MeasuresJson.standard().write(CliFixture.measures()));
    CliRun fromFile = oba("report", "--measures", withBreakdowns.toString());
    assertThat(fromFile.exitCode()).as(fromFile.toString()).isZero();
    assertThat(fromFile.out()).isEqualTo(oba("report", "--measures", without.toString(), "--by",
        "started-quarter").out());
    assertThat(oba("report", "--measures", withBreakdowns.toString(), "--by", "quarter").out())
        .as("--by overrides the file's breakdowns").doesNotContain("started-");
  }

  @Test
  void breaksDownByHierarchiesCombinationsAndQuarters() {
    CliRun run = oba("report", "--by", "attribute:nation/local-authority", "--by",
        "local-authority:at-episode-start+delivery-model", "--by", "quarter");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("wales > LA-2 +12")
        .containsPattern("england > LA-3 +4")
        .contains("LA-1 | (not recorded)")
        .containsPattern("2025-04-01/2025-06-30 +9");
  }

  @Test
  void writesTheCardAsJsonThatReadsBack() {
    CliRun run = oba("report", "--format", "json", "--by", "local-authority",
        "--disclosure", "dfe");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    ReportCard card = ReportCardJson.read(run.out());
    assertThat(card.lines()).hasSize(4);
    assertThat(run.out()).contains("\"formatVersion\": 1").contains("\"disclosure\": \"dfe\"")
        .contains("\"text\": \"[c]\"");
  }

  @Test
  void writesTheCardsCellsAsTidyCsv() {
    CliRun run = oba("report", "--format", "csv", "--by", "local-authority",
        "--disclosure", "dfe");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", TidyCsv.CELL_COLUMNS));
    assertThat(lines).contains("FS-FAMILIES,,,number,30,SHOWN,30",
        "FS-FAMILIES,local-authority,(other),count,16,SHOWN,16", ",,,disclosure,dfe,,");
    assertThat(run.out()).doesNotContain("PRIMARY", "SECONDARY");
    assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(",[c],SUPPRESSED,"));
  }

  @Test
  void writesToTheOutFileAndNothingToStandardOutput() throws IOException {
    Path out = dir.resolve("card.txt");
    CliRun run = oba("report", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(oba("report").out());
  }

  @Test
  void readsTheFrameworkAndRecordsFromJsonAndNdjsonFilesAlike() {
    String builtIn = oba("report", "--by", "local-authority").out();
    assertThat(builtIn).startsWith("test data: report card");
    for (Path records : List.of(recordsJson, recordsNdjson)) {
      CliRun run = oba("report", "--framework", framework.toString(), "--records",
          records.toString(), "--period", "2025-26", "--by", "local-authority");
      assertThat(run.exitCode()).as(run.toString()).isZero();
      // The card of a file is titled with the framework's name, the rest is the same.
      assertThat(run.out()).startsWith("Family support (test): report card")
          .isEqualTo(builtIn.replaceFirst("test data", "Family support (test)"));
    }
  }

  @Test
  void readsTheMeasuresFromAFile() throws IOException {
    CliRun all = oba("report", "--framework", framework.toString(), "--records",
        recordsNdjson.toString(), "--measures", measures.toString(), "--period", "FY2025",
        "--title", "T");
    assertThat(all.exitCode()).as(all.toString()).isZero();
    assertThat(all.out()).isEqualTo(oba("report", "--title", "T").out());
    Path one = dir.resolve("one.json");
    Files.writeString(one, MeasuresJson.standard().write(CliFixture.measures().subList(0, 1)));
    CliRun families = oba("report", "--measures", one.toString());
    assertThat(families.exitCode()).as(families.toString()).isZero();
    assertThat(families.out()).containsPattern("Families supported +30")
        .doesNotContain("Children supported");
  }

  @Test
  void writesTheCardAsAnHtmlPage() throws IOException {
    Path out = dir.resolve("card.html");
    CliRun run = oba("report", "--by", "local-authority", "--disclosure", "dfe", "--format",
        "html", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Families supported")
        .contains("[c]").contains("Records: test data.")
        .doesNotContain("F-0001", "made with oba report");
  }

  @Test
  void writesTheCardInWelshWithTheUntranslatedMarkedAndListed() throws IOException {
    Path out = dir.resolve("cerdyn.html");
    CliRun run = oba("report", "--format", "html", "--lang", "cy", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(out));
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select(".quadrant h2").eachText()).contains(
        "Maint yr ymdrech Faint wnaethom ni?");
    // The test framework names its measures in English only: marked and listed, not hidden.
    assertThat(page.select(".untranslated").eachText()).contains("Families supported");
    assertThat(page.select("#untranslated")).hasSize(1);
  }

  @Test
  void writesOneBilingualCardOrTwoLinkedCards() throws IOException {
    Path out = dir.resolve("cerdyn.html");
    CliRun run = oba("report", "--format", "html", "--lang", "cy+en", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(out));
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select(".quadrant h2").eachText()).contains(
        "Maint yr ymdrech / Quantity of effort Faint wnaethom ni? / How much did we do?");
    assertThat(linkedPair("card", "report", "--format", "html").get(1)
        .select("a[hreflang=cy]").text()).isEqualTo("Darllenwch y cerdyn adroddiad hwn yn Gymraeg");
    CliRun noOut = oba("report", "--format", "html", "--lang", "cy,en");
    assertThat(noOut.exitCode()).isEqualTo(Oba.USAGE);
    assertThat(noOut.err()).contains("--lang cy,en writes two linked pages; expected --out FILE");
    CliRun bad = oba("report", "--format", "html", "--lang", "cy+cy");
    assertThat(bad.exitCode()).isEqualTo(Oba.USAGE);
    assertThat(bad.err()).contains("'cy+cy' is not one of en, cy");
    assertThat(oba("report", "--lang", "cy+en").exitCode()).isEqualTo(Oba.USAGE);
  }

  /**
   * Runs oba with {@code --lang cy,en --out DIR/NAME.html}: checks that it writes NAME.cy.html
   * and NAME.en.html, not NAME.html, each linking to the other in the other's language, and
   * returns them, Welsh first.
   */
  private List<org.jsoup.nodes.Document> linkedPair(String name, String... args)
      throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--lang", "cy,en", "--out", dir.resolve(name + ".html").toString()));
    CliRun pair = oba(all.toArray(String[]::new));
    assertThat(pair.exitCode()).as(pair.toString()).isZero();
    assertThat(pair.err()).contains(name + ".cy.html and ").contains(name + ".en.html");
    assertThat(dir.resolve(name + ".html")).doesNotExist();
    List<org.jsoup.nodes.Document> pages = new ArrayList<>();
    for (String language : List.of("cy", "en")) {
      org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(
          dir.resolve(name + "." + language + ".html")));
      String other = language.equals("cy") ? "en" : "cy";
      assertThat(page.select("html").attr("lang")).isEqualTo(language);
      assertThat(page.select("a[hreflang=" + other + "][lang=" + other + "]").attr("href"))
          .isEqualTo(name + "." + other + ".html");
      pages.add(page);
    }
    return pages;
  }

  @Test
  void drawsTheHeadlineCurveFromEarlierPeriodsOrASeriesFile() throws IOException {
    Path out = dir.resolve("curves.html");
    CliRun run = oba("report", "--format", "html", "--history-periods", "2", "--out",
        out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(out));
    // FS-TENANCY is the framework's one headline measure: its curve is on the card.
    assertThat(page.select(".tile svg.small-curve")).hasSize(1);
    assertThat(page.select("table.curve-data tbody th").eachText())
        .containsExactly("2023-24", "2024-25", "2025-26");
    Path series = dir.resolve("tenancy.csv");
    Files.writeString(series, "period,value,numerator,denominator\nFY2022,,10,20\n"
        + "FY2023,,11,20\nFY2024,,12,20\n");
    run = oba("report", "--format", "html", "--series", "FS-TENANCY=" + series, "--out",
        out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    page = org.jsoup.Jsoup.parse(Files.readString(out));
    assertThat(page.select("table.curve-data tbody th").eachText())
        .containsExactly("2022-23", "2023-24", "2024-25", "2025-26");
    assertThat(page.select(".tile .verdict").text()).containsAnyOf("than forecast",
        "as forecast");
    // A series must end before the card's period, and name a measure of the card.
    Files.writeString(series, "period,value,numerator,denominator\nFY2025,,10,20\n");
    run = oba("report", "--format", "html", "--series", "FS-TENANCY=" + series);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    run = oba("report", "--format", "html", "--series", "NO-SUCH=" + series);
    assertThat(run.exitCode()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.err()).contains("NO-SUCH", "FS-TENANCY");
    run = oba("report", "--history-periods", "2");
    assertThat(run.exitCode()).isEqualTo(Oba.USAGE);
    assertThat(run.err()).contains("expected --format html");
  }

  @Test
  void writesCurvesAsAnHtmlPage() throws IOException {
    Path out = dir.resolve("curve.html");
    CliRun run = oba("curve", "--every", "quarter", "--history", "3", "--forecast", "1",
        "--format", "html", "--lang", "cy", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(out));
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("svg.curve[role=img] desc")).isNotEmpty();
    assertThat(page.select("table.curve-data")).hasSize(page.select("svg.curve").size());
    assertThat(oba("curve", "--lang", "cy").exitCode()).isEqualTo(Oba.USAGE);
    // One bilingual page, Welsh first, as oba report makes one.
    run = oba("curve", "--every", "quarter", "--history", "3", "--forecast", "1", "--format",
        "html", "--lang", "cy+en", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    page = org.jsoup.Jsoup.parse(Files.readString(out));
    assertThat(page.select("html").attr("lang")).isEqualTo("cy");
    assertThat(page.select("h1 > span[lang=cy] + span.sep + span[lang=en]")).hasSize(1);
    assertThat(page.select("svg.curve text tspan[lang=cy] ~ tspan[lang=en]")).isNotEmpty();
    // Two linked pages, each linking to the other in the other's words.
    assertThat(linkedPair("curves", "curve", "--every", "quarter", "--history", "3",
        "--forecast", "1", "--format", "html").get(1).select("a[hreflang=cy]").text())
        .isEqualTo("Darllenwch y dudalen hon yn Gymraeg");
    CliRun noOut = oba("curve", "--format", "html", "--lang", "cy,en");
    assertThat(noOut.exitCode()).isEqualTo(Oba.USAGE);
    assertThat(noOut.err()).contains("--lang cy,en writes two linked pages; expected --out FILE");
    assertThat(oba("curve", "--format", "html", "--lang", "cy+cy").err())
        .contains("'cy+cy' is not one of en, cy");
  }

  @Test
  void evaluatesInParallelToTheSameCard() {
    String sequential = oba("report", "--by", "local-authority", "--by", "quarter", "--title",
        "Test").out();
    CliRun parallel = oba("report", "--by", "local-authority", "--by", "quarter",
        "--parallel", "--records", recordsNdjson.toString(), "--period", "FY2025", "--title",
        "Test");
    assertThat(parallel.exitCode()).as(parallel.toString()).isZero();
    assertThat(parallel.out()).isEqualTo(sequential);
  }

  @Test
  void readsAMalformedFileInParallelToTheSameProblems() throws IOException {
    String text = Files.readString(recordsNdjson);
    List<String> lines = new ArrayList<>(text.lines().toList());
    lines.set(5, lines.get(5).replaceFirst(",", ",,"));
    lines.add(lines.get(1));
    Path broken = dir.resolve("malformed.ndjson");
    Files.writeString(broken, String.join("\n", lines) + "\n");
    CliRun sequential = oba("report", "--records", broken.toString(), "--period", "FY2025");
    CliRun parallel = oba("report", "--parallel", "--records", broken.toString(), "--period",
        "FY2025");
    assertThat(sequential.exitCode()).as(sequential.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(sequential.err()).contains("line 6").contains("line " + lines.size());
    assertThat(parallel.exitCode()).isEqualTo(sequential.exitCode());
    assertThat(parallel.err()).isEqualTo(sequential.err());
    assertThat(parallel.out()).isEqualTo(sequential.out()).isEmpty();
  }

  @Test
  void evaluatesALargeFileInParallelPartsToTheSameCardAndProblems() throws IOException {
    // Large enough (over 2 MiB) for the reader to cut it into parts read on several threads.
    Path large = dir.resolve("large.ndjson");
    Files.writeString(large, RecordsNdjson.standard().write(CliFixture.records(4_000)));
    assertThat(Files.size(large)).isGreaterThan(2L << 20);
    String[] report = {"report", "--by", "local-authority", "--records", large.toString(),
        "--period", "FY2025"};
    CliRun sequential = oba(report);
    CliRun parallel = oba(concat(report, "--parallel"));
    assertThat(sequential.exitCode()).as(sequential.toString()).isZero();
    assertThat(sequential.out()).containsPattern("Families supported +4000 ");
    assertThat(parallel.exitCode()).as(parallel.toString()).isZero();
    assertThat(parallel.out()).isEqualTo(sequential.out());

    // Invalid records far apart: found in parallel in no set order, listed in the file's order.
    List<String> lines = new ArrayList<>(Files.readString(large).lines().toList());
    int near = lines.size() / 10;
    int far = lines.size() - 10;
    for (int i : new int[] {near, far}) {
      while (!lines.get(i).startsWith("{\"type\":\"review\"")) {
        i++;
      }
      lines.set(i, lines.get(i).replaceFirst("\"value\":\"(high|medium)\"",
          "\"value\":\"extreme\""));
    }
    Path invalid = dir.resolve("large-invalid.ndjson");
    Files.writeString(invalid, String.join("\n", lines) + "\n");
    String[] invalidReport = {"report", "--records", invalid.toString(), "--period", "FY2025"};
    CliRun oneThread = oba(invalidReport);
    CliRun parts = oba(concat(invalidReport, "--parallel"));
    assertThat(oneThread.exitCode()).as(oneThread.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(oneThread.err()).contains("2 problems");
    assertThat(parts.exitCode()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(parts.err()).isEqualTo(oneThread.err());
  }

  private static String[] concat(String[] args, String more) {
    String[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }

  @Test
  void reportsProgressOnStandardErrorWithoutNamingAnyone() {
    CliRun run = oba("report", "--progress", "--records", recordsNdjson.toString(),
        "--period", "2025-26");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).endsWith("oba: 30 subjects read from " + recordsNdjson + "\n");
    assertThat(run.err()).doesNotContain("F-0").doesNotContain("LA-");
    assertThat(oba("report", "--no-progress").err()).doesNotContain("subjects read");
  }

  @Test
  void invalidRecordsStopTheReportListingEveryProblem() throws IOException {
    Path broken = dir.resolve("broken.ndjson");
    Files.writeString(broken, RecordsNdjson.standard().write(brokenRecords()));
    CliRun run = oba("report", "--records", broken.toString(), "--period", "2025-26");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("value off the scale").contains("unknown indicator")
        .contains("3 problems in " + broken);
  }

  @Test
  void measuresThatDoNotFitTheFrameworkAreInvalidInput() throws IOException {
    Path renamed = dir.resolve("renamed.json");
    Files.writeString(renamed, Files.readString(framework).replace("SCHOOL-ATT", "SCHOOL-ATTEND"));
    CliRun run = oba("report", "--framework", renamed.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.err()).contains("test data (against framework CLI-TEST): ")
        .contains("SCHOOL-ATT").contains("in test data (against framework CLI-TEST)");
    CliRun validate = oba("validate", "--framework", renamed.toString(), "--measures",
        measures.toString());
    assertThat(validate.exitCode()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(validate.out()).contains("SCHOOL-ATT");
  }

  // --- validate

  @Test
  void validatesTheBuiltInDataWithoutProblems() {
    CliRun run = oba("validate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("No problems: framework CLI-TEST (test data); 30 subjects "
        + "of records (test data) as of 2026-03-31; 4 measures (test data).\n");
  }

  @Test
  void validatesFilesWithAnAsOfDateAlone() {
    CliRun run = oba("validate", "--framework", framework.toString(), "--records",
        recordsNdjson.toString(), "--as-of", "2026-03-31");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("framework CLI-TEST (" + framework + ")")
        .contains("30 subjects of records (" + recordsNdjson + ") as of 2026-03-31");
  }

  @Test
  void listsEveryProblemOfABrokenRecordsFileWithItsLocationAndExits1() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, RecordsJson.standard().write(brokenRecords()));
    CliRun run = oba("validate", "--framework", framework.toString(), "--records",
        broken.toString(), "--period", "2025-26");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.subList(0, 3)).allSatisfy(line ->
        assertThat(line).startsWith(broken + ": /reviews/").contains("(line "));
    assertThat(run.out())
        .contains("value off the scale; expected one of [none, low, medium, high]")
        .contains("found a level code of 6 characters that is not on the scale")
        .doesNotContain("severe")
        .contains("unknown indicator")
        .contains("expected a number from 0 to 100 %");
    assertThat(lines.get(3)).isEqualTo("3 problems: 3 in " + broken + ".");
  }

  @Test
  void listsEveryProblemOfABrokenNdjsonFileByLine() throws IOException {
    String text = RecordsNdjson.standard().write(CliFixture.records())
        .replaceFirst("\"rater\":\"PRACTITIONER\"", "\"rater\":\"TEACHER\"")
        .replaceFirst("\"kind\":\"FAMILY\"", "\"kind\":\"HOUSEHOLD\"");
    Path broken = dir.resolve("broken.ndjson");
    Files.writeString(broken, text);
    CliRun run = oba("validate", "--records", broken.toString(), "--period", "2025-26");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    // The values are described, never quoted (issue 20): the kind by its nearest... length.
    assertThat(run.out()).contains("(line 2, column").contains("field kind")
        .contains("field rater").doesNotContain("HOUSEHOLD", "TEACHER")
        .contains("2 problems: 2 in " + broken + ".");
  }

  @Test
  void bytesThatAreNotUtf8InNdjsonAreAProblemOfTheirLineAndExit1() throws IOException {
    // Issue 20: they were the JDK's "Input length = 1", with no line, and exit code 3.
    String text = Files.readString(recordsNdjson);
    int at = text.indexOf("\"kind\":\"FAMILY\"");
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - text.lastIndexOf('\n', at) + 2;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    bytes[at + 2] = (byte) 0xFF;
    Path broken = dir.resolve("not-utf8.ndjson");
    Files.write(broken, bytes);
    String where = "(line " + line + ", column " + column + ")";
    CliRun validate = oba("validate", "--records", broken.toString(), "--period", "2025-26");
    assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(validate.out()).contains(where, "not UTF-8", "byte " + (at + 2) + " of the file");
    for (String parallel : new String[] {"--progress", "--parallel"}) {
      CliRun report = oba("report", parallel, "--records", broken.toString(), "--period",
          "FY2025");
      assertThat(report.exitCode()).as(report.toString()).isEqualTo(Oba.INVALID_INPUT);
      assertThat(report.err()).contains(where, "not UTF-8").doesNotContain("Input length");
    }
  }

  @Test
  void aBrokenFrameworkIsListedAndTheRecordsAreCheckedForTheirFormat() throws IOException {
    Path broken = dir.resolve("broken-framework.json");
    Files.writeString(broken, Files.readString(framework)
        .replace("\"formatVersion\": 1", "\"formatVersion\": 1, \"colour\": \"red\""));
    CliRun run = oba("validate", "--framework", broken.toString(), "--records",
        recordsJson.toString(), "--period", "FY2025");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.out()).contains(broken + ": /colour (line 2,")
        .contains("unknown property").contains("1 problem: 1 in " + broken + ".");
  }

  @Test
  void listsEveryProblemOfABrokenMeasuresFile() throws IOException {
    Path broken = dir.resolve("broken-measures.json");
    Files.writeString(broken, Files.readString(measures)
        .replace("\"countingUnit\": \"CHILD\"", "\"countingUnit\": \"PUPIL\"")
        .replaceFirst("\"programme\": \"FS\"", "\"programme\": \"XX\""));
    CliRun run = oba("validate", "--measures", broken.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.out()).contains(broken + ": /measures/").contains("field countingUnit")
        .doesNotContain("PUPIL").contains("problems: ").contains(" in " + broken + ".");
    CliRun report = oba("report", "--measures", broken.toString());
    assertThat(report.exitCode()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(report.err()).contains("field countingUnit").doesNotContain("PUPIL")
        .contains("problems in " + broken);
  }

  // --- explain

  @Test
  void explainsOneFamilysDecision() {
    CliRun run = oba("explain", "F-0002", "--measure", "FS-TENANCY");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Measure FS-TENANCY for family F-0002")
        .contains("\"high\" in review R-0002-1 on 2025-04-24, then \"low\" in review R-0002-2")
        .endsWith("Decision: better off.\n");
  }

  @Test
  void explainsOneChildOfAFamily() {
    CliRun run = oba("explain", "F-0002-C1", "--measure", "FS-ATTENDANCE", "--records",
        recordsNdjson.toString(), "--period", "2025-26");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Measure FS-ATTENDANCE for child F-0002-C1")
        .contains("72 % in review R-0002-1").doesNotContain("F-0002-C2");
  }

  @Test
  void aChildOfAFamilyMeasureGetsTheFamilysDecision() {
    CliRun run = oba("explain", "F-0004-C2", "--measure", "FS-TENANCY");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Measure FS-TENANCY is decided per family; F-0004-C2 is a "
        + "member of family F-0004, whose decision follows.")
        .contains("Decision: not better off.");
  }

  @Test
  void aFamilyOfAChildMeasureGetsItsChildrensDecisionsNeverXIsAMemberOfX() {
    CliRun run = oba("explain", "F-0002", "--measure", "FS-ATTENDANCE");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Measure FS-ATTENDANCE is decided per child; family "
        + "F-0002's decisions follow.\n\nMeasure FS-ATTENDANCE for child F-0002-C1")
        .doesNotContain("is a member of");
  }

  @Test
  void explainsAnEpisodesDecisionOrTheDecisionThatJudgesIt() throws IOException {
    // Issue 13: a measure that counts episodes is explained for an episode's id.
    BetterOffDefinition tenancy = (BetterOffDefinition) CliFixture.measures().stream()
        .filter(m -> m.code().equals("FS-TENANCY")).findFirst().orElseThrow();
    Path episodes = dir.resolve("episodes.json");
    Files.writeString(episodes, MeasuresJson.standard().write(List.of(BetterOffDefinition.of(
        tenancy.name(), BetterOffMeasure.builder().from(tenancy.measure())
            .code("FS-EPISODES").countingUnit(CountingUnit.EPISODE).build()))));
    CliRun perEpisode = oba("explain", "E-0002", "--measure", "FS-EPISODES", "--measures",
        episodes.toString());
    assertThat(perEpisode.exitCode()).as(perEpisode.toString()).isZero();
    assertThat(perEpisode.out()).startsWith("Measure FS-EPISODES for episode E-0002 of subject "
        + "F-0002 of programme FS (").doesNotContain("episode E-0002, episode E-0002");
    // A family measure, asked about its episode, shows the family's decision on it.
    CliRun perFamily = oba("explain", "E-0002", "--measure", "FS-TENANCY");
    assertThat(perFamily.exitCode()).as(perFamily.toString()).isZero();
    assertThat(perFamily.out()).startsWith("Measure FS-TENANCY judges each family on its latest "
        + "episode; episode E-0002 is judged in the decision on family F-0002, which follows.\n\n"
        + "Measure FS-TENANCY for family F-0002, episode E-0002 of programme FS (");
  }

  @Test
  void putsTheDecisionInPlainWordsForTheFamily() {
    CliRun text = oba("explain", "F-0002", "--measure", "FS-TENANCY", "--format", "feedback");
    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out()).contains("F-0002").contains("Risk of losing the tenancy")
        .contains("April 2025").doesNotContain("R-0002-1");
    CliRun html = oba("explain", "F-0002", "--measure", "FS-TENANCY", "--format", "html");
    assertThat(html.exitCode()).as(html.toString()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Risk of losing the tenancy");
  }

  @Test
  void noDecisionBeforeTheEpisodeIsInvalidInput() {
    CliRun run = oba("explain", "F-0030", "--measure", "FS-TENANCY", "--as-of", "2025-06-30");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.err()).endsWith("oba explain: no decision on measure FS-TENANCY for "
        + "F-0030: no episode of programme FS open in 2025-04-01/2026-03-31 by 2025-06-30\n");
  }

  @Test
  void anUnknownSubjectOrMeasureIsInvalidInput() {
    CliRun subject = oba("explain", "F-9999", "--measure", "FS-TENANCY");
    assertThat(subject.exitCode()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(subject.err()).endsWith("oba explain: no subject, family member or episode "
        + "'F-9999' in test data\n");
    CliRun measure = oba("explain", "F-0001", "--measure", "FS-FAMILIES");
    assertThat(measure.exitCode()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(measure.err()).contains("no better-off measure 'FS-FAMILIES'; expected one of "
        + "[FS-TENANCY, FS-ATTENDANCE]");
  }

  // --- curve

  @Test
  void drawsTheCurveOfTheHeadlineMeasureFromQuarterlyReportCards() {
    CliRun run = oba("curve");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Families whose tenancy risk fell (FS-TENANCY), higher is better")
        .contains("100%, 75%, 76.2%, 76.7%")
        .contains("Baseline: linear trend, logistic regression of the counts")
        .contains("made 2026-03-31")
        .contains("2026-04-01/2026-06-30: forecast");
  }

  @Test
  void judgesLaterValuesAgainstTheForecastOfTheHistory() {
    CliRun run = oba("curve", "--measure", "FS-ATTENDANCE", "--history", "3", "--forecast",
        "0", "--scenario", "last-value", "--target", "60");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Baseline: last value carried forward, made 2025-12-31")
        .contains("2026-01-01/2026-03-31: forecast 47.6%; actual 50%: better than forecast")
        .contains("target 60%");
  }

  @Test
  void writesOneCurveAsJson() {
    CliRun run = oba("curve", "--measure", "FS-TENANCY", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("{\n  \"formatVersion\": 1,")
        .contains("\"numerator\": 23,").contains("\"denominator\": 30")
        .contains("\"scenario\": \"linear trend\"")
        .contains("\"model\": \"LOGISTIC_BINOMIAL\"");
    CliRun two = oba("curve", "--measure", "FS-TENANCY", "--measure", "FS-ATTENDANCE",
        "--format", "json");
    assertThat(two.exitCode()).isEqualTo(Oba.USAGE);
    assertThat(two.err()).contains("--format json writes one curve");
  }

  @Test
  void drawsTheCurveOfACsvSeries() throws IOException {
    Path series = dir.resolve("tenancy.csv");
    Files.writeString(series, "period,value,numerator,denominator\n"
        + "FY2021,62.5,25,40\nFY2022,70,28,40\nFY2023,,33,44\nFY2024,80,36,45\n");
    CliRun run = oba("curve", "--series", series.toString(), "--measure", "STABLE",
        "--name", "Stable tenancy", "--forecast", "1", "--target", "85");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Curve of tenancy.csv")
        .contains("Stable tenancy (STABLE), higher is better")
        .contains("62.5%, 70%, 75%, 80%")
        .contains("made 2025-03-31")
        .contains("2025-04-01/2026-03-31: forecast")
        .contains(", denominator 45)")
        .contains("target 85%, variance -5 points");
  }

  @Test
  void refusesATrendOfPercentsWithCountsInSomeRowsOnly() throws IOException {
    Path series = dir.resolve("mixed.csv");
    Files.writeString(series, "period,value,numerator,denominator\n"
        + "FY2021,62.5,25,40\nFY2022,70,28,40\nFY2023,,33,44\nFY2024,80,,\n");
    CliRun run = oba("curve", "--series", series.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.err()).contains("field points[3].numerator, denominator")
        .contains("the counts behind the percent of 2024-04-01/2025-03-31, as 3 of the 4 "
            + "points have");
    // Carried forward, the series needs no model of its counts.
    assertThat(oba("curve", "--series", series.toString(), "--scenario", "last-value")
        .exitCode()).isZero();
  }

  @Test
  void countsHaveALogLinearTrendNeverBelowZero() throws IOException {
    Path series = dir.resolve("families.csv");
    Files.writeString(series, "period,value\nFY2021-Q1,73\nFY2021-Q2,128\nFY2021-Q3,151\n"
        + "FY2021-Q4,136\n");
    CliRun run = oba("curve", "--series", series.toString(), "--unit", "count");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("log-linear regression of the counts, quasi-Poisson")
        .doesNotContain("(95% -");
  }

  @Test
  void listsEveryProblemOfACsvSeriesByLine() throws IOException {
    Path series = dir.resolve("bad.csv");
    Files.writeString(series, "period,value,numerator,denominator\n"
        + "FY2021,62.5,25,40\nlast year,70,28,40\nFY2023,abc,,\nFY2024,80,5,\n");
    CliRun run = oba("curve", "--series", series.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(run.err())
        .contains(series + ": line 3, field period: invalid text; expected FY2025")
        .contains(series + ": line 4, field value: invalid text; expected a finite number, "
            + "found a text of 3 characters that is not a finite number")
        .contains(series + ": line 5, field denominator: invalid text")
        .contains("3 problems in " + series);
  }

  // --- export

  @Test
  void exportsEveryRating() {
    CliRun run = oba("export", "ratings");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", TidyCsv.RATING_COLUMNS));
    long ratings = CliFixture.records().reviews().stream()
        .mapToLong(r -> r.ratings().size()).sum();
    assertThat(lines).hasSize((int) ratings + 1);
  }

  @Test
  void exportsChangesWithOneHeaderWhileStreaming() throws IOException {
    Path out = dir.resolve("changes.csv");
    CliRun run = oba("export", "changes", "--records", recordsNdjson.toString(), "--period",
        "2025-26", "--rater", "practitioner", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(String.join(",", TidyCsv.CHANGE_COLUMNS));
    assertThat(lines.stream().filter(l -> l.startsWith("subject,"))).hasSize(1);
    // Each family's tenancy risk and each child's attendance: 30 + 45 changes.
    assertThat(lines).hasSize(1 + 30 + 45)
        .contains("F-0002,,E-0002,TENANCY-RISK,PRACTITIONER,R-0002-1,2025-04-24,high,"
            + "R-0002-2,2025-06-16,low,IMPROVED,2,");
  }

  @Test
  void exportsTheCellsOfTheReportCard() {
    CliRun cells = oba("export", "cells", "--by", "local-authority", "--disclosure", "dfe");
    assertThat(cells.exitCode()).as(cells.toString()).isZero();
    assertThat(cells.out()).isEqualTo(oba("report", "--format", "csv", "--by",
        "local-authority", "--disclosure", "dfe").out());
  }

  @Test
  void aFailedExportLeavesNoPartialFile() throws IOException {
    Path broken = dir.resolve("broken.ndjson");
    Files.writeString(broken, RecordsNdjson.standard().write(brokenRecords()));
    Path out = dir.resolve("ratings.csv");
    CliRun run = oba("export", "ratings", "--records", broken.toString(), "--period",
        "2025-26", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(Oba.INVALID_INPUT);
    assertThat(out).doesNotExist();
  }

  // --- usage, I/O errors, help

  @ParameterizedTest
  @ValueSource(strings = {"report --colour", "report --by postcode",
      "report --period last-year", "report --as-of yesterday", "report --format pdf",
      "report --disclosure strict", "report --confidence 95", "frobnicate",
      "explain F-0001", "curve --history 0", "curve --scenario cubic", "export",
      "export ratings --records records.txt --period 2025-26",
      "report --records records.ndjson"})
  void usageErrorsExit2WithAHint(String line) {
    CliRun run = oba(line.split(" "));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(Oba.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--help' for more information.");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = oba();
    assertThat(run.exitCode()).isEqualTo(Oba.USAGE);
    assertThat(run.err()).startsWith("oba: missing command").contains("Usage: oba");
  }

  @Test
  void aMissingFileExits3WithAClearMessageAndNoStackTrace() {
    Path missing = dir.resolve("missing.ndjson");
    CliRun run = oba("report", "--records", missing.toString(), "--period", "2025-26");
    assertThat(run.exitCode()).isEqualTo(Oba.IO_ERROR);
    assertThat(run.err()).endsWith("oba report: cannot read --records " + missing
        + ": no such file\n");
    CliRun framework = oba("validate", "--framework", dir.resolve("fw.json").toString());
    assertThat(framework.exitCode()).isEqualTo(Oba.IO_ERROR);
    assertThat(framework.err()).contains("cannot read --framework").contains("no such file");
  }

  @Test
  void verbosePrintsTheStackTrace() {
    Path missing = dir.resolve("missing.json");
    CliRun run = oba("report", "--verbose", "--records", missing.toString(), "--period",
        "2025-26");
    assertThat(run.exitCode()).isEqualTo(Oba.IO_ERROR);
    assertThat(run.err()).contains("NoSuchFileException").contains("\tat ");
  }

  @Test
  void anUnwritableOutputExits3() {
    Path out = dir.resolve("no-such-dir").resolve("card.txt");
    CliRun run = oba("report", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(Oba.IO_ERROR);
    assertThat(run.err()).endsWith("oba report: cannot write --out " + out
        + ": no such file\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "report", "validate", "explain", "curve", "export",
      "export ratings", "export changes", "export cells"})
  void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
    List<String> args = new ArrayList<>(command.isEmpty() ? List.of()
        : List.of(command.split(" ")));
    args.add("--help");
    CliRun run = oba(args.toArray(new String[0]));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: oba" + (command.isEmpty() ? "" : " " + command))
        .contains("Example").contains("Exit codes:").contains("  3  a file cannot be read");
    assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length())
        .isLessThanOrEqualTo(80));
  }

  @Test
  void printsItsVersion() {
    CliRun run = oba("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("oba 0.").contains("Java ");
  }

  @Test
  void anUnexpectedFailureExits4WithItsStackTrace() {
    CliRun run = CliRun.with(() -> {
      throw new IllegalStateException("broken built-in data");
    }, "report");
    assertThat(run.exitCode()).isEqualTo(Oba.FAILURE);
    assertThat(run.err()).contains("unexpected failure").contains("broken built-in data")
        .contains("\tat ");
  }

  /** The test records with three problems: a level off the scale, an unknown indicator, 101 %. */
  static Records brokenRecords() {
    Records records = CliFixture.records();
    List<Review> reviews = new ArrayList<>();
    for (Review review : records.reviews()) {
      switch (review.id()) {
        case "R-0001-2" -> reviews.add(Review.builder().from(review)
            .ratings(List.of(Rating.of("TENANCY-RISK", "severe"))).build());
        case "R-0002-2" -> reviews.add(Review.builder().from(review)
            .ratings(List.of(Rating.of("RENT-ARREARS", "high"))).build());
        case "R-0003-2" -> reviews.add(Review.builder().from(review)
            .ratings(List.of(Rating.of("SCHOOL-ATT", 101).about("F-0003-C1"))).build());
        default -> reviews.add(review);
      }
    }
    return Records.of(records.subjects(), records.episodes(), reviews);
  }
}
