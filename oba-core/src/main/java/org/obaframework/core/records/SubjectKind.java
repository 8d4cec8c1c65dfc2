package org.obaframework.core.records;

/** What a subject is: a child or young person, or a family (household) with its members. */
public enum SubjectKind {
  /** A child or young person. */
  CHILD,
  /** A family or household, with adults and children as members. */
  FAMILY
}
