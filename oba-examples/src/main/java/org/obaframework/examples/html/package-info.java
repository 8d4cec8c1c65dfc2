/**
 * HTML renderings of oba's results, built only on the exported API of oba-core: a self-contained,
 * accessible report card ({@link org.obaframework.examples.html.HtmlReportCard}), an inline SVG
 * turn-the-curve chart ({@link org.obaframework.examples.html.CurveSvg}) and plain-language
 * feedback for a child or family ({@link org.obaframework.examples.html.FamilyFeedback}).
 *
 * <p>Every rendering is a pure function of its inputs: no clock, no network, no files read; the
 * same inputs give the same bytes. All text from the inputs is HTML-escaped. Documents make no
 * external requests: styles are inline, and there are no scripts, fonts or images to fetch.
 * Renderers are immutable and thread-safe; null is never accepted or returned.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples.html;
