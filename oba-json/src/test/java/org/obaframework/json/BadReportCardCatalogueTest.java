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
import org.obaframework.core.report.ReportCard;
import org.obaframework.json.MarkedDocument.Case;

/**
 * Malformed and invalid report card documents. Each case marks with {@code §} the place the
 * problem must be reported at (the mark is removed before reading), so each asserts the exception
 * type, the JSON Pointer, the line and column, and the key words of the message.
 */
class BadReportCardCatalogueTest {
  static final String BASE = "{\"formatVersion\":1,\"title\":\"T\","
      + "\"period\":\"2025-04-01/2026-03-31\",\"asOf\":\"2026-03-31\",\"confidence\":0.95,"
      + "\"disclosure\":\"dfe\",\"lines\":[{\"code\":\"STABLE\",\"name\":\"Stable\","
      + "\"section\":\"BETTER_OFF\",\"number\":{\"text\":\"12\",\"status\":\"SHOWN\",\"value\":12},"
      + "\"denominator\":{\"text\":\"22\",\"status\":\"SHOWN\",\"value\":22},"
      + "\"percent\":{\"text\":\"55%\",\"status\":\"SHOWN\",\"value\":54.5},"
      + "\"interval\":{\"lower\":0.3,\"upper\":0.7,\"confidence\":0.95},"
      + "\"assessed\":{\"text\":\"22\",\"status\":\"SHOWN\",\"value\":22},"
      + "\"notPaired\":{\"text\":\"0\",\"status\":\"SHOWN\",\"value\":0},"
      + "\"excluded\":{\"text\":\"0\",\"status\":\"SHOWN\",\"value\":0},"
      + "\"notEligible\":{\"text\":\"0\",\"status\":\"SHOWN\",\"value\":0}}],"
      + "\"tables\":[{\"measure\":\"STABLE\",\"breakdown\":\"local-authority\","
      + "\"columns\":[\"better off\",\"not better off\"],"
      + "\"rows\":[{\"key\":\"LA-1\",\"cells\":[{\"text\":\"10\",\"status\":\"ROUNDED\",\"value\":10},"
      + "{\"text\":\"[c]\",\"status\":\"SUPPRESSED\"}],"
      + "\"total\":{\"text\":\"15\",\"status\":\"ROUNDED\",\"value\":15},"
      + "\"percent\":{\"text\":\"[c]\",\"status\":\"SUPPRESSED\"}}],"
      + "\"total\":{\"cells\":[{\"text\":\"10\",\"status\":\"ROUNDED\",\"value\":10},"
      + "{\"text\":\"[c]\",\"status\":\"SUPPRESSED\"}],"
      + "\"total\":{\"text\":\"15\",\"status\":\"ROUNDED\",\"value\":15}}}]}";

  /** BASE with one replacement, which must apply. */
  private static String with(String from, String to) {
    return MarkedDocument.with(BASE, from, to);
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(bad("truncated", BASE.substring(0, 60) + "§", "/period",
        "malformed document", "well-formed JSON"));
    cases.add(bad("root is an array", "§[]", "(root)", "wrong type", "an object", "an array"));
    cases.add(bad("format version 2", with("\"formatVersion\":1", "\"formatVersion\":§2"),
        "/formatVersion", "unsupported format version", "expected 1", "found 2"));
    cases.add(bad("format version missing", "§" + with("\"formatVersion\":1,", ""), "(root)",
        "missing value", "formatVersion"));
    cases.add(bad("unknown property", with("\"title\":\"T\",", "\"title\":\"T\",§\"colour\":1,"),
        "/colour", "unknown property", "'colour'", "disclosure"));
    cases.add(bad("unknown cell property", with("\"value\":12}", "\"value\":12,§\"exact\":13}"),
        "/lines/0/number/exact", "unknown property", "'exact'", "[status, text, value]"));
    cases.add(bad("duplicate property", with("\"title\":\"T\",", "\"title\":\"T\",§\"title\":\"T\","),
        "/title", "duplicate property", "'title' again"));
    cases.add(bad("hidden cell with a value", with("\"status\":\"SUPPRESSED\"}],\"total\":{\"text\":\"15\"",
        "\"status\":\"SUPPRESSED\",\"value\":§3}],\"total\":{\"text\":\"15\""),
        "/tables/0/rows/0/cells/1/value", "no value for a hidden cell", "SUPPRESSED",
        "found an integer"));
    cases.add(bad("hidden percent with a value", with("\"status\":\"SUPPRESSED\"}}]",
        "\"status\":\"SUPPRESSED\",\"value\":§40.5}}]"),
        "/tables/0/rows/0/percent/value", "no value for a hidden cell", "SUPPRESSED",
        "found a decimal number"));
    cases.add(bad("unknown status", with("\"status\":\"SHOWN\"", "\"status\":§\"VISIBLE\""),
        "/lines/0/number/status", "invalid code", "ROUNDED, SUPPRESSED, NO_DENOMINATOR",
        "a text of 7 characters"));
    cases.add(bad("status a number", with("\"status\":\"ROUNDED\"", "\"status\":§5"),
        "/tables/0/rows/0/cells/0/status", "wrong type", "a string", "found an integer"));
    cases.add(bad("unknown section", with("\"BETTER_OFF\"", "§\"BETTER\""), "/lines/0/section",
        "invalid code", "HOW_MUCH", "a text of 6 characters"));
    cases.add(bad("period not ISO", with("\"period\":\"2025-04-01/2026-03-31\"",
        "\"period\":§\"FY2025\""), "/period", "invalid text", "YYYY-MM-DD/YYYY-MM-DD",
        "a string of 6 characters"));
    cases.add(bad("period out of order", with("\"period\":\"2025-04-01/2026-03-31\"",
        "\"period\":§\"2026-03-31/2025-04-01\""), "/period", "invalid text",
        "start not after end"));
    cases.add(bad("impossible period date", with("\"period\":\"2025-04-01/2026-03-31\"",
        "\"period\":§\"2025-02-30/2026-03-31\""), "/period", "invalid text",
        "a string of 21 characters"));
    cases.add(bad("date not ISO", with("\"asOf\":\"2026-03-31\"", "\"asOf\":§\"31/03/2026\""),
        "/asOf", "invalid text", "YYYY-MM-DD",
        "a text of 10 characters that is not a date"));
    cases.add(bad("confidence of 1.5", with("\"confidence\":0.95,", "\"confidence\":§1.5,"),
        "/confidence", "value out of range", "strictly between 0 and 1",
        "found a decimal number"));
    cases.add(bad("count with a fraction", with("\"value\":12", "\"value\":§12.5"),
        "/lines/0/number/value", "wrong type", "an integer", "found a decimal number"));
    cases.add(bad("negative count", with("\"value\":22", "\"value\":§-22"),
        "/lines/0/denominator/value", "value out of range", "a count", "found an integer"));
    cases.add(bad("number missing", with("\"number\":{\"text\":\"12\",\"status\":\"SHOWN\","
        + "\"value\":12},", "").replace("[{\"code\":\"STABLE\"", "[§{\"code\":\"STABLE\""),
        "/lines/0", "missing value", "field number"));
    cases.add(bad("interval out of order", with("\"interval\":{\"lower\":0.3,\"upper\":0.7",
        "\"interval\":§{\"lower\":0.8,\"upper\":0.7"), "/lines/0/interval",
        "value out of range", "0 <= lower <= upper <= 1", "0.8, 0.7"));
    cases.add(bad("interval without a percent", with("\"percent\":{\"text\":\"55%\","
        + "\"status\":\"SHOWN\",\"value\":54.5},\"interval\":{", "\"interval\":§{"),
        "/lines/0/interval", "value out of range", "only with a shown percent", "no percent"));
    cases.add(bad("row without a cell per column", with("\"cells\":[{\"text\":\"10\","
        + "\"status\":\"ROUNDED\",\"value\":10},{\"text\":\"[c]\","
        + "\"status\":\"SUPPRESSED\"}],\"total\":{\"text\":\"15\"",
        "\"cells\":§[{\"text\":\"10\",\"status\":\"ROUNDED\",\"value\":10}],"
        + "\"total\":{\"text\":\"15\""), "/tables/0/rows/0/cells", "value out of range",
        "one cell per column, 2", "found 1 cells"));
    cases.add(bad("part of a proportion", with(",\"notEligible\":{\"text\":\"0\","
        + "\"status\":\"SHOWN\",\"value\":0}", "").replace("[{\"code\":\"STABLE\"",
        "[§{\"code\":\"STABLE\""), "/lines/0", "missing value",
        "a count's number alone, or a proportion's", "a part of a proportion"));
    cases.add(bad("percent not its text", with("\"percent\":{\"text\":\"55%\"",
        "\"percent\":§{\"text\":\"60%\""),
        "/lines/0/percent", "invalid text", "text", "expected 55%", "a text of 3 characters"));
    cases.add(bad("unknown disclosure policy", with("\"disclosure\":\"dfe\"",
        "\"disclosure\":§\"secret\""), "/disclosure", "unknown reference",
        "a disclosure policy", "a string of 6 characters"));
    cases.add(bad("table of a measure without a line", "§" + with("\"measure\":\"STABLE\"",
        "\"measure\":\"OTHER\""), "(root)", "unknown reference", "a table of a measure with a line", "'OTHER'"));
    cases.add(bad("change profile rows not its levels", with("\"tables\":[",
        "\"changeProfiles\":[{\"code\":\"STABLE\",\"name\":\"S\",\"levels\":[\"a\"],"
        + "\"rows\":§[],\"total\":{\"cells\":[{\"text\":\"0\",\"status\":\"SHOWN\","
        + "\"value\":0}],\"total\":{\"text\":\"0\",\"status\":\"SHOWN\",\"value\":0}}}],"
        + "\"tables\":["), "/changeProfiles/0/rows", "a row per level"));
    cases.add(bad("lines not an array", with("\"lines\":[", "\"lines\":§{\"x\":[").replace(
        "}}],\"tables\"", "}}]},\"tables\""), "/lines", "wrong type", "an array"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsPlace(Case bad) {
    MarkedDocument.assertRejectedAt(bad.marked(), bad.pointer(), bad.words(),
        document -> ReportCardJson.read(document));
  }


  @Test
  void catalogueIsLargeEnough() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void theBaseDocumentIsValid() {
    ReportCard card = ReportCardJson.read(BASE);
    assertThat(card.lines()).hasSize(1);
    assertThat(card.lines().get(0).interval()).isPresent();
    assertThat(card.tables().get(0).rows().get(0).percent()).isPresent();
    assertThat(card.changeProfiles()).as("a document without change profiles has none")
        .isEmpty();
    assertThat(ReportCardJson.read(ReportCardJson.write(card))).isEqualTo(card);
  }

  @Test
  void theStatusesOfEarlierDocumentsAreReadAsHidden() {
    // Documents written before outputs stopped telling why a cell is hidden.
    String earlier = BASE.replaceFirst("\"SUPPRESSED\"", "\"SUPPRESSED_SECONDARY\"")
        .replace("\"percent\":{\"text\":\"[c]\",\"status\":\"SUPPRESSED\"",
            "\"percent\":{\"text\":\"[c]\",\"status\":\"SUPPRESSED_PRIMARY\"");
    assertThat(earlier).contains("SUPPRESSED_SECONDARY", "SUPPRESSED_PRIMARY");
    ReportCard card = ReportCardJson.read(earlier);
    assertThat(card).isEqualTo(ReportCardJson.read(BASE));
    assertThat(ReportCardJson.write(card)).doesNotContain("PRIMARY", "SECONDARY");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String twice = with("\"status\":\"SHOWN\"", "\"status\":\"VISIBLE\"")
        .replace("\"section\":\"BETTER_OFF\"", "\"section\":\"BETTER\"");
    assertThatThrownBy(() -> ReportCardJson.read(twice))
        .isInstanceOfSatisfying(JsonFormatException.class,
            e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void aPrettyDocumentIsLocatedByLineAndColumn() {
    String written = ReportCardJson.write(ReportCardJson.read(BASE));
    int percent = written.indexOf("\"percent\"", written.indexOf("\"rows\""));
    int status = written.indexOf("\"SUPPRESSED\"", percent);
    String pretty = written.substring(0, status) + "\"SECRET\""
        + written.substring(status + "\"SUPPRESSED\"".length());
    assertThatThrownBy(() -> ReportCardJson.read(pretty))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.location())
                .startsWith("/tables/0/rows/0/percent/status (line ")
                .doesNotContain("line 1,")));
  }
}
