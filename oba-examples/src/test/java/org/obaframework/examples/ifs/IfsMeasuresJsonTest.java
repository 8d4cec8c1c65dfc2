package org.obaframework.examples.ifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.json.MeasuresJson;

/**
 * The IFS measures as a measures document, {@code measures.json} beside the embedded framework
 * and records, so that a tool can evaluate all three files: the document is what {@link
 * MeasuresJson} writes of {@link IfsMeasures#all()}, fits the framework, and evaluates to the
 * same results as the measures built in Java.
 */
class IfsMeasuresJsonTest {
  static final String FILE = "/org/obaframework/examples/ifs/measures.json";

  private static String document() throws IOException {
    try (InputStream in = IfsMeasuresJsonTest.class.getResourceAsStream(FILE)) {
      assertThat(in).as("resource " + FILE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDocumentIsWhatMeasuresJsonWritesOfTheIfsMeasures() throws IOException {
    String written = MeasuresJson.standard().write(IfsMeasures.all());
    if (Boolean.getBoolean("oba.golden.update")) {
      // mvn test -Doba.golden.update=true rewrites the document after an intended change.
      Files.writeString(Path.of("src/main/resources" + FILE), written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(document());
  }

  @Test
  void readWithTheFrameworkItGivesTheIfsMeasures() throws IOException {
    assertThat(MeasuresJson.standard().read(document(), IfsData.framework()))
        .isEqualTo(IfsMeasures.all());
  }

  @Test
  void theMeasuresReadFromTheDocumentEvaluateAsTheJavaOnes() throws IOException {
    List<MeasureDefinition> read = MeasuresJson.standard().read(document(), IfsData.framework());
    Evaluation evaluation = Evaluation.builder()
        .framework(IfsData.framework())
        .period(IfsData.PERIOD)
        .asOf(IfsData.AS_OF)
        .addAllMeasures(read)
        .build();
    assertThat(evaluation.evaluate(IfsData.records().stream()))
        .isEqualTo(IfsData.results(IfsData.evaluation()));
  }
}
