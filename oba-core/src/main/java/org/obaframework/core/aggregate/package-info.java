/**
 * Aggregation: measure definitions in all four quadrants, mergeable tallies, breakdowns, reporting
 * periods, and the evaluation of records into results.
 *
 * <pre>{@code
 * Evaluation evaluation = Evaluation.builder()
 *     .framework(framework)
 *     .period(ReportingPeriod.financialYear(2025))
 *     .asOf(LocalDate.of(2026, 3, 31))
 *     .addMeasures(familiesServed, stableTenancy)
 *     .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE))
 *     .build();
 * Results results = evaluation.evaluate(records.groups());          // one pass, any source
 * Results more = evaluation.evaluate(nextBatch.groups());
 * Results all = results.merge(more);                                // incremental
 * }</pre>
 *
 * <p>Entry points: {@link Evaluation}, which turns records into {@link Results}; the measure
 * definitions ({@link MeasureDefinition}: {@link CountMeasure}, {@link ProcessMeasure}, {@link
 * BetterOffDefinition}, {@link BaselineProfile}, {@link TransitionMeasure}); {@link Breakdown}
 * and {@link ReportingPeriod}; {@link LiveResults}, results kept current as records change.
 *
 * <p>Evaluation runs per subject, then merges: every {@link org.obaframework.core.aggregate.Tally}
 * has an empty identity and an associative, commutative merge, so sequential, parallel and
 * partitioned evaluation agree: exactly for counts, proportions and transitions, and up to
 * floating-point rounding for the sums of a {@link org.obaframework.core.aggregate.Summary}.
 * Every ratio is computed from summed counts, never by averaging ratios, and totals are
 * recomputed from records, never summed from rows. Every type is immutable and thread-safe unless
 * it says otherwise; no method accepts or returns {@code null}.
 */
@org.jspecify.annotations.NullMarked
@ObaStyle
package org.obaframework.core.aggregate;

import org.obaframework.core.internal.ObaStyle;
