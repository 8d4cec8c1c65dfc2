package org.obaframework.core.curve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.internal.Checks;

/**
 * How a baseline's forecast is made: a linear trend with a prediction interval (fitted by the
 * model the series' unit chooses, {@link TrendModel}), the last value carried forward, or values
 * given by the partners' judgement.
 *
 * <pre>{@code
 * Scenario.linearTrend();       // needs 3 or more historical values
 * Scenario.carryForward();      // needs 1
 * Scenario.given("Partners' judgement, March 2026",
 *     Map.of(ReportingPeriod.financialYear(2026), 29.0));
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe, with structural equality.
 */
public sealed interface Scenario permits Scenario.LinearTrend, Scenario.CarryForward,
    Scenario.Given {

  /**
   * Returns the fewest historical values the scenario needs.
   *
   * @return the number
   */
  int minimumHistory();

  /**
   * Describes the scenario, such as {@code "linear trend"}.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the linear trend with a prediction interval: a straight line by least squares for a
   * number, a logistic trend for a percent (of its counts when known), a log-linear trend for a
   * count, so that forecasts and intervals stay in range (see {@link Baseline}).
   *
   * @return the scenario
   */
  static Scenario linearTrend() {
    return LinearTrend.INSTANCE;
  }

  /**
   * Returns the last value carried forward, without an interval.
   *
   * @return the scenario
   */
  static Scenario carryForward() {
    return CarryForward.INSTANCE;
  }

  /**
   * Returns values given by the user, such as the partners' judgement, without an interval. A
   * future period the user gave no value for gets no forecast, and so no verdict.
   *
   * @param source whose judgement, and when
   * @param values the forecast value of each period
   * @return the scenario
   * @throws ValidationException if the source is blank or a value is not finite
   */
  static Scenario given(String source, Map<ReportingPeriod, Double> values) {
    return new Given(source, values);
  }

  /** The linear trend. */
  record LinearTrend() implements Scenario {
    static final LinearTrend INSTANCE = new LinearTrend();

    @Override
    public int minimumHistory() {
      return 3;
    }

    @Override
    public String description() {
      return "linear trend";
    }
  }

  /** The last value carried forward. */
  record CarryForward() implements Scenario {
    static final CarryForward INSTANCE = new CarryForward();

    @Override
    public int minimumHistory() {
      return 1;
    }

    @Override
    public String description() {
      return "last value carried forward";
    }
  }

  /**
   * Values given by the user.
   *
   * @param source whose judgement, and when
   * @param values the forecast value of each period
   */
  record Given(String source, Map<ReportingPeriod, Double> values) implements Scenario {
    /**
     * Checks the source and the values.
     *
     * @throws ValidationException if the source is blank or a value is not finite
     */
    public Given {
      Checks.text(Item.of("given scenario"), "source", source);
      values.forEach((period, value) -> {
        if (!Double.isFinite(value)) {
          throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("given scenario"), "values[" + period + "]",
              "a finite number", Double.toString(value));
        }
      });
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public int minimumHistory() {
      return 0;
    }

    @Override
    public String description() {
      return "given: " + source;
    }
  }
}
