package org.obaframework.core.records;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.internal.Checks;

/**
 * A review (assessment) of an episode: when it was assessed and recorded, its kind, who rated,
 * and the ratings.
 *
 * <pre>{@code
 * Review baseline = Review.builder()
 *     .id("R-0001").episode("E-0001").kind(ReviewKind.BASELINE)
 *     .assessedOn(LocalDate.of(2025, 4, 21)).rater(Rater.JOINT)
 *     .addRatings(Rating.of("TENANCY-RISK", "high"), Rating.of("EVICTED", false))
 *     .build();
 * }</pre>
 *
 * <p>The date recorded defaults to the date assessed and is never before it. Immutable and
 * thread-safe; {@code toString} never prints the ratings' values.
 */
@Value.Immutable
public abstract class Review {
  Review() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the review's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the id of the episode reviewed.
   *
   * @return the episode's id
   */
  public abstract String episode();

  /**
   * Returns the kind of review.
   *
   * @return the kind
   */
  public abstract ReviewKind kind();

  /**
   * Returns the date of the assessment.
   *
   * @return the date assessed
   */
  public abstract LocalDate assessedOn();

  /**
   * Returns the date the review was recorded; the date assessed unless set.
   *
   * @return the date recorded
   */
  @Value.Default
  public LocalDate recordedOn() {
    return assessedOn();
  }

  /**
   * Returns who made the ratings.
   *
   * @return the rater
   */
  public abstract Rater rater();

  /**
   * Returns the ratings.
   *
   * @return the ratings, in the order given
   */
  public abstract List<Rating> ratings();

  @Value.Check
  void check() {
    Checks.id(Item.of(Item.REVIEW), "id", id());
    Item location = Item.of(Item.REVIEW, id());
    Checks.id(location, "episode", episode());
    if (recordedOn().isBefore(assessedOn())) {
      throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, location, "recordedOn",
          "a date on or after the date assessed",
          Redaction.date(recordedOn(), assessedOn(), "the date assessed"));
    }
  }

  /** Returns the id, episode, kind, dates, rater and number of ratings; never their values. */
  @Override
  public String toString() {
    return "Review[" + id() + " of " + episode() + ", " + kind() + ", assessed " + assessedOn()
        + ", recorded " + recordedOn() + ", " + rater() + ", "
        + Checks.count(ratings().size(), "rating") + "]";
  }

  /** Builds a review; not thread-safe. */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
