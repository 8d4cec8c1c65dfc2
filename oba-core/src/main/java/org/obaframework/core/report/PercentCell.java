package org.obaframework.core.report;

import java.util.OptionalDouble;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A percent as a report card publishes it: computed from the published counts beside it (exact,
 * or rounded under a rounding policy), shown in whole percent; hidden when its numerator or
 * denominator is hidden; absent ({@code [z]}) when its published denominator is zero. It never
 * tells more than the counts beside it.
 *
 * <pre>{@code
 * PercentCell.of(18, 33);          // 54.54...%, SHOWN, "55%"
 * PercentCell.hidden("[c]");       // SUPPRESSED, "[c]"
 * PercentCell.none();              // NO_DENOMINATOR, "[z]"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the percent, from 0 to 100, when shown
 * @param status {@link CellStatus#SHOWN}, {@link CellStatus#SUPPRESSED} or {@link
 *     CellStatus#NO_DENOMINATOR}
 * @param text what is shown, such as {@code 85%}, {@code [c]} or {@code [z]}
 */
public record PercentCell(OptionalDouble value, CellStatus status, String text) {
  /** The symbol of a percent with no denominator (GSS: not applicable). */
  public static final String NO_VALUE = "[z]";

  /**
   * Checks that value, status and text fit together.
   *
   * @throws ValidationException if a shown percent has no value, a value outside 0 to 100 or a
   *     text other than its whole percent, or a hidden percent has a value or a blank text, or
   *     the status is {@link CellStatus#ROUNDED}
   */
  public PercentCell {
    value = value.isPresent() ? OptionalDouble.of(value.getAsDouble() + 0.0) : value;
    check("percent", value, status, text, v -> v >= 0 && v <= 100, "a percent from 0 to 100",
        v -> Math.round(v) + "%");
  }

  /**
   * Returns the percent of two published counts, or {@link #none()} when the denominator is 0.
   *
   * @param numerator the numerator, from 0 to the denominator
   * @param denominator the denominator, 0 or more
   * @return the cell
   * @throws ValidationException if the numerator is negative or above the denominator
   */
  public static PercentCell of(long numerator, long denominator) {
    if (numerator < 0 || numerator > denominator) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("percent"), "numerator",
          "0 to the denominator " + denominator, Long.toString(numerator));
    }
    if (denominator == 0) {
      return none();
    }
    double percent = 100.0 * numerator / denominator;
    return new PercentCell(OptionalDouble.of(percent), CellStatus.SHOWN,
        Math.round(percent) + "%");
  }

  /**
   * Returns a percent hidden by disclosure control with its counts.
   *
   * @param symbol the symbol, such as {@code [c]}
   * @return the cell
   */
  public static PercentCell hidden(String symbol) {
    return new PercentCell(OptionalDouble.empty(), CellStatus.SUPPRESSED, symbol);
  }

  /**
   * Returns the percent of a zero denominator: no value, {@code [z]}.
   *
   * @return the cell
   */
  public static PercentCell none() {
    return new PercentCell(OptionalDouble.empty(), CellStatus.NO_DENOMINATOR, NO_VALUE);
  }

  /**
   * Tells whether the percent is hidden or absent.
   *
   * @return true unless shown
   */
  public boolean isHidden() {
    return value.isEmpty();
  }

  @Override
  public String toString() {
    return text;
  }

  /** The checks of a published percent or mean. */
  static void check(String kind, OptionalDouble value, CellStatus status, String text,
      java.util.function.DoublePredicate valid, String expected,
      java.util.function.DoubleFunction<String> format) {
    if (status == CellStatus.ROUNDED) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of(kind), "status",
          "SHOWN, SUPPRESSED or NO_DENOMINATOR", status.name());
    }
    if (status.isHidden()) {
      if (value.isPresent()) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of(kind + " " + status), "value",
            "no value", Double.toString(value.getAsDouble()));
      }
      Checks.text(Item.of(kind + " " + status), "text", text);
      return;
    }
    if (value.isEmpty()) {
      throw Checks.fail(ProblemType.MISSING_VALUE, Item.of(kind), "value", expected, "none");
    }
    double v = value.getAsDouble();
    if (!Double.isFinite(v) || !valid.test(v)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of(kind), "value", expected,
          Double.toString(v));
    }
    if (!text.equals(format.apply(v))) {
      throw Checks.fail(ProblemType.INVALID_TEXT, Item.of(kind), "text", format.apply(v),
          Redaction.text(text));
    }
  }
}
