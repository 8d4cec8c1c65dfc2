package org.obaframework.core.change;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Review;

/**
 * The two reviews a {@link Pairing} chose for one episode, indicator, person and rater: the
 * earlier (the baseline, or the previous review) and the later, with the values they rated, or the
 * reason they could not be paired.
 *
 * <p>Whatever was found is kept even when unpaired, so that a report can say which review was
 * missing or not rated. Immutable and thread-safe; {@code toString} names the reviews and the
 * reason, never the rated values.
 */
public final class ReviewPair {
  private final @Nullable Review start;
  private final @Nullable Review end;
  private final @Nullable ScaleValue startValue;
  private final @Nullable ScaleValue endValue;
  private final @Nullable UnpairedReason reason;

  private ReviewPair(@Nullable Review start, @Nullable Review end, @Nullable ScaleValue startValue,
      @Nullable ScaleValue endValue, @Nullable UnpairedReason reason) {
    this.start = start;
    this.end = end;
    this.startValue = startValue;
    this.endValue = endValue;
    this.reason = reason;
  }

  static ReviewPair paired(Review start, ScaleValue startValue, Review end, ScaleValue endValue) {
    return new ReviewPair(start, end, startValue, endValue, null);
  }

  static ReviewPair unpaired(UnpairedReason reason, @Nullable Review start,
      @Nullable ScaleValue startValue, @Nullable Review end, @Nullable ScaleValue endValue) {
    return new ReviewPair(start, end, startValue, endValue, reason);
  }

  /**
   * Returns the earlier review: the baseline, or for {@link PairingEnd#PREVIOUS} the review before
   * the latest.
   *
   * @return the review, or empty if none was found
   */
  public Optional<Review> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the later review.
   *
   * @return the review, or empty if none was found
   */
  public Optional<Review> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns the value the earlier review rated.
   *
   * @return the value, or empty if there is no earlier review or it did not rate a value
   */
  public Optional<ScaleValue> startValue() {
    return Optional.ofNullable(startValue);
  }

  /**
   * Returns the value the later review rated.
   *
   * @return the value, or empty if there is no later review or it did not rate a value
   */
  public Optional<ScaleValue> endValue() {
    return Optional.ofNullable(endValue);
  }

  /**
   * Returns why the two could not be paired.
   *
   * @return the reason, or empty if they are paired
   */
  public Optional<UnpairedReason> reason() {
    return Optional.ofNullable(reason);
  }

  /** {@link #startValue()} without the optional, for the evaluator's allocation-free path. */
  @Nullable ScaleValue startValueOrNull() {
    return startValue;
  }

  /** {@link #endValue()} without the optional. */
  @Nullable ScaleValue endValueOrNull() {
    return endValue;
  }

  /** {@link #reason()} without the optional. */
  @Nullable UnpairedReason reasonOrNull() {
    return reason;
  }

  /**
   * Tells whether both reviews were found and rated a value, far enough apart.
   *
   * @return true if paired
   */
  public boolean isPaired() {
    return reason == null;
  }

  /** Returns the ids of the reviews and the reason; never the rated values. */
  @Override
  public String toString() {
    return "ReviewPair[" + (start == null ? "-" : start.id()) + " -> "
        + (end == null ? "-" : end.id()) + (reason == null ? "" : ", " + reason) + "]";
  }
}
