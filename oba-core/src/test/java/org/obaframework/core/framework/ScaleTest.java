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
    assertThat(risk.expectation()).isEqualTo("one of [none, low, medium, high] or a level's score");
    assertThat(risk).hasToString("ordinal[none, low, medium, high]");
    assertThat(risk.level("low")).hasValueSatisfying(level -> {
      assertThat(level.score()).isEqualTo(2);
      assertThat(level.label().text()).isEqualTo("low");
    });
    assertThat(risk.level("extreme")).isEmpty();
  }

  @Test
  void ordinalScaleAcceptsOnlyItsLevelsByCodeOrScore() {
    assertThat(risk.accepts(ScaleValue.level("low"))).isTrue();
    assertThat(risk.accepts(ScaleValue.level("extreme"))).isFalse();
    assertThat(risk.accepts(ScaleValue.of(1))).as("the score of 'none'").isTrue();
    assertThat(risk.accepts(ScaleValue.of(4))).as("the score of 'high'").isTrue();
    assertThat(risk.accepts(ScaleValue.YES)).isFalse();
    assertThatThrownBy(() -> risk.position(ScaleValue.level("extreme")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ordinal scale, field value: value off the scale; "
            + "expected one of [none, low, medium, high] or a level's score, found a level code of 7 characters that is not on the scale");
  }

  @Test
  void ordinalScaleTakesALevelsScoreAsThatLevel() {
    OrdinalScale journey = OrdinalScale.of(List.of(
        OrdinalLevel.of("start", Label.of("Starting out"), 1),
        OrdinalLevel.of("middle", Label.of("On the way"), 5),
        OrdinalLevel.of("end", Label.of("There"), 10)));

    // The position is the level's index, not its score.
    assertThat(journey.position(ScaleValue.of(1))).isEqualTo(0.0);
    assertThat(journey.position(ScaleValue.of(5))).isEqualTo(1.0);
    assertThat(journey.position(ScaleValue.of(10.0))).isEqualTo(2.0);
    assertThat(journey.level(ScaleValue.of(5))).map(OrdinalLevel::code).contains("middle");
    assertThat(journey.level(ScaleValue.level("end"))).map(OrdinalLevel::code).contains("end");
    assertThat(journey.level(ScaleValue.level("nowhere"))).isEmpty();
    assertThat(journey.level(ScaleValue.YES)).isEmpty();
    // Negative scores name levels too.
    OrdinalScale centred = OrdinalScale.of(List.of(
        OrdinalLevel.of("worse", Label.of("Worse"), -1),
        OrdinalLevel.of("same", Label.of("Same"), 0),
        OrdinalLevel.of("better", Label.of("Better"), 1)));
    assertThat(centred.position(ScaleValue.of(-1))).isEqualTo(0.0);
    assertThat(centred.position(ScaleValue.of(-0.0))).isEqualTo(1.0);
  }

  @Test
  void ordinalScaleRejectsNumbersThatAreNoLevelsScore() {
    OrdinalScale journey = OrdinalScale.of(List.of(
        OrdinalLevel.of("start", Label.of("Starting out"), 1),
        OrdinalLevel.of("middle", Label.of("On the way"), 5),
        OrdinalLevel.of("end", Label.of("There"), 10)));

    for (double number : new double[] {0, 2, 4, 6, 11, -1, 1.5, 5.000001, 4.999999, 1e12,
        -1e12, 4294967297.0, Double.MAX_VALUE}) {
      assertThat(journey.accepts(ScaleValue.of(number))).as("accepts %s", number).isFalse();
      assertThat(journey.level(ScaleValue.of(number))).as("level(%s)", number).isEmpty();
    }
    assertThatThrownBy(() -> journey.position(ScaleValue.of(2)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ordinal scale, field value: value off the scale; "
            + "expected one of [start, middle, end] or a level's score, found a number that is no level's score")
        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
            .isEqualTo(ProblemType.VALUE_OFF_SCALE));
  }

  @Test
  void ordinalScaleWithALevelCodeTwiceReportsItOnce() {
    assertThatThrownBy(() -> OrdinalScale.of("a", "a"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ordinal scale, field levels[1].code: duplicate level; "
            + "expected a code not used by another level, found 'a'")
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(p -> p.type()).containsExactly(ProblemType.DUPLICATE_LEVEL));
    // A label repeated under another code is still a mistake of its own.
    assertThatThrownBy(() -> OrdinalScale.of(List.of(
            OrdinalLevel.of("a", Label.of("Same"), 1), OrdinalLevel.of("b", Label.of("Same"), 2))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field levels[1].label");
  }

  @Test
  void scaleValueParsesWhatItPrints() {
    assertThat(ScaleValue.parse("yes")).isSameAs(ScaleValue.YES);
    assertThat(ScaleValue.parse("no")).isSameAs(ScaleValue.NO);
    assertThat(ScaleValue.parse("medium")).isEqualTo(ScaleValue.level("medium"));
    assertThat(ScaleValue.parse("very-high.2")).isEqualTo(ScaleValue.level("very-high.2"));
    assertThat(ScaleValue.parse("3")).isEqualTo(ScaleValue.of(3));
    assertThat(ScaleValue.parse("-4")).isEqualTo(ScaleValue.of(-4));
    assertThat(ScaleValue.parse("2.5")).isEqualTo(ScaleValue.of(2.5));
    assertThat(ScaleValue.parse("1.0E15")).isEqualTo(ScaleValue.of(1e15));
    assertThat(ScaleValue.parse("4.9E-324")).isEqualTo(ScaleValue.of(Double.MIN_VALUE));
    assertThat(ScaleValue.parse(new StringBuilder("0.1"))).isEqualTo(ScaleValue.of(0.1));
    for (ScaleValue value : List.of(ScaleValue.YES, ScaleValue.NO, ScaleValue.level("low"),
        ScaleValue.of(0), ScaleValue.of(-0.0), ScaleValue.of(87.5), ScaleValue.of(-1e-7),
        ScaleValue.of(Double.MAX_VALUE), ScaleValue.of(999_999_999_999_999.0))) {
      assertThat(ScaleValue.parse(value.toString())).as("parse(%s)", value).isEqualTo(value);
    }
  }

  @Test
  void scaleValueParseTakesOtherTextAsALevelCode() {
    // Case matters: only "yes" and "no" are flags.
    assertThat(ScaleValue.parse("Yes")).isEqualTo(ScaleValue.level("Yes"));
    assertThat(ScaleValue.parse("10-15")).isEqualTo(ScaleValue.level("10-15"));
    // Text that is neither a number nor a code is refused, as ScaleValue.level refuses it.
    for (String text : List.of("", " ", "very high", "+1", "-", "1,5")) {
      assertThatThrownBy(() -> ScaleValue.parse(text)).as("parse('%s')", text)
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
              .isEqualTo(ProblemType.INVALID_CODE));
    }
    // A number too large for a double is refused as not finite, not read as a level.
    assertThatThrownBy(() -> ScaleValue.parse("1e400"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
            .isEqualTo(ProblemType.OUT_OF_RANGE));
  }

  @Test
  void scaleValueParseReadsANumericLookingLevelCodeAsANumber() {
    // ScaleValue.level("2") prints as "2", which parses as the number 2: parse is the inverse of
    // toString only for level codes that read as neither yes, no nor a number. On a scale whose
    // codes are "1", "2", "3" and whose scores are 1, 2, 3 the number names the same level.
    assertThat(ScaleValue.parse(ScaleValue.level("2").toString())).isEqualTo(ScaleValue.of(2));
    assertThat(ScaleValue.parse(ScaleValue.level("yes").toString())).isSameAs(ScaleValue.YES);
    OrdinalScale numbered = OrdinalScale.of("1", "2", "3");
    assertThat(numbered.position(ScaleValue.parse("2")))
        .isEqualTo(numbered.position(ScaleValue.level("2")));
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
            "expected a whole number from 0 to 40 points", "found a number with a fraction, on a scale of whole numbers");
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
        .hasMessageContaining("found a text of 1 character with a space at position 1")
        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
            .isEqualTo(ProblemType.INVALID_CODE));
  }

  @Test
  void aScaleDescribesAValueByItsKindNeverByTheValue() {
    assertThat(risk.describe(ScaleValue.level("low"))).isEqualTo("a level of the scale");
    assertThat(risk.describe(ScaleValue.of(2))).isEqualTo("a level's score");
    assertThat(risk.describe(ScaleValue.level("hihg")))
        .startsWith("a level code of 4 characters that is not on the scale")
        .contains("'high'").doesNotContain("hihg");
    assertThat(risk.describe(ScaleValue.of(9))).isEqualTo("a number above the upper score 4");
    assertThat(risk.describe(ScaleValue.YES)).isEqualTo("yes or no, not a level");
    assertThat(attendance.describe(ScaleValue.of(140)))
        .isEqualTo("a number above the upper bound 100");
    assertThat(attendance.describe(ScaleValue.of(37)))
        .isEqualTo("a whole number within the bounds");
    assertThat(score.describe(ScaleValue.of(12.5)))
        .isEqualTo("a number with a fraction, on a scale of whole numbers");
    assertThat(BinaryScale.YES_NO.describe(ScaleValue.of(3))).isEqualTo("a number, not yes or no");
  }

  @Test
  void aScaleComparesItsValuesInAPolarity() {
    ScaleValue high = ScaleValue.level("high");
    ScaleValue low = ScaleValue.level("low");
    assertThat(risk.difference(high, low, Polarity.LOWER_IS_BETTER)).isEqualTo(2.0);
    assertThat(risk.difference(high, low, Polarity.HIGHER_IS_BETTER)).isEqualTo(-2.0);
    // Level is 0, never -0, whichever direction is better.
    assertThat(Double.doubleToRawLongBits(risk.difference(low, low, Polarity.LOWER_IS_BETTER)))
        .isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(risk.compare(low, high, Polarity.LOWER_IS_BETTER)).isPositive();
    assertThat(risk.compare(low, high, Polarity.HIGHER_IS_BETTER)).isNegative();
    assertThat(risk.compare(low, ScaleValue.of(2), Polarity.LOWER_IS_BETTER)).isZero();
    assertThat(Polarity.LOWER_IS_BETTER.improvement(4, 2)).isEqualTo(2.0);
    assertThat(Polarity.HIGHER_IS_BETTER.improvement(4, 2)).isEqualTo(-2.0);
    assertThatThrownBy(() -> risk.compare(ScaleValue.level("extreme"), low,
        Polarity.LOWER_IS_BETTER)).isInstanceOf(ValidationException.class);
  }

  @Test
  void aCutOffOnANumericScaleMayFallBetweenWholeNumbers() {
    assertThat(score.cutOff(ScaleValue.of(16.5))).hasValue(16.5);
    assertThat(score.accepts(ScaleValue.of(16.5))).isFalse();
    assertThat(score.cutOff(ScaleValue.of(41))).isEmpty();
    assertThat(score.cutOff(ScaleValue.level("low"))).isEmpty();
    assertThat(risk.cutOff(ScaleValue.level("medium"))).hasValue(2.0);
    assertThat(risk.cutOff(ScaleValue.of(2))).hasValue(1.0);
    assertThat(risk.cutOff(ScaleValue.of(2.5))).isEmpty();
  }

  @Test
  void aScaleGivesTheLabelAValueIsReadBy() {
    OrdinalScale journey = OrdinalScale.of(List.of(
        OrdinalLevel.of("start", Label.of("Starting out"), 1),
        OrdinalLevel.of("end", Label.of("There"), 10)));
    assertThat(journey.labelOf(ScaleValue.level("start"))).hasValue(Label.of("Starting out"));
    assertThat(journey.labelOf(ScaleValue.of(10))).hasValue(Label.of("There"));
    assertThat(journey.labelOf(ScaleValue.level("middle"))).isEmpty();
    assertThat(BinaryScale.YES_NO.labelOf(ScaleValue.YES)).hasValueSatisfying(label ->
        assertThat(label.text()).isEqualTo("Yes"));
    assertThat(attendance.labelOf(ScaleValue.of(50))).isEmpty();
  }
}
