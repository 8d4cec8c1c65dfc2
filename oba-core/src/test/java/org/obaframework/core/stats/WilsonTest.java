package org.obaframework.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.obaframework.core.ValidationException;

/** The guide's reference values (R prop.test(correct = FALSE), Apache Commons Math tests). */
class WilsonTest {
  @ParameterizedTest(name = "{0}/{1} at {2}: [{3}, {4}]")
  @CsvSource({
      "85, 100, 0.95, 0.76716, 0.90694",
      "0, 10, 0.95, 0, 0.27753",
      "10, 10, 0.95, 0.72247, 1",
      "18, 20, 0.95, 0.69897, 0.97213",
      "50, 500, 0.90, 0.08004, 0.12427"})
  void equalsTheReferenceValuesTo1e5(long x, long n, double confidence, double lower,
      double upper) {
    Interval interval = Wilson.interval(x, n, confidence);
    assertThat(interval.lower()).isCloseTo(lower, within(1e-5));
    assertThat(interval.upper()).isCloseTo(upper, within(1e-5));
    assertThat(interval.confidence()).isEqualTo(confidence);
  }

  @Test
  void defaultsTo95PercentAndPrintsInWholePercent() {
    assertThat(Wilson.interval(85, 100)).isEqualTo(Wilson.interval(85, 100, 0.95));
    assertThat(Wilson.interval(85, 100).toPercentText()).isEqualTo("77%-91%");
    assertThat(Wilson.z(0.95)).isCloseTo(1.959964, within(1e-6));
  }

  @Test
  void refusesCountsOrConfidenceOutOfRange() {
    assertThatThrownBy(() -> Wilson.interval(3, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field numerator, denominator")
        .hasMessageContaining("denominator >= 1")
        .hasMessageContaining("found 3, 0");
    assertThatThrownBy(() -> Wilson.interval(11, 10))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("found 11, 10");
    assertThatThrownBy(() -> Wilson.interval(1, 10, 1.0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field confidence")
        .hasMessageContaining("a level above 0 and at most 0.9999");
  }
}
