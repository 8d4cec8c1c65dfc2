package org.obaframework.core.report;

import java.util.OptionalDouble;

/**
 * A percent as a report card shows it: computed from unrounded counts, shown in whole percent,
 * or hidden when its numerator or denominator is hidden, or absent ({@code [z]}) when its
 * denominator is zero.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the exact percent, from 0 to 100, when shown
 * @param status {@link CellStatus#SHOWN}, the status of the hidden count that hides it, or
 *     {@link CellStatus#NO_DENOMINATOR}
 * @param text what is shown, such as {@code 85%}, {@code [c]} or {@code [z]}
 */
public record PercentCell(OptionalDouble value, CellStatus status, String text) {
  /** The symbol of a percent with no denominator (GSS: not applicable). */
  public static final String NO_VALUE = "[z]";

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
}
