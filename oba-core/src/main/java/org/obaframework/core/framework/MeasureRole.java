package org.obaframework.core.framework;

/**
 * The role of a performance measure in a report card, chosen by "forced choice".
 */
public enum MeasureRole {
  /** One of the three to five measures that matter most. */
  HEADLINE,
  /** Reported, but not a headline. */
  SECONDARY,
  /** Wanted, but without data yet: the data development agenda, in priority order. */
  DATA_DEVELOPMENT
}
