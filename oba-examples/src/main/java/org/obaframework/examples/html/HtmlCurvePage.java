package org.obaframework.examples.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.obaframework.core.curve.CurveReport;
import org.obaframework.examples.files.AtomicFile;

/**
 * Turn-the-curve charts as one self-contained, accessible HTML5 page: each measure's history,
 * baseline forecast with its prediction band, actual values, target and verdicts, with a
 * description in words and a table of the chart's data, in English or Welsh.
 *
 * <pre>{@code
 * String html = HtmlCurvePage.of("Intensive family support", curves)
 *     .withLocale(Locale.forLanguageTag("cy"))
 *     .render();
 * }</pre>
 *
 * <p>The page makes no external request, has the report card's style and print sheet, and
 * marks and lists any text not yet in the reader's language, as {@link HtmlReportCard} does.
 * Immutable and thread-safe.
 */
public final class HtmlCurvePage {
  private final String title;
  private final List<CurveReport.Curve> curves;
  private final Locale locale;

  private HtmlCurvePage(String title, List<CurveReport.Curve> curves, Locale locale) {
    this.title = title;
    this.curves = List.copyOf(curves);
    this.locale = locale;
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
    return new HtmlCurvePage(title, curves, Locale.UK);
  }

  /**
   * Returns a copy in a reader's language, such as Welsh ({@code Locale.forLanguageTag("cy")}).
   *
   * @param reader the reader's locale
   * @return the copy
   */
  public HtmlCurvePage withLocale(Locale reader) {
    return new HtmlCurvePage(title, curves, reader);
  }

  /**
   * Renders the page.
   *
   * @return the HTML document, beginning with {@code <!DOCTYPE html>} and ending with a newline
   */
  public String render() {
    Words words = Words.of(locale);
    StringBuilder charts = new StringBuilder();
    Set<String> ids = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (CurveReport.Curve curve : curves) {
      CurveSvg chart = CurveSvg.of(curve).withLocale(words.locale());
      String id = chart.id();
      for (int i = 2; !ids.add(id); i++) {
        id = chart.id() + "-" + i;
      }
      chart = chart.withId(id);
      names.add(chart.title(words));
      charts.append("<section aria-labelledby=\"").append(id).append("-heading\">\n")
          .append(chart.figure(words, 2).replaceFirst("<h2>", "<h2 id=\"" + id
              + "-heading\">")).append("</section>\n");
    }
    StringBuilder html = new StringBuilder();
    String heading = words.plain("curvePage.title", title);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(words.language())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>").append(Html.escape(heading)).append("</title>\n<style>\n")
        .append(HtmlReportCard.STYLE).append("\n</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(Html.escape(heading)).append("</h1>\n<p class=\"lead\">")
        .append(Html.escape(words.plain("curvePage.lead", String.join(", ", names))))
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
    return "HtmlCurvePage[" + title + ", " + curves.size() + " curves]";
  }
}
