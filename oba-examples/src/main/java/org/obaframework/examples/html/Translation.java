package org.obaframework.examples.html;

import java.util.List;
import java.util.Locale;

/**
 * The same document in another language, a document of its own at an address: one of a pair of
 * linked documents, each complete in its language (a report card, a page of curves).
 *
 * @param language the other document's language
 * @param href the other document's address, relative to this one's
 */
record Translation(Locale language, String href) {
  /**
   * Checks a translation of a document in some languages.
   *
   * @param what what the document is, for the messages, such as {@code report card}
   * @throws IllegalArgumentException if the address is blank, or the language is the page's
   */
  static Translation of(Locale language, String href, List<Locale> page, String what) {
    if (href.isBlank()) {
      throw new IllegalArgumentException(what + " translation: expected the address of "
          + "the other document, found a blank");
    }
    if (Words.of(language).language().equals(Words.of(page).language())) {
      throw new IllegalArgumentException(what + " translation: expected a language other "
          + "than the page's (" + Words.of(page).language() + "), found "
          + language.toLanguageTag());
    }
    return new Translation(language, href);
  }

  /**
   * The link to the other document, at the top of this one, in the other language's words (the
   * message {@code key} of its bundle), with its {@code hreflang} and {@code lang}. The page
   * still fetches nothing: the link is followed only when the reader chooses it.
   */
  String link(String key) {
    Words other = Words.of(language);
    return "<p class=\"other-language\"><a href=\"" + Html.escape(href) + "\" hreflang=\""
        + other.language() + "\" lang=\"" + other.language() + "\">" + other.html(key)
        + "</a></p>\n";
  }
}
