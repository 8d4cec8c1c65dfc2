package org.obaframework.core.curve;

import java.util.OptionalDouble;
import org.obaframework.core.aggregate.ReportingPeriod;

/**
 * The forecast of one period: the value expected if nothing changes, and its prediction interval
 * when the scenario gives one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period
 * @param value the forecast value
 * @param lower the interval's lower bound
 * @param upper the interval's upper bound
 */
public record ForecastPoint(ReportingPeriod period, double value, OptionalDouble lower,
    OptionalDouble upper) {}
