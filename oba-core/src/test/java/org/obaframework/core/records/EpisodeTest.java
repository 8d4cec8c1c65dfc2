package org.obaframework.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Fixtures;

class EpisodeTest {

  @Test
  void closedEpisodeIsOpenFromItsStartToItsEndInclusive() {
    Episode episode = Fixtures.e1().build();  // 2025-04-07 to 2026-01-30

    assertThat(episode.isOpenOn(LocalDate.of(2025, 4, 6))).isFalse();
    assertThat(episode.isOpenOn(LocalDate.of(2025, 4, 7))).isTrue();
    assertThat(episode.isOpenOn(LocalDate.of(2025, 10, 1))).isTrue();
    assertThat(episode.isOpenOn(LocalDate.of(2026, 1, 30))).isTrue();
    assertThat(episode.isOpenOn(LocalDate.of(2026, 1, 31))).isFalse();
  }

  @Test
  void openEpisodeIsOpenFromItsStartOn() {
    Episode episode = Fixtures.e3().build();  // from 2025-09-01

    assertThat(episode.isOpenOn(LocalDate.of(2025, 8, 31))).isFalse();
    assertThat(episode.isOpenOn(LocalDate.of(2025, 9, 1))).isTrue();
    assertThat(episode.isOpenOn(LocalDate.of(2099, 12, 31))).isTrue();
  }

  @Test
  void oneDayEpisodeIsOpenOnThatDayOnly() {
    LocalDate day = LocalDate.of(2025, 5, 5);
    Episode episode = Fixtures.e3().start(day).end(day).build();

    assertThat(episode.isOpenOn(day)).isTrue();
    assertThat(episode.isOpenOn(day.minusDays(1))).isFalse();
    assertThat(episode.isOpenOn(day.plusDays(1))).isFalse();
  }
}
