package org.obaframework.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttributesTest {
  private static final LocalDate MOVED = LocalDate.of(2025, 9, 1);

  @Test
  void valueAtFollowsTheHistory() {
    Attributes attributes = Attributes.empty()
        .with(Attributes.LOCAL_AUTHORITY, "LA-1")
        .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", MOVED);

    assertThat(attributes.valueAt(Attributes.LOCAL_AUTHORITY, LocalDate.of(2020, 1, 1)))
        .contains("LA-1");
    assertThat(attributes.valueAt(Attributes.LOCAL_AUTHORITY, MOVED.minusDays(1)))
        .contains("LA-1");
    assertThat(attributes.valueAt(Attributes.LOCAL_AUTHORITY, MOVED)).contains("LA-2");
    assertThat(attributes.latest(Attributes.LOCAL_AUTHORITY)).contains("LA-2");
  }

  @Test
  void noValueBeforeTheFirstDatedChange() {
    Attributes attributes = Attributes.empty()
        .withChange(Attributes.AGE_BAND, "5-9", LocalDate.of(2024, 3, 1))
        .withChange(Attributes.AGE_BAND, "10-15", LocalDate.of(2026, 3, 1));

    assertThat(attributes.valueAt(Attributes.AGE_BAND, LocalDate.of(2024, 2, 29))).isEmpty();
    assertThat(attributes.valueAt(Attributes.AGE_BAND, LocalDate.of(2024, 3, 1)))
        .contains("5-9");
    assertThat(attributes.valueAt(Attributes.AGE_BAND, LocalDate.of(2026, 2, 28)))
        .contains("5-9");
    assertThat(attributes.valueAt(Attributes.AGE_BAND, LocalDate.of(2026, 3, 1)))
        .contains("10-15");
  }

  @Test
  void anAttributeWithoutValueHasNone() {
    Attributes attributes = Attributes.empty().with(Attributes.SEX, "F");

    assertThat(attributes.valueAt(Attributes.NATION, LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(attributes.latest(Attributes.NATION)).isEmpty();
    assertThat(attributes.history(Attributes.NATION)).isEmpty();
  }

  @Test
  void aValueWithoutDateReplacesTheHistory() {
    Attributes attributes = Attributes.empty()
        .withChange(Attributes.LOCAL_AUTHORITY, "LA-1", LocalDate.of(2024, 1, 1))
        .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", MOVED)
        .with(Attributes.LOCAL_AUTHORITY, "LA-3");

    assertThat(attributes.history(Attributes.LOCAL_AUTHORITY)).hasSize(1);
    assertThat(attributes.valueAt(Attributes.LOCAL_AUTHORITY, LocalDate.of(2000, 1, 1)))
        .contains("LA-3");
  }

  @Test
  void namesKeepTheOrderFirstGivenAndCopiesLeaveTheOriginal() {
    Attributes first = Attributes.empty().with(Attributes.SEX, "M");
    Attributes second = first.with(Attributes.NATION, "WALES").with(Attributes.SEX, "F");

    assertThat(second.names()).containsExactly(Attributes.SEX, Attributes.NATION);
    assertThat(first.names()).containsExactly(Attributes.SEX);
    assertThat(first.latest(Attributes.SEX)).contains("M");
    assertThat(second).isEqualTo(
        Attributes.empty().with(Attributes.SEX, "F").with(Attributes.NATION, "WALES"));
  }
}
