package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Composite;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.JacobsonTruax;
import org.obaframework.core.change.MinimumChange;
import org.obaframework.core.change.MinimumChanges;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;

/** The measures document: the golden file, the read and write variants, and the defaults. */
class MeasuresJsonTest {
  private final MeasuresJson json = MeasuresJson.standard();

  @Test
  void writesTheGoldenDocument() throws IOException {
    String written = json.write(MeasureSamples.goldenDocument());
    if (Boolean.getBoolean("oba.golden.update")) {
      // mvn test -Doba.golden.update=true rewrites the golden file after an intended change.
      Files.writeString(Path.of("src/test/resources" + MeasureSamples.GOLDEN), written,
          StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(MeasureSamples.document());
  }

  @Test
  void readsTheGoldenDocumentBackEqual() throws IOException {
    assertThat(json.read(MeasureSamples.document())).isEqualTo(MeasureSamples.golden());
    assertThat(json.readDocument(MeasureSamples.document(), MeasureSamples.framework()))
        .isEqualTo(MeasureSamples.goldenDocument());
    // Without breakdowns, none are written.
    assertThat(json.write(MeasureSamples.golden())).doesNotContain("\"breakdowns\"");
    assertThat(json.readDocument(json.write(MeasureSamples.golden()), null).breakdowns())
        .isEmpty();
  }

  @Test
  void theGoldenMeasuresFitTheirFramework() throws IOException {
    assertThat(json.read(new StringReader(MeasureSamples.document()), MeasureSamples.framework()))
        .isEqualTo(MeasureSamples.golden());
    for (MeasureDefinition measure : MeasureSamples.golden()) {
      assertThat(measure.problems(MeasureSamples.framework())).as(measure.code()).isEmpty();
    }
  }

  @Test
  void theGoldenSetHoldsEveryKindOfMeasure() {
    assertThat(MeasureSamples.golden().stream().map(m -> m.getClass().getSimpleName()))
        .contains("CountMeasure", "ProcessMeasure", "BetterOffDefinition", "BaselineProfile",
            "TransitionMeasure");
  }

  @Test
  void readsFilesStreamsAndReaders(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(file, MeasureSamples.document(), StandardCharsets.UTF_8);
    List<MeasureDefinition> golden = MeasureSamples.golden();
    assertThat(json.read(file)).isEqualTo(golden);
    assertThat(json.read(file, MeasureSamples.framework())).isEqualTo(golden);
    assertThat(json.read(new ByteArrayInputStream(
        MeasureSamples.document().getBytes(StandardCharsets.UTF_16)))).isEqualTo(golden);
    assertThat(json.read(MeasureSamples.document(), MeasureSamples.framework()))
        .isEqualTo(golden);
    assertThatThrownBy(() -> json.read(dir.resolve("absent.json")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void writesToWritersAndStreams() throws IOException {
    StringWriter writer = new StringWriter();
    json.write(MeasureSamples.golden(), writer);
    assertThat(writer.toString()).isEqualTo(json.write(MeasureSamples.golden()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(MeasureSamples.golden(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(MeasureSamples.golden()));
  }

  @Test
  void writesAnEmptyList() {
    String written = json.write(List.of());
    assertThat(written).isEqualTo("{\n  \"formatVersion\": 1,\n  \"measures\": []\n}\n");
    assertThat(json.read(written)).isEmpty();
  }

  @Test
  void refusesToWriteTwoMeasuresWithOneCode() {
    CountMeasure families = CountMeasure.of("IFS-FAMILIES", Label.of("Families"), "IFS",
        CountingUnit.FAMILY);
    assertThatThrownBy(() -> json.write(List.of(families, families)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("measure definition 'IFS-FAMILIES' (item 1 of the list)")
        .hasMessageContaining("duplicate code");
  }

  @Test
  void absentOptionalPropertiesTakeTheDefaultsOfObaCore() {
    String minimal = "{\"formatVersion\": 1, \"measures\": [{\"type\": \"betterOff\","
        + " \"code\": \"B\", \"name\": {\"en\": \"B\"}, \"programme\": \"P\","
        + " \"countingUnit\": \"FAMILY\", \"indicators\": [\"I\"],"
        + " \"pairing\": {\"end\": \"LATEST\", \"raters\": \"PRACTITIONER\"}}]}";
    BetterOffMeasure measure = ((BetterOffDefinition) json.read(minimal).get(0)).measure();
    assertThat(measure.defaultRule()).isEqualTo(BetterOffRule.anyImprovement());
    assertThat(measure.rules()).isEmpty();
    assertThat(measure.composite()).isEqualTo(Composite.any());
    assertThat(measure.familyRule()).isEqualTo(FamilyRule.ANY_MEMBER);
    assertThat(measure.eligibility()).isEmpty();
    assertThat(measure.excludedClosureReasons()).isEmpty();
    assertThat(measure.pairing().minimumIntervalDays()).isZero();
    assertThat(measure.pairing().end()).isEqualTo(Pairing.latest().end());
  }

  @Test
  void writesMinimumChangesAsPresetDerivationOrValue() {
    assertThat(minimumWritten(MinimumChanges.PHQ_9))
        .contains("\"type\": \"preset\"", "\"preset\": \"PHQ_9\"");
    assertThat(minimumWritten(JacobsonTruax.of(12.9, 0.91).minimumChange()))
        .contains("\"type\": \"jacobsonTruax\"", "\"standardDeviation\": 12.9",
            "\"reliability\": 0.91");
    assertThat(minimumWritten(MinimumChange.of(6, "NHS England CYPMHS outcome measures, minimum"
        + " change: PHQ-9, 6 points, quoted by hand")))
        .contains("\"type\": \"value\"", "\"value\": 6", "quoted by hand");
    // A source that looks like a derivation but is not this value's is kept as written.
    MinimumChange forged = MinimumChange.of(3, JacobsonTruax.of(12.9, 0.91).minimumChange()
        .source());
    assertThat(minimumWritten(forged)).contains("\"type\": \"value\"", "\"value\": 3");
    // Another critical value is written with it, and the paper's 1.96 is left out.
    MinimumChange nhs = JacobsonTruax.of(12.9, 0.91, JacobsonTruax.NHS_ENGLAND_CRITICAL_VALUE)
        .minimumChange();
    assertThat(minimumWritten(nhs)).contains("\"type\": \"jacobsonTruax\"",
        "\"criticalValue\": 1.959964");
    assertThat(minimumWritten(JacobsonTruax.of(12.9, 0.91).minimumChange()))
        .doesNotContain("criticalValue");
    for (MinimumChange minimum : List.of(MinimumChanges.PHQ_9, forged,
        JacobsonTruax.of(12.9, 0.91).minimumChange(), nhs,
        JacobsonTruax.atConfidence(7, 0.85, 0.9).minimumChange())) {
      List<MeasureDefinition> measures = measureWith(minimum);
      assertThat(json.read(json.write(measures))).isEqualTo(measures);
    }
  }

  @Test
  void everyPresetOfObaCoreHasAName() throws IllegalAccessException {
    List<MinimumChange> presets = new ArrayList<>();
    for (Field field : MinimumChanges.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == MinimumChange.class) {
        presets.add((MinimumChange) field.get(null));
        assertThat(minimumWritten((MinimumChange) field.get(null)))
            .contains("\"preset\": \"" + field.getName() + "\"");
      }
    }
    assertThat(presets).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void unknownPropertiesAreIgnoredOnlyWhenAllowed() throws IOException {
    String extended = MeasureSamples.document().replace("\"type\": \"count\",",
        "\"type\": \"count\", \"colour\": \"red\",");
    assertThatThrownBy(() -> json.read(extended)).isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("unknown property");
    MeasuresJson lenient = json.with(MeasuresJson.Feature.ALLOW_UNKNOWN_PROPERTIES);
    assertThat(lenient.isEnabled(MeasuresJson.Feature.ALLOW_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(lenient.read(extended)).isEqualTo(MeasureSamples.golden());
    assertThat(lenient.without(MeasuresJson.Feature.ALLOW_UNKNOWN_PROPERTIES)
        .isEnabled(MeasuresJson.Feature.ALLOW_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(lenient.toString()).isEqualTo("MeasuresJson[ALLOW_UNKNOWN_PROPERTIES]");
  }

  @Test
  void theSchemaShipsWithTheModule() {
    assertThat(MeasuresJson.schema()).contains("\"$schema\"", "2020-12", "betterOff");
  }

  private static List<MeasureDefinition> measureWith(MinimumChange minimum) {
    return List.of(BetterOffDefinition.of(Label.of("Reliable"), BetterOffMeasure.builder()
        .code("R").programme("P").countingUnit(CountingUnit.CHILD).addIndicators("I")
        .defaultRule(BetterOffRule.reliableChange(minimum)).build()));
  }

  private String minimumWritten(MinimumChange minimum) {
    return json.write(measureWith(minimum));
  }
}
