/**
 * Baselines and turning the curve, and population accountability.
 *
 * <p>Curves: a {@link org.obaframework.core.curve.TimeSeries} of a measure or population
 * indicator, built from report cards or given; a {@link org.obaframework.core.curve.Baseline}
 * (history plus a forecast of where the measure goes if nothing changes: a linear trend with a
 * prediction interval, fitted by the model the series' unit chooses, {@link
 * org.obaframework.core.curve.TrendModel}; the last value carried forward; or the partners'
 * judgement); the {@link org.obaframework.core.curve.Verdict} of each later period in four honest
 * grades (turning the curve is doing better than the forecast in the polarity's direction;
 * slowing a worsening trend counts; oba calls it turned only outside the prediction interval);
 * the
 * {@link org.obaframework.core.curve.Trend}; and a {@link org.obaframework.core.curve.CurveReport}
 * over time. In OBA a baseline is history plus forecast, never the first value.
 *
 * <p>Population accountability and turning the curve: population results and their indicators,
 * the partners who share them, the links from programmes' performance measures to the results they
 * contribute to, turn-the-curve records (the story behind the baseline, what works and an action
 * plan), and commissioners' specifications of the measures and targets a contract asks for.
 *
 * <pre>{@code
 * Geography wales = Geography.of("W92000004", Label.of("Wales").with(Label.WELSH, "Cymru"));
 * Result poverty = Result.builder()
 *     .code("CYP-POVERTY")
 *     .statement(Label.of("Children in Wales are not disadvantaged by poverty"))
 *     .population(Label.of("Children and young people aged 0-17"))
 *     .geography(wales)
 *     .build();
 * PopulationAccountability wellBeing = PopulationAccountability.builder()
 *     .code("WALES-CYP")
 *     .name(Label.of("Well-being of children in Wales"))
 *     .addResults(poverty)
 *     .addIndicators(relativePoverty)
 *     .addContributions(MeasureContribution.of("IFS-STABLE-TENANCY", "CYP-POVERTY"))
 *     .build();
 * wellBeing.problems(framework);   // measures the framework lacks
 * }</pre>
 *
 * <p>Entry points: {@link TimeSeries}, {@link Baseline} and {@link CurveReport} for curves;
 * {@link PopulationAccountability}, {@link TurnTheCurveRecord}, {@link
 * CommissioningSpecification} and {@link ProviderReport} for population accountability.
 *
 * <p>In Friedman's terms, population accountability is about the well-being of a whole
 * population in an area, which no single agency can deliver; performance accountability (the
 * {@link org.obaframework.core.framework} and {@link org.obaframework.core.aggregate} packages) is
 * about how well a service works for its own clients. A {@link MeasureContribution} joins the
 * two.
 *
 * <p>Every type here is immutable and thread-safe. Factories and builders check each value's own
 * invariants and throw {@link org.obaframework.core.ValidationException}; containers check the
 * whole and report every problem at once; references into an {@link
 * org.obaframework.core.framework.OutcomesFramework} are checked by {@code problems(framework)},
 * which returns the problems rather than throwing. Nothing reads a clock: "today" is an
 * argument. No method accepts or returns {@code null}. The free text of professionals (the story
 * behind the baseline, ideas, actions, notes) is kept but never printed by {@code toString}.
 */
@org.jspecify.annotations.NullMarked
@ObaStyle
package org.obaframework.core.curve;

import org.obaframework.core.internal.ObaStyle;
