package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

/** One grammar of periods: every form the oba command takes, and ISO 8601 intervals. */
class ReportingPeriodParseTest {
  private static final ReportingPeriod FY2025 = ReportingPeriod.financialYear(2025);

  @Test
  void readsFinancialYearsInEveryFormPeopleWrite() {
    for (String text : new String[] {"FY2025", "fy2025", "FY2025-26", "2025-26", "2025/26",
        " 2025-26 ", "2025-04-01..2026-03-31", "2025-04-01/2026-03-31", "2025-04-01/P1Y",
        "P1Y/2026-03-31", "P12M/2026-03-31"}) {
      assertThat(ReportingPeriod.parse(text)).as(text).isEqualTo(FY2025);
    }
    assertThat(ReportingPeriod.parse("1999-00")).isEqualTo(ReportingPeriod.financialYear(1999));
  }

  @Test
  void readsQuartersAndCalendarPeriods() {
    assertThat(ReportingPeriod.parse("FY2025-Q3"))
        .isEqualTo(ReportingPeriod.financialQuarter(2025, 3));
    assertThat(ReportingPeriod.parse("2025-26-q4")).isEqualTo(ReportingPeriod.of(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    assertThat(ReportingPeriod.parse("FY2025-26-Q1"))
        .isEqualTo(ReportingPeriod.financialQuarter(2025, 1));
    assertThat(ReportingPeriod.parse("CY2024")).isEqualTo(ReportingPeriod.calendarYear(2024));
    assertThat(ReportingPeriod.parse("cy2024-Q2"))
        .isEqualTo(ReportingPeriod.calendarQuarter(2024, 2));
    assertThat(ReportingPeriod.parse("2025-04-01/P3M"))
        .isEqualTo(ReportingPeriod.financialQuarter(2025, 1));
    assertThat(ReportingPeriod.parse("2025-06-01..2025-06-01"))
        .isEqualTo(ReportingPeriod.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1)));
  }

  @Test
  void toStringAndParseAreInversesForEveryPeriodTheFactoriesMake() {
    qt().forAll(integers().between(1900, 2100), integers().between(1, 4))
        .checkAssert((year, quarter) -> {
          for (ReportingPeriod period : new ReportingPeriod[] {
              ReportingPeriod.financialYear(year), ReportingPeriod.calendarYear(year),
              ReportingPeriod.financialQuarter(year, quarter),
              ReportingPeriod.calendarQuarter(year, quarter)}) {
            assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
          }
          assertThat(ReportingPeriod.parse("FY" + year)).isEqualTo(
              ReportingPeriod.parse(year + "-" + String.format("%02d", (year + 1) % 100)));
          assertThat(ReportingPeriod.parse("FY" + year + "-Q" + quarter))
              .isEqualTo(ReportingPeriod.financialQuarter(year, quarter));
        });
  }

  @Test
  void tellsEachMistakeWithoutQuotingTheText() {
    assertRejected("2025-27", ProblemType.INVALID_TEXT,
        "a financial year whose years are not consecutive: the year after 2025 ends in 26");
    assertRejected("FY2025-Q5", ProblemType.INVALID_TEXT, "a quarter 5, which is not 1 to 4");
    assertRejected("last year", ProblemType.INVALID_TEXT,
        "a text of 9 characters with no period of any form");
    assertRejected("2025-04-01..2026-02-30", ProblemType.INVALID_TEXT,
        "an end that is not an ISO date such as 2026-03-31");
    assertRejected("2025-4-1/2026-03-31", ProblemType.INVALID_TEXT,
        "a start that is not an ISO date");
    assertRejected("2025-04-01/P0D", ProblemType.INVALID_TEXT, "a duration that is not positive");
    assertRejected("2025-04-01/P1X", ProblemType.INVALID_TEXT,
        "a duration that is not an ISO duration such as P1Y or P3M");
    assertRejected("2026-03-31..2025-04-01", ProblemType.DATES_OUT_OF_ORDER,
        "that ends before it starts");
    assertThatThrownBy(() -> ReportingPeriod.parse("Jane Doe"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("expected FY2025, FY2025-26, 2025-26 or 2025/26")
        .hasMessageNotContaining("Jane");
  }

  private static void assertRejected(String text, ProblemType type, String found) {
    assertThatThrownBy(() -> ReportingPeriod.parse(text))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().get(0).type()).isEqualTo(type);
          assertThat(e.problems().get(0).found()).contains(found);
        });
  }
}
