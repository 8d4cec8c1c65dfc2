package org.obaframework.core.framework;

import java.util.Optional;
import java.util.OptionalDouble;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A numeric scale with a unit and inclusive bounds, such as school attendance from 0 to 100 %, or
 * a questionnaire score from 0 to 40 in whole points.
 *
 * <pre>{@code
 * NumericScale attendance = NumericScale.of("%", 0, 100);
 * NumericScale score = NumericScale.wholeNumbers("points", 0, 40);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NumericScale implements Scale {
  private final String unit;
  private final double lower;
  private final double upper;
  private final boolean wholeNumbers;

  private NumericScale(String unit, double lower, double upper, boolean wholeNumbers) {
    this.unit = unit;
    this.lower = lower;
    this.upper = upper;
    this.wholeNumbers = wholeNumbers;
  }

  /**
   * Returns a scale of any numbers between the bounds.
   *
   * @param unit the unit, such as {@code "%"} or {@code "points"}
   * @param lower the lowest value allowed, finite
   * @param upper the highest value allowed, finite and above {@code lower}
   * @return the scale
   * @throws ValidationException if the unit is blank or the bounds are not finite and increasing
   */
  public static NumericScale of(String unit, double lower, double upper) {
    return create(unit, lower, upper, false);
  }

  /**
   * Returns a scale of whole numbers between the bounds, as questionnaire scores are.
   *
   * @param unit the unit, such as {@code "points"}
   * @param lower the lowest value allowed, a whole number
   * @param upper the highest value allowed, a whole number above {@code lower}
   * @return the scale
   * @throws ValidationException if the unit is blank or the bounds are not increasing
   */
  public static NumericScale wholeNumbers(String unit, long lower, long upper) {
    return create(unit, lower, upper, true);
  }

  private static NumericScale create(String unit, double lower, double upper, boolean whole) {
    Checks.text(Item.of("numeric scale"), "unit", unit);
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
      throw Checks.fail(ProblemType.INVALID_BOUNDS, Item.of("numeric scale"), "lower, upper",
          "finite bounds with lower below upper", format(lower) + " to " + format(upper));
    }
    return new NumericScale(unit, lower + 0.0, upper + 0.0, whole); // -0.0 becomes 0.0
  }

  /**
   * Returns the unit.
   *
   * @return the unit, such as {@code "%"}
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the lowest value allowed.
   *
   * @return the lower bound, inclusive
   */
  public double lower() {
    return lower;
  }

  /**
   * Returns the highest value allowed.
   *
   * @return the upper bound, inclusive
   */
  public double upper() {
    return upper;
  }

  /**
   * Tells whether only whole numbers are allowed.
   *
   * @return true for a scale of whole numbers
   */
  public boolean isWholeNumbers() {
    return wholeNumbers;
  }

  @Override
  public boolean accepts(ScaleValue value) {
    if (!(value instanceof ScaleValue.Numeric numeric)) {
      return false;
    }
    double number = numeric.value();
    return number >= lower && number <= upper && (!wholeNumbers || number == Math.rint(number));
  }

  @Override
  public String describe(ScaleValue value) {
    if (value instanceof ScaleValue.Numeric numeric) {
      double number = numeric.value();
      if (number >= lower && number <= upper && wholeNumbers && number != Math.rint(number)) {
        return "a number with a fraction, on a scale of whole numbers";
      }
      return Redaction.number(number, lower, upper);
    }
    return value instanceof ScaleValue.Level level
        ? "a level code of " + level.code().length() + " characters, not a number"
        : "yes or no, not a number";
  }

  /**
   * Returns the position of a cut-off: any number within the bounds, which may lie between whole
   * numbers on a scale of whole numbers (a clinical cut-off of 16.5 points).
   *
   * @param value the cut-off
   * @return the number, or empty if it is not a number within the bounds
   */
  @Override
  public OptionalDouble cutOff(ScaleValue value) {
    if (value instanceof ScaleValue.Numeric numeric && numeric.value() >= lower
        && numeric.value() <= upper) {
      return OptionalDouble.of(numeric.value());
    }
    return OptionalDouble.empty();
  }

  /**
   * Returns no label: a number is read with the scale's unit.
   *
   * @param value a value
   * @return empty
   */
  @Override
  public Optional<Label> labelOf(ScaleValue value) {
    return Optional.empty();
  }

  @Override
  public String expectation() {
    return (wholeNumbers ? "a whole number" : "a number") + " from " + format(lower) + " to "
        + format(upper) + " " + unit;
  }

  @Override
  public double position(ScaleValue value) {
    if (!accepts(value)) {
      throw Checks.fail(ProblemType.VALUE_OFF_SCALE, Item.of("numeric scale"), "value",
          expectation(), describe(value));
    }
    return ((ScaleValue.Numeric) value).value();
  }

  private static String format(double value) {
    return Double.isFinite(value) ? ScaleValue.of(value).toString() : Double.toString(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NumericScale that
        && unit.equals(that.unit)
        && Double.compare(lower, that.lower) == 0
        && Double.compare(upper, that.upper) == 0
        && wholeNumbers == that.wholeNumbers;
  }

  @Override
  public int hashCode() {
    return ((unit.hashCode() * 31 + Double.hashCode(lower)) * 31 + Double.hashCode(upper)) * 31
        + Boolean.hashCode(wholeNumbers);
  }

  @Override
  public String toString() {
    return (wholeNumbers ? "whole" : "numeric") + "[" + format(lower) + ".." + format(upper) + " "
        + unit + "]";
  }
}
