package org.obaframework.json.internal;

/** The property names and constant values of the records document and of records NDJSON lines. */
public final class RecordsFields {
  /** The one format version this release reads and writes. */
  public static final int FORMAT_VERSION = 1;

  static final String FORMAT = "formatVersion";
  static final String SUBJECTS = "subjects";
  static final String EPISODES = "episodes";
  static final String REVIEWS = "reviews";

  static final String TYPE = "type";
  static final String SUBJECT = "subject";
  static final String EPISODE = "episode";
  static final String REVIEW = "review";

  static final String ID = "id";
  static final String KIND = "kind";
  static final String ATTRIBUTES = "attributes";
  static final String MEMBERS = "members";
  static final String ROLE = "role";
  static final String VALUE = "value";
  static final String FROM = "from";

  static final String PROGRAMME = "programme";
  static final String LOCAL_AUTHORITY = "localAuthority";
  static final String DELIVERY_MODEL = "deliveryModel";
  static final String START = "start";
  static final String END = "end";
  static final String CLOSURE_REASON = "closureReason";
  static final String SERVICE_OUTPUTS = "serviceOutputs";

  static final String ASSESSED_ON = "assessedOn";
  static final String RECORDED_ON = "recordedOn";
  static final String RATER = "rater";
  static final String RATINGS = "ratings";
  static final String INDICATOR = "indicator";
  static final String MEMBER = "member";
  static final String STATUS = "status";

  private RecordsFields() {}
}
