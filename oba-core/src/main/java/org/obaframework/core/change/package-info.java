/**
 * Child-level change: which two reviews are compared ({@link Pairing}), the change between them
 * per subject, person, indicator and rater ({@link Change}, computed by {@link ChangeCalculator}),
 * and the rules that decide whether a change counts as better off ({@link BetterOffRule}).
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
 * }</pre>
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
