package org.obaframework.core.report;

/**
 * What disclosure control did to one cell of a table: shown as it is, rounded, or hidden, and
 * why.
 *
 * <p>For example, under {@link DisclosurePolicy#DFE} a count of 3 is {@link #SUPPRESSED_PRIMARY}
 * and the cell hidden with it so that the row total does not reveal it is {@link
 * #SUPPRESSED_SECONDARY}; both read {@code [c]}.
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
  /** The count is hidden because it is small: in the policy's primary range. */
  SUPPRESSED_PRIMARY,
  /**
   * The count is hidden, although not small, so that no hidden count can be worked out from the
   * shown cells and totals of its table (complementary suppression).
   */
  SUPPRESSED_SECONDARY,
  /**
   * A percentage whose denominator is 0: there is no value to show. Disclosure control never gives
   * this status to a count; a report card gives it to percentage cells.
   */
  NO_DENOMINATOR;

  /**
   * Tells whether a cell with this status shows no number.
   *
   * @return {@code true} for the suppressed statuses and {@link #NO_DENOMINATOR}
   */
  public boolean isHidden() {
    return this != SHOWN && this != ROUNDED;
  }
}
