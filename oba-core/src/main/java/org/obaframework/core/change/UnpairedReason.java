package org.obaframework.core.change;

/**
 * Why a {@link Change} could not be computed: the two ratings a {@link Pairing} compares were not
 * both found, or not both rated, or too close together.
 *
 * <p>The reasons are checked in the order listed here and the first that holds is given: a change
 * with no baseline is {@link #NO_BASELINE} whatever else is missing. For {@link
 * PairingEnd#PREVIOUS} the "baseline" is the earlier of the two reviews compared.
 */
public enum UnpairedReason {
  /** No review on or after the episode's start by the rater rates the indicator for the person. */
  NO_BASELINE(false),
  /** The baseline says the indicator does not apply to the person. */
  BASELINE_NOT_APPLICABLE(true),
  /** The baseline says the indicator applies but was not assessed. */
  BASELINE_NOT_ASSESSED(false),
  /** The episode has not ended by the as-of date, so it has no closure review yet. */
  EPISODE_OPEN(false),
  /** The episode has ended but no closure review after the baseline rates the indicator. */
  NO_CLOSURE_REVIEW(false),
  /** No review after the baseline rates the indicator for the person. */
  NO_LATER_REVIEW(false),
  /** Later reviews rate the indicator, but none was assessed within the reporting period. */
  NO_REVIEW_IN_PERIOD(false),
  /** The later review says the indicator does not apply to the person. */
  LATER_NOT_APPLICABLE(true),
  /** The later review says the indicator applies but was not assessed. */
  LATER_NOT_ASSESSED(false),
  /** The two reviews are fewer days apart than the pairing's minimum interval. */
  INTERVAL_TOO_SHORT(false);

  private final boolean notApplicable;

  UnpairedReason(boolean notApplicable) {
    this.notApplicable = notApplicable;
  }

  /**
   * Tells whether this reason means the indicator does not apply, so that the change's outcome is
   * {@link ChangeOutcome#NOT_APPLICABLE} rather than {@link ChangeOutcome#NOT_PAIRED}.
   *
   * @return true for {@link #BASELINE_NOT_APPLICABLE} and {@link #LATER_NOT_APPLICABLE}
   */
  public boolean isNotApplicable() {
    return notApplicable;
  }

  /**
   * Returns the outcome of a change with this reason.
   *
   * @return {@link ChangeOutcome#NOT_APPLICABLE} or {@link ChangeOutcome#NOT_PAIRED}
   */
  public ChangeOutcome outcome() {
    return notApplicable ? ChangeOutcome.NOT_APPLICABLE : ChangeOutcome.NOT_PAIRED;
  }
}
