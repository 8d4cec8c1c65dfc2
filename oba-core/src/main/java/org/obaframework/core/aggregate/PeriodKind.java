package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.time.YearMonth;

/** Kinds of reporting period, each able to find the period of its kind that contains a date. */
public enum PeriodKind {
  /** UK financial years, 1 April to 31 March. */
  FINANCIAL_YEAR,
  /** Quarters of UK financial years: April-June, July-September, October-December, January-March. */
  FINANCIAL_QUARTER,
  /** Calendar years. */
  CALENDAR_YEAR,
  /** Calendar quarters. */
  CALENDAR_QUARTER,
  /** Months. */
  MONTH;

  /**
   * Returns the period of this kind that contains a date.
   *
   * @param date the date
   * @return the period
   */
  public ReportingPeriod containing(LocalDate date) {
    return switch (this) {
      case FINANCIAL_YEAR -> ReportingPeriod.financialYearOf(date);
      case FINANCIAL_QUARTER -> ReportingPeriod.financialQuarter(
          date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1,
          (date.getMonthValue() + 8) % 12 / 3 + 1);
      case CALENDAR_YEAR -> ReportingPeriod.calendarYear(date.getYear());
      case CALENDAR_QUARTER ->
          ReportingPeriod.calendarQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
      case MONTH -> ReportingPeriod.month(YearMonth.from(date));
    };
  }
}
