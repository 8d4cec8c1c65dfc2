package org.obaframework.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.core.change.Fixtures.CONDUCT;
import static org.obaframework.core.change.Fixtures.EVICTED;
import static org.obaframework.core.change.Fixtures.RISK;
import static org.obaframework.core.change.Fixtures.change;
import static org.obaframework.core.change.Fixtures.day;

import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Rater;

class ChangeTest {
  @Test
  void theDifferenceIsInThePolaritysDirection() {
    assertThat(change(RISK, "high", "none").difference()).hasValue(3.0);
    assertThat(change(RISK, "none", "medium").difference()).hasValue(-2.0);
    assertThat(change(CONDUCT, 6, 6).difference()).hasValue(0.0);
    assertThat(Double.doubleToRawLongBits(change(CONDUCT, 6, 6).difference().getAsDouble()))
        .isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(change(CONDUCT, 6, 6).outcome()).isEqualTo(ChangeOutcome.NO_CHANGE);
  }

  @Test
  void aBinaryChangeMovesByOne() {
    Change evicted = change(EVICTED, ScaleValue.NO, ScaleValue.YES);
    assertThat(evicted.outcome()).isEqualTo(ChangeOutcome.DETERIORATED);
    assertThat(evicted.difference()).hasValue(-1.0);
    assertThat(evicted.startPosition()).hasValue(0.0);
    assertThat(evicted.endPosition()).hasValue(1.0);
  }

  @Test
  void toStringNeverShowsTheValues() {
    Change change = change(CONDUCT, 8, 3);
    assertThat(change.toString())
        .isEqualTo("Change[C-1, E-1, SDQ-CONDUCT, PRACTITIONER, IMPROVED, R-1 -> R-2]")
        .doesNotContain("8").doesNotContain("3.0");
    Change unpaired = Fixtures.unpaired(RISK, ScaleValue.level("high"));
    assertThat(unpaired.toString())
        .isEqualTo("Change[C-1, E-1, RISK, PRACTITIONER, NOT_PAIRED (NO_LATER_REVIEW), R-1 -> -]")
        .doesNotContain("high");
  }

  @Test
  void aPairedChangeNeedsBothValuesAndReviews() {
    assertThatThrownBy(() -> Change.builder()
        .subject("C-1").episode("E-1").indicator(RISK).rater(Rater.JOINT)
        .startReview("R-1").startDate(day(0)).startValue(ScaleValue.level("high"))
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field endValue: missing value")
        .hasMessageContaining("or a reason they are not paired");
  }

  @Test
  void aValueOffTheScaleFailsWithoutQuotingIt() {
    assertThatThrownBy(() -> change(RISK, "high", "severe"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field endValue: value off the scale")
        .hasMessageContaining(
            "one of [none, low, medium, high] or a level's score for indicator 'RISK'")
        .hasMessageNotContaining("severe");
  }

  @Test
  void theEndCannotComeBeforeTheStart() {
    assertThatThrownBy(() -> Change.builder()
        .subject("C-1").episode("E-1").indicator(RISK)
        .startReview("R-1").startDate(day(10)).startValue(ScaleValue.level("high"))
        .endReview("R-2").endDate(day(5)).endValue(ScaleValue.level("low"))
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field endDate: dates out of order");
  }

  @Test
  void anUnpairedChangeTakesItsOutcomeFromTheReason() {
    Change change = Change.builder()
        .subject("C-1").episode("E-1").indicator(RISK)
        .reason(UnpairedReason.LATER_NOT_APPLICABLE)
        .startReview("R-1").startDate(day(0)).startValue(ScaleValue.level("high"))
        .endReview("R-2").endDate(day(30))
        .build();
    assertThat(change.outcome()).isEqualTo(ChangeOutcome.NOT_APPLICABLE);
    assertThat(change.isPaired()).isFalse();
    assertThat(change.outcome().isPaired()).isFalse();
    assertThat(change.difference()).isEmpty();
    assertThat(change.rater()).isEmpty();
  }
}
