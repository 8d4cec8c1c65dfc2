/**
 * Child-level change and better-off decisions: which two reviews are compared ({@link Pairing}),
 * the change between them per subject, person, indicator and rater ({@link Change}, computed by
 * {@link ChangeCalculator}), the rules that judge a change better off ({@link BetterOffRule}), and
 * a whole better-off measure ({@link BetterOffMeasure}) decided for each child, family, adult or
 * episode by {@link BetterOffEvaluator}: a {@link Decision} with its {@link Standing} and the
 * {@link Trace} of how it was reached, from which its explanation is rendered.
 *
 * <pre>{@code
 * Pairing pairing = Pairing.latest().withMinimumIntervalDays(28);
 * ChangeCalculator calculator = ChangeCalculator.of(framework, pairing);
 * List<Change> changes = calculator.changes(subjectRecords, LocalDate.of(2026, 3, 31));
 * BetterOffRule rule = BetterOffRule.reaches(ScaleValue.level("low"), Maintained.DOES_NOT_COUNT);
 * long betterOff = changes.stream()
 *     .filter(c -> c.indicator().code().equals("RISK-CARE"))
 *     .filter(rule::decide)     // "reaches low or none" on a lower-is-better risk scale
 *     .count();
 *
 * for (Decision d : BetterOffEvaluator.of(framework, measure).decide(subjectRecords, asOf)) {
 *   d.standing();   // NOT_ELIGIBLE, EXCLUDED, NOT_PAIRED, NOT_BETTER_OFF or BETTER_OFF
 *   d.trace();      // eligibility, each indicator's change and verdict, the family rule
 *   d.explain();    // the trace in plain words, for a practitioner or an auditor
 * }
 * }</pre>
 *
 * <p>Each rule is written once: a pairing in {@link Pairing#pair}, a rule's verdict in {@link
 * BetterOffRule#judge}, a measure's decision in {@link BetterOffEvaluator}, which a report card
 * asks only for standings ({@link BetterOffEvaluator#standings}) and which records a trace only
 * when asked for decisions.
 *
 * <p>Computation is pure: a function of the framework, the records, the pairing and an explicit
 * as-of date; nothing reads the clock. A change that cannot be paired is kept, with the reason,
 * never dropped. Every type is immutable and thread-safe; no method accepts or returns {@code
 * null}; bad configuration raises {@link org.obaframework.core.ValidationException}.
 */
@org.jspecify.annotations.NullMarked
@ObaStyle
package org.obaframework.core.change;

import org.obaframework.core.internal.ObaStyle;
