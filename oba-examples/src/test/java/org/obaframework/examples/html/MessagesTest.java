package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.obaframework.core.framework.Label;

/** The message bundles and the words of a rendering. */
class MessagesTest {
  @Test
  void theWelshBundleHasEveryKeyOfTheEnglishAndNoOther() {
    assertThat(Messages.of("cy").keys()).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(Messages.of("en").keys());
    for (String key : Messages.of("cy").keys()) {
      assertThat(Messages.of("cy").find(key).orElseThrow()).as(key).isNotBlank()
          .isNotEqualTo(key.startsWith("column.number") || key.startsWith("column.percent")
              || key.equals("verdict.actual") || key.equals("desc.point")
              || key.equals("card.interval") ? "" : Messages.of("en").find(key).orElseThrow());
    }
  }

  @Test
  void fillsPlaceholdersAndLeavesApostrophesAlone() {
    assertThat(Messages.fill("{0} o {1}: y gwerth olaf wedi'i gario", 3, "4"))
        .isEqualTo("3 o 4: y gwerth olaf wedi'i gario");
    assertThat(Messages.fill("{0} and {2} and {x}", "a")).isEqualTo("a and {2} and {x}");
  }

  @Test
  void marksAndListsTextWithoutWelshNeverSilentlyEnglish() {
    Words welsh = Words.of(Locale.forLanguageTag("cy"));
    assertThat(welsh.label(Label.of("Families").with("cy", "Teuluoedd"), "M1"))
        .isEqualTo("Teuluoedd");
    assertThat(welsh.label(Label.of("Children & <young> people"), "M2"))
        .isEqualTo("<span lang=\"en\" class=\"untranslated\">Children &amp; &lt;young&gt; "
            + "people</span><span class=\"mark-en\"> (en)</span>");
    assertThat(welsh.english("Counts from 1 to 5 are hidden", "policy"))
        .contains("lang=\"en\"", "(en)");
    assertThat(welsh.untranslated()).containsExactly(
        java.util.Map.entry("Children & <young> people", "M2"),
        java.util.Map.entry("Counts from 1 to 5 are hidden", "policy"));
    Words english = Words.of(Locale.UK);
    assertThat(english.english("Counts from 1 to 5 are hidden", "policy"))
        .isEqualTo("Counts from 1 to 5 are hidden");
    assertThat(english.untranslated()).isEmpty();
    assertThatThrownBy(() -> english.plain("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.key");
  }

  @Test
  void writesDatesAndPeriodsInTheReadersLanguage() {
    Words welsh = Words.of(Locale.forLanguageTag("cy"));
    assertThat(welsh.day(java.time.LocalDate.of(2025, 4, 14))).isEqualTo("14 Ebrill 2025");
    assertThat(welsh.period(org.obaframework.core.aggregate.ReportingPeriod
        .financialYear(2025))).isEqualTo("2025-26");
    assertThat(Words.of(Locale.UK).period(org.obaframework.core.aggregate.ReportingPeriod
        .parse("2025-04-01/2025-06-30"))).isEqualTo("Apr-Jun 2025");
  }

  @Test
  void ordersKeysAsAReaderExpects() {
    java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of("LA-10",
        "(other)", "LA-2", "(not recorded)", "LA-1"));
    keys.sort(HtmlReportCard::compareKeys);
    assertThat(keys).containsExactly("LA-1", "LA-2", "LA-10", "(not recorded)", "(other)");
  }
}
