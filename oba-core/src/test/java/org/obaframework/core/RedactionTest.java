package org.obaframework.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one redaction rule (issue 20), case by case: what each kind of value shows. */
class RedactionTest {
  @Test
  void idsAndCodesAreQuotedWhenTheyFollowTheirSyntaxElseDescribed() {
    assertThat(Redaction.id("C-0001")).isEqualTo("'C-0001'");
    assertThat(Redaction.id("Jane Smith")).isEqualTo("an id of 10 characters with a space at "
        + "position 5");
    assertThat(Redaction.id("")).isEqualTo("an empty id");
    assertThat(Redaction.id("x".repeat(129))).isEqualTo("an id of 129 characters");
    assertThat(Redaction.id("A".repeat(60))).isEqualTo("'" + "A".repeat(40) + "...'");
    assertThat(Redaction.code("RISK-CARE")).isEqualTo("'RISK-CARE'");
    assertThat(Redaction.code("risk care")).isEqualTo("a text of 9 characters with a space at "
        + "position 5");
    assertThat(Redaction.code("A\u001bB")).isEqualTo("a text of 3 characters with the "
        + "character U+001B at position 2");
  }

  @Test
  void aCodeGivenWhereADeclaredOneBelongsIsQuotedOnlyWhenDeclared() {
    List<String> declared = List.of("RISK-CARE", "SCHOOL-ATT");
    assertThat(Redaction.declared("RISK-CARE", declared)).isEqualTo("'RISK-CARE'");
    assertThat(Redaction.declared("RISK-CAER", declared)).isEqualTo("an undeclared code of 9 "
        + "characters (the nearest valid value is 'RISK-CARE')");
    assertThat(Redaction.declared("ZebedeeMoonbeam", declared))
        .isEqualTo("an undeclared code of 15 characters");
    assertThat(Redaction.declared("Zebedee Moonbeam", declared))
        .isEqualTo("a text of 16 characters with a space at position 8");
  }

  @Test
  void valuesTextsAndLabelsAreDescribedNeverShown() {
    assertThat(Redaction.text("Zebedee Moonbeam of CF10 1AA")).isEqualTo("a text of 28 "
        + "characters");
    assertThat(Redaction.text("a\nb")).isEqualTo("a text of 3 characters on 2 lines");
    assertThat(Redaction.text("  ")).isEqualTo("a blank text of 2 characters");
    assertThat(Redaction.text("")).isEqualTo("an empty text");
    assertThat(Redaction.value("child", List.of("CHILD", "FAMILY")))
        .isEqualTo("a text of 5 characters (the nearest valid value is 'CHILD')");
    assertThat(Redaction.value("Zebedee", List.of("CHILD", "FAMILY")))
        .isEqualTo("a text of 7 characters");
  }

  @Test
  void numbersAndDatesAreToldByTheBoundTheyBreak() {
    assertThat(Redaction.number(120, 0, 100)).isEqualTo("a number above the upper bound 100");
    assertThat(Redaction.number(-1, 0, 100)).isEqualTo("a number below the lower bound 0");
    assertThat(Redaction.number(Double.NaN, 0, 100)).isEqualTo("a number that is not finite");
    assertThat(Redaction.date("2025-02-30")).isEqualTo("a date that does not exist");
    assertThat(Redaction.date("30/02/2025")).isEqualTo("a text of 10 characters that is not a "
        + "date");
    LocalDate asOf = LocalDate.of(2026, 3, 31);
    assertThat(Redaction.date(LocalDate.of(2026, 4, 5), asOf, "the as-of date"))
        .isEqualTo("a date 5 days after the as-of date");
    assertThat(Redaction.date(LocalDate.of(2026, 3, 30), asOf, "the as-of date"))
        .isEqualTo("a date 1 day before the as-of date");
    assertThat(Redaction.date(asOf, asOf, "the as-of date")).isEqualTo("a date on the as-of "
        + "date");
  }

  @Test
  void namesOfPropertiesAndAttributesAreShownWhenTheyAreCodes() {
    assertThat(Redaction.name("age-band")).isEqualTo("'age-band'");
    assertThat(Redaction.name("Jane's age")).isEqualTo("a name of 10 characters with ''' at "
        + "position 5");
    assertThat(Redaction.key("age-band")).isEqualTo("age-band");
    assertThat(Redaction.key("Jane Smith")).isEqualTo("(a name of 10 characters)");
  }

  @Test
  void controlCharactersAreEscapedSoThatNoTextForgesALine() {
    assertThat(Redaction.escape("plain text")).isSameAs("plain text");
    assertThat(Redaction.escape("a\nNo problems")).isEqualTo("a\\nNo problems");
    assertThat(Redaction.escape("\u001b[2J\r\t")).isEqualTo("\\u001B[2J\\r\\t");
    assertThat(Redaction.escape("x\u202ey\u2028z\u0085")).isEqualTo("x\\u202Ey\\u2028z\\u0085");
    assertThat(Redaction.escape("Ŵ ŷ 😀")).isEqualTo("Ŵ ŷ 😀");
  }

  @Test
  void messagesOfTheJdkAndLibrariesKeepOnlyTheKindOfFailure() {
    assertThat(Redaction.phrase("Unrecognized token 'Zebedee': was expecting (JSON String)"))
        .isEqualTo("Unrecognized token");
    assertThat(Redaction.phrase("Text 'Zebedee' could not be parsed at index 0"))
        .isEqualTo("Text");
    assertThat(Redaction.phrase("For input string: \"Zebedee\"")).isEqualTo("For input string");
    assertThat(Redaction.phrase(null)).isEqualTo("unreadable input");
    assertThat(Redaction.phrase("'leading quote'")).isEqualTo("unreadable input");
  }
}
