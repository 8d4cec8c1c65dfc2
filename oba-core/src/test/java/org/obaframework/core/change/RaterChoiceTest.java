package org.obaframework.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.Rater;

class RaterChoiceTest {
  @Test
  void printsAndParsesBack() {
    assertThat(RaterChoice.EACH_SEPARATELY.toString()).isEqualTo("each");
    assertThat(RaterChoice.parse("each")).isEqualTo(RaterChoice.EACH_SEPARATELY);
    for (Rater rater : Rater.values()) {
      RaterChoice choice = RaterChoice.only(rater);
      assertThat(choice.toString()).isEqualTo(rater.name());
      assertThat(RaterChoice.parse(choice.toString())).isEqualTo(choice);
      assertThat(choice.rater()).hasValue(rater);
      assertThat(choice.isEachSeparately()).isFalse();
    }
    assertThat(RaterChoice.EACH_SEPARATELY.rater()).isEmpty();
    assertThat(RaterChoice.EACH_SEPARATELY.isEachSeparately()).isTrue();
  }

  @Test
  void rejectsAnUnknownRater() {
    assertThatThrownBy(() -> RaterChoice.parse("teacher"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("rater choice, field text")
        .hasMessageContaining("each or one of [PRACTITIONER")
        .hasMessageContaining("found a text of 7 characters");
  }
}
