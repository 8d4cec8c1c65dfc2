package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schemas accept what oba writes and reject what oba rejects in shape. */
class RecordsSchemaTest {
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Schema document = registry.getSchema(RecordsJson.schema(), InputFormat.JSON);
  private final Schema line = registry.getSchema(RecordsNdjson.lineSchema(), InputFormat.JSON);

  @Test
  void acceptsTheGoldenDocument() throws IOException {
    assertThat(document.validate(RecordSamples.resource(RecordSamples.GOLDEN), InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void acceptsEveryLineOfTheGoldenNdjson() throws IOException {
    List<String> lines = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON).lines().toList();
    assertThat(lines).hasSize(7);
    for (String each : lines) {
      assertThat(line.validate(each, InputFormat.JSON)).as(each).isEmpty();
    }
  }

  @Test
  void acceptsEveryWrittenBatch() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      var records = RecordSamples.random(seed);
      assertThat(document.validate(RecordsJson.standard().write(records), InputFormat.JSON))
          .isEmpty();
      RecordsNdjson.standard().write(records).lines().forEach(each ->
          assertThat(line.validate(each, InputFormat.JSON)).as(each).isEmpty());
    });
  }

  @Test
  void rejectsDocumentsOfTheWrongShape() throws IOException {
    String golden = RecordSamples.resource(RecordSamples.GOLDEN);
    for (String bad : List.of(
        golden.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        golden.replace("\"kind\": \"CHILD\"", "\"kind\": \"PET\""),
        golden.replace("\"value\": false", "\"value\": {}"),
        golden.replace("\"value\": false", "\"value\": false, \"status\": \"NOT_ASSESSED\""),
        golden.replace("\"start\": \"2024-04-02\"", "\"start\": \"2 April 2024\""),
        golden.replaceFirst("\"id\": \"C-0001\",", "\"id\": \"C-0001\", \"x\": 1,"),
        golden.replace("\"rater\": \"JOINT\",", ""))) {
      assertThat(bad).isNotEqualTo(golden);
      assertThat(document.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
    }
  }

  @Test
  void rejectsLinesOfTheWrongShape() throws IOException {
    List<String> lines = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON).lines().toList();
    for (String bad : List.of(
        "{\"formatVersion\":2}",
        "{\"formatVersion\":1,\"x\":1}",
        lines.get(1).replace("\"type\":\"subject\",", ""),
        lines.get(1).replace("\"type\":\"subject\"", "\"type\":\"episode\""),
        lines.get(2).replace("\"type\":\"episode\"", "\"type\":\"visit\""),
        lines.get(3).replace("\"value\":false", "\"value\":null"))) {
      assertThat(line.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
    }
  }
}
