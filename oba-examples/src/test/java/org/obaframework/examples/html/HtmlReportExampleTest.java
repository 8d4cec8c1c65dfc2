package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.curve.CurveStatus;
import org.obaframework.core.report.ReportCard;

class HtmlReportExampleTest {
  @Test
  void writesTheReportCardAndTheFamilyFeedback(@TempDir Path directory) throws Exception {
    List<Path> files = HtmlReportExample.run(directory.resolve("out"));
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("report-card.html", "family-feedback.html");
    String card = Files.readString(files.get(0), StandardCharsets.UTF_8);
    assertThat(card).isEqualTo(HtmlReportExample.build().html().render());
    assertThat(Files.readString(files.get(1), StandardCharsets.UTF_8))
        .contains("How things have changed: family F-2025-04")
        .contains("at the start (June 2025) it was \u201cMedium risk\u201d. In December 2025 "
            + "it was \u201cNo risk\u201d. This has got better by 2 steps.");
  }

  @Test
  void mainWritesIntoTheDirectoryGiven(@TempDir Path directory) {
    HtmlReportExample.main(new String[] {directory.toString()});
    assertThat(directory.resolve("report-card.html")).isNotEmptyFile();
    assertThat(directory.resolve("family-feedback.html")).isNotEmptyFile();
  }

  @Test
  void computesEveryYearFromTheRecords() {
    HtmlReportExample.Output output = HtmlReportExample.build();
    assertThat(output.cards()).extracting(ReportCard::period).extracting(Object::toString)
        .startsWith("2019-04-01/2020-03-31").endsWith("2025-04-01/2026-03-31");
    assertThat(output.actuals().points()).hasSize(7);
    assertThat(output.baseline().history().points()).hasSize(HtmlReportExample.HISTORY_YEARS);
    // The last two years beat the forecast by about 10 points of some 94 families: within the
    // binomial prediction interval, so better than forecast but not yet a turn.
    assertThat(output.baseline().verdicts(output.actuals()))
        .allSatisfy(v -> assertThat(v.status()).isEqualTo(CurveStatus.BETTER_THAN_FORECAST))
        .hasSize(2);
    // The latest year's families, counted by the library.
    assertThat(output.cards().get(6).line("FAMILIES").orElseThrow().number().text())
        .isEqualTo(Integer.toString(HtmlReportExample.families(2025).size()));
  }
}
