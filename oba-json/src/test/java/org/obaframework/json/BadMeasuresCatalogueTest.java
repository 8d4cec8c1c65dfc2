package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.obaframework.core.ProblemType;
import org.obaframework.core.aggregate.MeasureDefinition;

/**
 * Malformed and invalid measures documents, and documents that do not fit their framework. Each
 * case marks with {@code §} the place the problem must be reported at (the mark is removed before
 * reading), so each asserts the exception type, the JSON Pointer, the line and column, and the
 * key words of the message.
 */
class BadMeasuresCatalogueTest {
  /** Nine measures that fit {@link MeasureSamples#framework()}: every kind, most variants. */
  static final String BASE = "{\"formatVersion\":1,\"measures\":["
      // 0
      + "{\"type\":\"count\",\"code\":\"FAMILIES\",\"name\":{\"en\":\"Families\"},"
      + "\"programme\":\"IFS\",\"countingUnit\":\"FAMILY\",\"serviceOutput\":\"PLAN\"},"
      // 1
      + "{\"type\":\"process\",\"code\":\"BASELINE\",\"name\":{\"en\":\"Baseline\"},"
      + "\"programme\":\"IFS\",\"condition\":{\"type\":\"baselineWithin\",\"days\":28}},"
      // 2
      + "{\"type\":\"betterOff\",\"code\":\"BETTER\",\"name\":{\"en\":\"Better off\"},"
      + "\"programme\":\"IFS\",\"countingUnit\":\"FAMILY\",\"indicators\":[\"TENANCY-AT-RISK\","
      + "\"SCHOOL-ATTENDANCE\",\"RISK-CARE\"],\"defaultRule\":{\"type\":\"anyImprovement\"},"
      + "\"rules\":{\"SCHOOL-ATTENDANCE\":{\"type\":\"improvedByAtLeast\",\"amount\":10},"
      + "\"RISK-CARE\":{\"type\":\"reaches\",\"target\":\"low\",\"maintained\":\"COUNTS\"}},"
      + "\"composite\":{\"type\":\"atLeast\",\"k\":2},\"familyRule\":\"ANY_MEMBER\","
      + "\"eligibility\":[{\"type\":\"atOrWorseThan\",\"indicator\":\"RISK-CARE\","
      + "\"threshold\":\"medium\"}],\"excludedClosureReasons\":[\"MOVED_AWAY\"],"
      + "\"pairing\":{\"end\":\"CLOSURE\",\"minimumIntervalDays\":28,"
      + "\"raters\":\"PRACTITIONER\"}},"
      // 3
      + "{\"type\":\"betterOff\",\"code\":\"CAMHS\",\"name\":{\"en\":\"CAMHS\"},"
      + "\"programme\":\"CAMHS\",\"countingUnit\":\"CHILD\",\"indicators\":[\"GBO\",\"CGAS\"],"
      + "\"rules\":{\"GBO\":{\"type\":\"reliableChange\",\"minimum\":{\"type\":\"preset\","
      + "\"preset\":\"GOAL_BASED_OUTCOMES\"}},\"CGAS\":{\"type\":\"reliableRecovery\","
      + "\"minimum\":{\"type\":\"jacobsonTruax\",\"standardDeviation\":12.9,"
      + "\"reliability\":0.91},\"cutOff\":70}},\"composite\":{\"type\":\"corc\"},"
      + "\"pairing\":{\"end\":\"LATEST\",\"raters\":\"PRACTITIONER\"}},"
      // 4
      + "{\"type\":\"baselineProfile\",\"code\":\"EVICTED\",\"name\":{\"en\":\"Evicted\"},"
      + "\"programme\":\"IFS\",\"countingUnit\":\"FAMILY\",\"condition\":{\"type\":\"is\","
      + "\"indicator\":\"EVICTED\",\"value\":true}},"
      // 5
      + "{\"type\":\"baselineProfile\",\"code\":\"HIGH-RISK\",\"name\":{\"en\":\"High risk\"},"
      + "\"programme\":\"IFS\",\"countingUnit\":\"CHILD\",\"condition\":{\"type\":\"atLevels\","
      + "\"indicator\":\"RISK-CARE\",\"levels\":[\"high\",\"medium\"]}},"
      // 6
      + "{\"type\":\"transition\",\"code\":\"RISK-MOVES\",\"name\":{\"en\":\"Risk moves\"},"
      + "\"programme\":\"IFS\",\"indicator\":\"RISK-CARE\",\"pairing\":{\"end\":\"LATEST_WITHIN\","
      + "\"periodStart\":\"2025-04-01\",\"periodEnd\":\"2026-03-31\",\"raters\":\"PRACTITIONER\"}},"
      // 7
      + "{\"type\":\"process\",\"code\":\"VIEW\",\"name\":{\"en\":\"View\"},\"programme\":\"IFS\","
      + "\"condition\":{\"type\":\"viewRecorded\",\"raters\":[\"CHILD_OR_YOUNG_PERSON\"]}},"
      // 8
      + "{\"type\":\"betterOff\",\"code\":\"SDQ\",\"name\":{\"en\":\"SDQ\"},"
      + "\"programme\":\"CAMHS\",\"countingUnit\":\"CHILD\",\"indicators\":[\"SDQ-TOTAL\"],"
      + "\"defaultRule\":{\"type\":\"reliableChange\",\"minimum\":{\"type\":\"value\","
      + "\"value\":5,\"source\":\"Local audit\"}},"
      + "\"pairing\":{\"end\":\"PREVIOUS\",\"raters\":\"PRACTITIONER\"}}"
      + "]}";

  record Case(String name, String marked, String pointer, boolean withFramework,
      String[] words) {
    @Override
    public String toString() {
      return name + (withFramework ? " (with the framework)" : "");
    }
  }

  private static Case bad(String name, String marked, String pointer, String... words) {
    return new Case(name, marked, pointer, false, words);
  }

  private static Case unfit(String name, String marked, String pointer, String... words) {
    return new Case(name, marked, pointer, true, words);
  }

  /** The base document with the first {@code from} replaced by {@code to}. */
  /** BASE with one replacement, which must apply. */
  private static String with(String from, String to) {
    return MarkedDocument.with(BASE, from, to);
  }

  /** BASE with the given breakdowns, the text of a JSON array and the document's closing. */
  private static String breakdowns(String array) {
    return BASE.substring(0, BASE.length() - 1) + ",\"breakdowns\":" + array;
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // The document.
    cases.add(bad("truncated", BASE.substring(0, 31) + "§", "/measures",
        "malformed document", "well-formed JSON"));
    cases.add(bad("empty document", "§", "(root)", "malformed document", "empty document"));
    cases.add(bad("root is an array", "§[]", "(root)", "wrong type", "an object", "an array"));
    cases.add(bad("format version 2", with("\"formatVersion\":1", "\"formatVersion\":§2"),
        "/formatVersion", "unsupported format version", "expected 1", "found 2"));
    cases.add(bad("format version a string", with("\"formatVersion\":1",
        "\"formatVersion\":§\"1\""), "/formatVersion", "unsupported format version",
        "expected 1"));
    cases.add(bad("format version missing", "§" + with("\"formatVersion\":1,", ""), "(root)",
        "missing value", "field formatVersion"));
    cases.add(bad("measures not an array", "{\"formatVersion\":1,\"measures\":§{}}",
        "/measures", "wrong type", "an array", "an object"));
    cases.add(bad("measure not an object", with("\"measures\":[", "\"measures\":[§7,"),
        "/measures/0", "wrong type", "an object", "found an integer"));
    cases.add(bad("unknown root property", with("\"formatVersion\":1,",
        "\"formatVersion\":1,§\"framework\":\"AFC\","), "/framework", "unknown property",
        "'framework'", "[breakdowns, formatVersion, measures]"));
    cases.add(bad("duplicate property", with("\"formatVersion\":1,",
        "\"formatVersion\":1,§\"formatVersion\":1,"), "/formatVersion", "duplicate property"));
    String deep = "[".repeat(70);
    cases.add(bad("nesting deeper than the limit", with("\"formatVersion\":1,",
        "\"formatVersion\":1,\"deep\":" + deep.substring(0, 64) + "§" + deep.substring(64)),
        "/deep" + "/0".repeat(63), "malformed document", "over a limit", "nesting depth"));
    // A measure.
    cases.add(bad("type missing", with("{\"type\":\"count\",", "§{"), "/measures/0",
        "missing value", "field type",
        "the type of measure, one of [baselineProfile, betterOff, count, process, transition]"));
    cases.add(bad("empty name", with("\"name\":{\"en\":\"Families\"}", "\"name\":§{}"),
        "/measures/0/name", "missing value", "field name:", "at least one text"));
    cases.add(bad("unknown type", with("\"type\":\"count\"", "\"type\":§\"tally\""),
        "/measures/0/type", "invalid code", "the type of measure", "found a text of 5 characters"));
    cases.add(bad("type a number", with("\"type\":\"count\"", "\"type\":§1"),
        "/measures/0/type", "wrong type", "a string", "found an integer"));
    cases.add(bad("unknown measure property", with("\"serviceOutput\":\"PLAN\"",
        "\"serviceOutput\":\"PLAN\",§\"unit\":\"FAMILY\""), "/measures/0/unit",
        "unknown property", "'unit'", "[code, countingUnit, name, programme, raters, "
            + "reviewKinds, serviceOutput, type]"));
    cases.add(bad("a property of another type", with("\"serviceOutput\":\"PLAN\"",
        "\"serviceOutput\":\"PLAN\",§\"condition\":{}"), "/measures/0/condition",
        "unknown property", "'condition'"));
    cases.add(bad("code missing", with("{\"type\":\"count\",\"code\":\"FAMILIES\",",
        "§{\"type\":\"count\","), "/measures/0", "missing value", "field code", "a string"));
    cases.add(bad("code a number", with("\"code\":\"FAMILIES\"", "\"code\":§12"),
        "/measures/0/code", "wrong type", "a string", "found an integer"));
    cases.add(bad("malformed code", with("\"code\":\"FAMILIES\"", "\"code\":§\"all families\""),
        "/measures/0/code", "invalid code", "field code"));
    cases.add(bad("duplicate measure code", with("\"code\":\"BASELINE\"",
        "\"code\":§\"FAMILIES\""), "/measures/1/code", "duplicate code", "'FAMILIES' again",
        "first at /measures/0/code (line 1, column 55)"));
    cases.add(bad("name not a label", with("\"name\":{\"en\":\"Families\"}",
        "\"name\":§\"Families\""), "/measures/0/name", "wrong type", "an object"));
    cases.add(bad("name with a bad language tag", with("\"name\":{\"en\":\"Families\"}",
        "\"name\":§{\"english\":\"Families\"}"), "/measures/0/name", "BCP 47"));
    cases.add(bad("programme missing", with("\"programme\":\"IFS\",\"countingUnit\"",
        "\"countingUnit\"").replace("{\"type\":\"count\"", "§{\"type\":\"count\""),
        "/measures/0", "missing value", "field programme"));
    cases.add(bad("unknown counting unit", with("\"countingUnit\":\"FAMILY\"",
        "\"countingUnit\":§\"HOUSEHOLD\""), "/measures/0/countingUnit", "invalid code",
        "CHILD, FAMILY, ADULT, EPISODE, REVIEW", "a text of 9 characters"));
    cases.add(bad("service output null", with("\"serviceOutput\":\"PLAN\"",
        "\"serviceOutput\":§null"), "/measures/0/serviceOutput", "wrong type", "a string",
        "found null"));
    cases.add(bad("baseline profile of reviews", with("\"countingUnit\":\"FAMILY\",\"condition\"",
        "\"countingUnit\":§\"REVIEW\",\"condition\""), "/measures/4/countingUnit",
        "value out of range", "CHILD, FAMILY, ADULT or EPISODE", "found REVIEW"));
    // Process conditions.
    cases.add(bad("condition missing", with(",\"condition\":{\"type\":\"baselineWithin\","
        + "\"days\":28}", "").replace("{\"type\":\"process\",\"code\":\"BASELINE\"",
        "§{\"type\":\"process\",\"code\":\"BASELINE\""), "/measures/1", "missing value",
        "field condition", "an object"));
    cases.add(bad("unknown process condition", with("\"type\":\"baselineWithin\"",
        "\"type\":§\"baselineBefore\""), "/measures/1/condition/type", "invalid code",
        "the type of process condition", "baselineWithin, hasServiceOutput", "a text of 14 characters"));
    cases.add(bad("negative days", with("\"days\":28", "\"days\":§-1"),
        "/measures/1/condition/days", "value out of range", "0 or more", "found -1"));
    cases.add(bad("days with a fraction", with("\"days\":28", "\"days\":§28.5"),
        "/measures/1/condition/days", "wrong type", "an integer",
        "found a decimal number"));
    cases.add(bad("days beyond an int", with("\"days\":28", "\"days\":§99999999999"),
        "/measures/1/condition/days", "value out of range", "2147483647",
        "found an integer above it"));
    cases.add(bad("days as text", with("\"days\":28", "\"days\":§\"28\""),
        "/measures/1/condition/days", "wrong type", "an integer",
        "a string of 2 characters"));
    cases.add(bad("reviews within no days", with("\"type\":\"baselineWithin\",\"days\":28",
        "\"type\":\"reviewsWithin\",\"days\":§0"), "/measures/1/condition/days",
        "value out of range", "1 or more", "found 0"));
    cases.add(bad("planned closure with days", with("\"type\":\"baselineWithin\",\"days\":28",
        "\"type\":\"plannedClosure\",§\"days\":28"), "/measures/1/condition/days",
        "unknown property", "[type]"));
    cases.add(bad("service output condition without its output", with(
        "{\"type\":\"baselineWithin\",\"days\":28}", "§{\"type\":\"hasServiceOutput\"}"),
        "/measures/1/condition", "missing value", "field serviceOutput"));
    cases.add(bad("view recorded by nobody", with("\"raters\":[\"CHILD_OR_YOUNG_PERSON\"]",
        "\"raters\":§[]"), "/measures/7/condition/raters", "missing value", "at least one rater"));
    cases.add(bad("view recorded by an unknown rater", with("[\"CHILD_OR_YOUNG_PERSON\"]",
        "[\"CHILD_OR_YOUNG_PERSON\",§\"GP\"]"), "/measures/7/condition/raters/1", "invalid code",
        "PRACTITIONER, CHILD_OR_YOUNG_PERSON, PARENT_OR_CARER, JOINT", "a text of 2 characters"));
    cases.add(bad("a rater given twice", with("[\"CHILD_OR_YOUNG_PERSON\"]",
        "[\"CHILD_OR_YOUNG_PERSON\",§\"CHILD_OR_YOUNG_PERSON\"]"),
        "/measures/7/condition/raters/1", "duplicate code", "at most once",
        "'CHILD_OR_YOUNG_PERSON' again"));
    // Better-off measures.
    cases.add(bad("no indicator", with("\"indicators\":[\"TENANCY-AT-RISK\","
        + "\"SCHOOL-ATTENDANCE\",\"RISK-CARE\"]", "\"indicators\":§[]"),
        "/measures/2/indicators", "missing value", "at least one indicator"));
    cases.add(bad("an indicator not a string", with("[\"TENANCY-AT-RISK\",",
        "[§3,\"TENANCY-AT-RISK\","), "/measures/2/indicators/0", "wrong type", "a string"));
    cases.add(bad("better-off reviews", with("\"countingUnit\":\"FAMILY\",\"indicators\"",
        "\"countingUnit\":§\"REVIEW\",\"indicators\""), "/measures/2/countingUnit",
        "value out of range", "a review is not better off"));
    cases.add(bad("unknown rule", with("{\"type\":\"anyImprovement\"}",
        "{\"type\":§\"anyChange\"}"), "/measures/2/defaultRule/type", "invalid code",
        "the type of better-off rule", "anyImprovement, improvedByAtLeast, reaches,"
            + " reliableChange, reliableRecovery", "a text of 9 characters"));
    cases.add(bad("rules not an object", with("\"rules\":{\"SCHOOL-ATTENDANCE\"",
        "\"rules\":§[],\"x\":{\"SCHOOL-ATTENDANCE\""), "/measures/2/rules", "wrong type",
        "an object", "an array"));
    cases.add(bad("a rule not an object", with("\"SCHOOL-ATTENDANCE\":{\"type\"",
        "\"SCHOOL-ATTENDANCE\":§\"improvedByAtLeast\",\"x\":{\"type\""),
        "/measures/2/rules/SCHOOL-ATTENDANCE", "wrong type", "an object"));
    cases.add(bad("an amount of 0", with("\"amount\":10", "\"amount\":§0"),
        "/measures/2/rules/SCHOOL-ATTENDANCE/amount", "value out of range",
        "a finite number above 0", "found 0"));
    cases.add(bad("an amount as text", with("\"amount\":10", "\"amount\":§\"10\""),
        "/measures/2/rules/SCHOOL-ATTENDANCE/amount", "wrong type", "a number"));
    cases.add(bad("an infinite amount", with("\"amount\":10", "\"amount\":§1e999"),
        "/measures/2/rules/SCHOOL-ATTENDANCE/amount", "value out of range",
        "a finite number"));
    cases.add(bad("a yes/no target", with("\"target\":\"low\"", "\"target\":§true"),
        "/measures/2/rules/RISK-CARE/target", "rule does not fit",
        "no target on a binary scale"));
    cases.add(bad("a null target", with("\"target\":\"low\"", "\"target\":§null"),
        "/measures/2/rules/RISK-CARE/target", "wrong type",
        "true or false, a level's code (a string) or a number", "found null"));
    cases.add(bad("a malformed target level", with("\"target\":\"low\"",
        "\"target\":§\"low risk\""), "/measures/2/rules/RISK-CARE/target", "invalid code"));
    cases.add(bad("unknown maintained", with("\"maintained\":\"COUNTS\"",
        "\"maintained\":§\"YES\""), "/measures/2/rules/RISK-CARE/maintained", "invalid code",
        "COUNTS, DOES_NOT_COUNT", "a text of 3 characters"));
    cases.add(bad("maintained missing", with("\"target\":\"low\",\"maintained\":\"COUNTS\"}",
        "\"target\":\"low\"}").replace("\"RISK-CARE\":{\"type\":\"reaches\"",
        "\"RISK-CARE\":§{\"type\":\"reaches\""), "/measures/2/rules/RISK-CARE",
        "missing value", "field maintained"));
    cases.add(bad("at least no indicator", with("\"k\":2", "\"k\":§0"),
        "/measures/2/composite/k", "value out of range", "1 or more", "found 0"));
    cases.add(bad("unknown composite", with("{\"type\":\"corc\"}", "{\"type\":§\"nhs\"}"),
        "/measures/3/composite/type", "invalid code", "all, any, atLeast, corc", "a text of 3 characters"));
    cases.add(bad("corc with a k", with("{\"type\":\"corc\"}", "{\"type\":\"corc\",§\"k\":1}"),
        "/measures/3/composite/k", "unknown property", "[paired, type]"));
    cases.add(bad("unknown family rule", with("\"familyRule\":\"ANY_MEMBER\"",
        "\"familyRule\":§\"ANY\""), "/measures/2/familyRule", "invalid code",
        "ANY_MEMBER, ALL_MEMBERS, FAMILY_INDICATORS", "a text of 3 characters"));
    cases.add(bad("eligibility not an array", with("\"eligibility\":[",
        "\"eligibility\":§{},\"x\":["), "/measures/2/eligibility", "wrong type", "an array"));
    cases.add(bad("unknown baseline condition", with("\"type\":\"atOrWorseThan\"",
        "\"type\":§\"atLeast\""), "/measures/2/eligibility/0/type", "invalid code",
        "the type of baseline condition", "atLevels, atOrWorseThan, is, worseThan"));
    cases.add(bad("a yes/no threshold", with("\"threshold\":\"medium\"",
        "\"threshold\":§false"), "/measures/2/eligibility/0/threshold", "rule does not fit",
        "use BaselineCondition.is on a binary indicator"));
    cases.add(bad("an object threshold", with("\"threshold\":\"medium\"",
        "\"threshold\":§{}"), "/measures/2/eligibility/0/threshold", "wrong type",
        "a level's code", "an object"));
    cases.add(bad("unknown closure reason", with("[\"MOVED_AWAY\"]", "[§\"EMIGRATED\"]"),
        "/measures/2/excludedClosureReasons/0", "invalid code",
        "PLANNED, UNPLANNED, MOVED_AWAY, TRANSFERRED, OTHER", "a text of 9 characters"));
    cases.add(bad("a closure reason given twice", with("[\"MOVED_AWAY\"]",
        "[\"MOVED_AWAY\",§\"MOVED_AWAY\"]"), "/measures/2/excludedClosureReasons/1",
        "duplicate code", "'MOVED_AWAY' again"));
    // Minimum changes.
    cases.add(bad("unknown preset", with("\"preset\":\"GOAL_BASED_OUTCOMES\"",
        "\"preset\":§\"GBO\""), "/measures/3/rules/GBO/minimum/preset", "invalid code",
        "GOAL_BASED_OUTCOMES", "CGAS", "a text of 3 characters"));
    cases.add(bad("unknown minimum change", with("\"type\":\"preset\"",
        "\"type\":§\"published\""), "/measures/3/rules/GBO/minimum/type", "invalid code",
        "the type of minimum change", "jacobsonTruax, preset, value"));
    cases.add(bad("a reliability of 1.5", with("\"reliability\":0.91",
        "\"reliability\":§1.5"), "/measures/3/rules/CGAS/minimum/reliability",
        "value out of range", "between 0 and 1 exclusive", "found 1.5"));
    cases.add(bad("a standard deviation of 0", with("\"standardDeviation\":12.9",
        "\"standardDeviation\":§0"), "/measures/3/rules/CGAS/minimum/standardDeviation",
        "value out of range", "a finite number above 0"));
    cases.add(bad("a blank source", with("\"source\":\"Local audit\"", "\"source\":§\"  \""),
        "/measures/8/defaultRule/minimum/source", "invalid text"));
    cases.add(bad("a minimum without its value", with("\"value\":5,", "").replace(
        "\"minimum\":{\"type\":\"value\"", "\"minimum\":§{\"type\":\"value\""),
        "/measures/8/defaultRule/minimum", "missing value", "field value", "a number"));
    cases.add(bad("a recovery without its cut-off", with(",\"cutOff\":70", "").replace(
        "\"CGAS\":{\"type\":\"reliableRecovery\"", "\"CGAS\":§{\"type\":\"reliableRecovery\""),
        "/measures/3/rules/CGAS", "missing value", "field cutOff"));
    cases.add(bad("a minimum not an object", with("\"minimum\":{\"type\":\"preset\","
        + "\"preset\":\"GOAL_BASED_OUTCOMES\"}", "\"minimum\":§3"),
        "/measures/3/rules/GBO/minimum", "wrong type", "an object", "found an integer"));
    // Baseline profiles.
    cases.add(bad("a yes/no condition with text", with("\"value\":true", "\"value\":§\"yes\""),
        "/measures/4/condition/value", "wrong type", "a boolean",
        "a string of 3 characters"));
    cases.add(bad("an indicator given twice", with("\"RISK-CARE\"],\"defaultRule\"",
        "\"RISK-CARE\",§\"SCHOOL-ATTENDANCE\"],\"defaultRule\""),
        "/measures/2/indicators/3", "duplicate code", "each indicator at most once",
        "'SCHOOL-ATTENDANCE' again"));
    cases.add(bad("no level", with("\"levels\":[\"high\",\"medium\"]", "\"levels\":§[]"),
        "/measures/5/condition/levels", "missing value", "at least one level"));
    cases.add(bad("a level given twice", with("[\"high\",\"medium\"]",
        "[\"high\",\"medium\",§\"high\"]"), "/measures/5/condition/levels/2", "duplicate code",
        "each level at most once", "'high' again"));
    cases.add(bad("a malformed level", with("[\"high\",\"medium\"]", "[\"high\",\"very high\"]")
        .replace("\"levels\":[\"high\"", "\"levels\":§[\"high\""),
        "/measures/5/condition/levels", "invalid code", "field levels"));
    // Transitions and pairings.
    cases.add(bad("transition without an indicator", with("\"indicator\":\"RISK-CARE\","
        + "\"pairing\"", "\"pairing\"").replace("{\"type\":\"transition\"",
        "§{\"type\":\"transition\""), "/measures/6", "missing value", "field indicator"));
    // A better-off measure's pairing and a pairing's raters default as the builders' do
    // (ForgivingDocumentsTest); a transition's pairing has no default.
    cases.add(bad("transition without a pairing", with(",\"pairing\":{\"end\":\"LATEST_WITHIN\","
        + "\"periodStart\":\"2025-04-01\",\"periodEnd\":\"2026-03-31\",\"raters\":\"PRACTITIONER\"}",
        "").replace("{\"type\":\"transition\"", "§{\"type\":\"transition\""), "/measures/6",
        "missing value", "field pairing", "an object"));
    cases.add(bad("unknown pairing end", with("\"end\":\"CLOSURE\"", "\"end\":§\"FINAL\""),
        "/measures/2/pairing/end", "invalid code", "LATEST, CLOSURE, LATEST_WITHIN, PREVIOUS",
        "a text of 5 characters"));
    cases.add(bad("unknown rater choice", with("\"raters\":\"PRACTITIONER\"",
        "\"raters\":§\"GP\""), "/measures/2/pairing/raters", "invalid code",
        "each or one of [PRACTITIONER, CHILD_OR_YOUNG_PERSON, PARENT_OR_CARER, JOINT]",
        "a text of 2 characters"));
    cases.add(bad("a negative interval", with("\"minimumIntervalDays\":28",
        "\"minimumIntervalDays\":§-28"), "/measures/2/pairing/minimumIntervalDays",
        "value out of range", "0 days or more", "found -28"));
    cases.add(bad("a period for a closure pairing", with("\"end\":\"CLOSURE\",",
        "\"end\":\"CLOSURE\",\"periodStart\":§\"2025-04-01\","),
        "/measures/2/pairing/periodStart", "value out of range",
        "no reporting period for end CLOSURE"));
    cases.add(bad("a period without its end", with(",\"periodEnd\":\"2026-03-31\"", "")
        .replace("\"pairing\":{\"end\":\"LATEST_WITHIN\"",
            "\"pairing\":§{\"end\":\"LATEST_WITHIN\""), "/measures/6/pairing", "missing value",
        "field periodEnd", "a reporting period for end LATEST_WITHIN"));
    cases.add(bad("a period ending before it starts", with("\"periodEnd\":\"2026-03-31\"",
        "\"periodEnd\":§\"2025-03-31\""), "/measures/6/pairing/periodEnd", "dates out of order",
        "on or after the period's start 2025-04-01"));
    cases.add(bad("an impossible date", with("\"periodStart\":\"2025-04-01\"",
        "\"periodStart\":§\"2025-02-30\""), "/measures/6/pairing/periodStart", "invalid text",
        "YYYY-MM-DD", "a date that does not exist"));
    cases.add(bad("a pairing as text", with("\"pairing\":{\"end\":\"LATEST_WITHIN\"",
        "\"pairing\":§\"latest\",\"x\":{\"end\":\"LATEST_WITHIN\""), "/measures/6/pairing",
        "wrong type", "an object"));

    // Definitions that do not fit the framework.
    cases.add(unfit("unknown programme", with("\"programme\":\"IFS\"",
        "\"programme\":§\"IFS2\""), "/measures/0/programme", "unknown reference",
        "a programme of framework 'COUNTY'", "'IFS2'"));
    cases.add(unfit("unknown service output", with("\"serviceOutput\":\"PLAN\"",
        "\"serviceOutput\":§\"RESPITE\""), "/measures/0/serviceOutput", "unknown reference",
        "a service output of framework 'COUNTY'", "'RESPITE'"));
    cases.add(unfit("unknown service output of a condition", with(
        "{\"type\":\"baselineWithin\",\"days\":28}",
        "{\"type\":\"hasServiceOutput\",\"serviceOutput\":§\"RESPITE\"}"),
        "/measures/1/condition/serviceOutput", "unknown reference", "'RESPITE'"));
    cases.add(unfit("an indicator outside the programme", with("[\"TENANCY-AT-RISK\",",
        "[§\"GBO\",\"TENANCY-AT-RISK\","), "/measures/2/indicators/0",
        "indicator not in the programme", "an indicator of programme 'IFS'", "'GBO'"));
    cases.add(unfit("an amount beyond the scale", with("\"amount\":10", "\"amount\":§200"),
        "/measures/2/rules/SCHOOL-ATTENDANCE/amount", "rule does not fit", "at most 100",
        "found 200"));
    cases.add(unfit("a target not on the scale", with("\"target\":\"low\"",
        "\"target\":§\"very-low\""), "/measures/2/rules/RISK-CARE/target", "rule does not fit",
        "'very-low'"));
    cases.add(unfit("a rule for an indicator not judged", with("\"rules\":{",
        "\"rules\":{\"EVICTED\":§{\"type\":\"anyImprovement\"},"), "/measures/2/rules/EVICTED",
        "unknown reference", "a rule for an indicator the measure judges", "'EVICTED'"));
    cases.add(unfit("a threshold not on the scale", with("\"threshold\":\"medium\"",
        "\"threshold\":§\"extreme\""), "/measures/2/eligibility/0/threshold",
        "rule does not fit", "'extreme'"));
    cases.add(unfit("the second of two conditions on one indicator", with(
        "\"threshold\":\"medium\"}]", "\"threshold\":\"medium\"},{\"type\":\"worseThan\","
        + "\"indicator\":\"RISK-CARE\",\"threshold\":§\"extreme\"}]"),
        "/measures/2/eligibility/1/threshold", "rule does not fit",
        "field threshold of the condition on indicator 'RISK-CARE'", "'extreme'"));
    cases.add(unfit("eligibility outside the programme", with(
        "\"indicator\":\"RISK-CARE\",\"threshold\"", "\"indicator\":§\"CGAS\",\"threshold\""),
        "/measures/2/eligibility/0/indicator", "indicator not in the programme", "'CGAS'"));
    cases.add(unfit("at least more indicators than judged", with("\"k\":2", "\"k\":5")
        .replace("\"composite\":{\"type\":\"atLeast\"", "\"composite\":§{\"type\":\"atLeast\""),
        "/measures/2/composite", "value out of range", "at most 3 indicators",
        "at least 5"));
    cases.add(unfit("each rater in a better-off measure", with("\"raters\":\"PRACTITIONER\"",
        "\"raters\":§\"each\""), "/measures/2/pairing/raters",
        "choice the measure does not support",
        "one named rater", "EACH_SEPARATELY"));
    cases.add(unfit("adults counted by child indicators", with(
        "\"countingUnit\":\"FAMILY\",\"indicators\":[\"TENANCY-AT-RISK\",\"SCHOOL-ATTENDANCE\"",
        "\"countingUnit\":\"ADULT\",\"indicators\":[\"TENANCY-AT-RISK\",§\"SCHOOL-ATTENDANCE\""),
        "/measures/2/indicators/1", "rated at the wrong level", "ADULT",
        "'SCHOOL-ATTENDANCE' rated at CHILD level"));
    cases.add(unfit("a cut-off beyond the scale", with("\"cutOff\":70", "\"cutOff\":§150"),
        "/measures/3/rules/CGAS/cutOff", "rule does not fit", "a number from 1 to 100",
        "found 150"));
    cases.add(unfit("a default rule beyond the scale", with("\"value\":5,", "\"value\":50,")
        .replace("\"defaultRule\":{\"type\":\"reliableChange\"",
            "\"defaultRule\":§{\"type\":\"reliableChange\""), "/measures/8/defaultRule",
        "rule does not fit", "field amount of the rule for indicator 'SDQ-TOTAL'", "at most 40"));
    cases.add(unfit("a yes/no condition on an ordinal indicator", with(
        "\"indicator\":\"EVICTED\",\"value\":true", "\"indicator\":\"RISK-CARE\",\"value\":§true")
        .replace("\"programme\":\"IFS\",\"countingUnit\":\"FAMILY\",\"condition\"",
            "\"programme\":\"IFS\",\"countingUnit\":\"FAMILY\",\"condition\""),
        "/measures/4/condition/value", "rule does not fit", "a binary indicator"));
    cases.add(unfit("a profile outside the programme", with("\"indicator\":\"EVICTED\"",
        "\"indicator\":§\"GBO\""), "/measures/4/condition/indicator",
        "indicator not in the programme", "'GBO'"));
    cases.add(unfit("a level not on the scale", with("[\"high\",\"medium\"]",
        "[\"high\",§\"severe\"]"), "/measures/5/condition/levels/1", "rule does not fit",
        "'severe'"));
    cases.add(unfit("a transition outside the programme", with(
        "\"indicator\":\"RISK-CARE\",\"pairing\"", "\"indicator\":§\"CGAS\",\"pairing\""),
        "/measures/6/indicator", "indicator not in the programme", "'CGAS'"));
    cases.add(unfit("each rater in a transition", with("\"periodEnd\":\"2026-03-31\","
        + "\"raters\":\"PRACTITIONER\"", "\"periodEnd\":\"2026-03-31\",\"raters\":§\"each\""),
        "/measures/6/pairing/raters", "choice the measure does not support",
        "each change counts once"));
    // Issue 13: units of judgement, deterioration, pairing requirements, filters, breakdowns.
    cases.add(bad("unknown episode choice", with("\"countingUnit\":\"CHILD\",\"indicators\":[\"GBO\"",
        "\"countingUnit\":\"CHILD\",\"episodeChoice\":§\"NEWEST\",\"indicators\":[\"GBO\""),
        "/measures/3/episodeChoice", "invalid code", "LATEST, FIRST, LONGEST, ANY, ALL"));
    cases.add(bad("an episode choice for episodes", with("\"countingUnit\":\"FAMILY\",\"indicators\"",
        "\"countingUnit\":\"EPISODE\",\"episodeChoice\":§\"ANY\",\"indicators\""),
        "/measures/2/episodeChoice", "choice the measure does not support",
        "no episode choice for EPISODE units"));
    cases.add(bad("unknown deterioration rule", with("\"familyRule\":\"ANY_MEMBER\"",
        "\"deterioration\":{\"type\":§\"worse\"},\"familyRule\":\"ANY_MEMBER\""),
        "/measures/2/deterioration/type", "invalid code",
        "anyDeterioration, mirror, worseByAtLeast"));
    cases.add(bad("deterioration by nothing", with("\"familyRule\":\"ANY_MEMBER\"",
        "\"deterioration\":{\"type\":\"worseByAtLeast\",\"amount\":§0},"
            + "\"familyRule\":\"ANY_MEMBER\""),
        "/measures/2/deterioration/amount", "value out of range", "above 0"));
    cases.add(unfit("deterioration beyond the scale", with("\"familyRule\":\"ANY_MEMBER\"",
        "\"deterioration\":{\"type\":\"worseByAtLeast\",\"amount\":§200},"
            + "\"familyRule\":\"ANY_MEMBER\""),
        "/measures/2/deterioration/amount", "rule does not fit", "at most 100"));
    cases.add(unfit("a deterioration rule for an indicator not judged", with(
        "\"familyRule\":\"ANY_MEMBER\"", "\"deteriorations\":{\"EVICTED\":§{\"type\":"
            + "\"anyDeterioration\"}},\"familyRule\":\"ANY_MEMBER\""),
        "/measures/2/deteriorations/EVICTED", "unknown reference",
        "a deterioration rule for an indicator the measure judges", "'EVICTED'"));
    cases.add(unfit("an indicator's deterioration beyond its scale", with(
        "\"familyRule\":\"ANY_MEMBER\"", "\"deteriorations\":{\"SCHOOL-ATTENDANCE\":{\"type\":"
            + "\"worseByAtLeast\",\"amount\":§200}},\"familyRule\":\"ANY_MEMBER\""),
        "/measures/2/deteriorations/SCHOOL-ATTENDANCE/amount", "rule does not fit",
        "at most 100"));
    cases.add(bad("an indicator's deterioration not an object", with(
        "\"familyRule\":\"ANY_MEMBER\"", "\"deteriorations\":{\"SCHOOL-ATTENDANCE\":§7},"
            + "\"familyRule\":\"ANY_MEMBER\""),
        "/measures/2/deteriorations/SCHOOL-ATTENDANCE", "wrong type", "an object"));
    cases.add(bad("deteriorations not an object", with("\"familyRule\":\"ANY_MEMBER\"",
        "\"deteriorations\":§[],\"familyRule\":\"ANY_MEMBER\""),
        "/measures/2/deteriorations", "wrong type", "an object"));
    cases.add(bad("unknown pairing requirement", with("{\"type\":\"corc\"}",
        "{\"type\":\"corc\",\"paired\":§\"SOME\"}"), "/measures/3/composite/paired",
        "invalid code", "EVERY, WHICHEVER"));
    cases.add(bad("a process of reviews per child", with(
        "\"condition\":{\"type\":\"baselineWithin\",\"days\":28}}",
        "\"condition\":{\"type\":\"reviewsWithin\",\"days\":28},\"countingUnit\":§\"CHILD\"}"),
        "/measures/1/countingUnit", "choice the measure does not support",
        "REVIEW, as the condition judges reviews"));
    cases.add(bad("a transition of any episode", with("\"raters\":\"PRACTITIONER\"}},"
            + "{\"type\":\"process\",\"code\":\"VIEW\"",
        "\"raters\":\"PRACTITIONER\"},\"countingUnit\":\"CHILD\",\"episodeChoice\":§\"ANY\"},"
            + "{\"type\":\"process\",\"code\":\"VIEW\""),
        "/measures/6/episodeChoice", "choice the measure does not support",
        "a unit has one transition"));
    cases.add(unfit("a family transition of a child-level indicator", with(
        "\"raters\":\"PRACTITIONER\"}},{\"type\":\"process\",\"code\":\"VIEW\"",
        "\"raters\":\"PRACTITIONER\"},\"countingUnit\":§\"FAMILY\"},"
            + "{\"type\":\"process\",\"code\":\"VIEW\""),
        "/measures/6/countingUnit", "rated at the wrong level",
        "a family-level indicator to count FAMILY units"));
    cases.add(bad("a count by an unknown rater", with("\"serviceOutput\":\"PLAN\"",
        "\"serviceOutput\":\"PLAN\",\"raters\":[§\"TEACHER\"]"), "/measures/0/raters/0",
        "invalid code", "PRACTITIONER"));
    cases.add(bad("a review kind twice", with("\"serviceOutput\":\"PLAN\"",
        "\"serviceOutput\":\"PLAN\",\"reviewKinds\":[\"REVIEW\",§\"REVIEW\"]"),
        "/measures/0/reviewKinds/1", "duplicate code", "'REVIEW' again"));
    cases.add(bad("unknown breakdown", breakdowns("[{\"type\":§\"ward\"}]}"),
        "/breakdowns/0/type", "invalid code", "the type of breakdown"));
    cases.add(bad("a cohort inside a cross", breakdowns("[{\"type\":"
            + "\"cross\",\"parts\":[{\"type\":\"programme\"},{\"type\":§\"cohort\","
            + "\"cohort\":\"STARTED\",\"kind\":\"MONTH\"}]}]}"),
        "/breakdowns/0/parts/1/type", "rule does not fit", "stands alone"));
    cases.add(bad("a cross inside a hierarchy", breakdowns("[{\"type\":\"hierarchy\","
            + "\"name\":\"area\",\"levels\":[{\"type\":§\"cross\",\"parts\":[]}]}]}"),
        "/breakdowns/0/levels/0/type", "rule does not fit",
        "a breakdown by local authority, attribute, delivery model or programme"));
    cases.add(bad("a cohort with neither kind nor periods", breakdowns(
            "[§{\"type\":\"cohort\",\"cohort\":\"CLOSED\"}]}"),
        "/breakdowns/0", "missing value", "either a kind of period, or a name and custom periods"));
    cases.add(bad("a cohort's periods out of order", breakdowns(
            "[{\"type\":\"cohort\",\"cohort\":\"STARTED\",\"name\":\"years\","
            + "\"periods\":[\"2025-04-01/2026-03-31\",§\"2024-04-01/2025-03-31\"]}]}"),
        "/breakdowns/0/periods/1", "dates out of order", "in order, not overlapping"));
    cases.add(bad("a cohort's period not a period", breakdowns(
            "[{\"type\":\"cohort\",\"cohort\":\"STARTED\",\"name\":\"years\","
            + "\"periods\":[§\"2025\"]}]}"),
        "/breakdowns/0/periods/0", "invalid text", "START..END in ISO dates",
        "no period of any form"));
    cases.add(bad("a breakdown given twice", breakdowns(
            "[{\"type\":\"programme\"},§{\"type\":\"programme\"}]}"),
        "/breakdowns/1", "duplicate code", "the name of the breakdown at /breakdowns/0"));
    cases.add(bad("a cross of one", breakdowns(
            "[{\"type\":\"cross\",\"parts\":§[{\"type\":\"programme\"}]}]}"),
        "/breakdowns/0/parts", "missing value", "at least two breakdowns to cross"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsPlace(Case bad) {
    MarkedDocument.assertRejectedAt(bad.marked(), bad.pointer(), bad.words(),
        document -> {
          if (bad.withFramework()) {
            MeasuresJson.standard().read(document, MeasureSamples.framework());
          } else {
            MeasuresJson.standard().read(document);
          }
        });
  }

  static Stream<Case> unfitCases() {
    return cases().filter(Case::withFramework);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unfitCases")
  void unfitDefinitionsAreReadWithoutTheFramework(Case unfit) {
    String document = unfit.marked().replace("§", "");
    assertThat(MeasuresJson.standard().read(document)).hasSize(9);
  }

  @Test
  void catalogueIsLargeEnough() {
    assertThat(cases().filter(c -> !c.withFramework()).count()).isGreaterThanOrEqualTo(60);
    assertThat(cases().filter(Case::withFramework).count()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void theBaseDocumentIsValidAndFitsTheFramework() {
    List<MeasureDefinition> read = MeasuresJson.standard().read(BASE);
    assertThat(read).hasSize(9);
    assertThat(MeasuresJson.standard().read(BASE, MeasureSamples.framework()))
        .isEqualTo(read);
    assertThat(MeasuresJson.standard().read(MeasuresJson.standard().write(read))).isEqualTo(read);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String thrice = with("\"days\":28", "\"days\":-1")
        .replace("\"target\":\"low\"", "\"target\":true")
        .replace("\"preset\":\"GOAL_BASED_OUTCOMES\"", "\"preset\":\"GBO\"");
    assertThatThrownBy(() -> MeasuresJson.standard().read(thrice))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .extracting(p -> p.location().replaceAll(" \\(.*", ""))
            .containsExactly("/measures/1/condition/days", "/measures/2/rules/RISK-CARE/target",
                "/measures/3/rules/GBO/minimum/preset"));
  }

  @Test
  void reportsEveryDefinitionThatDoesNotFit() {
    String twice = with("\"programme\":\"IFS\"", "\"programme\":\"IFS2\"")
        .replace("\"cutOff\":70", "\"cutOff\":150");
    assertThatThrownBy(() -> MeasuresJson.standard().read(twice, MeasureSamples.framework()))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .extracting(p -> p.type())
            .containsExactly(ProblemType.UNKNOWN_REFERENCE, ProblemType.RULE_DOES_NOT_FIT));
  }

  @Test
  void theFrameworkIsConsultedEvenWhenAnotherMeasureIsBroken() {
    // Issue 18: one format error no longer hides the other problems of the document.
    String broken = with("\"programme\":\"IFS\"", "\"programme\":\"IFS2\"")
        .replace("\"days\":28", "\"days\":-1");
    assertThatThrownBy(() -> MeasuresJson.standard().read(broken, MeasureSamples.framework()))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .extracting(p -> p.type())
            .containsExactlyInAnyOrder(ProblemType.OUT_OF_RANGE, ProblemType.UNKNOWN_REFERENCE));
  }

  @Test
  void unknownPropertiesMayBeAllowedAtEveryLevel() {
    String extra = with("\"type\":\"count\",", "\"type\":\"count\",\"colour\":1,")
        .replace("\"k\":2", "\"k\":2,\"note\":\"x\"")
        .replace("\"minimumIntervalDays\":28", "\"minimumIntervalDays\":28,\"why\":[]")
        .replace("\"formatVersion\":1", "\"formatVersion\":1,\"producer\":\"tool\"");
    assertThatThrownBy(() -> MeasuresJson.standard().read(extra))
        .isInstanceOfSatisfying(JsonFormatException.class,
            e -> assertThat(e.problems()).hasSize(4));
    assertThat(MeasuresJson.standard().with(MeasuresJson.Feature.ALLOW_UNKNOWN_PROPERTIES)
        .read(extra)).isEqualTo(MeasuresJson.standard().read(BASE));
  }
}
