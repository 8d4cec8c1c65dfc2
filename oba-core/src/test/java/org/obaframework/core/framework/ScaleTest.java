package org.obaframework.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

class ScaleTest {
  private final OrdinalScale risk = OrdinalScale.of("none", "low", "medium", "high");
  private final NumericScale attendance = NumericScale.of("%", 0, 100);
  private final NumericScale score = NumericScale.wholeNumbers("points", 0, 40);

  @Test
  void ordinalLevelsArePlacedAtTheirPositionsNotTheirScores() {
    OrdinalScale journey = OrdinalScale.of(List.of(
        OrdinalLevel.of("start", Label.of("Starting out"), 1),
        OrdinalLevel.of("middle", Label.of("On the way"), 5),
        OrdinalLevel.of("end", Label.of("There"), 10)));

    assertThat(risk.position(ScaleValue.level("none"))).isEqualTo(0.0);
    assertThat(risk.position(ScaleValue.level("medium"))).isEqualTo(2.0);
    assertThat(risk.position(ScaleValue.level("high"))).isEqualTo(3.0);
    assertThat(journey.position(ScaleValue.level("middle"))).isEqualTo(1.0);
    assertThat(journey.position(ScaleValue.level("end"))).isEqualTo(2.0);
  }

  @Test
  void ordinalScaleDescribesItsLevels() {
    assertThat(risk.expectation()).isEqualTo("one of [none, low, medium, high]");
    assertThat(risk).hasToString("ordinal[none, low, medium, high]");
    assertThat(risk.level("low")).hasValueSatisfying(level -> {
      assertThat(level.score()).isEqualTo(2);
      assertThat(level.label().text()).isEqualTo("low");
    });
    assertThat(risk.level("extreme")).isEmpty();
  }

  @Test
  void ordinalScaleAcceptsOnlyItsLevels() {
    assertThat(risk.accepts(ScaleValue.level("low"))).isTrue();
    assertThat(risk.accepts(ScaleValue.level("extreme"))).isFalse();
    assertThat(risk.accepts(ScaleValue.of(1))).isFalse();
    assertThat(risk.accepts(ScaleValue.YES)).isFalse();
    assertThatThrownBy(() -> risk.position(ScaleValue.level("extreme")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ordinal scale, field value: value off the scale; "
            + "expected one of [none, low, medium, high], found 'extreme'");
  }

  @Test
  void numericScaleAcceptsNumbersWithinItsBoundsInclusive() {
    assertThat(attendance.accepts(ScaleValue.of(0))).isTrue();
    assertThat(attendance.accepts(ScaleValue.of(100))).isTrue();
    assertThat(attendance.accepts(ScaleValue.of(55.5))).isTrue();
    assertThat(attendance.accepts(ScaleValue.of(100.0001))).isFalse();
    assertThat(attendance.accepts(ScaleValue.of(-0.1))).isFalse();
    assertThat(attendance.accepts(ScaleValue.level("high"))).isFalse();
    assertThat(attendance.accepts(ScaleValue.NO)).isFalse();
    assertThat(attendance.position(ScaleValue.of(87.5))).isEqualTo(87.5);
  }

  @Test
  void wholeNumberScaleRejectsFractions() {
    assertThat(score.accepts(ScaleValue.of(40))).isTrue();
    assertThat(score.accepts(ScaleValue.of(2.5))).isFalse();
    assertThatThrownBy(() -> score.position(ScaleValue.of(2.5)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContainingAll("numeric scale, field value",
            "expected a whole number from 0 to 40 points", "found '2.5'");
  }

  @Test
  void numericScaleDescribesItsBoundsAndUnit() {
    assertThat(attendance.expectation()).isEqualTo("a number from 0 to 100 %");
    assertThat(score.expectation()).isEqualTo("a whole number from 0 to 40 points");
    assertThat(NumericScale.of("kg", 0.5, 2.25).expectation())
        .isEqualTo("a number from 0.5 to 2.25 kg");
    assertThat(attendance).hasToString("numeric[0..100 %]");
    assertThat(score).hasToString("whole[0..40 points]");
  }

  @Test
  void binaryScalePlacesYesAtOneAndNoAtZero() {
    BinaryScale evicted = BinaryScale.of(Label.of("Evicted"), Label.of("Not evicted"));

    assertThat(evicted.position(ScaleValue.YES)).isEqualTo(1.0);
    assertThat(evicted.position(ScaleValue.NO)).isEqualTo(0.0);
    assertThat(evicted.label(ScaleValue.of(true)).text()).isEqualTo("Evicted");
    assertThat(evicted.expectation()).isEqualTo("yes or no");
    assertThat(evicted.accepts(ScaleValue.of(1))).isFalse();
    assertThat(BinaryScale.YES_NO).hasToString("binary(Yes / No)");
  }

  @Test
  void scaleValuesPrintCanonically() {
    assertThat(ScaleValue.of(3.0)).hasToString("3");
    assertThat(ScaleValue.of(2.5)).hasToString("2.5");
    assertThat(ScaleValue.of(-4)).hasToString("-4");
    assertThat(ScaleValue.of(0.1)).hasToString("0.1");
    assertThat(ScaleValue.of(true)).hasToString("yes").isSameAs(ScaleValue.YES);
    assertThat(ScaleValue.of(false)).hasToString("no").isSameAs(ScaleValue.NO);
    assertThat(ScaleValue.level("medium")).hasToString("medium");
  }

  @Test
  void blankLevelCodeIsReportedAsAnInvalidLevelCode() {
    assertThatThrownBy(() -> OrdinalScale.of("low", " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ordinal scale, field levels[1].code")
        .hasMessageContaining("found ' '")
        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
            .isEqualTo(ProblemType.INVALID_CODE));
  }
}
