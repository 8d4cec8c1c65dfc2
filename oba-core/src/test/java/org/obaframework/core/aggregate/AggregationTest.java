package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.obaframework.core.aggregate.AggregationFixtures.AS_OF;
import static org.obaframework.core.aggregate.AggregationFixtures.START;
import static org.obaframework.core.aggregate.AggregationFixtures.family;
import static org.obaframework.core.aggregate.AggregationFixtures.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

class AggregationTest {
  private static Tally total(Results results, String measure) {
    return results.total(measure).orElseThrow();
  }

  @Test
  void thePooledRatioIsReportedNeverTheAverageOfPercents() {
    // LA-1: 1 family, better off (100 %). LA-2: 9 families, 1 better off (11 %).
    // The average of the two percents is 55.6 %; the right answer is 2 of 10, 20 %.
    List<SubjectRecords> families = new ArrayList<>();
    families.add(family("F-1", "LA-1", 1, "high", "none", false, 7));
    families.add(family("F-2", "LA-2", 1, "high", "low", false, 7));
    for (int i = 3; i <= 10; i++) {
      families.add(family("F-" + i, "LA-2", 1, "high", "high", false, 7));
    }
    Evaluation evaluation = evaluation()
        .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE)).build();

    Results results = evaluation.evaluate(families.stream());

    Map<String, Tally> rows = results.rows("STABLE", "local-authority");
    assertThat(((Proportion) rows.get("LA-1")).percent().getAsDouble()).isEqualTo(100.0);
    assertThat(((Proportion) rows.get("LA-2")).percent().getAsDouble())
        .isCloseTo(11.11, within(0.01));
    Proportion all = (Proportion) total(results, "STABLE");
    assertThat(all).isEqualTo(Proportion.of(2, 10));
    assertThat(all.percent().getAsDouble()).isEqualTo(20.0);
  }

  @Test
  void countsHowMuchDistinctly() {
    SubjectRecords withOutput = family("F-1", "LA-1", 3, "high", "low", true, 7);
    Episode episode = Episode.builder().from(withOutput.episodes().get(0))
        .addServiceOutputs("RES").deliveryModel("RESIDENTIAL").build();
    withOutput = SubjectRecords.of(withOutput.subject(), List.of(episode),
        withOutput.reviews());
    Results results = evaluation().build().evaluate(Stream.of(withOutput,
        family("F-2", "LA-1", 2, "medium", "low", false, 40)));

    assertThat(total(results, "FAMILIES")).isEqualTo(Count.of(2));
    assertThat(total(results, "CHILDREN")).isEqualTo(Count.of(5));
    assertThat(total(results, "ADULTS")).isEqualTo(Count.of(2));
    assertThat(total(results, "EPISODES")).isEqualTo(Count.of(2));
    assertThat(total(results, "RESIDENTIAL")).isEqualTo(Count.of(1));
    assertThat(total(results, "EVICTED-AT-START")).isEqualTo(Proportion.of(1, 2));
    // F-1's baseline came on day 7, F-2's on day 40: one of two within 4 weeks.
    assertThat(total(results, "BASELINE-4W")).isEqualTo(Proportion.of(1, 2));
  }

  @Test
  void aFamilyThatMovedCountsInBothLocalAuthoritiesAndOnceInTheTotal() {
    SubjectRecords moved = family("F-1", "LA-1", 2, "high", "low", false, 7);
    Episode first = Episode.builder().from(moved.episodes().get(0))
        .end(START.plusDays(100)).build();
    Episode second = Episode.builder().id("E-F-1-B").subject("F-1").programme("IFS")
        .localAuthority("LA-2").start(START.plusDays(101)).build();
    moved = SubjectRecords.of(moved.subject(), List.of(first, second), List.of(
        moved.reviews().get(0),
        AggregationFixtures.review("R-B", second.id(), ReviewKind.BASELINE, START.plusDays(110),
            Rating.of("TENANCY", "low"))));
    Evaluation evaluation = evaluation()
        .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE)).build();

    Results results = evaluation.evaluate(Stream.of(moved,
        family("F-2", "LA-2", 1, "high", "low", false, 7)));

    Map<String, Tally> rows = results.rows("FAMILIES", "local-authority");
    assertThat(rows).containsEntry("LA-1", Count.of(1)).containsEntry("LA-2", Count.of(2));
    // Summing the rows would say 3; the distinct families are 2.
    assertThat(total(results, "FAMILIES")).isEqualTo(Count.of(2));
    assertThat(total(results, "EPISODES")).isEqualTo(Count.of(3));
  }

  @Test
  void theLocalAuthorityRuleDecidesWhereAMovedChildCounts() {
    SubjectRecords child = SubjectRecords.of(Subject.child("C-1")
        .attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, "LA-1")
            .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", START.plusDays(60)))
        .build(), List.of(Episode.builder().id("E-1").subject("C-1").programme("IFS")
            .localAuthority("LA-9").start(START).build()), List.of());
    for (LocalAuthorityRule rule : LocalAuthorityRule.values()) {
      Results results = evaluation().addBreakdowns(Breakdown.localAuthority(rule)).build()
          .evaluate(child);
      String expected = rule == LocalAuthorityRule.EPISODE ? "LA-9"
          : rule == LocalAuthorityRule.AT_EPISODE_START ? "LA-1" : "LA-2";
      assertThat(results.rows("CHILDREN", "local-authority")).as(rule.toString())
          .containsOnlyKeys(expected);
    }
  }

  @Test
  void breaksDownByHierarchyCrossAndPeriodComputingEachRowFromRecords() {
    Evaluation evaluation = evaluation().addBreakdowns(
        Breakdown.hierarchy("area", Breakdown.programme(),
            Breakdown.localAuthority(LocalAuthorityRule.EPISODE)),
        Breakdown.cross(Breakdown.localAuthority(LocalAuthorityRule.EPISODE),
            Breakdown.deliveryModel()),
        Breakdown.period(PeriodKind.FINANCIAL_QUARTER)).build();

    Results results = evaluation.evaluate(Stream.of(
        family("F-1", "LA-1", 1, "high", "low", false, 7),
        family("F-2", "LA-2", 1, "high", "low", false, 7)));

    assertThat(results.rows("FAMILIES", "area")).containsOnlyKeys("IFS", "IFS > LA-1",
        "IFS > LA-2").containsEntry("IFS", Count.of(2));
    assertThat(results.rows("FAMILIES", "local-authority x delivery-model"))
        .containsOnlyKeys("LA-1 | (not recorded)", "LA-2 | (not recorded)");
    assertThat(results.rows("FAMILIES", "financial-quarter")).containsOnlyKeys(
        "2025-04-01/2025-06-30", "2025-07-01/2025-09-30", "2025-10-01/2025-12-31",
        "2026-01-01/2026-03-31").allSatisfy((key, tally) ->
            assertThat(tally).isEqualTo(Count.of(2)));
  }

  @Test
  void aZeroDenominatorHasNoPercentAndNoInterval() {
    Results results = evaluation().build().evaluate(Stream.of(
        family("F-1", "LA-1", 1, "high", "high", false, 7)));
    Proportion none = Proportion.EMPTY.merge(new Proportion(0, 0, 0, 2, 0));
    assertThat(none.percent()).isEmpty();
    assertThat(none.interval(0.95)).isEmpty();
    assertThat(total(results, "STABLE")).isEqualTo(Proportion.of(0, 1));
  }

  @Test
  void aTransitionMeasureCountsMovesBetweenLevels() {
    Evaluation evaluation = Evaluation.builder().framework(AggregationFixtures.FRAMEWORK)
        .period(AggregationFixtures.YEAR).asOf(AS_OF)
        .addMeasures(TransitionMeasure.of("MOVES", Label.of("Tenancy risk moves"), "IFS",
            "TENANCY", org.obaframework.core.change.Pairing.latest().withRaters(org.obaframework.core.change.RaterChoice.only(
                org.obaframework.core.records.Rater.PRACTITIONER))))
        .build();
    Results results = evaluation.evaluate(Stream.of(
        family("F-1", "LA-1", 1, "high", "low", false, 7),
        family("F-2", "LA-1", 1, "high", "low", false, 7),
        family("F-3", "LA-1", 1, "medium", "high", false, 7)));

    Transitions moves = (Transitions) total(results, "MOVES");
    assertThat(moves.count("high", "low")).isEqualTo(2);
    assertThat(moves.count("medium", "high")).isEqualTo(1);
    assertThat(moves.baseline()).containsEntry("high", 2L).containsEntry("medium", 1L);
    assertThat(moves.later()).containsEntry("low", 2L).containsEntry("high", 1L);
  }

  @Test
  void howWellMeasuresCountEpisodesAndReviewsMeetingTheirCondition() {
    SubjectRecords family = family("F-1", "LA-1", 1, "high", "low", false, 7);
    Episode closed = Episode.builder().from(family.episodes().get(0)).end(START.plusDays(250))
        .closureReason(org.obaframework.core.records.ClosureReason.PLANNED).build();
    List<Review> reviews = new ArrayList<>(family.reviews());
    reviews.add(Review.builder().id("R-X").episode(closed.id()).kind(ReviewKind.REVIEW)
        .assessedOn(START.plusDays(240)).rater(org.obaframework.core.records.Rater
            .CHILD_OR_YOUNG_PERSON).build());
    family = SubjectRecords.of(family.subject(), List.of(closed), reviews);
    Evaluation evaluation = Evaluation.builder().framework(AggregationFixtures.FRAMEWORK)
        .period(AggregationFixtures.YEAR).asOf(AS_OF)
        .addMeasures(
            ProcessMeasure.of("ON-TIME", Label.of("Reviews within 13 weeks"), "IFS",
                ProcessCondition.reviewsWithin(91)),
            ProcessMeasure.of("VIEW", Label.of("Child's view recorded"), "IFS",
                ProcessCondition.viewRecorded(java.util.Set.of(
                    org.obaframework.core.records.Rater.CHILD_OR_YOUNG_PERSON))),
            ProcessMeasure.of("PLANNED", Label.of("Planned closures"), "IFS",
                ProcessCondition.plannedClosure()))
        .build();

    Results results = evaluation.evaluate(family);

    // Reviews on day 200 (193 days after the baseline: late) and day 240 (40 days: on time).
    assertThat(total(results, "ON-TIME")).isEqualTo(Proportion.of(1, 2));
    assertThat(total(results, "VIEW")).isEqualTo(Proportion.of(1, 1));
    assertThat(total(results, "PLANNED")).isEqualTo(Proportion.of(1, 1));
  }

  @Test
  void anEvaluationRefusesMeasuresThatDoNotFitTheFrameworkListingThemAll() {
    assertThatThrownBy(() -> Evaluation.builder().framework(AggregationFixtures.FRAMEWORK)
        .period(AggregationFixtures.YEAR).asOf(AS_OF)
        .addMeasures(CountMeasure.of("A", Label.of("A"), "NOPE", CountingUnit.CHILD),
            CountMeasure.ofOutput("B", Label.of("B"), "IFS", CountingUnit.FAMILY, "NOPE"),
            CountMeasure.of("B", Label.of("B again"), "IFS", CountingUnit.FAMILY))
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("3 problems")
        .hasMessageContaining("measure definition 'A', field programme")
        .hasMessageContaining("measure definition 'B', field serviceOutput")
        .hasMessageContaining("measure definition 'B', field id: duplicate code");
  }

  @Test
  void aBetterOffMeasureOnAReportCardNamesOneRaterSoThatEachUnitCountsOnce() {
    org.obaframework.core.change.BetterOffMeasure eachRater =
        org.obaframework.core.change.BetterOffMeasure.builder()
            .from(AggregationFixtures.STABLE)
            .pairing(org.obaframework.core.change.Pairing.latest())
            .build();
    assertThatThrownBy(() -> Evaluation.builder().framework(AggregationFixtures.FRAMEWORK)
        .period(AggregationFixtures.YEAR).asOf(AS_OF)
        .addMeasures(BetterOffDefinition.of(Label.of("Stable"), eachRater)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("better-off measure 'STABLE', field pairing.raters")
        .hasMessageContaining("one named rater")
        .hasMessageContaining("found EACH_SEPARATELY")
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(org.obaframework.core.Problem::type)
            .containsExactly(org.obaframework.core.ProblemType.UNSUPPORTED_CHOICE));
  }

  @Test
  void aPeriodRowCountsOnlyWhatHappenedInThatPeriod() {
    // Reviews on day 7 (April, Q1) and day 200 (October, Q3).
    Evaluation evaluation = Evaluation.builder().framework(AggregationFixtures.FRAMEWORK)
        .period(AggregationFixtures.YEAR).asOf(AS_OF)
        .addMeasures(CountMeasure.of("REVIEWS", Label.of("Reviews"), "IFS", CountingUnit.REVIEW),
            AggregationFixtures.MEASURES.get(AggregationFixtures.MEASURES.size() - 1))
        .addBreakdowns(Breakdown.period(PeriodKind.FINANCIAL_QUARTER)).build();

    Results results = evaluation.evaluate(family("F-1", "LA-1", 1, "high", "low", false, 7));

    assertThat(results.rows("REVIEWS", "financial-quarter")).containsOnly(
        Map.entry("2025-04-01/2025-06-30", Count.of(1)),
        Map.entry("2025-10-01/2025-12-31", Count.of(1)));
    assertThat(total(results, "REVIEWS")).isEqualTo(Count.of(2));
    // Better off rests on the October review: not paired in Q1 and Q2, judged from Q3.
    Map<String, Tally> stable = results.rows("STABLE", "financial-quarter");
    assertThat(stable.get("2025-04-01/2025-06-30")).isEqualTo(new Proportion(0, 0, 0, 1, 0));
    assertThat(stable.get("2025-10-01/2025-12-31")).isEqualTo(Proportion.of(1, 1));
  }

  @Test
  void anEvaluationRefusesARatedValueOffItsScaleNamingTheFieldNotTheValue() {
    // Records not validated against the framework: a level the tenancy scale does not have.
    SubjectRecords offScale = family("F-1", "LA-1", 1, "high", "catastrophic", false, 7);
    List<MeasureDefinition> reading = List.of(
        AggregationFixtures.MEASURES.get(AggregationFixtures.MEASURES.size() - 1),
        TransitionMeasure.of("MOVES", Label.of("Tenancy risk moves"), "IFS", "TENANCY",
            Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER))),
        BaselineProfile.of("HIGH-AT-START", Label.of("Families at high risk"), "IFS",
            CountingUnit.FAMILY, BaselineCondition.atLevels("TENANCY", "high")));
    for (MeasureDefinition measure : reading) {
      Evaluation evaluation = Evaluation.builder().framework(AggregationFixtures.FRAMEWORK)
          .period(AggregationFixtures.YEAR).asOf(AS_OF).addMeasures(measure).build();
      for (ThrowingCallable evaluating : List.<ThrowingCallable>of(
          () -> evaluation.evaluate(offScale),
          () -> evaluation.evaluate(List.of(offScale).stream()),
          () -> evaluation.evaluate(List.of(offScale).parallelStream()))) {
        assertThatThrownBy(evaluating).as(measure.code())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p.message()).contains("TENANCY")))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("catastrophic"));
      }
    }
  }

  @Test
  void aPeriodBreakdownCannotBeNested() {
    assertThatThrownBy(() -> evaluation().addBreakdowns(Breakdown.cross(
        Breakdown.programme(), Breakdown.period(PeriodKind.MONTH))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a period or cohort breakdown on its own");
  }

  @Test
  void underAnAtPeriodEndRuleAFamilyThatMovedCountsOnceWhereItEnded() {
    SubjectRecords moved = family("F-1", "LA-1", 1, "high", "low", false, 7);
    Episode first = Episode.builder().from(moved.episodes().get(0))
        .end(START.plusDays(100)).build();
    Episode second = Episode.builder().id("E-F-1-B").subject("F-1").programme("IFS")
        .localAuthority("LA-2").start(START.plusDays(101)).build();
    moved = SubjectRecords.of(moved.subject(), List.of(first, second),
        List.of(moved.reviews().get(0)));

    Results results = evaluation().addBreakdowns(
        Breakdown.localAuthority(LocalAuthorityRule.AT_PERIOD_END)).build().evaluate(moved);

    assertThat(results.rows("FAMILIES", "local-authority")).containsOnly(
        Map.entry("LA-2", Count.of(1)));
  }
}
