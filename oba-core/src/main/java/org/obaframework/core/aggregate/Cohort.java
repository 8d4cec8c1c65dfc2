package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;

/**
 * The event of an episode that places it in a cohort: its start, its closure, or its baseline
 * review. A cohort breakdown ({@link Breakdown#cohort(Cohort, PeriodKind)}) groups episodes by the
 * period in which the event fell, and evaluates each group as if its episodes were the only ones:
 * "of the children who started with us in 2024-25, how many are better off?".
 */
public enum Cohort {
  /** The episode's first day. */
  STARTED("started", "not started"),
  /** The episode's last day, when it has ended by the period's last day. */
  CLOSED("closed", "not closed"),
  /**
   * The day of the episode's earliest {@link ReviewKind#BASELINE} review, by any rater, assessed
   * by the period's last day.
   */
  BASELINE("baseline", "no baseline review");

  private final String word;
  private final String none;

  Cohort(String word, String none) {
    this.word = word;
    this.none = none;
  }

  /**
   * Returns the date of the event, if it happened by a day.
   *
   * @param episode the episode
   * @param reviews the episode's reviews
   * @param last the last day seen
   * @return the date; empty if the episode has not closed, or had no baseline review, by then
   */
  public Optional<LocalDate> date(Episode episode, List<Review> reviews, LocalDate last) {
    return switch (this) {
      case STARTED ->
          episode.start().isAfter(last) ? Optional.empty() : Optional.of(episode.start());
      case CLOSED -> episode.end().filter(end -> !end.isAfter(last));
      case BASELINE -> firstBaseline(reviews, last);
    };
  }

  private static Optional<LocalDate> firstBaseline(List<Review> reviews, LocalDate last) {
    LocalDate first = null;
    for (Review review : reviews) {
      if (review.kind() == ReviewKind.BASELINE && !review.assessedOn().isAfter(last)
          && (first == null || review.assessedOn().isBefore(first))) {
        first = review.assessedOn();
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Returns the cohort's word in a breakdown's name: {@code started}, {@code closed} or {@code
   * baseline}.
   *
   * @return the word
   */
  public String word() {
    return word;
  }

  /**
   * Returns the key of the episodes without the event by the period's last day: {@code not
   * started}, {@code not closed} or {@code no baseline review}.
   *
   * @return the key
   */
  public String none() {
    return none;
  }

  /** Returns the word, such as {@code started}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
