package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.examples.cli.Oba;
import org.obaframework.examples.ifs.IfsData;
import tools.jackson.databind.JsonNode;

/**
 * The pages in headless Chromium (Debian's {@code chromium}; see {@link Chromium}), one browser
 * shared by every test ({@link Browser}): the IFS report card as a board reads it, made by {@code
 * oba report} in English, in Welsh and in both (Welsh first) with the curves of the headline
 * measures from the example's series files, laid out, printed, screenshotted, checked with
 * axe-core and read back figure by figure; the pair of linked Welsh and English cards; a curve
 * page; the HTML example's card and family feedback.
 *
 * <p>The screenshots go to {@code target/report-card/}; with {@code -Doba.screenshots.update=true}
 * the English and the bilingual ones are also copied to {@code docs/report-card.png} and {@code
 * docs/report-card-cy-en.png}, the README's images.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlInChromiumTest {
  /** The window: a laptop's width, and the height that "2 viewport heights" counts in. */
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 800;
  private static final int PHONE = 390;
  /** A4 less 10 mm margins, in CSS pixels (96 per inch). */
  private static final double A4_WIDTH = 190 / 25.4 * 96;
  private static final double A4_HEIGHT = 277 / 25.4 * 96;
  private static final Path OUT = Path.of("target", "report-card");
  private static final Path HISTORY = Path.of("src", "main", "resources", "org", "obaframework",
      "examples", "ifs", "history");
  private static final List<String> HEADLINES = List.of("IFS-FAMILIES", "IFS-TENANCY-SECURED",
      "IFS-STABLE-HOME", "IFS-ATTENDANCE");

  private Browser browser;
  private ReportCard card;
  private Path english;
  private Path welsh;
  private Path bilingual;
  private List<Path> pair;
  private Path curves;
  private List<Path> example;

  @BeforeAll
  void start() throws Exception {
    Files.createDirectories(OUT);
    card = IfsData.reportCard(ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE)
        .withTitle(IfsData.TITLE), Breakdown.localAuthority(LocalAuthorityRule.EPISODE));
    english = oba("ifs-card-en.html", "report", "--by", "local-authority", "--disclosure",
        "dfe");
    welsh = oba("ifs-card-cy.html", "report", "--by", "local-authority", "--disclosure", "dfe",
        "--lang", "cy");
    bilingual = oba("ifs-card-cy-en.html", "report", "--by", "local-authority", "--disclosure",
        "dfe", "--lang", "cy+en");
    oba("ifs-card.html", "report", "--by", "local-authority", "--disclosure", "dfe", "--lang",
        "cy,en");
    pair = List.of(OUT.resolve("ifs-card.cy.html"), OUT.resolve("ifs-card.en.html"));
    curves = oba("ifs-curves-cy-en.html", "curve", "--every", "quarter", "--history", "3",
        "--forecast", "1", "--format", "html", "--lang", "cy+en");
    example = HtmlReportExample.run(OUT.resolve("example"));
    browser = Browser.start();
  }

  /** Runs {@code oba} on the built-in IFS data, writing a page. */
  private static Path oba(String file, String... args) {
    Path page = OUT.resolve(file);
    List<String> all = new ArrayList<>(List.of(args));
    if (args[0].equals("report")) {
      all.addAll(List.of("--format", "html"));
      for (String code : HEADLINES) {
        all.addAll(List.of("--series", code + "=" + HISTORY.resolve(code + ".csv")));
      }
    }
    all.addAll(List.of("--out", page.toString()));
    int code = Oba.commandLine(Oba::builtIn).execute(all.toArray(String[]::new));
    assertThat(code).as("oba %s", all).isZero();
    return page;
  }

  /** The IFS card in English, in Welsh, and in both. */
  private List<Path> cards() {
    return List.of(english, welsh, bilingual);
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private double number(String script) throws IOException {
    return browser.evaluate(script).asDouble();
  }

  @Test
  void theIfsCardFitsWithinTwoViewportHeightsAt1280() throws IOException {
    for (Path page : cards()) {
      browser.open(page, WIDTH, HEIGHT);
      double bottom = number("document.getElementById('card').getBoundingClientRect().bottom"
          + " + window.scrollY");
      assertThat(bottom).as("bottom of the card of %s", page.getFileName())
          .isLessThanOrEqualTo(2.0 * HEIGHT);
      // The breakdowns follow the card, and one matrix holds every measure by local authority.
      assertThat(number("document.querySelectorAll('table.matrix').length")).isEqualTo(1);
    }
  }

  @Test
  void neverScrollsSidewaysOnALaptopOrAPhone() throws IOException {
    for (Path page : List.of(english, welsh, bilingual, pair.get(0), pair.get(1), curves,
        example.get(0), example.get(1))) {
      for (int width : new int[] {WIDTH, PHONE}) {
        browser.open(page, width, HEIGHT);
        assertThat(number("document.documentElement.scrollWidth"))
            .as("%s at %d px", page.getFileName(), width).isLessThanOrEqualTo(width);
      }
    }
  }

  @Test
  void laysOutTheFourQuadrantsTwoByTwoInEnglishAndWelshAndBoth() throws IOException {
    for (Path page : cards()) {
      String name = page.getFileName().toString().replace(".html", "");
      browser.open(page, WIDTH, HEIGHT);
      JsonNode boxes = browser.evaluate("[...document.querySelectorAll('.quadrant')].map(q =>"
          + " { const r = q.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];"
          + " })");
      assertThat(boxes.size()).isEqualTo(4);
      double[][] q = new double[4][];
      for (int i = 0; i < 4; i++) {
        q[i] = new double[] {boxes.get(i).get(0).asDouble(), boxes.get(i).get(1).asDouble(),
            boxes.get(i).get(2).asDouble(), boxes.get(i).get(3).asDouble()};
      }
      // How much | how well on the first row; # | % better off on the second, aligned.
      assertThat(q[0][1]).as(name).isEqualTo(q[1][1]);
      assertThat(q[2][1]).as(name).isEqualTo(q[3][1]);
      assertThat(q[0][2]).as(name).isLessThan(q[1][0]);
      assertThat(q[2][2]).as(name).isLessThan(q[3][0]);
      assertThat(q[0][0]).as(name).isEqualTo(q[2][0]);
      assertThat(q[2][1]).as(name).isGreaterThanOrEqualTo(Math.max(q[0][3], q[1][3]));
      // Headline tiles lie inside their quadrant; the small curves beside their figures.
      assertThat(number("[...document.querySelectorAll('.quadrant')].every(q => [...q"
          + ".querySelectorAll('.tile')].every(t => { const a = q.getBoundingClientRect(),"
          + " b = t.getBoundingClientRect(); return b.left >= a.left && b.right <= a.right"
          + " && b.top >= a.top && b.bottom <= a.bottom; })) ? 1 : 0")).isEqualTo(1);
      assertThat(number("document.querySelectorAll('#card svg.small-curve').length"))
          .isEqualTo(HEADLINES.size());
      Path png = OUT.resolve(name + ".png");
      browser.size(WIDTH, HEIGHT);
      browser.screenshot(png);
      assertThat(Chromium.pngSize(png)[0]).isEqualTo(WIDTH);
      assertThat(Files.size(png)).isGreaterThan(100_000);
      browser.screenshot(OUT.resolve(name + "-card.png"), "#card");
      // On a phone the quadrants stack, in order.
      browser.open(page, PHONE, HEIGHT);
      JsonNode stacked = browser.evaluate("[...document.querySelectorAll('.quadrant')].map(q =>"
          + " q.getBoundingClientRect().top)");
      for (int i = 1; i < 4; i++) {
        assertThat(stacked.get(i).asDouble()).as("quadrant %d of %s at %s px wide", i, name,
            browser.evaluate("innerWidth + ' ' + matchMedia('(max-width:52rem)').matches"))
            .isGreaterThan(stacked.get(i - 1).asDouble());
      }
      browser.screenshot(OUT.resolve(name + "-phone.png"));
    }
    if (Boolean.getBoolean("oba.screenshots.update")) {
      Path docs = Path.of("..", "docs");
      Files.createDirectories(docs);
      Files.copy(OUT.resolve("ifs-card-en-card.png"), docs.resolve("report-card.png"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.copy(OUT.resolve("ifs-card-cy-en-card.png"), docs.resolve("report-card-cy-en.png"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void printsTheCardOnOneA4Page() throws IOException {
    for (Path page : cards()) {
      browser.open(page, (int) A4_WIDTH, (int) A4_HEIGHT);
      browser.media("print");
      try {
        double height = number("document.getElementById('card').getBoundingClientRect()"
            + ".height");
        assertThat(height).as("printed card of %s", page.getFileName())
            .isLessThanOrEqualTo(A4_HEIGHT);
        assertThat(browser.evaluate("getComputedStyle(document.getElementById('card'))"
            + ".breakAfter").asString()).isEqualTo("page");
      } finally {
        browser.media("");
      }
    }
  }

  @Test
  void hasNoAccessibilityViolations() throws IOException {
    String axe = axeSource();
    for (Path page : List.of(english, welsh, bilingual, pair.get(0), curves, example.get(0),
        example.get(1))) {
      // The cards at both widths; the other pages, laid out as the cards are, at one.
      for (int width : cards().contains(page) ? new int[] {WIDTH, PHONE} : new int[] {WIDTH}) {
        browser.open(page, width, HEIGHT);
        browser.evaluate(axe + ";0");
        JsonNode violations = browser.evaluate("axe.run(document, {runOnly: {type: 'tag',"
            + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',"
            + " 'best-practice']}, rules: {'target-size': {enabled: true}}}).then(r =>"
            + " r.violations.map(v => v.id + ': ' + v.help + ' ' + JSON.stringify(v.nodes"
            + ".slice(0, 3).map(n => n.target))))");
        assertThat(violations.isArray()).isTrue();
        assertThat(number("axe.getRules(['wcag2aa']).length")).isPositive();
        List<String> found = new ArrayList<>();
        violations.forEach(v -> found.add(v.asString()));
        assertThat(found).as("axe-core on %s at %d px", page.getFileName(), width).isEmpty();
      }
    }
    // The check can fail: an image without a text alternative is found.
    browser.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=\"x.png\">')");
    assertThat(browser.evaluate("axe.run(document, {runOnly: {type: 'tag', values:"
        + " ['wcag2a']}}).then(r => r.violations.map(v => v.id))").toString())
        .contains("image-alt");
  }

  @Test
  void saysHowToInstallChromiumWhenItIsMissing() {
    assertThatThrownBy(() -> Chromium.at(OUT.resolve("no-chromium")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no-chromium is missing or not executable")
        .hasMessageContaining("apt-get install -y chromium");
  }

  @Test
  void rendersTheExamplesCardWithItsCurveAndTheFamilyFeedback() throws IOException {
    HtmlReportCardTest.assertNoExternalRequests(Files.readString(example.get(0)));
    browser.open(example.get(0), WIDTH, HEIGHT);
    assertThat(browser.evaluate("document.documentElement.lang").asString()).isEqualTo("en");
    assertThat(browser.evaluate("document.querySelector('h1').textContent").asString())
        .isEqualTo("Intensive family support (synthetic example)");
    assertThat(browser.evaluate("document.querySelector('svg.curve title').textContent")
        .asString()).isEqualTo("Families with a stable tenancy: turn-the-curve chart");
    assertThat(number("document.querySelectorAll('svg.curve polyline.history, svg.curve"
        + " polyline.forecast, svg.curve polygon.band').length")).isEqualTo(3);
    Path png = OUT.resolve("example.png");
    browser.screenshot(png);
    assertThat(Files.size(png)).isGreaterThan(50_000);
    browser.open(example.get(1), 800, 600);
    assertThat(browser.evaluate("document.querySelector('h1').textContent").asString())
        .isEqualTo("How things have changed: family F-2025-04");
    assertThat(browser.evaluate("[...document.querySelectorAll('li')].map(l => l.textContent)"
        + ".some(t => t.startsWith('Risk of losing the tenancy: at the start (June 2025)'))")
        .asBoolean()).isTrue();
  }

  /** axe-core from its webjar, a test dependency whose version the root POM sets. */
  private static String axeSource() throws IOException {
    ClassLoader loader = HtmlInChromiumTest.class.getClassLoader();
    Properties pom = new Properties();
    try (InputStream in = loader.getResourceAsStream(
        "META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      assertThat(in).as("the axe-core webjar on the test class path").isNotNull();
      pom.load(in);
    }
    try (InputStream in = loader.getResourceAsStream("META-INF/resources/webjars/axe-core/"
        + pom.getProperty("version") + "/axe.min.js")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyFigureOnThePageIsThePublishedCardsIncludingTheHiddenMarks() throws IOException {
    List<Integer> counts = new ArrayList<>();
    for (Path page : cards()) {
      browser.open(page, WIDTH, HEIGHT);
      JsonNode figures = browser.evaluate("[...document.querySelectorAll('[data-cell]')].map("
          + "e => [e.dataset.measure, e.dataset.breakdown || '', e.dataset.key,"
          + " e.dataset.cell, e.textContent])");
      Set<String> shown = new HashSet<>();
      int hidden = 0;
      for (JsonNode figure : figures) {
        String measure = figure.get(0).asString();
        String breakdown = figure.get(1).asString();
        String key = figure.get(2).asString();
        String cell = figure.get(3).asString();
        String text = figure.get(4).asString();
        assertThat(text).as("%s %s %s %s on %s", measure, breakdown, key, cell,
            page.getFileName())
            .isEqualTo(CardFigures.published(card, measure, breakdown, key, cell));
        shown.add(String.join("|", measure, breakdown, key, cell));
        hidden += text.equals(card.options().disclosure().symbol()) ? 1 : 0;
      }
      assertThat(hidden).as("hidden marks on %s", page.getFileName()).isPositive();
      counts.add(figures.size());
      Set<String> missing = CardFigures.everyPublishedCell(card);
      missing.removeAll(shown);
      assertThat(missing).as("published cells not on %s", page.getFileName()).isEmpty();
      JsonNode profiles = browser.evaluate("[...document.querySelectorAll('[data-profile]')]"
          + ".map(e => [e.dataset.profile, e.dataset.from, e.dataset.to, e.textContent])");
      assertThat(profiles.size()).isPositive();
      for (JsonNode each : profiles) {
        assertThat(each.get(3).asString()).isEqualTo(CardFigures.profileCell(card,
            each.get(0).asString(),
            each.get(1).asString(), each.get(2).asString()));
      }
    }
    // Figures appear once on the bilingual card: as many as on the card in one language.
    assertThat(counts).containsOnly(counts.get(0));
  }

  @Test
  void theBilingualCardGivesEveryHeadingInWelshThenEnglishEachInItsLanguage()
      throws IOException {
    browser.open(bilingual, WIDTH, HEIGHT);
    assertThat(browser.evaluate("document.documentElement.lang").asString()).isEqualTo("cy");
    // Each quadrant's heading: its Welsh (lang cy) before its English (lang en), the bundles'.
    JsonNode headings = browser.evaluate("[...document.querySelectorAll('.quadrant h2')].map(h"
        + " => [...h.querySelectorAll(':scope > span[lang]')].map(s => [s.lang, s.textContent,"
        + " s.getClientRects()[0].left, s.getClientRects()[0].top]))");
    assertThat(headings.size()).isEqualTo(4);
    String[] quadrants = {"HOW_MUCH", "HOW_WELL", "BETTER_OFF_NUMBER", "BETTER_OFF_PERCENT"};
    for (int i = 0; i < 4; i++) {
      JsonNode spans = headings.get(i);
      assertThat(spans.size()).as("quadrant %d", i).isEqualTo(2);
      assertThat(spans.get(0).get(0).asString()).isEqualTo("cy");
      assertThat(spans.get(0).get(1).asString())
          .isEqualTo(Messages.of("cy").find("quadrant." + quadrants[i]).orElseThrow());
      assertThat(spans.get(1).get(0).asString()).isEqualTo("en");
      assertThat(spans.get(1).get(1).asString())
          .isEqualTo(Messages.of("en").find("quadrant." + quadrants[i]).orElseThrow());
      // The first line box of the Welsh is above that of the English, or on its left.
      boolean welshFirst = spans.get(0).get(3).asDouble() < spans.get(1).get(3).asDouble()
          || spans.get(0).get(3).asDouble() == spans.get(1).get(3).asDouble()
          && spans.get(0).get(2).asDouble() < spans.get(1).get(2).asDouble();
      assertThat(welshFirst).as("Welsh first in quadrant %d", i).isTrue();
    }
    // Every measure name on the card is in both languages, or marked as having no Welsh yet.
    assertThat(number("[...document.querySelectorAll('#card .name')].every(n =>"
        + " n.querySelector('[lang=cy]') && n.querySelector('[lang=en]')"
        + " || n.querySelector('.untranslated')) ? 1 : 0")).isEqualTo(1);
    // English words never stand in the Welsh half: no text of the English bundle's quadrant
    // headings, legends or verdicts inside an element in Welsh.
    assertThat(number("[...document.querySelectorAll('body [lang=cy]')].filter(e =>"
        + " /How much did we do|Is anyone better off|Confidential|than forecast|prediction"
        + " interval/.test(e.textContent)).length")).isZero();
    // ... while the English half has them.
    assertThat(number("[...document.querySelectorAll('body [lang=en]')].filter(e =>"
        + " /How much did we do|Confidential|than forecast/.test(e.textContent)).length"))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void theBilingualCurvePageGivesEveryWordInWelshThenEnglishAndEachFigureOnce()
      throws IOException {
    browser.open(curves, PHONE, HEIGHT);
    assertThat(browser.evaluate("document.documentElement.lang").asString()).isEqualTo("cy");
    // Every heading, caption and column name: Welsh (lang cy) then English (lang en).
    assertThat(browser.evaluate("[...document.querySelectorAll('h1, h2:not(#untranslated),"
        + " caption, figcaption, thead th')].filter(h => !(h.querySelector(':scope > span"
        + "[lang=cy] + span.sep + span[lang=en]') || h.querySelector('.untranslated')))"
        + ".map(h => h.outerHTML)").size()).isZero();
    // The words drawn in each chart too, in tspans, the Welsh line above the English or
    // before it, in the text's own direction (the value axis's title reads upwards); figures
    // (no letter) once.
    JsonNode texts = browser.evaluate("[...document.querySelectorAll('svg.curve text')].map(t"
        + " => { const s = [...t.querySelectorAll('tspan[lang]')].map(x => [x.getAttribute("
        + "'lang'), x.getStartPositionOfChar(0).y, x.getStartPositionOfChar(0).x]); return"
        + " [t.textContent, s, !!t.querySelector('.untranslated')]; })");
    assertThat(texts.size()).isPositive();
    int figures = 0;
    for (JsonNode text : texts) {
      String content = text.get(0).asString();
      if (!content.matches(".*\\p{L}.*")) {
        figures++;
        continue;
      }
      if (text.get(2).asBoolean()) {
        continue;   // English with no Welsh yet: once, marked "(en)"
      }
      JsonNode spans = text.get(1);
      assertThat(spans.size()).as(content).isEqualTo(2);
      assertThat(spans.get(0).get(0).asString() + spans.get(1).get(0).asString())
          .as(content).isEqualTo("cyen");
      boolean welshFirst = spans.get(0).get(1).asDouble() < spans.get(1).get(1).asDouble()
          || spans.get(0).get(2).asDouble() < spans.get(1).get(2).asDouble();
      assertThat(welshFirst).as("Welsh first in %s", content).isTrue();
    }
    assertThat(figures).isPositive();
    // Each figure of a chart's data once: never within either language's words.
    assertThat(number("document.querySelectorAll('table.curve-data td [lang]').length"))
        .isPositive();
    assertThat(browser.evaluate("[...document.querySelectorAll('table.curve-data td [lang]')]"
        + ".filter(s => /\\d/.test(s.textContent)).map(s => s.outerHTML)").size()).isZero();
  }

  @Test
  void theLinkedPagesEachLinkToTheOtherInTheOthersWords() throws IOException {
    for (int i = 0; i < 2; i++) {
      Path page = pair.get(i);
      Path other = pair.get(1 - i);
      browser.open(page, WIDTH, HEIGHT);
      String language = i == 0 ? "cy" : "en";
      String otherLanguage = i == 0 ? "en" : "cy";
      assertThat(browser.evaluate("document.documentElement.lang").asString())
          .isEqualTo(language);
      JsonNode link = browser.evaluate("[...document.querySelectorAll('#card a[hreflang]')].map("
          + "a => [a.getAttribute('href'), a.lang, a.textContent, a.getBoundingClientRect().top"
          + " < document.getElementById('card-title').getBoundingClientRect().bottom])");
      assertThat(link.size()).as("links from %s", page.getFileName()).isEqualTo(1);
      assertThat(link.get(0).get(0).asString()).isEqualTo(other.getFileName().toString());
      assertThat(link.get(0).get(1).asString()).isEqualTo(otherLanguage);
      assertThat(link.get(0).get(2).asString())
          .isEqualTo(Messages.of(otherLanguage).find("page.otherLanguage").orElseThrow());
      assertThat(link.get(0).get(3).asBoolean()).as("the link at the top").isTrue();
      assertThat(page.resolveSibling(link.get(0).get(0).asString())).exists();
    }
  }
}
