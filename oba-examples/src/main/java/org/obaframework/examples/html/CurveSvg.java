package org.obaframework.examples.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.CurveReport;
import org.obaframework.core.curve.CurveStatus;
import org.obaframework.core.curve.ForecastPoint;
import org.obaframework.core.curve.Scenario;
import org.obaframework.core.curve.SeriesPoint;
import org.obaframework.core.curve.SeriesUnit;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.curve.Verdict;
import org.obaframework.core.framework.Polarity;

/**
 * A turn-the-curve chart as inline SVG: the history of a measure, the baseline's forecast with its
 * prediction band, the actual values after the baseline, and the target, if any, by period.
 *
 * <pre>{@code
 * CurveSvg chart = CurveSvg.of(new CurveReport.Curve(actuals, baseline));
 * String svg = chart.render();      // <svg role="img" ...> with <title> and <desc>
 * String table = chart.table();     // the same data as an HTML table
 * }</pre>
 *
 * <p>Periods are equally spaced categories in time order; a percent series is drawn on a 0-100
 * scale. Nothing relies on colour alone: history, forecast, actuals and target differ in line
 * style and marker shape, a legend names them, and each actual value is labelled. A period
 * without a value (a gap: hidden by disclosure control, or no denominator) breaks the line and is
 * marked "no value". A baseline with too short a history has no forecast; the chart says why.
 * The {@code <title>} and {@code <desc>} give a text alternative, and {@link #table()} the full
 * data. Output is deterministic: the same inputs give the same text. Immutable and thread-safe.
 *
 * <p>On a bilingual page every word drawn is in both languages, the first first, each in a
 * {@code <tspan>} with its {@code lang}; English with no translation is drawn once, italic and
 * marked "(en)", as on the rest of the page, never silently in the Welsh half. Long texts (the
 * title, the subtitle, a period's name under its tick, "no value", why there is no forecast)
 * take a line per language, Welsh above English: side by side they would collide with their
 * neighbours or run off a chart that a phone shows at half its size, while two short lines stay
 * as readable as one. The drawing grows by those lines, so the plot keeps its size. Legend
 * entries and the axes' titles are short, and read "Welsh / English" on one line. Figures (the
 * values, the value axis) are drawn once, in neither language.
 */
public final class CurveSvg {
  /** The default width of the drawing, in CSS pixels. */
  public static final int DEFAULT_WIDTH = 720;
  /** The default height of the drawing, in CSS pixels. */
  public static final int DEFAULT_HEIGHT = 380;

  private static final String HISTORY = "#1d4e89";
  private static final String AFTER = "#a8401a";
  private static final String FORECAST = "#4d4d4d";
  private static final String BAND = "#d0d7e1";
  private static final String TARGET = "#2b6a2f";
  private static final String GRID = "#dddddd";
  private static final String INK = "#1a1a1a";

  private static final double LEFT = 64;
  private static final double RIGHT = 24;
  private static final double TOP = 96;
  private static final double BOTTOM = 72;
  /** The height of a second language's line under a period's name. */
  private static final double LINE = 13;
  /** The margins of a small chart on the card: room for the two ends of the value axis. */
  private static final double[] SMALL = {34, 10, 8, 18};

  private final TimeSeries actuals;
  private final Baseline baseline;
  private final Locale locale;
  private final String id;
  private final int width;
  private final int height;

  private CurveSvg(TimeSeries actuals, Baseline baseline, Locale locale, String id, int width,
      int height) {
    this.actuals = actuals;
    this.baseline = baseline;
    this.locale = locale;
    this.id = id;
    this.width = width;
    this.height = height;
  }

  /**
   * Returns the chart of a curve: its actual values (history and after) and its baseline.
   *
   * @param curve the curve
   * @return the chart, in English, {@value #DEFAULT_WIDTH} by {@value #DEFAULT_HEIGHT} pixels
   */
  public static CurveSvg of(CurveReport.Curve curve) {
    return of(curve.actuals(), curve.baseline());
  }

  /**
   * Returns the chart of a series and the baseline made from its history.
   *
   * @param actuals the actual values, history and after; its targets are drawn
   * @param baseline the baseline
   * @return the chart, in English, {@value #DEFAULT_WIDTH} by {@value #DEFAULT_HEIGHT} pixels
   */
  public static CurveSvg of(TimeSeries actuals, Baseline baseline) {
    return new CurveSvg(actuals, baseline, Locale.UK, "curve-" + slug(actuals.code()),
        DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }

  /**
   * Returns a copy in a locale's language, such as Welsh ({@code Locale.forLanguageTag("cy")}):
   * the chart's words from the message bundle, the series' name from its label; English that has
   * no Welsh yet is kept, and listed by the page that shows the chart.
   *
   * @param locale the reader's locale
   * @return the copy
   */
  public CurveSvg withLocale(Locale locale) {
    return new CurveSvg(actuals, baseline, locale, id, width, height);
  }

  /**
   * Returns a copy whose element ids start with another prefix, for several charts of one series
   * in a page.
   *
   * @param prefix letters, digits and hyphens, starting with a letter
   * @return the copy
   * @throws IllegalArgumentException if the prefix is not of that form
   */
  public CurveSvg withId(String prefix) {
    if (!prefix.matches("[A-Za-z][A-Za-z0-9-]*")) {
      throw new IllegalArgumentException("chart id: expected letters, digits and hyphens "
          + "starting with a letter, found '" + prefix + "'");
    }
    return new CurveSvg(actuals, baseline, locale, prefix, width, height);
  }

  /**
   * Returns a copy of another size.
   *
   * @param width the width in CSS pixels, from 320 to 4000
   * @param height the height in CSS pixels, from 240 to 4000
   * @return the copy
   * @throws IllegalArgumentException if a dimension is out of range
   */
  public CurveSvg withSize(int width, int height) {
    if (width < 320 || width > 4000 || height < 240 || height > 4000) {
      throw new IllegalArgumentException("chart size: expected a width from 320 to 4000 and a "
          + "height from 240 to 4000, found " + width + " x " + height);
    }
    return new CurveSvg(actuals, baseline, locale, id, width, height);
  }

  /**
   * Returns the id prefix of the chart's elements; its {@code <title>} has this id plus
   * {@code -title}.
   *
   * @return the prefix
   */
  public String id() {
    return id;
  }

  /**
   * Returns the chart's title: the series' name, such as {@code Families with a stable tenancy}.
   *
   * @return the title, unescaped
   */
  public String title() {
    return title(Words.of(locale));
  }

  String title(Words words) {
    return words.plainLabel(actuals.name(), actuals.code());
  }

  /** The chart's title as HTML in one language: the series' name, marked if untranslated. */
  String titleHtml(Words words) {
    return words.label(actuals.name(), actuals.code());
  }

  /** Every period of the chart, in time order, each once. */
  private List<ReportingPeriod> periods() {
    Map<ReportingPeriod, Boolean> all = new LinkedHashMap<>();
    baseline.history().points().forEach(p -> all.put(p.period(), true));
    baseline.history().gaps().forEach(p -> all.put(p, true));
    actuals.points().forEach(p -> all.put(p.period(), true));
    actuals.gaps().forEach(p -> all.put(p, true));
    baseline.forecast().forEach(p -> all.put(p.period(), true));
    actuals.targets().keySet().forEach(p -> all.put(p, true));
    List<ReportingPeriod> periods = new ArrayList<>(all.keySet());
    periods.sort(Comparator.comparing(ReportingPeriod::start).thenComparing(ReportingPeriod::end));
    return periods;
  }

  /** The actual values after the history: those starting after its last period. */
  private List<SeriesPoint> after() {
    Optional<SeriesPoint> last = baseline.history().last();
    if (last.isEmpty()) {
      return List.of();
    }
    return actuals.points().stream()
        .filter(p -> p.period().start().isAfter(last.get().period().end())).toList();
  }

  private List<ReportingPeriod> gaps() {
    List<ReportingPeriod> gaps = new ArrayList<>(baseline.history().gaps());
    actuals.gaps().stream().filter(g -> !gaps.contains(g)).forEach(gaps::add);
    return gaps;
  }

  private boolean percent() {
    return actuals.unit() == SeriesUnit.PERCENT;
  }

  private String unit() {
    return percent() ? "%" : "";
  }

  private String value(double value) {
    return Html.number(value) + unit();
  }

  /**
   * Renders the chart as an inline {@code <svg>} element with {@code role="img"}, named by its
   * {@code <title>} ({@code aria-labelledby}) and described by its {@code <desc>}, which states
   * every value in words ({@code aria-describedby}).
   *
   * @return the SVG element, ending with a newline
   */
  public String render() {
    return render(Words.of(locale));
  }

  String render(Words all) {
    List<ReportingPeriod> periods = periods();
    double[] range = range();
    double plotWidth = width - LEFT - RIGHT;
    double plotHeight = height - TOP - BOTTOM;
    // A second language takes lines of its own: the drawing grows by them, the plot keeps its
    // size.
    StringBuilder head = new StringBuilder();
    double top = header(head, all);
    boolean twoLinePeriods = periods.stream()
        .anyMatch(p -> all.apart(w -> Html.escape(w.period(p))).size() > 1);
    List<String> noForecast = baseline.isForecast() ? List.of()
        : all.apart(this::noForecastHtml);
    top += 14 * Math.max(0, noForecast.size() - 1);
    int drawn = (int) Math.round(top + plotHeight + BOTTOM + (twoLinePeriods ? LINE : 0));
    Scale scale = new Scale(periods, range[0], range[1], LEFT, top, plotWidth, plotHeight);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"curve\" role=\"img\" width=\"")
        .append(width).append("\" height=\"").append(drawn).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(drawn).append("\" aria-labelledby=\"").append(id)
        .append("-title\" aria-describedby=\"").append(id)
        .append("-desc\" font-family=\"sans-serif\" font-size=\"12\""
            + " fill=\"").append(INK).append("\">\n");
    svg.append("<title id=\"").append(id).append("-title\">")
        .append(Html.escape(name(all))).append("</title>\n");
    svg.append("<desc id=\"").append(id).append("-desc\">")
        .append(Html.escape(all.eachPlain(this::description))).append("</desc>\n");
    svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
        .append(drawn).append("\" fill=\"#ffffff\"/>\n");
    svg.append(head);
    axes(svg, scale, periods, range, all, drawn, twoLinePeriods);
    if (!noForecast.isEmpty()) {
      lines(svg, noForecast, LEFT, top - 10 - 14 * (noForecast.size() - 1),
          " font-style=\"italic\"", 14);
    }
    band(svg, scale);
    forecast(svg, scale);
    targets(svg, scale);
    series(svg, scale, baseline.history().points(), HISTORY, "history", false, true);
    series(svg, scale, after(), AFTER, "after", true, true);
    for (ReportingPeriod gap : gaps()) {
      List<String> noValue = all.apart(w -> w.html("curve.noValue"));
      lines(svg, noValue, scale.x(gap), top + plotHeight - 8 - 13 * (noValue.size() - 1),
          " class=\"gap\" text-anchor=\"middle\" font-size=\"11\" font-style=\"italic\"", 13);
    }
    if (baseline.history().points().isEmpty() && actuals.points().isEmpty()) {
      svg.append("<text x=\"").append(Html.coordinate(LEFT + plotWidth / 2)).append("\" y=\"")
          .append(Html.coordinate(top + plotHeight / 2)).append("\" text-anchor=\"middle\">")
          .append(svgText(all.html("curve.noValues"))).append("</text>\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Why there is no forecast, as HTML in one language; the reason, oba-core's, marked. */
  private String noForecastHtml(Words w) {
    return w.html("curve.noForecast", "") + w.english(baseline.shortfall().orElse(""),
        actuals.code());
  }

  /**
   * The HTML of words (escaped text in {@code <span>}s naming their language or marking
   * English) as the text of an SVG {@code <text>}: each span a {@code <tspan>} with the same
   * {@code lang} and class, since a {@code <span>} would end the drawing in an HTML page.
   */
  static String svgText(String html) {
    return html.replace("<span ", "<tspan ").replace("</span>", "</tspan>");
  }

  /**
   * Draws a text given apart in each language ({@link Words#apart}): the first at (x, y), the
   * second on the line below, each in a {@code <tspan>} with its {@code lang}.
   */
  private static void lines(StringBuilder svg, List<String> pieces, double x, double y,
      String attributes, double lineHeight) {
    svg.append("<text x=\"").append(Html.coordinate(x)).append("\" y=\"")
        .append(Html.coordinate(y)).append('"').append(attributes).append('>');
    for (int i = 0; i < pieces.size(); i++) {
      String piece = svgText(pieces.get(i));
      if (i > 0) {
        piece = piece.replaceFirst("^<tspan ", "<tspan x=\"" + Html.coordinate(x) + "\" dy=\""
            + Html.coordinate(lineHeight) + "\" ");
      }
      svg.append(piece);
    }
    svg.append("</text>\n");
  }

  /**
   * The title, the subtitle and the legend: a sample of each line and marker drawn, with its
   * name. In two languages the title and subtitle take a line each, Welsh (the first) above,
   * and each legend entry reads "first / second". Returns where the plot begins.
   */
  private double header(StringBuilder svg, Words all) {
    List<String> title = all.apart(this::titleHtml);
    lines(svg, title, LEFT, 20, " font-size=\"14\" font-weight=\"bold\"", 18);
    double y = 20 + 18 * title.size();
    List<String> subtitle = all.apart(w -> w.html(actuals.polarity()
        == Polarity.HIGHER_IS_BETTER ? "curve.higher" : "curve.lower")
        + (percent() ? w.html("curve.percentScale") : ""));
    lines(svg, subtitle, LEFT, y, "", 16);
    y += 16 * (subtitle.size() - 1);
    List<String[]> items = new ArrayList<>();
    if (!baseline.history().points().isEmpty()) {
      items.add(new String[] {"history", all.html("curve.history")});
    }
    if (!baseline.forecast().isEmpty()) {
      items.add(new String[] {"forecast", all.each(w -> w.htmlWith("curve.forecast",
          scenarioHtml(w)))});
    }
    if (baseline.forecast().stream().anyMatch(f -> f.lower().isPresent())) {
      items.add(new String[] {"band", all.html("curve.band",
          Math.round(baseline.confidence() * 100))});
    }
    if (!after().isEmpty()) {
      items.add(new String[] {"after", all.html("curve.after")});
    }
    if (!actuals.targets().isEmpty()) {
      items.add(new String[] {"target", all.html("curve.target")});
    }
    svg.append("<g class=\"legend\">\n");
    double x = LEFT;
    y += 20;
    for (String[] item : items) {
      double length = 40 + 6.5 * visibleLength(item[1]);
      if (x + length > width - RIGHT && x > LEFT) {
        x = LEFT;
        y += 16;
      }
      svg.append(sample(item[0], x, y - 4));
      svg.append("<text x=\"").append(Html.coordinate(x + 26)).append("\" y=\"")
          .append(Html.coordinate(y)).append("\">").append(svgText(item[1]))
          .append("</text>\n");
      x += length;
    }
    svg.append("</g>\n");
    return Math.max(TOP, y + 22);
  }

  /** The number of characters a reader sees in some HTML: without its tags and entities. */
  private static int visibleLength(String html) {
    return html.replaceAll("<[^>]*>", "").replaceAll("&[a-z#0-9]+;", "x").length();
  }

  private static String sample(String kind, double x, double y) {
    String line = "<line x1=\"" + Html.coordinate(x) + "\" y1=\"" + Html.coordinate(y)
        + "\" x2=\"" + Html.coordinate(x + 20) + "\" y2=\"" + Html.coordinate(y) + "\" ";
    return switch (kind) {
      case "history" -> line + "stroke=\"" + HISTORY + "\" stroke-width=\"2\"/>"
          + circle(x + 10, y, HISTORY) + "\n";
      case "forecast" -> line + "stroke=\"" + FORECAST
          + "\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n";
      case "band" -> "<rect x=\"" + Html.coordinate(x) + "\" y=\"" + Html.coordinate(y - 5)
          + "\" width=\"20\" height=\"10\" fill=\"" + BAND + "\" stroke=\"" + FORECAST
          + "\" stroke-width=\"0.5\"/>\n";
      case "after" -> line + "stroke=\"" + AFTER + "\" stroke-width=\"2\"/>"
          + square(x + 10, y, AFTER) + "\n";
      default -> line + "stroke=\"" + TARGET
          + "\" stroke-width=\"2.5\" stroke-dasharray=\"2 3\"/>\n";
    };
  }

  private static String circle(double x, double y, String colour) {
    return "<circle cx=\"" + Html.coordinate(x) + "\" cy=\"" + Html.coordinate(y)
        + "\" r=\"4\" fill=\"" + colour + "\"/>";
  }

  private static String square(double x, double y, String colour) {
    return "<rect x=\"" + Html.coordinate(x - 4.5) + "\" y=\"" + Html.coordinate(y - 4.5)
        + "\" width=\"9\" height=\"9\" fill=\"" + colour + "\"/>";
  }

  /** The value axis's lower and upper ends and its tick step. */
  private double[] range() {
    return range(false);
  }

  /**
   * The value axis's ends and tick step: a percent from 0 to 100, unless zoomed (for a small
   * chart, whose axis states its two ends) to the tens around the values.
   */
  private double[] range(boolean zoom) {
    if (percent() && !zoom) {
      return new double[] {0, 100, 20};
    }
    double min = 0;
    double max = 0;
    List<Double> values = new ArrayList<>();
    baseline.history().points().forEach(p -> values.add(p.value()));
    actuals.points().forEach(p -> values.add(p.value()));
    for (ForecastPoint f : baseline.forecast()) {
      values.add(f.value());
      f.lower().ifPresent(values::add);
      f.upper().ifPresent(values::add);
    }
    values.addAll(actuals.targets().values());
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (percent()) {
      double lowest = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double low = Math.max(0, Math.floor(lowest / 10) * 10);
      double high = Math.min(100, Math.max(low + 10, Math.ceil(max / 10) * 10));
      return new double[] {low, high, high - low};
    }
    if (max == min) {
      max = min + 1;
    }
    double step = niceStep((max - min) / 5);
    return new double[] {Math.floor(min / step) * step, Math.ceil(max / step) * step, step};
  }

  private static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / power;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5
        : fraction <= 5 ? 5 : 10;
    return nice * power;
  }

  private void axes(StringBuilder svg, Scale scale, List<ReportingPeriod> periods,
      double[] range, Words all, int drawn, boolean twoLinePeriods) {
    double bottom = scale.top + scale.plotHeight;
    svg.append("<g class=\"axes\">\n");
    int ticks = (int) Math.round((range[1] - range[0]) / range[2]);
    for (int i = 0; i <= ticks; i++) {
      double value = range[0] + i * range[2];
      double y = scale.y(value);
      svg.append("<line x1=\"").append(Html.coordinate(LEFT)).append("\" y1=\"")
          .append(Html.coordinate(y)).append("\" x2=\"")
          .append(Html.coordinate(LEFT + scale.plotWidth)).append("\" y2=\"")
          .append(Html.coordinate(y)).append("\" stroke=\"").append(GRID).append("\"/>\n");
      svg.append("<text x=\"").append(Html.coordinate(LEFT - 8)).append("\" y=\"")
          .append(Html.coordinate(y + 4)).append("\" text-anchor=\"end\">")
          .append(Html.escape(value(value))).append("</text>\n");
    }
    svg.append("<line x1=\"").append(Html.coordinate(LEFT)).append("\" y1=\"")
        .append(Html.coordinate(scale.top)).append("\" x2=\"").append(Html.coordinate(LEFT))
        .append("\" y2=\"").append(Html.coordinate(bottom)).append("\" stroke=\"").append(INK)
        .append("\"/>\n");
    svg.append("<line x1=\"").append(Html.coordinate(LEFT)).append("\" y1=\"")
        .append(Html.coordinate(bottom)).append("\" x2=\"")
        .append(Html.coordinate(LEFT + scale.plotWidth)).append("\" y2=\"")
        .append(Html.coordinate(bottom)).append("\" stroke=\"").append(INK).append("\"/>\n");
    boolean rotate = periods.size() > 6;
    for (ReportingPeriod period : periods) {
      double x = scale.x(period);
      svg.append("<line x1=\"").append(Html.coordinate(x)).append("\" y1=\"")
          .append(Html.coordinate(bottom)).append("\" x2=\"").append(Html.coordinate(x))
          .append("\" y2=\"").append(Html.coordinate(bottom + 5)).append("\" stroke=\"")
          .append(INK).append("\"/>\n");
      String y = Html.coordinate(bottom + 18);
      lines(svg, all.apart(w -> Html.escape(w.period(period))), x, bottom + 18,
          rotate ? " text-anchor=\"end\" transform=\"rotate(-35 " + Html.coordinate(x) + " "
              + y + ")\"" : " text-anchor=\"middle\"", LINE);
    }
    String middle = Html.coordinate(scale.top + scale.plotHeight / 2);
    svg.append("<text x=\"16\" y=\"").append(middle).append("\" text-anchor=\"middle\" "
        + "transform=\"rotate(-90 16 ").append(middle).append(")\">")
        .append(svgText(all.html(percent() ? "curve.axisPercent" : "curve.axisNumber")))
        .append("</text>\n");
    svg.append("<text x=\"").append(Html.coordinate(LEFT + scale.plotWidth / 2))
        .append("\" y=\"").append(Html.coordinate(drawn - 8))
        .append("\" text-anchor=\"middle\">").append(svgText(all.html("curve.axisPeriod")))
        .append("</text>\n");
    svg.append("</g>\n");
  }

  /**
   * The prediction band: from the last historical value, out through each interval (for a
   * percent with counts, the interval for the actual's denominator where there is an actual).
   */
  private void band(StringBuilder svg, Scale scale) {
    List<ForecastPoint> banded = baseline.forecast(actuals).stream()
        .filter(f -> f.lower().isPresent() && f.upper().isPresent()).toList();
    Optional<SeriesPoint> last = baseline.history().last();
    if (banded.isEmpty() || last.isEmpty()) {
      return;
    }
    List<String> upper = new ArrayList<>();
    List<String> lower = new ArrayList<>();
    String start = point(scale.x(last.get().period()), scale.y(last.get().value()));
    upper.add(start);
    for (ForecastPoint f : banded) {
      upper.add(point(scale.x(f.period()), scale.y(f.upper().getAsDouble())));
      lower.add(0, point(scale.x(f.period()), scale.y(f.lower().getAsDouble())));
    }
    upper.addAll(lower);
    svg.append("<polygon class=\"band\" points=\"").append(String.join(" ", upper))
        .append("\" fill=\"").append(BAND).append("\" stroke=\"").append(FORECAST)
        .append("\" stroke-width=\"0.5\"/>\n");
  }

  private void forecast(StringBuilder svg, Scale scale) {
    Optional<SeriesPoint> last = baseline.history().last();
    if (baseline.forecast().isEmpty() || last.isEmpty()) {
      return;
    }
    List<String> points = new ArrayList<>();
    points.add(point(scale.x(last.get().period()), scale.y(last.get().value())));
    baseline.forecast().forEach(f -> points.add(point(scale.x(f.period()), scale.y(f.value()))));
    svg.append("<polyline class=\"forecast\" points=\"").append(String.join(" ", points))
        .append("\" fill=\"none\" stroke=\"").append(FORECAST)
        .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
    for (ForecastPoint f : baseline.forecast()) {
      svg.append("<circle cx=\"").append(Html.coordinate(scale.x(f.period()))).append("\" cy=\"")
          .append(Html.coordinate(scale.y(f.value()))).append("\" r=\"3.5\" fill=\"#ffffff\" "
              + "stroke=\"").append(FORECAST).append("\" stroke-width=\"1.5\"/>\n");
    }
  }

  /** Targets: a dotted bar across each target's period; the legend and table name them. */
  private void targets(StringBuilder svg, Scale scale) {
    for (Map.Entry<ReportingPeriod, Double> target : sortedTargets()) {
      double x = scale.x(target.getKey());
      double y = scale.y(target.getValue());
      double half = scale.step * 0.35;
      svg.append("<line class=\"target\" x1=\"").append(Html.coordinate(x - half))
          .append("\" y1=\"").append(Html.coordinate(y)).append("\" x2=\"")
          .append(Html.coordinate(x + half)).append("\" y2=\"").append(Html.coordinate(y))
          .append("\" stroke=\"").append(TARGET).append("\" stroke-width=\"2.5\" "
              + "stroke-dasharray=\"2 3\"/>\n");
    }
  }

  private List<Map.Entry<ReportingPeriod, Double>> sortedTargets() {
    List<Map.Entry<ReportingPeriod, Double>> targets =
        new ArrayList<>(actuals.targets().entrySet());
    targets.sort(Map.Entry.comparingByKey(Comparator.comparing(ReportingPeriod::start)
        .thenComparing(ReportingPeriod::end)));
    return targets;
  }

  /**
   * Draws a series: lines between values of neighbouring periods (broken where a period in
   * between has no value), a marker and a label for each value.
   */
  private void series(StringBuilder svg, Scale scale, List<SeriesPoint> points, String colour,
      String kind, boolean squares, boolean labels) {
    if (points.isEmpty()) {
      return;
    }
    List<List<SeriesPoint>> runs = new ArrayList<>();
    List<SeriesPoint> run = new ArrayList<>();
    int previous = -2;
    for (SeriesPoint p : points) {
      int index = scale.index(p.period());
      if (index != previous + 1 && !run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(p);
      previous = index;
    }
    runs.add(run);
    Optional<SeriesPoint> last = baseline.history().last();
    if (squares && last.isPresent() && !runs.get(0).isEmpty()
        && scale.index(runs.get(0).get(0).period()) == scale.index(last.get().period()) + 1) {
      // Join the first actual after the baseline to the last historical value.
      runs.get(0).add(0, last.get());
    }
    for (List<SeriesPoint> segment : runs) {
      if (segment.size() < 2) {
        continue;
      }
      List<String> coordinates = new ArrayList<>();
      segment.forEach(p -> coordinates.add(point(scale.x(p.period()), scale.y(p.value()))));
      svg.append("<polyline class=\"").append(kind).append("\" points=\"")
          .append(String.join(" ", coordinates)).append("\" fill=\"none\" stroke=\"")
          .append(colour).append("\" stroke-width=\"").append(labels ? "2.5" : "2")
          .append("\"/>\n");
    }
    for (SeriesPoint p : points) {
      double x = scale.x(p.period());
      double y = scale.y(p.value());
      svg.append(squares ? square(x, y, colour) : circle(x, y, colour)).append('\n');
      if (!labels) {
        continue;
      }
      // Label above the marker, or below it where the forecast line passes above.
      boolean below = baseline.forecast(p.period()).map(f -> f.value() > p.value())
          .orElse(false);
      svg.append("<text x=\"").append(Html.coordinate(x)).append("\" y=\"")
          .append(Html.coordinate(below ? y + 19 : y - 9))
          .append("\" text-anchor=\"middle\" font-size=\"11\">")
          .append(Html.escape(value(p.value()))).append("</text>\n");
    }
  }

  private static String point(double x, double y) {
    return Html.coordinate(x) + "," + Html.coordinate(y);
  }

  /**
   * Describes the chart in words: history, baseline and forecast, verdicts, trend and targets;
   * the text of the SVG's {@code <desc>}.
   *
   * @return the description, unescaped
   */
  public String description() {
    return description(Words.of(locale));
  }

  String description(Words words) {
    List<String> sentences = new ArrayList<>();
    sentences.add(words.plain(actuals.polarity() == Polarity.HIGHER_IS_BETTER ? "desc.higher"
        : "desc.lower", title(words)));
    List<SeriesPoint> history = baseline.history().points();
    if (history.isEmpty()) {
      sentences.add(words.plain("desc.noHistory"));
    } else {
      List<String> values = new ArrayList<>();
      history.forEach(p -> values.add(words.plain("desc.point", words.period(p.period()),
          value(p.value()))));
      sentences.add(words.plain("desc.history", String.join(", ", values)));
    }
    if (!gaps().isEmpty()) {
      List<String> names = new ArrayList<>();
      gaps().forEach(g -> names.add(words.period(g)));
      sentences.add(words.plain("desc.gaps", String.join(", ", names)));
    }
    sentences.add(words.plain("desc.baseline", scenario(words), words.day(baseline.madeOn())));
    if (!baseline.isForecast()) {
      sentences.add(words.plain("desc.noForecast", words.plainEnglish(
          baseline.shortfall().orElse(""), actuals.code())));
    }
    baseline.fit().ifPresent(fit -> sentences.add(words.plain("desc.trend",
        words.plainEnglish(fit.description(), actuals.code()))));
    baseline.intervalShortfall().ifPresent(why -> sentences.add(words.plainEnglish(
        Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".", actuals.code())));
    List<Verdict> verdicts = baseline.verdicts(actuals);
    for (ForecastPoint f : baseline.forecast(actuals)) {
      StringBuilder text = new StringBuilder(words.plain("desc.forecast",
          words.period(f.period()), value(f.value())));
      interval(f, unit(), words).ifPresent(interval -> text.append(words.plain(
          "desc.forecastInterval", Math.round(baseline.confidence() * 100), interval)));
      verdicts.stream().filter(v -> v.period().equals(f.period())).findFirst()
          .ifPresent(v -> text.append(words.plain("desc.actual", verdict(v, words))));
      sentences.add(text + ".");
    }
    for (Map.Entry<ReportingPeriod, Double> target : sortedTargets()) {
      sentences.add(words.plain("desc.target", words.period(target.getKey()),
          value(target.getValue())));
    }
    return String.join(" ", sentences).trim();
  }

  /** The baseline's scenario in words. */
  private String scenario(Words words) {
    if (baseline.scenario() instanceof Scenario.LinearTrend) {
      return words.plain("scenario.linear");
    }
    if (baseline.scenario() instanceof Scenario.CarryForward) {
      return words.plain("scenario.carryForward");
    }
    return words.plainEnglish(baseline.scenario().description(), actuals.code());
  }

  /** The baseline's scenario as HTML in one language: oba-core's description marked. */
  private String scenarioHtml(Words words) {
    if (baseline.scenario() instanceof Scenario.LinearTrend
        || baseline.scenario() instanceof Scenario.CarryForward) {
      return Html.escape(scenario(words));
    }
    return words.english(baseline.scenario().description(), actuals.code());
  }

  /** The actual and the verdict in words, as {@link #verdictText} words the verdict. */
  private String verdict(Verdict v, Words words) {
    return words.plain("verdict.actual", value(v.actual()), verdictText(v, words));
  }

  /**
   * A verdict in words, from its grade, gap and interval: in English exactly {@link
   * Verdict#text()}, as every output of oba prints it; in Welsh from the bundle.
   */
  static String verdictText(Verdict v, Words words) {
    return verdictText(v, words, false);
  }

  /**
   * A verdict as HTML in each language, as {@link #verdictText} words it, its figure once,
   * outside the paired words.
   */
  static String verdictHtml(Verdict v, Words words) {
    return words.withFigures(w -> Html.escape(verdictText(v, w, true)), "",
        Html.escape(number(Math.abs(v.gap()))));
  }

  /** The actual and the verdict as HTML in each language, each figure once. */
  private String actualAndVerdictHtml(Verdict v, Words words) {
    return words.withFigures(w -> Html.escape(w.plain("verdict.actual", Words.figure(0),
        verdictText(v, w, true))), Html.escape(value(v.actual())),
        Html.escape(number(Math.abs(v.gap()))));
  }

  /** A verdict in words; with stand-ins, figure 1 stands for the difference's number. */
  private static String verdictText(Verdict v, Words words, boolean standIns) {
    if (v.status() == CurveStatus.AS_FORECAST) {
      return words.plain("verdict.AS_FORECAST");
    }
    String grade = words.plain(v.status() == CurveStatus.WORSE_THAN_FORECAST
        ? "verdict.WORSE_THAN_FORECAST" : "verdict.BETTER_THAN_FORECAST");
    String text = words.plain("verdict.by", grade, amount(Math.abs(v.gap()), v.unit(), words,
        standIns));
    if (v.outsideInterval().isEmpty()) {
      return v.status().isBetter() ? words.plain("verdict.noInterval", text) : text;
    }
    text = words.plain(v.outsideInterval().get() ? "verdict.outside" : "verdict.within", text);
    if (v.status() == CurveStatus.TURNED) {
      return words.plain("verdict.turned", text);
    }
    if (v.status() == CurveStatus.BETTER_THAN_FORECAST) {
      return words.plain("verdict.notYet", text);
    }
    return text;
  }

  /** A difference in words, as {@link Verdict#amount} words it, in the page's language. */
  private static String amount(double difference, SeriesUnit unit, Words words,
      boolean standIns) {
    String number = number(difference);
    String shown = standIns ? Words.figure(1) : number;
    if (number.equals("0") && difference > 0) {
      shown = words.plain("amount.lessThan");
    }
    if (unit != SeriesUnit.PERCENT) {
      return shown;
    }
    return words.plain(number.equals("1") ? "amount.point" : "amount.points", shown);
  }

  /** A difference to one decimal place, without a trailing ".0". */
  private static String number(double difference) {
    String number = String.format(Locale.ROOT, "%.1f", difference);
    return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
  }

  /**
   * Renders the chart's data as an HTML table: for each period, the actual value (with its counts
   * when known) or "no value", the forecast and its interval, the target and the verdict.
   *
   * @return the {@code <table>} element, ending with a newline
   */
  public String table() {
    return table(Words.of(locale));
  }

  String table(Words words) {
    String unit = unit();
    StringBuilder html = new StringBuilder();
    html.append("<table class=\"data curve-data\" id=\"").append(id).append("-data\">\n");
    html.append("<caption>").append(words.each(w -> w.htmlWith("curve.tableCaption",
        titleHtml(w)))).append("</caption>\n");
    html.append("<thead><tr><th scope=\"col\">").append(words.html("curve.period"))
        .append("</th><th scope=\"col\">").append(words.html("curve.actual"))
        .append("</th><th scope=\"col\">").append(words.html("curve.forecastColumn"))
        .append("</th><th scope=\"col\">").append(words.html("curve.intervalColumn",
            Math.round(baseline.confidence() * 100)))
        .append("</th><th scope=\"col\">").append(words.html("curve.target"))
        .append("</th><th scope=\"col\">").append(words.html("curve.compared"))
        .append("</th></tr></thead>\n<tbody>\n");
    List<Verdict> verdicts = baseline.verdicts(actuals);
    List<ForecastPoint> judged = baseline.forecast(actuals);
    List<ReportingPeriod> gaps = gaps();
    for (ReportingPeriod period : periods()) {
      Optional<SeriesPoint> actual = actuals.at(period).or(() -> baseline.history().at(period));
      String value = actual.map(p -> p.numerator().isPresent()
              ? words.withFigures(w -> w.html("curve.countsText", Words.figure(0),
                  Words.figure(1), Words.figure(2)), Html.escape(value(p.value())),
                  Long.toString(p.numerator().getAsLong()),
                  Long.toString(p.denominator().getAsLong()))
              : Html.escape(value(p.value())))
          .orElse(gaps.contains(period) ? words.html("curve.noValue") : "");
      Optional<ForecastPoint> forecast = judged.stream()
          .filter(f -> f.period().equals(period)).findFirst();
      Double target = actuals.targets().get(period);
      html.append("<tr><th scope=\"row\">").append(words.each(w -> Html.escape(
          w.period(period)))).append("</th><td>").append(value).append("</td><td>")
          .append(Html.escape(forecast.map(f -> value(f.value())).orElse("")))
          .append("</td><td>")
          .append(forecast.filter(f -> f.lower().isPresent() && f.upper().isPresent())
              .map(f -> words.withFigures(w -> w.html("curve.intervalText", Words.figure(0),
                  Words.figure(1)), Html.escape(Html.number(f.lower().getAsDouble()) + unit),
                  Html.escape(Html.number(f.upper().getAsDouble()) + unit))).orElse(""))
          .append("</td><td>")
          .append(Html.escape(target == null ? "" : value(target)))
          .append("</td><td>")
          .append(verdicts.stream().filter(v -> v.period().equals(period))
              .findFirst().map(v -> actualAndVerdictHtml(v, words)).orElse(""))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    if (!baseline.isForecast()) {
      html.append("<p class=\"note\">").append(words.each(w -> w.html("curve.noForecast", "")
          + w.english(baseline.shortfall().orElse(""), actuals.code()))).append(".</p>\n");
    }
    baseline.intervalShortfall().filter(why -> baseline.isForecast())
        .ifPresent(why -> html.append("<p class=\"note\">").append(words.english(
            Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".", actuals.code()))
            .append("</p>\n"));
    return html.toString();
  }

  /**
   * Words a forecast's prediction interval, "lower to upper"; none unless the forecast has both
   * bounds, since a missing bound is not known, least of all to be the forecast itself.
   */
  static Optional<String> interval(ForecastPoint forecast, String unit, Words words) {
    if (forecast.lower().isEmpty() || forecast.upper().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(words.plain("curve.intervalText",
        Html.number(forecast.lower().getAsDouble()) + unit,
        Html.number(forecast.upper().getAsDouble()) + unit));
  }

  /**
   * Renders the chart small, for the report card: history, forecast and band, actuals and target
   * without axes' words or value labels, the two ends of the value axis marked. Named by its
   * {@code <title>} and described by its {@code <desc>} (every value, as {@link
   * #description()}), with the full chart and its table elsewhere on the page.
   */
  String small(Words all, int smallWidth, int givenHeight) {
    List<ReportingPeriod> periods = periods();
    double[] range = range(true);
    double plotWidth = smallWidth - SMALL[0] - SMALL[1];
    double plotHeight = givenHeight - SMALL[2] - SMALL[3];
    // The first and last periods' names: in two languages, the second's under the first's.
    List<List<String>> ends = periods.isEmpty() ? List.of() : List.of(
        all.apart(w -> Html.escape(w.period(periods.get(0)))),
        all.apart(w -> Html.escape(w.period(periods.get(periods.size() - 1)))));
    int smallHeight = givenHeight + (ends.stream().anyMatch(e -> e.size() > 1) ? 11 : 0);
    Scale scale = new Scale(periods, range[0], range[1], SMALL[0], SMALL[2], plotWidth,
        plotHeight);
    String small = id + "-small";
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"small-curve\" role=\"img\""
        + " width=\"").append(smallWidth).append("\" height=\"").append(smallHeight)
        .append("\" viewBox=\"0 0 ").append(smallWidth).append(' ').append(smallHeight)
        .append("\" aria-labelledby=\"").append(small).append("-title\" aria-describedby=\"")
        .append(small).append("-desc\" font-family=\"sans-serif\" font-size=\"10\" fill=\"")
        .append(INK).append("\">\n<title id=\"").append(small).append("-title\">")
        .append(Html.escape(name(all))).append("</title>\n")
        .append("<desc id=\"").append(small).append("-desc\">")
        .append(Html.escape(all.eachPlain(this::description))).append("</desc>\n");
    double bottom = SMALL[2] + plotHeight;
    for (double value : new double[] {range[0], range[1]}) {
      double y = scale.y(value);
      svg.append("<line x1=\"").append(Html.coordinate(SMALL[0])).append("\" y1=\"")
          .append(Html.coordinate(y)).append("\" x2=\"")
          .append(Html.coordinate(SMALL[0] + plotWidth)).append("\" y2=\"")
          .append(Html.coordinate(y)).append("\" stroke=\"").append(GRID).append("\"/>\n")
          .append("<text x=\"").append(Html.coordinate(SMALL[0] - 4)).append("\" y=\"")
          .append(Html.coordinate(y + 3)).append("\" text-anchor=\"end\">")
          .append(Html.escape(value(value))).append("</text>\n");
    }
    if (!periods.isEmpty()) {
      lines(svg, ends.get(0), scale.x(periods.get(0)), bottom + 13, "", 11);
      lines(svg, ends.get(1), scale.x(periods.get(periods.size() - 1)), bottom + 13,
          " text-anchor=\"end\"", 11);
    }
    band(svg, scale);
    forecast(svg, scale);
    targets(svg, scale);
    series(svg, scale, baseline.history().points(), HISTORY, "history", false, false);
    series(svg, scale, after(), AFTER, "after", true, false);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /**
   * The chart in full as a figure under a heading of a level, with its caption, then its data
   * table in a region that scrolls sideways on a narrow screen.
   */
  String figure(Words words, int level) {
    return "<h" + level + ">" + words.each(this::titleHtml) + "</h" + level
        + ">\n<figure class=\"chart\">\n" + render(words) + "<figcaption>"
        + words.each(w -> w.htmlWith("annex.curveCaption", titleHtml(w)))
        + "</figcaption>\n</figure>\n<div class=\"scroll\" role=\"region\" tabindex=\"0\" "
        + "aria-labelledby=\"" + id + "-caption\">\n" + table(words).replaceFirst("<caption>",
            "<caption id=\"" + id + "-caption\">") + "</div>\n";
  }

  /** The chart's accessible name, in each language. */
  private String name(Words words) {
    return words.eachPlain(w -> w.plain("curve.chart", title(w)));
  }

  /** Why the baseline has no forecast, or empty. */
  String baselineShortfall() {
    return baseline.shortfall().orElse("");
  }

  /** The verdict of the last period judged, if any: the one the card's period gets. */
  Optional<Verdict> lastVerdict() {
    List<Verdict> verdicts = baseline.verdicts(actuals);
    return verdicts.isEmpty() ? Optional.empty() : Optional.of(verdicts.get(verdicts.size() - 1));
  }

  private static String slug(String code) {
    return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** Maps periods and values to the drawing's coordinates. */
  private static final class Scale {
    final List<ReportingPeriod> periods;
    final double min;
    final double max;
    final double left;
    final double top;
    final double plotWidth;
    final double plotHeight;
    final double step;

    Scale(List<ReportingPeriod> periods, double min, double max, double left, double top,
        double plotWidth, double plotHeight) {
      this.periods = periods;
      this.min = min;
      this.max = max;
      this.left = left;
      this.top = top;
      this.plotWidth = plotWidth;
      this.plotHeight = plotHeight;
      this.step = plotWidth / Math.max(1, periods.size());
    }

    int index(ReportingPeriod period) {
      return periods.indexOf(period);
    }

    double x(ReportingPeriod period) {
      return left + step * (index(period) + 0.5);
    }

    double y(double value) {
      double clamped = Math.max(min, Math.min(max, value));
      return top + plotHeight * (1 - (clamped - min) / (max - min));
    }
  }

  /** Returns the series' code and the number of periods. */
  @Override
  public String toString() {
    return "CurveSvg[" + actuals.code() + ", " + periods().size() + " periods]";
  }
}
