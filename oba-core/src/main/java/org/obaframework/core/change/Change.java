package org.obaframework.core.change;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Review;

/**
 * The change of one person on one indicator in one episode, by one rater: improved, no change,
 * deteriorated, not applicable or not paired, with the difference between the two values compared.
 *
 * <pre>{@code
 * Change change = changes.get(0);
 * change.outcome();       // IMPROVED
 * change.difference();    // OptionalDouble[2.0]: two levels better, in the polarity's direction
 * change.startReview();   // Optional[R-0001], the baseline
 * change.reason();        // Optional.empty: paired
 * }</pre>
 *
 * <p>The person is the subject itself (a child, or a family as a whole) or, when {@link #member()}
 * is present, one member of a family. The outcome and difference are derived from the indicator
 * and the two values, so they always agree: the difference is the later position on the scale
 * minus the earlier, times the polarity's sign, so positive is better; on an ordinal scale it
 * counts levels. A change that could not be paired has no difference and carries its {@link
 * #reason()}; the reviews and values that were found are kept. Most changes come from {@link
 * ChangeCalculator}; the builder is there for tests and for other sources of pairs.
 *
 * <p>Immutable and thread-safe. {@code toString} names the subject, episode, indicator, person,
 * rater, outcome and reviews, never the rated values or the difference.
 */
@Value.Immutable
public abstract class Change {
  Change() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the change that a pair of reviews shows.
   *
   * @param subject the subject's id
   * @param episode the episode's id
   * @param indicator the indicator
   * @param member the family member the ratings are about, or empty for the subject itself
   * @param rater whose ratings were compared, or empty if no rater rated the indicator at all
   * @param pair the reviews compared, or why there are none
   * @return the change
   * @throws ValidationException if the ids are malformed or a value is not on the indicator's scale
   */
  public static Change of(String subject, String episode, Indicator indicator,
      Optional<String> member, Optional<Rater> rater, ReviewPair pair) {
    return builder()
        .subject(subject).episode(episode).indicator(indicator).member(member).rater(rater)
        .startReview(pair.start().map(Review::id))
        .startDate(pair.start().map(Review::assessedOn))
        .startValue(pair.startValue())
        .endReview(pair.end().map(Review::id))
        .endDate(pair.end().map(Review::assessedOn))
        .endValue(pair.endValue())
        .reason(pair.reason())
        .build();
  }

  /**
   * Returns the subject's id.
   *
   * @return the id
   */
  public abstract String subject();

  /**
   * Returns the episode's id.
   *
   * @return the id
   */
  public abstract String episode();

  /**
   * Returns the indicator.
   *
   * @return the indicator
   */
  public abstract Indicator indicator();

  /**
   * Returns the family member the change is about, or empty when it is about the subject itself.
   *
   * @return the member's id
   */
  public abstract Optional<String> member();

  /**
   * Returns whose ratings were compared; empty only when no rater rated the indicator for the
   * person and the pairing takes each rater separately.
   *
   * @return the rater
   */
  public abstract Optional<Rater> rater();

  /**
   * Returns the id of the earlier review (the baseline, or the previous review), if found.
   *
   * @return the review's id
   */
  public abstract Optional<String> startReview();

  /**
   * Returns the date the earlier review was assessed, if found.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> startDate();

  /**
   * Returns the value the earlier review rated, if any.
   *
   * @return the value
   */
  public abstract Optional<ScaleValue> startValue();

  /**
   * Returns the id of the later review, if found.
   *
   * @return the review's id
   */
  public abstract Optional<String> endReview();

  /**
   * Returns the date the later review was assessed, if found.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> endDate();

  /**
   * Returns the value the later review rated, if any.
   *
   * @return the value
   */
  public abstract Optional<ScaleValue> endValue();

  /**
   * Returns why the two ratings could not be paired; empty when paired.
   *
   * @return the reason
   */
  public abstract Optional<UnpairedReason> reason();

  /**
   * Returns the difference in the polarity's direction: later minus earlier position, times the
   * polarity's sign, so positive is better; in levels on an ordinal scale, 0 or 1 on a binary
   * scale, in the scale's unit on a numeric scale.
   *
   * @return the difference, or empty when not paired
   */
  @Value.Derived
  public OptionalDouble difference() {
    if (reason().isPresent() || startValue().isEmpty() || endValue().isEmpty()
        || !indicator().scale().accepts(startValue().get())
        || !indicator().scale().accepts(endValue().get())) {
      return OptionalDouble.empty();   // check() reports a value off the scale
    }
    return OptionalDouble.of(indicator().scale().difference(startValue().get(),
        endValue().get(), indicator().polarity()));
  }

  /**
   * Returns the outcome: from the difference when paired, from the reason otherwise.
   *
   * @return the outcome
   */
  @Value.Derived
  public ChangeOutcome outcome() {
    if (reason().isPresent()) {
      return reason().get().outcome();
    }
    OptionalDouble difference = difference();
    return difference.isPresent() ? ChangeOutcome.of(difference.getAsDouble())
        : ChangeOutcome.NOT_PAIRED;
  }

  /**
   * Tells whether the two ratings were paired, so the outcome is improved, no change or
   * deteriorated.
   *
   * @return true if paired
   */
  public boolean isPaired() {
    return reason().isEmpty();
  }

  /**
   * Returns the position of the earlier value on the indicator's scale.
   *
   * @return the position, or empty if there is no earlier value
   */
  public OptionalDouble startPosition() {
    return startValue().isPresent()
        ? OptionalDouble.of(indicator().scale().position(startValue().get()))
        : OptionalDouble.empty();
  }

  /**
   * Returns the position of the later value on the indicator's scale.
   *
   * @return the position, or empty if there is no later value
   */
  public OptionalDouble endPosition() {
    return endValue().isPresent()
        ? OptionalDouble.of(indicator().scale().position(endValue().get()))
        : OptionalDouble.empty();
  }

  @Value.Check
  void check() {
    Checks.id(Item.of("change"), "subject", subject());
    // Every subject's changes are checked: the location is written only for a message.
    if (!Checks.isId(episode()) || member().isPresent() && !Checks.isId(member().get())
        || startReview().isPresent() && !Checks.isId(startReview().get())
        || endReview().isPresent() && !Checks.isId(endReview().get())) {
      Item location = location();
      Checks.id(location, "episode", episode());
      member().ifPresent(m -> Checks.id(location, "member", m));
      startReview().ifPresent(r -> Checks.id(location, "startReview", r));
      endReview().ifPresent(r -> Checks.id(location, "endReview", r));
    }
    if (reason().isEmpty()) {
      if (startValue().isEmpty() || endValue().isEmpty()) {
        throw Checks.fail(ProblemType.MISSING_VALUE, location(),
            startValue().isEmpty() ? "startValue" : "endValue",
            "both values, or a reason they are not paired", "none");
      }
      if (startReview().isEmpty() || endReview().isEmpty() || startDate().isEmpty()
          || endDate().isEmpty()) {
        throw Checks.fail(ProblemType.MISSING_VALUE, location(), "startReview, endReview",
            "both reviews and their dates, or a reason they are not paired", "none");
      }
    }
    if (startReview().isPresent() != startDate().isPresent()
        || endReview().isPresent() != endDate().isPresent()) {
      throw Checks.fail(ProblemType.MISSING_VALUE, location(), "startDate, endDate",
          "a date for each review given and no date without a review", "a mismatch");
    }
    if (startDate().isPresent() && endDate().isPresent()
        && endDate().get().isBefore(startDate().get())) {
      throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, location(), "endDate",
          "a date on or after the start date",
          Redaction.date(endDate().get(), startDate().get(), "the start date"));
    }
    checkOnScale(startValue(), "startValue");
    checkOnScale(endValue(), "endValue");
  }

  private void checkOnScale(Optional<ScaleValue> value, String field) {
    if (value.isPresent() && !indicator().scale().accepts(value.get())) {
      // Never quote the value itself: it is a child's rating.
      throw Checks.fail(ProblemType.VALUE_OFF_SCALE, location(), field,
          indicator().scale().expectation() + " for indicator "
              + Redaction.quote(indicator().code()),
          indicator().scale().describe(value.get()));
    }
  }

  private Item location() {
    return Item.of("change").partOf(Item.of(Item.SUBJECT, subject()));
  }

  /** Returns the subject, episode, indicator, person, rater, outcome and reviews; no values. */
  @Override
  public String toString() {
    return "Change[" + subject() + ", " + episode() + ", " + indicator().code()
        + member().map(m -> " about " + m).orElse("")
        + ", " + rater().map(Rater::name).orElse("no rater")
        + ", " + outcome() + reason().map(r -> " (" + r + ")").orElse("")
        + ", " + startReview().orElse("-") + " -> " + endReview().orElse("-") + "]";
  }

  /** Builds a change; not thread-safe. */
  public static final class Builder extends ImmutableChange.Builder {
    Builder() {}
  }
}
