package org.obaframework.core.curve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.commons.statistics.distribution.TDistribution;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
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
 * <p>The linear trend is {@code eta = a + b x}, with x the years from the start of the first
 * historical period (in months and days, so a financial year is exactly 1), fitted by the model
 * the series' unit chooses ({@link TrendModel}):
 *
 * <ul>
 *   <li>a number: ordinary least squares, with Student's t prediction interval;
 *   <li>a percent with counts {@code k_i} of {@code n_i}: logistic regression of the counts,
 *       {@code k_i ~ binomial(n_i, p_i)}, {@code logit p_i = a + b x_i}, by maximum likelihood
 *       (Newton's method, which for this link is iteratively reweighted least squares), with
 *       dispersion {@code phi = max(1, X^2 / (n - 2))} from Pearson's {@code X^2}
 *       (quasi-binomial when overdispersed). A flat history of k of n forecasts exactly k/n;
 *   <li>a percent without counts: the same logistic trend by Wedderburn's (1974) quasi-likelihood,
 *       variance {@code phi p (1 - p)}, {@code phi = X^2 / (n - 2)}: values of 0 and 100 enter
 *       as they are, with no transform of the data and no constant added;
 *   <li>a count: log-linear regression, {@code y_i ~ Poisson(mu_i)}, {@code log mu_i = a + b
 *       x_i}, dispersion {@code max(1, X^2 / (n - 2))} (quasi-Poisson when overdispersed): never
 *       below 0.
 * </ul>
 *
 * <p>The prediction interval of a generalised linear model is built on the link scale from the
 * two variances of a new value, by the delta method: that of the fitted trend, {@code (1, x0) V
 * (1, x0)'} with V the coefficients' covariance {@code phi (X'WX)^-1}, plus the sampling variance
 * of one new value, {@code phi v(eta)} with {@code v = 1 / (m p (1 - p))} for the logit of a
 * proportion with denominator m and {@code v = 1 / mu} for the log of a count (McCullagh and
 * Nelder 1989, Generalized Linear Models, 2nd ed., sections 4.4-4.5 and 9.2). The bounds are
 * score-type: each is the value t of the link nearest the forecast {@code eta0} at which {@code
 * (t - eta0)^2 = q^2 (se^2 + phi v(t))}, the sampling variance taken at the bound, as Wilson's
 * (1927) interval takes it at the proportion tested, rather than at the forecast (Wald); where no
 * such t exists the bound is 0 or 100 % (0 for a count). Near 0 or 100 % the Wald bounds mislead:
 * a forecast of 99.98 % of 132 families would get a lower bound of 1.5 %, though 131 of 132 is
 * already unlikely. Transformed back, the interval stays within 0 to 100, or 0 and above. q is
 * Student's t with {@code n - 2} degrees of freedom when the dispersion is estimated from the
 * residuals, else the normal quantile. For least squares the bounds are the familiar {@code yhat
 * +/- q s sqrt(1 + 1/n + (x0 - mean x)^2 / Sxx)}. The denominator m of a future percent is the
 * actual's when judging it ({@link #verdicts}), else the last historical period's ({@link
 * #forecast()}); {@link #forecast(ReportingPeriod, long)} takes any.
 *
 * <p>The maximum-likelihood estimate does not exist when every value is 0 % or 100 % (every
 * count 0), or when the values part at a point in time (none above 0 % before it, none below
 * 100 % after; a single count above 0, first or last). Then the trend is Firth's (1993)
 * bias-reduced fit, which always exists, with the dispersion of sampling: when every value is 0 %
 * or 100 % (or 0), the forecast stays there, as the estimate's limit (a flat k of n forecasts
 * k/n), and the interval reaches from it to the bound of Firth's fit; otherwise Firth's fit gives
 * the forecast too, rather than a limit that would be a step to 0 % or 100 %. A percent series
 * fitted by a trend has counts at every point or at none: mixing them is refused rather than
 * fitted with two models.
 *
 * <p>Nothing in a history that lies exactly on its trend measures the variance of a number or a
 * percent without counts: then the forecast has no interval and {@link #intervalShortfall()} says
 * why, rather than an interval of width 0. With less history than the scenario needs the
 * baseline says so, with no forecast, instead of pretending. A baseline records the date it was
 * made: forecasts are versioned. Immutable and thread-safe.
 */
public final class Baseline {
  private static final double DAYS_PER_MONTH = 365.25 / 12;

  private final TimeSeries history;
  private final Scenario scenario;
  private final LocalDate madeOn;
  private final double confidence;
  private final List<ForecastPoint> forecast;
  private final Optional<TrendFitter.Trendline> trendline;
  private final Optional<String> shortfall;
  private final Optional<String> intervalShortfall;

  private Baseline(TimeSeries history, Scenario scenario, LocalDate madeOn, double confidence,
      List<ForecastPoint> forecast, Optional<TrendFitter.Trendline> trendline,
      Optional<String> shortfall, Optional<String> intervalShortfall) {
    this.history = history;
    this.scenario = scenario;
    this.madeOn = madeOn;
    this.confidence = confidence;
    this.forecast = List.copyOf(forecast);
    this.trendline = trendline;
    this.shortfall = shortfall;
    this.intervalShortfall = intervalShortfall;
  }

  /**
   * Makes a baseline: the history and the forecast of future periods under a scenario.
   *
   * @param history the values so far
   * @param scenario how to forecast
   * @param future the periods to forecast, after the history, in order
   * @param confidence the confidence of prediction intervals, above 0 and at most 0.9999
   * @param madeOn the date the forecast is made, which versions it
   * @return the baseline, or one that says why it has no forecast
   * @throws ValidationException if the confidence is out of range, a future period does not
   *     come after the history, or a percent series to fit a trend to has counts at some points
   *     and not at others
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
              + scenario.minimumHistory() + " values, the series has " + n), Optional.empty());
    }
    List<ForecastPoint> points = new ArrayList<>();
    if (scenario instanceof Scenario.LinearTrend) {
      TrendFitter.Trendline line = trend(history, confidence);
      LocalDate origin = history.points().get(0).period().start();
      for (ReportingPeriod period : future) {
        points.add(line.predict(period, years(origin, period.start()), OptionalLong.empty()));
      }
      return new Baseline(history, scenario, madeOn, confidence, points, Optional.of(line),
          Optional.empty(), line.noInterval);
    }
    if (scenario instanceof Scenario.CarryForward) {
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
    return new Baseline(history, scenario, madeOn, confidence, points, Optional.empty(),
        Optional.empty(), Optional.of("no prediction interval: " + scenario.description()
            + " has none"));
  }

  /** Fits the history's trend under the model its unit chooses. */
  private static TrendFitter.Trendline trend(TimeSeries history, double confidence) {
    List<SeriesPoint> points = history.points();
    int n = points.size();
    boolean percent = history.unit() == SeriesUnit.PERCENT;
    long withCounts = points.stream().filter(p -> p.numerator().isPresent()).count();
    if (percent && withCounts > 0 && withCounts < n) {
      List<Problem> problems = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (points.get(i).numerator().isEmpty()) {
          problems.add(Problem.of(ProblemType.MISSING_VALUE,
              Item.of("baseline of", history.code()), "points[" + i + "].numerator, denominator",
              "the counts behind the percent of " + points.get(i).period() + ", as " + withCounts
                  + " of the " + n + " points have (a trend is fitted to the counts of every "
                  + "point, or to the percents of all when none has counts)", "none"));
        }
      }
      throw new ValidationException(problems);
    }
    TrendModel model = TrendModel.of(history.unit(), withCounts == n);
    LocalDate origin = points.get(0).period().start();
    double[] x = new double[n];
    double[] y = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      SeriesPoint point = points.get(i);
      x[i] = years(origin, point.period().start());
      m[i] = model == TrendModel.LOGISTIC_BINOMIAL ? point.denominator().getAsLong() : 1;
      y[i] = model == TrendModel.LOGISTIC_BINOMIAL ? point.numerator().getAsLong()
          : model == TrendModel.LOGISTIC_QUASI ? point.value() / 100 : point.value();
    }
    return TrendFitter.fit(model, x, y, m, confidence);
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
   * Returns why there is no forecast, such as {@code "insufficient history: linear trend needs at
   * least 3 values, the series has 2"}.
   *
   * @return the reason, or empty when there is a forecast
   */
  public Optional<String> shortfall() {
    return shortfall;
  }

  /**
   * Returns why the forecast has no prediction interval, such as {@code "no prediction interval:
   * the values lie exactly on their trend, and a number series carries no sampling variance of
   * its own"}, or {@code "no prediction interval: last value carried forward has none"}. Without
   * an interval no verdict is {@link CurveStatus#TURNED}.
   *
   * @return the reason, or empty when the forecast has intervals (or there is no forecast)
   */
  public Optional<String> intervalShortfall() {
    return intervalShortfall;
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
   * Returns the fitted linear trend.
   *
   * @return the fit, or empty for other scenarios, short histories, and percents without counts
   *     whose trend has no finite estimate
   */
  public Optional<Fit> fit() {
    return trendline.flatMap(line -> line.fit);
  }

  /**
   * Returns the model of the linear trend, chosen by the series' unit.
   *
   * @return the model, or empty for other scenarios and when there is no forecast
   */
  public Optional<TrendModel> model() {
    return trendline.map(line -> line.model);
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
   * Returns the forecast of one period with its prediction interval for a value with a given
   * denominator: a percent of a small denominator varies more than one of a large. For other
   * series, and other scenarios, the same as {@link #forecast(ReportingPeriod)}.
   *
   * @param period the period
   * @param denominator the denominator of the period's percent, 1 or more
   * @return the forecast, or empty if the baseline has none for the period
   * @throws ValidationException if the denominator is below 1
   */
  public Optional<ForecastPoint> forecast(ReportingPeriod period, long denominator) {
    if (denominator < 1) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("baseline of",
          history.code()), "denominator", "1 or more", Long.toString(denominator));
    }
    Optional<ForecastPoint> point = forecast(period);
    if (point.isEmpty() || trendline.isEmpty()
        || trendline.get().model != TrendModel.LOGISTIC_BINOMIAL) {
      return point;
    }
    LocalDate origin = history.points().get(0).period().start();
    return Optional.of(trendline.get().predict(period, years(origin, period.start()),
        OptionalLong.of(denominator)));
  }

  /**
   * Returns the forecast of each period that the actual values reach, judged as {@link #verdicts}
   * judges them: for a percent with counts, each interval is for the actual's denominator where
   * it is known.
   *
   * @param actuals the series with the actual values
   * @return the forecast points, in order, one for each forecast period (with an actual or not)
   */
  public List<ForecastPoint> forecast(TimeSeries actuals) {
    List<ForecastPoint> points = new ArrayList<>();
    for (ForecastPoint point : forecast) {
      points.add(actuals.at(point.period()).flatMap(a -> a.denominator().isPresent()
          ? forecast(point.period(), a.denominator().getAsLong()) : Optional.empty())
          .orElse(point));
    }
    return List.copyOf(points);
  }

  /**
   * Judges the actual values of the forecast periods against the forecast: one verdict per
   * forecast period that has an actual value. The polarity and unit are the history's. For a
   * percent with counts, an actual with its own denominator is judged against the interval for
   * that denominator ({@link #forecast(TimeSeries)}).
   *
   * @param actuals the series with the actual values (the history's continuation)
   * @return the verdicts, in order
   */
  public List<Verdict> verdicts(TimeSeries actuals) {
    List<Verdict> verdicts = new ArrayList<>();
    for (ForecastPoint point : forecast(actuals)) {
      actuals.at(point.period()).ifPresent(actual -> verdicts.add(Verdict.of(point,
          actual.value(), history.polarity(), history.unit())));
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
