package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema accepts what oba writes and rejects what oba rejects in shape. */
class TurnTheCurveSchemaTest {
  private final Schema schema = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(TurnTheCurveJson.schema(), InputFormat.JSON);
  private final String golden = TurnTheCurveJson.standard().write(OutputFixtures.record());

  @Test
  void acceptsTheGoldenDocument() {
    assertThat(schema.validate(golden, InputFormat.JSON)).isEmpty();
  }

  @Test
  void acceptsEveryWrittenRecord() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> assertThat(schema.validate(
        TurnTheCurveJson.standard().write(OutputFixtures.random(seed)), InputFormat.JSON))
        .isEmpty());
  }

  @Test
  void rejectsDocumentsOfTheWrongShape() {
    for (String bad : List.of(
        golden.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        golden.replace("\"PERFORMANCE_MEASURE\"", "\"MEASURE\""),
        golden.replace("\"subject\": \"STABLE\",", "\"subject\": \"STABLE\", \"x\": 1,"),
        golden.replace("\"cost\": \"NO_COST\"", "\"cost\": \"FREE\""),
        golden.replace("\"asOf\": \"2026-03-31\"", "\"asOf\": \"31/03/2026\""),
        golden.replace("\"status\": \"IN_PROGRESS\",", "").replace("\"status\": \"IN_PROGRESS\"",
            "\"x\": 1"),
        golden.replace("\"role\": \"Prevention duty\"", "\"role\": \"  \""))) {
      assertThat(bad).isNotEqualTo(golden);
      assertThat(schema.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
    }
  }
}
