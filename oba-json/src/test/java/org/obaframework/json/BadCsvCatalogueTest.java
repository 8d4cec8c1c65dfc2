package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.json.MarkedDocument.bad;
import static org.obaframework.json.MarkedDocument.with;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.obaframework.json.MarkedDocument.Case;

/**
 * Issue 18: bad CSV inputs, each rejected with a problem at the line and column of its cell
 * (marked '§'), under the column's name, with the key words of its message, and never the
 * cell's text. Every problem of a file is found, though groups stop at the first.
 */
class BadCsvCatalogueTest {
  static final String HEADER = "subject,episode,programme,localAuthority,start,review,kind,"
      + "assessedOn,rater,indicator,status,value\n";
  static final String ROW_1 = "C-1,E-1,FSP,W1,2025-04-07,R-1,BASELINE,2025-04-07,PRACTITIONER,"
      + "SAFE,RATED,no\n";
  static final String ROW_2 = "C-1,E-1,FSP,W1,2025-04-07,R-2,REVIEW,2025-10-06,PRACTITIONER,"
      + "SAFE,RATED,yes\n";
  static final String ROW_3 = "C-2,E-2,FSP,W1,2025-05-01,R-3,BASELINE,2025-05-01,PRACTITIONER,"
      + "SAFE,,yes\n";
  static final String GOOD = HEADER + ROW_1 + ROW_2 + ROW_3;
  static final String WIDE = "subject,episode,programme,localAuthority,start,review,kind,"
      + "assessedOn,rater,SAFE,SCHOOL\n"
      + "C-1,E-1,FSP,W1,2025-04-07,R-1,BASELINE,2025-04-07,PRACTITIONER,no,72\n"
      + "C-1,E-1,FSP,W1,2025-04-07,R-2,REVIEW,2025-10-06,PRACTITIONER,yes,NOT_ASSESSED\n";

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // The file and its header.
    cases.add(bad("empty file", "§", "(root)", "missing value", "a header row", "empty file"));
    cases.add(bad("no subject column", "§" + GOOD.replace("subject,", "who,").replace("C-1,",
        "").replace("C-2,", ""), "/who", "unknown property"));
    cases.add(bad("unknown column", with(GOOD, "rater,", "rater,§colour,").replace(
        "PRACTITIONER,", "PRACTITIONER,red,"), "/colour", "unknown property", "one of [subject"));
    cases.add(bad("misspelt column", with(GOOD, "assessedOn,", "§asessedOn,"), "/asessedOn",
        "unknown property", "the nearest valid value is 'assessedOn'"));
    cases.add(bad("column twice", with(GOOD, "value\n", "value,§value\n"), "/value",
        "duplicate property", "each column once"));
    cases.add(bad("empty column name", with(GOOD, "value\n", "value,§\n").replace(",no\n",
        ",no,\n"), "/(an empty name)", "missing value", "a column's name"));
    cases.add(bad("long column in a wide file", with(WIDE, "SAFE,", "§status,SAFE,"),
        "/status", "unknown property", "indicator is missing"));
    cases.add(bad("no value column", "§" + HEADER.replace(",status,value", "") + "C-1,E-1,FSP,"
        + "W1,2025-04-07,R-1,BASELINE,2025-04-07,PRACTITIONER,SAFE\n", "/subject",
        "missing value", "a column value"));
    cases.add(bad("unclosed quote", HEADER + ROW_1 + "C-1,E-1,FSP,W1,2025-04-07,R-2,REVIEW,"
        + "2025-10-06,PRACTITIONER,SAFE,RATED,\"yes\n§", "(root)", "malformed document"));
    // Cells.
    cases.add(bad("row without a subject", with(GOOD, "C-2,", "§,"), "/subject",
        "missing value", "the subject's id"));
    cases.add(bad("unknown review kind", with(GOOD, "BASELINE,2025-05-01", "§FIRST,2025-05-01"),
        "/kind", "invalid code", "one of [BASELINE, REVIEW, CLOSURE, FOLLOW_UP]"));
    cases.add(bad("date not ISO", with(GOOD, "R-2,REVIEW,2025-10-06", "R-2,REVIEW,§06/10/2025"),
        "/assessedOn", "wrong type", "yyyy-mm-dd"));
    cases.add(bad("impossible date", with(GOOD, "R-2,REVIEW,2025-10-06",
        "R-2,REVIEW,§2025-02-30"), "/assessedOn", "wrong type", "yyyy-mm-dd"));
    cases.add(bad("rated without a value", with(GOOD, "SAFE,RATED,yes", "SAFE,RATED,§"),
        "/value", "missing value", "a value (yes or no"));
    cases.add(bad("not applicable with a value", with(GOOD, "SAFE,RATED,yes",
        "SAFE,NOT_APPLICABLE,§yes"), "/value", "wrong type", "no value, since"));
    cases.add(bad("a status written as the value", with(GOOD, "SAFE,RATED,yes",
        "SAFE,,§N/A"), "/value", "wrong type", "names a status", "in the column status"));
    cases.add(bad("unknown status", with(GOOD, "SAFE,RATED,yes", "SAFE,§DONE,yes"), "/status",
        "invalid code", "RATED, NOT_APPLICABLE, NOT_ASSESSED"));
    cases.add(bad("rating without an indicator", with(GOOD, "SAFE,RATED,yes", "§,RATED,yes"),
        "/indicator", "missing value", "the indicator of the rating"));
    cases.add(bad("rating without a review", with(GOOD, "R-2,REVIEW,2025-10-06",
        "§,REVIEW,2025-10-06"), "/review", "missing value", "the review of the rating"));
    cases.add(bad("review without an episode", with(GOOD, "C-2,E-2,", "C-2,§,"), "/episode",
        "missing value", "the episode of the review"));
    cases.add(bad("malformed attributes", HEADER.replace("\n", ",subjectAttributes\n")
        + ROW_1.replace("\n", ",§sex\n"), "/subjectAttributes", "invalid text",
        "name=value"));
    cases.add(bad("attribute value that is not a code", HEADER.replace("\n",
        ",subjectAttributes\n") + ROW_1.replace("\n", ",§sex=Jane Doe\n"), "/subjectAttributes",
        "invalid code", "not a code"));
    cases.add(bad("wide cell naming a status", with(WIDE, ",yes,NOT_ASSESSED",
        ",yes,§not assessed"), "/SCHOOL", "wrong type", "NOT_APPLICABLE or NOT_ASSESSED"));
    // Records across rows.
    cases.add(bad("fact differing between rows", with(GOOD, "R-2,REVIEW",
        "R-2,REVIEW").replace("C-1,E-1,FSP,W1,2025-04-07,R-2", "C-1,E-1,FSP,W1,§2025-04-08,R-2"),
        "/start", "duplicate property", "the same start on every row", "as on line 2"));
    cases.add(bad("subject's rows apart", GOOD + "§C-1,E-1,FSP,W1,2025-04-07,R-4,REVIEW,"
        + "2025-12-01,PRACTITIONER,SAFE,RATED,yes\n", "/subject", "duplicate code",
        "sort the file by subject"));
    cases.add(bad("episode of two subjects", with(GOOD, "C-2,E-2,", "C-2,§E-1,"), "/episode",
        "duplicate code", "an episode id used by one subject"));
    cases.add(bad("review id used twice", with(GOOD, "C-2,E-2,FSP,W1,2025-05-01,R-3",
        "C-2,E-2,FSP,W1,2025-05-01,§R-1"), "/review", "duplicate code", "a review id used once"));
    cases.add(bad("episode without a local authority", "subject,episode,programme,start,review,"
        + "kind,assessedOn,rater,indicator,value\nC-1,§E-1,FSP,2025-04-07,R-1,BASELINE,"
        + "2025-04-07,PRACTITIONER,SAFE,no\n", "/localAuthority", "missing value",
        "at least one row of the record"));
    cases.add(bad("member without a role", HEADER.replace("\n", ",member\n") + ROW_1.replace(
        "\n", ",§M-1\n"), "/memberRole", "missing value", "the member's role"));
    cases.add(bad("episode ending before it starts", HEADER.replace("\n", ",end\n")
        + ROW_1.replace("\n", ",§2025-01-01\n"), "/end",
        "dates out of order"));
    cases.add(bad("an id that is not an id", with(GOOD, "C-2,E-2,", "§C 2,E-2,"), "/subject",
        "invalid"));
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsPlace(Case bad) {
    MarkedDocument.assertRejectedAt(bad.marked(), bad.pointer(), bad.words(),
        csv -> RecordsCsv.standard().readAll(csv));
  }

  @Test
  void theCatalogueHasAtLeastTwentyCases() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void theGoodFilesAreRead() {
    assertThat(RecordsCsv.standard().readAll(GOOD)).hasSize(2);
    assertThat(RecordsCsv.standard().readAll(WIDE)).singleElement()
        .satisfies(g -> assertThat(g.reviews().get(1).ratings()).hasSize(2));
  }

  @Test
  void noMessageShowsACellsText() {
    String secret = "Jane Doe, 14 Acacia Avenue";
    String csv = with(GOOD, "R-2,REVIEW,2025-10-06", "R-2,\"" + secret + "\",\"" + secret
        + "\"").replace("SAFE,RATED,yes", "SAFE,\"" + secret + "\",\"" + secret + "\"");
    assertThatThrownBy(() -> RecordsCsv.standard().readAll(csv))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageNotContaining("Jane").hasMessageNotContaining("Acacia");
  }

  @Test
  void everyProblemOfTheFileIsListedThoughGroupsStopAtTheFirst() {
    String csv = with(GOOD, "BASELINE,2025-04-07", "FIRST,2025-04-07")
        .replace("SAFE,,yes", "SAFE,DONE,yes");
    assertThatThrownBy(() -> RecordsCsv.standard().readAll(csv))
        .isInstanceOfSatisfying(JsonFormatException.class, e ->
            assertThat(e.problems()).extracting(p -> p.location())
                .containsExactly("/kind (line 2, column 31)", "/status (line 4, column 69)"));
  }

  @Test
  void theProblemsListedAreBoundedByTheLimits() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 30; i++) {
      csv.append("C-").append(i).append(",E-").append(i).append(",FSP,W1,2025-04-07,R-")
          .append(i).append(",FIRST,2025-04-07,PRACTITIONER,SAFE,RATED,no\n");
    }
    assertThatThrownBy(() -> RecordsCsv.standard().withLimits(ReadLimits.defaults()
        .withProblems(5)).readAll(csv.toString()))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> {
          assertThat(e.problems()).hasSize(5);
          assertThat(e.unlisted()).isEqualTo(25);
        });
    assertThatThrownBy(() -> RecordsCsv.standard().withLimits(ReadLimits.defaults()
        .withDocumentLength(100)).readAll(GOOD + "C-3,E-3,FSP,W1,2025-04-07,R-9,BASELINE,"
            + "2025-04-07,PRACTITIONER," + "X".repeat(60) + ",RATED,no\n"))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.message())
                .contains("(root) (line 5, column 1)", "a row of at most 100 characters")));
    assertThatThrownBy(() -> RecordsCsv.standard().withLimits(ReadLimits.defaults()
        .withStringLength(5)).readAll(GOOD))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.message())
                .contains("malformed document")));
  }

  @Test
  void bytesThatAreNotUtf8AreAProblemOfTheirLine() {
    byte[] bytes = GOOD.replace("SAFE,,yes", "SAFE,,y\u00e9s").getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> RecordsCsv.standard().readAll(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("not UTF-8")));
  }
}
