package org.obaframework.examples.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;

/**
 * The words of one rendering in the reader's language: messages from the bundle, labels from the
 * framework, dates and periods in words. English that has no translation yet is shown marked
 * ({@code lang="en"} and a visible "(en)") and remembered, so that the page can list it: never
 * silently English. Not thread-safe: one per rendering.
 */
final class Words {
  private final Locale locale;
  private final Messages messages;
  private final Messages english;
  private final Map<String, String> untranslated = new LinkedHashMap<>();
  private final DateTimeFormatter day;
  private final DateTimeFormatter shortMonth;

  private Words(Locale locale, Messages messages) {
    this.locale = locale;
    this.messages = messages;
    this.english = Messages.of(Messages.ENGLISH);
    this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    this.shortMonth = DateTimeFormatter.ofPattern("MMM", locale);
  }

  /**
   * Returns the words of a locale: Welsh for {@code cy}, else English.
   *
   * @param reader the reader's locale
   * @return the words
   */
  static Words of(Locale reader) {
    if (reader.getLanguage().equals(Label.WELSH)) {
      return new Words(Locale.forLanguageTag(Label.WELSH), Messages.of(Label.WELSH));
    }
    return new Words(Locale.UK, Messages.of(Messages.ENGLISH));
  }

  /** The document's language, such as {@code cy}. */
  String language() {
    return messages.language();
  }

  /** Whether the document is in English. */
  boolean isEnglish() {
    return language().equals(Messages.ENGLISH);
  }

  /** The locale of dates and labels. */
  Locale locale() {
    return locale;
  }

  /** The English texts shown for want of a translation, each with where it came from. */
  Map<String, String> untranslated() {
    return Collections.unmodifiableMap(untranslated);
  }

  /**
   * A message as plain text, unescaped; English, remembered, if the language lacks it.
   *
   * @throws IllegalArgumentException if not even the English bundle has the key
   */
  String plain(String key, Object... arguments) {
    var text = messages.find(key);
    if (text.isPresent()) {
      return Messages.fill(text.get(), arguments);
    }
    String fallback = Messages.fill(englishPattern(key), arguments);
    untranslated.putIfAbsent(fallback, key);
    return fallback;
  }

  /** A message as HTML: escaped, the English marked if the language lacks it. */
  String html(String key, Object... arguments) {
    var text = messages.find(key);
    if (text.isPresent()) {
      return Html.escape(Messages.fill(text.get(), arguments));
    }
    String fallback = Messages.fill(englishPattern(key), arguments);
    untranslated.putIfAbsent(fallback, key);
    return marked(fallback);
  }

  private String englishPattern(String key) {
    return english.find(key).orElseThrow(() -> new IllegalArgumentException(
        "no message " + key + " in the English bundle"));
  }

  /** A label of the framework as HTML, in the language if it has it, else its English marked. */
  String label(Label label, String where) {
    var text = label.exactly(language());
    if (text.isPresent()) {
      return Html.escape(text.get());
    }
    untranslated.putIfAbsent(label.text(), where);
    return marked(label.text());
  }

  /** A label as plain text: in the language if it has it, else its English, remembered. */
  String plainLabel(Label label, String where) {
    var text = label.exactly(language());
    if (text.isPresent()) {
      return text.get();
    }
    untranslated.putIfAbsent(label.text(), where);
    return label.text();
  }

  /**
   * A text that exists only in English, such as a description oba-core writes: as it is in an
   * English document, else marked and remembered.
   */
  String english(String text, String where) {
    if (isEnglish() || text.isEmpty()) {
      return Html.escape(text);
    }
    untranslated.putIfAbsent(text, where);
    return marked(text);
  }

  /** A text that exists only in English, as plain text; remembered unless the page is English. */
  String plainEnglish(String text, String where) {
    if (!isEnglish() && !text.isEmpty()) {
      untranslated.putIfAbsent(text, where);
    }
    return text;
  }

  private String marked(String englishText) {
    return "<span lang=\"en\" class=\"untranslated\">" + Html.escape(englishText)
        + "</span><span class=\"mark-en\"> (en)</span>";
  }

  /** A date in words, such as {@code 14 April 2025} or {@code 14 Ebrill 2025}. */
  String day(LocalDate date) {
    return day.format(date);
  }

  /**
   * A short name of a period: {@code 2025-26} for a UK financial year, {@code 2025} for a calendar
   * year, {@code Apr-Jun 2025} for a quarter, {@code Apr 2025} for a month, else its dates.
   */
  String period(ReportingPeriod period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    boolean wholeMonths = start.getDayOfMonth() == 1
        && end.equals(end.with(TemporalAdjusters.lastDayOfMonth()));
    if (wholeMonths) {
      long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
      if (months == 12 && start.getMonthValue() == 4) {
        return start.getYear() + "-" + String.format(Locale.ROOT, "%02d",
            (start.getYear() + 1) % 100);
      }
      if (months == 12 && start.getMonthValue() == 1) {
        return Integer.toString(start.getYear());
      }
      if (months == 1) {
        return month(start) + " " + start.getYear();
      }
      if (months == 3) {
        return month(start) + "-" + month(end) + " " + end.getYear();
      }
    }
    return plain("period.dates", day(start), day(end));
  }

  private String month(LocalDate date) {
    String text = shortMonth.format(date);
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
