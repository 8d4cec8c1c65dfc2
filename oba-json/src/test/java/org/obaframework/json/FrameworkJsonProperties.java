package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.obaframework.core.framework.OutcomesFramework;

/**
 * Properties of the framework definition document over random frameworks, each drawn from a seed
 * with public factories only (see {@link Frameworks#random(long)}).
 */
class FrameworkJsonProperties {
  private final FrameworkJson json = FrameworkJson.standard();

  @Test
  void readingWhatWasWrittenGivesAnEqualFramework() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      OutcomesFramework framework = Frameworks.random(seed);
      assertThat(json.read(json.write(framework))).isEqualTo(framework);
    });
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      String written = json.write(Frameworks.random(seed));
      assertThat(json.write(json.read(written))).isEqualTo(written);
    });
  }
}
