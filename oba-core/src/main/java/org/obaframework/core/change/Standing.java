package org.obaframework.core.change;

/**
 * Where a counted unit (a child, family, adult or episode) stands in a better-off measure: the
 * populations of a proportion measure, nested by construction.
 *
 * <p>Every unit with an episode of the measure's programme is in the initial population. {@link
 * #NOT_ELIGIBLE} units fail the measure's baseline conditions; {@link #EXCLUDED} ones are
 * eligible but excluded (nothing applicable to judge, or a declared exclusion); {@link
 * #NOT_PAIRED} ones are eligible but lack the two ratings to judge. The denominator is {@link
 * #NOT_BETTER_OFF} and {@link #BETTER_OFF}; the numerator is {@link #BETTER_OFF}. So numerator
 * within denominator within initial population holds for every unit.
 */
public enum Standing {
  /** In the initial population, but not meeting the eligibility conditions at baseline. */
  NOT_ELIGIBLE,
  /** Eligible, but excluded: nothing applicable, or a declared exclusion. */
  EXCLUDED,
  /** Eligible, but without the two ratings needed to judge. */
  NOT_PAIRED,
  /** In the denominator, not better off. */
  NOT_BETTER_OFF,
  /** In the numerator: better off. */
  BETTER_OFF;

  /**
   * Tells whether the unit is in the denominator.
   *
   * @return true for {@link #NOT_BETTER_OFF} and {@link #BETTER_OFF}
   */
  public boolean isInDenominator() {
    return this == NOT_BETTER_OFF || this == BETTER_OFF;
  }

  /**
   * Tells whether the unit is in the numerator.
   *
   * @return true for {@link #BETTER_OFF}
   */
  public boolean isInNumerator() {
    return this == BETTER_OFF;
  }

  /**
   * Tells whether the unit met the eligibility conditions.
   *
   * @return false only for {@link #NOT_ELIGIBLE}
   */
  public boolean isEligible() {
    return this != NOT_ELIGIBLE;
  }
}
