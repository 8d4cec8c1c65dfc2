package org.obaframework.core.report;

import java.util.Locale;
import java.util.OptionalDouble;
import org.obaframework.core.ValidationException;

/**
 * A mean change as a report card publishes it: withheld with the number of people it is the mean
 * of, so hidden when that number is hidden, absent ({@code [z]}) when no one is paired, else shown
 * to two decimal places.
 *
 * <pre>{@code
 * MeanCell.of(1.25);         // 1.25, SHOWN, "1.25"
 * MeanCell.hidden("[c]");    // SUPPRESSED, "[c]"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the mean, when shown
 * @param status {@link CellStatus#SHOWN}, {@link CellStatus#SUPPRESSED} when the number is
 *     hidden, or {@link CellStatus#NO_DENOMINATOR} when no one is paired
 * @param text what is shown, such as {@code 1.25}, {@code [c]} or {@code [z]}
 */
public record MeanCell(OptionalDouble value, CellStatus status, String text) {
  /**
   * Checks that value, status and text fit together.
   *
   * @throws ValidationException if a shown mean has no finite value or a text other than its
   *     value to two decimal places, or a hidden mean has a value or a blank text
   */
  public MeanCell {
    value = value.isPresent() ? OptionalDouble.of(value.getAsDouble() + 0.0) : value;
    PercentCell.check("mean", value, status, text, v -> true, "a finite mean", MeanCell::format);
  }

  /**
   * Returns a shown mean.
   *
   * @param mean the mean, finite
   * @return the cell
   * @throws ValidationException if the mean is not finite
   */
  public static MeanCell of(double mean) {
    return new MeanCell(OptionalDouble.of(mean), CellStatus.SHOWN,
        Double.isFinite(mean) ? format(mean) : "");
  }

  /**
   * Returns a mean hidden with its number.
   *
   * @param symbol the symbol, such as {@code [c]}
   * @return the cell
   */
  public static MeanCell hidden(String symbol) {
    return new MeanCell(OptionalDouble.empty(), CellStatus.SUPPRESSED, symbol);
  }

  /**
   * Returns the mean of no one: no value, {@code [z]}.
   *
   * @return the cell
   */
  public static MeanCell none() {
    return new MeanCell(OptionalDouble.empty(), CellStatus.NO_DENOMINATOR,
        PercentCell.NO_VALUE);
  }

  /**
   * Tells whether the mean is hidden or absent.
   *
   * @return true unless shown
   */
  public boolean isHidden() {
    return value.isEmpty();
  }

  private static String format(double mean) {
    return String.format(Locale.ROOT, "%.2f", mean);
  }

  @Override
  public String toString() {
    return text;
  }
}
