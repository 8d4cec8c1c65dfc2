package org.obaframework.core.curve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.internal.Checks;

/**
 * A baseline in the OBA sense: the history of a measure plus a forecast of where it goes if
 * nothing changes. (Not the first value, which oba calls the starting rating.)
 *
 * <pre>{@code
 * Baseline baseline = Baseline.of(history, Scenario.linearTrend(),
 *     List.of(ReportingPeriod.financialYear(2025), ReportingPeriod.financialYear(2026)),
 *     0.95, LocalDate.of(2025, 4, 30));
 * if (baseline.isForecast()) {
 *   List<Verdict> verdicts = baseline.verdicts(actuals);
 * }
 * }</pre>
 *
 * <p>The linear trend is fitted by ordinary least squares on x = years from the start of the first
 * historical period (in months and days, so a financial year is exactly 1); its prediction
 * interval at x0 is {@code yhat +/- t(n-2) * s * sqrt(1 + 1/n + (x0 - mean x)^2 / Sxx)}, with
 * Student's t quantile from Apache Commons Statistics. A percent series is fitted on the logit scale (the empirical logit {@code ln((k + 0.5) / (n - k + 0.5))}
 * when its counts are known) and transformed back, so forecasts and intervals stay from 0 to 100.
 * With less history than the scenario needs the baseline says so, with no forecast, instead of
 * pretending. A baseline records the date it was made: forecasts are versioned. Immutable and
 * thread-safe.
 */
public final class Baseline {
  private static final double DAYS_PER_MONTH = 365.25 / 12;
  /** Percents without counts are kept this far from 0 and 100 before taking their logit. */
  private static final double EDGE = 0.005;

  private final TimeSeries history;
  private final Scenario scenario;
  private final LocalDate madeOn;
  private final double confidence;
  private final List<ForecastPoint> forecast;
  private final Optional<Fit> fit;
  private final Optional<String> shortfall;

  private Baseline(TimeSeries history, Scenario scenario, LocalDate madeOn, double confidence,
      List<ForecastPoint> forecast, Optional<Fit> fit, Optional<String> shortfall) {
    this.history = history;
    this.scenario = scenario;
    this.madeOn = madeOn;
    this.confidence = confidence;
    this.forecast = List.copyOf(forecast);
    this.fit = fit;
    this.shortfall = shortfall;
  }

  /**
   * Makes a baseline: the history and the forecast of future periods under a scenario.
   *
   * @param history the values so far
   * @param scenario how to forecast
   * @param future the periods to forecast, after the history, in order
   * @param confidence the confidence of prediction intervals, above 0 and at most 0.9999
   * @param madeOn the date the forecast is made, which versions it
   * @return the baseline, or one that says the history is too short
   * @throws ValidationException if the confidence is out of range, or a future period does not
   *     come after the history
   */
  public static Baseline of(TimeSeries history, Scenario scenario, List<ReportingPeriod> future,
      double confidence, LocalDate madeOn) {
    Checks.confidence(Item.of("baseline"), confidence);
    Optional<SeriesPoint> last = history.last();
    for (ReportingPeriod period : future) {
      if (last.isPresent() && !period.start().isAfter(last.get().period().end())) {
        throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, Item.of("baseline of",
            history.code()), "future", "periods after the history's last, "
            + last.get().period(), period.toString());
      }
    }
    int n = history.points().size();
    if (n < scenario.minimumHistory()) {
      return new Baseline(history, scenario, madeOn, confidence, List.of(), Optional.empty(),
          Optional.of("insufficient history: " + scenario.description() + " needs at least "
              + scenario.minimumHistory() + " values, the series has " + n));
    }
    List<ForecastPoint> points = new ArrayList<>();
    Optional<Fit> fit = Optional.empty();
    if (scenario instanceof Scenario.LinearTrend) {
      Fit line = fit(history);
      fit = Optional.of(line);
      double t = line.n() > 2 && line.residualStandardError() > 0
          ? TDistribution.of(line.n() - 2.0).inverseCumulativeProbability(1 - (1 - confidence) / 2)
          : 0;
      LocalDate origin = history.points().get(0).period().start();
      for (ReportingPeriod period : future) {
        double x = years(origin, period.start());
        double y = line.at(x);
        double half = t * line.residualStandardError() * Math.sqrt(1 + 1.0 / line.n()
            + (x - line.meanX()) * (x - line.meanX()) / line.sumOfSquaresX());
        points.add(new ForecastPoint(period, back(line, y), OptionalDouble.of(back(line,
            y - half)), OptionalDouble.of(back(line, y + half))));
      }
    } else if (scenario instanceof Scenario.CarryForward) {
      double value = last.orElseThrow().value();
      for (ReportingPeriod period : future) {
        points.add(new ForecastPoint(period, value, OptionalDouble.empty(),
            OptionalDouble.empty()));
      }
    } else {
      Scenario.Given given = (Scenario.Given) scenario;
      for (ReportingPeriod period : future) {
        Double value = given.values().get(period);
        if (value != null) {
          points.add(new ForecastPoint(period, value, OptionalDouble.empty(),
              OptionalDouble.empty()));
        }
      }
    }
    return new Baseline(history, scenario, madeOn, confidence, points, fit, Optional.empty());
  }

  /** Fits the least-squares line of a history of at least two values. */
  static Fit fit(TimeSeries history) {
    List<SeriesPoint> points = history.points();
    boolean logit = history.unit() == SeriesUnit.PERCENT;
    LocalDate origin = points.get(0).period().start();
    int n = points.size();
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = years(origin, points.get(i).period().start());
      y[i] = logit ? logit(points.get(i)) : points.get(i).value();
    }
    double meanX = mean(x);
    double meanY = mean(y);
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - meanX) * (x[i] - meanX);
      sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX;
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double residual = y[i] - (intercept + slope * x[i]);
      sse += residual * residual;
    }
    double s = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
    return new Fit(intercept, slope, s, n, meanX, sxx, logit);
  }

  private static double logit(SeriesPoint point) {
    if (point.numerator().isPresent()) {
      double k = point.numerator().getAsLong();
      double m = point.denominator().getAsLong();
      return Math.log((k + 0.5) / (m - k + 0.5));
    }
    double p = Math.min(1 - EDGE, Math.max(EDGE, point.value() / 100));
    return Math.log(p / (1 - p));
  }

  private static double back(Fit fit, double y) {
    return fit.logit() ? 100 / (1 + Math.exp(-y)) : y;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  /**
   * Years from one date to another, counted in whole months and then days: exact for periods
   * that start on the first of a month (a quarter is 0.25, a month 1/12), whatever the leap years.
   */
  private static double years(LocalDate origin, LocalDate date) {
    long months = ChronoUnit.MONTHS.between(origin, date);
    long days = ChronoUnit.DAYS.between(origin.plusMonths(months), date);
    return (months + days / DAYS_PER_MONTH) / 12;
  }

  /**
   * Tells whether there is a forecast: false when the history was too short for the scenario.
   *
   * @return true with a forecast
   */
  public boolean isForecast() {
    return shortfall.isEmpty();
  }

  /**
   * Returns why there is no forecast, such as {@code "insufficient history: linear trend (least
   * squares) needs at least 3 values, the series has 2"}.
   *
   * @return the reason, or empty when there is a forecast
   */
  public Optional<String> shortfall() {
    return shortfall;
  }

  /**
   * Returns the history.
   *
   * @return the series the forecast was made from
   */
  public TimeSeries history() {
    return history;
  }

  /**
   * Returns the scenario.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the date the forecast was made, which versions it.
   *
   * @return the date
   */
  public LocalDate madeOn() {
    return madeOn;
  }

  /**
   * Returns the confidence of the prediction intervals.
   *
   * @return the level
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Returns the forecast of each future period (a given scenario may skip some).
   *
   * @return the forecast points, in order
   */
  public List<ForecastPoint> forecast() {
    return forecast;
  }

  /**
   * Returns the least-squares line of a linear trend.
   *
   * @return the fit, or empty for other scenarios and short histories
   */
  public Optional<Fit> fit() {
    return fit;
  }

  /**
   * Returns the forecast of one period.
   *
   * @param period the period
   * @return the forecast, or empty if the baseline has none for it
   */
  public Optional<ForecastPoint> forecast(ReportingPeriod period) {
    return forecast.stream().filter(f -> f.period().equals(period)).findFirst();
  }

  /**
   * Judges the actual values of the forecast periods against the forecast: one verdict per
   * forecast period that has an actual value.
   *
   * @param actuals the series with the actual values (the history's continuation)
   * @return the verdicts, in order
   */
  public List<Verdict> verdicts(TimeSeries actuals) {
    List<Verdict> verdicts = new ArrayList<>();
    for (ForecastPoint point : forecast) {
      actuals.at(point.period()).ifPresent(actual ->
          verdicts.add(Verdict.of(point, actual.value(), history.polarity())));
    }
    return List.copyOf(verdicts);
  }

  /** Returns the series, scenario, date made and number of forecast periods. */
  @Override
  public String toString() {
    return "Baseline[" + history.code() + ", " + scenario.description() + ", made " + madeOn
        + ", " + shortfall.orElse(forecast.size() + " periods forecast") + "]";
  }
}
