package org.obaframework.core.change;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
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
  /** The order of candidates: date assessed, kind, date recorded, id. */
  private static final Comparator<Review> ORDER = Comparator.comparing(Review::assessedOn)
      .thenComparing(Review::kind)
      .thenComparing(Review::recordedOn)
      .thenComparing(Review::id);

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
    List<Review> candidates = new ArrayList<>();
    for (Review review : reviews) {
      if (review.rater() == rater && isCandidate(review, episode, indicator, member, asOf)) {
        candidates.add(review);
      }
    }
    if (candidates.isEmpty()) {
      return ReviewPair.unpaired(UnpairedReason.NO_BASELINE, null, null, null, null);
    }
    candidates.sort(ORDER);
    Review baseline = candidates.get(0);
    List<Review> later = new ArrayList<>();
    for (Review review : candidates) {
      if (review.assessedOn().isAfter(baseline.assessedOn())) {
        later.add(review);
      }
    }
    if (end() == PairingEnd.PREVIOUS) {
      return previous(candidates, later, indicator, member);
    }
    Rating first = rating(baseline, indicator, member).orElseThrow();
    @Nullable UnpairedReason firstProblem = status(first.status(), true);
    if (firstProblem != null) {
      return ReviewPair.unpaired(firstProblem, baseline, null, null, null);
    }
    ScaleValue firstValue = first.value().orElseThrow();
    switch (end()) {
      case CLOSURE:
        if (episode.end().isEmpty() || episode.end().get().isAfter(asOf)) {
          return ReviewPair.unpaired(UnpairedReason.EPISODE_OPEN, baseline, firstValue, null, null);
        }
        later.removeIf(r -> r.kind() != ReviewKind.CLOSURE);
        if (later.isEmpty()) {
          return ReviewPair.unpaired(UnpairedReason.NO_CLOSURE_REVIEW, baseline, firstValue, null,
              null);
        }
        break;
      case LATEST_WITHIN:
        if (later.isEmpty()) {
          return ReviewPair.unpaired(UnpairedReason.NO_LATER_REVIEW, baseline, firstValue, null,
              null);
        }
        LocalDate from = periodStart().orElseThrow();
        LocalDate to = periodEnd().orElseThrow();
        later.removeIf(r -> r.assessedOn().isBefore(from) || r.assessedOn().isAfter(to));
        if (later.isEmpty()) {
          return ReviewPair.unpaired(UnpairedReason.NO_REVIEW_IN_PERIOD, baseline, firstValue,
              null, null);
        }
        break;
      default:
        if (later.isEmpty()) {
          return ReviewPair.unpaired(UnpairedReason.NO_LATER_REVIEW, baseline, firstValue, null,
              null);
        }
        break;
    }
    Review last = later.get(later.size() - 1);
    return compare(baseline, firstValue, last, indicator, member);
  }

  private ReviewPair previous(List<Review> candidates, List<Review> later, String indicator,
      Optional<String> member) {
    Review baseline = candidates.get(0);
    if (later.isEmpty()) {
      Rating first = rating(baseline, indicator, member).orElseThrow();
      @Nullable UnpairedReason firstProblem = status(first.status(), true);
      return ReviewPair.unpaired(firstProblem == null ? UnpairedReason.NO_LATER_REVIEW
          : firstProblem, baseline, first.value().orElse(null), null, null);
    }
    Review last = later.get(later.size() - 1);
    Review before = baseline;
    for (Review review : candidates) {
      if (review.assessedOn().isBefore(last.assessedOn())) {
        before = review;
      }
    }
    Rating first = rating(before, indicator, member).orElseThrow();
    @Nullable UnpairedReason firstProblem = status(first.status(), true);
    if (firstProblem != null) {
      return ReviewPair.unpaired(firstProblem, before, null, last,
          rating(last, indicator, member).orElseThrow().value().orElse(null));
    }
    return compare(before, first.value().orElseThrow(), last, indicator, member);
  }

  private ReviewPair compare(Review start, ScaleValue startValue, Review last, String indicator,
      Optional<String> member) {
    Rating second = rating(last, indicator, member).orElseThrow();
    @Nullable UnpairedReason secondProblem = status(second.status(), false);
    if (secondProblem != null) {
      return ReviewPair.unpaired(secondProblem, start, startValue, last, null);
    }
    ScaleValue endValue = second.value().orElseThrow();
    long days = ChronoUnit.DAYS.between(start.assessedOn(), last.assessedOn());
    if (days < minimumIntervalDays()) {
      return ReviewPair.unpaired(UnpairedReason.INTERVAL_TOO_SHORT, start, startValue, last,
          endValue);
    }
    return ReviewPair.paired(start, startValue, last, endValue);
  }

  private static @Nullable UnpairedReason status(RatingStatus status, boolean baseline) {
    switch (status) {
      case NOT_APPLICABLE:
        return baseline ? UnpairedReason.BASELINE_NOT_APPLICABLE
            : UnpairedReason.LATER_NOT_APPLICABLE;
      case NOT_ASSESSED:
        return baseline ? UnpairedReason.BASELINE_NOT_ASSESSED : UnpairedReason.LATER_NOT_ASSESSED;
      default:
        return null;
    }
  }

  /**
   * Tells whether a review, by any rater, takes part in pairing: of the episode, not a follow-up,
   * assessed from the episode's start to the as-of date, and rating the indicator for the person.
   */
  static boolean isCandidate(Review review, Episode episode, String indicator,
      Optional<String> member, LocalDate asOf) {
    return review.episode().equals(episode.id())
        && review.kind() != ReviewKind.FOLLOW_UP
        && !review.assessedOn().isBefore(episode.start())
        && !review.assessedOn().isAfter(asOf)
        && rating(review, indicator, member).isPresent();
  }

  /** Returns the review's first rating of the indicator about the person. */
  static Optional<Rating> rating(Review review, String indicator, Optional<String> member) {
    for (Rating rating : review.ratings()) {
      if (rating.indicator().equals(indicator) && rating.member().equals(member)) {
        return Optional.of(rating);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    String location = "pairing";
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
