package org.obaframework.examples.ifs;

import java.util.List;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.DeliveryModel;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomeRef;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ServiceOutput;

/**
 * The Intensive Family Support (IFS) outcomes framework of the seed deck, as oba values: the
 * service area, the IFS programme with its three delivery models and two service outputs, the
 * family-, child- and adult-level indicators (with scales, polarity, English and Welsh labels and
 * links to the four UK nations' outcome frameworks) and the performance measures of all four
 * quadrants.
 *
 * <pre>{@code
 * OutcomesFramework framework = IfsFramework.framework();
 * framework.crosswalk("SHANARRI");   // SHANARRI outcome -> IFS indicators
 * }</pre>
 *
 * <p>The indicators are those the seed's figures need; their scales and thresholds are this
 * example's choices, not Action for Children's. The Welsh labels are the example's own
 * translations, not reviewed by a Welsh speaker. The framework is immutable; this class only
 * builds it.
 */
public final class IfsFramework {
  /** The service area's and the programme's code. */
  public static final String PROGRAMME = "IFS";
  /** The framework's code. */
  public static final String CODE = "IFS-OUTCOMES";

  /** Delivery model: support in the family's existing tenancy. */
  public static final String EXISTING_TENANCY = "EXISTING-TENANCY";
  /** Delivery model: support in a tenancy managed by the charity. */
  public static final String MANAGED_TENANCY = "MANAGED-TENANCY";
  /** Delivery model: support in a residential unit. */
  public static final String RESIDENTIAL_UNIT = "RESIDENTIAL-UNIT";

  /** Service output: intensive support from a family support team. */
  public static final String INTENSIVE_SUPPORT = "INTENSIVE-SUPPORT";
  /** Service output: residential support. */
  public static final String RESIDENTIAL_SUPPORT = "RESIDENTIAL-SUPPORT";

  /** Family: housing situation (stable, warned, at risk of homelessness, evicted). */
  public static final String HOUSING = "HOUSING";
  /** Family: risk of losing the tenancy because of anti-social behaviour (none to high). */
  public static final String TENANCY_RISK = "TENANCY-RISK";
  /** Family: anti-social behaviour (none to serious). */
  public static final String ASB = "ASB";
  /** Family: a history of violence in the home (yes or no). */
  public static final String VIOLENCE_HOME = "VIOLENCE-HOME";
  /** Child: risk of entering care (none to high). */
  public static final String RISK_CARE = "RISK-CARE";
  /** Child: a vulnerable child (yes or no). */
  public static final String VULNERABLE = "VULNERABLE";
  /** Child: problems at school (yes or no; not applicable outside school age). */
  public static final String SCHOOL_PROBLEMS = "SCHOOL-PROBLEMS";
  /** Child: school attendance in the last term, percent of sessions. */
  public static final String SCHOOL_ATTENDANCE = "SCHOOL-ATT";
  /** Child: excluded from school in the last term (yes or no). */
  public static final String SCHOOL_EXCLUSION = "SCHOOL-EXCL";
  /** Child: emotional and mental health (poor to very good). */
  public static final String CHILD_MENTAL_HEALTH = "CHILD-MH";
  /** Adult: parenting capacity (poor to very good). */
  public static final String PARENTING = "PARENTING";

  /** How much: families supported. */
  public static final String FAMILIES = "IFS-FAMILIES";
  /** How much: adults in the families supported. */
  public static final String ADULTS = "IFS-ADULTS";
  /** How much: children in the families supported. */
  public static final String CHILDREN = "IFS-CHILDREN";
  /** How much: families given residential support. */
  public static final String RESIDENTIAL = "IFS-RESIDENTIAL";
  /** How well: baseline review within 4 weeks of the start (illustrative). */
  public static final String BASELINE_IN_4_WEEKS = "IFS-BASELINE-4W";
  /** How well: reviews within 13 weeks of the previous one (illustrative). */
  public static final String REVIEWS_ON_TIME = "IFS-REVIEWS-ON-TIME";
  /**
   * How well: families with a child's own view recorded, of all families (illustrative). The
   * denominator is every family, including those with no child of 11 or over who could give a
   * view, because a process condition cannot restrict who is counted.
   */
  public static final String CHILD_VIEW = "IFS-CHILD-VIEW";
  /** How well: closures that were planned (illustrative). */
  public static final String PLANNED_CLOSURE = "IFS-PLANNED-CLOSURE";
  /** Better off: no risk of losing the tenancy, ASB ceased or reduced significantly. */
  public static final String TENANCY_SECURED = "IFS-TENANCY-SECURED";
  /** Better off: living in a stable tenancy without risk of homelessness. */
  public static final String STABLE_HOME = "IFS-STABLE-HOME";
  /** Better off: children's mental health improved. */
  public static final String MENTAL_HEALTH_IMPROVED = "IFS-CHILD-MH";
  /** Better off: school attendance improved significantly, of families with a problem. */
  public static final String ATTENDANCE_IMPROVED = "IFS-ATTENDANCE";
  /** Better off: no longer excluded from school, of families where children had been. */
  public static final String NO_LONGER_EXCLUDED = "IFS-NO-LONGER-EXCLUDED";
  /** Data development: families still in a stable home 12 months after support ended. */
  public static final String HOME_KEPT_12_MONTHS = "IFS-HOME-KEPT-12M";
  /** Data development: complaints of anti-social behaviour about the families. */
  public static final String ASB_COMPLAINTS = "IFS-ASB-COMPLAINTS";

  private static final OutcomesFramework FRAMEWORK = build();

  private IfsFramework() {}

  /**
   * Returns the IFS outcomes framework.
   *
   * @return the framework, built once
   */
  public static OutcomesFramework framework() {
    return FRAMEWORK;
  }

  private static OutcomesFramework build() {
    List<Indicator> indicators = indicators();
    return OutcomesFramework.builder()
        .code(CODE)
        .name(label("Intensive Family Support outcomes (oba example)",
            "Canlyniadau Cymorth Dwys i Deuluoedd (enghraifft oba)"))
        .addServiceAreas(ServiceArea.of(PROGRAMME,
            label("Intensive family support", "Cymorth dwys i deuluoedd")))
        .addAllIndicators(indicators)
        .addProgrammes(Programme.builder()
            .code(PROGRAMME)
            .name(label("Intensive Family Support for families at risk of eviction because of "
                    + "anti-social behaviour",
                "Cymorth Dwys i Deuluoedd sydd mewn perygl o gael eu troi allan oherwydd "
                    + "ymddygiad gwrthgymdeithasol"))
            .serviceArea(PROGRAMME)
            .addAllIndicators(indicators.stream().map(Indicator::code).toList())
            .addDeliveryModels(
                DeliveryModel.of(EXISTING_TENANCY, label("Support in the existing tenancy",
                    "Cymorth yn y denantiaeth bresennol")),
                DeliveryModel.of(MANAGED_TENANCY, label("Support in a tenancy managed by the "
                    + "charity", "Cymorth mewn tenantiaeth a reolir gan yr elusen")),
                DeliveryModel.of(RESIDENTIAL_UNIT, label("Support in a residential unit",
                    "Cymorth mewn uned breswyl")))
            .addAllMeasures(measures().stream().map(PerformanceMeasure::code).toList())
            .build())
        .addAllMeasures(measures())
        .addServiceOutputs(
            ServiceOutput.of(INTENSIVE_SUPPORT, label("Intensive support from a family support "
                + "team", "Cymorth dwys gan dîm cymorth i deuluoedd")),
            ServiceOutput.of(RESIDENTIAL_SUPPORT, label("Residential support",
                "Cymorth preswyl")))
        .addAllExternalFrameworks(ExternalFrameworks.ukNations())
        .build();
  }

  private static List<Indicator> indicators() {
    OrdinalScale risk = OrdinalScale.of(List.of(
        level("none", "None", "Dim", 0), level("low", "Low", "Isel", 1),
        level("medium", "Medium", "Canolig", 2), level("high", "High", "Uchel", 3)));
    OrdinalScale wellBeing = OrdinalScale.of(List.of(
        level("poor", "Poor", "Gwael", 1), level("fair", "Fair", "Gweddol", 2),
        level("good", "Good", "Da", 3), level("very-good", "Very good", "Da iawn", 4)));
    BinaryScale yesNo = BinaryScale.of(label("Yes", "Ie"), label("No", "Na"));
    return List.of(
        indicator(HOUSING, RatedAt.FAMILY,
            label("Housing situation", "Sefyllfa dai"),
            label("Whether the family has a stable home, or is at risk of losing it or has lost "
                + "it", "A oes gan y teulu gartref sefydlog, neu a yw mewn perygl o'i golli neu "
                + "wedi'i golli"),
            "Practitioner's rating at each review: stable = a stable tenancy without risk of "
                + "homelessness; warned = a tenancy at risk for other reasons, such as rent "
                + "arrears or warnings; at-risk = eviction proceedings under way, would be "
                + "evicted without intensive support; evicted = already evicted.",
            OrdinalScale.of(List.of(
                level("stable", "Stable tenancy, no risk of homelessness",
                    "Tenantiaeth sefydlog, dim risg o ddigartrefedd", 0),
                level("warned", "Tenancy at risk: warnings or arrears",
                    "Tenantiaeth mewn perygl: rhybuddion neu ôl-ddyledion", 1),
                level("at-risk", "At risk of homelessness, would be evicted without support",
                    "Mewn perygl o fod yn ddigartref", 2),
                level("evicted", "Evicted", "Wedi'u troi allan", 3))),
            Polarity.LOWER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("ECONOMIC-WELL-BEING"),
                ExternalFrameworks.SHANARRI.ref("NURTURED"),
                ExternalFrameworks.WALES_WELL_BEING.ref("ACCOMMODATION"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("ECONOMIC-ENVIRONMENTAL"))),
        indicator(TENANCY_RISK, RatedAt.FAMILY,
            label("Risk of losing the tenancy because of anti-social behaviour",
                "Risg o golli'r denantiaeth oherwydd ymddygiad gwrthgymdeithasol"),
            label("How likely the landlord is to end the family's tenancy because of the "
                + "family's behaviour", "Pa mor debygol yw hi y bydd y landlord yn dod â "
                + "thenantiaeth y teulu i ben oherwydd ymddygiad y teulu"),
            "Practitioner's rating with the housing provider at each review.",
            risk, Polarity.LOWER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("ECONOMIC-WELL-BEING"),
                ExternalFrameworks.SHANARRI.ref("NURTURED"),
                ExternalFrameworks.WALES_WELL_BEING.ref("ACCOMMODATION"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("SAFETY-STABILITY"))),
        indicator(ASB, RatedAt.FAMILY,
            label("Anti-social behaviour by the family", "Ymddygiad gwrthgymdeithasol gan y "
                + "teulu"),
            label("Nuisance, neighbour disputes, damage and noise that the family causes",
                "Niwsans, anghydfodau â chymdogion, difrod a sŵn y mae'r teulu yn eu hachosi"),
            "Practitioner's rating from complaints to the landlord and community safety "
                + "partners since the last review.",
            OrdinalScale.of(List.of(
                level("none", "None", "Dim", 0), level("low", "Low", "Isel", 1),
                level("moderate", "Moderate", "Cymedrol", 2),
                level("serious", "Serious", "Difrifol", 3))),
            Polarity.LOWER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("POSITIVE-CONTRIBUTION"),
                ExternalFrameworks.SHANARRI.ref("RESPONSIBLE"),
                ExternalFrameworks.WALES_WELL_BEING.ref("CONTRIBUTION"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("POSITIVE-CONTRIBUTION"))),
        indicator(VIOLENCE_HOME, RatedAt.FAMILY,
            label("History of violence in the home", "Hanes o drais yn y cartref"),
            label("Domestic violence or abuse in the family, now or in the past",
                "Trais neu gam-drin domestig yn y teulu, nawr neu yn y gorffennol"),
            "Recorded at the baseline review from the referral and the family's account.",
            yesNo, Polarity.LOWER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("STAY-SAFE"),
                ExternalFrameworks.SHANARRI.ref("SAFE"),
                ExternalFrameworks.WALES_WELL_BEING.ref("PROTECTION"),
                ExternalFrameworks.WALES_WELL_BEING.ref("RELATIONSHIPS"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("SAFETY-STABILITY"))),
        indicator(RISK_CARE, RatedAt.CHILD,
            label("Risk of entering care", "Risg o fynd i ofal"),
            label("How likely the child is to come into care", "Pa mor debygol yw hi y bydd y "
                + "plentyn yn dod i ofal"),
            "Practitioner's rating with children's social care at each review.",
            risk, Polarity.LOWER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("STAY-SAFE"),
                ExternalFrameworks.SHANARRI.ref("NURTURED"),
                ExternalFrameworks.WALES_WELL_BEING.ref("RELATIONSHIPS"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("SAFETY-STABILITY"))),
        indicator(VULNERABLE, RatedAt.CHILD,
            label("Vulnerable child", "Plentyn agored i niwed"),
            label("The child is in need, on a protection plan or otherwise assessed as "
                + "vulnerable", "Mae'r plentyn mewn angen, ar gynllun amddiffyn neu wedi'i "
                + "asesu fel arall yn agored i niwed"),
            "Practitioner's rating from children's social care records at each review.",
            yesNo, Polarity.LOWER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("STAY-SAFE"),
                ExternalFrameworks.SHANARRI.ref("SAFE"),
                ExternalFrameworks.WALES_WELL_BEING.ref("PROTECTION"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("SAFETY-STABILITY"))),
        indicator(SCHOOL_PROBLEMS, RatedAt.CHILD,
            label("Problems at school", "Problemau yn yr ysgol"),
            label("Poor attendance, behaviour problems or exclusion at school",
                "Presenoldeb gwael, problemau ymddygiad neu waharddiad yn yr ysgol"),
            "Practitioner's rating with the school; not applicable below school age and "
                + "above 15.",
            yesNo, Polarity.LOWER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("ENJOY-ACHIEVE"),
                ExternalFrameworks.SHANARRI.ref("ACHIEVING"),
                ExternalFrameworks.WALES_WELL_BEING.ref("EDUCATION"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("LEARN-ACHIEVE"))),
        indicator(SCHOOL_ATTENDANCE, RatedAt.CHILD,
            label("School attendance", "Presenoldeb yn yr ysgol"),
            label("How often the child goes to school", "Pa mor aml y mae'r plentyn yn mynd i'r "
                + "ysgol"),
            "Percent of possible sessions attended in the last term, from the school; below "
                + "90 % is an attendance problem, close to the DfE's persistent absence (90 % or "
                + "less).",
            NumericScale.of("%", 0, 100), Polarity.HIGHER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("ENJOY-ACHIEVE"),
                ExternalFrameworks.SHANARRI.ref("ACHIEVING"),
                ExternalFrameworks.WALES_WELL_BEING.ref("EDUCATION"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("LEARN-ACHIEVE"))),
        indicator(SCHOOL_EXCLUSION, RatedAt.CHILD,
            label("Excluded from school", "Wedi'i wahardd o'r ysgol"),
            label("The child was excluded from school in the last term", "Cafodd y plentyn ei "
                + "wahardd o'r ysgol yn ystod y tymor diwethaf"),
            "A fixed-term or permanent exclusion in the last term, from the school.",
            yesNo, Polarity.LOWER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("ENJOY-ACHIEVE"),
                ExternalFrameworks.SHANARRI.ref("ACHIEVING"),
                ExternalFrameworks.SHANARRI.ref("INCLUDED"),
                ExternalFrameworks.WALES_WELL_BEING.ref("EDUCATION"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("LEARN-ACHIEVE"))),
        indicator(CHILD_MENTAL_HEALTH, RatedAt.CHILD,
            label("Child's emotional and mental health", "Iechyd emosiynol a meddyliol y "
                + "plentyn"),
            label("How the child is feeling and coping", "Sut mae'r plentyn yn teimlo ac yn "
                + "ymdopi"),
            "Practitioner's judgement at each review; children of 11 and over may give their "
                + "own view. Not applicable below school age.",
            wellBeing, Polarity.HIGHER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("BE-HEALTHY"),
                ExternalFrameworks.SHANARRI.ref("HEALTHY"),
                ExternalFrameworks.WALES_WELL_BEING.ref("HEALTH"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("HEALTHY"))),
        indicator(PARENTING, RatedAt.ADULT,
            label("Parenting capacity", "Gallu rhianta"),
            label("How well the adult sets boundaries, supervises and cares for the children",
                "Pa mor dda y mae'r oedolyn yn gosod ffiniau, yn goruchwylio ac yn gofalu am y "
                    + "plant"),
            "Practitioner's rating at each review; the parent or carer may give their own "
                + "view.",
            wellBeing, Polarity.HIGHER_IS_BETTER,
            refs(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("STAY-SAFE"),
                ExternalFrameworks.SHANARRI.ref("NURTURED"),
                ExternalFrameworks.WALES_WELL_BEING.ref("RELATIONSHIPS"),
                ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref("SAFETY-STABILITY"))));
  }

  private static List<PerformanceMeasure> measures() {
    return List.of(
        measure(FAMILIES, "Families given intensive support", "Teuluoedd a gafodd gymorth dwys",
            Quadrant.HOW_MUCH, MeasureRole.HEADLINE, CountingUnit.FAMILY),
        measure(ADULTS, "Adults in the families supported", "Oedolion yn y teuluoedd",
            Quadrant.HOW_MUCH, MeasureRole.SECONDARY, CountingUnit.ADULT),
        measure(CHILDREN, "Children in the families supported", "Plant yn y teuluoedd",
            Quadrant.HOW_MUCH, MeasureRole.SECONDARY, CountingUnit.CHILD),
        measure(RESIDENTIAL, "Families given residential support",
            "Teuluoedd a gafodd gymorth preswyl",
            Quadrant.HOW_MUCH, MeasureRole.SECONDARY, CountingUnit.FAMILY),
        measure(BASELINE_IN_4_WEEKS, "Baseline review within 4 weeks (illustrative)",
            "Adolygiad sylfaenol o fewn 4 wythnos (enghreifftiol)",
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.EPISODE),
        measure(REVIEWS_ON_TIME, "Reviews within 13 weeks of the last (illustrative)",
            "Adolygiadau o fewn 13 wythnos (enghreifftiol)",
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.REVIEW),
        measure(CHILD_VIEW, "Families with a child's own view recorded, of all families "
                + "(illustrative)",
            "Teuluoedd lle cofnodwyd barn plentyn, o'r holl deuluoedd (enghreifftiol)",
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.EPISODE),
        measure(PLANNED_CLOSURE, "Closures that were planned (illustrative)",
            "Cau achosion a gynlluniwyd (enghreifftiol)",
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.EPISODE),
        measure(TENANCY_SECURED, "No risk of losing the tenancy; ASB ceased or reduced "
                + "significantly", "Dim risg o golli'r denantiaeth; ymddygiad "
                + "gwrthgymdeithasol wedi dod i ben neu leihau'n sylweddol",
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.FAMILY,
            TENANCY_RISK, ASB),
        measure(STABLE_HOME, "Living in a stable tenancy without risk of homelessness",
            "Yn byw mewn tenantiaeth sefydlog heb risg o ddigartrefedd",
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.FAMILY, HOUSING),
        measure(MENTAL_HEALTH_IMPROVED, "Children's mental health improved (any child)",
            "Iechyd meddwl y plant wedi gwella (unrhyw blentyn)",
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.FAMILY,
            CHILD_MENTAL_HEALTH),
        measure(ATTENDANCE_IMPROVED, "School attendance improved by 10 points or more, of "
                + "families with a child below 90 %", "Presenoldeb yn yr ysgol wedi gwella 10 "
                + "pwynt neu fwy, o'r teuluoedd â phlentyn o dan 90 %",
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.FAMILY,
            SCHOOL_ATTENDANCE),
        measure(NO_LONGER_EXCLUDED, "No longer excluded from school, of families where "
                + "children had been", "Plant nad ydynt wedi'u gwahardd o'r ysgol mwyach, o'r "
                + "teuluoedd lle cafodd plant eu gwahardd",
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.FAMILY,
            SCHOOL_EXCLUSION),
        PerformanceMeasure.builder()
            .code(HOME_KEPT_12_MONTHS)
            .name(label("Families still in a stable home 12 months after support ended",
                "Teuluoedd mewn cartref sefydlog 12 mis ar ôl i'r cymorth ddod i ben"))
            .description(Label.of("Needs follow-up with housing providers after closure."))
            .quadrant(Quadrant.BETTER_OFF_NUMBER)
            .role(MeasureRole.DATA_DEVELOPMENT).priority(1)
            .countingUnit(CountingUnit.FAMILY)
            .addIndicators(HOUSING)
            .build(),
        PerformanceMeasure.builder()
            .code(ASB_COMPLAINTS)
            .name(label("Complaints of anti-social behaviour about the families",
                "Cwynion am ymddygiad gwrthgymdeithasol y teuluoedd"))
            .description(Label.of("Needs complaint counts shared by housing and police."))
            .quadrant(Quadrant.BETTER_OFF_NUMBER)
            .role(MeasureRole.DATA_DEVELOPMENT).priority(2)
            .countingUnit(CountingUnit.FAMILY)
            .polarity(Polarity.LOWER_IS_BETTER)
            .addIndicators(ASB)
            .build());
  }

  private static PerformanceMeasure measure(String code, String english, String welsh,
      Quadrant quadrant, MeasureRole role, CountingUnit unit, String... indicators) {
    return PerformanceMeasure.builder()
        .code(code)
        .name(label(english, welsh))
        .quadrant(quadrant)
        .role(role)
        .countingUnit(unit)
        .addIndicators(indicators)
        .build();
  }

  private static Indicator indicator(String code, RatedAt level, Label name, Label definition,
      String technical, Scale scale, Polarity polarity, List<OutcomeRef> outcomes) {
    return Indicator.builder()
        .code(code)
        .name(name)
        .definition(definition)
        .technicalDefinition(Label.of(technical))
        .scale(scale)
        .polarity(polarity)
        .ratedAt(level)
        .addServiceAreas(PROGRAMME)
        .addAllOutcomes(outcomes)
        .build();
  }

  private static List<OutcomeRef> refs(OutcomeRef... refs) {
    return List.of(refs);
  }

  private static OrdinalLevel level(String code, String english, String welsh, int score) {
    return OrdinalLevel.of(code, label(english, welsh), score);
  }

  static Label label(String english, String welsh) {
    return Label.of(english).with(Label.WELSH, welsh);
  }
}
