package org.obaframework.core.report;

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
 * @param tally the exact tally computed from the records, for analysis; publish the cells
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
    Optional<Cell> notEligible) {}
