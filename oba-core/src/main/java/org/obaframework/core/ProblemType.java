package org.obaframework.core;

/**
 * The kinds of problem that validating a definition or a record can find.
 *
 * <p>Each has a short description that opens the problem's message.
 */
public enum ProblemType {
  /** A required field has no value. */
  MISSING_VALUE("missing value"),
  /** A code or id does not follow the syntax of codes. */
  INVALID_CODE("invalid code"),
  /** A text is blank or a language tag is malformed. */
  INVALID_TEXT("invalid text"),
  /** A number is outside the range its field allows. */
  OUT_OF_RANGE("value out of range"),
  /** An ordinal scale has too few levels. */
  EMPTY_SCALE("empty scale"),
  /** Two levels of one ordinal scale share a code or a label. */
  DUPLICATE_LEVEL("duplicate level"),
  /** The values of an ordinal scale's levels are not strictly increasing. */
  UNORDERED_LEVELS("levels out of order"),
  /** A numeric scale's lower bound is above its upper bound. */
  INVALID_BOUNDS("invalid bounds"),
  /** A measure's role and priority do not fit together. */
  INVALID_PRIORITY("invalid priority"),
  /** Two items of one kind share a code or an id. */
  DUPLICATE_CODE("duplicate code"),
  /** A reference names something that does not exist. */
  UNKNOWN_REFERENCE("unknown reference"),
  /** A programme names an indicator that does not belong to the programme's service area. */
  INDICATOR_OUTSIDE_SERVICE_AREA("indicator outside the service area"),
  /** Two dates of one item are in the wrong order. */
  DATES_OUT_OF_ORDER("dates out of order"),
  /** A date lies after the as-of date of the validation. */
  DATE_AFTER_AS_OF("date after the as-of date"),
  /** A review is dated outside its episode. */
  REVIEW_OUTSIDE_EPISODE("review outside its episode"),
  /** An episode has two baseline reviews by the same rater. */
  DUPLICATE_BASELINE("two baseline reviews"),
  /** An episode has two closure reviews by the same rater. */
  DUPLICATE_CLOSURE("two closure reviews"),
  /** A review is dated before the baseline review of its episode by the same rater. */
  REVIEW_BEFORE_BASELINE("review before the baseline"),
  /** A closure review belongs to an episode that has not ended. */
  CLOSURE_OF_OPEN_EPISODE("closure review of an open episode"),
  /** A rating names an indicator the framework does not have. */
  UNKNOWN_INDICATOR("unknown indicator"),
  /** A rating names an indicator that is not relevant to the episode's programme. */
  INDICATOR_NOT_IN_PROGRAMME("indicator not in the programme"),
  /** A rated value is not on the indicator's scale. */
  VALUE_OFF_SCALE("value off the scale"),
  /** A rating is about a person at another level than the indicator's (child, family, adult). */
  WRONG_LEVEL("rated at the wrong level"),
  /** One review rates the same indicator for the same person twice. */
  DUPLICATE_RATING("indicator rated twice"),
  /** A rating or member refers to a family member that does not exist or cannot exist. */
  UNKNOWN_MEMBER("unknown member"),
  /** A better-off rule does not fit the indicator's scale, such as a target on a binary scale. */
  RULE_DOES_NOT_FIT("rule does not fit the indicator"),
  /**
   * A choice that is valid in itself but not for this measure, such as each rater separately for
   * a measure on a report card, which counts each child or family once.
   */
  UNSUPPORTED_CHOICE("choice the measure does not support"),
  /** A document is not well-formed, such as truncated JSON, or breaks a size or depth limit. */
  MALFORMED_DOCUMENT("malformed document"),
  /** A document's value has the wrong type, such as a string where a number belongs. */
  WRONG_TYPE("wrong type"),
  /** A document's object has a property its format does not define. */
  UNKNOWN_PROPERTY("unknown property"),
  /** A document's object gives the same property twice. */
  DUPLICATE_PROPERTY("duplicate property"),
  /** A document declares a format version this release cannot read. */
  UNSUPPORTED_FORMAT("unsupported format version");

  private final String description;

  ProblemType(String description) {
    this.description = description;
  }

  /**
   * Returns the short description that opens a problem's message, such as {@code "unknown
   * reference"}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
