package org.obaframework.core.change;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Rater;

/**
 * Whose ratings a {@link Pairing} compares: one named rater's, or each rater's separately.
 *
 * <pre>{@code
 * RaterChoice.only(Rater.PRACTITIONER);   // the practitioner's baseline against their later review
 * RaterChoice.EACH_SEPARATELY;            // one change per rater who rated the indicator
 * }</pre>
 *
 * <p>Ratings of different raters are never compared with each other. Immutable and thread-safe;
 * {@code toString} is {@code each} or the rater's name, and {@link #parse(String)} reads it back.
 */
public final class RaterChoice {
  /** One change per rater who rated the indicator for the person in the episode. */
  public static final RaterChoice EACH_SEPARATELY = new RaterChoice(null);

  private final @Nullable Rater rater;

  private RaterChoice(@Nullable Rater rater) {
    this.rater = rater;
  }

  /**
   * Returns the choice of one rater's ratings only.
   *
   * @param rater the rater
   * @return the choice
   */
  public static RaterChoice only(Rater rater) {
    return new RaterChoice(Objects.requireNonNull(rater, "rater"));
  }

  /**
   * Returns the choice that {@link #toString()} printed.
   *
   * @param text {@code each} or a rater's name, such as {@code PRACTITIONER}
   * @return the choice
   * @throws ValidationException if the text is neither
   */
  public static RaterChoice parse(String text) {
    if (text.equals("each")) {
      return EACH_SEPARATELY;
    }
    for (Rater rater : Rater.values()) {
      if (rater.name().equals(text)) {
        return only(rater);
      }
    }
    throw Checks.fail(ProblemType.INVALID_CODE, Item.of("rater choice"), "text",
        "each or " + Checks.oneOf(Arrays.stream(Rater.values()).map(Rater::name).toList()),
        Redaction.value(text, Arrays.stream(Rater.values()).map(Rater::name).toList()));
  }

  /**
   * Returns the rater chosen, or empty when each rater is taken separately.
   *
   * @return the rater
   */
  public Optional<Rater> rater() {
    return Optional.ofNullable(rater);
  }

  /**
   * Tells whether each rater is taken separately.
   *
   * @return true for {@link #EACH_SEPARATELY}
   */
  public boolean isEachSeparately() {
    return rater == null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RaterChoice && rater == ((RaterChoice) other).rater;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(rater);
  }

  /** Returns {@code each} or the rater's name, such as {@code PRACTITIONER}. */
  @Override
  public String toString() {
    return rater == null ? "each" : rater.name();
  }
}
