package org.obaframework.core.change;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RatingStatus;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;

/**
 * Which two ratings are compared to measure a person's change on an indicator in an episode: the
 * pairing rule.
 *
 * <pre>{@code
 * Pairing.latest();                                   // baseline against the latest later review
 * Pairing.closure().withMinimumIntervalDays(28);      // baseline against closure, 4 weeks apart
 * Pairing.latestWithin(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31))
 *     .withRaters(RaterChoice.only(Rater.PRACTITIONER));
 * Pairing.previous();                                 // the latest review against the one before
 * }</pre>
 *
 * <p>For one episode, indicator, person (the subject itself, or one member of a family) and rater,
 * the candidates are the episode's reviews by that rater, assessed on or after the episode's start
 * and not after the as-of date, other than follow-ups, that hold a rating of the indicator for
 * that person (rated, not applicable or not assessed: a review that does not mention the
 * indicator is not a candidate). Candidates are ordered by date assessed, then kind (baseline,
 * review, closure), then date recorded, then id. The <b>baseline</b> is the first: the earliest,
 * preferring a {@link ReviewKind#BASELINE} review on that day. The later review is chosen by the
 * {@link #end()} among candidates assessed on a later day than the baseline; it is never replaced
 * by an earlier one when it is not rated: missing values are reported, not worked around.
 *
 * <p>Immutable and thread-safe. The builder checks that the reporting period is given exactly for
 * {@link PairingEnd#LATEST_WITHIN}, with its start not after its end, and that the minimum interval
 * is not negative.
 */
@Value.Immutable
public abstract class Pairing {
  Pairing() {}

  /**
   * Returns a new builder; {@link #end()} must be set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the pairing of the baseline with the latest later review, each rater separately, with
   * no minimum interval.
   *
   * @return the pairing
   */
  public static Pairing latest() {
    return builder().end(PairingEnd.LATEST).build();
  }

  /**
   * Returns the pairing of the baseline with the closure review, each rater separately, with no
   * minimum interval.
   *
   * @return the pairing
   */
  public static Pairing closure() {
    return builder().end(PairingEnd.CLOSURE).build();
  }

  /**
   * Returns the pairing of the latest review with the review before it, each rater separately,
   * with no minimum interval.
   *
   * @return the pairing
   */
  public static Pairing previous() {
    return builder().end(PairingEnd.PREVIOUS).build();
  }

  /**
   * Returns the pairing of the baseline with the latest later review assessed within a reporting
   * period, each rater separately, with no minimum interval.
   *
   * @param from the first day of the period
   * @param to the last day of the period, inclusive
   * @return the pairing
   * @throws ValidationException if {@code from} is after {@code to}
   */
  public static Pairing latestWithin(LocalDate from, LocalDate to) {
    return builder().end(PairingEnd.LATEST_WITHIN).periodStart(from).periodEnd(to).build();
  }

  /**
   * Returns which later review is compared.
   *
   * @return the end option
   */
  public abstract PairingEnd end();

  /**
   * Returns the first day of the reporting period; present exactly for {@link
   * PairingEnd#LATEST_WITHIN}.
   *
   * @return the first day
   */
  public abstract Optional<LocalDate> periodStart();

  /**
   * Returns the last day of the reporting period, inclusive; present exactly for {@link
   * PairingEnd#LATEST_WITHIN}.
   *
   * @return the last day
   */
  public abstract Optional<LocalDate> periodEnd();

  /**
   * Returns the fewest days the later review must be assessed after the earlier; 0 unless set.
   *
   * @return the minimum interval in days, not negative
   */
  @Value.Default
  public int minimumIntervalDays() {
    return 0;
  }

  /**
   * Returns whose ratings are compared; {@link RaterChoice#EACH_SEPARATELY} unless set.
   *
   * @return the rater choice
   */
  @Value.Default
  public RaterChoice raters() {
    return RaterChoice.EACH_SEPARATELY;
  }

  /**
   * Returns a copy of this pairing with another minimum interval.
   *
   * @param days the fewest days between the two reviews, not negative
   * @return the changed copy
   * @throws ValidationException if {@code days} is negative
   */
  public Pairing withMinimumIntervalDays(int days) {
    return builder().from(this).minimumIntervalDays(days).build();
  }

  /**
   * Returns a copy of this pairing with another rater choice.
   *
   * @param raters whose ratings are compared
   * @return the changed copy
   */
  public Pairing withRaters(RaterChoice raters) {
    return builder().from(this).raters(raters).build();
  }

  /**
   * Chooses the two reviews compared for one episode, indicator, person and rater.
   *
   * <pre>{@code
   * ReviewPair pair = Pairing.latest().pair(episode, records.reviewsOf(episode.id()),
   *     "TENANCY-RISK", Optional.empty(), Rater.PRACTITIONER, LocalDate.of(2026, 3, 31));
   * }</pre>
   *
   * @param episode the episode
   * @param reviews reviews of the episode, in any order; reviews of other episodes are ignored
   * @param indicator the indicator's code
   * @param member the family member the ratings are about, or empty for the subject itself
   * @param rater whose ratings are compared; the pairing's own rater choice is not consulted
   * @param asOf reviews assessed after this day are ignored, and an episode ending after it is open
   * @return the pair, or the reason there is none
   */
  public ReviewPair pair(Episode episode, List<Review> reviews, String indicator,
      Optional<String> member, Rater rater, LocalDate asOf) {
    // The candidates sorted would give the baseline first and the later review last; one pass
    // finds them without sorting: the least candidate, the greatest, for the closure or the
    // period the greatest of those that qualify, and for the previous review the greatest
    // assessed on a day before the greatest's. A greatest candidate dated after the least is the
    // last of the later ones, as every later candidate is dated after the baseline.
    PairingEnd end = end();
    @Nullable String about = member.orElse(null);
    boolean within = end == PairingEnd.LATEST_WITHIN;
    boolean previous = end == PairingEnd.PREVIOUS;
    @Nullable LocalDate from = within ? periodStart().orElseThrow() : null;
    @Nullable LocalDate to = within ? periodEnd().orElseThrow() : null;
    @Nullable Review first = null;
    @Nullable Rating firstRating = null;
    @Nullable Review last = null;
    @Nullable Rating lastRating = null;
    @Nullable Review chosen = null;
    @Nullable Rating chosenRating = null;
    @Nullable Review before = null;
    @Nullable Rating beforeRating = null;
    for (int i = 0; i < reviews.size(); i++) {
      Review review = reviews.get(i);
      if (review.rater() != rater || !isPairable(review, episode, asOf)) {
        continue;
      }
      @Nullable Rating rating = find(review, indicator, about);
      if (rating == null) {
        continue;
      }
      // Ties keep the input's order, as a stable sort would: the first least, the last greatest.
      if (first == null || order(review, first) < 0) {
        first = review;
        firstRating = rating;
      }
      if (last == null || order(review, last) >= 0) {
        if (previous && last != null && review.assessedOn().isAfter(last.assessedOn())) {
          before = last;   // every candidate seen is dated before this one: the old greatest
          beforeRating = lastRating;
        }
        last = review;
        lastRating = rating;
      } else if (previous && review.assessedOn().isBefore(last.assessedOn())
          && (before == null || order(review, before) >= 0)) {
        before = review;
        beforeRating = rating;
      }
      boolean qualifies = end == PairingEnd.CLOSURE ? review.kind() == ReviewKind.CLOSURE
          : !within || !review.assessedOn().isBefore(from) && !review.assessedOn().isAfter(to);
      if (qualifies && (chosen == null || order(review, chosen) >= 0)) {
        chosen = review;
        chosenRating = rating;
      }
    }
    if (first == null || firstRating == null || last == null || lastRating == null) {
      return ReviewPair.unpaired(UnpairedReason.NO_BASELINE, null, null, null, null);
    }
    boolean anyLater = last.assessedOn().isAfter(first.assessedOn());
    if (previous && anyLater && before != null && beforeRating != null) {
      // The latest review against the one before it: the baseline plays no part.
      @Nullable UnpairedReason beforeProblem = status(beforeRating.status(), true);
      if (beforeProblem != null) {
        return ReviewPair.unpaired(beforeProblem, before, null, last,
            lastRating.value().orElse(null));
      }
      return compare(before, beforeRating.value().orElseThrow(), last, lastRating);
    }
    @Nullable UnpairedReason firstProblem = status(firstRating.status(), true);
    if (firstProblem != null) {
      return ReviewPair.unpaired(firstProblem, first, null, null, null);
    }
    ScaleValue firstValue = firstRating.value().orElseThrow();
    boolean chosenLater = chosen != null && chosen.assessedOn().isAfter(first.assessedOn());
    switch (end) {
      case CLOSURE:
        if (episode.end().isEmpty() || episode.end().get().isAfter(asOf)) {
          return ReviewPair.unpaired(UnpairedReason.EPISODE_OPEN, first, firstValue, null, null);
        }
        if (!chosenLater) {
          return ReviewPair.unpaired(UnpairedReason.NO_CLOSURE_REVIEW, first, firstValue, null,
              null);
        }
        break;
      case LATEST_WITHIN:
        if (!anyLater) {
          return ReviewPair.unpaired(UnpairedReason.NO_LATER_REVIEW, first, firstValue, null,
              null);
        }
        if (!chosenLater) {
          return ReviewPair.unpaired(UnpairedReason.NO_REVIEW_IN_PERIOD, first, firstValue,
              null, null);
        }
        break;
      default:   // LATEST, and PREVIOUS with nothing after the baseline's day
        if (!anyLater) {
          return ReviewPair.unpaired(UnpairedReason.NO_LATER_REVIEW, first, firstValue, null,
              null);
        }
        chosen = last;
        chosenRating = lastRating;
        break;
    }
    return compare(first, firstValue, Objects.requireNonNull(chosen),
        Objects.requireNonNull(chosenRating));
  }

  /** The order of candidates: date assessed, kind, date recorded, id. */
  private static int order(Review x, Review y) {
    int order = x.assessedOn().compareTo(y.assessedOn());
    if (order == 0) {
      order = x.kind().compareTo(y.kind());
    }
    if (order == 0) {
      order = x.recordedOn().compareTo(y.recordedOn());
    }
    return order != 0 ? order : x.id().compareTo(y.id());
  }

  private ReviewPair compare(Review start, ScaleValue startValue, Review end, Rating second) {
    @Nullable UnpairedReason secondProblem = status(second.status(), false);
    if (secondProblem != null) {
      return ReviewPair.unpaired(secondProblem, start, startValue, end, null);
    }
    ScaleValue endValue = second.value().orElseThrow();
    long days = ChronoUnit.DAYS.between(start.assessedOn(), end.assessedOn());
    if (days < minimumIntervalDays()) {
      return ReviewPair.unpaired(UnpairedReason.INTERVAL_TOO_SHORT, start, startValue, end,
          endValue);
    }
    return ReviewPair.paired(start, startValue, end, endValue);
  }

  private static @Nullable UnpairedReason status(RatingStatus status, boolean baseline) {
    return switch (status) {
      case NOT_APPLICABLE -> baseline ? UnpairedReason.BASELINE_NOT_APPLICABLE
          : UnpairedReason.LATER_NOT_APPLICABLE;
      case NOT_ASSESSED -> baseline ? UnpairedReason.BASELINE_NOT_ASSESSED
          : UnpairedReason.LATER_NOT_ASSESSED;
      case RATED -> null;
    };
  }

  /**
   * Tells whether a review, by any rater, takes part in pairing: of the episode, not a follow-up,
   * assessed from the episode's start to the as-of date, and rating the indicator for the person.
   */
  static boolean isCandidate(Review review, Episode episode, String indicator,
      Optional<String> member, LocalDate asOf) {
    return isPairable(review, episode, asOf)
        && find(review, indicator, member.orElse(null)) != null;
  }

  /** The part of {@link #isCandidate} that does not depend on the indicator. */
  private static boolean isPairable(Review review, Episode episode, LocalDate asOf) {
    return review.episode().equals(episode.id())
        && review.kind() != ReviewKind.FOLLOW_UP
        && !review.assessedOn().isBefore(episode.start())
        && !review.assessedOn().isAfter(asOf);
  }

  /** Returns the review's first rating of the indicator about the person, or null. */
  private static @Nullable Rating find(Review review, String indicator, @Nullable String member) {
    List<Rating> ratings = review.ratings();
    for (int i = 0; i < ratings.size(); i++) {
      Rating rating = ratings.get(i);
      if (rating.indicator().equals(indicator)
          && Objects.equals(rating.member().orElse(null), member)) {
        return rating;
      }
    }
    return null;
  }

  @Value.Check
  void check() {
    Item location = Item.of("pairing");
    if (minimumIntervalDays() < 0) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, location, "minimumIntervalDays",
          "0 days or more", Integer.toString(minimumIntervalDays()));
    }
    boolean within = end() == PairingEnd.LATEST_WITHIN;
    for (Optional<LocalDate> day : List.of(periodStart(), periodEnd())) {
      if (within && day.isEmpty()) {
        throw Checks.fail(ProblemType.MISSING_VALUE, location,
            periodStart().isEmpty() ? "periodStart" : "periodEnd",
            "a reporting period for end LATEST_WITHIN", "none");
      }
      if (!within && day.isPresent()) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, location, "periodStart, periodEnd",
            "no reporting period for end " + end(), "a period");
      }
    }
    if (within && periodEnd().get().isBefore(periodStart().get())) {
      throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, location, "periodEnd",
          "a date on or after the period's start " + periodStart().get(),
          periodEnd().get().toString());
    }
  }

  /**
   * Returns the end option, the period if any, the minimum interval and the rater choice, such as
   * {@code Pairing[LATEST_WITHIN 2025-04-01/2026-03-31, min 28 days, raters each]}.
   */
  @Override
  public String toString() {
    return "Pairing[" + end()
        + (periodStart().isPresent() ? " " + periodStart().get() + "/" + periodEnd().orElseThrow()
            : "")
        + ", min " + minimumIntervalDays() + " days, raters " + raters() + "]";
  }

  /** Builds a pairing; not thread-safe. */
  public static final class Builder extends ImmutablePairing.Builder {
    Builder() {}
  }
}
