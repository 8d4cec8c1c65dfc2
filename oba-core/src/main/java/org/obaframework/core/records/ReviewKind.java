package org.obaframework.core.records;

/** The kind of a review (assessment). */
public enum ReviewKind {
  /** The first review of an episode, on or after its start: the starting ratings. */
  BASELINE,
  /** A later review during the episode. */
  REVIEW,
  /** The review at the episode's end. */
  CLOSURE,
  /** A review after the episode ended. */
  FOLLOW_UP
}
