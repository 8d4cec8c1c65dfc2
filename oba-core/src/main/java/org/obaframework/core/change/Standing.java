package org.obaframework.core.change;

/**
 * Where a counted unit (a child, family, adult or episode) stands in a better-off measure: the
 * populations of a proportion measure, nested by construction, with the denominator split three
 * ways: better off, no change, deteriorated.
 *
 * <p>Every unit with an episode of the measure's programme is in the initial population. {@link
 * #NOT_ELIGIBLE} units fail the measure's baseline conditions; {@link #EXCLUDED} ones are
 * eligible but excluded (nothing applicable to judge, or a declared exclusion); {@link
 * #NOT_PAIRED} ones are eligible but lack the two ratings to judge. The denominator is {@link
 * #BETTER_OFF}, {@link #NO_CHANGE} and {@link #DETERIORATED}; the numerator is {@link
 * #BETTER_OFF}. So numerator within denominator within initial population holds for every unit,
 * and better off + no change + deteriorated = denominator.
 *
 * <p>Several parts of a unit (a family's members, a child's episodes) combine into one standing
 * by {@link #anyOf} or {@link #allOf}: both are associative and commutative, so the parts may be
 * combined in any order.
 */
public enum Standing {
  /** In the initial population, but not meeting the eligibility conditions at baseline. */
  NOT_ELIGIBLE,
  /** Eligible, but excluded: nothing applicable, or a declared exclusion. */
  EXCLUDED,
  /** Eligible, but without the two ratings needed to judge. */
  NOT_PAIRED,
  /**
   * In the denominator, neither better off nor deteriorated under the measure's rules: for a
   * reliable-change rule, no reliable change.
   */
  NO_CHANGE,
  /**
   * In the denominator, not better off, and worse off under the measure's deterioration rule:
   * for a reliable-change rule, a reliable deterioration.
   */
  DETERIORATED,
  /** In the numerator: better off. */
  BETTER_OFF;

  /**
   * Tells whether the unit is in the denominator.
   *
   * @return true for {@link #BETTER_OFF}, {@link #NO_CHANGE} and {@link #DETERIORATED}
   */
  public boolean isInDenominator() {
    return this == BETTER_OFF || this == NO_CHANGE || this == DETERIORATED;
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

  /**
   * Combines the standings of two parts of a unit that is better off when any part is: a family
   * by {@link FamilyRule#ANY_MEMBER}, a child by {@link EpisodeChoice#ANY} of its episodes.
   *
   * <p>Better off when any part is; else deteriorated when any part is; else no change when any
   * part is in the denominator; else not paired when any eligible part is not excluded; else
   * excluded when any part is eligible; else not eligible. That is the greater of the two in the
   * order not eligible, excluded, not paired, no change, deteriorated, better off.
   *
   * <pre>{@code
   * Standing.anyOf(Standing.NOT_PAIRED, Standing.BETTER_OFF);   // BETTER_OFF
   * }</pre>
   *
   * @param one one part's standing
   * @param other the other part's standing
   * @return the unit's standing
   */
  public static Standing anyOf(Standing one, Standing other) {
    return one.compareTo(other) >= 0 ? one : other;
  }

  /**
   * Combines the standings of two parts of a unit that is better off only when every part that
   * counts is: a family by {@link FamilyRule#ALL_MEMBERS}, a child by {@link EpisodeChoice#ALL}
   * of its episodes.
   *
   * <p>Parts not eligible or excluded do not count, unless no part counts: then the unit is
   * excluded when any part is eligible, else not eligible. Among the parts that count, the unit is
   * not paired when any part is; else better off when every part is, deteriorated when every part
   * is (the mirror image), and otherwise no change.
   *
   * <pre>{@code
   * Standing.allOf(Standing.BETTER_OFF, Standing.EXCLUDED);       // BETTER_OFF
   * Standing.allOf(Standing.BETTER_OFF, Standing.DETERIORATED);   // NO_CHANGE
   * }</pre>
   *
   * @param one one part's standing
   * @param other the other part's standing
   * @return the unit's standing
   */
  public static Standing allOf(Standing one, Standing other) {
    boolean counts = one.compareTo(NOT_PAIRED) >= 0;
    boolean otherCounts = other.compareTo(NOT_PAIRED) >= 0;
    if (!counts || !otherCounts) {
      // A part that does not count leaves the other as it is.
      return counts ? one : otherCounts ? other : anyOf(one, other);
    }
    if (one == NOT_PAIRED || other == NOT_PAIRED) {
      return NOT_PAIRED;
    }
    return one == other ? one : NO_CHANGE;
  }
}
