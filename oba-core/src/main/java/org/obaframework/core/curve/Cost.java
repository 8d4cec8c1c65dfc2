package org.obaframework.core.curve;

/**
 * What an idea of what works would cost. Friedman asks turn-the-curve groups to mark the no-cost
 * and low-cost ideas, because they can start at once.
 */
public enum Cost {
  /** Needs no money: a change in how partners already work. */
  NO_COST,
  /** Needs little money, within existing budgets. */
  LOW_COST,
  /** Needs new money or a commissioning decision. */
  OTHER;

  /**
   * Tells whether this is {@link #NO_COST} or {@link #LOW_COST}.
   *
   * @return true if no or low cost
   */
  public boolean isNoOrLow() {
    return this != OTHER;
  }
}
