package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.MeasureDefinition;

/** Properties of the measures document over random definitions of every variant. */
class MeasuresJsonProperties {
  private final MeasuresJson json = MeasuresJson.standard();

  @Test
  void readingWhatWasWrittenGivesEqualDefinitions() {
    qt().withFixedSeed(20261127L).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      List<MeasureDefinition> measures = MeasureSamples.random(seed);
      assertThat(json.read(json.write(measures))).isEqualTo(measures);
    });
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withFixedSeed(20261128L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      String written = json.write(MeasureSamples.random(seed));
      assertThat(json.write(json.read(written))).isEqualTo(written);
    });
  }

  @Test
  void equalDefinitionsGiveIdenticalBytes() {
    qt().withFixedSeed(20261129L).withExamples(200).forAll(longs().all()).checkAssert(seed ->
        assertThat(json.write(MeasureSamples.random(seed)))
            .isEqualTo(json.write(MeasureSamples.random(seed))));
  }
}
