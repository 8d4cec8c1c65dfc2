/**
 * The definition side of an outcomes framework: indicators and their scales, service areas,
 * programmes of intervention, performance measures, and external outcome frameworks.
 *
 * <pre>{@code
 * Indicator risk = Indicator.builder()
 *     .code("RISK-CARE")
 *     .name(Label.of("Risk of entering care").with(Label.WELSH, "Risg o fynd i ofal"))
 *     .definition(Label.of("How likely the child is to come into care"))
 *     .scale(OrdinalScale.of("none", "low", "medium", "high"))
 *     .polarity(Polarity.LOWER_IS_BETTER)
 *     .ratedAt(RatedAt.CHILD)
 *     .addServiceAreas("IFS")
 *     .build();
 * }</pre>
 *
 * <p>Entry points: {@link OutcomesFramework} (the whole, built with its builder), {@link
 * Indicator} and its {@link Scale} ({@link OrdinalScale}, {@link NumericScale}, {@link
 * BinaryScale}), whose values are {@link ScaleValue}s; {@link Programme}, {@link ServiceArea},
 * {@link PerformanceMeasure}; {@link Label} for every name; {@link ExternalFrameworks} for the UK
 * nations' outcome frameworks.
 *
 * <p>Every type here is immutable and thread-safe. Factories and builders check each value's own
 * invariants and throw {@link org.obaframework.core.ValidationException}; {@link
 * OutcomesFramework} checks the whole and reports every problem at once. No method accepts or
 * returns {@code null}.
 */
@org.jspecify.annotations.NullMarked
@ObaStyle
package org.obaframework.core.framework;

import org.obaframework.core.internal.ObaStyle;
