package org.obaframework.json.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.obaframework.core.change.MinimumChange;
import org.obaframework.core.change.MinimumChanges;

/**
 * The property names and type tags of the measures document, shared by its reader and writer so
 * that the two cannot drift apart.
 */
final class MeasuresFields {
  private MeasuresFields() {}

  static final String FORMAT = "formatVersion";
  static final String MEASURES = "measures";
  static final String TYPE = "type";
  static final String CODE = "code";
  static final String NAME = "name";
  static final String PROGRAMME = "programme";
  static final String COUNTING_UNIT = "countingUnit";
  static final String SERVICE_OUTPUT = "serviceOutput";
  static final String CONDITION = "condition";
  static final String INDICATOR = "indicator";
  static final String INDICATORS = "indicators";
  static final String DEFAULT_RULE = "defaultRule";
  static final String RULES = "rules";
  static final String COMPOSITE = "composite";
  static final String FAMILY_RULE = "familyRule";
  static final String ELIGIBILITY = "eligibility";
  static final String EXCLUDED_CLOSURE_REASONS = "excludedClosureReasons";
  static final String PAIRING = "pairing";
  static final String EPISODE_CHOICE = "episodeChoice";
  static final String DETERIORATION = "deterioration";
  static final String DETERIORATIONS = "deteriorations";
  static final String REVIEW_KINDS = "reviewKinds";
  static final String BREAKDOWNS = "breakdowns";
  // Process conditions.
  static final String DAYS = "days";
  static final String RATERS = "raters";
  // Baseline conditions.
  static final String VALUE = "value";
  static final String LEVELS = "levels";
  static final String THRESHOLD = "threshold";
  // Rules and minimum changes.
  static final String AMOUNT = "amount";
  static final String TARGET = "target";
  static final String MAINTAINED = "maintained";
  static final String MINIMUM = "minimum";
  static final String CUT_OFF = "cutOff";
  static final String PRESET = "preset";
  static final String SOURCE = "source";
  static final String STANDARD_DEVIATION = "standardDeviation";
  static final String RELIABILITY = "reliability";
  static final String CRITICAL_VALUE = "criticalValue";
  // Composites and pairings.
  static final String K = "k";
  static final String PAIRED = "paired";
  static final String END = "end";
  static final String PERIOD_START = "periodStart";
  static final String PERIOD_END = "periodEnd";
  static final String MINIMUM_INTERVAL_DAYS = "minimumIntervalDays";

  // Type tags of measures.
  static final String COUNT = "count";
  static final String PROCESS = "process";
  static final String BETTER_OFF = "betterOff";
  static final String BASELINE_PROFILE = "baselineProfile";
  static final String TRANSITION = "transition";
  // Type tags of process conditions.
  static final String BASELINE_WITHIN = "baselineWithin";
  static final String REVIEWS_WITHIN = "reviewsWithin";
  static final String VIEW_RECORDED = "viewRecorded";
  static final String PLANNED_CLOSURE = "plannedClosure";
  static final String HAS_SERVICE_OUTPUT = "hasServiceOutput";
  // Type tags of baseline conditions.
  static final String IS = "is";
  static final String AT_LEVELS = "atLevels";
  static final String WORSE_THAN = "worseThan";
  static final String AT_OR_WORSE_THAN = "atOrWorseThan";
  // Type tags of better-off rules.
  static final String ANY_IMPROVEMENT = "anyImprovement";
  static final String IMPROVED_BY_AT_LEAST = "improvedByAtLeast";
  static final String REACHES = "reaches";
  static final String RELIABLE_CHANGE = "reliableChange";
  static final String RELIABLE_RECOVERY = "reliableRecovery";
  // Type tags of minimum changes.
  static final String JACOBSON_TRUAX = "jacobsonTruax";
  // Type tags of composites.
  static final String ANY = "any";
  static final String ALL = "all";
  static final String AT_LEAST = "atLeast";
  static final String CORC = "corc";
  // Type tags of deterioration rules.
  static final String MIRROR = "mirror";
  static final String ANY_DETERIORATION = "anyDeterioration";
  static final String WORSE_BY_AT_LEAST = "worseByAtLeast";
  // Breakdowns: their type tags and properties.
  static final String LOCAL_AUTHORITY = "localAuthority";
  static final String ATTRIBUTE = "attribute";
  static final String DELIVERY_MODEL = "deliveryModel";
  static final String PERIOD = "period";
  static final String COHORT = "cohort";
  static final String CROSS = "cross";
  static final String HIERARCHY = "hierarchy";
  static final String RULE = "rule";
  static final String KIND = "kind";
  static final String PERIODS = "periods";
  static final String PARTS = "parts";

  /** The NHS England presets of {@link MinimumChanges}, by the name of their constant. */
  static final Map<String, MinimumChange> PRESETS = presets();

  private static Map<String, MinimumChange> presets() {
    Map<String, MinimumChange> presets = new LinkedHashMap<>();
    presets.put("GOAL_BASED_OUTCOMES", MinimumChanges.GOAL_BASED_OUTCOMES);
    presets.put("SDQ_PARENT_CONDUCT", MinimumChanges.SDQ_PARENT_CONDUCT);
    presets.put("SDQ_PARENT_EMOTIONAL", MinimumChanges.SDQ_PARENT_EMOTIONAL);
    presets.put("SDQ_PARENT_HYPERACTIVITY", MinimumChanges.SDQ_PARENT_HYPERACTIVITY);
    presets.put("SDQ_PARENT_IMPACT", MinimumChanges.SDQ_PARENT_IMPACT);
    presets.put("SDQ_PARENT_PEER", MinimumChanges.SDQ_PARENT_PEER);
    presets.put("GAD_7", MinimumChanges.GAD_7);
    presets.put("PHQ_9", MinimumChanges.PHQ_9);
    presets.put("YP_CORE", MinimumChanges.YP_CORE);
    presets.put("CGAS", MinimumChanges.CGAS);
    return java.util.Collections.unmodifiableMap(presets);
  }
}
