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
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.PairingEnd;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Rater;

/** The shipped JSON Schema accepts what oba writes and rejects what oba rejects in shape. */
class MeasuresSchemaTest {
  private final Schema schema = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(MeasuresJson.schema(), InputFormat.JSON);

  @Test
  void acceptsTheGoldenDocument() throws IOException {
    assertThat(schema.validate(MeasureSamples.document(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void acceptsEveryWrittenListOfDefinitions() {
    qt().withFixedSeed(20261130L).withExamples(100).forAll(longs().all()).checkAssert(seed ->
        assertThat(schema.validate(MeasuresJson.standard().write(MeasureSamples.random(seed)),
            InputFormat.JSON)).isEmpty());
  }

  @Test
  void acceptsAHandWrittenMinimalDocument() {
    String minimal = "{\"formatVersion\": 1, \"measures\": [{\"type\": \"betterOff\","
        + " \"code\": \"B\", \"name\": {\"en\": \"B\"}, \"programme\": \"P\","
        + " \"countingUnit\": \"FAMILY\", \"indicators\": [\"I\"],"
        + " \"pairing\": {\"end\": \"LATEST\", \"raters\": \"PRACTITIONER\"}}]}";
    assertThat(schema.validate(minimal, InputFormat.JSON)).isEmpty();
    assertThat(MeasuresJson.standard().read(minimal)).hasSize(1);
  }

  @Test
  void namesEveryConstantOfTheEnumsItLists() {
    String text = MeasuresJson.schema();
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Rater.class,
        ClosureReason.class, CountingUnit.class, FamilyRule.class, PairingEnd.class,
        BetterOffRule.Maintained.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(text).as(type.getSimpleName()).contains("\"" + constant.name() + "\"");
      }
    }
  }

  @Test
  void rejectsDocumentsOfTheWrongShape() throws IOException {
    String golden = MeasureSamples.document();
    for (String bad : List.of(
        golden.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        golden.replace("\"type\": \"count\"", "\"type\": \"tally\""),
        golden.replace("\"type\": \"baselineWithin\"", "\"type\": \"baselineBefore\""),
        golden.replace("\"type\": \"anyImprovement\"", "\"type\": \"anyChange\""),
        golden.replace("\"type\": \"corc\"", "\"type\": \"nhs\""),
        golden.replace("\"preset\": \"GOAL_BASED_OUTCOMES\"", "\"preset\": \"GBO\""),
        golden.replace("\"code\": \"IFS-FAMILIES\",", "\"code\": \"IFS-FAMILIES\", \"x\": 1,"),
        golden.replace("\"countingUnit\": \"FAMILY\"", "\"countingUnit\": \"HOUSEHOLD\""),
        golden.replace("\"days\": 28", "\"days\": -1"),
        golden.replace("\"days\": 28", "\"days\": \"28\""),
        golden.replace("\"amount\": 10", "\"amount\": 0"),
        golden.replace("\"raters\": \"PRACTITIONER\"", "\"raters\": \"GP\""),
        golden.replace("\"periodStart\": \"2025-04-01\",", ""),
        golden.replace("\"end\": \"CLOSURE\",", "\"end\": \"CLOSURE\", \"periodStart\": \"2025-04-01\","),
        golden.replace("\"maintained\": \"DOES_NOT_COUNT\"", "\"maintained\": \"YES\""),
        golden.replace("\"value\": true", "\"value\": \"yes\""),
        golden.replace("\"reliability\": 0.91", "\"reliability\": 1.5"),
        golden.replace("\"k\": 2", "\"k\": 0"),
        golden.replace("\"familyRule\": \"ANY_MEMBER\"", "\"familyRule\": \"ANY\""),
        golden.replace("\"MOVED_AWAY\",", "\"MOVED_AWAY\", \"MOVED_AWAY\","))) {
      assertThat(bad).isNotEqualTo(golden);
      assertThat(schema.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
    }
  }
}
