package org.obaframework.core.report;

import java.util.OptionalDouble;

/**
 * A mean change as a report card shows it: withheld with the number of people it is the mean
 * of, so hidden with that number's status and symbol when disclosure control hides the number,
 * absent ({@code [z]}) when no one is paired, else shown to two decimal places.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the exact mean, when shown
 * @param status {@link CellStatus#SHOWN}, the status of the hidden number that hides it, or
 *     {@link CellStatus#NO_DENOMINATOR} when no one is paired
 * @param text what is shown, such as {@code 1.25}, {@code [c]} or {@code [z]}
 */
public record MeanCell(OptionalDouble value, CellStatus status, String text) {
  /**
   * Tells whether the mean is hidden or absent.
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
