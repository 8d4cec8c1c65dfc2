package org.obaframework.examples.cli;

import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ReportingPeriod;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The limits the {@code oba} command puts on the work an option can ask for, each a usage error
 * (exit code 2) found before any record is read: the periods a breakdown or a curve makes of the
 * reporting period, and the periods a curve forecasts, are at most {@code --max-periods}.
 */
final class Limits {
  private Limits() {}

  /**
   * Checks {@code --max-periods} itself.
   *
   * @param maxPeriods the option's value
   * @param line the command line
   * @throws ParameterException if it is below 1
   */
  static void maxPeriods(int maxPeriods, CommandLine line) {
    if (maxPeriods < 1) {
      throw new ParameterException(line, "Invalid value for option '--max-periods': "
          + maxPeriods + "; expected 1 or more");
    }
  }

  /**
   * Refuses a split of the reporting period into more periods of a kind than the limit,
   * counted without making them.
   *
   * @param period the reporting period
   * @param kind the kind of period
   * @param maxPeriods the limit
   * @param option the option that asks for the split, such as {@code --by}
   * @param line the command line
   * @throws ParameterException if the split makes more periods than the limit
   */
  static void periods(ReportingPeriod period, PeriodKind kind, int maxPeriods, String option,
      CommandLine line) {
    long count = period.count(kind);
    if (count > maxPeriods) {
      throw new ParameterException(line, "Invalid value for option '" + option + "': "
          + Converters.name(kind) + " periods of " + period + " are " + count + "; expected at "
          + "most " + maxPeriods + " (--max-periods raises the limit, or choose a shorter "
          + "--period)");
    }
  }

  /**
   * Refuses a forecast of more periods than the limit.
   *
   * @param forecast the {@code --forecast} value
   * @param maxPeriods the limit
   * @param line the command line
   * @throws ParameterException if the forecast is negative or longer than the limit
   */
  static void forecast(int forecast, int maxPeriods, CommandLine line) {
    if (forecast < 0 || forecast > maxPeriods) {
      throw new ParameterException(line, "Invalid value for option '--forecast': " + forecast
          + "; expected 0 to " + maxPeriods + " periods (--max-periods raises the limit)");
    }
  }
}
