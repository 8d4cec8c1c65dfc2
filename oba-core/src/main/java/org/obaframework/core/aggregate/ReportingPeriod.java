package org.obaframework.core.aggregate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A reporting period: a range of dates with inclusive ends, such as the UK financial year 1 April
 * 2025 to 31 March 2026.
 *
 * <pre>{@code
 * ReportingPeriod.financialYear(2025);        // 2025-04-01/2026-03-31
 * ReportingPeriod.financialQuarter(2025, 3);  // 2025-10-01/2025-12-31
 * ReportingPeriod.month(YearMonth.of(2025, 6));
 * ReportingPeriod.parse("2025-04-01/2026-03-31");
 * ReportingPeriod.parse("FY2025-Q3");           // and every form the oba command takes
 * }</pre>
 *
 * <p>{@code toString()} and {@link #parse(CharSequence)} are exact inverses, as
 * threeten-extra's {@code LocalDateRange}; {@code parse} also reads the forms people write, such
 * as {@code 2025-26} and {@code START..END} (one grammar, the oba command's too). Immutable and
 * thread-safe.
 *
 * @param start the first day
 * @param end the last day, on or after {@code start}
 */
public record ReportingPeriod(LocalDate start, LocalDate end) {
  /**
   * Checks the order of the dates.
   *
   * @throws ValidationException if {@code end} is before {@code start}
   */
  public ReportingPeriod {
    if (end.isBefore(start)) {
      throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, Item.of("reporting period"), "end",
          "a date on or after the start " + start, end.toString());
    }
  }

  /**
   * Returns a custom period.
   *
   * @param start the first day
   * @param end the last day, on or after {@code start}
   * @return the period
   * @throws ValidationException if {@code end} is before {@code start}
   */
  public static ReportingPeriod of(LocalDate start, LocalDate end) {
    return new ReportingPeriod(start, end);
  }

  /**
   * Returns the UK financial year that starts on 1 April of {@code startYear}.
   *
   * @param startYear the calendar year in which it starts: 2025 for 2025/26
   * @return the period
   */
  public static ReportingPeriod financialYear(int startYear) {
    return new ReportingPeriod(LocalDate.of(startYear, Month.APRIL, 1),
        LocalDate.of(startYear + 1, Month.MARCH, 31));
  }

  /**
   * Returns the UK financial year that contains a date.
   *
   * @param date the date
   * @return the period
   */
  public static ReportingPeriod financialYearOf(LocalDate date) {
    return financialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Returns a quarter of a UK financial year: Q1 April-June, ..., Q4 January-March.
   *
   * @param startYear the calendar year in which the financial year starts
   * @param quarter 1 to 4
   * @return the period
   * @throws ValidationException if the quarter is not 1 to 4
   */
  public static ReportingPeriod financialQuarter(int startYear, int quarter) {
    checkQuarter(quarter);
    YearMonth first = YearMonth.of(startYear, Month.APRIL).plusMonths(3L * (quarter - 1));
    return new ReportingPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /**
   * Returns a calendar quarter: Q1 January-March, ..., Q4 October-December.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the period
   * @throws ValidationException if the quarter is not 1 to 4
   */
  public static ReportingPeriod calendarQuarter(int year, int quarter) {
    checkQuarter(quarter);
    YearMonth first = YearMonth.of(year, 1 + 3 * (quarter - 1));
    return new ReportingPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year
   * @return the period
   */
  public static ReportingPeriod calendarYear(int year) {
    return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Returns a month.
   *
   * @param month the month
   * @return the period
   */
  public static ReportingPeriod month(YearMonth month) {
    return new ReportingPeriod(month.atDay(1), month.atEndOfMonth());
  }

  /** The forms {@link #parse(CharSequence)} reads, for messages and help. */
  public static final String FORMS = "FY2025, FY2025-26, 2025-26 or 2025/26 (the UK financial "
      + "year 2025-04-01 to 2026-03-31), FY2025-Q3 or 2025-26-Q3 (its third quarter), CY2025, "
      + "CY2025-Q1, START..END in ISO dates (2025-04-01..2026-03-31), or an ISO 8601 interval "
      + "(2025-04-01/2026-03-31, 2025-04-01/P1Y, P3M/2026-03-31)";

  private static final Pattern FINANCIAL_YEAR = Pattern.compile(
      "(?:FY(\\d{4})(?:-(\\d{2}))?|(\\d{4})[-/](\\d{2}))(?:-Q(\\d))?");
  private static final Pattern CALENDAR_YEAR = Pattern.compile("CY(\\d{4})(?:-Q(\\d))?");

  /**
   * Reads a period in any of the forms people write, the form {@code toString()} writes among
   * them: {@value #FORMS}. Letters may be upper or lower case; spaces around the text are
   * ignored. A duration counts whole days from the start ({@code 2025-04-01/P1Y} ends on
   * 2026-03-31, the day before a year later), or back from the end.
   *
   * <pre>{@code
   * ReportingPeriod.parse("2025-26");                  // 2025-04-01/2026-03-31
   * ReportingPeriod.parse("FY2025-Q3");                // 2025-10-01/2025-12-31
   * ReportingPeriod.parse("CY2024");                   // 2024-01-01/2024-12-31
   * ReportingPeriod.parse("2025-04-01..2025-06-30");
   * ReportingPeriod.parse("2025-04-01/P3M");           // 2025-04-01/2025-06-30
   * }</pre>
   *
   * @param text the text
   * @return the period
   * @throws ValidationException if the text is none of the forms, a date does not exist, a
   *     quarter is not 1 to 4, the years of a financial year are not consecutive, or the end is
   *     before the start; the message describes the text, never quotes it
   */
  public static ReportingPeriod parse(CharSequence text) {
    String string = text.toString().strip();
    String upper = string.toUpperCase(Locale.ROOT);
    Matcher fy = FINANCIAL_YEAR.matcher(upper);
    if (fy.matches()) {
      int year = Integer.parseInt(fy.group(1) != null ? fy.group(1) : fy.group(3));
      String next = fy.group(1) != null ? fy.group(2) : fy.group(4);
      int expected = (year + 1) % 100;
      if (next != null && Integer.parseInt(next) != expected) {
        throw unreadable(string, "a financial year whose years are not consecutive: the year "
            + "after " + year + " ends in " + String.format(Locale.ROOT, "%02d", expected));
      }
      return fy.group(5) == null ? financialYear(year)
          : financialQuarter(year, quarter(string, fy.group(5)));
    }
    Matcher cy = CALENDAR_YEAR.matcher(upper);
    if (cy.matches()) {
      int year = Integer.parseInt(cy.group(1));
      return cy.group(2) == null ? calendarYear(year)
          : calendarQuarter(year, quarter(string, cy.group(2)));
    }
    int dots = string.indexOf("..");
    int slash = string.indexOf('/');
    if (dots < 0 && slash < 0) {
      throw unreadable(string, "no period of any form");
    }
    int cut = dots >= 0 ? dots : slash;
    String first = string.substring(0, cut).strip();
    String last = string.substring(cut + (dots >= 0 ? 2 : 1)).strip();
    if (dots < 0 && first.toUpperCase(Locale.ROOT).startsWith("P")) {
      LocalDate end = date(string, last, "an end");
      return ordered(string, end.minus(duration(string, first)).plusDays(1), end);
    }
    LocalDate start = date(string, first, "a start");
    if (dots < 0 && last.toUpperCase(Locale.ROOT).startsWith("P")) {
      return ordered(string, start, start.plus(duration(string, last)).minusDays(1));
    }
    return ordered(string, start, date(string, last, "an end"));
  }

  private static int quarter(String text, String digit) {
    int quarter = Integer.parseInt(digit);
    if (quarter < 1 || quarter > 4) {
      throw unreadable(text, "a quarter " + quarter + ", which is not 1 to 4");
    }
    return quarter;
  }

  private static LocalDate date(String text, String part, String which) {
    try {
      return LocalDate.parse(part);
    } catch (DateTimeException e) {
      throw unreadable(text, which + " that is not an ISO date such as 2026-03-31 ("
          + Redaction.phrase(e.getMessage()) + ")");
    }
  }

  private static Period duration(String text, String part) {
    try {
      Period period = Period.parse(part);
      if (period.isNegative() || period.isZero()) {
        throw unreadable(text, "a duration that is not positive");
      }
      return period;
    } catch (DateTimeException e) {
      throw unreadable(text, "a duration that is not an ISO duration such as P1Y or P3M");
    }
  }

  private static ReportingPeriod ordered(String text, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, Item.of("reporting period"), "text",
          "an end on or after the start", Redaction.text(text) + " that ends before it starts");
    }
    return new ReportingPeriod(start, end);
  }

  private static ValidationException unreadable(String text, String what) {
    return Checks.fail(ProblemType.INVALID_TEXT, Item.of("reporting period"), "text", FORMS,
        Redaction.text(text) + " with " + what);
  }

  /**
   * Tells whether a date lies in the period, ends included.
   *
   * @param date the date
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Tells whether a span of days, with an open end when {@code last} is empty, overlaps the
   * period.
   *
   * @param first the span's first day
   * @param last the span's last day, or empty when it has not ended
   * @return true if they share at least one day
   */
  public boolean overlaps(LocalDate first, java.util.Optional<LocalDate> last) {
    return !first.isAfter(end) && last.map(l -> !l.isBefore(start)).orElse(true);
  }

  /**
   * Splits the period into consecutive periods of a kind, cut to this period's ends: the
   * financial quarters of a financial year, the months of a quarter.
   *
   * @param kind how to split
   * @return the parts, in order
   */
  public List<ReportingPeriod> split(PeriodKind kind) {
    return split(kind, Integer.MAX_VALUE);
  }

  /**
   * Splits this period into the periods of a kind it overlaps, refusing to make more than
   * {@code max} of them: {@code 0001-01-01/9999-12-31} by month would be 119,988 periods.
   *
   * @param kind how to split
   * @param max the most parts to make, at least 1
   * @return the parts, in order
   * @throws ValidationException if the period splits into more than {@code max} parts (found
   *     without making them), naming the limit
   */
  public List<ReportingPeriod> split(PeriodKind kind, int max) {
    long count = count(kind);
    if (count > max) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.named("reporting period", toString()),
          kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " periods",
          "at most " + max + " periods (the limit of periods, which the caller can raise)",
          count + " periods");
    }
    List<ReportingPeriod> parts = new ArrayList<>((int) count);
    LocalDate day = start;
    while (!day.isAfter(end)) {
      ReportingPeriod part = kind.containing(day);
      LocalDate last = part.end().isAfter(end) ? end : part.end();
      parts.add(new ReportingPeriod(day, last));
      day = last.plusDays(1);
    }
    return parts;
  }

  /**
   * Counts the periods of a kind this period overlaps, without making them.
   *
   * @param kind the kind
   * @return the count, such as 12 months of a financial year
   */
  public long count(PeriodKind kind) {
    int perYear = switch (kind) {
      case MONTH -> 12;
      case FINANCIAL_QUARTER, CALENDAR_QUARTER -> 4;
      case FINANCIAL_YEAR, CALENDAR_YEAR -> 1;
    };
    // The index of the kind's period holding a day, counted from year 0: months, quarters or
    // years; financial periods start in April.
    return index(kind, perYear, end) - index(kind, perYear, start) + 1;
  }

  private static long index(PeriodKind kind, int perYear, LocalDate day) {
    boolean financial = kind == PeriodKind.FINANCIAL_QUARTER || kind == PeriodKind.FINANCIAL_YEAR;
    long months = day.getYear() * 12L + day.getMonthValue() - 1 - (financial ? 3 : 0);
    return Math.floorDiv(months, 12L / perYear);
  }

  private static void checkQuarter(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("reporting period"), "quarter", "1 to 4",
          Integer.toString(quarter));
    }
  }

  /** Returns {@code START/END}, such as {@code 2025-04-01/2026-03-31}. */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
