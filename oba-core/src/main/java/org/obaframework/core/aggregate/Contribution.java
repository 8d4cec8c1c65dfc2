package org.obaframework.core.aggregate;

import java.util.List;
import java.util.Optional;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;

/**
 * What one counted unit (a child, family, adult, episode or review) adds to a measure: its tally,
 * the member it is if it is one of a family, and the episodes that place it in breakdowns.
 *
 * <p>Immutable and thread-safe; {@code toString} prints no attribute or rated value.
 *
 * @param tally the unit's tally, such as a count of one or a proportion of one
 * @param member the member the unit is, if it is one of a family
 * @param episodes the episodes whose breakdown keys the unit counts under, at least one
 */
record Contribution(Tally tally, Optional<Member> member, List<Episode> episodes) {
  /**
   * Copies the episodes.
   */
  Contribution {
    episodes = List.copyOf(episodes);
  }

  @Override
  public String toString() {
    // Never the tally: beside a member's id it would tell that person's ratings.
    return "Contribution[" + tally.getClass().getSimpleName()
        + member.map(m -> ", member " + m.id()).orElse("") + ", "
        + episodes.stream().map(Episode::id).toList() + "]";
  }
}
