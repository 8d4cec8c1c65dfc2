package org.obaframework.core.curve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.internal.Checks;

/**
 * A report card over time: for each headline measure or population indicator, its series as a
 * sparkline, its baseline (history plus forecast) and the verdict of each forecast period, as
 * text for JShell.
 *
 * <pre>{@code
 * CurveReport report = CurveReport.of("IFS headline measures",
 *     List.of(new CurveReport.Curve(actuals, baseline)));
 * System.out.println(report.toText());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CurveReport {
  private static final String BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

  private final String title;
  private final List<Curve> curves;

  /**
   * One measure's curve: its actual values and its baseline.
   *
   * @param actuals the actual values, history and after
   * @param baseline the baseline made from the history
   */
  public record Curve(TimeSeries actuals, Baseline baseline) {}

  private CurveReport(String title, List<Curve> curves) {
    this.title = title;
    this.curves = List.copyOf(curves);
  }

  /**
   * Returns a report of curves.
   *
   * @param title the title
   * @param curves the curves, in order
   * @return the report
   * @throws ValidationException if the title is blank
   */
  public static CurveReport of(String title, List<Curve> curves) {
    return new CurveReport(Checks.text(Item.of("curve report"), "title", title), curves);
  }

  /**
   * Returns the report over time of a programme's headline measures: for each headline measure of
   * the programme (in the framework's order) that the report cards carry, its series from the
   * cards, a baseline made from the first {@code historyPeriods} values under a scenario, and the
   * verdicts of the later periods.
   *
   * <pre>{@code
   * CurveReport report = CurveReport.headlines(framework, "IFS", quarterlyCards, 8,
   *     Scenario.linearTrend(), 0.95, LocalDate.of(2026, 4, 30));
   * }</pre>
   *
   * @param framework the framework, whose performance measures give roles and polarity
   * @param programme the programme's code
   * @param cards report cards of successive periods
   * @param historyPeriods how many of the first values make the history
   * @param scenario how to forecast
   * @param confidence the confidence of prediction intervals
   * @param madeOn the date the baselines are made
   * @return the report
   * @throws ValidationException if the programme is unknown, a card lacks a headline measure, or
   *     the periods are out of order
   */
  public static CurveReport headlines(OutcomesFramework framework, String programme,
      List<ReportCard> cards, int historyPeriods, Scenario scenario, double confidence,
      LocalDate madeOn) {
    Programme found = framework.programme(programme).orElseThrow(() -> Checks.fail(
        ProblemType.UNKNOWN_REFERENCE, Item.of("curve report"), "programme",
        "a programme of framework " + Redaction.quote(framework.code()),
        Redaction.code(programme)));
    List<Curve> curves = new ArrayList<>();
    for (PerformanceMeasure measure : framework.measuresOf(found)) {
      if (measure.role() != MeasureRole.HEADLINE) {
        continue;
      }
      TimeSeries actuals = TimeSeries.fromReportCards(measure.code(), polarity(framework,
          measure), cards);
      int split = Math.min(historyPeriods, actuals.points().size());
      TimeSeries history = TimeSeries.builder().from(actuals)
          .points(actuals.points().subList(0, split)).build();
      List<ReportingPeriod> future = new ArrayList<>();
      actuals.points().subList(split, actuals.points().size())
          .forEach(point -> future.add(point.period()));
      curves.add(new Curve(actuals, Baseline.of(history, scenario, future, confidence, madeOn)));
    }
    return of(found.name().text() + ": headline measures over time", curves);
  }

  /**
   * The polarity of a measure: its own when declared, else that of its indicators when they agree
   * (not for better-off measures, whose percent is better higher), else higher is better.
   */
  private static Polarity polarity(OutcomesFramework framework, PerformanceMeasure measure) {
    if (measure.polarity().isPresent()) {
      return measure.polarity().get();
    }
    if (measure.quadrant() != Quadrant.BETTER_OFF_NUMBER
        && measure.quadrant() != Quadrant.BETTER_OFF_PERCENT && !measure.indicators().isEmpty()) {
      List<Polarity> polarities = measure.indicators().stream()
          .flatMap(code -> framework.indicator(code).stream())
          .map(Indicator::polarity).distinct().toList();
      if (polarities.size() == 1) {
        return polarities.get(0);
      }
    }
    return Polarity.HIGHER_IS_BETTER;
  }

  /**
   * Returns the curves.
   *
   * @return the curves
   */
  public List<Curve> curves() {
    return curves;
  }

  /**
   * Returns a sparkline of a series: one bar per value, from its least to its greatest.
   *
   * @param series the series
   * @return the sparkline, empty for an empty series
   */
  public static String sparkline(TimeSeries series) {
    double min = series.points().stream().mapToDouble(SeriesPoint::value).min().orElse(0);
    double max = series.points().stream().mapToDouble(SeriesPoint::value).max().orElse(0);
    StringBuilder line = new StringBuilder();
    for (SeriesPoint point : series.points()) {
      int bar = max == min ? BARS.length() / 2
          : (int) Math.round((point.value() - min) / (max - min) * (BARS.length() - 1));
      line.append(BARS.charAt(bar));
    }
    return line.toString();
  }

  /**
   * Renders the report as text: for each curve its values, the baseline and its model, each
   * forecast with its prediction interval and the verdict of its actual value ({@link
   * Verdict#text()}), the trend, and the variance from target. Differences of percents are in
   * points (percentage points).
   *
   * @return the text
   */
  public String toText() {
    StringBuilder text = new StringBuilder(title).append('\n');
    for (Curve curve : curves) {
      TimeSeries actuals = curve.actuals();
      Baseline baseline = curve.baseline();
      String unit = actuals.unit() == SeriesUnit.PERCENT ? "%" : "";
      text.append('\n').append(actuals.name().text()).append(" (").append(actuals.code())
          .append("), ").append(actuals.polarity().name().toLowerCase(Locale.ROOT)
              .replace('_', ' ')).append('\n');
      if (!actuals.points().isEmpty()) {
        text.append("  ").append(sparkline(actuals)).append("  ")
            .append(actuals.first().orElseThrow().period().start().getYear()).append(" to ")
            .append(actuals.last().orElseThrow().period().end().getYear()).append(": ");
        List<String> values = new ArrayList<>();
        actuals.points().forEach(p -> values.add(format(p.value()) + unit));
        text.append(String.join(", ", values)).append('\n');
      }
      text.append("  Baseline: ").append(baseline.scenario().description());
      baseline.fit().ifPresent(fit -> text.append(", ").append(fit.description()));
      text.append(", made ").append(baseline.madeOn());
      if (baseline.shortfall().isPresent()) {
        text.append("; ").append(baseline.shortfall().get()).append('\n');
        continue;
      }
      text.append('\n');
      baseline.intervalShortfall().ifPresent(why -> text.append("  ")
          .append(Character.toUpperCase(why.charAt(0))).append(why.substring(1)).append('\n'));
      List<Verdict> verdicts = baseline.verdicts(actuals);
      for (ForecastPoint point : baseline.forecast(actuals)) {
        text.append("  ").append(point.period()).append(": forecast ")
            .append(format(point.value())).append(unit);
        if (point.hasInterval()) {
          text.append(" (").append(Math.round(baseline.confidence() * 100)).append("% ")
              .append(format(point.lower().getAsDouble())).append(unit).append(" to ")
              .append(format(point.upper().getAsDouble())).append(unit);
          point.denominator().ifPresent(m -> text.append(", denominator ").append(m));
          text.append(')');
        }
        verdicts.stream().filter(v -> v.period().equals(point.period())).findFirst()
            .ifPresent(v -> text.append("; actual ").append(format(v.actual())).append(unit)
                .append(": ").append(v.text()));
        text.append('\n');
      }
      text.append("  Trend: ").append(Trend.of(actuals));
      OptionalDouble change = actuals.changeSinceFirst();
      if (change.isPresent()) {
        text.append("; change since first: ").append(signed(change.getAsDouble(),
            actuals.unit()));
      }
      actuals.last().ifPresent(last -> {
        OptionalDouble variance = actuals.varianceFromTarget(last.period());
        if (variance.isPresent()) {
          text.append("; target ").append(format(actuals.targets().get(last.period())))
              .append(unit).append(", variance ").append(signed(variance.getAsDouble(),
                  actuals.unit())).append(" (")
              .append(format(actuals.percentOfTarget(last.period()).orElse(0))).append("% of "
                  + "target)");
        }
      });
      text.append('\n');
    }
    return text.toString();
  }

  /** A difference with its sign, in points for percents: {@code +5.3 points}, {@code -2}. */
  static String signed(double difference, SeriesUnit unit) {
    String amount = Verdict.amount(Math.abs(difference), unit);
    return difference > 0 ? "+" + amount : difference < 0 ? "-" + amount : amount;
  }

  private static String format(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    text = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    return text.equals("-0") ? "0" : text;
  }

  @Override
  public String toString() {
    return "CurveReport[" + title + ", " + Checks.count(curves.size(), "curve") + "]";
  }
}
