package org.obaframework.examples.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.obaframework.core.aggregate.BaselineProfile;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ProcessCondition;
import org.obaframework.core.aggregate.ProcessMeasure;
import org.obaframework.core.aggregate.TransitionMeasure;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Composite;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.JacobsonTruax;
import org.obaframework.core.change.MinimumChange;
import org.obaframework.core.change.MinimumChanges;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Rater;

/**
 * The <b>illustrative</b> computable definitions of {@link StarterFramework}'s performance
 * measures: for every programme, How much ({@link CountMeasure}), How well ({@link
 * ProcessMeasure}), Is anyone better off # and % ({@link BetterOffDefinition}), a baseline
 * profile ({@link BaselineProfile}) and a change profile ({@link TransitionMeasure}), so records
 * can be evaluated against the starter at once.
 *
 * <pre>{@code
 * Evaluation evaluation = Evaluation.builder()
 *     .framework(StarterFramework.framework())
 *     .period(ReportingPeriod.financialYear(2025))
 *     .asOf(LocalDate.of(2026, 3, 31))
 *     .addAllMeasures(StarterMeasures.forProgramme(StarterFramework.IFS_PROGRAMME))
 *     .build();
 * ReportCard card = ReportCard.of(evaluation, evaluation.evaluate(records.groups()),
 *     ReportOptions.defaults());
 * }</pre>
 *
 * <p>Every performance measure of the framework outside the data development agenda has a
 * definition of the same code and programme; the baseline and change profiles have codes of their
 * own ({@code -PROFILE-}, {@code -MOVES}). Better-off measures pair the baseline review with the
 * latest later review of one rater: the practitioner, except where the young person's own view is
 * the measure (a young carer's time for themselves; CAMHS goal progress, wellbeing and distress).
 *
 * <p><b>CAMHS.</b> Reliable change uses oba-core's presets, never a licensed questionnaire: goal
 * progress needs {@link MinimumChanges#GOAL_BASED_OUTCOMES} (3 points), everyday functioning
 * {@link MinimumChanges#CGAS} (11 points), and the wellbeing and distress scores a minimum
 * derived by Jacobson and Truax from a standard deviation and a reliability ({@link
 * #WELLBEING_RELIABILITY}, {@link #DISTRESS_RELIABILITY}): <b>illustrative values</b>, to
 * replace with the published norms of the questionnaire a service holds a licence for (or with
 * its NHS England preset in {@link MinimumChanges}). "Improved" is the CORC rule: reliably better on at least one score and
 * reliably worse on none.
 *
 * <p>All thresholds and rules here are illustrative, to adapt. Every value is immutable and
 * thread-safe; this class has no state.
 */
public final class StarterMeasures {
  /**
   * Illustrative norms of the wellbeing score (0-100): standard deviation 12, reliability 0.9, so
   * a reliable change is at least 1.96 x sqrt(2) x 12 x sqrt(0.1) = 10.52 points.
   */
  public static final JacobsonTruax WELLBEING_RELIABILITY = JacobsonTruax.of(12, 0.9);
  /**
   * Illustrative norms of the distress score (0-40): standard deviation 7, reliability 0.85, so a
   * reliable change is at least 1.96 x sqrt(2) x 7 x sqrt(0.15) = 7.51 points.
   */
  public static final JacobsonTruax DISTRESS_RELIABILITY = JacobsonTruax.of(7, 0.85);
  /** Illustrative clinical cut-off of the wellbeing score: 50 or below is the clinical range. */
  public static final double WELLBEING_CUT_OFF = 50;

  private static final Pairing PRACTITIONER =
      Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER));
  private static final Pairing YOUNG_PERSON =
      Pairing.latest().withRaters(RaterChoice.only(Rater.CHILD_OR_YOUNG_PERSON));
  private static final ProcessCondition CHILDS_VIEW =
      ProcessCondition.viewRecorded(Set.of(Rater.CHILD_OR_YOUNG_PERSON));

  private static final List<MeasureDefinition> ALL = build();

  private StarterMeasures() {}

  /**
   * Returns every definition, programme by programme in the framework's order.
   *
   * @return the definitions
   */
  public static List<MeasureDefinition> all() {
    return ALL;
  }

  /**
   * Returns the definitions of one programme of {@link StarterFramework}.
   *
   * @param programme a programme's code, such as {@link StarterFramework#IFS_PROGRAMME}
   * @return its definitions; empty for a programme the starter does not have
   */
  public static List<MeasureDefinition> forProgramme(String programme) {
    return ALL.stream().filter(m -> m.programme().equals(programme)).toList();
  }

  /**
   * Returns the minimum reliable change of the wellbeing score, from {@link
   * #WELLBEING_RELIABILITY}.
   *
   * @return the minimum change with its derivation
   */
  public static MinimumChange wellbeingMinimumChange() {
    return WELLBEING_RELIABILITY.minimumChange();
  }

  /** The framework's name of a measure, so that the two never drift apart. */
  private static Label name(String code) {
    return StarterFramework.framework().measure(code).orElseThrow().name();
  }

  private static Label profile(String english, String welsh) {
    return Label.of(english).with(Label.WELSH, welsh);
  }

  private static BetterOffMeasure.Builder betterOff(String code, String programme,
      CountingUnit unit, Pairing pairing, String... indicators) {
    return BetterOffMeasure.builder().code(code).programme(programme).countingUnit(unit)
        .addIndicators(indicators).pairing(pairing);
  }

  private static BetterOffDefinition definition(BetterOffMeasure.Builder builder) {
    BetterOffMeasure measure = builder.build();
    return BetterOffDefinition.of(name(measure.code()), measure);
  }

  private static CountMeasure count(String code, String programme, CountingUnit unit) {
    return CountMeasure.of(code, name(code), programme, unit);
  }

  private static ProcessMeasure process(String code, String programme,
      ProcessCondition condition) {
    return ProcessMeasure.of(code, name(code), programme, condition);
  }

  private static List<MeasureDefinition> build() {
    List<MeasureDefinition> all = new ArrayList<>();
    BetterOffRule anyImprovement = BetterOffRule.anyImprovement();
    ScaleValue low = ScaleValue.level("low");

    String fs = StarterFramework.FS_PROGRAMME;
    all.add(count("FS-FAMILIES", fs, CountingUnit.FAMILY));
    all.add(count("FS-CHILDREN", fs, CountingUnit.CHILD));
    all.add(process("FS-PLAN-IN-PLACE", fs, ProcessCondition.hasServiceOutput("FS-PLAN")));
    all.add(process("FS-BASELINE-4W", fs, ProcessCondition.baselineWithin(28)));
    all.add(definition(betterOff("FS-BETTER-OFF", fs, CountingUnit.FAMILY, PRACTITIONER,
        "RISK-OF-CARE", "FS-PARENTING", "FS-FAMILY-RELATIONSHIPS")
        .defaultRule(anyImprovement).composite(Composite.any())
        .familyRule(FamilyRule.ANY_MEMBER)));
    all.add(definition(betterOff("FS-RISK-DOWN", fs, CountingUnit.CHILD, PRACTITIONER,
        "RISK-OF-CARE")
        .defaultRule(anyImprovement)
        .addEligibility(BaselineCondition.atLevels("RISK-OF-CARE", "medium", "high"))));
    all.add(definition(betterOff("FS-PARENTING-UP", fs, CountingUnit.ADULT, PRACTITIONER,
        "FS-PARENTING").defaultRule(anyImprovement)));
    all.add(BaselineProfile.of("FS-PROFILE-RISK-OF-CARE",
        profile("Children at medium or high risk of entering care at baseline",
            "Plant mewn risg canolig neu uchel o fynd i ofal ar y llinell sylfaen"),
        fs, CountingUnit.CHILD, BaselineCondition.atLevels("RISK-OF-CARE", "medium", "high")));
    all.add(TransitionMeasure.of("FS-RISK-OF-CARE-MOVES",
        profile("Risk of entering care, baseline to latest",
            "Risg o fynd i ofal, o'r llinell sylfaen i'r diweddaraf"),
        fs, "RISK-OF-CARE", PRACTITIONER));

    String rc = StarterFramework.RC_PROGRAMME;
    all.add(count("RC-YOUNG-PEOPLE", rc, CountingUnit.CHILD));
    all.add(process("RC-VIEW-RECORDED", rc, CHILDS_VIEW));
    all.add(process("RC-PATHWAY", rc, ProcessCondition.hasServiceOutput("RC-PATHWAY-PLAN")));
    all.add(definition(betterOff("RC-NOT-MISSING", rc, CountingUnit.CHILD, PRACTITIONER,
        "RC-MISSING")
        .defaultRule(BetterOffRule.reaches(ScaleValue.of(0),
            BetterOffRule.Maintained.DOES_NOT_COUNT))
        .addEligibility(BaselineCondition.worseThan("RC-MISSING", ScaleValue.of(0)))));
    all.add(definition(betterOff("RC-WELLBEING-UP", rc, CountingUnit.CHILD, PRACTITIONER,
        "EMOTIONAL-WELLBEING").defaultRule(anyImprovement)));
    all.add(definition(betterOff("RC-INDEPENDENCE-UP", rc, CountingUnit.CHILD, PRACTITIONER,
        "INDEPENDENCE-SKILLS").defaultRule(anyImprovement)));
    all.add(BaselineProfile.of("RC-PROFILE-MISSING",
        profile("Young people who had gone missing at baseline",
            "Pobl ifanc a oedd wedi mynd ar goll ar y llinell sylfaen"),
        rc, CountingUnit.CHILD, BaselineCondition.worseThan("RC-MISSING", ScaleValue.of(0))));
    all.add(TransitionMeasure.of("RC-WELLBEING-MOVES",
        profile("Emotional well-being, baseline to latest",
            "Lles emosiynol, o'r llinell sylfaen i'r diweddaraf"),
        rc, "EMOTIONAL-WELLBEING", PRACTITIONER));

    String fc = StarterFramework.FC_PROGRAMME;
    all.add(count("FC-CHILDREN", fc, CountingUnit.CHILD));
    all.add(process("FC-REVIEWS-ON-TIME", fc, ProcessCondition.reviewsWithin(91)));
    all.add(process("FC-PLAN", fc, ProcessCondition.hasServiceOutput("FC-PLACEMENT-PLAN")));
    // On a yes/no scale the only improvement is from the worse answer to the better one.
    all.add(definition(betterOff("FC-FAMILY-TIME-UP", fc, CountingUnit.CHILD, PRACTITIONER,
        "FC-FAMILY-TIME")
        .defaultRule(anyImprovement)
        .addEligibility(BaselineCondition.is("FC-FAMILY-TIME", false))));
    all.add(definition(betterOff("FC-STABILISED", fc, CountingUnit.CHILD, PRACTITIONER,
        "FC-PLACEMENT-STABLE")
        .defaultRule(anyImprovement)
        .addEligibility(BaselineCondition.is("FC-PLACEMENT-STABLE", false))));
    all.add(definition(betterOff("FC-WELLBEING-UP", fc, CountingUnit.CHILD, PRACTITIONER,
        "EMOTIONAL-WELLBEING").defaultRule(anyImprovement)));
    all.add(BaselineProfile.of("FC-PROFILE-UNSETTLED",
        profile("Children in an unsettled placement at baseline",
            "Plant mewn lleoliad ansefydlog ar y llinell sylfaen"),
        fc, CountingUnit.CHILD, BaselineCondition.is("FC-PLACEMENT-STABLE", false)));
    all.add(TransitionMeasure.of("FC-STABILITY-MOVES",
        profile("Placement stability, baseline to latest",
            "Sefydlogrwydd lleoliad, o'r llinell sylfaen i'r diweddaraf"),
        fc, "FC-PLACEMENT-STABLE", PRACTITIONER));

    String dcyp = StarterFramework.DCYP_PROGRAMME;
    all.add(count("DCYP-CHILDREN", dcyp, CountingUnit.CHILD));
    all.add(CountMeasure.ofOutput("DCYP-SHORT-BREAKS", name("DCYP-SHORT-BREAKS"), dcyp,
        CountingUnit.CHILD, "DCYP-SHORT-BREAK"));
    all.add(process("DCYP-VIEW-RECORDED", dcyp, CHILDS_VIEW));
    all.add(definition(betterOff("DCYP-LEISURE-NOW", dcyp, CountingUnit.CHILD, PRACTITIONER,
        "DCYP-LEISURE")
        .defaultRule(anyImprovement)
        .addEligibility(BaselineCondition.is("DCYP-LEISURE", false))));
    all.add(definition(betterOff("DCYP-CHOICES-UP", dcyp, CountingUnit.CHILD, PRACTITIONER,
        "DCYP-CHOICES").defaultRule(anyImprovement)));
    all.add(definition(betterOff("DCYP-INDEPENDENCE-UP", dcyp, CountingUnit.CHILD,
        PRACTITIONER, "INDEPENDENCE-SKILLS").defaultRule(anyImprovement)));
    all.add(BaselineProfile.of("DCYP-PROFILE-NO-LEISURE",
        profile("Children taking part in no leisure of their choice at baseline",
            "Plant nad oeddent yn cymryd rhan mewn hamdden o'u dewis ar y llinell sylfaen"),
        dcyp, CountingUnit.CHILD, BaselineCondition.is("DCYP-LEISURE", false)));
    all.add(TransitionMeasure.of("DCYP-CHOICES-MOVES",
        profile("Communicating choices, baseline to latest",
            "Mynegi dewisiadau, o'r llinell sylfaen i'r diweddaraf"),
        dcyp, "DCYP-CHOICES", PRACTITIONER));

    String yc = StarterFramework.YC_PROGRAMME;
    all.add(count("YC-YOUNG-CARERS", yc, CountingUnit.CHILD));
    all.add(process("YC-ASSESSED", yc, ProcessCondition.hasServiceOutput("YC-ASSESSMENT")));
    all.add(process("YC-BASELINE-4W", yc, ProcessCondition.baselineWithin(28)));
    all.add(definition(betterOff("YC-TIME-NOW", yc, CountingUnit.CHILD, YOUNG_PERSON,
        "YC-TIME-FOR-SELF")
        .defaultRule(anyImprovement)
        .addEligibility(BaselineCondition.is("YC-TIME-FOR-SELF", false))));
    all.add(definition(betterOff("YC-IMPACT-DOWN", yc, CountingUnit.CHILD, PRACTITIONER,
        "YC-CARING-IMPACT")
        .defaultRule(BetterOffRule.reaches(low, BetterOffRule.Maintained.DOES_NOT_COUNT))
        .addEligibility(BaselineCondition.atLevels("YC-CARING-IMPACT", "medium", "high"))));
    all.add(definition(betterOff("YC-ATTENDANCE-UP", yc, CountingUnit.CHILD, PRACTITIONER,
        "SCHOOL-ATTENDANCE")
        .defaultRule(BetterOffRule.improvedByAtLeast(5))
        .addEligibility(BaselineCondition.worseThan("SCHOOL-ATTENDANCE", ScaleValue.of(90)))));
    all.add(BaselineProfile.of("YC-PROFILE-HIGH-IMPACT",
        profile("Young carers with a medium or high impact of caring at baseline",
            "Gofalwyr ifanc ag effaith ganolig neu uchel o ofalu ar y llinell sylfaen"),
        yc, CountingUnit.CHILD,
        BaselineCondition.atLevels("YC-CARING-IMPACT", "medium", "high")));
    all.add(TransitionMeasure.of("YC-IMPACT-MOVES",
        profile("Impact of caring, baseline to latest",
            "Effaith gofalu, o'r llinell sylfaen i'r diweddaraf"),
        yc, "YC-CARING-IMPACT", PRACTITIONER));

    String camhs = StarterFramework.CAMHS_PROGRAMME;
    BetterOffRule goals = BetterOffRule.reliableChange(MinimumChanges.GOAL_BASED_OUTCOMES);
    all.add(count("CAMHS-YOUNG-PEOPLE", camhs, CountingUnit.CHILD));
    all.add(count("CAMHS-REVIEWS", camhs, CountingUnit.REVIEW));
    all.add(process("CAMHS-GOALS-SET", camhs,
        ProcessCondition.hasServiceOutput("CAMHS-GOALS-AGREED")));
    all.add(process("CAMHS-PLANNED-ENDINGS", camhs, ProcessCondition.plannedClosure()));
    all.add(definition(betterOff("CAMHS-RELIABLE-GOALS", camhs, CountingUnit.CHILD,
        YOUNG_PERSON, "CAMHS-GOAL-PROGRESS").defaultRule(goals)));
    all.add(definition(betterOff("CAMHS-IMPROVED", camhs, CountingUnit.CHILD, YOUNG_PERSON,
        "CAMHS-GOAL-PROGRESS", "CAMHS-WELLBEING", "CAMHS-DISTRESS")
        .putRules("CAMHS-GOAL-PROGRESS", goals)
        .putRules("CAMHS-WELLBEING", BetterOffRule.reliableChange(wellbeingMinimumChange()))
        .putRules("CAMHS-DISTRESS",
            BetterOffRule.reliableChange(DISTRESS_RELIABILITY.minimumChange()))
        .composite(Composite.corc())));
    all.add(definition(betterOff("CAMHS-FUNCTIONING-UP", camhs, CountingUnit.CHILD,
        PRACTITIONER, "CAMHS-FUNCTIONING")
        .defaultRule(BetterOffRule.reliableChange(MinimumChanges.CGAS))));
    all.add(definition(betterOff("CAMHS-RECOVERED", camhs, CountingUnit.CHILD, YOUNG_PERSON,
        "CAMHS-WELLBEING")
        .defaultRule(BetterOffRule.reliableRecovery(wellbeingMinimumChange(),
            WELLBEING_CUT_OFF))
        .addEligibility(BaselineCondition.atOrWorseThan("CAMHS-WELLBEING",
            ScaleValue.of(WELLBEING_CUT_OFF)))));
    all.add(BaselineProfile.of("CAMHS-PROFILE-CLINICAL",
        profile("Young people in the clinical range of wellbeing at baseline",
            "Pobl ifanc yn yr ystod glinigol o ran lles ar y llinell sylfaen"),
        camhs, CountingUnit.CHILD, BaselineCondition.atOrWorseThan("CAMHS-WELLBEING",
            ScaleValue.of(WELLBEING_CUT_OFF))));
    all.add(TransitionMeasure.of("CAMHS-GOAL-MOVES",
        profile("Goal progress, change from baseline to latest",
            "Cynnydd tuag at nodau, newid o'r llinell sylfaen i'r diweddaraf"),
        camhs, "CAMHS-GOAL-PROGRESS", YOUNG_PERSON));

    String ifs = StarterFramework.IFS_PROGRAMME;
    all.add(count("IFS-FAMILIES", ifs, CountingUnit.FAMILY));
    all.add(count("IFS-ADULTS", ifs, CountingUnit.ADULT));
    all.add(count("IFS-CHILDREN", ifs, CountingUnit.CHILD));
    all.add(CountMeasure.ofOutput("IFS-RESIDENTIAL", name("IFS-RESIDENTIAL"), ifs,
        CountingUnit.FAMILY, "IFS-RESIDENTIAL-SUPPORT"));
    all.add(process("IFS-BASELINE-4W", ifs, ProcessCondition.baselineWithin(28)));
    all.add(process("IFS-PLANNED-ENDINGS", ifs, ProcessCondition.plannedClosure()));
    all.add(definition(betterOff("IFS-NO-TENANCY-RISK", ifs, CountingUnit.FAMILY,
        PRACTITIONER, "IFS-TENANCY-RISK")
        .defaultRule(BetterOffRule.reaches(low, BetterOffRule.Maintained.DOES_NOT_COUNT))
        .addEligibility(BaselineCondition.atLevels("IFS-TENANCY-RISK", "medium", "high"))));
    all.add(definition(betterOff("IFS-ASB-DOWN", ifs, CountingUnit.FAMILY, PRACTITIONER,
        "IFS-ASB")
        .defaultRule(anyImprovement)
        .addEligibility(BaselineCondition.atLevels("IFS-ASB", "low", "medium", "high"))));
    all.add(definition(betterOff("IFS-ATTENDANCE-UP", ifs, CountingUnit.FAMILY, PRACTITIONER,
        "SCHOOL-ATTENDANCE")
        .defaultRule(BetterOffRule.improvedByAtLeast(10))
        .addEligibility(BaselineCondition.worseThan("SCHOOL-ATTENDANCE", ScaleValue.of(90)))
        .familyRule(FamilyRule.ANY_MEMBER)));
    all.add(definition(betterOff("IFS-NO-LONGER-EXCLUDED", ifs, CountingUnit.FAMILY,
        PRACTITIONER, "IFS-EXCLUDED")
        .defaultRule(anyImprovement)
        .addEligibility(BaselineCondition.is("IFS-EXCLUDED", true))
        .familyRule(FamilyRule.ANY_MEMBER)));
    all.add(definition(betterOff("IFS-WELLBEING-UP", ifs, CountingUnit.FAMILY, PRACTITIONER,
        "EMOTIONAL-WELLBEING").defaultRule(anyImprovement).familyRule(FamilyRule.ANY_MEMBER)));
    all.add(BaselineProfile.of("IFS-PROFILE-EVICTED",
        profile("Families already evicted", "Teuluoedd a oedd wedi'u troi allan eisoes"),
        ifs, CountingUnit.FAMILY, BaselineCondition.is("IFS-EVICTED", true)));
    all.add(BaselineProfile.of("IFS-PROFILE-TENANCY-RISK",
        profile("Families at medium or high risk of losing their home",
            "Teuluoedd mewn risg canolig neu uchel o golli eu cartref"),
        ifs, CountingUnit.FAMILY,
        BaselineCondition.atLevels("IFS-TENANCY-RISK", "medium", "high")));
    all.add(BaselineProfile.of("IFS-PROFILE-RISK-OF-CARE",
        profile("Children at medium or high risk of entering care",
            "Plant mewn risg canolig neu uchel o fynd i ofal"),
        ifs, CountingUnit.CHILD, BaselineCondition.atLevels("RISK-OF-CARE", "medium", "high")));
    all.add(BaselineProfile.of("IFS-PROFILE-VIOLENCE",
        profile("Families with violence in the home", "Teuluoedd â thrais yn y cartref"),
        ifs, CountingUnit.FAMILY, BaselineCondition.is("IFS-VIOLENCE", true)));
    all.add(BaselineProfile.of("IFS-PROFILE-SCHOOL",
        profile("Families with a child below 90 % school attendance",
            "Teuluoedd â phlentyn â phresenoldeb ysgol o dan 90 %"),
        ifs, CountingUnit.FAMILY,
        BaselineCondition.worseThan("SCHOOL-ATTENDANCE", ScaleValue.of(90))));
    all.add(TransitionMeasure.of("IFS-TENANCY-RISK-MOVES",
        profile("Risk of losing the home, baseline to latest",
            "Risg o golli'r cartref, o'r llinell sylfaen i'r diweddaraf"),
        ifs, "IFS-TENANCY-RISK", PRACTITIONER));

    return List.copyOf(all);
  }
}
