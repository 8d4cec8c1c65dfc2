package org.obaframework.core.framework;

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
   * Describes a value found where this scale's values belong, under oba's {@link
   * org.obaframework.core.Redaction} rule: its kind and how it misses the scale (the bound it
   * breaks, the nearest level), never the value itself, which is a child's record.
   *
   * @param value the value found
   * @return such as {@code "a number above the upper bound 100"}
   */
  String describeFound(ScaleValue value);

  /**
   * Returns the position of a value on this scale's line.
   *
   * @param value a value this scale accepts
   * @return 0 or 1 for binary, the level's position for ordinal, the number for numeric
   * @throws ValidationException if the scale does not accept the value
   */
  double position(ScaleValue value);
}
