package org.obaframework.core.records;

/** Who made the ratings of a review. */
public enum Rater {
  /** The practitioner working with the child or family. */
  PRACTITIONER,
  /** The child or young person. */
  CHILD_OR_YOUNG_PERSON,
  /** A parent or carer. */
  PARENT_OR_CARER,
  /** Agreed together by practitioner and family. */
  JOINT
}
