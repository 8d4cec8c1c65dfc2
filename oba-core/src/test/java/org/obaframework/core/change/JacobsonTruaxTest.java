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
