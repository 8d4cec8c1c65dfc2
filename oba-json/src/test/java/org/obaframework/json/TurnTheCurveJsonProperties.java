package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.obaframework.core.curve.TurnTheCurveRecord;

/** Properties of the turn-the-curve record document over random records. */
class TurnTheCurveJsonProperties {
  private final TurnTheCurveJson json = TurnTheCurveJson.standard();

  @Test
  void readingWhatWasWrittenGivesAnEqualRecord() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      TurnTheCurveRecord record = OutputFixtures.random(seed);
      assertThat(json.read(json.write(record))).isEqualTo(record);
    });
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      String written = json.write(OutputFixtures.random(seed));
      assertThat(json.write(json.read(written))).isEqualTo(written);
    });
  }
}
