package org.obaframework.core.report;

import java.util.List;
import java.util.Optional;
import org.obaframework.core.stats.Interval;

/**
 * One measure broken down: a row per key with its counts as disclosure control lets them be
 * shown, and for a proportion its percent and interval, then the total from the records.
 *
 * <p>For a count the table's one column is the count; for a proportion its columns are "better
 * off" (the numerator) and "not better off", and the row totals are the denominators. Immutable
 * and thread-safe.
 *
 * @param measure the measure's code
 * @param breakdown the breakdown's name
 * @param controlled the table after disclosure control, with the exact counts behind it
 * @param percents for a proportion, each row's percent cell; empty for a count
 * @param intervals for a proportion, each row's interval when its percent is shown
 */
public record BreakdownTable(String measure, String breakdown, ControlledTable controlled,
    List<PercentCell> percents, List<Optional<Interval>> intervals) {
  /**
   * Copies the lists.
   */
  public BreakdownTable {
    percents = List.copyOf(percents);
    intervals = List.copyOf(intervals);
  }

  /**
   * Tells whether the table is of a proportion.
   *
   * @return true when rows have percents
   */
  public boolean isProportion() {
    return !percents.isEmpty();
  }
}
