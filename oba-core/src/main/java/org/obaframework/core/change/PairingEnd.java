package org.obaframework.core.change;

/**
 * Which later review a {@link Pairing} compares with the earlier one.
 *
 * <p>Only reviews of the episode itself take part: follow-up reviews (after the episode's end) are
 * never chosen, and the later review is always assessed on a later day than the earlier one.
 */
public enum PairingEnd {
  /** The latest review after the baseline, compared with the baseline. */
  LATEST,
  /**
   * The episode's closure review, compared with the baseline; an episode that has not ended by the
   * as-of date is {@link UnpairedReason#EPISODE_OPEN}.
   */
  CLOSURE,
  /**
   * The latest review after the baseline assessed within the pairing's reporting period (inclusive
   * ends), compared with the baseline.
   */
  LATEST_WITHIN,
  /**
   * The latest review compared with the review just before it (which is the baseline when there
   * are only two): the most recent step of change.
   */
  PREVIOUS
}
