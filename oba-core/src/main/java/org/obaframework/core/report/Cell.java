package org.obaframework.core.report;

import java.util.OptionalLong;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * One published count of a report card or a {@link ControlledTable}: the value shown, if any, its
 * {@link CellStatus} and the text to print.
 *
 * <pre>{@code
 * Cell.shown(12)                                  // 12, SHOWN, "12"
 * Cell.rounded(15)                                // 15, ROUNDED, "15"
 * Cell.hidden(CellStatus.SUPPRESSED, "[c]")       // empty, SUPPRESSED, "[c]"
 * }</pre>
 *
 * <p>A shown or rounded cell has a value of 0 or more, and its text is that value in decimal; a
 * hidden cell has no value and its text is a symbol, such as GSS's {@code [c]}. Immutable and
 * thread-safe; {@code toString} is the text.
 *
 * @param shown the value shown, empty when the cell is hidden
 * @param status what disclosure control did to the cell
 * @param text what to print: the value, or the symbol of a hidden cell
 */
public record Cell(OptionalLong shown, CellStatus status, String text) {
  /**
   * Checks that value, status and text fit together.
   *
   * @throws ValidationException if a shown or rounded cell has no value, a negative value or a
   *     text other than its value, or a hidden cell has a value or a blank text
   */
  public Cell {
    if (status.isHidden()) {
      if (shown.isPresent()) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("cell " + status), "shown",
            "no value", Long.toString(shown.getAsLong()));
      }
      Checks.text(Item.of("cell " + status), "text", text);
    } else {
      if (shown.isEmpty()) {
        throw Checks.fail(ProblemType.MISSING_VALUE, Item.of("cell " + status), "shown",
            "a value of 0 or more", "none");
      }
      if (shown.getAsLong() < 0) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("cell " + status), "shown",
            "a value of 0 or more", Long.toString(shown.getAsLong()));
      }
      if (!text.equals(Long.toString(shown.getAsLong()))) {
        throw Checks.fail(ProblemType.INVALID_TEXT, Item.of("cell " + status), "text",
            "the value " + shown.getAsLong(), Redaction.text(text));
      }
    }
  }

  /**
   * Returns a cell that shows an exact count.
   *
   * @param value the count, 0 or more
   * @return the cell
   * @throws ValidationException if the count is negative
   */
  public static Cell shown(long value) {
    return new Cell(OptionalLong.of(value), CellStatus.SHOWN, Long.toString(value));
  }

  /**
   * Returns a cell that shows a rounded count.
   *
   * @param value the rounded count, 0 or more
   * @return the cell
   * @throws ValidationException if the count is negative
   */
  public static Cell rounded(long value) {
    return new Cell(OptionalLong.of(value), CellStatus.ROUNDED, Long.toString(value));
  }

  /**
   * Returns a cell that shows no number.
   *
   * @param status why the cell is hidden: a suppressed status or {@link
   *     CellStatus#NO_DENOMINATOR}
   * @param symbol what to print instead, such as {@code [c]} or {@code [x]}
   * @return the cell
   * @throws ValidationException if the status is not hidden or the symbol is blank
   */
  public static Cell hidden(CellStatus status, String symbol) {
    if (!status.isHidden()) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("hidden cell"), "status",
          "a status that hides the value", status.toString());
    }
    return new Cell(OptionalLong.empty(), status, symbol);
  }

  /**
   * Tells whether the cell shows no number.
   *
   * @return {@code true} if the value is hidden
   */
  public boolean isHidden() {
    return status.isHidden();
  }

  /** Returns the text, such as {@code 12} or {@code [c]}. */
  @Override
  public String toString() {
    return text;
  }
}
