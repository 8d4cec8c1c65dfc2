package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.core.ProblemAssertions.assertOneProblem;
import static org.obaframework.core.ProblemAssertions.assertRejected;
import static org.obaframework.core.curve.PopulationFixtures.ACTION_OWNER;
import static org.obaframework.core.curve.PopulationFixtures.ACTION_TEXT;
import static org.obaframework.core.curve.PopulationFixtures.CONTRIBUTING;
import static org.obaframework.core.curve.PopulationFixtures.IDEA_COSTLY;
import static org.obaframework.core.curve.PopulationFixtures.IDEA_EVIDENCE;
import static org.obaframework.core.curve.PopulationFixtures.IDEA_FREE;
import static org.obaframework.core.curve.PopulationFixtures.MARCH;
import static org.obaframework.core.curve.PopulationFixtures.REL_POVERTY;
import static org.obaframework.core.curve.PopulationFixtures.RESTRICTING;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Fixtures;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Label;

class TurnTheCurveRecordTest {

  @Test
  void recordHoldsStoryPartnersIdeasAndPlan() {
    TurnTheCurveRecord curve = PopulationFixtures.curve().build();

    assertThat(curve.subject()).isEqualTo(REL_POVERTY);
    assertThat(curve.subjectKind()).isEqualTo(CurveSubjectKind.POPULATION_INDICATOR);
    assertThat(curve.asOf()).isEqualTo(MARCH);
    assertThat(curve.contributingFactors()).containsExactly(CONTRIBUTING);
    assertThat(curve.restrictingFactors()).containsExactly(RESTRICTING);
    assertThat(curve.partners()).extracting(Partner::code).containsExactly("WG", "LA-HOUSING");
    assertThat(curve.ideas()).hasSize(3);
    assertThat(curve.actions()).hasSize(4);
  }

  @Test
  void noOrLowCostIdeasAreMarked() {
    TurnTheCurveRecord curve = PopulationFixtures.curve().build();

    assertThat(curve.noOrLowCostIdeas()).extracting(Idea::cost)
        .containsExactly(Cost.NO_COST, Cost.LOW_COST);
    assertThat(curve.noOrLowCostIdeas()).extracting(Idea::text).doesNotContain(IDEA_COSTLY);
    assertThat(curve.noOrLowCostIdeas().get(0).evidence()).contains(IDEA_EVIDENCE);
    assertThat(Cost.OTHER.isNoOrLow()).isFalse();
  }

  @Test
  void overdueActionsAreOpenAndDueBeforeToday() {
    TurnTheCurveRecord curve = PopulationFixtures.curve().build();

    // The benefit check is due 31 March 2026 and in progress; the DWP protocol due 30 June.
    assertThat(curve.overdueActions(LocalDate.of(2026, 3, 31))).as("due today: not yet").isEmpty();
    assertThat(curve.overdueActions(LocalDate.of(2026, 4, 1))).extracting(Action::description)
        .containsExactly(ACTION_TEXT);
    assertThat(curve.overdueActions(LocalDate.of(2026, 7, 1))).extracting(Action::due)
        .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30));
    // Done and dropped actions are never overdue, however late.
    assertThat(curve.overdueActions(LocalDate.of(2030, 1, 1))).extracting(Action::status)
        .containsOnly(ActionStatus.IN_PROGRESS, ActionStatus.PLANNED);
    assertThat(curve.overdueActions(LocalDate.of(2025, 1, 1))).isEmpty();
  }

  @Test
  void actionStatusChangesMakeACopy() {
    Action open = PopulationFixtures.benefitCheck(ActionStatus.IN_PROGRESS);
    Action done = open.withStatus(ActionStatus.DONE);

    assertThat(done.status()).isEqualTo(ActionStatus.DONE);
    assertThat(done.isOverdue(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(open.isOverdue(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(open.withStatus(ActionStatus.IN_PROGRESS)).isSameAs(open);
  }

  @Test
  void actionDueBeforeItStarts() {
    assertRejected(() -> Action.of("Plan", "Team", LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 2, 28), ActionStatus.PLANNED),
        ValidationException.class, ProblemType.DATES_OUT_OF_ORDER,
        List.of("action", "field due", "on or after the start 2026-03-01", "found 2026-02-28"));
    // A one-day action is fine.
    Action oneDay = Action.of("Plan", "Team", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1),
        ActionStatus.PLANNED);
    assertThat(oneDay.due()).isEqualTo(oneDay.start());
  }

  @Test
  void actionAndIdeaTextsMustNotBeBlank() {
    assertRejected(() -> Action.of(" ", "Team", MARCH, MARCH, ActionStatus.PLANNED),
        ValidationException.class, ProblemType.INVALID_TEXT,
        List.of("action", "field description", "a non-blank text"));
    assertRejected(() -> Action.of("Plan", "", MARCH, MARCH, ActionStatus.PLANNED),
        ValidationException.class, ProblemType.INVALID_TEXT,
        List.of("action", "field owner", "a non-blank text"));
    assertRejected(() -> Idea.of("", Cost.NO_COST), ValidationException.class,
        ProblemType.INVALID_TEXT, List.of("idea", "field text"));
    assertRejected(() -> Idea.of("Idea", Cost.NO_COST, "\t"), ValidationException.class,
        ProblemType.INVALID_TEXT, List.of("idea", "field evidence"));
  }

  @Test
  void blankFactor() {
    assertRejected(() -> PopulationFixtures.curve().addRestrictingFactors(" ").build(),
        ValidationException.class, ProblemType.INVALID_TEXT,
        List.of("turn-the-curve record 'CYP-REL-POVERTY' as of 2026-03-31",
            "restrictingFactors[1]", "a non-blank text"));
    assertRejected(() -> PopulationFixtures.curve().addContributingFactors("").build(),
        ValidationException.class, ProblemType.INVALID_TEXT,
        List.of("contributingFactors[1]"));
  }

  @Test
  void partnerNamedTwice() {
    assertRejected(() -> PopulationFixtures.curve()
            .addPartners(Partner.of("WG", Label.of("Welsh Government"), "Again")).build(),
        ValidationException.class, ProblemType.DUPLICATE_CODE,
        List.of("turn-the-curve record 'CYP-REL-POVERTY'", "partners[2].code",
            "a second partner coded 'WG'"));
  }

  @Test
  void malformedSubject() {
    assertRejected(() -> PopulationFixtures.curve().subject("rel poverty").build(),
        ValidationException.class, ProblemType.INVALID_CODE,
        List.of("turn-the-curve record", "field subject", "found a text of 11 characters with a space at position 4"));
  }

  // ---------------------------------------------------------------------------------------------
  // Versions
  // ---------------------------------------------------------------------------------------------

  private static TurnTheCurveRecord version(String subject, LocalDate asOf) {
    return PopulationFixtures.curve().subject(subject).asOf(asOf).build();
  }

  @Test
  void latestIsTheNewestVersionOnOrBeforeTheDate() {
    TurnTheCurveRecord september = version(REL_POVERTY, LocalDate.of(2025, 9, 30));
    TurnTheCurveRecord march = version(REL_POVERTY, LocalDate.of(2026, 3, 31));
    TurnTheCurveRecord june = version(REL_POVERTY, LocalDate.of(2026, 6, 30));
    TurnTheCurveRecord other = version("CYP-FSM-TAKEUP", LocalDate.of(2026, 5, 1));
    List<TurnTheCurveRecord> versions = List.of(june, other, september, march);

    assertThat(TurnTheCurveRecord.latest(versions, REL_POVERTY, LocalDate.of(2025, 9, 29)))
        .as("before the first version").isEmpty();
    assertThat(TurnTheCurveRecord.latest(versions, REL_POVERTY, LocalDate.of(2025, 9, 30)))
        .as("on the day of a version").containsSame(september);
    assertThat(TurnTheCurveRecord.latest(versions, REL_POVERTY, LocalDate.of(2026, 5, 1)))
        .containsSame(march);
    assertThat(TurnTheCurveRecord.latest(versions, REL_POVERTY, LocalDate.of(2030, 1, 1)))
        .containsSame(june);
    assertThat(TurnTheCurveRecord.latest(versions, "CYP-FSM-TAKEUP", LocalDate.of(2026, 5, 1)))
        .containsSame(other);
    assertThat(TurnTheCurveRecord.latest(versions, "NOPE", LocalDate.of(2030, 1, 1))).isEmpty();
    assertThat(TurnTheCurveRecord.latest(List.of(), REL_POVERTY, MARCH)).isEmpty();
  }

  @Test
  void nextVersionStartsFromTheLast() {
    TurnTheCurveRecord march = PopulationFixtures.curve().build();
    TurnTheCurveRecord june = TurnTheCurveRecord.builder().from(march)
        .asOf(LocalDate.of(2026, 6, 30))
        .addRestrictingFactors("Cost of living payments ended")
        .build();

    assertThat(june.restrictingFactors()).hasSize(2);
    assertThat(march.restrictingFactors()).hasSize(1);
    assertThat(TurnTheCurveRecord.latest(List.of(march, june), REL_POVERTY,
        LocalDate.of(2026, 7, 1))).containsSame(june);
  }

  @Test
  void twoVersionsOfOneDateAreAmbiguous() {
    TurnTheCurveRecord a = version(REL_POVERTY, MARCH);
    TurnTheCurveRecord b = version(REL_POVERTY, MARCH);
    TurnTheCurveRecord later = version(REL_POVERTY, LocalDate.of(2026, 6, 30));

    assertRejected(() -> TurnTheCurveRecord.latest(List.of(a, later, b), REL_POVERTY,
            LocalDate.of(2026, 4, 1)),
        ValidationException.class, ProblemType.DUPLICATE_CODE,
        List.of("turn-the-curve record 'CYP-REL-POVERTY'", "asOf",
            "one version per subject and date", "2 versions as of 2026-03-31"));
    // A later version in force settles it: the duplicates are history.
    assertThat(TurnTheCurveRecord.latest(List.of(a, later, b), REL_POVERTY,
        LocalDate.of(2026, 7, 1))).containsSame(later);
  }

  // ---------------------------------------------------------------------------------------------
  // References
  // ---------------------------------------------------------------------------------------------

  @Test
  void subjectMustExistForItsKind() {
    PopulationAccountability wales = PopulationFixtures.accountability().build();
    TurnTheCurveRecord indicatorCurve = PopulationFixtures.curve().build();
    TurnTheCurveRecord measureCurve = PopulationFixtures.curve()
        .subject("IFS-RISK-DOWN").subjectKind(CurveSubjectKind.PERFORMANCE_MEASURE).build();

    assertThat(indicatorCurve.problems(Fixtures.framework(), wales)).isEmpty();
    assertThat(measureCurve.problems(Fixtures.framework(), wales)).isEmpty();

    assertOneProblem(PopulationFixtures.curve().subjectKind(CurveSubjectKind.PERFORMANCE_MEASURE)
            .build().problems(Fixtures.framework(), wales),
        ProblemType.UNKNOWN_REFERENCE,
        List.of("turn-the-curve record 'CYP-REL-POVERTY' as of 2026-03-31", "field subject",
            "a performance measure of framework 'TEST-FW'", "IFS-RISK-DOWN",
            "found 'CYP-REL-POVERTY'"));
    assertOneProblem(PopulationFixtures.curve().subject("CYP-HOUSED").build()
            .problems(Fixtures.framework(), wales),
        ProblemType.UNKNOWN_REFERENCE,
        List.of("a population indicator of 'WALES-CYP'", "CYP-REL-POVERTY", "'CYP-HOUSED'"));
  }

  // ---------------------------------------------------------------------------------------------
  // Privacy: toString prints codes, dates and counts, never the free text
  // ---------------------------------------------------------------------------------------------

  @Test
  void toStringPrintsCodeDateAndCountsOnly() {
    TurnTheCurveRecord curve = PopulationFixtures.curve().build();

    assertThat(curve).hasToString("TurnTheCurveRecord[CYP-REL-POVERTY (POPULATION_INDICATOR)"
        + " as of 2026-03-31: 1 contributing and 1 restricting factors, 2 partners, 3 ideas"
        + " (2 no or low cost), 4 actions]");
    String printed = curve.toString() + curve.ideas() + curve.actions()
        + curve.overdueActions(LocalDate.of(2027, 1, 1)) + curve.noOrLowCostIdeas();
    for (String free : List.of(CONTRIBUTING, RESTRICTING, IDEA_FREE, IDEA_EVIDENCE, IDEA_COSTLY,
        ACTION_TEXT, ACTION_OWNER, "Rents", "Benefit", "benefit", "team leader")) {
      assertThat(printed).doesNotContain(free);
    }
    assertThat(curve.actions().get(0)).hasToString("Action[IN_PROGRESS 2026-01-05/2026-03-31]");
    assertThat(curve.ideas().get(0)).hasToString("Idea[NO_COST, evidence]");
    assertThat(curve.ideas().get(1)).hasToString("Idea[LOW_COST]");
  }

  @Test
  void aMeasureAndAnIndicatorOfOneCodeDoNotShareTheirStories() {
    TurnTheCurveRecord indicator = PopulationFixtures.curve().build();
    TurnTheCurveRecord measure = TurnTheCurveRecord.builder().from(indicator)
        .subjectKind(CurveSubjectKind.PERFORMANCE_MEASURE).asOf(indicator.asOf().minusDays(1))
        .build();
    List<TurnTheCurveRecord> both = List.of(indicator, measure);
    assertThat(TurnTheCurveRecord.latest(both, indicator.subject(),
        CurveSubjectKind.PERFORMANCE_MEASURE, indicator.asOf())).contains(measure);
    assertThat(TurnTheCurveRecord.latest(both, indicator.subject(),
        CurveSubjectKind.POPULATION_INDICATOR, indicator.asOf())).contains(indicator);
  }
}
