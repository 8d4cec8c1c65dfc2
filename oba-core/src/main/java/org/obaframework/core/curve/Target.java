package org.obaframework.core.curve;

import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.internal.Checks;

/**
 * A target a commissioner sets for one performance measure in one reporting period, in the
 * measure's own units (a count, or a percentage from 0 to 100 for a percent measure).
 *
 * <pre>{@code
 * Target q1 = Target.of("IFS-STABLE-TENANCY", ReportingPeriod.financialQuarter(2026, 1), 75);
 * q1.toString();   // "IFS-STABLE-TENANCY 2026-04-01/2026-06-30: 75.0"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param measure the code of a performance measure
 * @param period the reporting period
 * @param value the target value, finite
 */
public record Target(String measure, ReportingPeriod period, double value) {
  /**
   * Checks the code and the value.
   *
   * @throws ValidationException if the code is malformed or the value not finite
   */
  public Target {
    Checks.code(Item.of("target"), "measure", measure);
    if (!Double.isFinite(value)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("target", measure), "value",
          "a finite number", Double.toString(value));
    }
  }

  /**
   * Returns a target.
   *
   * @param measure the code of a performance measure
   * @param period the reporting period
   * @param value the target value, finite
   * @return the target
   * @throws ValidationException if the code is malformed or the value not finite
   */
  public static Target of(String measure, ReportingPeriod period, double value) {
    return new Target(measure, period, value);
  }

  /** Returns measure, period and value, such as {@code M 2026-04-01/2026-06-30: 75.0}. */
  @Override
  public String toString() {
    return measure + " " + period + ": " + value;
  }
}
