/**
 * HTML renderings of oba's results, built only on the exported API of oba-core: a self-contained,
 * accessible report card for a board ({@link org.obaframework.examples.html.HtmlReportCard}, named
 * from the framework by {@link org.obaframework.examples.html.CardLabels}), a page of curves
 * ({@link org.obaframework.examples.html.HtmlCurvePage}), an inline SVG turn-the-curve chart
 * ({@link org.obaframework.examples.html.CurveSvg}) and plain-language feedback for a child or
 * family ({@link org.obaframework.examples.html.FamilyFeedback}). The card and the curves are in
 * English or Welsh, their words from the message bundles {@code messages_en.properties} and
 * {@code messages_cy.properties} beside these classes; text without Welsh is marked and listed.
 * The package needs oba-core only: neither picocli nor a logging backend.
 *
 * <p>Every rendering is a pure function of its inputs: no clock, no network, no files read but
 * the message bundles; the same inputs give the same bytes. All text from the inputs is HTML-escaped. Documents make no
 * external requests: styles are inline, and there are no scripts, fonts or images to fetch.
 * Renderers are immutable and thread-safe; null is never accepted or returned.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples.html;
