package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.stats.Interval;

/**
 * Reading report card documents back: the golden files are read and written again byte for byte,
 * reading gives back the card written, and the shipped JSON Schema accepts them.
 */
class ReportCardJsonTest {
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ReportCardJson.schema(), InputFormat.JSON);

  private static String golden(String name) throws IOException {
    DisclosurePolicy policy = switch (name) {
      case "report-card-none.json" -> DisclosurePolicy.NONE;
      case "report-card-dfe.json" -> DisclosurePolicy.DFE;
      default -> DisclosurePolicy.STATS_WALES;
    };
    return OutputFixtures.golden(name, ReportCardJson.write(OutputFixtures.card(policy)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"report-card-none.json", "report-card-dfe.json",
      "report-card-stats-wales.json"})
  void goldenFilesAreReadAndWrittenAgainByteForByte(String name) throws IOException {
    String json = golden(name);
    ReportCard read = ReportCardJson.read(json);
    assertThat(ReportCardJson.write(read)).isEqualTo(json);
    assertThat(ReportCardJson.read(new StringReader(json))).isEqualTo(read);
    assertThat(ReportCardJson.read(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(read);
  }

  @ParameterizedTest
  @ValueSource(strings = {"report-card-none.json", "report-card-dfe.json",
      "report-card-stats-wales.json"})
  void readingAGoldenFileGivesBackTheCardItWasWrittenFrom(String name) throws IOException {
    DisclosurePolicy policy = switch (name) {
      case "report-card-none.json" -> DisclosurePolicy.NONE;
      case "report-card-dfe.json" -> DisclosurePolicy.DFE;
      default -> DisclosurePolicy.STATS_WALES;
    };
    ReportCard card = OutputFixtures.card(policy);
    assertThat(ReportCardJson.read(golden(name))).isEqualTo(card).hasSameHashCodeAs(card);
    assertThat(card.options().disclosure()).isEqualTo(policy);
    assertThat(golden(name)).contains("\"protection\": \"" + policy.protection() + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"report-card-none.json", "report-card-dfe.json",
      "report-card-stats-wales.json"})
  void theSchemaAcceptsTheGoldenFiles(String name) throws IOException {
    assertThat(SCHEMA.validate(golden(name), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theDfeCardHidesValuesAndSaysOnlyThatTheyAreHidden() throws IOException {
    String json = golden("report-card-dfe.json");
    ReportCard card = ReportCardJson.read(json);
    ReportLine evicted = card.lines().get(0);
    assertThat(evicted.number()).isEqualTo(Cell.hidden(CellStatus.SUPPRESSED, "[c]"));
    assertThat(evicted.interval()).isEmpty();
    assertThat(card.tables()).hasSize(5);
    assertThat(card.tables().get(0).total().cells()).hasSize(2);
    assertThat(card.changeProfiles()).hasSize(1);
    assertThat(json).doesNotContain("PRIMARY", "SECONDARY");
  }

  @Test
  void theSchemaRejectsDocumentsOfTheWrongShape() throws IOException {
    String json = golden("report-card-dfe.json");
    for (String bad : List.of(
        json.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        json.replace("\"title\": \"Intensive family support\",",
            "\"title\": \"Intensive family support\", \"x\": 1,"),
        json.replaceFirst("\"status\": \"SUPPRESSED\"",
            "\"status\": \"SUPPRESSED\", \"value\": 3"),
        json.replaceFirst("\"status\": \"SUPPRESSED\"",
            "\"status\": \"SUPPRESSED_PRIMARY\""),
        json.replaceFirst("\"status\": \"SHOWN\"", "\"status\": \"VISIBLE\""),
        json.replaceFirst("\"section\": \"HOW_MUCH\"", "\"section\": \"HOW_MANY\""),
        json.replace("\"period\": \"2025-04-01/2026-03-31\"", "\"period\": \"FY2025\""),
        json.replace("\"confidence\": 0.95", "\"confidence\": 1.5"),
        json.replaceFirst("\"value\": 0", "\"value\": -1"))) {
      assertThat(bad).isNotEqualTo(json);
      assertThat(SCHEMA.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
    }
  }

  @Test
  void writingToAWriterWritesTheDocument() {
    for (DisclosurePolicy policy : List.of(DisclosurePolicy.NONE, DisclosurePolicy.DFE,
        DisclosurePolicy.ONS_10_5, DisclosurePolicy.STATS_WALES)) {
      ReportCard card = OutputFixtures.card(policy);
      StringWriter writer = new StringWriter();
      ReportCardJson.write(card, writer);
      assertThat(writer.toString()).isEqualTo(ReportCardJson.write(card));
      assertThat(ReportCardJson.read(writer.toString())).isEqualTo(card);
    }
  }

  @Test
  void thePublishedValueRefusesWhatTheDocumentCannotHold() {
    assertThatThrownBy(() -> new Cell(OptionalLong.of(3), CellStatus.SUPPRESSED, "[c]"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PercentCell(OptionalDouble.of(3), CellStatus.NO_DENOMINATOR,
        "[z]")).isInstanceOf(ValidationException.class);
    Cell shown = Cell.shown(3);
    assertThatThrownBy(() -> BreakdownTable.Row.proportion("LA-1", shown, shown, shown,
        PercentCell.hidden("[c]"), Optional.of(new Interval(0.1, 0.2, 0.95))))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new BreakdownTable("M", "b", List.of("x", "y"),
        List.of(BreakdownTable.Row.count("LA-1", shown)), BreakdownTable.Row.count("all", shown)))
        .isInstanceOf(ValidationException.class);
  }
}
