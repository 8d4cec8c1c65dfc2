package org.obaframework.examples.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.obaframework.core.curve.CurveReport;
import org.obaframework.core.framework.Label;
import org.obaframework.examples.files.AtomicFile;

/**
 * Turn-the-curve charts as one self-contained, accessible HTML5 page: each measure's history,
 * baseline forecast with its prediction band, actual values, target and verdicts, with a
 * description in words and a table of the chart's data, in English, in Welsh, or in both.
 *
 * <pre>{@code
 * String html = HtmlCurvePage.of("Intensive family support", curves)
 *     .withLanguages(List.of(Locale.forLanguageTag("cy"), Locale.UK))   // Welsh first
 *     .render();
 * }</pre>
 *
 * <p>The page makes no external request, has the report card's style and print sheet, and
 * marks and lists any text not yet in the reader's language, as {@link HtmlReportCard} does; in
 * two languages it is bilingual as the card is ({@link HtmlReportCard#withLanguages}), and one
 * of a pair of linked pages links to the other ({@link #withTranslation}). Immutable and
 * thread-safe.
 */
public final class HtmlCurvePage {
  private final Label title;
  private final List<CurveReport.Curve> curves;
  private final List<Locale> languages;
  private final Optional<Translation> translation;

  private HtmlCurvePage(Label title, List<CurveReport.Curve> curves, List<Locale> languages,
      Optional<Translation> translation) {
    this.title = title;
    this.curves = List.copyOf(curves);
    this.languages = List.copyOf(languages);
    this.translation = translation;
  }

  /**
   * Returns the page of some curves, in English.
   *
   * @param title what the curves are of, such as a service's name; not blank
   * @param curves the curves, in order
   * @return the page
   * @throws IllegalArgumentException if the title is blank
   */
  public static HtmlCurvePage of(String title, List<CurveReport.Curve> curves) {
    if (title.isBlank()) {
      throw new IllegalArgumentException("curve page title: expected a text, found a blank");
    }
    return of(Label.of(title), curves);
  }

  /**
   * Returns the page of some curves, in English, its title in each language its label has,
   * such as a framework's name.
   *
   * @param title what the curves are of
   * @param curves the curves, in order
   * @return the page
   */
  public static HtmlCurvePage of(Label title, List<CurveReport.Curve> curves) {
    return new HtmlCurvePage(title, curves, List.of(Locale.UK), Optional.empty());
  }

  /**
   * Returns a copy in a reader's language, such as Welsh ({@code Locale.forLanguageTag("cy")}).
   *
   * @param reader the reader's locale
   * @return the copy
   */
  public HtmlCurvePage withLocale(Locale reader) {
    return withLanguages(List.of(reader));
  }

  /**
   * Returns a copy in one language, or in two: one bilingual page, the first language first,
   * every heading, label, legend and verdict (the words drawn in the charts too) in both, each
   * with its {@code lang}, figures once, as {@link HtmlReportCard#withLanguages} does.
   *
   * @param readers one or two locales of different languages (Welsh, English), in order
   * @return the copy
   * @throws IllegalArgumentException if there are none, more than two, or two of one language
   */
  public HtmlCurvePage withLanguages(List<Locale> readers) {
    Words.of(readers);   // checks them
    return new HtmlCurvePage(title, curves, readers, translation);
  }

  /**
   * Returns a copy that links, at its top, to the same page in another language, a document of
   * its own, in that language's words ("Read this page in English" on the Welsh page), as
   * {@link HtmlReportCard#withTranslation} does.
   *
   * @param language the other page's language
   * @param href the other page's address, relative to this one's, such as {@code curves.en.html}
   * @return the copy
   * @throws IllegalArgumentException if the address is blank, or the language is this page's
   */
  public HtmlCurvePage withTranslation(Locale language, String href) {
    return new HtmlCurvePage(title, curves, languages,
        Optional.of(Translation.of(language, href, languages, "curve page")));
  }

  /**
   * Renders the page.
   *
   * @return the HTML document, beginning with {@code <!DOCTYPE html>} and ending with a newline
   */
  public String render() {
    Words words = Words.of(languages);
    StringBuilder charts = new StringBuilder();
    Set<String> ids = new HashSet<>();
    List<CurveSvg> drawn = new ArrayList<>();
    for (CurveReport.Curve curve : curves) {
      CurveSvg chart = CurveSvg.of(curve).withLocale(words.locale());
      String id = chart.id();
      for (int i = 2; !ids.add(id); i++) {
        id = chart.id() + "-" + i;
      }
      chart = chart.withId(id);
      drawn.add(chart);
      charts.append("<section aria-labelledby=\"").append(id).append("-heading\">\n")
          .append(chart.figure(words, 2).replaceFirst("<h2>", "<h2 id=\"" + id
              + "-heading\">")).append("</section>\n");
    }
    StringBuilder html = new StringBuilder(HtmlReportCard.start(words, words.eachPlain(w ->
        w.plain("curvePage.title", w.plainLabel(title, "title")))));
    translation.ifPresent(t -> html.append(t.link("curvePage.otherLanguage")));
    html.append("<h1>").append(words.each(w -> w.htmlWith("curvePage.title",
            w.label(title, "title")))).append("</h1>\n<p class=\"lead\">")
        .append(words.each(w -> w.htmlWith("curvePage.lead", String.join(", ",
            drawn.stream().map(c -> c.titleHtml(w)).toList()))))
        .append(' ').append(words.html("annex.curvesNote")).append("</p>\n").append(charts);
    if (!words.untranslated().isEmpty()) {
      html.append("<section aria-labelledby=\"untranslated\">\n<h2 id=\"untranslated\">")
          .append(words.html("annex.untranslated")).append("</h2>\n<ul>\n");
      words.untranslated().keySet().forEach(text -> html.append("<li lang=\"en\">")
          .append(Html.escape(text)).append("</li>\n"));
      html.append("</ul>\n</section>\n");
    }
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }
  /**
   * Writes the page to a file, in UTF-8, whole or not at all ({@link AtomicFile}).
   *
   * @param file the file, replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    AtomicFile.write(file, render());
  }

  /** Returns the title and the number of curves. */
  @Override
  public String toString() {
    return "HtmlCurvePage[" + title.text() + ", " + curves.size() + " curves, "
        + String.join("+", languages.stream().map(Locale::toLanguageTag).toList()) + "]";
  }
}
