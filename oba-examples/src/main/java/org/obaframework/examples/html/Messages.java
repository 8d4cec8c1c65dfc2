package org.obaframework.examples.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the HTML renderers in one language: a message bundle read from {@code
 * messages_<language>.properties} beside this class (UTF-8), such as {@code messages_cy.properties}
 * for Welsh. Unlike {@link java.util.ResourceBundle}, a key missing in a language does not fall
 * back to English silently: {@link #find(String)} says it is missing, so that the page marks the
 * English it shows instead and lists it. A message's arguments are {@code {0}}, {@code {1}} ...,
 * replaced as they are (apostrophes, frequent in Welsh, need no quoting). Immutable and
 * thread-safe; bundles are read once.
 */
final class Messages {
  /** The language every message is written in first. */
  static final String ENGLISH = "en";

  private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();

  private final String language;
  private final Map<String, String> texts;

  private Messages(String language, Map<String, String> texts) {
    this.language = language;
    this.texts = texts;
  }

  /**
   * Returns the bundle of a language, empty if there is none.
   *
   * @param language a language code, such as {@code cy}
   * @return the bundle
   */
  static Messages of(String language) {
    return LOADED.computeIfAbsent(language, Messages::load);
  }

  private static Messages load(String language) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages_" + language
        + ".properties")) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the messages of language " + language, e);
    }
    Map<String, String> texts = new HashMap<>();
    properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
    return new Messages(language, Collections.unmodifiableMap(texts));
  }

  /**
   * Returns the language of the bundle.
   *
   * @return such as {@code cy}
   */
  String language() {
    return language;
  }

  /**
   * Returns a message's text in this language, if the bundle has it.
   *
   * @param key the key
   * @return the text, with its {@code {n}} placeholders
   */
  Optional<String> find(String key) {
    return Optional.ofNullable(texts.get(key));
  }

  /**
   * Returns the keys of the bundle.
   *
   * @return the keys
   */
  Set<String> keys() {
    return texts.keySet();
  }

  /**
   * Fills a message's placeholders {@code {0}}, {@code {1}} ... with arguments, as they are.
   *
   * @param pattern the message
   * @param arguments the arguments
   * @return the text
   */
  static String fill(String pattern, Object... arguments) {
    if (arguments.length == 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3 && pattern.substring(i + 1, close).chars()
          .allMatch(Character::isDigit)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(index < arguments.length ? String.valueOf(arguments[index])
            : pattern.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
