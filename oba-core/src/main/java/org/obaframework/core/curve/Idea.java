package org.obaframework.core.curve;

import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * An idea of what works to turn a curve, with what it would cost and, where known, the evidence
 * for it.
 *
 * <pre>{@code
 * Idea checks = Idea.of("Benefit checks at every family support assessment", Cost.NO_COST,
 *     "Local pilot 2024: 1 in 3 families had unclaimed entitlements");
 * }</pre>
 *
 * <p>Immutable and thread-safe. The texts are professionals' free text: {@code toString} prints
 * only the cost.
 *
 * @param text the idea, not blank
 * @param cost what it would cost
 * @param evidence the source or evidence for it, if given, not blank
 */
public record Idea(String text, Cost cost, Optional<String> evidence) {
  /**
   * Checks the texts.
   *
   * @throws ValidationException if the text or the evidence is blank
   */
  public Idea {
    Checks.text(Item.of("idea"), "text", text);
    evidence.ifPresent(e -> Checks.text(Item.of("idea"), "evidence", e));
  }

  /**
   * Returns an idea without evidence.
   *
   * @param text the idea, not blank
   * @param cost what it would cost
   * @return the idea
   * @throws ValidationException if the text is blank
   */
  public static Idea of(String text, Cost cost) {
    return new Idea(text, cost, Optional.empty());
  }

  /**
   * Returns an idea with its source or evidence.
   *
   * @param text the idea, not blank
   * @param cost what it would cost
   * @param evidence the source or evidence, not blank
   * @return the idea
   * @throws ValidationException if a text is blank
   */
  public static Idea of(String text, Cost cost, String evidence) {
    return new Idea(text, cost, Optional.of(evidence));
  }

  /**
   * Tells whether the idea costs nothing or little.
   *
   * @return true if its cost is {@link Cost#NO_COST} or {@link Cost#LOW_COST}
   */
  public boolean isNoOrLowCost() {
    return cost.isNoOrLow();
  }

  /** Returns the cost and whether there is evidence, such as {@code Idea[NO_COST, evidence]}. */
  @Override
  public String toString() {
    return "Idea[" + cost + (evidence.isPresent() ? ", evidence" : "") + "]";
  }
}
