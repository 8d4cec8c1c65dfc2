package org.obaframework.core.records;

/** Whether a family member is an adult or a child. */
public enum MemberRole {
  /** An adult of the household. */
  ADULT,
  /** A child or young person of the household. */
  CHILD
}
