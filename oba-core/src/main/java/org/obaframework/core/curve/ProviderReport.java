package org.obaframework.core.curve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.internal.Checks;

/**
 * A provider's report against a commissioner's specification, for one period: for each measure
 * the contract asks for, the actual value against the target and against the baseline's
 * forecast, with the story behind it (the latest turn-the-curve record).
 *
 * <pre>{@code
 * ProviderReport report = ProviderReport.of(specification, curves, stories,
 *     ReportingPeriod.financialYear(2025));
 * System.out.println(report.toText());
 * }</pre>
 *
 * <p>A measure the contract asks for without data is reported as such, never left out. Build the
 * curves from report cards made with the contract's disclosure preset ({@code
 * TimeSeries.fromReportCards} keeps what the cards hide hidden). The text
 * quotes the story behind each measure: it is written for the commissioner, not for logs; {@code
 * toString} prints only the contract and the period. Immutable and thread-safe.
 */
public final class ProviderReport {
  private final CommissioningSpecification specification;
  private final ReportingPeriod period;
  private final List<Line> lines;

  /**
   * One measure of the report.
   *
   * @param measure the measure's code
   * @param actual the actual value of the period, if there is one
   * @param target the target of the period, if the contract sets one
   * @param forecast the baseline's forecast of the period, if there is one
   * @param verdict the verdict against the forecast, when both exist
   * @param story the turn-the-curve record in force at the period's end, if any
   * @param unit the unit of the measure's series, when there is one
   */
  public record Line(String measure, OptionalDouble actual, OptionalDouble target,
      Optional<ForecastPoint> forecast, Optional<Verdict> verdict,
      Optional<TurnTheCurveRecord> story, Optional<SeriesUnit> unit) {
    /**
     * Returns actual minus target, when both exist.
     *
     * @return the variance
     */
    public OptionalDouble varianceFromTarget() {
      return actual.isPresent() && target.isPresent()
          ? OptionalDouble.of(actual.getAsDouble() - target.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  private ProviderReport(CommissioningSpecification specification, ReportingPeriod period,
      List<Line> lines) {
    this.specification = specification;
    this.period = period;
    this.lines = List.copyOf(lines);
  }

  /**
   * Makes the report of a period.
   *
   * @param specification the commissioner's specification
   * @param curves each measure's actuals and baseline, by the series' code
   * @param stories turn-the-curve records of any subjects and dates
   * @param period the period reported
   * @return the report, one line per measure the contract asks for
   * @throws ValidationException if the period is not of the contract's reporting frequency
   */
  public static ProviderReport of(CommissioningSpecification specification,
      List<CurveReport.Curve> curves, List<TurnTheCurveRecord> stories,
      ReportingPeriod period) {
    ReportingPeriod expected = specification.reportingFrequency().containing(period.start());
    if (!expected.equals(period)) {
      throw Checks.fail(ProblemType.RULE_DOES_NOT_FIT,
          Item.of("commissioning specification", specification.code()), "period",
          "a " + specification.reportingFrequency() + " period, such as " + expected,
          period.toString());
    }
    List<Line> lines = new ArrayList<>();
    for (String measure : specification.measures()) {
      Optional<CurveReport.Curve> curve = curves.stream()
          .filter(c -> c.actuals().code().equals(measure)).findFirst();
      OptionalDouble actual = curve.flatMap(c -> c.actuals().at(period))
          .map(p -> OptionalDouble.of(p.value())).orElse(OptionalDouble.empty());
      Optional<ForecastPoint> forecast = curve.flatMap(c -> c.baseline().forecast(c.actuals())
          .stream().filter(f -> f.period().equals(period)).findFirst());
      Optional<Verdict> verdict = curve.flatMap(c -> c.baseline().verdicts(c.actuals()).stream()
          .filter(v -> v.period().equals(period)).findFirst());
      lines.add(new Line(measure, actual, specification.target(measure, period), forecast,
          verdict, TurnTheCurveRecord.latest(stories, measure,
          CurveSubjectKind.PERFORMANCE_MEASURE, period.end()),
          curve.map(c -> c.actuals().unit())));
    }
    return new ProviderReport(specification, period, lines);
  }

  /**
   * Returns the lines, in the specification's order of measures.
   *
   * @return the lines
   */
  public List<Line> lines() {
    return lines;
  }

  /**
   * Renders the report as text for the commissioner.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder text = new StringBuilder()
        .append(specification.contractName()).append(" (").append(specification.code())
        .append("): report to ").append(specification.commissioner()).append(" for ")
        .append(period).append('\n');
    for (Line line : lines) {
      SeriesUnit unit = line.unit().orElse(SeriesUnit.NUMBER);
      String percent = unit == SeriesUnit.PERCENT ? "%" : "";
      text.append('\n').append(line.measure()).append('\n');
      if (line.actual().isEmpty()) {
        text.append("  No value for the period.\n");
      } else {
        text.append("  Actual ").append(format(line.actual().getAsDouble())).append(percent);
        line.target().ifPresent(t -> text.append("; target ").append(format(t)).append(percent)
            .append(", variance ").append(CurveReport.signed(
                line.varianceFromTarget().getAsDouble(), unit)));
        text.append('\n');
      }
      line.forecast().ifPresent(f -> text.append("  Baseline forecast ")
          .append(format(f.value())).append(percent).append('\n'));
      line.verdict().ifPresent(v -> text.append("  ").append(v.text()).append('\n'));
      if (line.story().isPresent()) {
        TurnTheCurveRecord story = line.story().get();
        text.append("  Story behind the baseline (").append(story.asOf()).append("):\n");
        story.contributingFactors().forEach(f -> text.append("    + ").append(f).append('\n'));
        story.restrictingFactors().forEach(f -> text.append("    - ").append(f).append('\n'));
        LocalDate end = period.end();
        long overdue = story.overdueActions(end).size();
        int actions = story.actions().size();
        text.append("  Action plan: ").append(actions)
            .append(actions == 1 ? " action, " : " actions, ")
            .append(overdue).append(" overdue at ").append(end).append("; ")
            .append(story.noOrLowCostIdeas().size()).append(" no-cost or low-cost ideas\n");
      } else {
        text.append("  No turn-the-curve record yet.\n");
      }
    }
    return text.toString();
  }

  private static String format(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  @Override
  public String toString() {
    return "ProviderReport[" + specification.code() + ", " + period + ", " + lines.size()
        + " measures]";
  }
}
