package org.obaframework.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

/** Worked examples of better-off measures: eligibility, composites, families, explanations. */
class BetterOffEvaluatorTest {
  static final Indicator ATTENDANCE = Fixtures.indicator("ATT", NumericScale.of("%", 0, 100),
      Polarity.HIGHER_IS_BETTER, RatedAt.CHILD);
  static final Indicator EXCLUDED = Fixtures.indicator("EXCL", BinaryScale.of(
      Label.of("Excluded from school"), Label.of("In school")), Polarity.LOWER_IS_BETTER,
      RatedAt.CHILD);
  static final Indicator TENANCY = Fixtures.indicator("TENANCY",
      OrdinalScale.of("none", "low", "medium", "high"), Polarity.LOWER_IS_BETTER, RatedAt.FAMILY);
  static final Indicator MOOD = Fixtures.indicator("MOOD", NumericScale.wholeNumbers("points",
      0, 27), Polarity.LOWER_IS_BETTER, RatedAt.CHILD);
  static final Indicator GOALS = Fixtures.indicator("GOALS", NumericScale.wholeNumbers("points",
      0, 10), Polarity.HIGHER_IS_BETTER, RatedAt.CHILD);
  static final Indicator OTHER = Fixtures.indicator("OTHER", BinaryScale.YES_NO,
      Polarity.HIGHER_IS_BETTER, RatedAt.CHILD);

  static final OutcomesFramework FRAMEWORK = OutcomesFramework.builder()
      .code("IFS-TEST")
      .name(Label.of("Test"))
      .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")))
      .addIndicators(ATTENDANCE, EXCLUDED, TENANCY, MOOD, GOALS, OTHER)
      .addProgrammes(Programme.builder().code("IFS").name(Label.of("Intensive family support"))
          .serviceArea("FS").addIndicators("ATT", "EXCL", "TENANCY").build())
      .addProgrammes(Programme.builder().code("CAMHS").name(Label.of("CAMH service"))
          .serviceArea("FS").addIndicators("MOOD", "GOALS").build())
      .build();

  static final LocalDate START = LocalDate.of(2025, 4, 7);
  static final LocalDate LATER = LocalDate.of(2025, 10, 6);
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  /** "School attendance improved significantly in families with an attendance problem." */
  static final BetterOffMeasure ATTENDANCE_IMPROVED = BetterOffMeasure.builder()
      .code("IFS-ATT")
      .programme("IFS")
      .countingUnit(CountingUnit.FAMILY)
      .addIndicators("ATT")
      .defaultRule(BetterOffRule.improvedByAtLeast(10))
      .addEligibility(BaselineCondition.worseThan("ATT", ScaleValue.of(90)))
      .build();

  /** A family of two children, F-1-C1 and F-1-C2, and an adult. */
  static Subject family(String id) {
    return Subject.family(id)
        .addMembers(Member.of(id + "-A1", MemberRole.ADULT),
            Member.of(id + "-C1", MemberRole.CHILD), Member.of(id + "-C2", MemberRole.CHILD))
        .build();
  }

  static Episode.Builder episode(String subject, String programme) {
    return Episode.builder().id("E-" + subject).subject(subject).programme(programme)
        .localAuthority("LA-1").start(START);
  }

  static Review review(String id, String episode, ReviewKind kind, LocalDate on,
      Rating... ratings) {
    return Review.builder().id(id).episode(episode).kind(kind).assessedOn(on)
        .rater(Rater.PRACTITIONER).addRatings(ratings).build();
  }

  static SubjectRecords familyRecords(Episode episode, Rating[] baseline, Rating[] later) {
    Subject subject = family(episode.subject());
    List<Review> reviews = new ArrayList<>();
    reviews.add(review("R-" + subject.id() + "-1", episode.id(), ReviewKind.BASELINE,
        START.plusDays(7), baseline));
    if (later.length > 0) {
      reviews.add(review("R-" + subject.id() + "-2", episode.id(), ReviewKind.REVIEW, LATER,
          later));
    }
    return SubjectRecords.of(subject, List.of(episode), reviews);
  }

  static Rating att(String member, double value) {
    return Rating.of("ATT", value).about(member);
  }

  static Decision only(List<Decision> decisions) {
    assertThat(decisions).hasSize(1);
    return decisions.get(0);
  }

  @Test
  void aFamilyWithAnAttendanceProblemWhoseChildImprovedIsBetterOff() {
    SubjectRecords records = familyRecords(episode("F-1", "IFS").build(),
        new Rating[] {att("F-1-C1", 72), att("F-1-C2", 95)},
        new Rating[] {att("F-1-C1", 91.5), att("F-1-C2", 96)});

    Decision decision = only(BetterOffEvaluator.of(FRAMEWORK, ATTENDANCE_IMPROVED)
        .decide(records, AS_OF));

    assertThat(decision.standing()).isEqualTo(Standing.BETTER_OFF);
    assertThat(decision.unit()).isEqualTo(CountingUnit.FAMILY);
    assertThat(decision.unitId()).isEqualTo("F-1");
    assertThat(decision.rater()).contains(Rater.PRACTITIONER);
    // Only the eligible child's change was judged: the other child had no attendance problem.
    assertThat(decision.changes()).extracting(c -> c.member().orElseThrow())
        .containsExactly("F-1-C1");
    assertThat(decision.explain())
        .contains("Eligible, child F-1-C1: ATT worse than 90 % at baseline.")
        .contains("Not eligible, child F-1-C2: not ATT worse than 90 % at baseline.")
        .contains("ATT (ATT) for child F-1-C1: 72 % in review R-F-1-1 on 2025-04-14, then "
            + "91.5 % in review R-F-1-2 on 2025-10-06: improved by 19.5 percentage points; rule "
            + "\"improved by at least 10 percentage points\": better off.")
        .contains("Family rule ANY_MEMBER: better off.")
        .endsWith("Decision: better off.");
    assertThat(decision.toString()).doesNotContain("72").doesNotContain("91.5");
  }

  @Test
  void aFamilyWithoutAnAttendanceProblemIsNotEligible() {
    SubjectRecords records = familyRecords(episode("F-2", "IFS").build(),
        new Rating[] {att("F-2-C1", 95), att("F-2-C2", 98)},
        new Rating[] {att("F-2-C1", 80), att("F-2-C2", 99)});

    Decision decision = only(BetterOffEvaluator.of(FRAMEWORK, ATTENDANCE_IMPROVED)
        .decide(records, AS_OF));

    assertThat(decision.standing()).isEqualTo(Standing.NOT_ELIGIBLE);
    assertThat(decision.standing().isInDenominator()).isFalse();
  }

  @Test
  void anEligibleChildWithoutASecondReviewLeavesTheFamilyNotPairedAndSaysWhy() {
    SubjectRecords records = familyRecords(episode("F-3", "IFS").build(),
        new Rating[] {att("F-3-C1", 60)}, new Rating[] {});

    Decision decision = only(BetterOffEvaluator.of(FRAMEWORK, ATTENDANCE_IMPROVED)
        .decide(records, AS_OF));

    assertThat(decision.standing()).isEqualTo(Standing.NOT_PAIRED);
    assertThat(decision.explain())
        .contains("ATT (ATT) for child F-3-C1: not paired (no later review); baseline 60 % in "
            + "review R-F-3-1.");
  }

  @Test
  void aFamilyIsBetterOffWhenAnyEligibleChildIsOrUnderAllMembersWhenAllAre() {
    Rating[] baseline = {att("F-4-C1", 60), att("F-4-C2", 70)};
    Rating[] later = {att("F-4-C1", 95), att("F-4-C2", 72)};
    SubjectRecords records = familyRecords(episode("F-4", "IFS").build(), baseline, later);
    BetterOffMeasure all = BetterOffMeasure.builder().from(ATTENDANCE_IMPROVED)
        .familyRule(FamilyRule.ALL_MEMBERS).build();

    assertThat(only(BetterOffEvaluator.of(FRAMEWORK, ATTENDANCE_IMPROVED).decide(records, AS_OF))
        .standing()).isEqualTo(Standing.BETTER_OFF);
    assertThat(only(BetterOffEvaluator.of(FRAMEWORK, all).decide(records, AS_OF)).standing())
        .isEqualTo(Standing.NO_CHANGE);
  }

  @Test
  void familiesNoLongerExcludedAmongThoseWithAChildExcludedAtBaseline() {
    BetterOffMeasure noLongerExcluded = BetterOffMeasure.builder()
        .code("IFS-EXCL").programme("IFS").countingUnit(CountingUnit.FAMILY)
        .addIndicators("EXCL")
        .addEligibility(BaselineCondition.is("EXCL", true))
        .build();
    SubjectRecords records = familyRecords(episode("F-5", "IFS").build(),
        new Rating[] {Rating.of("EXCL", true).about("F-5-C1"),
            Rating.of("EXCL", false).about("F-5-C2")},
        new Rating[] {Rating.of("EXCL", false).about("F-5-C1"),
            Rating.of("EXCL", true).about("F-5-C2")});

    Decision decision = only(BetterOffEvaluator.of(FRAMEWORK, noLongerExcluded)
        .decide(records, AS_OF));

    // C1 was excluded and is no longer; C2 was not eligible, so its exclusion does not count.
    assertThat(decision.standing()).isEqualTo(Standing.BETTER_OFF);
    assertThat(decision.explain())
        .contains("EXCL (EXCL) for child F-5-C1: \"Excluded from school\" in review R-F-5-1 on "
            + "2025-04-14, then \"In school\" in review R-F-5-2 on 2025-10-06: improved by 1; "
            + "rule \"any improvement\": better off.");
  }

  @Test
  void aFamilyLevelIndicatorJudgesTheFamilyAsOnePerson() {
    BetterOffMeasure stableTenancy = BetterOffMeasure.builder()
        .code("IFS-TENANCY").programme("IFS").countingUnit(CountingUnit.FAMILY)
        .addIndicators("TENANCY")
        .defaultRule(BetterOffRule.reaches(ScaleValue.level("low"),
            BetterOffRule.Maintained.COUNTS))
        .familyRule(FamilyRule.FAMILY_INDICATORS)
        .build();
    SubjectRecords records = familyRecords(episode("F-6", "IFS").build(),
        new Rating[] {Rating.of("TENANCY", "high")}, new Rating[] {Rating.of("TENANCY", "none")});

    Decision decision = only(BetterOffEvaluator.of(FRAMEWORK, stableTenancy)
        .decide(records, AS_OF));

    assertThat(decision.standing()).isEqualTo(Standing.BETTER_OFF);
    assertThat(decision.explain()).contains("TENANCY (TENANCY) for family F-6: \"high\" in "
        + "review R-F-6-1 on 2025-04-14, then \"none\" in review R-F-6-2 on 2025-10-06: improved "
        + "by 3 levels; rule \"reaches low or none (staying there counts)\": better off.");
  }

  @Test
  void countingChildrenGivesOneDecisionPerChildJudgedOnTheirOwnRatings() {
    BetterOffMeasure perChild = BetterOffMeasure.builder().from(ATTENDANCE_IMPROVED)
        .code("IFS-ATT-CHILD").countingUnit(CountingUnit.CHILD).build();
    SubjectRecords records = familyRecords(episode("F-7", "IFS").build(),
        new Rating[] {att("F-7-C1", 72), att("F-7-C2", 50)},
        new Rating[] {att("F-7-C1", 91.5), att("F-7-C2", 52)});

    List<Decision> decisions = BetterOffEvaluator.of(FRAMEWORK, perChild).decide(records, AS_OF);

    assertThat(decisions).extracting(Decision::unitId, Decision::standing).containsExactly(
        tuple("F-7-C1", Standing.BETTER_OFF), tuple("F-7-C2", Standing.NO_CHANGE));
  }

  @Test
  void theCorcCompositeIsNotBetterOffWithOneMeasureImprovedAndOneDeteriorated() {
    BetterOffMeasure corc = BetterOffMeasure.builder()
        .code("CAMHS-CORC").programme("CAMHS").countingUnit(CountingUnit.CHILD)
        .addIndicators("MOOD", "GOALS")
        .putRules("MOOD", BetterOffRule.reliableChange(MinimumChanges.PHQ_9))
        .putRules("GOALS", BetterOffRule.reliableChange(MinimumChanges.GOAL_BASED_OUTCOMES))
        .composite(Composite.corc())
        .build();
    Subject child = Subject.child("C-1").build();
    Episode episode = episode("C-1", "CAMHS").build();
    List<Review> reviews = List.of(
        review("R-1", episode.id(), ReviewKind.BASELINE, START,
            Rating.of("MOOD", 20), Rating.of("GOALS", 3)),
        review("R-2", episode.id(), ReviewKind.REVIEW, LATER,
            Rating.of("MOOD", 8), Rating.of("GOALS", 0)));

    Decision decision = only(BetterOffEvaluator.of(FRAMEWORK, corc)
        .decide(SubjectRecords.of(child, List.of(episode), reviews), AS_OF));

    // Mood reliably improved (20 -> 8, at least 6); goals reliably deteriorated (3 -> 0).
    assertThat(decision.standing()).isEqualTo(Standing.DETERIORATED);
    assertThat(decision.explain())
        .contains("rule \"reliable improvement of at least 6")
        .contains(": better off.")
        .contains(": worse off.")
        .contains("Child C-1: not better off, deteriorated (better off on at least one indicator "
            + "and worse off on none (CORC)).");

    BetterOffMeasure any = BetterOffMeasure.builder().from(corc).composite(Composite.any())
        .build();
    assertThat(only(BetterOffEvaluator.of(FRAMEWORK, any)
        .decide(SubjectRecords.of(child, List.of(episode), reviews), AS_OF)).standing())
        .isEqualTo(Standing.BETTER_OFF);
  }

  @Test
  void atLeastKAndAllCompositesCountIndicatorsBetterOff() {
    Subject child = Subject.child("C-2").build();
    Episode episode = episode("C-2", "CAMHS").build();
    List<Review> reviews = List.of(
        review("R-1", episode.id(), ReviewKind.BASELINE, START,
            Rating.of("MOOD", 20), Rating.of("GOALS", 3)),
        review("R-2", episode.id(), ReviewKind.REVIEW, LATER,
            Rating.of("MOOD", 10), Rating.of("GOALS", 4)));
    SubjectRecords records = SubjectRecords.of(child, List.of(episode), reviews);
    BetterOffMeasure.Builder base = BetterOffMeasure.builder()
        .code("CAMHS-K").programme("CAMHS").countingUnit(CountingUnit.CHILD)
        .addIndicators("MOOD", "GOALS");

    assertThat(only(BetterOffEvaluator.of(FRAMEWORK, base.composite(Composite.atLeast(2)).build())
        .decide(records, AS_OF)).standing()).isEqualTo(Standing.BETTER_OFF);
    assertThat(only(BetterOffEvaluator.of(FRAMEWORK, base.composite(Composite.all())
        .putRules("GOALS", BetterOffRule.improvedByAtLeast(3)).build())
        .decide(records, AS_OF)).standing()).isEqualTo(Standing.NO_CHANGE);
  }

  @Test
  void anEpisodeClosedForAnExcludedReasonIsExcluded() {
    Episode moved = episode("F-8", "IFS").end(LATER).closureReason(ClosureReason.MOVED_AWAY)
        .build();
    SubjectRecords records = familyRecords(moved, new Rating[] {att("F-8-C1", 60)},
        new Rating[] {att("F-8-C1", 95)});
    BetterOffMeasure excluding = BetterOffMeasure.builder().from(ATTENDANCE_IMPROVED)
        .addExcludedClosureReasons(ClosureReason.MOVED_AWAY).build();

    Decision decision = only(BetterOffEvaluator.of(FRAMEWORK, excluding).decide(records, AS_OF));

    assertThat(decision.standing()).isEqualTo(Standing.EXCLUDED);
    assertThat(decision.explain()).contains("closed for a reason the measure excludes "
        + "(MOVED_AWAY)");
  }

  @Test
  void aRatingNotApplicableAtTheLaterReviewExcludesTheChild() {
    BetterOffMeasure perChild = BetterOffMeasure.builder()
        .code("IFS-ATT-ANY").programme("IFS").countingUnit(CountingUnit.CHILD)
        .addIndicators("ATT").build();
    SubjectRecords records = familyRecords(episode("F-9", "IFS").build(),
        new Rating[] {att("F-9-C1", 60), att("F-9-C2", 70)},
        new Rating[] {Rating.notApplicable("ATT").about("F-9-C1"), att("F-9-C2", 80)});

    List<Decision> decisions = BetterOffEvaluator.of(FRAMEWORK, perChild).decide(records, AS_OF);

    assertThat(decisions).extracting(Decision::unitId, Decision::standing).containsExactly(
        tuple("F-9-C1", Standing.EXCLUDED), tuple("F-9-C2", Standing.BETTER_OFF));
  }

  @Test
  void aSubjectWithoutAnEpisodeOfTheProgrammeIsNotInThePopulation() {
    Subject child = Subject.child("C-3").build();
    Episode other = episode("C-3", "CAMHS").build();
    assertThat(BetterOffEvaluator.of(FRAMEWORK, ATTENDANCE_IMPROVED)
        .decide(SubjectRecords.of(child, List.of(other), List.of()), AS_OF)).isEmpty();
  }

  @Test
  void eachRaterSeparatelyGivesOneDecisionPerRater() {
    BetterOffMeasure perRater = BetterOffMeasure.builder()
        .code("CAMHS-GOALS").programme("CAMHS").countingUnit(CountingUnit.CHILD)
        .addIndicators("GOALS").pairing(Pairing.latest().withRaters(RaterChoice.EACH_SEPARATELY))
        .build();
    Subject child = Subject.child("C-4").build();
    Episode episode = episode("C-4", "CAMHS").build();
    List<Review> reviews = List.of(
        review("R-1", episode.id(), ReviewKind.BASELINE, START, Rating.of("GOALS", 2)),
        Review.builder().id("R-2").episode(episode.id()).kind(ReviewKind.BASELINE)
            .assessedOn(START).rater(Rater.CHILD_OR_YOUNG_PERSON)
            .addRatings(Rating.of("GOALS", 5)).build(),
        review("R-3", episode.id(), ReviewKind.REVIEW, LATER, Rating.of("GOALS", 6)),
        Review.builder().id("R-4").episode(episode.id()).kind(ReviewKind.REVIEW)
            .assessedOn(LATER).rater(Rater.CHILD_OR_YOUNG_PERSON)
            .addRatings(Rating.of("GOALS", 4)).build());

    List<Decision> decisions = BetterOffEvaluator.of(FRAMEWORK, perRater)
        .decide(SubjectRecords.of(child, List.of(episode), reviews), AS_OF);

    assertThat(decisions).extracting(d -> d.rater().orElseThrow(), Decision::standing)
        .containsExactlyInAnyOrder(tuple(Rater.PRACTITIONER, Standing.BETTER_OFF),
            tuple(Rater.CHILD_OR_YOUNG_PERSON, Standing.DETERIORATED));
  }

  @Test
  void aRuleNamingAnIndicatorOutsideTheProgrammeIsRefused() {
    BetterOffMeasure wrong = BetterOffMeasure.builder()
        .code("IFS-MOOD").programme("IFS").countingUnit(CountingUnit.CHILD)
        .addIndicators("MOOD").build();

    assertThatThrownBy(() -> BetterOffEvaluator.of(FRAMEWORK, wrong))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("better-off measure 'IFS-MOOD', field indicators")
        .hasMessageContaining("indicator not in the programme")
        .hasMessageContaining("expected an indicator of programme 'IFS', one of [ATT, EXCL, "
            + "TENANCY]")
        .hasMessageContaining("found 'MOOD'");
  }

  @Test
  void badConfigurationsAreAllReportedAtOnce() {
    BetterOffMeasure bad = BetterOffMeasure.builder()
        .code("BAD").programme("IFS").countingUnit(CountingUnit.FAMILY)
        .addIndicators("EXCL", "ATT")
        .putRules("EXCL", BetterOffRule.reaches(ScaleValue.of(3), BetterOffRule.Maintained.COUNTS))
        .putRules("TENANCY", BetterOffRule.anyImprovement())
        .composite(Composite.atLeast(3))
        .addEligibility(BaselineCondition.atLevels("TENANCY", "severe"))
        .addEligibility(BaselineCondition.worseThan("EXCL", ScaleValue.of(1)))
        .familyRule(FamilyRule.FAMILY_INDICATORS)
        .build();

    List<org.obaframework.core.Problem> problems = bad.problems(FRAMEWORK);

    assertThat(problems).extracting(org.obaframework.core.Problem::type).containsExactly(
        ProblemType.RULE_DOES_NOT_FIT, ProblemType.UNKNOWN_REFERENCE,
        ProblemType.RULE_DOES_NOT_FIT, ProblemType.RULE_DOES_NOT_FIT, ProblemType.OUT_OF_RANGE,
        ProblemType.RULE_DOES_NOT_FIT);
    assertThat(problems.get(0).message()).contains("for indicator 'EXCL'", "field rules.EXCL.target",
        "no target on a binary scale");
    assertThat(problems.get(1).message()).contains("field rules", "'TENANCY'");
    assertThat(problems.get(2).message()).contains("levels", "found 'severe'");
    assertThat(problems.get(3).message()).contains("field eligibility[1].threshold",
        "an ordinal or numeric indicator for a threshold");
    assertThat(problems.get(4).message()).contains("field composite", "at most 2 indicators",
        "found at least 3");
    assertThat(problems.get(5).message()).contains("field familyRule",
        "a family-level indicator for FAMILY_INDICATORS");
  }

  @Test
  void aReviewCountingUnitAndAnEmptyMeasureAreRefusedAtOnce() {
    assertThatThrownBy(() -> BetterOffMeasure.builder().code("X").programme("IFS")
        .countingUnit(CountingUnit.REVIEW).addIndicators("ATT").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field countingUnit")
        .hasMessageContaining("a review is not better off");
    assertThatThrownBy(() -> BetterOffMeasure.builder().code("X").programme("IFS")
        .countingUnit(CountingUnit.CHILD).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field indicators")
        .hasMessageContaining("at least one indicator");
  }

  @Test
  void anIndicatorGivenTwiceIsRefused() {
    // Judged twice, one improvement would count as two in "better off on at least 2".
    assertThatThrownBy(() -> BetterOffMeasure.builder().code("X").programme("IFS")
        .countingUnit(CountingUnit.CHILD).addIndicators("ATT", "TENANCY", "ATT")
        .composite(Composite.atLeast(2)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("duplicate code")
        .hasMessageContaining("field indicators[2]")
        .hasMessageContaining("each indicator at most once")
        .hasMessageContaining("'ATT' again");
  }

  @Test
  void aChildMeasureOnAnAdultIndicatorIsRefused() {
    OutcomesFramework framework = OutcomesFramework.builder().from(FRAMEWORK)
        .addIndicators(Fixtures.indicator("STRESS", NumericScale.wholeNumbers("points", 0, 40),
            Polarity.LOWER_IS_BETTER, RatedAt.ADULT))
        .programmes(List.of(Programme.builder().code("IFS").name(Label.of("IFS"))
            .serviceArea("FS").addIndicators("ATT", "STRESS").build()))
        .build();
    BetterOffMeasure wrong = BetterOffMeasure.builder().code("W").programme("IFS")
        .countingUnit(CountingUnit.CHILD).addIndicators("STRESS").build();

    assertThat(wrong.problems(framework)).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ProblemType.WRONG_LEVEL);
      assertThat(p.message()).contains("indicators rated at CHILD or FAMILY level",
          "'STRESS' rated at ADULT level");
    });
  }

  @Test
  void aClosureAfterTheAsOfDateHasNotHappenedYet() {
    Episode moving = episode("F-10", "IFS").end(AS_OF.plusDays(30))
        .closureReason(ClosureReason.MOVED_AWAY).build();
    SubjectRecords records = familyRecords(moving, new Rating[] {att("F-10-C1", 60)},
        new Rating[] {att("F-10-C1", 95)});
    BetterOffMeasure excluding = BetterOffMeasure.builder().from(ATTENDANCE_IMPROVED)
        .addExcludedClosureReasons(ClosureReason.MOVED_AWAY).build();

    assertThat(only(BetterOffEvaluator.of(FRAMEWORK, excluding).decide(records, AS_OF))
        .standing()).isEqualTo(Standing.BETTER_OFF);
    assertThat(only(BetterOffEvaluator.of(FRAMEWORK, excluding)
        .decide(records, AS_OF.plusDays(30))).standing()).isEqualTo(Standing.EXCLUDED);
  }

  @Test
  void standingsAndDecisionsRefuseAValueOffTheScaleAtEitherEnd() {
    // A child, one episode, one rater: the report card's case, where no change is built.
    BetterOffMeasure measure = BetterOffMeasure.builder().code("ATT-UP").programme("IFS")
        .countingUnit(CountingUnit.CHILD).addIndicators("ATT")
        .pairing(Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER))).build();
    BetterOffEvaluator evaluator = BetterOffEvaluator.of(FRAMEWORK, measure);
    Episode episode = Episode.builder().id("E-C-1").subject("C-1").programme("IFS")
        .localAuthority("LA-1").start(START).build();
    for (double[] values : new double[][] {{50, 150}, {150, 50}}) {
      SubjectRecords records = SubjectRecords.of(Subject.child("C-1").build(), List.of(episode),
          List.of(review("R-1", episode.id(), ReviewKind.BASELINE, START,
                  Rating.of("ATT", values[0])),
              review("R-2", episode.id(), ReviewKind.REVIEW, LATER,
                  Rating.of("ATT", values[1]))));
      String field = values[0] > 100 ? "field startValue" : "field endValue";
      for (Runnable path : List.<Runnable>of(
          () -> evaluator.standings(records, AS_OF, (unit, on, standing) -> { }),
          () -> evaluator.decide(records, AS_OF))) {
        assertThatThrownBy(path::run)
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("change of subject 'C-1'")
            .hasMessageContaining(field)
            .hasMessageContaining("value off the scale")
            .hasMessageNotContaining("150");   // never the rated value
      }
    }
  }
}
