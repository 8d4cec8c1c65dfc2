package org.obaframework.core.records;

/** Whether a rating holds a value, or says explicitly why it does not. Missing is never guessed. */
public enum RatingStatus {
  /** A value on the indicator's scale. */
  RATED,
  /** The indicator does not apply to this person now, such as school attendance of a toddler. */
  NOT_APPLICABLE,
  /** The indicator applies but was not assessed at this review. */
  NOT_ASSESSED
}
