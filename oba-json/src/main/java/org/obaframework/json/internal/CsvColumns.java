package org.obaframework.json.internal;

/** The names of the columns of records in CSV, in one place for the reader and the writer. */
public final class CsvColumns {
  public static final String SUBJECT = "subject";
  public static final String MEMBER = "member";
  public static final String EPISODE = "episode";
  public static final String PROGRAMME = "programme";
  public static final String REVIEW = "review";
  public static final String KIND = "kind";
  public static final String ASSESSED_ON = "assessedOn";
  public static final String RATER = "rater";
  public static final String INDICATOR = "indicator";
  public static final String STATUS = "status";
  public static final String VALUE = "value";
  public static final String SUBJECT_KIND = "subjectKind";
  public static final String SUBJECT_ATTRIBUTES = "subjectAttributes";
  public static final String MEMBER_ROLE = "memberRole";
  public static final String MEMBER_ATTRIBUTES = "memberAttributes";
  public static final String LOCAL_AUTHORITY = "localAuthority";
  public static final String DELIVERY_MODEL = "deliveryModel";
  public static final String START = "start";
  public static final String END = "end";
  public static final String CLOSURE_REASON = "closureReason";
  public static final String SERVICE_OUTPUTS = "serviceOutputs";
  public static final String RECORDED_ON = "recordedOn";

  private CsvColumns() {}
}
