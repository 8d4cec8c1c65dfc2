package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the example's pages in headless Chromium (Debian's {@code chromium}; see {@link
 * Chromium}): a screenshot, and the DOM after rendering. Fails, with how to install it, when
 * Chromium is missing.
 */
class HtmlInChromiumTest {
  @Test
  void rendersTheReportCard(@TempDir Path directory) throws Exception {
    Chromium chromium = Chromium.find();
    List<Path> files = HtmlReportExample.run(directory);
    Path page = files.get(0);
    HtmlReportCardTest.assertNoExternalRequests(Files.readString(page));

    Path png = directory.resolve("report-card.png");
    chromium.screenshot(page, png, 1280, 2000);
    assertThat(Chromium.pngSize(png)).containsExactly(1280, 2000);
    // A blank 1280 x 2000 page compresses to a few kilobytes; text, tables and a chart do not.
    assertThat(Files.size(png)).isGreaterThan(50_000);

    Document dom = Jsoup.parse(chromium.dumpDom(page));
    assertThat(dom.select("html").attr("lang")).isEqualTo("en");
    assertThat(dom.select("h1").text())
        .isEqualTo("Intensive family support (synthetic example)");
    assertThat(dom.select("h2").eachText()).contains(
        "Quantity of effort How much did we do?", "Quality of effort How well did we do it?",
        "Quantity of effect Is anyone better off? (#)",
        "Quality of effect Is anyone better off? (%)", "Annex");
    assertThat(dom.select("h3").eachText()).contains("Turning the curve");
    Element table = dom.select("table:has(> caption)").first();
    assertThat(table).isNotNull();
    assertThat(table.select("caption").text()).isNotBlank();
    Element svg = dom.select("svg.curve[role=img]").first();
    assertThat(svg).isNotNull();
    assertThat(svg.select("title").text())
        .isEqualTo("Families with a stable tenancy: turn-the-curve chart");
    assertThat(svg.select("polyline.history, polyline.forecast, polygon.band")).hasSize(3);
    assertThat(dom.select("abbr.mark").eachText()).contains("[c]");
  }

  @Test
  void saysHowToInstallChromiumWhenItIsMissing(@TempDir Path directory) {
    assertThatThrownBy(() -> Chromium.at(directory.resolve("no-chromium")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no-chromium is missing or not executable")
        .hasMessageContaining("apt-get install -y chromium");
  }

  @Test
  void rendersTheFamilyFeedback(@TempDir Path directory) throws Exception {
    Chromium chromium = Chromium.find();
    Path page = HtmlReportExample.run(directory).get(1);
    Document dom = Jsoup.parse(chromium.dumpDom(page));
    assertThat(dom.select("h1").text()).isEqualTo("How things have changed: family F-2025-04");
    assertThat(dom.select("li").eachText()).anySatisfy(li ->
        assertThat(li).startsWith("Risk of losing the tenancy: at the start (June 2025)"));
    Path png = directory.resolve("feedback.png");
    chromium.screenshot(page, png, 800, 600);
    assertThat(Chromium.pngSize(png)).containsExactly(800, 600);
    assertThat(Files.size(png)).isGreaterThan(5_000);
  }
}
