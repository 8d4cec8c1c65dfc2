package org.obaframework.examples.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;

/** Escaping, numbers and dates in words, shared by the renderers of this package. */
final class Html {
  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_MONTH =
      DateTimeFormatter.ofPattern("MMM", Locale.UK);
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Html() {}

  /**
   * Escapes text for HTML and XML content and attribute values: {@code & < > " '}.
   *
   * @param text any text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns a label's text for a locale, escaped, wrapped in a span with its own {@code lang}
   * when the text is not in the document's language (English).
   */
  static String label(Label label, Locale locale) {
    String text = label.in(locale);
    String language = locale.getLanguage();
    if (!language.isEmpty() && !language.equals(Label.ENGLISH)
        && label.exactly(language).map(text::equals).orElse(false)) {
      return "<span lang=\"" + escape(language) + "\">" + escape(text) + "</span>";
    }
    return escape(text);
  }

  /** A number with at most one decimal, without a trailing {@code .0}; never {@code -0}. */
  static String number(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    text = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    return text.equals("-0") ? "0" : text;
  }

  /** A coordinate of an SVG drawing, to two decimals. */
  static String coordinate(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.equals("-0.00") ? "0.00" : text;
  }

  /** A date in words, such as {@code 14 April 2025}. */
  static String day(LocalDate date) {
    return DAY_MONTH_YEAR.format(date);
  }

  /** A month in words, such as {@code April 2025}. */
  static String month(LocalDate date) {
    return MONTH_YEAR.format(date);
  }

  /**
   * A short name of a period: {@code 2025-26} for a UK financial year, {@code 2025} for a calendar
   * year, {@code Apr-Jun 2025} for a quarter, {@code Apr 2025} for a month, else its dates.
   */
  static String period(ReportingPeriod period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    boolean wholeMonths = start.getDayOfMonth() == 1
        && end.equals(end.with(TemporalAdjusters.lastDayOfMonth()));
    if (wholeMonths) {
      long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
      if (months == 12 && start.getMonthValue() == 4) {
        return start.getYear() + "-" + String.format(Locale.ROOT, "%02d", (start.getYear() + 1)
            % 100);
      }
      if (months == 12 && start.getMonthValue() == 1) {
        return Integer.toString(start.getYear());
      }
      if (months == 1) {
        return SHORT_MONTH.format(start) + " " + start.getYear();
      }
      if (months == 3) {
        return SHORT_MONTH.format(start) + "-" + SHORT_MONTH.format(end) + " " + end.getYear();
      }
    }
    return day(start) + " to " + day(end);
  }
}
