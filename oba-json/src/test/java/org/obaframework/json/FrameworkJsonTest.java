package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ObaException;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.OutcomesFramework;

class FrameworkJsonTest {
  static final String GOLDEN = "/org/obaframework/json/framework-golden.json";
  private final FrameworkJson json = FrameworkJson.standard();

  static String golden() throws IOException {
    try (InputStream in = FrameworkJsonTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheGoldenDocumentByteForByte() throws IOException {
    String written = json.write(Frameworks.golden());
    if (Boolean.getBoolean("oba.golden.update")) {
      // mvn test -Doba.golden.update=true rewrites the golden file after an intended change.
      Files.writeString(Path.of("src/test/resources" + GOLDEN), written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(golden());
    assertThat(written).endsWith("}\n").doesNotContain("\r").contains("\n  \"formatVersion\": 1,");
  }

  @Test
  void readsTheGoldenDocumentAsTheFrameworkItWasWrittenFrom() throws IOException {
    OutcomesFramework read = json.read(golden());
    assertThat(read).isEqualTo(Frameworks.golden());
    assertThat(read.indicator("EMOTIONAL-WELLBEING").orElseThrow().technicalDefinition())
        .isPresent();
  }

  @Test
  void writesAndReadsStreamsAndWriters() {
    OutcomesFramework framework = Frameworks.golden();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(framework, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(framework));
    assertThat(json.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(framework);
    StringWriter writer = new StringWriter();
    json.write(framework, writer);
    assertThat(json.read(new StringReader(writer.toString()))).isEqualTo(framework);
  }

  @Test
  void writingIsDeterministic() {
    assertThat(json.write(Frameworks.golden())).isEqualTo(json.write(Frameworks.golden()));
  }

  @Test
  void featuresAreOffByDefaultAndCopiedOnChange() {
    FrameworkJson lenient = json.with(FrameworkJson.Feature.ALLOW_UNKNOWN_PROPERTIES);
    assertThat(json.isEnabled(FrameworkJson.Feature.ALLOW_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(lenient.isEnabled(FrameworkJson.Feature.ALLOW_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(lenient.without(FrameworkJson.Feature.ALLOW_UNKNOWN_PROPERTIES)
        .isEnabled(FrameworkJson.Feature.ALLOW_UNKNOWN_PROPERTIES)).isFalse();
  }

  @Test
  void unknownPropertiesAreReadWhenAllowed() throws IOException {
    String extended = golden()
        .replaceFirst("\"formatVersion\": 1,", "\"formatVersion\": 1, \"x-producer\": {\"a\": [1]},")
        .replace("\"polarity\": \"LOWER_IS_BETTER\",", "\"polarity\": \"LOWER_IS_BETTER\", \"note\": 1,");
    assertThatThrownBy(() -> json.read(extended)).isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("unknown property");
    assertThat(json.with(FrameworkJson.Feature.ALLOW_UNKNOWN_PROPERTIES).read(extended))
        .isEqualTo(Frameworks.golden());
  }

  @Test
  void reportsSeveralProblemsAtOnce() {
    String doc = BadFrameworkCatalogueTest.BASE
        .replace("\"version\":\"1\",\"serviceAreas\"", "\"version\":7,\"serviceAreas\"")
        .replace("\"polarity\":\"HIGHER_IS_BETTER\"", "\"polarity\":\"UP\"")
        .replace("\"countingUnit\":\"CHILD\"", "\"countingUnit\":\"CHILD\",\"colour\":1")
        .replace("\"score\":2", "\"score\":\"two\"");
    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(JsonFormatException.class)
        .isInstanceOf(ValidationException.class)
        .isInstanceOf(ObaException.class)
        .satisfies(e -> {
          JsonFormatException failure = (JsonFormatException) e;
          assertThat(failure.problems()).extracting(p -> p.type()).containsExactlyInAnyOrder(
              ProblemType.WRONG_TYPE, ProblemType.INVALID_CODE, ProblemType.UNKNOWN_PROPERTY,
              ProblemType.WRONG_TYPE);
          assertThat(failure.problems()).extracting(p -> p.location().split(" ")[0])
              .containsExactlyInAnyOrder("/version", "/indicators/0/polarity",
                  "/measures/0/colour", "/indicators/0/scale/levels/1/score");
          assertThat(failure.getMessage()).startsWith("4 problems:");
        });
  }

  @Test
  void reportsAValueOfTheWrongTypeOnce() {
    String doc = BadFrameworkCatalogueTest.BASE.replace("\"outcomes\":[\"SH/SAFE\"]",
        "\"outcomes\":\"SH/SAFE\"");
    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .singleElement()
            .satisfies(p -> assertThat(p.message()).startsWith(
                "/indicators/0/outcomes (line 1, column ").contains("wrong type")));
  }

  @Test
  void listsEveryProblemUpToItsLimitAndCountsTheRest() {
    // Issue 20: a document no longer stops at 100 problems; a limit the caller can raise or
    // lower lists the first ones and counts the rest.
    StringBuilder doc = new StringBuilder("{\"formatVersion\":1");
    for (int i = 0; i < 150; i++) {
      doc.append(",\"x").append(i).append("\":1");
    }
    doc.append('}');
    assertThatThrownBy(() -> json.read(doc.toString()))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> {
          assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(150);
          assertThat(e.unlisted()).isZero();
        });
    FrameworkJson fewer = json.withLimits(ReadLimits.defaults().withProblems(100));
    assertThatThrownBy(() -> fewer.read(doc.toString()))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> {
          assertThat(e.problems()).hasSize(100);
          assertThat(e.problems().size() + e.unlisted()).isGreaterThanOrEqualTo(150);
          assertThat(e.getMessage()).startsWith((100 + e.unlisted()) + " problems:")
              .endsWith("... and " + (80 + e.unlisted()) + " more");
        });
  }

  @Test
  void shipsItsSchema() throws IOException {
    assertThat(FrameworkJson.schema()).contains("https://json-schema.org/draft/2020-12/schema");
  }
}
