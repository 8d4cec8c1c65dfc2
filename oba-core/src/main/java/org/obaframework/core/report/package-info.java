/**
 * Reporting: the report card as a published value ({@link ReportCard}: its {@link ReportLine}s,
 * {@link BreakdownTable}s and {@link ChangeProfile}s of {@link Cell}s) and the disclosure control
 * that decides every published number ({@link DisclosurePolicy}, {@link DisclosureControl} for one
 * table).
 *
 * <pre>{@code
 * Results results = evaluation.evaluate(records.groups());       // exact tallies, computed
 * ReportCard card = ReportCard.of(evaluation, results,
 *     ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE));   // controlled, published
 * System.out.println(card.toText());                             // rendered
 *
 * CountTable table = CountTable.additive(
 *     List.of("Leeds", "York"), List.of("Improved", "Not improved"),
 *     new long[][] {{20, 3}, {12, 30}});
 * ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);
 * controlled.cell(0, 1).text();          // "[c]": 3 is a small count
 * controlled.cell(0, 0).text();          // "[c]": hidden too, or 23 - 20 would reveal the 3
 * }</pre>
 *
 * <p>Disclosure control is a separate step over a whole card after aggregation: every count cell
 * of the card becomes one count of one linear system, small counts are hidden, and further counts
 * are hidden until an audit by linear and integer programming (ojAlgo) finds that no published
 * number narrows a sensitive count below its protection interval ({@link DisclosurePolicy}
 * states the model). A published card holds only what may be published, and says of a hidden
 * cell only that it is hidden. Computation is pure and deterministic. Every type is immutable and
 * thread-safe; no method accepts or returns {@code null}; bad tables and bad policies raise
 * {@link org.obaframework.core.ValidationException}.
 */
@org.jspecify.annotations.NullMarked
@ObaStyle
package org.obaframework.core.report;

import org.obaframework.core.internal.ObaStyle;
