package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.obaframework.core.change.EpisodeChoice;
import org.obaframework.core.change.Standing;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;

/**
 * The unit of judgement of the measures other than better-off ones: which of a subject's
 * episodes a unit is judged on, how its standings in several combine, and which units a subject
 * holds. {@link org.obaframework.core.change.BetterOffEvaluator} applies the same choice to
 * better-off measures.
 */
final class Units {
  private Units() {}

  /**
   * The episodes a unit is judged on among its candidates (in the order given): the one the
   * choice takes, or each for {@link EpisodeChoice#ANY} and {@link EpisodeChoice#ALL}.
   */
  static List<Episode> judged(List<Episode> candidates, EpisodeChoice choice,
      ReportingPeriod period, LocalDate asOf) {
    if (candidates.size() <= 1 || choice.isEach()) {
      return candidates;
    }
    return List.of(candidates.get(choice.choose(candidates, period.start(),
        Bound.lastDay(period, asOf))));
  }

  /** Where one unit's proportion of one puts it. */
  static Standing standing(Proportion one) {
    return one.numerator() > 0 ? Standing.BETTER_OFF
        : one.deteriorated() > 0 ? Standing.DETERIORATED
        : one.denominator() > 0 ? Standing.NO_CHANGE
        : one.notPaired() > 0 ? Standing.NOT_PAIRED
        : one.excluded() > 0 ? Standing.EXCLUDED : Standing.NOT_ELIGIBLE;
  }

  /** Combines one unit's proportions of one in several episodes by the choice. */
  static Proportion combine(List<Proportion> parts, EpisodeChoice choice) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    Standing standing = standing(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      standing = choice.combine(standing, standing(parts.get(i)));
    }
    return Proportion.of(standing);
  }

  /**
   * Passes one tally to each unit a subject holds: a child subject is one child; a family is one
   * family, and holds its members of a role as children or adults; each judged on the episodes
   * given.
   */
  static void each(SubjectRecords records, CountingUnit unit, Tally tally, List<Episode> episodes,
      Bound.UnitSink sink) {
    boolean child = records.subject().kind() == SubjectKind.CHILD;
    switch (unit) {
      case CHILD -> {
        if (child) {
          sink.accept(tally, Optional.empty(), episodes);
        } else {
          members(records, MemberRole.CHILD, tally, episodes, sink);
        }
      }
      case ADULT -> {
        if (!child) {
          members(records, MemberRole.ADULT, tally, episodes, sink);
        }
      }
      case FAMILY -> {
        if (!child) {
          sink.accept(tally, Optional.empty(), episodes);
        }
      }
      default -> sink.accept(tally, Optional.empty(), episodes);
    }
  }

  private static void members(SubjectRecords records, MemberRole role, Tally tally,
      List<Episode> episodes, Bound.UnitSink sink) {
    for (Member member : records.subject().members()) {
      if (member.role() == role) {
        sink.accept(tally, Optional.of(member), episodes);
      }
    }
  }
}
