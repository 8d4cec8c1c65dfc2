package org.obaframework.core.framework;

/**
 * The four quadrants of OBA performance measures: quantity or quality of effort or effect.
 *
 * <p>Better off % is usually the most important: the proportion of people served who are better
 * off.
 */
public enum Quadrant {
  /** Quantity of effort. */
  HOW_MUCH("How much did we do?", true, true),
  /** Quality of effort. */
  HOW_WELL("How well did we do it?", true, false),
  /** Quantity of effect. */
  BETTER_OFF_NUMBER("Is anyone better off? (#)", false, true),
  /** Quality of effect. */
  BETTER_OFF_PERCENT("Is anyone better off? (%)", false, false);

  private final String question;
  private final boolean effort;
  private final boolean quantity;

  Quadrant(String question, boolean effort, boolean quantity) {
    this.question = question;
    this.effort = effort;
    this.quantity = quantity;
  }

  /**
   * Returns the quadrant's question, such as {@code "How well did we do it?"}.
   *
   * @return the question
   */
  public String question() {
    return question;
  }

  /**
   * Tells whether the quadrant measures effort (what we did) rather than effect.
   *
   * @return true for How much and How well
   */
  public boolean isEffort() {
    return effort;
  }

  /**
   * Tells whether the quadrant measures quantity (a number) rather than quality (a percent).
   *
   * @return true for How much and Better off #
   */
  public boolean isQuantity() {
    return quantity;
  }
}
