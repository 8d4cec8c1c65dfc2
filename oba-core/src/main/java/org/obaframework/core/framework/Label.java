package org.obaframework.core.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A text in one or more languages, with a fallback: the names and definitions of a framework.
 *
 * <pre>{@code
 * Label name = Label.of("School attendance").with(Label.WELSH, "Presenoldeb yn yr ysgol");
 * name.in(Locale.forLanguageTag("cy"));   // "Presenoldeb yn yr ysgol"
 * name.in(Locale.FRENCH);                  // "School attendance": the fallback
 * }</pre>
 *
 * <p>The fallback is English when the label has it, otherwise the first language given. Two labels
 * are equal when they have the same texts and the same fallback. Language
 * tags are BCP 47 ({@code en}, {@code cy}, {@code gd}, {@code ga}, {@code en-GB}), kept in their
 * canonical form. Immutable and thread-safe.
 */
public final class Label {
  /** The language tag of English. */
  public static final String ENGLISH = "en";
  /** The language tag of Welsh. */
  public static final String WELSH = "cy";

  private final Map<String, String> texts;

  private Label(Map<String, String> texts) {
    this.texts = Collections.unmodifiableMap(texts);
  }

  /**
   * Returns an English label.
   *
   * @param english the English text, not blank
   * @return the label
   * @throws ValidationException if the text is blank
   */
  public static Label of(String english) {
    return of(ENGLISH, english);
  }

  /**
   * Returns a label in one language.
   *
   * @param languageTag a BCP 47 language tag, such as {@code cy}
   * @param text the text, not blank
   * @return the label
   * @throws ValidationException if the tag is malformed or the text blank
   */
  public static Label of(String languageTag, String text) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(tag(languageTag), Checks.text(Item.of("label"), languageTag, text));
    return new Label(texts);
  }

  /**
   * Returns a label from texts by language tag; the first entry is the fallback unless English is
   * present.
   *
   * @param texts the texts by language tag, at least one
   * @return the label
   * @throws ValidationException if there is no text, a tag is malformed, two tags are the same
   *     language, or a text is blank
   */
  public static Label of(Map<String, String> texts) {
    if (texts.isEmpty()) {
      throw Checks.fail(ProblemType.MISSING_VALUE, Item.of("label"), "texts", "at least one text", "none");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    texts.forEach((language, text) -> {
      String tag = tag(language);
      if (copy.put(tag, Checks.text(Item.of("label"), Redaction.key(tag), text)) != null) {
        throw Checks.fail(ProblemType.DUPLICATE_CODE, Item.of("label"), "texts",
            "one text per language", "two for " + Redaction.name(tag));
      }
    });
    return new Label(copy);
  }

  /**
   * Returns a copy of this label with the text for one language added or replaced.
   *
   * @param languageTag a BCP 47 language tag
   * @param text the text, not blank
   * @return the changed copy
   * @throws ValidationException if the tag is malformed or the text blank
   */
  public Label with(String languageTag, String text) {
    Map<String, String> copy = new LinkedHashMap<>(texts);
    copy.put(tag(languageTag), Checks.text(Item.of("label"), languageTag, text));
    return new Label(copy);
  }

  /**
   * Returns the fallback text: English if present ({@code en}, else the first English variant
   * such as {@code en-GB}), otherwise the first language given.
   *
   * @return the text
   */
  public String text() {
    String english = texts.get(ENGLISH);
    if (english != null) {
      return english;
    }
    for (Map.Entry<String, String> text : texts.entrySet()) {
      if (text.getKey().startsWith(ENGLISH + "-")) {
        return text.getValue();
      }
    }
    return texts.values().iterator().next();
  }

  /**
   * Returns the text for a locale: its exact language tag, else its language alone, else the first
   * variant of its language (a {@code cy} reader gets a {@code cy-GB} text), else the fallback
   * {@link #text()}.
   *
   * @param locale the reader's locale
   * @return the best text for it
   */
  public String in(Locale locale) {
    String exact = texts.get(locale.toLanguageTag());
    if (exact != null) {
      return exact;
    }
    String language = texts.get(locale.getLanguage());
    if (language != null) {
      return language;
    }
    for (Map.Entry<String, String> text : texts.entrySet()) {
      if (text.getKey().startsWith(locale.getLanguage() + "-")) {
        return text.getValue();
      }
    }
    return text();
  }

  /**
   * Returns the text in exactly this language, without fallback.
   *
   * @param languageTag a BCP 47 language tag
   * @return the text, or empty if the label lacks that language
   */
  public Optional<String> exactly(String languageTag) {
    return Optional.ofNullable(texts.get(Locale.forLanguageTag(languageTag).toLanguageTag()));
  }

  /**
   * Returns every text by language tag, in the order given.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> texts() {
    return texts;
  }

  private static String tag(String languageTag) {
    Locale locale = Locale.forLanguageTag(languageTag);
    String canonical = locale.toLanguageTag();
    int length = locale.getLanguage().length();
    // ISO 639 codes only: BCP 47 would also take 5-8 letter subtags such as "english".
    if (length < 2 || length > 3 || !canonical.equalsIgnoreCase(languageTag)) {
      throw Checks.fail(ProblemType.INVALID_TEXT, Item.of("label"), "language",
          "a BCP 47 language tag such as 'en' or 'cy'", Redaction.name(languageTag));
    }
    return canonical;
  }

  @Override
  public boolean equals(Object other) {
    // Equal labels read alike: same texts and the same fallback (which can depend on order).
    return other instanceof Label
        && texts.equals(((Label) other).texts)
        && text().equals(((Label) other).text());
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  /** Returns the fallback text, {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
