package org.obaframework.core.framework;

import java.util.Optional;
import java.util.OptionalDouble;
import org.obaframework.core.ValidationException;

/**
 * The scale an indicator is rated on: binary, ordinal with ordered labelled levels, or numeric
 * with a unit and bounds.
 *
 * <p>Every scale places its values on a line, so that two ratings can be compared: a binary
 * scale at 0 (no) and 1 (yes), an ordinal scale at its levels' positions 0, 1, 2, ... in the order
 * listed, a numeric scale at the number itself. Whether higher is better is the indicator's
 * {@link Polarity}, not the scale's. Implementations are immutable and thread-safe.
 */
public sealed interface Scale permits BinaryScale, OrdinalScale, NumericScale {

  /**
   * Tells whether a value lies on this scale.
   *
   * @param value the value
   * @return true if the value is of this scale's kind and within it
   */
  boolean accepts(ScaleValue value);

  /**
   * Describes the values this scale accepts, for messages: {@code "yes or no"}, {@code "one of
   * [high, medium, low, none]"}, {@code "a number from 0 to 100 %"}.
   *
   * @return the description
   */
  String expectation();

  /**
   * Describes a value where this scale's values belong, for messages, under oba's {@link
   * org.obaframework.core.Redaction} rule: its kind and how it lies on the scale or misses it
   * (the bound it breaks, the nearest level), never the value itself, which may be a child's
   * rating. Every message about a rated value describes it so.
   *
   * <pre>{@code
   * NumericScale.of("%", 0, 100).describe(ScaleValue.of(140));   // a number above the upper bound 100
   * risk.describe(ScaleValue.level("hihg"));
   *     // a level code of 4 characters that is not on the scale (the nearest valid value is 'high')
   * }</pre>
   *
   * @param value the value found
   * @return such as {@code "a number above the upper bound 100"}
   */
  String describe(ScaleValue value);

  /**
   * Returns the label of a value on this scale, in which people read it: a level's label, or
   * the label of yes or no.
   *
   * @param value a value
   * @return the label; empty for a number of a numeric scale and for a value off the scale
   */
  Optional<Label> labelOf(ScaleValue value);

  /**
   * Returns the position of a value on this scale's line.
   *
   * @param value a value this scale accepts
   * @return 0 or 1 for binary, the level's position for ordinal, the number for numeric
   * @throws ValidationException if the scale does not accept the value
   */
  double position(ScaleValue value);

  /**
   * Returns the position of a cut-off on this scale's line: of the target or threshold of a
   * rule, which is a value this scale accepts or, on a numeric scale, any number within its
   * bounds (a clinical cut-off may lie between whole points, such as 16.5).
   *
   * @param value the cut-off
   * @return its position, or empty if it can be no cut-off on this scale
   */
  default OptionalDouble cutOff(ScaleValue value) {
    return accepts(value) ? OptionalDouble.of(position(value)) : OptionalDouble.empty();
  }

  /**
   * Returns the change from one value to a later one, in a polarity: the difference of their
   * positions, positive when the later is better, and 0 (never -0) when they are level.
   *
   * <pre>{@code
   * risk.difference(ScaleValue.level("high"), ScaleValue.level("low"), Polarity.LOWER_IS_BETTER);
   *     // 2.0: two levels better
   * }</pre>
   *
   * @param from the earlier value
   * @param to the later value
   * @param polarity which direction is better
   * @return the change, positive if better
   * @throws ValidationException if the scale does not accept either value
   */
  default double difference(ScaleValue from, ScaleValue to, Polarity polarity) {
    double change = polarity.improvement(position(from), position(to));
    return change == 0 ? 0 : change;   // 0.0 rather than -0.0 when lower is better
  }

  /**
   * Compares two values in a polarity, as a {@link java.util.Comparator} would: worse first.
   *
   * @param one a value
   * @param other another value
   * @param polarity which direction is better
   * @return negative if {@code one} is worse than {@code other}, 0 if they are level, positive
   *     if it is better
   * @throws ValidationException if the scale does not accept either value
   */
  default int compare(ScaleValue one, ScaleValue other, Polarity polarity) {
    return Double.compare(difference(other, one, polarity), 0);
  }
}
