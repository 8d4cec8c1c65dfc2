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

  @Test
  void csvReadsBackAsOneObservationPerRow() {
    StringWriter out = new StringWriter();
    java.util.List<org.obaframework.core.records.SubjectRecords> families =
        OutputFixtures.families();
    TidyCsv.ratings(families.stream(), out);
    tools.jackson.dataformat.csv.CsvMapper mapper =
        tools.jackson.dataformat.csv.CsvMapper.builder().build();
    java.util.List<java.util.Map<String, String>> rows;
    try (tools.jackson.databind.MappingIterator<java.util.Map<String, String>> it = mapper
        .readerForMapOf(String.class)
        .with(tools.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
        .readValues(out.toString())) {
      rows = it.readAll();
    }
    long ratings = families.stream().flatMap(f -> f.reviews().stream())
        .mapToLong(r -> r.ratings().size()).sum();
    assertThat(rows).hasSize((int) ratings);
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(TidyCsv.RATING_COLUMNS);
    assertThat(rows).allSatisfy(row -> assertThat(row.get("assessedOn"))
        .matches("\\d{4}-\\d{2}-\\d{2}"));
  }
}
