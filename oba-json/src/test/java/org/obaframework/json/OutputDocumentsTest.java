package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.obaframework.core.report.DisclosurePolicy;

/**
 * The output documents and CSV exports of fixed inputs, reviewed by eye once and then asserted
 * byte for byte ({@code mvn test -Doba.golden.update=true} rewrites them after an intended change).
 */
class OutputDocumentsTest {
  private static void assertGolden(String name, String written) throws IOException {
    assertThat(written).isEqualTo(OutputFixtures.golden(name, written));
    assertThat(written).endsWith("\n").doesNotContain("\r");
  }

  @Test
  void reportCardWithoutDisclosureControl() throws IOException {
    assertGolden("report-card-none.json",
        ReportCardJson.write(OutputFixtures.card(DisclosurePolicy.NONE)));
  }

  @Test
  void reportCardUnderTheDfeRule() throws IOException {
    assertGolden("report-card-dfe.json",
        ReportCardJson.write(OutputFixtures.card(DisclosurePolicy.DFE)));
  }

  @Test
  void reportCardUnderStatsWalesRounding() throws IOException {
    assertGolden("report-card-stats-wales.json",
        ReportCardJson.write(OutputFixtures.card(DisclosurePolicy.STATS_WALES)));
  }

  @Test
  void curveWithBaselineAndVerdicts() throws IOException {
    assertGolden("curve.json",
        CurveJson.write(OutputFixtures.baseline(), OutputFixtures.actuals()));
  }

  @Test
  void curveOfASeriesAlone() throws IOException {
    assertGolden("curve-series.json", CurveJson.write(OutputFixtures.history()));
  }

  @Test
  void turnTheCurveRecord() throws IOException {
    assertGolden("turn-the-curve.json",
        TurnTheCurveJson.standard().write(OutputFixtures.record()));
  }

  @Test
  void ratingsCsv() throws IOException {
    StringWriter out = new StringWriter();
    TidyCsv.ratings(OutputFixtures.families().subList(0, 4).stream(), out);
    assertGolden("ratings.csv", out.toString());
  }

  @Test
  void changesCsv() throws IOException {
    StringWriter out = new StringWriter();
    TidyCsv.changes(OutputFixtures.changes(), out);
    assertGolden("changes.csv", out.toString());
  }

  @Test
  void reportCellsCsvUnderTheDfeRule() throws IOException {
    StringWriter out = new StringWriter();
    TidyCsv.reportCells(OutputFixtures.card(DisclosurePolicy.DFE), out);
    assertGolden("report-cells-dfe.csv", out.toString());
  }

  @Test
  void reportCellsCsvWithoutDisclosureControl() throws IOException {
    StringWriter out = new StringWriter();
    TidyCsv.reportCells(OutputFixtures.card(DisclosurePolicy.NONE), out);
    assertGolden("report-cells-none.csv", out.toString());
  }

  @Test
  void writersAreDeterministic() {
    assertThat(ReportCardJson.write(OutputFixtures.card(DisclosurePolicy.DFE)))
        .isEqualTo(ReportCardJson.write(OutputFixtures.card(DisclosurePolicy.DFE)));
    assertThat(CurveJson.write(OutputFixtures.baseline(), OutputFixtures.actuals()))
        .isEqualTo(CurveJson.write(OutputFixtures.baseline(), OutputFixtures.actuals()));
  }

  @Test
  void csvLeavesTheWriterOpen() {
    StringWriter out = new StringWriter();
    TidyCsv.changes(java.util.List.of(), out);
    out.write("more");
    assertThat(out.toString()).startsWith(String.join(",", TidyCsv.CHANGE_COLUMNS) + "\n")
        .endsWith("more");
  }
}
