package org.obaframework.examples.ifs;

import static org.obaframework.examples.ifs.IfsFramework.PROGRAMME;
import static org.obaframework.examples.ifs.IfsFramework.label;

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
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Rater;

/**
 * The computable measures of the IFS report card, as oba data: How much (families, adults,
 * children, families given residential support), the baseline profile of the seed deck, How well
 * (illustrative: the seed gives no figures), Is anyone better off, and two change profiles.
 *
 * <pre>{@code
 * Evaluation.builder().framework(IfsFramework.framework())
 *     .period(IfsData.PERIOD).asOf(IfsData.AS_OF)
 *     .addAllMeasures(IfsMeasures.all())
 *     .build();
 * }</pre>
 *
 * <p>Better-off measures pair the practitioner's baseline review with the practitioner's latest
 * later review (the closure review when the episode has closed), count families, and exclude
 * families who moved away. The definitions are immutable; this class only builds them.
 */
public final class IfsMeasures {
  /** Baseline profile: families already evicted. */
  public static final String BASELINE_EVICTED = "IFS-B-EVICTED";
  /** Baseline profile: families at risk of homelessness. */
  public static final String BASELINE_AT_RISK = "IFS-B-AT-RISK";
  /** Baseline profile: children at high or medium risk of entering care. */
  public static final String BASELINE_RISK_CARE = "IFS-B-RISK-CARE";
  /** Baseline profile: families with at least one vulnerable child. */
  public static final String BASELINE_VULNERABLE = "IFS-B-VULNERABLE";
  /** Baseline profile: families with a history of violence in the home. */
  public static final String BASELINE_VIOLENCE = "IFS-B-VIOLENCE";
  /** Baseline profile: families with school problems with at least one child. */
  public static final String BASELINE_SCHOOL = "IFS-B-SCHOOL";
  /** Change profile: housing situation, baseline to latest. */
  public static final String HOUSING_MOVES = "IFS-HOUSING-MOVES";
  /** Change profile: children's risk of entering care, baseline to latest. */
  public static final String RISK_CARE_MOVES = "IFS-RISK-CARE-MOVES";

  /**
   * The attendance below which a child has an attendance problem: 90 %, close to the DfE's
   * persistent absence (missing 10 % or more of sessions, that is attendance of 90 % or less).
   */
  public static final int ATTENDANCE_THRESHOLD = 90;
  /** A significant improvement of attendance: at least 10 percentage points. */
  public static final int ATTENDANCE_IMPROVEMENT = 10;

  private static final Pairing PRACTITIONER =
      Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER));

  private IfsMeasures() {}

  /**
   * Returns every measure of the IFS report card, in report order.
   *
   * @return How much, baseline profile, How well, better off and change profiles
   */
  public static List<MeasureDefinition> all() {
    List<MeasureDefinition> all = new ArrayList<>(howMuch());
    all.addAll(baselineProfile());
    all.addAll(howWell());
    all.addAll(betterOff());
    all.addAll(changeProfiles());
    return List.copyOf(all);
  }

  /**
   * Returns How much did we do: families, adults and children supported, and families given
   * residential support.
   *
   * @return the count measures
   */
  public static List<MeasureDefinition> howMuch() {
    return List.of(
        CountMeasure.of(IfsFramework.FAMILIES, name(IfsFramework.FAMILIES), PROGRAMME,
            CountingUnit.FAMILY),
        CountMeasure.of(IfsFramework.ADULTS, name(IfsFramework.ADULTS), PROGRAMME,
            CountingUnit.ADULT),
        CountMeasure.of(IfsFramework.CHILDREN, name(IfsFramework.CHILDREN), PROGRAMME,
            CountingUnit.CHILD),
        CountMeasure.ofOutput(IfsFramework.RESIDENTIAL, name(IfsFramework.RESIDENTIAL),
            PROGRAMME, CountingUnit.FAMILY, IfsFramework.RESIDENTIAL_SUPPORT));
  }

  /**
   * Returns the baseline profile of the seed deck: who the customers were when support began.
   *
   * @return the baseline profile measures
   */
  public static List<MeasureDefinition> baselineProfile() {
    return List.of(
        BaselineProfile.of(BASELINE_EVICTED, label("Families already evicted",
                "Teuluoedd a oedd eisoes wedi'u troi allan"), PROGRAMME, CountingUnit.FAMILY,
            BaselineCondition.atLevels(IfsFramework.HOUSING, "evicted")),
        BaselineProfile.of(BASELINE_AT_RISK, label("Families at risk of homelessness",
                "Teuluoedd mewn perygl o fod yn ddigartref"), PROGRAMME, CountingUnit.FAMILY,
            BaselineCondition.atLevels(IfsFramework.HOUSING, "at-risk")),
        BaselineProfile.of(BASELINE_RISK_CARE, label("Children at high or medium risk of "
                + "entering care", "Plant mewn risg uchel neu ganolig o fynd i ofal"), PROGRAMME,
            CountingUnit.CHILD,
            BaselineCondition.atLevels(IfsFramework.RISK_CARE, "high", "medium")),
        BaselineProfile.of(BASELINE_VULNERABLE, label("Families with at least one vulnerable "
                + "child", "Teuluoedd ag o leiaf un plentyn agored i niwed"), PROGRAMME,
            CountingUnit.FAMILY, BaselineCondition.is(IfsFramework.VULNERABLE, true)),
        BaselineProfile.of(BASELINE_VIOLENCE, label("Families with a history of violence in "
                + "the home", "Teuluoedd â hanes o drais yn y cartref"), PROGRAMME,
            CountingUnit.FAMILY, BaselineCondition.is(IfsFramework.VIOLENCE_HOME, true)),
        BaselineProfile.of(BASELINE_SCHOOL, label("Families with school problems with at "
                + "least one child", "Teuluoedd â phroblemau ysgol gydag o leiaf un plentyn"),
            PROGRAMME, CountingUnit.FAMILY,
            BaselineCondition.is(IfsFramework.SCHOOL_PROBLEMS, true)));
  }

  /**
   * Returns How well did we do it. <b>Illustrative</b>: the seed deck gives no How well figures,
   * so these show the kind of measure, computed from the synthetic records.
   *
   * @return the process measures
   */
  public static List<MeasureDefinition> howWell() {
    return List.of(
        ProcessMeasure.of(IfsFramework.BASELINE_IN_4_WEEKS,
            name(IfsFramework.BASELINE_IN_4_WEEKS), PROGRAMME,
            ProcessCondition.baselineWithin(28)),
        ProcessMeasure.of(IfsFramework.REVIEWS_ON_TIME, name(IfsFramework.REVIEWS_ON_TIME),
            PROGRAMME, ProcessCondition.reviewsWithin(91)),
        ProcessMeasure.of(IfsFramework.CHILD_VIEW, name(IfsFramework.CHILD_VIEW), PROGRAMME,
            ProcessCondition.viewRecorded(Set.of(Rater.CHILD_OR_YOUNG_PERSON))),
        ProcessMeasure.of(IfsFramework.PLANNED_CLOSURE, name(IfsFramework.PLANNED_CLOSURE),
            PROGRAMME, ProcessCondition.plannedClosure()));
  }

  /**
   * Returns the better-off measures of the seed deck, counting families.
   *
   * @return the better-off definitions
   */
  public static List<BetterOffDefinition> betterOff() {
    return List.of(
        BetterOffDefinition.of(name(IfsFramework.TENANCY_SECURED),
            family(IfsFramework.TENANCY_SECURED)
                .addIndicators(IfsFramework.TENANCY_RISK, IfsFramework.ASB)
                // No risk at the latest review, however the family started.
                .putRules(IfsFramework.TENANCY_RISK, BetterOffRule.reaches(
                    ScaleValue.level("none"), BetterOffRule.Maintained.COUNTS))
                // Ceased or reduced significantly: from moderate or serious to low or none.
                .putRules(IfsFramework.ASB, BetterOffRule.reaches(
                    ScaleValue.level("low"), BetterOffRule.Maintained.DOES_NOT_COUNT))
                .composite(Composite.all())
                .familyRule(FamilyRule.FAMILY_INDICATORS)
                .build()),
        BetterOffDefinition.of(name(IfsFramework.STABLE_HOME),
            family(IfsFramework.STABLE_HOME)
                .addIndicators(IfsFramework.HOUSING)
                .defaultRule(BetterOffRule.reaches(ScaleValue.level("stable"),
                    BetterOffRule.Maintained.COUNTS))
                .familyRule(FamilyRule.FAMILY_INDICATORS)
                .build()),
        BetterOffDefinition.of(name(IfsFramework.MENTAL_HEALTH_IMPROVED),
            family(IfsFramework.MENTAL_HEALTH_IMPROVED)
                .addIndicators(IfsFramework.CHILD_MENTAL_HEALTH)
                .defaultRule(BetterOffRule.anyImprovement())
                .familyRule(FamilyRule.ANY_MEMBER)
                .build()),
        BetterOffDefinition.of(name(IfsFramework.ATTENDANCE_IMPROVED),
            family(IfsFramework.ATTENDANCE_IMPROVED)
                .addIndicators(IfsFramework.SCHOOL_ATTENDANCE)
                .defaultRule(BetterOffRule.improvedByAtLeast(ATTENDANCE_IMPROVEMENT))
                .addEligibility(BaselineCondition.worseThan(IfsFramework.SCHOOL_ATTENDANCE,
                    ScaleValue.of(ATTENDANCE_THRESHOLD)))
                .familyRule(FamilyRule.ANY_MEMBER)
                .build()),
        BetterOffDefinition.of(name(IfsFramework.NO_LONGER_EXCLUDED),
            family(IfsFramework.NO_LONGER_EXCLUDED)
                .addIndicators(IfsFramework.SCHOOL_EXCLUSION)
                .defaultRule(BetterOffRule.anyImprovement())
                .addEligibility(BaselineCondition.is(IfsFramework.SCHOOL_EXCLUSION, true))
                // Every child who had been excluded is no longer excluded.
                .familyRule(FamilyRule.ALL_MEMBERS)
                .build()));
  }

  /**
   * Returns two change profiles: the housing situation and children's risk of entering care,
   * from the practitioner's baseline to the latest review.
   *
   * @return the transition measures
   */
  public static List<MeasureDefinition> changeProfiles() {
    return List.of(
        TransitionMeasure.of(HOUSING_MOVES, label("Housing situation, baseline to latest",
            "Sefyllfa dai, o'r llinell sylfaen i'r diweddaraf"), PROGRAMME,
            IfsFramework.HOUSING, PRACTITIONER),
        TransitionMeasure.of(RISK_CARE_MOVES, label("Risk of entering care, baseline to "
                + "latest", "Risg o fynd i ofal, o'r llinell sylfaen i'r diweddaraf"), PROGRAMME,
            IfsFramework.RISK_CARE, PRACTITIONER));
  }

  /** The framework's name of a performance measure, so that the two never drift apart. */
  private static Label name(String code) {
    return IfsFramework.framework().measure(code).orElseThrow().name();
  }

  private static BetterOffMeasure.Builder family(String code) {
    return BetterOffMeasure.builder()
        .code(code)
        .programme(PROGRAMME)
        .countingUnit(CountingUnit.FAMILY)
        .pairing(PRACTITIONER)
        .addExcludedClosureReasons(ClosureReason.MOVED_AWAY);
  }
}
