package org.obaframework.core.records;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;

/**
 * One rating of a review: an indicator and a value on its scale, or an explicit "not applicable"
 * or "not assessed". A missing rating is recorded as such, never guessed.
 *
 * <pre>{@code
 * Rating.of("TENANCY-RISK", "high");                 // a level of an ordinal scale
 * Rating.of("EVICTED", false);                       // binary
 * Rating.of("SCHOOL-ATT", 87.5).about("F-0001-C1");  // numeric, about one child of a family
 * Rating.notApplicable("SCHOOL-ATT").about("F-0001-C2");
 * }</pre>
 *
 * <p>A rating in a family's review is about the family as a whole unless it names a member. The
 * rating's value is checked against the indicator's scale when records are validated against a
 * framework. Immutable and thread-safe; {@code toString} never prints the value.
 */
public final class Rating {
  private final String indicator;
  private final @Nullable String member;
  private final RatingStatus status;
  /** Kept as an optional, so that {@link #value()} allocates nothing on the pairing path. */
  private final Optional<ScaleValue> value;

  private Rating(String indicator, @Nullable String member, RatingStatus status,
      Optional<ScaleValue> value) {
    this.indicator = Checks.code(Item.of("rating"), "indicator", indicator);
    this.member = member == null ? null : Checks.id(Item.of("rating"), "member", member);
    this.status = status;
    this.value = value;
  }

  /**
   * Returns a rating with a value.
   *
   * @param indicator the indicator's code
   * @param value the value
   * @return the rating
   * @throws ValidationException if the code is malformed
   */
  public static Rating of(String indicator, ScaleValue value) {
    return new Rating(indicator, null, RatingStatus.RATED, Optional.of(value));
  }

  /**
   * Returns a rating on a binary scale.
   *
   * @param indicator the indicator's code
   * @param yes the value
   * @return the rating
   * @throws ValidationException if the code is malformed
   */
  public static Rating of(String indicator, boolean yes) {
    return of(indicator, ScaleValue.of(yes));
  }

  /**
   * Returns a rating at a level of an ordinal scale.
   *
   * @param indicator the indicator's code
   * @param level the level's code
   * @return the rating
   * @throws ValidationException if a code is malformed
   */
  public static Rating of(String indicator, String level) {
    return of(indicator, ScaleValue.level(level));
  }

  /**
   * Returns a rating on a numeric scale.
   *
   * @param indicator the indicator's code
   * @param number the value, finite
   * @return the rating
   * @throws ValidationException if the code is malformed or the number not finite
   */
  public static Rating of(String indicator, double number) {
    return of(indicator, ScaleValue.of(number));
  }

  /**
   * Returns a rating saying the indicator does not apply.
   *
   * @param indicator the indicator's code
   * @return the rating
   * @throws ValidationException if the code is malformed
   */
  public static Rating notApplicable(String indicator) {
    return new Rating(indicator, null, RatingStatus.NOT_APPLICABLE, Optional.empty());
  }

  /**
   * Returns a rating saying the indicator applies but was not assessed.
   *
   * @param indicator the indicator's code
   * @return the rating
   * @throws ValidationException if the code is malformed
   */
  public static Rating notAssessed(String indicator) {
    return new Rating(indicator, null, RatingStatus.NOT_ASSESSED, Optional.empty());
  }

  /**
   * Returns a copy of this rating about one member of a family.
   *
   * @param memberId the member's id
   * @return the changed copy
   * @throws ValidationException if the id is malformed
   */
  public Rating about(String memberId) {
    return new Rating(indicator, memberId, status, value);
  }

  /**
   * Returns the indicator's code.
   *
   * @return the code
   */
  public String indicator() {
    return indicator;
  }

  /**
   * Returns the member the rating is about, if it is about one member of a family.
   *
   * @return the member's id
   */
  public Optional<String> member() {
    return Optional.ofNullable(member);
  }

  /**
   * Returns whether the rating holds a value, or why not.
   *
   * @return the status
   */
  public RatingStatus status() {
    return status;
  }

  /**
   * Returns the value; present exactly when the status is {@link RatingStatus#RATED}.
   *
   * @return the value
   */
  public Optional<ScaleValue> value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Rating)) {
      return false;
    }
    Rating that = (Rating) other;
    return indicator.equals(that.indicator)
        && Objects.equals(member, that.member)
        && status == that.status
        && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, member, status, value);
  }

  /** Returns the indicator, member and status; never the value. */
  @Override
  public String toString() {
    return "Rating[" + indicator + (member == null ? "" : " about " + member) + ", " + status + "]";
  }
}
