package org.obaframework.core.curve;

/**
 * What a {@link TurnTheCurveRecord} is about: a performance measure of a programme (performance
 * accountability) or a population indicator (population accountability).
 */
public enum CurveSubjectKind {
  /** A performance measure of an {@link org.obaframework.core.framework.OutcomesFramework}. */
  PERFORMANCE_MEASURE,
  /** A population indicator of a {@link PopulationAccountability}. */
  POPULATION_INDICATOR
}
