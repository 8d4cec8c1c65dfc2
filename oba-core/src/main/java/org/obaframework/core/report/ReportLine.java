package org.obaframework.core.report;

import java.util.List;
import java.util.Optional;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.aggregate.Tally;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.stats.Interval;

/**
 * One measure's line on a report card: its counts as disclosure control lets them be shown, its
 * percent and interval, and the exact tally behind them.
 *
 * <p>The percent is computed from unrounded counts and shown only when its numerator and
 * denominator are shown; a zero denominator shows {@code [z]} (no value). Immutable and
 * thread-safe.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param section the report card section
 * @param role the measure's role, when the framework has a performance measure of this code
 * @param tally the exact tally computed from the records, for analysis inside the organisation:
 *     it holds the counts that disclosure control hides, so publish the cells, never the tally
 * @param number the count, or the numerator of a proportion
 * @param denominator the denominator of a proportion
 * @param percent the percent of a proportion, such as {@code 85%}
 * @param interval the Wilson interval of a shown percent
 * @param notPaired the eligible units not judged, of a proportion
 * @param excluded the eligible units excluded, of a proportion
 * @param notEligible the units not eligible, of a proportion
 */
public record ReportLine(String code, String name, Section section, Optional<MeasureRole> role,
    Tally tally, Cell number, Optional<Cell> denominator, Optional<PercentCell> percent,
    Optional<Interval> interval, Optional<Cell> notPaired, Optional<Cell> excluded,
    Optional<Cell> notEligible) {

  /**
   * Returns the units assessed (eligible): the denominator, the not paired and the excluded, as
   * shown; hidden when any of them is hidden.
   *
   * @return the cell, for a proportion
   */
  public Optional<Cell> assessed() {
    if (denominator.isEmpty() || notPaired.isEmpty() || excluded.isEmpty()) {
      return Optional.empty();
    }
    List<Cell> parts = List.of(denominator.get(), notPaired.get(), excluded.get());
    for (Cell part : parts) {
      if (part.isHidden()) {
        return Optional.of(part);
      }
    }
    long sum = 0;
    boolean rounded = false;
    for (Cell part : parts) {
      sum += part.shown().getAsLong();
      rounded |= part.status() == CellStatus.ROUNDED;
    }
    return Optional.of(rounded ? Cell.rounded(sum) : Cell.shown(sum));
  }

  /** Returns the code and the cells as shown; never the exact tally behind hidden cells. */
  @Override
  public String toString() {
    return "ReportLine[" + code + ", " + number.text()
        + denominator.map(d -> " of " + d.text()).orElse("")
        + percent.map(p -> ", " + p.text()).orElse("") + "]";
  }
}
