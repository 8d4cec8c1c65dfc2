package org.obaframework.core.change;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.obaframework.core.records.Episode;

/**
 * Which of a subject's episodes a measure judges when it counts children, families or adults
 * rather than episodes: a subject may have several episodes of a programme, one after another or
 * overlapping (a re-referral while one is open, a transfer between teams).
 *
 * <pre>{@code
 * BetterOffMeasure.builder()...countingUnit(CountingUnit.CHILD)
 *     .episodeChoice(EpisodeChoice.ANY)       // better off if better off in any episode
 *     .build();
 * }</pre>
 *
 * <p>The candidates are the subject's episodes of the measure's programme open on some day of
 * the period seen (from the period's start to its end or the as-of date, whichever is earlier;
 * from any date to the as-of date when a decision is asked for without a period). {@link
 * #LATEST}, {@link #FIRST} and {@link #LONGEST} judge one of them; {@link #ANY} and {@link #ALL}
 * judge each, within its own episode (pairing never crosses episodes), and combine the standings
 * by {@link Standing#anyOf} or {@link Standing#allOf}. Whichever is chosen, the unit counts once.
 * Ties are broken by the later start, then the greater id, so that the choice never depends on
 * the order records arrive in.
 */
public enum EpisodeChoice {
  /** The episode that started last (the default). */
  LATEST,
  /** The episode that started first. */
  FIRST,
  /** The episode open on the most days of the period seen; ties go to the latest. */
  LONGEST,
  /**
   * Each episode judged: better off when better off in any episode, else deteriorated when
   * deteriorated in any, else no change when judged in any ({@link Standing#anyOf}).
   */
  ANY,
  /**
   * Each episode judged: better off only when better off in every episode that counts (those
   * eligible and not excluded, each paired), deteriorated when deteriorated in every one, else
   * no change ({@link Standing#allOf}).
   */
  ALL;

  /**
   * Tells whether each candidate episode is judged, rather than one.
   *
   * @return true for {@link #ANY} and {@link #ALL}
   */
  public boolean isEach() {
    return this == ANY || this == ALL;
  }

  /**
   * Combines the standings of a unit in two of its episodes, for {@link #ANY} and {@link #ALL}.
   *
   * @param one the standing in one episode
   * @param other the standing in another
   * @return the unit's standing: {@link Standing#allOf} for {@link #ALL}, else {@link
   *     Standing#anyOf}
   */
  public Standing combine(Standing one, Standing other) {
    return this == ALL ? Standing.allOf(one, other) : Standing.anyOf(one, other);
  }

  /**
   * Tells whether an episode is chosen over another, for {@link #LATEST}, {@link #FIRST} and
   * {@link #LONGEST} (for {@link #ANY} and {@link #ALL}, as {@link #LATEST}, the order in which
   * they are listed).
   *
   * @param episode an episode
   * @param other another episode
   * @param from the first day of the period seen
   * @param to the last day of the period seen
   * @return true if {@code episode} is chosen over {@code other}
   */
  boolean prefers(Episode episode, Episode other, LocalDate from, LocalDate to) {
    if (this == LONGEST) {
      long days = days(episode, from, to);
      long otherDays = days(other, from, to);
      if (days != otherDays) {
        return days > otherDays;
      }
    }
    int order = episode.start().compareTo(other.start());
    if (order == 0) {
      order = episode.id().compareTo(other.id());
    }
    return this == FIRST ? order < 0 : order > 0;
  }

  /**
   * Returns the episode chosen among candidates: the one {@link #prefers preferred} to every
   * other.
   *
   * @param candidates the candidate episodes, at least one
   * @param from the first day of the period seen
   * @param to the last day of the period seen
   * @return the index of the chosen episode in {@code candidates}
   * @throws IndexOutOfBoundsException if there is no candidate
   */
  public int choose(List<Episode> candidates, LocalDate from, LocalDate to) {
    int chosen = 0;
    Episode best = candidates.get(0);
    for (int i = 1; i < candidates.size(); i++) {
      if (prefers(candidates.get(i), best, from, to)) {
        chosen = i;
        best = candidates.get(i);
      }
    }
    return chosen;
  }

  /** The days an episode is open from {@code from} to {@code to}, ends included. */
  private static long days(Episode episode, LocalDate from, LocalDate to) {
    LocalDate first = episode.start().isAfter(from) ? episode.start() : from;
    LocalDate last = episode.end().filter(end -> end.isBefore(to)).orElse(to);
    return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
  }
}
