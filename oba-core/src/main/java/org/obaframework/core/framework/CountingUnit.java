package org.obaframework.core.framework;

/** What a performance measure counts: distinct children, families, adults, episodes or reviews. */
public enum CountingUnit {
  /** Distinct children and young people. */
  CHILD,
  /** Distinct families (households). */
  FAMILY,
  /** Distinct adults. */
  ADULT,
  /** Episodes: a subject's times in a programme. */
  EPISODE,
  /** Reviews (assessments). */
  REVIEW
}
