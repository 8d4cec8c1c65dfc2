package org.obaframework.json.internal;

/** The property names and enumerated values of the framework definition document. */
final class FrameworkFields {
  /** The one format version this release reads and writes. */
  public static final int FORMAT_VERSION = 1;

  static final String FORMAT = "formatVersion";
  static final String CODE = "code";
  static final String NAME = "name";
  static final String VERSION = "version";
  static final String SERVICE_AREAS = "serviceAreas";
  static final String INDICATORS = "indicators";
  static final String PROGRAMMES = "programmes";
  static final String MEASURES = "measures";
  static final String SERVICE_OUTPUTS = "serviceOutputs";
  static final String EXTERNAL_FRAMEWORKS = "externalFrameworks";

  static final String DEFINITION = "definition";
  static final String TECHNICAL_DEFINITION = "technicalDefinition";
  static final String SCALE = "scale";
  static final String POLARITY = "polarity";
  static final String RATED_AT = "ratedAt";
  static final String OUTCOMES = "outcomes";

  static final String TYPE = "type";
  static final String BINARY = "binary";
  static final String ORDINAL = "ordinal";
  static final String NUMERIC = "numeric";
  static final String YES = "yes";
  static final String NO = "no";
  static final String LEVELS = "levels";
  static final String LABEL = "label";
  static final String SCORE = "score";
  static final String UNIT = "unit";
  static final String LOWER = "lower";
  static final String UPPER = "upper";
  static final String WHOLE_NUMBERS = "wholeNumbers";

  static final String SERVICE_AREA = "serviceArea";
  static final String DELIVERY_MODELS = "deliveryModels";

  static final String DESCRIPTION = "description";
  static final String QUADRANT = "quadrant";
  static final String ROLE = "role";
  static final String PRIORITY = "priority";
  static final String COUNTING_UNIT = "countingUnit";

  static final String NATION = "nation";
  static final String SOURCE = "source";

  private FrameworkFields() {}
}
