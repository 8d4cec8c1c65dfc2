package org.obaframework.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

class JacobsonTruaxTest {
  @Test
  void reproducesTheCgasWorkedExample() {
    JacobsonTruax cgas = JacobsonTruax.of(12.90, 0.91);
    assertThat(cgas.standardError()).isCloseTo(3.87, within(0.005));
    assertThat(cgas.differenceStandardError()).isCloseTo(5.47, within(0.005));
    assertThat(cgas.minimumReliableChange()).isCloseTo(10.73, within(0.005));
    assertThat(Numbers.format(cgas.minimumReliableChange())).isEqualTo("10.73");
  }

  @Test
  void takesTheCriticalValueOrTheConfidenceLevel() {
    JacobsonTruax paper = JacobsonTruax.of(12.90, 0.91);
    assertThat(paper.criticalValue()).isEqualTo(1.96);
    JacobsonTruax nhs = paper.withCriticalValue(JacobsonTruax.NHS_ENGLAND_CRITICAL_VALUE);
    assertThat(nhs.criticalValue()).isEqualTo(1.959964);
    assertThat(nhs.minimumReliableChange()).isCloseTo(1.959964 * Math.sqrt(2) * 12.90
        * Math.sqrt(0.09), within(1e-12));
    assertThat(nhs.minimumReliableChange()).isLessThan(paper.minimumReliableChange());
    assertThat(nhs.minimumChange().source()).startsWith("Jacobson & Truax (1991): 1.959964 x");
    assertThat(paper.minimumChange().source()).startsWith("Jacobson & Truax (1991): 1.96 x");
    // qnorm(0.975) and qnorm(0.95) in R.
    assertThat(JacobsonTruax.criticalValue(0.95)).isCloseTo(1.959963984540054, within(1e-12));
    assertThat(JacobsonTruax.atConfidence(12.90, 0.91, 0.90).criticalValue())
        .isCloseTo(1.6448536269514722, within(1e-12));
    assertThat(paper.withConfidence(0.95).criticalValue())
        .isCloseTo(JacobsonTruax.NHS_ENGLAND_CRITICAL_VALUE, within(1e-6));
    assertThat(MinimumChange.fromReliability(12.90, 0.91, 2.5).value())
        .isCloseTo(2.5 * paper.differenceStandardError(), within(1e-12));
    assertThat(MinimumChanges.CGAS_NORMS.minimumReliableChange()).isCloseTo(10.73, within(0.005));
    assertThat(Math.ceil(MinimumChanges.CGAS_NORMS.withCriticalValue(
        JacobsonTruax.NHS_ENGLAND_CRITICAL_VALUE).minimumReliableChange()))
        .isEqualTo(MinimumChanges.CGAS.value());
  }

  @Test
  void rejectsACriticalValueOrConfidenceOutOfRange() {
    for (double z : new double[] {0, -1.96, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> JacobsonTruax.of(12.9, 0.9, z))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("criticalValue")
          .hasMessageContaining("a finite number above 0");
    }
    for (double confidence : new double[] {0, 1, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> JacobsonTruax.criticalValue(confidence))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("field confidence")
          .hasMessageContaining("strictly between 0 and 1");
    }
  }

  @Test
  void computesTheReliableChangeIndex() {
    JacobsonTruax cgas = JacobsonTruax.of(12.90, 0.91);
    assertThat(cgas.index(45, 60)).isCloseTo(2.74, within(0.005));
    assertThat(cgas.index(60, 45)).isCloseTo(-2.74, within(0.005));
  }

  @Test
  void turnsIntoAMinimumChangeNamingItsDerivation() {
    MinimumChange minimum = MinimumChange.fromReliability(12.90, 0.91);
    assertThat(minimum.value()).isCloseTo(10.73, within(0.005));
    assertThat(minimum.source()).contains("Jacobson & Truax").contains("SD 12.9")
        .contains("r 0.91");
    assertThat(minimum.toString()).startsWith("10.73 (Jacobson & Truax");
  }

  @Test
  void rejectsAStandardDeviationOfZeroOrLess() {
    for (double sd : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> JacobsonTruax.of(sd, 0.9))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("standardDeviation")
          .hasMessageContaining("a finite number above 0");
    }
  }

  @Test
  void rejectsAReliabilityOutsideZeroToOne() {
    for (double r : new double[] {0, 1, -0.1, 1.2, Double.NaN}) {
      assertThatThrownBy(() -> JacobsonTruax.of(12.9, r))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("reliability")
          .hasMessageContaining("between 0 and 1 exclusive")
          .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
              .isEqualTo(ProblemType.OUT_OF_RANGE));
    }
  }

  @Test
  void rejectsAMinimumChangeOfZeroOrLessOrWithoutSource() {
    assertThatThrownBy(() -> MinimumChange.of(0, "somewhere"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("minimum change, field value")
        .hasMessageContaining("found 0");
    assertThatThrownBy(() -> MinimumChange.of(3, " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field source");
  }

  @Test
  void presetsCarryTheNhsEnglandValuesAndSources() {
    assertThat(MinimumChanges.GOAL_BASED_OUTCOMES.value()).isEqualTo(3);
    assertThat(MinimumChanges.SDQ_PARENT_CONDUCT.value()).isEqualTo(4);
    assertThat(MinimumChanges.SDQ_PARENT_EMOTIONAL.value()).isEqualTo(4);
    assertThat(MinimumChanges.SDQ_PARENT_HYPERACTIVITY.value()).isEqualTo(4);
    assertThat(MinimumChanges.SDQ_PARENT_IMPACT.value()).isEqualTo(3);
    assertThat(MinimumChanges.SDQ_PARENT_PEER.value()).isEqualTo(3);
    assertThat(MinimumChanges.GAD_7.value()).isEqualTo(4);
    assertThat(MinimumChanges.PHQ_9.value()).isEqualTo(6);
    assertThat(MinimumChanges.YP_CORE.value()).isEqualTo(8);
    assertThat(MinimumChanges.CGAS.value()).isEqualTo(11);
    assertThat(MinimumChanges.GOAL_BASED_OUTCOMES.source())
        .contains("NHS England").contains("Goal Based Outcomes");
    assertThat(MinimumChanges.PHQ_9.source()).contains("PHQ-9");
  }
}
