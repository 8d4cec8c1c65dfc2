/**
 * Reporting: disclosure control of count tables before they are published ({@link
 * DisclosureControl}), with the policies of the UK's statistical producers ({@link
 * DisclosurePolicy}).
 *
 * <pre>{@code
 * CountTable table = CountTable.additive(
 *     List.of("Leeds", "York"), List.of("Improved", "Not improved"),
 *     new long[][] {{20, 3}, {12, 30}});
 * ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);
 * controlled.cell(0, 1).text();          // "[c]": 3 is a small count
 * controlled.cell(0, 0).text();          // "[c]": hidden too, or 23 - 20 would reveal the 3
 * controlled.table().count(0, 1);        // 3: percentages are computed from unrounded counts
 * }</pre>
 *
 * <p>Disclosure control is a separate step over a whole table after aggregation: a count table
 * goes in, a controlled table with a status per cell comes out, and the original counts stay
 * available for computing percentages. Computation is pure and deterministic. Every type is
 * immutable and thread-safe; no method accepts or returns {@code null}; bad tables and bad
 * policies raise {@link org.obaframework.core.ValidationException}.
 */
@org.jspecify.annotations.NullMarked
@ObaStyle
package org.obaframework.core.report;

import org.obaframework.core.internal.ObaStyle;
