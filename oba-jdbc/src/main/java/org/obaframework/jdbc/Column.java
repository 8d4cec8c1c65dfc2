package org.obaframework.jdbc;

/**
 * A field of oba's records that a {@link RowQuery} reads from a column of its result, with the
 * column label read by default. A query may give a column another label ({@link
 * RowQuery#withColumn}), such as the table's own column name, so that problems name the column
 * the host system has.
 *
 * <p>Which columns each kind of rows reads, and which of them may be absent or null, is {@link
 * RowKind}'s to say.
 */
public enum Column {
  /** The subject's pseudonymous id: a child's or a family's. Every kind of rows has it. */
  SUBJECT_ID("subject_id", Type.TEXT),
  /** The subject's kind: {@code CHILD} or {@code FAMILY}. */
  SUBJECT_KIND("kind", Type.TEXT),
  /** A family member's pseudonymous id (of a member, an attribute or a rating). */
  MEMBER_ID("member_id", Type.TEXT),
  /** A member's role: {@code ADULT} or {@code CHILD}. */
  ROLE("role", Type.TEXT),
  /** An attribute's name, a code such as {@code local-authority}. */
  NAME("name", Type.TEXT),
  /** An attribute's value, a short code or band. */
  VALUE("value", Type.TEXT),
  /** The first day an attribute's value holds; null when it holds from the beginning. */
  VALID_FROM("valid_from", Type.DATE),
  /** An episode's id (of an episode, a service output or a review). */
  EPISODE_ID("episode_id", Type.TEXT),
  /** An episode's programme code. */
  PROGRAMME("programme", Type.TEXT),
  /** An episode's local authority code. */
  LOCAL_AUTHORITY("local_authority", Type.TEXT),
  /** An episode's delivery model code; may be null. */
  DELIVERY_MODEL("delivery_model", Type.TEXT),
  /** An episode's first day. */
  START_DATE("start_date", Type.DATE),
  /** An episode's last day; null while it is open. */
  END_DATE("end_date", Type.DATE),
  /** Why an episode ended, a {@link org.obaframework.core.records.ClosureReason}; may be null. */
  CLOSURE_REASON("closure_reason", Type.TEXT),
  /** A service output's code. */
  SERVICE_OUTPUT("service_output", Type.TEXT),
  /** A review's id (of a review or a rating). */
  REVIEW_ID("review_id", Type.TEXT),
  /** A review's kind, a {@link org.obaframework.core.records.ReviewKind}. */
  REVIEW_KIND("kind", Type.TEXT),
  /** The date of a review's assessment. */
  ASSESSED_ON("assessed_on", Type.DATE),
  /** The date a review was recorded; null for the date assessed. */
  RECORDED_ON("recorded_on", Type.DATE),
  /** Who rated, a {@link org.obaframework.core.records.Rater}. */
  RATER("rater", Type.TEXT),
  /** A rating's indicator code. */
  INDICATOR("indicator", Type.TEXT),
  /**
   * A rating's status, a {@link org.obaframework.core.records.RatingStatus}; null for {@code
   * RATED} when a value is given.
   */
  STATUS("status", Type.TEXT),
  /** A rating's level of an ordinal scale, by its code. */
  LEVEL("level", Type.TEXT),
  /** A rating's number on a numeric scale (or an ordinal level's score). */
  NUMBER("number", Type.NUMBER),
  /** A rating's yes or no on a binary scale. */
  FLAG("flag", Type.FLAG);

  /** How a column's value is read. */
  enum Type { TEXT, DATE, NUMBER, FLAG }

  private final String label;
  private final Type type;

  Column(String label, Type type) {
    this.label = label;
    this.type = type;
  }

  /**
   * Returns the label a query's result gives the column unless {@link RowQuery#withColumn} says
   * otherwise.
   *
   * @return the label, such as {@code subject_id}
   */
  public String defaultLabel() {
    return label;
  }

  Type type() {
    return type;
  }
}
