package org.obaframework.examples.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;

/**
 * The words of one rendering in the reader's language, or in two: messages from the bundle,
 * labels from the framework, dates and periods in words. English that has no translation yet is
 * shown marked ({@code lang="en"} and a visible "(en)") and remembered, so that the page can list
 * it: never silently English.
 *
 * <p>Words in two languages (a bilingual document, the first language first, as the Welsh
 * Language Standards expect Welsh) give each text in both: as HTML, {@code <span lang="cy">Welsh
 * </span> / <span lang="en">English</span>}, so that a screen reader switches voice; as plain text
 * (an attribute, a title), "Welsh / English". A text the same in both is given once; a text with
 * no translation is given once, in English, marked. A text made of words of its language (a
 * date, a name within a sentence) is made per language with {@link #each}, and figures within a
 * sentence appear once ({@link #withFigures}). Not thread-safe: one per rendering.
 */
final class Words {
  /** The stand-in of figure {@code i} (0 to 9) in a text given to {@link #withFigures}. */
  private static final char FIGURE = '\uE000';

  private final Locale locale;
  private final Messages messages;
  private final Messages english;
  private final Map<String, String> untranslated = new LinkedHashMap<>();
  private final DateTimeFormatter day;
  private final DateTimeFormatter shortMonth;
  /** The two languages of a bilingual rendering, in order; empty for one language. */
  private final List<Words> halves;

  private Words(Locale locale, Messages messages, List<Words> halves) {
    this.locale = locale;
    this.messages = messages;
    this.english = Messages.of(Messages.ENGLISH);
    this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    this.shortMonth = DateTimeFormatter.ofPattern("MMM", locale);
    this.halves = halves;
  }

  /**
   * Returns the words of a locale: Welsh for {@code cy}, else English.
   *
   * @param reader the reader's locale
   * @return the words
   */
  static Words of(Locale reader) {
    if (reader.getLanguage().equals(Label.WELSH)) {
      return new Words(Locale.forLanguageTag(Label.WELSH), Messages.of(Label.WELSH), List.of());
    }
    return new Words(Locale.UK, Messages.of(Messages.ENGLISH), List.of());
  }

  /**
   * Returns the words of one language, or of two in order (a bilingual document).
   *
   * @param languages one or two locales, of different languages (Welsh or English)
   * @return the words
   * @throws IllegalArgumentException if there are none, more than two, or two of one language
   */
  static Words of(List<Locale> languages) {
    if (languages.isEmpty() || languages.size() > 2) {
      throw new IllegalArgumentException("languages of a page: expected one or two, found "
          + languages.size());
    }
    Words first = of(languages.get(0));
    if (languages.size() == 1) {
      return first;
    }
    Words second = of(languages.get(1));
    if (first.language().equals(second.language())) {
      throw new IllegalArgumentException("languages of a bilingual page: expected two "
          + "different languages (cy, en), found " + languages.get(0).toLanguageTag() + " and "
          + languages.get(1).toLanguageTag() + ", both " + first.language());
    }
    return new Words(first.locale, first.messages, List.of(first, second));
  }

  /** Whether the words are of two languages. */
  boolean isBilingual() {
    return !halves.isEmpty();
  }

  /** The words of each language, in order: this alone for one language. */
  List<Words> languages() {
    return halves.isEmpty() ? List.of(this) : halves;
  }

  /** The document's language, the first of a bilingual one, such as {@code cy}. */
  String language() {
    return messages.language();
  }

  /** Whether the document is in English only. */
  boolean isEnglish() {
    return !isBilingual() && language().equals(Messages.ENGLISH);
  }

  /** The locale of dates and labels: the first language's. */
  Locale locale() {
    return locale;
  }

  /** The English texts shown for want of a translation, each with where it came from. */
  Map<String, String> untranslated() {
    if (!isBilingual()) {
      return Collections.unmodifiableMap(untranslated);
    }
    Map<String, String> all = new LinkedHashMap<>();
    halves.forEach(h -> h.untranslated.forEach(all::putIfAbsent));
    return Collections.unmodifiableMap(all);
  }

  /**
   * Makes a text as HTML in each language, from that language's words: for one language, the
   * text; for two, both in order, each in an element naming its language, or once if the same.
   *
   * @param html makes the HTML of the text from the words of one language
   * @return the HTML
   */
  String each(Function<Words, String> html) {
    if (!isBilingual()) {
      return html.apply(this);
    }
    return pair(html.apply(halves.get(0)), html.apply(halves.get(1)));
  }

  /**
   * Makes a plain text in each language, as {@link #each} makes HTML: "first / second".
   *
   * @param text makes the text from the words of one language
   * @return the text, unescaped
   */
  String eachPlain(Function<Words, String> text) {
    if (!isBilingual()) {
      return text.apply(this);
    }
    String first = text.apply(halves.get(0));
    String second = text.apply(halves.get(1));
    return first.equals(second) || second.isEmpty() ? first
        : first.isEmpty() ? second : first + " / " + second;
  }

  /**
   * Makes a text with figures as HTML in each language, each figure once: the text of each
   * language holds {@link #figure(int)} where figure {@code i} goes, and the words between the
   * figures are paired. If the languages order the figures differently, the first language's
   * text is given alone.
   *
   * @param html makes the HTML of the text from the words of one language, with stand-ins
   * @param figures the HTML of each figure, in the order of their stand-ins' numbers
   * @return the HTML
   */
  String withFigures(Function<Words, String> html, String... figures) {
    if (!isBilingual()) {
      return fillFigures(html.apply(this), figures);
    }
    String first = html.apply(halves.get(0));
    String second = html.apply(halves.get(1));
    List<String> a = splitAtFigures(first);
    List<String> b = splitAtFigures(second);
    if (!figureOrder(first).equals(figureOrder(second))) {
      return halves.get(0).each(w -> fillFigures(first, figures));
    }
    StringBuilder out = new StringBuilder();
    String order = figureOrder(first);
    for (int i = 0; i < a.size(); i++) {
      out.append(pairPhrase(a.get(i), b.get(i)));
      if (i < order.length()) {
        out.append(figures[order.charAt(i) - FIGURE]);
      }
    }
    return out.toString();
  }

  /**
   * A message of one language as HTML whose arguments are HTML already, such as a name marked
   * as untranslated: the message's own words escaped, the arguments as they are.
   *
   * @throws IllegalStateException if the words are of two languages: make it per language, with
   *     {@link #each}
   */
  String htmlWith(String key, String... htmlArguments) {
    if (isBilingual()) {
      throw new IllegalStateException("htmlWith: expected the words of one language");
    }
    Object[] standIns = new Object[htmlArguments.length];
    for (int i = 0; i < standIns.length; i++) {
      standIns[i] = figure(i);
    }
    return fillFigures(html(key, standIns), htmlArguments);
  }

  /** The stand-in of figure {@code i} in a text for {@link #withFigures}. */
  static String figure(int i) {
    if (i < 0 || i > 9) {
      throw new IllegalArgumentException("figure: expected 0 to 9, found " + i);
    }
    return String.valueOf((char) (FIGURE + i));
  }

  private static String fillFigures(String html, String... figures) {
    StringBuilder out = new StringBuilder(html.length() + 64);
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      out.append(c >= FIGURE && c < FIGURE + 10 ? figures[c - FIGURE] : String.valueOf(c));
    }
    return out.toString();
  }

  private static String figureOrder(String html) {
    StringBuilder order = new StringBuilder();
    html.chars().filter(c -> c >= FIGURE && c < FIGURE + 10).forEach(c -> order.append((char) c));
    return order.toString();
  }

  private static List<String> splitAtFigures(String html) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c >= FIGURE && c < FIGURE + 10) {
        parts.add(html.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(html.substring(from));
    return parts;
  }

  /**
   * Pairs the words of two languages between figures: what both begin and end with (spaces,
   * punctuation) once, outside; the words in between paired.
   */
  private String pairPhrase(String first, String second) {
    int start = 0;
    while (start < first.length() && start < second.length()
        && first.charAt(start) == second.charAt(start) && !isWordy(first.charAt(start))) {
      start++;
    }
    int end = 0;
    while (end < first.length() - start && end < second.length() - start
        && first.charAt(first.length() - 1 - end) == second.charAt(second.length() - 1 - end)
        && !isWordy(first.charAt(first.length() - 1 - end))) {
      end++;
    }
    return first.substring(0, start) + pair(first.substring(start, first.length() - end),
        second.substring(start, second.length() - end)) + first.substring(first.length() - end);
  }

  /** Letters, digits and the markup of a tag are words; spaces and punctuation are not. */
  private static boolean isWordy(char c) {
    return Character.isLetterOrDigit(c) || c == '<' || c == '>' || c == '&' || c == ';'
        || c == '"' || c == '=';
  }

  /**
   * Both languages' HTML of a text, in order, each naming its language; once if the same or one
   * is empty; the marked English alone if one language has only that.
   */
  private String pair(String first, String second) {
    return String.join("<span class=\"sep\" aria-hidden=\"true\"> / </span>",
        pieces(first, second));
  }

  /**
   * Makes a text as HTML in each language, as {@link #each} does, but apart: one piece, or two
   * in order, each in an element naming its language; for a drawing that sets the second
   * language on a line of its own.
   *
   * @param html makes the HTML of the text from the words of one language
   * @return one or two pieces of HTML
   */
  List<String> apart(Function<Words, String> html) {
    if (!isBilingual()) {
      return List.of(html.apply(this));
    }
    return pieces(html.apply(halves.get(0)), html.apply(halves.get(1)));
  }

  private List<String> pieces(String first, String second) {
    if (first.equals(second) || second.isEmpty()) {
      return List.of(first);
    }
    if (first.isEmpty()) {
      return List.of(inLanguage(halves.get(1), second, "l2"));
    }
    if (first.equals(markedHtml(second))) {
      return List.of(first);
    }
    if (second.equals(markedHtml(first))) {
      return List.of(second);
    }
    return List.of(inLanguage(halves.get(0), first, "l1"),
        inLanguage(halves.get(1), second, "l2"));
  }

  private static String inLanguage(Words words, String html, String cls) {
    return "<span lang=\"" + words.language() + "\" class=\"" + cls + "\">" + html + "</span>";
  }

  /**
   * A message as plain text, unescaped; English, remembered, if the language lacks it.
   *
   * @throws IllegalArgumentException if not even the English bundle has the key
   */
  String plain(String key, Object... arguments) {
    if (isBilingual()) {
      return eachPlain(w -> w.plain(key, arguments));
    }
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
    if (isBilingual()) {
      return each(w -> w.html(key, arguments));
    }
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
    if (isBilingual()) {
      return each(w -> w.label(label, where));
    }
    var text = label.exactly(language());
    if (text.isPresent()) {
      return Html.escape(text.get());
    }
    untranslated.putIfAbsent(label.text(), where);
    return marked(label.text());
  }

  /** A label as plain text: in the language if it has it, else its English, remembered. */
  String plainLabel(Label label, String where) {
    if (isBilingual()) {
      return eachPlain(w -> w.plainLabel(label, where));
    }
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
    if (isBilingual()) {
      return each(w -> w.english(text, where));
    }
    if (isEnglish() || text.isEmpty()) {
      return Html.escape(text);
    }
    untranslated.putIfAbsent(text, where);
    return marked(text);
  }

  /** A text that exists only in English, as plain text; remembered unless the page is English. */
  String plainEnglish(String text, String where) {
    if (isBilingual()) {
      return eachPlain(w -> w.plainEnglish(text, where));
    }
    if (!isEnglish() && !text.isEmpty()) {
      untranslated.putIfAbsent(text, where);
    }
    return text;
  }

  private static String marked(String englishText) {
    return markedHtml(Html.escape(englishText));
  }

  private static String markedHtml(String englishHtml) {
    return "<span lang=\"en\" class=\"untranslated\">" + englishHtml
        + "</span><span class=\"mark-en\"> (en)</span>";
  }

  /**
   * A date in words, such as {@code 14 April 2025} or {@code 14 Ebrill 2025}; "first / second"
   * in two languages.
   */
  String day(LocalDate date) {
    if (isBilingual()) {
      return eachPlain(w -> w.day(date));
    }
    return day.format(date);
  }

  /**
   * A short name of a period: {@code 2025-26} for a UK financial year, {@code 2025} for a calendar
   * year, {@code Apr-Jun 2025} for a quarter, {@code Apr 2025} for a month, else its dates.
   */
  String period(ReportingPeriod period) {
    if (isBilingual()) {
      return eachPlain(w -> w.period(period));
    }
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
