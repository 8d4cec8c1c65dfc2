package org.obaframework.core.framework;

/** The level at which an indicator is rated: a child or young person, a family, or an adult. */
public enum RatedAt {
  /** Rated for each child or young person. */
  CHILD,
  /** Rated once for the family (household). */
  FAMILY,
  /** Rated for each adult of a family. */
  ADULT
}
