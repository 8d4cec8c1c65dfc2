package org.obaframework.core.report;

/**
 * What disclosure control did to one published cell: shown as it is, rounded, or hidden.
 *
 * <p>A published card says only that a cell is hidden ({@link #SUPPRESSED}, printed {@code [c]}),
 * never why: a reader who knew which hidden cells are the small ones would know them to be small.
 * Disclosure control knows internally which counts were hidden for being small (primary) and which
 * to protect them (secondary); no output carries it.
 */
public enum CellStatus {
  /** The exact count is shown. */
  SHOWN,
  /**
   * The count is shown rounded to the policy's base. Every shown cell of a policy that rounds has
   * this status, also when the count is already a multiple of the base (15 stays 15), since the
   * reader cannot tell that it was exact.
   */
  ROUNDED,
  /**
   * The count is hidden by disclosure control: because it is small, or so that the card's other
   * numbers do not narrow a small count down; which of the two is not published.
   */
  SUPPRESSED,
  /**
   * A percentage or mean whose denominator is 0: there is no value to show. Disclosure control
   * never gives this status to a count; a report card gives it to percentage and mean cells.
   */
  NO_DENOMINATOR;

  /**
   * Tells whether a cell with this status shows no number.
   *
   * @return {@code true} for {@link #SUPPRESSED} and {@link #NO_DENOMINATOR}
   */
  public boolean isHidden() {
    return this != SHOWN && this != ROUNDED;
  }
}
