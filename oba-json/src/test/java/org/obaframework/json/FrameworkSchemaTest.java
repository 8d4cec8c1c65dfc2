package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema accepts what oba writes and rejects what oba rejects in shape. */
class FrameworkSchemaTest {
  private final Schema schema = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(FrameworkJson.schema(), InputFormat.JSON);

  @Test
  void acceptsTheGoldenDocument() throws IOException {
    List<Error> errors = schema.validate(FrameworkJsonTest.golden(), InputFormat.JSON);
    assertThat(errors).isEmpty();
  }

  @Test
  void acceptsEveryWrittenFramework() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> assertThat(schema.validate(
        FrameworkJson.standard().write(Frameworks.random(seed)), InputFormat.JSON)).isEmpty());
  }

  @Test
  void rejectsDocumentsOfTheWrongShape() throws IOException {
    String golden = FrameworkJsonTest.golden();
    for (String bad : List.of(
        golden.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        golden.replace("\"ratedAt\": \"FAMILY\"", "\"ratedAt\": \"PET\""),
        golden.replaceFirst("\"code\": \"AFC-CYMRU\",", "\"code\": \"AFC-CYMRU\", \"x\": 1,"),
        golden.replace("\"type\": \"binary\"", "\"type\": \"likert\""),
        golden.replace("\"priority\": 1,", ""))) {
      assertThat(schema.validate(bad, InputFormat.JSON)).isNotEmpty();
    }
  }
}
