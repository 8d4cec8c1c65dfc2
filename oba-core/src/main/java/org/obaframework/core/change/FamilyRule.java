package org.obaframework.core.change;

/**
 * How a family's outcome follows from the outcomes of its members, when a measure counts families.
 *
 * <p>A family's <em>persons</em> are the family itself, for family-level indicators, and each
 * member rated on the measure's member-level indicators: with child-level indicators, {@link
 * #ANY_MEMBER} reads "any child" and {@link #ALL_MEMBERS} "all children".
 */
public enum FamilyRule {
  /**
   * The family is better off when any eligible person is; it is in the denominator when any
   * eligible person is.
   */
  ANY_MEMBER,
  /**
   * The family is better off when every eligible person who is not excluded is; if any of them
   * cannot be judged, neither can the family.
   */
  ALL_MEMBERS,
  /** Only the family-level indicators count: the family as one person. */
  FAMILY_INDICATORS
}
