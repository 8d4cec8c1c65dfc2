package org.obaframework.examples.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.json.MeasuresJson;

/** The starter measures survive the measures document and fit the starter framework. */
class StarterMeasuresJsonTest {
  @Test
  void theStarterMeasuresAreWrittenAndReadBackAgainstTheirFramework() {
    List<MeasureDefinition> measures = StarterMeasures.all();
    String written = MeasuresJson.standard().write(measures);
    assertThat(MeasuresJson.standard().read(written, StarterFramework.framework()))
        .isEqualTo(measures);
    assertThat(MeasuresJson.standard().write(MeasuresJson.standard().read(written)))
        .isEqualTo(written);
  }
}
