package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.json.MarkedDocument.bad;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.obaframework.core.curve.TurnTheCurveRecord;
import org.obaframework.json.MarkedDocument.Case;

/**
 * Malformed and invalid turn-the-curve documents. Each case marks with {@code §} the place the
 * problem must be reported at (the mark is removed before reading), so each asserts the exception
 * type, the JSON Pointer, the line and column, and the key words of the message.
 */
class BadTurnTheCurveCatalogueTest {
  static final String BASE = "{\"formatVersion\":1,\"subject\":\"STABLE\","
      + "\"subjectKind\":\"PERFORMANCE_MEASURE\",\"asOf\":\"2026-03-31\","
      + "\"contributingFactors\":[\"Early help\"],\"restrictingFactors\":[\"Rents\"],"
      + "\"partners\":[{\"code\":\"HOUSING\",\"name\":{\"en\":\"Housing\"},\"role\":\"Duty\"}],"
      + "\"ideas\":[{\"text\":\"Benefit checks\",\"cost\":\"NO_COST\"}],"
      + "\"actions\":[{\"description\":\"Add a check\",\"owner\":\"Lead\","
      + "\"start\":\"2026-01-05\",\"due\":\"2026-03-31\",\"status\":\"IN_PROGRESS\"}]}";

  /** BASE with one replacement, which must apply. */
  private static String with(String from, String to) {
    return MarkedDocument.with(BASE, from, to);
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(bad("truncated", BASE.substring(0, 30) + "§", "/subject",
        "malformed document", "well-formed JSON"));
    cases.add(bad("empty document", "§", "(root)", "malformed document", "empty document"));
    cases.add(bad("root is an array", "§[]", "(root)", "wrong type", "an object", "an array"));
    cases.add(bad("format version 2", with("\"formatVersion\":1", "\"formatVersion\":§2"),
        "/formatVersion", "unsupported format version", "expected 1", "found 2"));
    cases.add(bad("format version missing", "§" + with("\"formatVersion\":1,", ""), "(root)",
        "missing value", "formatVersion"));
    cases.add(bad("unknown property", with("\"subject\":\"STABLE\",",
        "\"subject\":\"STABLE\",§\"colour\":1,"), "/colour", "unknown property", "'colour'",
        "restrictingFactors"));
    cases.add(bad("unknown action property", with("\"owner\":\"Lead\",",
        "\"owner\":\"Lead\",§\"budget\":5,"), "/actions/0/budget", "unknown property",
        "[description, due, owner, start, status]"));
    cases.add(bad("duplicate property", with("\"subject\":\"STABLE\",",
        "\"subject\":\"STABLE\",§\"subject\":\"STABLE\","), "/subject", "duplicate property",
        "'subject' again"));
    cases.add(bad("subject missing", "§" + with("\"subject\":\"STABLE\",", ""), "(root)",
        "missing value", "field subject"));
    cases.add(bad("subject a number", with("\"subject\":\"STABLE\"", "\"subject\":§7"),
        "/subject", "wrong type", "a string", "found an integer"));
    cases.add(bad("malformed subject code", with("\"subject\":\"STABLE\"",
        "\"subject\":§\"not stable!\""), "/subject", "invalid code"));
    cases.add(bad("unknown subject kind", with("\"PERFORMANCE_MEASURE\"", "§\"MEASURE\""),
        "/subjectKind", "invalid code", "PERFORMANCE_MEASURE, POPULATION_INDICATOR",
        "a text of 7 characters"));
    cases.add(bad("date not ISO", with("\"asOf\":\"2026-03-31\"", "\"asOf\":§\"31/03/2026\""),
        "/asOf", "invalid text", "YYYY-MM-DD",
        "a text of 10 characters that is not a date"));
    cases.add(bad("impossible date", with("\"asOf\":\"2026-03-31\"", "\"asOf\":§\"2026-02-30\""),
        "/asOf", "invalid text", "YYYY-MM-DD",
        "a date that does not exist"));
    cases.add(bad("factors not an array", with("\"restrictingFactors\":[\"Rents\"]",
        "\"restrictingFactors\":§\"Rents\""), "/restrictingFactors", "wrong type", "an array"));
    cases.add(bad("factor not a string", with("\"contributingFactors\":[\"Early help\"]",
        "\"contributingFactors\":[\"Early help\",§3]"), "/contributingFactors/1", "wrong type",
        "a string", "found an integer"));
    cases.add(bad("blank factor", with("\"contributingFactors\":[\"Early help\"]",
        "\"contributingFactors\":[\"Early help\",§\"  \"]"), "/contributingFactors/1",
        "invalid text"));
    cases.add(bad("unknown cost", with("\"cost\":\"NO_COST\"", "\"cost\":§\"FREE\""),
        "/ideas/0/cost", "invalid code", "NO_COST, LOW_COST, OTHER", "a text of 4 characters"));
    cases.add(bad("evidence null", with("\"cost\":\"NO_COST\"",
        "\"cost\":\"NO_COST\",\"evidence\":§null"), "/ideas/0/evidence", "wrong type",
        "found null"));
    cases.add(bad("partner name not a label", with("\"name\":{\"en\":\"Housing\"}",
        "\"name\":§\"Housing\""), "/partners/0/name", "wrong type", "an object"));
    cases.add(bad("partner label with a bad language tag", with("\"name\":{\"en\":\"Housing\"}",
        "\"name\":§{\"english\":\"Housing\"}"), "/partners/0/name", "invalid text", "BCP 47"));
    cases.add(bad("partner without a role", with(",\"role\":\"Duty\"}", "}")
        .replace("\"partners\":[{", "\"partners\":[§{"), "/partners/0", "missing value",
        "field role"));
    cases.add(bad("action due before its start", with("\"due\":\"2026-03-31\"",
        "\"due\":§\"2025-12-31\""), "/actions/0/due", "dates out of order", "2026-01-05"));
    cases.add(bad("unknown action status", with("\"status\":\"IN_PROGRESS\"",
        "\"status\":§\"STARTED\""), "/actions/0/status", "invalid code", "PLANNED", "DROPPED"));
    cases.add(bad("action item not an object", with("\"actions\":[{", "\"actions\":[§1,{"),
        "/actions/0", "wrong type", "an object", "found an integer"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsPlace(Case bad) {
    MarkedDocument.assertRejectedAt(bad.marked(), bad.pointer(), bad.words(),
        document -> TurnTheCurveJson.standard().read(document));
  }


  @Test
  void catalogueIsLargeEnough() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void theBaseDocumentIsValid() {
    TurnTheCurveRecord record = TurnTheCurveJson.standard().read(BASE);
    assertThat(record.subject()).isEqualTo("STABLE");
    assertThat(record.actions()).hasSize(1);
  }

  @Test
  void unknownPropertiesMayBeAllowed() {
    String extra = with("\"subject\":\"STABLE\",", "\"subject\":\"STABLE\",\"colour\":1,");
    assertThat(TurnTheCurveJson.standard()
        .with(TurnTheCurveJson.Feature.ALLOW_UNKNOWN_PROPERTIES).read(extra))
        .isEqualTo(TurnTheCurveJson.standard().read(BASE));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String twice = with("\"cost\":\"NO_COST\"", "\"cost\":\"FREE\"")
        .replace("\"status\":\"IN_PROGRESS\"", "\"status\":\"STARTED\"");
    assertThatThrownBy(() -> TurnTheCurveJson.standard().read(twice))
        .isInstanceOfSatisfying(JsonFormatException.class,
            e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void readsTheGoldenDocumentAsTheRecordItWasWrittenFrom() throws java.io.IOException {
    String golden = OutputFixtures.golden("turn-the-curve.json",
        TurnTheCurveJson.standard().write(OutputFixtures.record()));
    assertThat(TurnTheCurveJson.standard().read(golden)).isEqualTo(OutputFixtures.record());
  }
}
