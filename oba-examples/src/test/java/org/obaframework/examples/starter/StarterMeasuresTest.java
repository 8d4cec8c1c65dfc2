package org.obaframework.examples.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.Count;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.aggregate.Summary;
import org.obaframework.core.aggregate.Tally;
import org.obaframework.core.aggregate.Transitions;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.MinimumChanges;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;

class StarterMeasuresTest {
  private static final OutcomesFramework STARTER = StarterFramework.framework();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  @Test
  void everyDefinitionFitsTheFramework() {
    for (MeasureDefinition definition : StarterMeasures.all()) {
      assertThat(definition.problems(STARTER)).as(definition.code()).isEmpty();
    }
    assertThat(StarterMeasures.all().stream().map(MeasureDefinition::code).distinct())
        .hasSameSizeAs(StarterMeasures.all());
  }

  @Test
  void everyMeasureOutsideTheDataDevelopmentAgendaHasADefinitionOfItsQuadrant() {
    Map<String, MeasureDefinition> byCode = StarterMeasures.all().stream()
        .collect(Collectors.toMap(MeasureDefinition::code, Function.identity()));
    for (Programme programme : STARTER.programmes()) {
      for (PerformanceMeasure measure : STARTER.measuresOf(programme)) {
        if (measure.role() == MeasureRole.DATA_DEVELOPMENT) {
          assertThat(byCode).as(measure.code()).doesNotContainKey(measure.code());
          continue;
        }
        MeasureDefinition definition = byCode.get(measure.code());
        assertThat(definition).as(measure.code()).isNotNull();
        assertThat(definition.programme()).isEqualTo(programme.code());
        assertThat(definition.name()).isEqualTo(measure.name());
        assertThat(definition.section()).as(measure.code()).isEqualTo(section(measure.quadrant()));
        if (definition instanceof BetterOffDefinition betterOff) {
          assertThat(betterOff.measure().countingUnit()).isEqualTo(measure.countingUnit());
          assertThat(Set.copyOf(betterOff.measure().indicators()))
              .isEqualTo(measure.indicators());
        }
      }
    }
  }

  @Test
  void everyProgrammeHasDefinitionsInEverySection() {
    for (Programme programme : STARTER.programmes()) {
      assertThat(StarterMeasures.forProgramme(programme.code()).stream()
          .map(MeasureDefinition::section)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(Section.class))))
          .as(programme.code()).containsExactlyInAnyOrder(Section.values());
    }
    assertThat(StarterMeasures.forProgramme("NO-SUCH-PROGRAMME")).isEmpty();
  }

  @Test
  void camhsUsesTheConfigurableReliableChangePresets() {
    BetterOffDefinition improved = (BetterOffDefinition) definition("CAMHS-IMPROVED");
    assertThat(improved.measure().ruleFor("CAMHS-GOAL-PROGRESS"))
        .isEqualTo(BetterOffRule.reliableChange(MinimumChanges.GOAL_BASED_OUTCOMES));
    assertThat(((BetterOffDefinition) definition("CAMHS-FUNCTIONING-UP")).measure()
        .defaultRule()).isEqualTo(BetterOffRule.reliableChange(MinimumChanges.CGAS));
    // Jacobson & Truax: 1.96 * sqrt(2) * 12 * sqrt(1 - 0.9) = 10.5185...
    assertThat(StarterMeasures.wellbeingMinimumChange().value()).isCloseTo(10.5185, within(1e-4));
    // 1.96 * sqrt(2) * 7 * sqrt(1 - 0.85) = 7.5148...
    assertThat(StarterMeasures.DISTRESS_RELIABILITY.minimumReliableChange())
        .isCloseTo(7.5148, within(1e-4));
  }

  @Test
  void evaluatesSyntheticIntensiveFamilySupportRecords() {
    Records records = intensiveFamilySupport();
    assertThat(RecordValidator.of(STARTER, AS_OF).validate(records)).isEmpty();
    Results results = evaluate(StarterFramework.IFS_PROGRAMME, records);

    assertThat(total(results, "IFS-FAMILIES")).isEqualTo(Count.of(3));
    assertThat(total(results, "IFS-ADULTS")).isEqualTo(Count.of(4));
    assertThat(total(results, "IFS-CHILDREN")).isEqualTo(Count.of(4));
    assertThat(total(results, "IFS-RESIDENTIAL")).isEqualTo(Count.of(1));
    // F-1 baseline after 14 days and F-3 after 9; F-2 after 46.
    assertThat(proportion(results, "IFS-BASELINE-4W")).isEqualTo(Proportion.of(2, 3));
    assertThat(proportion(results, "IFS-PLANNED-ENDINGS")).isEqualTo(Proportion.of(1, 1));
    // Eligible at medium or high: F-1 (high to low, better off) and F-2 (medium, unchanged).
    Proportion tenancy = proportion(results, "IFS-NO-TENANCY-RISK");
    assertThat(List.of(tenancy.numerator(), tenancy.denominator(), tenancy.notEligible()))
        .containsExactly(1L, 2L, 1L);
    assertThat(proportion(results, "IFS-ASB-DOWN").numerator()).isEqualTo(1);
    assertThat(proportion(results, "IFS-ASB-DOWN").denominator()).isEqualTo(2);
    // F-1's first child 70 % -> 85 %: +15; F-2's child 60 % -> 65 %: +5; F-3's child 92 %.
    Proportion attendance = proportion(results, "IFS-ATTENDANCE-UP");
    assertThat(List.of(attendance.numerator(), attendance.denominator(),
        attendance.notEligible())).containsExactly(1L, 2L, 1L);
    assertThat(proportion(results, "IFS-NO-LONGER-EXCLUDED").numerator()).isEqualTo(1);
    assertThat(proportion(results, "IFS-NO-LONGER-EXCLUDED").denominator()).isEqualTo(1);
    // F-3 has no review after its baseline yet.
    Proportion wellbeing = proportion(results, "IFS-WELLBEING-UP");
    assertThat(List.of(wellbeing.numerator(), wellbeing.denominator(), wellbeing.notPaired()))
        .containsExactly(1L, 2L, 1L);
    assertThat(proportion(results, "IFS-PROFILE-EVICTED")).isEqualTo(Proportion.of(1, 3));
    assertThat(proportion(results, "IFS-PROFILE-TENANCY-RISK")).isEqualTo(Proportion.of(2, 3));
    assertThat(proportion(results, "IFS-PROFILE-RISK-OF-CARE")).isEqualTo(Proportion.of(2, 4));
    assertThat(proportion(results, "IFS-PROFILE-VIOLENCE")).isEqualTo(Proportion.of(1, 3));
    assertThat(proportion(results, "IFS-PROFILE-SCHOOL")).isEqualTo(Proportion.of(2, 3));
    Transitions moves = (Transitions) total(results, "IFS-TENANCY-RISK-MOVES");
    assertThat(moves.total()).isEqualTo(2);
    assertThat(moves.count("high", "low")).isEqualTo(1);
    assertThat(moves.count("medium", "medium")).isEqualTo(1);
  }

  @Test
  void evaluatesSyntheticCamhsRecordsWithReliableChange() {
    Records records = camhs();
    assertThat(RecordValidator.of(STARTER, AS_OF).validate(records)).isEmpty();
    Results results = evaluate(StarterFramework.CAMHS_PROGRAMME, records);

    assertThat(total(results, "CAMHS-YOUNG-PEOPLE")).isEqualTo(Count.of(3));
    assertThat(total(results, "CAMHS-REVIEWS")).isEqualTo(Count.of(10));
    assertThat(proportion(results, "CAMHS-GOALS-SET")).isEqualTo(Proportion.of(2, 3));
    assertThat(proportion(results, "CAMHS-PLANNED-ENDINGS")).isEqualTo(Proportion.of(1, 2));
    // Goal progress +4, +4 and +1 against the minimum of 3.
    assertThat(proportion(results, "CAMHS-RELIABLE-GOALS")).isEqualTo(Proportion.of(2, 3));
    // Y-1 reliably better on goals and wellbeing; Y-2 better on goals but reliably more
    // distressed (+9 >= 7.51), so not improved under the CORC rule, and counted as
    // deteriorated; Y-3 nowhere reliable: no reliable change.
    Proportion improved = proportion(results, "CAMHS-IMPROVED");
    assertThat(improved).isEqualTo(new Proportion(1, 3, 0, 0, 0, 1));
    assertThat(improved.noChange()).isEqualTo(1);
    // Functioning +15 and +5 against 11; Y-3 has no clinician rating after baseline.
    Proportion functioning = proportion(results, "CAMHS-FUNCTIONING-UP");
    assertThat(List.of(functioning.numerator(), functioning.denominator(),
        functioning.notPaired())).containsExactly(1L, 2L, 1L);
    // Only Y-1 (40) and Y-3 (30) start in the clinical range; Y-1 leaves it at 55 (+15).
    Proportion recovered = proportion(results, "CAMHS-RECOVERED");
    assertThat(List.of(recovered.numerator(), recovered.denominator(), recovered.notEligible()))
        .containsExactly(1L, 2L, 1L);
    assertThat(proportion(results, "CAMHS-PROFILE-CLINICAL")).isEqualTo(Proportion.of(2, 3));
    Summary goals = (Summary) total(results, "CAMHS-GOAL-MOVES");
    assertThat(goals.count()).isEqualTo(3);
    assertThat(goals.mean()).hasValueCloseTo(3.0, within(1e-9));
  }

  @Test
  void evaluatesSyntheticFamilySupportRecordsAtChildAdultAndFamilyLevel() {
    Records records = familySupport();
    assertThat(RecordValidator.of(STARTER, AS_OF).validate(records)).isEmpty();
    Results results = evaluate(StarterFramework.FS_PROGRAMME, records);

    assertThat(total(results, "FS-FAMILIES")).isEqualTo(Count.of(2));
    assertThat(total(results, "FS-CHILDREN")).isEqualTo(Count.of(3));
    assertThat(proportion(results, "FS-PLAN-IN-PLACE")).isEqualTo(Proportion.of(1, 2));
    assertThat(proportion(results, "FS-BASELINE-4W")).isEqualTo(Proportion.of(2, 2));
    // G-1: a child's risk fell (high to medium) and a parent's capacity rose; G-2: no change.
    assertThat(proportion(results, "FS-BETTER-OFF")).isEqualTo(Proportion.of(1, 2));
    // Only G-1's first child was at medium or high risk at baseline.
    Proportion risk = proportion(results, "FS-RISK-DOWN");
    assertThat(List.of(risk.numerator(), risk.denominator(), risk.notEligible()))
        .containsExactly(1L, 1L, 2L);
    // G-1's parent rose, G-2's two parents did not.
    assertThat(proportion(results, "FS-PARENTING-UP")).isEqualTo(Proportion.of(1, 3));
    assertThat(proportion(results, "FS-PROFILE-RISK-OF-CARE")).isEqualTo(Proportion.of(1, 3));
  }

  @Test
  void theWholeStarterEvaluatesInOnePassWithTheSameTotals() {
    Evaluation everything = Evaluation.builder()
        .framework(STARTER)
        .period(ReportingPeriod.financialYear(2025))
        .asOf(AS_OF)
        .addAllMeasures(StarterMeasures.all())
        .build();
    List<Records> batches = List.of(intensiveFamilySupport(), camhs(), familySupport());
    Results all = Results.empty();
    for (Records batch : batches) {
      all = all.merge(everything.evaluate(batch.groups()));
    }
    for (String programme : List.of(StarterFramework.IFS_PROGRAMME,
        StarterFramework.CAMHS_PROGRAMME, StarterFramework.FS_PROGRAMME)) {
      Records records = batches.get(List.of(StarterFramework.IFS_PROGRAMME,
          StarterFramework.CAMHS_PROGRAMME, StarterFramework.FS_PROGRAMME).indexOf(programme));
      Results alone = evaluate(programme, records);
      for (MeasureDefinition definition : StarterMeasures.forProgramme(programme)) {
        assertThat(all.total(definition.code())).as(definition.code())
            .isEqualTo(alone.total(definition.code()));
      }
    }
    // No record contributes to a programme without records.
    assertThat(all.total("RC-YOUNG-PEOPLE")).isEmpty();
  }

  private static Results evaluate(String programme, Records records) {
    Evaluation evaluation = Evaluation.builder()
        .framework(STARTER)
        .period(ReportingPeriod.financialYear(2025))
        .asOf(AS_OF)
        .addAllMeasures(StarterMeasures.forProgramme(programme))
        .build();
    Results results = evaluation.evaluate(records.groups());
    assertThat(evaluation.evaluate(records.groups().parallel())).isEqualTo(results);
    return results;
  }

  private static MeasureDefinition definition(String code) {
    return StarterMeasures.all().stream().filter(m -> m.code().equals(code)).findFirst()
        .orElseThrow();
  }

  private static Tally total(Results results, String measure) {
    return results.total(measure).orElseThrow();
  }

  private static Proportion proportion(Results results, String measure) {
    return (Proportion) total(results, measure);
  }

  private static Section section(Quadrant quadrant) {
    return switch (quadrant) {
      case HOW_MUCH -> Section.HOW_MUCH;
      case HOW_WELL -> Section.HOW_WELL;
      case BETTER_OFF_NUMBER, BETTER_OFF_PERCENT -> Section.BETTER_OFF;
    };
  }

  private static Review review(String id, String episode, ReviewKind kind, LocalDate on,
      Rater rater, Rating... ratings) {
    return Review.builder().id(id).episode(episode).kind(kind).assessedOn(on).rater(rater)
        .addRatings(ratings).build();
  }

  /** Three synthetic families, built so that every number asserted can be checked by hand. */
  private static Records intensiveFamilySupport() {
    Rater p = Rater.PRACTITIONER;
    List<Subject> subjects = List.of(
        Subject.family("F-1").addMembers(Member.of("F-1-A1", MemberRole.ADULT),
            Member.of("F-1-C1", MemberRole.CHILD), Member.of("F-1-C2", MemberRole.CHILD)).build(),
        Subject.family("F-2").addMembers(Member.of("F-2-A1", MemberRole.ADULT),
            Member.of("F-2-C1", MemberRole.CHILD)).build(),
        Subject.family("F-3").addMembers(Member.of("F-3-A1", MemberRole.ADULT),
            Member.of("F-3-A2", MemberRole.ADULT), Member.of("F-3-C1", MemberRole.CHILD))
            .build());
    List<Episode> episodes = List.of(
        Episode.builder().id("E-1").subject("F-1").programme(StarterFramework.IFS_PROGRAMME)
            .localAuthority("LA-1").deliveryModel("EXISTING-TENANCY")
            .start(LocalDate.of(2025, 4, 7)).end(LocalDate.of(2026, 2, 27))
            .closureReason(ClosureReason.PLANNED).addServiceOutputs("IFS-INTENSIVE-SUPPORT")
            .build(),
        Episode.builder().id("E-2").subject("F-2").programme(StarterFramework.IFS_PROGRAMME)
            .localAuthority("LA-1").deliveryModel("RESIDENTIAL-UNIT")
            .start(LocalDate.of(2025, 5, 1))
            .addServiceOutputs("IFS-INTENSIVE-SUPPORT", "IFS-RESIDENTIAL-SUPPORT").build(),
        Episode.builder().id("E-3").subject("F-3").programme(StarterFramework.IFS_PROGRAMME)
            .localAuthority("LA-2").deliveryModel("MANAGED-TENANCY")
            .start(LocalDate.of(2025, 9, 1)).addServiceOutputs("IFS-INTENSIVE-SUPPORT").build());
    List<Review> reviews = new ArrayList<>();
    reviews.add(review("R-1", "E-1", ReviewKind.BASELINE, LocalDate.of(2025, 4, 21), p,
        Rating.of("IFS-EVICTED", false), Rating.of("IFS-TENANCY-RISK", "high"),
        Rating.of("IFS-ASB", "high"), Rating.of("IFS-VIOLENCE", true),
        Rating.of("RISK-OF-CARE", "high").about("F-1-C1"),
        Rating.of("RISK-OF-CARE", "low").about("F-1-C2"),
        Rating.of("SCHOOL-ATTENDANCE", 70).about("F-1-C1"),
        Rating.of("SCHOOL-ATTENDANCE", 95).about("F-1-C2"),
        Rating.of("IFS-EXCLUDED", true).about("F-1-C1"),
        Rating.of("IFS-EXCLUDED", false).about("F-1-C2"),
        Rating.of("EMOTIONAL-WELLBEING", "low").about("F-1-C1"),
        Rating.of("EMOTIONAL-WELLBEING", "good").about("F-1-C2")));
    reviews.add(review("R-2", "E-1", ReviewKind.REVIEW, LocalDate.of(2025, 12, 1), p,
        Rating.of("IFS-TENANCY-RISK", "low"), Rating.of("IFS-ASB", "low"),
        Rating.of("SCHOOL-ATTENDANCE", 85).about("F-1-C1"),
        Rating.of("SCHOOL-ATTENDANCE", 96).about("F-1-C2"),
        Rating.of("IFS-EXCLUDED", false).about("F-1-C1"),
        Rating.of("EMOTIONAL-WELLBEING", "good").about("F-1-C1")));
    reviews.add(review("R-3", "E-2", ReviewKind.BASELINE, LocalDate.of(2025, 6, 16), p,
        Rating.of("IFS-EVICTED", true), Rating.of("IFS-TENANCY-RISK", "medium"),
        Rating.of("IFS-ASB", "medium"), Rating.of("IFS-VIOLENCE", false),
        Rating.of("RISK-OF-CARE", "medium").about("F-2-C1"),
        Rating.of("SCHOOL-ATTENDANCE", 60).about("F-2-C1"),
        Rating.of("IFS-EXCLUDED", false).about("F-2-C1"),
        Rating.of("EMOTIONAL-WELLBEING", "very-low").about("F-2-C1")));
    reviews.add(review("R-4", "E-2", ReviewKind.REVIEW, LocalDate.of(2026, 1, 12), p,
        Rating.of("IFS-TENANCY-RISK", "medium"), Rating.of("IFS-ASB", "medium"),
        Rating.of("SCHOOL-ATTENDANCE", 65).about("F-2-C1"),
        Rating.of("EMOTIONAL-WELLBEING", "very-low").about("F-2-C1")));
    reviews.add(review("R-5", "E-3", ReviewKind.BASELINE, LocalDate.of(2025, 9, 10), p,
        Rating.of("IFS-EVICTED", false), Rating.of("IFS-TENANCY-RISK", "low"),
        Rating.of("IFS-ASB", "none"), Rating.of("IFS-VIOLENCE", false),
        Rating.of("RISK-OF-CARE", "none").about("F-3-C1"),
        Rating.of("SCHOOL-ATTENDANCE", 92).about("F-3-C1"),
        Rating.of("IFS-EXCLUDED", false).about("F-3-C1"),
        Rating.of("EMOTIONAL-WELLBEING", "good").about("F-3-C1")));
    return Records.of(subjects, episodes, reviews);
  }

  /**
   * Two synthetic families: G-1 (one parent, two children) with a plan, G-2 (two parents, one
   * child) without.
   */
  private static Records familySupport() {
    Rater p = Rater.PRACTITIONER;
    String programme = StarterFramework.FS_PROGRAMME;
    List<Subject> subjects = List.of(
        Subject.family("G-1").addMembers(Member.of("G-1-A1", MemberRole.ADULT),
            Member.of("G-1-C1", MemberRole.CHILD), Member.of("G-1-C2", MemberRole.CHILD)).build(),
        Subject.family("G-2").addMembers(Member.of("G-2-A1", MemberRole.ADULT),
            Member.of("G-2-A2", MemberRole.ADULT), Member.of("G-2-C1", MemberRole.CHILD))
            .build());
    List<Episode> episodes = List.of(
        Episode.builder().id("E-G1").subject("G-1").programme(programme).localAuthority("LA-1")
            .deliveryModel("HOME-VISITS").start(LocalDate.of(2025, 5, 5))
            .addServiceOutputs("FS-PLAN").build(),
        Episode.builder().id("E-G2").subject("G-2").programme(programme).localAuthority("LA-2")
            .deliveryModel("GROUP-WORK").start(LocalDate.of(2025, 6, 2)).build());
    List<Review> reviews = List.of(
        review("G1-B", "E-G1", ReviewKind.BASELINE, LocalDate.of(2025, 5, 19), p,
            Rating.of("FS-PARENTING", "some-concern").about("G-1-A1"),
            Rating.of("FS-FAMILY-RELATIONSHIPS", "strained"),
            Rating.of("RISK-OF-CARE", "high").about("G-1-C1"),
            Rating.of("RISK-OF-CARE", "low").about("G-1-C2")),
        review("G1-R", "E-G1", ReviewKind.REVIEW, LocalDate.of(2025, 11, 17), p,
            Rating.of("FS-PARENTING", "good-enough").about("G-1-A1"),
            Rating.of("FS-FAMILY-RELATIONSHIPS", "strained"),
            Rating.of("RISK-OF-CARE", "medium").about("G-1-C1"),
            Rating.of("RISK-OF-CARE", "low").about("G-1-C2")),
        review("G2-B", "E-G2", ReviewKind.BASELINE, LocalDate.of(2025, 6, 9), p,
            Rating.of("FS-PARENTING", "strong").about("G-2-A1"),
            Rating.of("FS-PARENTING", "good-enough").about("G-2-A2"),
            Rating.of("FS-FAMILY-RELATIONSHIPS", "mostly-positive"),
            Rating.of("RISK-OF-CARE", "low").about("G-2-C1")),
        review("G2-R", "E-G2", ReviewKind.REVIEW, LocalDate.of(2025, 12, 8), p,
            Rating.of("FS-PARENTING", "strong").about("G-2-A1"),
            Rating.of("FS-PARENTING", "good-enough").about("G-2-A2"),
            Rating.of("FS-FAMILY-RELATIONSHIPS", "mostly-positive"),
            Rating.of("RISK-OF-CARE", "low").about("G-2-C1")));
    return Records.of(subjects, episodes, reviews);
  }

  /**
   * Three synthetic young people; each rates goal progress, wellbeing and distress, and the
   * clinician rates everyday functioning, in reviews of their own.
   */
  private static Records camhs() {
    Rater yp = Rater.CHILD_OR_YOUNG_PERSON;
    Rater clinician = Rater.PRACTITIONER;
    String programme = StarterFramework.CAMHS_PROGRAMME;
    List<Subject> subjects = List.of(Subject.child("Y-1").build(),
        Subject.child("Y-2").build(), Subject.child("Y-3").build());
    List<Episode> episodes = List.of(
        Episode.builder().id("E-Y1").subject("Y-1").programme(programme).localAuthority("LA-1")
            .deliveryModel("ONE-TO-ONE").start(LocalDate.of(2025, 4, 10))
            .end(LocalDate.of(2025, 10, 15)).closureReason(ClosureReason.PLANNED)
            .addServiceOutputs("CAMHS-GOALS-AGREED").build(),
        Episode.builder().id("E-Y2").subject("Y-2").programme(programme).localAuthority("LA-1")
            .deliveryModel("GROUP").start(LocalDate.of(2025, 6, 1)).build(),
        Episode.builder().id("E-Y3").subject("Y-3").programme(programme).localAuthority("LA-2")
            .deliveryModel("ONE-TO-ONE").start(LocalDate.of(2025, 7, 1))
            .end(LocalDate.of(2026, 2, 1)).closureReason(ClosureReason.UNPLANNED)
            .addServiceOutputs("CAMHS-GOALS-AGREED").build());
    List<Review> reviews = List.of(
        review("Y1-B", "E-Y1", ReviewKind.BASELINE, LocalDate.of(2025, 4, 10), yp,
            Rating.of("CAMHS-GOAL-PROGRESS", 2), Rating.of("CAMHS-WELLBEING", 40),
            Rating.of("CAMHS-DISTRESS", 25)),
        review("Y1-BC", "E-Y1", ReviewKind.BASELINE, LocalDate.of(2025, 4, 10), clinician,
            Rating.of("CAMHS-FUNCTIONING", 45)),
        review("Y1-R", "E-Y1", ReviewKind.REVIEW, LocalDate.of(2025, 10, 1), yp,
            Rating.of("CAMHS-GOAL-PROGRESS", 6), Rating.of("CAMHS-WELLBEING", 55),
            Rating.of("CAMHS-DISTRESS", 20)),
        review("Y1-RC", "E-Y1", ReviewKind.REVIEW, LocalDate.of(2025, 10, 1), clinician,
            Rating.of("CAMHS-FUNCTIONING", 60)),
        review("Y2-B", "E-Y2", ReviewKind.BASELINE, LocalDate.of(2025, 6, 1), yp,
            Rating.of("CAMHS-GOAL-PROGRESS", 3), Rating.of("CAMHS-WELLBEING", 52),
            Rating.of("CAMHS-DISTRESS", 18)),
        review("Y2-BC", "E-Y2", ReviewKind.BASELINE, LocalDate.of(2025, 6, 1), clinician,
            Rating.of("CAMHS-FUNCTIONING", 55)),
        review("Y2-R", "E-Y2", ReviewKind.REVIEW, LocalDate.of(2025, 12, 1), yp,
            Rating.of("CAMHS-GOAL-PROGRESS", 7), Rating.of("CAMHS-WELLBEING", 52),
            Rating.of("CAMHS-DISTRESS", 27)),
        review("Y2-RC", "E-Y2", ReviewKind.REVIEW, LocalDate.of(2025, 12, 1), clinician,
            Rating.of("CAMHS-FUNCTIONING", 60)),
        review("Y3-B", "E-Y3", ReviewKind.BASELINE, LocalDate.of(2025, 7, 1), yp,
            Rating.of("CAMHS-GOAL-PROGRESS", 1), Rating.of("CAMHS-WELLBEING", 30),
            Rating.of("CAMHS-DISTRESS", 30)),
        review("Y3-R", "E-Y3", ReviewKind.REVIEW, LocalDate.of(2026, 1, 5), yp,
            Rating.of("CAMHS-GOAL-PROGRESS", 2), Rating.of("CAMHS-WELLBEING", 35),
            Rating.of("CAMHS-DISTRESS", 28)));
    return Records.of(subjects, episodes, reviews);
  }
}
