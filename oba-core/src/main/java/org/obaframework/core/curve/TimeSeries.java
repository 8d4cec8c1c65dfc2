package org.obaframework.core.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.ChangeProfile;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;

/**
 * A time series of a performance measure or population indicator: its values by reporting
 * period, in order, with optional targets.
 *
 * <pre>{@code
 * TimeSeries poverty = TimeSeries.builder()
 *     .code("CHILD-POVERTY").name(Label.of("Children in relative income poverty"))
 *     .unit(SeriesUnit.PERCENT).polarity(Polarity.LOWER_IS_BETTER)
 *     .addPoints(SeriesPoint.of(ReportingPeriod.financialYear(2019), 31),
 *         SeriesPoint.of(ReportingPeriod.financialYear(2020), 32))
 *     .putTargets(ReportingPeriod.financialYear(2025), 27.0)
 *     .build();
 * TimeSeries tenancy = TimeSeries.fromReportCards("IFS-STABLE", Polarity.HIGHER_IS_BETTER, cards);
 * }</pre>
 *
 * <p>Points are in order of their periods, which do not overlap; a percent lies from 0 to 100,
 * a count is 0 or more, and only a percent has counts. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimeSeries {
  TimeSeries() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the code of the measure or indicator.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the name.
   *
   * @return the name
   */
  public abstract Label name();

  /**
   * Returns whether the values are percents or numbers.
   *
   * @return the unit
   */
  public abstract SeriesUnit unit();

  /**
   * Returns which direction is better.
   *
   * @return the polarity
   */
  public abstract Polarity polarity();

  /**
   * Returns the values, in order of their periods.
   *
   * @return the points
   */
  public abstract List<SeriesPoint> points();

  /**
   * Returns the targets by period, if any.
   *
   * @return the targets
   */
  public abstract Map<ReportingPeriod, Double> targets();

  /**
   * Returns periods in the series that have no value, such as a percent with no denominator:
   * listed, never dropped silently.
   *
   * @return the periods without a value
   */
  public abstract List<ReportingPeriod> gaps();

  /**
   * Builds the series of one measure from report cards of successive periods, as the cards show
   * it: a percent from a proportion (with its counts, unless the cards round them), a {@link
   * SeriesUnit#COUNT} from a count. A period whose value has no denominator or is hidden by disclosure control becomes a
   * gap, so that a series never reveals what its card hides.
   *
   * @param measure the measure's code
   * @param polarity which direction is better
   * @param cards report cards of periods in order, each with the measure
   * @return the series
   * @throws ValidationException if a card lacks the measure, the measure is neither a count nor a
   *     proportion, or the periods overlap or are out of order
   */
  public static TimeSeries fromReportCards(String measure, Polarity polarity,
      List<ReportCard> cards) {
    Builder builder = builder().code(measure).polarity(polarity);
    Optional<SeriesUnit> unit = Optional.empty();
    List<Problem> problems = new ArrayList<>();
    for (ReportCard card : cards) {
      Optional<ReportLine> line = card.line(measure);
      if (line.isEmpty()) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
            Item.of("report card " + card.period()), "lines",
            "a line of measure " + Redaction.code(measure), "none"));
        continue;
      }
      builder.name(Label.of(line.get().name()));
      boolean rounds = card.options().disclosure().rounds();
      Optional<ChangeProfile> profile = card.changeProfile(measure);
      if (line.get().isProportion()) {
        unit = Optional.of(SeriesUnit.PERCENT);
        PercentCell percent = line.get().percent().orElseThrow();
        if (percent.isHidden()) {
          builder.addGaps(card.period());   // no denominator, or hidden by disclosure control
        } else if (rounds) {
          // Counts are published rounded: keep the whole percent the card shows, not the counts.
          builder.addPoints(SeriesPoint.of(card.period(),
              Math.round(percent.value().getAsDouble())));
        } else {
          builder.addPoints(SeriesPoint.proportion(card.period(),
              line.get().number().shown().getAsLong(),
              line.get().denominator().orElseThrow().shown().getAsLong()));
        }
      } else if (profile.isEmpty()) {
        unit = Optional.of(SeriesUnit.COUNT);
        Cell number = line.get().number();
        if (number.isHidden()) {
          builder.addGaps(card.period());
        } else {
          builder.addPoints(SeriesPoint.of(card.period(), number.shown().getAsLong()));
        }
      } else {
        problems.add(Problem.of(ProblemType.RULE_DOES_NOT_FIT,
            Item.of("report card " + card.period()), "line " + measure, "a count or a proportion",
            profile.get().isTransitions() ? "Transitions" : "Summary"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return builder.unit(unit.orElse(SeriesUnit.NUMBER)).build();
  }

  /**
   * Returns the series of a population indicator, from official statistics: its code, name and
   * polarity come from the indicator.
   *
   * <pre>{@code
   * TimeSeries poverty = TimeSeries.of(relativePoverty, SeriesUnit.PERCENT, List.of(
   *     SeriesPoint.of(ReportingPeriod.financialYear(2019), 31),
   *     SeriesPoint.of(ReportingPeriod.financialYear(2020), 32)));
   * }</pre>
   *
   * @param indicator the population indicator
   * @param unit whether the values are percents or numbers
   * @param points the values, in order
   * @return the series
   * @throws ValidationException if the points are out of order or a percent is out of range
   */
  public static TimeSeries of(PopulationIndicator indicator, SeriesUnit unit,
      List<SeriesPoint> points) {
    return builder().code(indicator.code()).name(indicator.name()).unit(unit)
        .polarity(indicator.polarity()).points(points).build();
  }

  /**
   * Returns the first value, if any.
   *
   * @return the first point
   */
  public Optional<SeriesPoint> first() {
    return points().isEmpty() ? Optional.empty() : Optional.of(points().get(0));
  }

  /**
   * Returns the last value, if any.
   *
   * @return the last point
   */
  public Optional<SeriesPoint> last() {
    return points().isEmpty() ? Optional.empty()
        : Optional.of(points().get(points().size() - 1));
  }

  /**
   * Returns the value of a period.
   *
   * @param period the period
   * @return the point, or empty if the series has no value for it
   */
  public Optional<SeriesPoint> at(ReportingPeriod period) {
    return points().stream().filter(p -> p.period().equals(period)).findFirst();
  }

  /**
   * Returns the change from the first value to the last, in the measure's units (positive is a
   * rise, whatever the polarity): absent with fewer than two values.
   *
   * @return the change
   */
  public OptionalDouble changeSinceFirst() {
    return points().size() < 2 ? OptionalDouble.empty()
        : OptionalDouble.of(last().orElseThrow().value() - first().orElseThrow().value());
  }

  /**
   * Returns the variance from target of a period: actual minus target, in the measure's units.
   *
   * @param period the period
   * @return the variance, or empty without both an actual and a target
   */
  public OptionalDouble varianceFromTarget(ReportingPeriod period) {
    Double target = targets().get(period);
    Optional<SeriesPoint> actual = at(period);
    return target == null || actual.isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(actual.get().value() - target);
  }

  /**
   * Returns the actual as a percent of the target of a period.
   *
   * @param period the period
   * @return the percent, or empty without both an actual and a non-zero target
   */
  public OptionalDouble percentOfTarget(ReportingPeriod period) {
    Double target = targets().get(period);
    Optional<SeriesPoint> actual = at(period);
    return target == null || target == 0 || actual.isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(100 * actual.get().value() / target);
  }

  @Value.Check
  void check() {
    Checks.code(Item.of("time series"), "code", code());
    Item location = Item.of("time series", code());
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < points().size(); i++) {
      SeriesPoint point = points().get(i);
      if (unit() == SeriesUnit.PERCENT && (point.value() < 0 || point.value() > 100)) {
        problems.add(Problem.of(ProblemType.OUT_OF_RANGE, location, "points[" + i + "].value",
            "a percent from 0 to 100", Double.toString(point.value())));
      }
      if (unit() == SeriesUnit.COUNT && point.value() < 0) {
        problems.add(Problem.of(ProblemType.OUT_OF_RANGE, location, "points[" + i + "].value",
            "a count, 0 or more", Double.toString(point.value())));
      }
      if (unit() != SeriesUnit.PERCENT && point.numerator().isPresent()) {
        problems.add(Problem.of(ProblemType.RULE_DOES_NOT_FIT, location,
            "points[" + i + "].numerator, denominator",
            "counts only in a series of unit PERCENT (the value is their percent)",
            "counts in a series of unit " + unit()));
      }
      if (i > 0 && !point.period().start().isAfter(points().get(i - 1).period().end())) {
        problems.add(Problem.of(ProblemType.DATES_OUT_OF_ORDER, location,
            "points[" + i + "].period",
            "a period after " + points().get(i - 1).period() + " (in order, not overlapping)",
            point.period().toString()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Returns the code, unit, polarity and number of points. */
  @Override
  public String toString() {
    return "TimeSeries[" + code() + ", " + unit() + ", " + polarity() + ", " + points().size()
        + " points]";
  }

  /**
   * Builds a time series; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code, name, unit or polarity is not set, and
   * a {@link ValidationException} listing points out of order, percents or counts out of range,
   * and counts in a series that is not a percent.
   */
  public static final class Builder extends ImmutableTimeSeries.Builder {
    Builder() {}
  }
}
