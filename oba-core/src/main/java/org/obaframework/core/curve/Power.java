package org.obaframework.core.curve;

/**
 * How strong a population indicator is on one of Friedman's three tests: communication power
 * (does it make sense to the public), proxy power (does it say something central about the
 * result) and data power (is there timely, reliable data by geography and over time).
 *
 * @see PopulationIndicator#isCandidateHeadline()
 */
public enum Power {
  /** Strong on the test. */
  HIGH,
  /** Partly meets the test. */
  MEDIUM,
  /** Weak on the test. */
  LOW
}
