package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and invalid records documents and NDJSON files. Each case marks with {@code §} the
 * place the problem must be reported at (the mark is removed before reading), so each asserts the
 * exception type, the JSON Pointer, the line and column, and the key words of the message.
 */
class BadRecordsCatalogueTest {
  static final String BASE = "{\"formatVersion\":1,\"subjects\":[{\"id\":\"S1\",\"kind\":\"FAMILY\","
      + "\"attributes\":{\"age-band\":[{\"value\":\"0-4\"},{\"value\":\"5-9\",\"from\":\"2024-01-01\"}]},"
      + "\"members\":[{\"id\":\"M1\",\"role\":\"CHILD\",\"attributes\":{}}]}],"
      + "\"episodes\":[{\"id\":\"E1\",\"subject\":\"S1\",\"programme\":\"IFS\","
      + "\"localAuthority\":\"LA1\",\"start\":\"2024-01-01\",\"serviceOutputs\":[\"OUT\"]}],"
      + "\"reviews\":[{\"id\":\"R1\",\"episode\":\"E1\",\"kind\":\"BASELINE\","
      + "\"assessedOn\":\"2024-02-01\",\"recordedOn\":\"2024-02-01\",\"rater\":\"JOINT\","
      + "\"ratings\":[{\"indicator\":\"SAFE\",\"value\":true},"
      + "{\"indicator\":\"LEVEL\",\"member\":\"M1\",\"value\":\"LOW\"},"
      + "{\"indicator\":\"N\",\"status\":\"NOT_ASSESSED\"}]}]}";

  static final String SUBJECT_1 =
      "{\"type\":\"subject\",\"id\":\"S1\",\"kind\":\"CHILD\",\"attributes\":{},\"members\":[]}\n";
  static final String EPISODE_1 = "{\"type\":\"episode\",\"id\":\"E1\",\"subject\":\"S1\","
      + "\"programme\":\"IFS\",\"localAuthority\":\"LA1\",\"start\":\"2024-01-01\","
      + "\"serviceOutputs\":[]}\n";
  static final String REVIEW_1 = "{\"type\":\"review\",\"id\":\"R1\",\"episode\":\"E1\","
      + "\"kind\":\"BASELINE\",\"assessedOn\":\"2024-02-01\",\"recordedOn\":\"2024-02-01\","
      + "\"rater\":\"JOINT\",\"ratings\":[{\"indicator\":\"SAFE\",\"value\":true}]}\n";
  static final String NDJSON = "{\"formatVersion\":1}\n" + SUBJECT_1 + EPISODE_1 + REVIEW_1
      + SUBJECT_1.replace("S1", "S2") + EPISODE_1.replace("S1", "S2").replace("E1", "E2")
      + REVIEW_1.replace("E1", "E2").replace("R1", "R2");

  record Case(String name, boolean lines, String marked, String pointer, String[] words) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case bad(String name, String marked, String pointer, String... words) {
    return new Case(name, false, marked, pointer, words);
  }

  private static Case badLines(String name, String marked, String pointer, String... words) {
    return new Case(name, true, marked, pointer, words);
  }

  private static String with(String base, String from, String to) {
    return MarkedDocument.with(base, from, to);
  }

  private static String with(String from, String to) {
    return with(BASE, from, to);
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(bad("truncated", BASE.substring(0, 48) + "§", "/subjects/0/kind",
        "malformed document", "well-formed JSON", "end-of-input"));
    cases.add(bad("empty document", "§", "(root)", "malformed document", "empty document"));
    cases.add(bad("root is an array", "§[]", "(root)", "wrong type", "an object", "an array"));
    cases.add(bad("format version 2", with("\"formatVersion\":1", "\"formatVersion\":§2"),
        "/formatVersion", "unsupported format version", "expected 1", "found 2"));
    cases.add(bad("format version 2^64 + 1", with("\"formatVersion\":1",
        "\"formatVersion\":§18446744073709551617"), "/formatVersion",
        "unsupported format version", "found 18446744073709551617"));
    cases.add(bad("format version missing", "§" + with("\"formatVersion\":1,", ""), "(root)",
        "missing value", "formatVersion"));
    cases.add(bad("unknown property", with("\"formatVersion\":1,", "\"formatVersion\":1,§\"x\":1,"),
        "/x", "unknown property", "'x'", "reviews"));
    cases.add(bad("unknown rating property", with("{\"indicator\":\"SAFE\",",
        "{\"indicator\":\"SAFE\",§\"score\":3,"), "/reviews/0/ratings/0/score",
        "unknown property", "'score'", "status"));
    cases.add(bad("subjects is an object", with("\"subjects\":[", "\"subjects\":§{\"a\":[")
        .replace("}]}],\"episodes", "}]}]},\"episodes"), "/subjects", "wrong type", "an array",
        "an object"));
    cases.add(bad("id is a number", with("\"id\":\"S1\"", "\"id\":§1"), "/subjects/0/id",
        "wrong type", "a string", "found an integer"));
    cases.add(bad("unknown subject kind", with("\"kind\":\"FAMILY\"", "\"kind\":§\"PET\""),
        "/subjects/0/kind", "invalid code", "CHILD, FAMILY", "a text of 3 characters"));
    cases.add(bad("unknown rater", with("\"rater\":\"JOINT\"", "\"rater\":§\"NOBODY\""),
        "/reviews/0/rater", "invalid code", "PRACTITIONER", "a text of 6 characters"));
    cases.add(bad("impossible date", with("\"start\":\"2024-01-01\"", "\"start\":§\"2024-02-30\""),
        "/episodes/0/start", "wrong type", "ISO 8601 date",
        "a date that does not exist"));
    cases.add(bad("date in another form", with("\"assessedOn\":\"2024-02-01\"",
        "\"assessedOn\":§\"01/02/2024\""), "/reviews/0/assessedOn", "ISO 8601 date",
        "a text of 10 characters that is not a date"));
    cases.add(bad("rating value an object", with("\"value\":true", "\"value\":§{\"yes\":1}"),
        "/reviews/0/ratings/0/value", "wrong type", "true or false", "an object"));
    cases.add(bad("rating value null", with("\"value\":true", "\"value\":§null"),
        "/reviews/0/ratings/0/value", "wrong type", "found null"));
    cases.add(bad("rating with value and status", with("\"status\":\"NOT_ASSESSED\"",
        "\"status\":\"NOT_ASSESSED\",\"value\":§3"), "/reviews/0/ratings/2/value", "wrong type",
        "no value", "status"));
    cases.add(bad("rating with neither value nor status", with(
        "{\"indicator\":\"SAFE\",\"value\":true}", "§{\"indicator\":\"SAFE\"}"),
        "/reviews/0/ratings/0", "missing value", "value", "status"));
    cases.add(bad("rating status RATED", with("\"status\":\"NOT_ASSESSED\"",
        "\"status\":§\"RATED\""), "/reviews/0/ratings/2/status", "invalid code",
        "NOT_APPLICABLE, NOT_ASSESSED"));
    cases.add(bad("rating value infinite", with("\"value\":true", "\"value\":§1e999"),
        "/reviews/0/ratings/0/value", "value out of range", "a finite number"));
    cases.add(bad("level code not a code", with("\"value\":\"LOW\"", "\"value\":§\"lo w\""),
        "/reviews/0/ratings/1/value", "invalid code",
        "a text of 4 characters with a space at position 3"));
    cases.add(bad("duplicate key", with("{\"id\":\"E1\",", "{\"id\":\"E1\",§\"id\":\"E9\","),
        "/episodes/0/id", "duplicate property", "'id' again"));
    cases.add(bad("id with a space", with("\"id\":\"S1\"", "\"id\":§\"S 1\""), "/subjects/0/id",
        "invalid code", "letters, digits"));
    cases.add(bad("episode ends before it starts", with("\"start\":\"2024-01-01\",",
        "\"start\":\"2024-01-01\",\"end\":§\"2023-12-31\","), "/episodes/0/end",
        "dates out of order", "on or after the start", "a date 1 day before the start"));
    cases.add(bad("recorded before assessed", with("\"recordedOn\":\"2024-02-01\"",
        "\"recordedOn\":§\"2024-01-31\""), "/reviews/0/recordedOn", "dates out of order",
        "a date 1 day before the date assessed"));
    cases.add(bad("later attribute change without a date", with(",\"from\":\"2024-01-01\"}",
        "}").replace("{\"value\":\"5-9\"}", "§{\"value\":\"5-9\"}"),
        "/subjects/0/attributes/age-band/1", "missing value", "from"));
    cases.add(bad("attribute changes out of order", with("[{\"value\":\"0-4\"}",
        "[{\"value\":\"0-4\",\"from\":\"2024-06-01\"}").replace("{\"value\":\"5-9\",",
        "§{\"value\":\"5-9\","), "/subjects/0/attributes/age-band/1", "dates out of order",
        "a date 152 days before the previous change"));
    cases.add(bad("empty attribute history", with("\"age-band\":[{\"value\":\"0-4\"},"
        + "{\"value\":\"5-9\",\"from\":\"2024-01-01\"}]", "\"age-band\":§[]"),
        "/subjects/0/attributes/age-band", "missing value", "at least one value"));
    cases.add(bad("child with members", with("\"kind\":\"FAMILY\"", "\"kind\":\"CHILD\"")
        .replace("\"members\":[{", "\"members\":§[{"), "/subjects/0/members", "unknown member",
        "only a family has members"));
    cases.add(bad("service output twice", with("[\"OUT\"]", "[\"OUT\",§\"OUT\"]"),
        "/episodes/0/serviceOutputs/1", "duplicate code",
        "the code of serviceOutputs[0] again"));
    cases.add(bad("trailing content", BASE + " §{}", "(root)", "malformed document",
        "end of the document"));

    cases.add(badLines("ndjson: format version 2",
        with(NDJSON, "{\"formatVersion\":1}", "{\"formatVersion\":§2}"), "/formatVersion",
        "unsupported format version", "expected 1", "found 2"));
    cases.add(badLines("ndjson: no header", "§" + NDJSON.substring(NDJSON.indexOf('\n') + 1),
        "(root)", "missing value", "formatVersion"));
    cases.add(badLines("ndjson: header with more", with(NDJSON, "{\"formatVersion\":1}",
        "{\"formatVersion\":1,§\"by\":\"me\"}"), "/by", "unknown property", "'by'"));
    cases.add(badLines("ndjson: empty file", "§", "(root)", "malformed document", "empty file"));
    cases.add(badLines("ndjson: episode of another subject", NDJSON.replace(
        "\"id\":\"E2\",\"subject\":\"S2\"", "\"id\":\"E2\",\"subject\":§\"S1\""),
        "/subject", "unknown reference", "current subject 'S2'", "'S1'"));
    cases.add(badLines("ndjson: review before its episode", NDJSON.replace(
        EPISODE_1 + REVIEW_1, REVIEW_1.replace("\"episode\":", "\"episode\":§") + EPISODE_1),
        "/episode", "unknown reference", "current subject 'S1', listed before", "'E1'"));
    cases.add(badLines("ndjson: episode after a review", NDJSON.replace(
        REVIEW_1, REVIEW_1 + "§" + EPISODE_1.replace("E1", "E3")), "(root)",
        "episodes before its reviews", "an episode after a review"));
    cases.add(badLines("ndjson: episode before any subject", NDJSON.replace(SUBJECT_1 + EPISODE_1,
        EPISODE_1.replace("\"subject\":", "\"subject\":§") + SUBJECT_1), "/subject",
        "unknown reference", "a subject's line before its episodes"));
    cases.add(badLines("ndjson: wrong type in the header", "{\"formatVersion\":§\"1\"}\n"
        + SUBJECT_1, "/formatVersion", "unsupported format version", "a string"));
    cases.add(badLines("ndjson: a line that is an array", NDJSON.replace(REVIEW_1, "§[1]\n"),
        "(root)", "wrong type", "an object", "an array"));
    cases.add(badLines("ndjson: subject split in two", NDJSON + SUBJECT_1.replace(
        "\"id\":", "\"id\":§"), "/id", "duplicate code", "'S1' again, first on line 2"));
    cases.add(badLines("ndjson: an episode's id used by another subject's episode",
        NDJSON.replace("\"type\":\"episode\",\"id\":\"E2\"", "\"type\":\"episode\",\"id\":§\"E1\"")
            .replace("\"episode\":\"E2\"", "\"episode\":\"E1\""), "/id", "duplicate code",
        "each episode once in the file", "'E1' again, first on line 3"));
    cases.add(badLines("ndjson: a review's id used by another subject's review",
        NDJSON.replace("\"type\":\"review\",\"id\":\"R2\"", "\"type\":\"review\",\"id\":§\"R1\""),
        "/id", "duplicate code", "each review once in the file", "'R1' again, first on line 4"));
    cases.add(badLines("ndjson: blank line", NDJSON.replace(EPISODE_1, "§\n" + EPISODE_1),
        "(root)", "malformed document", "an empty line"));
    cases.add(badLines("ndjson: line not JSON", NDJSON.replace(REVIEW_1, "{\"type\":§review}\n"),
        "/type", "malformed document", "syntax error"));
    cases.add(badLines("ndjson: line without a type", NDJSON.replace(SUBJECT_1,
        "§" + SUBJECT_1.replace("\"type\":\"subject\",", "")), "(root)", "missing value",
        "type"));
    cases.add(badLines("ndjson: unknown type", NDJSON.replace("\"type\":\"review\"",
        "\"type\":§\"visit\""), "/type", "invalid code", "subject, episode, review"));
    cases.add(badLines("ndjson: rating value of the wrong type", NDJSON.replace(
        "\"value\":true}]}\n{\"type\":\"subject\"", "\"value\":§[1]}]}\n{\"type\":\"subject\""),
        "/ratings/0/value", "wrong type", "true or false", "an array"));
    cases.add(badLines("ndjson: unknown property in a line", NDJSON.replace(
        "\"localAuthority\":\"LA1\",", "\"localAuthority\":\"LA1\",§\"room\":\"4\","),
        "/room", "unknown property", "'room'"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsPlace(Case bad) {
    MarkedDocument.assertRejectedAt(bad.marked(), bad.pointer(), bad.words(), document -> {
      if (bad.lines()) {
        RecordsNdjson.standard().readAll(document);
      } else {
        RecordsJson.standard().read(document);
      }
    });
  }


  @Test
  void theBasesAreValid() {
    assertThat(RecordsJson.standard().read(BASE).reviews()).hasSize(1);
    assertThat(RecordsNdjson.standard().readAll(NDJSON)).hasSize(2);
  }

  @Test
  void catalogueIsLargeEnough() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(40);
  }
}
