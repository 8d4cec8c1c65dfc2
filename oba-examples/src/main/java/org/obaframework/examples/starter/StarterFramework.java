package org.obaframework.examples.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.obaframework.json.FrameworkJson;
import org.obaframework.examples.files.AtomicFile;

/**
 * An <b>illustrative</b> starter outcomes framework, ready to adapt: the service areas of a
 * children's charity working across the UK nations (family support, residential care, foster
 * care, disabled children and young people, young carers, CAMH services, intensive family
 * support), each with a programme of intervention, indicators rated for the child, the family or
 * the adult on ordinal, numeric and yes/no scales with their polarity, service outputs, and
 * performance measures in all four OBA quadrants (headline, secondary and a data development
 * agenda). Indicators link to the outcomes of the four nations' frameworks ({@link
 * ExternalFrameworks#ukNations()}), so one set of ratings reports against Every Child Matters,
 * SHANARRI, the Social Services and Well-being (Wales) Act 2014 and the Northern Ireland
 * Children and Young People's Strategy.
 *
 * <pre>{@code
 * OutcomesFramework starter = StarterFramework.framework();
 * starter.indicatorsIn("CAMHS");                     // goal progress, wellbeing, distress, ...
 * starter.crosswalk("SHANARRI");                     // outcome -> indicators
 * Evaluation evaluation = Evaluation.builder().framework(starter)
 *     .period(ReportingPeriod.financialYear(2025)).asOf(LocalDate.of(2026, 3, 31))
 *     .addAllMeasures(StarterMeasures.forProgramme(StarterFramework.IFS_PROGRAMME)).build();
 * }</pre>
 *
 * <p><b>Illustrative only.</b> The indicators, scales, thresholds and measures are a plausible
 * starting point drawn from the Action for Children Outcomes Framework's service areas and the
 * Intensive Family Support example in oba's seed material, not a validated or endorsed framework:
 * change the codes, definitions, levels and measures to your service before relying on them. The
 * framework's name says so, and so does the description of every performance measure and the
 * technical definition of every indicator. The CAMHS indicators have generic names ("goal progress
 * (0-10)", "wellbeing score"): no licensed questionnaire's items or wording are shipped, only the
 * published thresholds of reliable change ({@link StarterMeasures}).
 *
 * <p><b>Welsh.</b> Every name, level and lay definition carries a Welsh text ({@link
 * Label#WELSH}). The translations were written with care but not by a Welsh speaker: have them
 * checked by one before they are shown to children, families or commissioners.
 *
 * <p>The same framework ships as the JSON document {@value #RESOURCE}, written by {@link
 * FrameworkJson} ({@link #main} regenerates it; a test checks it is up to date), so it can be
 * edited as data and read back with {@link #fromResource()}. Every value is immutable and
 * thread-safe; this class has no state.
 */
public final class StarterFramework {
  /** The framework's code. */
  public static final String CODE = "OBA-STARTER";
  /** The class-path resource of the framework's JSON document. */
  public static final String RESOURCE = "org/obaframework/examples/starter/framework.json";
  /** Where {@link #main} writes the resource in a source checkout, unless told otherwise. */
  public static final String SOURCE_PATH = "oba-examples/src/main/resources/" + RESOURCE;

  /** Service area: family support. */
  public static final String FAMILY_SUPPORT = "FS";
  /** Service area: residential care. */
  public static final String RESIDENTIAL_CARE = "RC";
  /** Service area: foster care. */
  public static final String FOSTER_CARE = "FC";
  /** Service area: services for disabled children and young people. */
  public static final String DISABLED_CHILDREN = "DCYP";
  /** Service area: young carers. */
  public static final String YOUNG_CARERS = "YC";
  /** Service area: child and adolescent mental health (CAMH) services. */
  public static final String CAMHS = "CAMHS";
  /** Service area: intensive family support. */
  public static final String INTENSIVE_FAMILY_SUPPORT = "IFS";

  /** Programme of the family support service area. */
  public static final String FS_PROGRAMME = "FS-SUPPORT";
  /** Programme of the residential care service area. */
  public static final String RC_PROGRAMME = "RC-HOME";
  /** Programme of the foster care service area. */
  public static final String FC_PROGRAMME = "FC-PLACEMENT";
  /** Programme of the disabled children and young people service area. */
  public static final String DCYP_PROGRAMME = "DCYP-SHORT-BREAKS";
  /** Programme of the young carers service area. */
  public static final String YC_PROGRAMME = "YC-SUPPORT";
  /** Programme of the CAMH services area. */
  public static final String CAMHS_PROGRAMME = "CAMHS-THERAPY";
  /** Programme of the intensive family support service area. */
  public static final String IFS_PROGRAMME = "IFS-INTENSIVE";

  private static final String ILLUSTRATIVE = "Illustrative starter measure, to adapt: ";
  private static final String ILLUSTRATIVE_INDICATOR = "Illustrative starter indicator, to adapt: ";

  private StarterFramework() {}

  /**
   * Returns the starter framework.
   *
   * @return the framework, valid and immutable
   */
  public static OutcomesFramework framework() {
    return FRAMEWORK;
  }

  /**
   * Returns the framework's JSON document, as {@link FrameworkJson#standard()} writes it: the
   * contents of {@value #RESOURCE}.
   *
   * @return the document, ending with a newline
   */
  public static String json() {
    return FrameworkJson.standard().write(FRAMEWORK);
  }

  /**
   * Reads the framework from the JSON document shipped in this jar, {@value #RESOURCE}.
   *
   * @return the framework read, equal to {@link #framework()}
   * @throws UncheckedIOException if the resource cannot be read
   * @throws org.obaframework.json.JsonFormatException if the document is malformed
   */
  public static OutcomesFramework fromResource() {
    try (InputStream in = StarterFramework.class.getResourceAsStream("framework.json")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + RESOURCE + " not found"));
      }
      return FrameworkJson.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading resource " + RESOURCE, e);
    }
  }

  /**
   * Regenerates the framework's JSON document: writes {@link #json()} to the path given, or to
   * {@value #SOURCE_PATH} (relative to the working directory, the root of a source checkout), and
   * prints the path and a summary.
   *
   * @param args an optional path to write to
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : SOURCE_PATH);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    AtomicFile.write(target, json());
    System.out.println("Wrote " + target + ": " + FRAMEWORK);
  }

  private static Label bi(String english, String welsh) {
    return Label.of(english).with(Label.WELSH, welsh);
  }

  private static OrdinalLevel level(String code, String english, String welsh, int score) {
    return OrdinalLevel.of(code, bi(english, welsh), score);
  }

  /** None, low, medium, high: a risk or an impact, lower is better. */
  private static OrdinalScale risk() {
    return OrdinalScale.of(List.of(
        level("none", "None", "Dim", 1),
        level("low", "Low", "Isel", 2),
        level("medium", "Medium", "Canolig", 3),
        level("high", "High", "Uchel", 4)));
  }

  private static final OutcomeRef ECM_HEALTHY = ExternalFrameworks.EVERY_CHILD_MATTERS.ref(
      "BE-HEALTHY");
  private static final OutcomeRef ECM_SAFE = ExternalFrameworks.EVERY_CHILD_MATTERS.ref(
      "STAY-SAFE");
  private static final OutcomeRef ECM_ACHIEVE = ExternalFrameworks.EVERY_CHILD_MATTERS.ref(
      "ENJOY-ACHIEVE");
  private static final OutcomeRef ECM_CONTRIBUTION = ExternalFrameworks.EVERY_CHILD_MATTERS.ref(
      "POSITIVE-CONTRIBUTION");
  private static final OutcomeRef ECM_ECONOMIC = ExternalFrameworks.EVERY_CHILD_MATTERS.ref(
      "ECONOMIC-WELL-BEING");

  // After the outcome references it uses: static fields initialise in order.
  private static final OutcomesFramework FRAMEWORK = build();

  private static OutcomeRef shanarri(String code) {
    return ExternalFrameworks.SHANARRI.ref(code);
  }

  private static OutcomeRef wales(String code) {
    return ExternalFrameworks.WALES_WELL_BEING.ref(code);
  }

  private static OutcomeRef ni(String code) {
    return ExternalFrameworks.NORTHERN_IRELAND_CYPS.ref(code);
  }

  private static Indicator indicator(String code, Label name, Label definition, String technical,
      Scale scale, Polarity polarity, RatedAt ratedAt, List<String> areas,
      List<OutcomeRef> outcomes) {
    return Indicator.builder()
        .code(code)
        .name(name)
        .definition(definition)
        .technicalDefinition(Label.of(ILLUSTRATIVE_INDICATOR + technical))
        .scale(scale)
        .polarity(polarity)
        .ratedAt(ratedAt)
        .addAllServiceAreas(areas)
        .addAllOutcomes(outcomes)
        .build();
  }

  private static PerformanceMeasure measure(String code, Label name, Quadrant quadrant,
      MeasureRole role, CountingUnit unit, String description, String... indicators) {
    return PerformanceMeasure.builder()
        .code(code)
        .name(name)
        .description(Label.of(ILLUSTRATIVE + description))
        .quadrant(quadrant)
        .role(role)
        .countingUnit(unit)
        .addIndicators(indicators)
        .build();
  }

  private static PerformanceMeasure wanted(String code, Label name, int priority,
      CountingUnit unit, String description) {
    return PerformanceMeasure.builder()
        .code(code)
        .name(name)
        .description(Label.of(ILLUSTRATIVE + "data development agenda: " + description))
        .quadrant(Quadrant.BETTER_OFF_PERCENT)
        .role(MeasureRole.DATA_DEVELOPMENT)
        .priority(priority)
        .countingUnit(unit)
        .build();
  }

  private static Programme programme(String code, Label name, String area,
      List<Indicator> indicators, List<PerformanceMeasure> measures, DeliveryModel... models) {
    return Programme.builder()
        .code(code)
        .name(name)
        .serviceArea(area)
        .addAllIndicators(indicators.stream().map(Indicator::code).toList())
        .addAllMeasures(measures.stream().map(PerformanceMeasure::code).toList())
        .addDeliveryModels(models)
        .build();
  }

  private static OutcomesFramework build() {
    List<String> fs = List.of(FAMILY_SUPPORT);
    // Indicators shared by several service areas.
    Indicator attendance = indicator("SCHOOL-ATTENDANCE",
        bi("School attendance", "Presenoldeb yn yr ysgol"),
        bi("How often the child or young person is in school when they should be",
            "Pa mor aml y mae'r plentyn neu'r person ifanc yn yr ysgol pan ddylai fod"),
        "sessions attended / possible sessions in the last half term, as a percent",
        NumericScale.of("%", 0, 100), Polarity.HIGHER_IS_BETTER, RatedAt.CHILD,
        List.of(FAMILY_SUPPORT, RESIDENTIAL_CARE, FOSTER_CARE, YOUNG_CARERS,
            INTENSIVE_FAMILY_SUPPORT),
        List.of(ECM_ACHIEVE, shanarri("ACHIEVING"), wales("EDUCATION"), ni("LEARN-ACHIEVE")));
    Indicator emotional = indicator("EMOTIONAL-WELLBEING",
        bi("Emotional well-being", "Lles emosiynol"),
        bi("How the child or young person feels in themselves, day to day",
            "Sut mae'r plentyn neu'r person ifanc yn teimlo ynddo'i hun, o ddydd i ddydd"),
        "the practitioner's judgement with the child, on four levels, at each review",
        OrdinalScale.of(List.of(
            level("very-low", "Very low", "Isel iawn", 1),
            level("low", "Low", "Isel", 2),
            level("good", "Good", "Da", 3),
            level("very-good", "Very good", "Da iawn", 4))),
        Polarity.HIGHER_IS_BETTER, RatedAt.CHILD,
        List.of(RESIDENTIAL_CARE, FOSTER_CARE, DISABLED_CHILDREN, YOUNG_CARERS,
            INTENSIVE_FAMILY_SUPPORT),
        List.of(ECM_HEALTHY, shanarri("HEALTHY"), wales("HEALTH"), ni("HEALTHY")));
    Indicator independence = indicator("INDEPENDENCE-SKILLS",
        bi("Independent living skills", "Sgiliau byw'n annibynnol"),
        bi("How well the young person manages everyday tasks for their age and ability",
            "Pa mor dda y mae'r person ifanc yn ymdopi â thasgau bob dydd ar gyfer ei oed a'i "
                + "allu"),
        "the practitioner's judgement against the young person's plan, on four levels",
        OrdinalScale.of(List.of(
            level("not-yet", "Not yet", "Ddim eto", 1),
            level("developing", "Developing", "Yn datblygu", 2),
            level("mostly", "Mostly", "Gan amlaf", 3),
            level("fully", "Fully", "Yn llawn", 4))),
        Polarity.HIGHER_IS_BETTER, RatedAt.CHILD,
        List.of(RESIDENTIAL_CARE, DISABLED_CHILDREN),
        List.of(ECM_ECONOMIC, shanarri("RESPONSIBLE"), wales("SOCIAL-ECONOMIC"),
            ni("ECONOMIC-ENVIRONMENTAL")));
    Indicator riskOfCare = indicator("RISK-OF-CARE",
        bi("Risk of entering care", "Risg o fynd i ofal"),
        bi("How likely the child is to come into care if nothing changes",
            "Pa mor debygol yw hi y bydd y plentyn yn mynd i ofal os na fydd dim yn newid"),
        "the practitioner's assessment with the local authority's threshold guidance",
        risk(), Polarity.LOWER_IS_BETTER, RatedAt.CHILD,
        List.of(FAMILY_SUPPORT, INTENSIVE_FAMILY_SUPPORT),
        List.of(ECM_SAFE, shanarri("SAFE"), wales("PROTECTION"), ni("SAFETY-STABILITY")));

    List<ServiceArea> areas = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>(List.of(attendance, emotional, independence,
        riskOfCare));
    List<Programme> programmes = new ArrayList<>();
    List<PerformanceMeasure> measures = new ArrayList<>();
    List<ServiceOutput> outputs = new ArrayList<>();

    // Family support.
    areas.add(ServiceArea.of(FAMILY_SUPPORT, bi("Family support", "Cymorth i deuluoedd")));
    Indicator parenting = indicator("FS-PARENTING",
        bi("Parenting capacity", "Gallu rhianta"),
        bi("How well the parent meets the child's needs for care, safety and warmth",
            "Pa mor dda y mae'r rhiant yn diwallu anghenion y plentyn am ofal, diogelwch a "
                + "chynhesrwydd"),
        "the practitioner's judgement for each parent or carer, on four levels",
        OrdinalScale.of(List.of(
            level("serious-concern", "Serious concern", "Pryder difrifol", 1),
            level("some-concern", "Some concern", "Peth pryder", 2),
            level("good-enough", "Good enough", "Digon da", 3),
            level("strong", "Strong", "Cryf", 4))),
        Polarity.HIGHER_IS_BETTER, RatedAt.ADULT, fs,
        List.of(ECM_SAFE, shanarri("NURTURED"), wales("RELATIONSHIPS"), ni("SAFETY-STABILITY")));
    Indicator relationships = indicator("FS-FAMILY-RELATIONSHIPS",
        bi("Family relationships", "Perthnasoedd teuluol"),
        bi("How well the family gets on and sorts out disagreements",
            "Pa mor dda y mae'r teulu'n cyd-dynnu ac yn datrys anghytundebau"),
        "the practitioner's judgement with the family, once for the household, on four levels",
        OrdinalScale.of(List.of(
            level("poor", "Poor", "Gwael", 1),
            level("strained", "Strained", "Dan straen", 2),
            level("mostly-positive", "Mostly positive", "Cadarnhaol gan amlaf", 3),
            level("positive", "Positive", "Cadarnhaol", 4))),
        Polarity.HIGHER_IS_BETTER, RatedAt.FAMILY, fs,
        List.of(shanarri("NURTURED"), wales("RELATIONSHIPS"), ni("SAFETY-STABILITY")));
    indicators.addAll(List.of(parenting, relationships));
    outputs.add(ServiceOutput.of("FS-PLAN",
        bi("Family support plan agreed", "Cynllun cymorth i'r teulu wedi'i gytuno")));
    outputs.add(ServiceOutput.of("FS-PARENTING-GROUP",
        bi("Parenting group attended", "Wedi mynychu grŵp rhianta")));
    List<PerformanceMeasure> fsMeasures = List.of(
        measure("FS-FAMILIES", bi("Families supported", "Teuluoedd a gefnogwyd"),
            Quadrant.HOW_MUCH, MeasureRole.HEADLINE, CountingUnit.FAMILY,
            "distinct families with an episode open in the period"),
        measure("FS-CHILDREN", bi("Children in the families supported",
                "Plant yn y teuluoedd a gefnogwyd"),
            Quadrant.HOW_MUCH, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "distinct children who are members of a family supported in the period"),
        measure("FS-PLAN-IN-PLACE", bi("Families with an agreed plan",
                "Teuluoedd â chynllun wedi'i gytuno"),
            Quadrant.HOW_WELL, MeasureRole.HEADLINE, CountingUnit.EPISODE,
            "episodes open in the period given the output FS-PLAN"),
        measure("FS-BASELINE-4W", bi("Baseline review within 4 weeks",
                "Adolygiad llinell sylfaen o fewn 4 wythnos"),
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.EPISODE,
            "episodes started in the period with a baseline review within 28 days"),
        measure("FS-BETTER-OFF", bi("Families better off on at least one indicator",
                "Teuluoedd sydd ar eu hennill ar o leiaf un dangosydd"),
            Quadrant.BETTER_OFF_NUMBER, MeasureRole.SECONDARY, CountingUnit.FAMILY,
            "families where a child's risk of care, a parent's parenting capacity or the "
                + "family's relationships improved, as the practitioner rated them",
            "RISK-OF-CARE", "FS-PARENTING", "FS-FAMILY-RELATIONSHIPS"),
        measure("FS-RISK-DOWN", bi("Children at medium or high risk of care whose risk fell",
                "Plant mewn risg canolig neu uchel o fynd i ofal y gostyngodd eu risg"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "children at medium or high risk of entering care at baseline whose risk fell by "
                + "at least one level",
            "RISK-OF-CARE"),
        measure("FS-PARENTING-UP", bi("Parents whose parenting capacity improved",
                "Rhieni y gwellodd eu gallu rhianta"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.ADULT,
            "parents and carers whose parenting capacity rose by at least one level",
            "FS-PARENTING"),
        wanted("FS-CHILD-FEELS-SAFE", bi("Children who say they feel safe at home",
                "Plant sy'n dweud eu bod yn teimlo'n ddiogel gartref"), 1, CountingUnit.CHILD,
            "the child's own view, not yet recorded consistently"));
    measures.addAll(fsMeasures);
    programmes.add(programme(FS_PROGRAMME, bi("Family support", "Cymorth i deuluoedd"),
        FAMILY_SUPPORT, List.of(riskOfCare, parenting, relationships, attendance), fsMeasures,
        DeliveryModel.of("HOME-VISITS", bi("Home visiting", "Ymweliadau cartref")),
        DeliveryModel.of("GROUP-WORK", bi("Group work", "Gwaith grŵp"))));

    // Residential care.
    areas.add(ServiceArea.of(RESIDENTIAL_CARE, bi("Residential care", "Gofal preswyl")));
    Indicator missing = indicator("RC-MISSING",
        bi("Times missing from the home", "Sawl gwaith ar goll o'r cartref"),
        bi("How many times the young person went missing in the last three months",
            "Sawl gwaith yr aeth y person ifanc ar goll yn ystod y tri mis diwethaf"),
        "missing episodes reported to the police in the 3 months before the review",
        NumericScale.wholeNumbers("episodes", 0, 90), Polarity.LOWER_IS_BETTER, RatedAt.CHILD,
        List.of(RESIDENTIAL_CARE),
        List.of(ECM_SAFE, shanarri("SAFE"), wales("PROTECTION"), ni("SAFETY-STABILITY")));
    indicators.add(missing);
    outputs.add(ServiceOutput.of("RC-PATHWAY-PLAN",
        bi("Pathway plan in place", "Cynllun llwybr yn ei le")));
    List<PerformanceMeasure> rcMeasures = List.of(
        measure("RC-YOUNG-PEOPLE", bi("Young people cared for", "Pobl ifanc y gofalwyd amdanynt"),
            Quadrant.HOW_MUCH, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "distinct young people with a placement open in the period"),
        measure("RC-VIEW-RECORDED", bi("Placements where the young person's view was recorded",
                "Lleoliadau lle cofnodwyd barn y person ifanc"),
            Quadrant.HOW_WELL, MeasureRole.HEADLINE, CountingUnit.EPISODE,
            "placements open in the period with a review rated by the young person"),
        measure("RC-PATHWAY", bi("Young people with a pathway plan",
                "Pobl ifanc â chynllun llwybr"),
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.EPISODE,
            "placements open in the period given the output RC-PATHWAY-PLAN"),
        measure("RC-NOT-MISSING", bi("Young people no longer going missing",
                "Pobl ifanc nad ydynt yn mynd ar goll mwyach"),
            Quadrant.BETTER_OFF_NUMBER, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "young people who went missing before the baseline and not in the 3 months before "
                + "their latest review",
            "RC-MISSING"),
        measure("RC-WELLBEING-UP", bi("Young people whose emotional well-being improved",
                "Pobl ifanc y gwellodd eu lles emosiynol"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "young people whose emotional well-being rose by at least one level",
            "EMOTIONAL-WELLBEING"),
        measure("RC-INDEPENDENCE-UP", bi("Young people gaining independent living skills",
                "Pobl ifanc sy'n datblygu sgiliau byw'n annibynnol"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "young people whose independent living skills rose by at least one level",
            "INDEPENDENCE-SKILLS"),
        wanted("RC-EDUCATION-AFTER", bi("Care leavers in education, training or work at 19",
                "Pobl sy'n gadael gofal mewn addysg, hyfforddiant neu waith yn 19 oed"), 2,
            CountingUnit.CHILD, "needs follow-up after the young person leaves the home"));
    measures.addAll(rcMeasures);
    programmes.add(programme(RC_PROGRAMME, bi("Children's home", "Cartref plant"),
        RESIDENTIAL_CARE, List.of(missing, emotional, independence, attendance), rcMeasures));

    // Foster care.
    areas.add(ServiceArea.of(FOSTER_CARE, bi("Foster care", "Gofal maeth")));
    Indicator stable = indicator("FC-PLACEMENT-STABLE",
        bi("Placement stable", "Lleoliad sefydlog"),
        bi("The child is settled and the placement is not at risk of ending unplanned",
            "Mae'r plentyn wedi setlo ac nid yw'r lleoliad mewn perygl o ddod i ben heb ei "
                + "gynllunio"),
        "the supervising social worker's judgement at each review: yes or no",
        BinaryScale.of(bi("Yes", "Ie"), bi("No", "Na")), Polarity.HIGHER_IS_BETTER,
        RatedAt.CHILD, List.of(FOSTER_CARE),
        List.of(ECM_SAFE, shanarri("NURTURED"), wales("ACCOMMODATION"), ni("SAFETY-STABILITY")));
    Indicator familyTime = indicator("FC-FAMILY-TIME",
        bi("Family time as planned", "Amser teulu fel y cynlluniwyd"),
        bi("The child sees their birth family as their plan says",
            "Mae'r plentyn yn gweld ei deulu biolegol fel y mae ei gynllun yn ei ddweud"),
        "planned contact sessions that took place in the last 3 months, at least 80 %: yes or no",
        BinaryScale.of(bi("Yes", "Ie"), bi("No", "Na")), Polarity.HIGHER_IS_BETTER,
        RatedAt.CHILD, List.of(FOSTER_CARE),
        List.of(shanarri("NURTURED"), wales("RELATIONSHIPS"), ni("RIGHTS"), ECM_HEALTHY));
    indicators.addAll(List.of(stable, familyTime));
    outputs.add(ServiceOutput.of("FC-PLACEMENT-PLAN",
        bi("Placement plan in place", "Cynllun lleoliad yn ei le")));
    List<PerformanceMeasure> fcMeasures = List.of(
        measure("FC-CHILDREN", bi("Children in foster placements", "Plant mewn lleoliadau maeth"),
            Quadrant.HOW_MUCH, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "distinct children with a placement open in the period"),
        measure("FC-REVIEWS-ON-TIME", bi("Reviews on time", "Adolygiadau mewn pryd"),
            Quadrant.HOW_WELL, MeasureRole.HEADLINE, CountingUnit.REVIEW,
            "reviews in the period within 13 weeks (91 days) of the previous one"),
        measure("FC-PLAN", bi("Placements with a placement plan",
                "Lleoliadau â chynllun lleoliad"),
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.EPISODE,
            "placements open in the period given the output FC-PLACEMENT-PLAN"),
        measure("FC-FAMILY-TIME-UP", bi("Children whose family time now happens as planned",
                "Plant y mae eu hamser teulu bellach yn digwydd fel y cynlluniwyd"),
            Quadrant.BETTER_OFF_NUMBER, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "children whose family time did not happen as planned at baseline and does at the "
                + "latest review",
            "FC-FAMILY-TIME"),
        measure("FC-STABILISED", bi("Unsettled placements that became stable",
                "Lleoliadau ansefydlog a ddaeth yn sefydlog"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "children whose placement was not stable at baseline and is stable at the latest "
                + "review",
            "FC-PLACEMENT-STABLE"),
        measure("FC-WELLBEING-UP", bi("Children whose emotional well-being improved",
                "Plant y gwellodd eu lles emosiynol"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "children whose emotional well-being rose by at least one level",
            "EMOTIONAL-WELLBEING"),
        wanted("FC-CHILD-SAYS-SETTLED", bi("Children who say they feel part of the family",
                "Plant sy'n dweud eu bod yn teimlo'n rhan o'r teulu"), 3, CountingUnit.CHILD,
            "the child's own view, to add to reviews"));
    measures.addAll(fcMeasures);
    programmes.add(programme(FC_PROGRAMME, bi("Foster placements", "Lleoliadau maeth"),
        FOSTER_CARE, List.of(stable, familyTime, emotional, attendance), fcMeasures));

    // Disabled children and young people.
    areas.add(ServiceArea.of(DISABLED_CHILDREN,
        bi("Disabled children and young people", "Plant a phobl ifanc anabl")));
    Indicator choices = indicator("DCYP-CHOICES",
        bi("Communicates choices", "Yn mynegi dewisiadau"),
        bi("How well the child or young person makes their choices known, in their own way",
            "Pa mor dda y mae'r plentyn neu'r person ifanc yn mynegi ei ddewisiadau, yn ei "
                + "ffordd ei hun"),
        "the practitioner's judgement with the family, on four levels, in any mode of "
            + "communication",
        OrdinalScale.of(List.of(
            level("not-yet", "Not yet", "Ddim eto", 1),
            level("with-much-support", "With a lot of support", "Gyda llawer o gymorth", 2),
            level("with-some-support", "With some support", "Gyda pheth cymorth", 3),
            level("independently", "Independently", "Yn annibynnol", 4))),
        Polarity.HIGHER_IS_BETTER, RatedAt.CHILD, List.of(DISABLED_CHILDREN),
        List.of(ECM_CONTRIBUTION, shanarri("RESPECTED"), wales("RIGHTS"), ni("RIGHTS")));
    Indicator leisure = indicator("DCYP-LEISURE",
        bi("Takes part in leisure of their choice",
            "Yn cymryd rhan mewn gweithgareddau hamdden o'i ddewis"),
        bi("The child or young person regularly does a leisure activity they chose",
            "Mae'r plentyn neu'r person ifanc yn gwneud gweithgaredd hamdden a ddewisodd yn "
                + "rheolaidd"),
        "at least one chosen activity a month in the last 3 months: yes or no",
        BinaryScale.of(bi("Yes", "Ie"), bi("No", "Na")), Polarity.HIGHER_IS_BETTER,
        RatedAt.CHILD, List.of(DISABLED_CHILDREN),
        List.of(ECM_ACHIEVE, shanarri("ACTIVE"), wales("EDUCATION"), ni("PLAY-LEISURE")));
    indicators.addAll(List.of(choices, leisure));
    outputs.add(ServiceOutput.of("DCYP-SHORT-BREAK",
        bi("Short break provided", "Seibiant byr wedi'i ddarparu")));
    List<PerformanceMeasure> dcypMeasures = List.of(
        measure("DCYP-CHILDREN", bi("Children and young people supported",
                "Plant a phobl ifanc a gefnogwyd"),
            Quadrant.HOW_MUCH, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "distinct children and young people with an episode open in the period"),
        measure("DCYP-SHORT-BREAKS", bi("Children given short breaks",
                "Plant a gafodd seibiannau byr"),
            Quadrant.HOW_MUCH, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "distinct children with an episode given the output DCYP-SHORT-BREAK"),
        measure("DCYP-VIEW-RECORDED", bi("Episodes where the child's own view was recorded",
                "Cyfnodau lle cofnodwyd barn y plentyn ei hun"),
            Quadrant.HOW_WELL, MeasureRole.HEADLINE, CountingUnit.EPISODE,
            "episodes open in the period with a review rated by the child or young person"),
        measure("DCYP-LEISURE-NOW", bi("Children now taking part in leisure of their choice",
                "Plant sydd bellach yn cymryd rhan mewn hamdden o'u dewis"),
            Quadrant.BETTER_OFF_NUMBER, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "children who took part in no chosen leisure activity at baseline and do at their "
                + "latest review",
            "DCYP-LEISURE"),
        measure("DCYP-CHOICES-UP", bi("Children communicating their choices better",
                "Plant sy'n mynegi eu dewisiadau'n well"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "children whose communication of choices rose by at least one level",
            "DCYP-CHOICES"),
        measure("DCYP-INDEPENDENCE-UP", bi("Children gaining independent living skills",
                "Plant sy'n datblygu sgiliau byw'n annibynnol"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "children whose independent living skills rose by at least one level",
            "INDEPENDENCE-SKILLS"),
        wanted("DCYP-PARENT-CARER-BREAK", bi("Parent carers who say the breaks help them cope",
                "Rhieni sy'n gofalu sy'n dweud bod y seibiannau'n eu helpu i ymdopi"), 4,
            CountingUnit.FAMILY, "the parent carers' view, to collect at review"));
    measures.addAll(dcypMeasures);
    programmes.add(programme(DCYP_PROGRAMME, bi("Short breaks", "Seibiannau byr"),
        DISABLED_CHILDREN, List.of(choices, leisure, independence, emotional), dcypMeasures));

    // Young carers.
    areas.add(ServiceArea.of(YOUNG_CARERS, bi("Young carers", "Gofalwyr ifanc")));
    Indicator caringImpact = indicator("YC-CARING-IMPACT",
        bi("Impact of caring", "Effaith gofalu"),
        bi("How much caring for someone at home holds the young person back",
            "Faint y mae gofalu am rywun gartref yn dal y person ifanc yn ôl"),
        "the practitioner's judgement with the young carer, on four levels",
        risk(), Polarity.LOWER_IS_BETTER, RatedAt.CHILD, List.of(YOUNG_CARERS),
        List.of(ECM_HEALTHY, shanarri("HEALTHY"), wales("HEALTH"), ni("HEALTHY")));
    Indicator timeForSelf = indicator("YC-TIME-FOR-SELF",
        bi("Has time for themselves", "Yn cael amser iddo'i hun"),
        bi("The young carer regularly has time to rest, play or see friends",
            "Mae'r gofalwr ifanc yn cael amser yn rheolaidd i orffwys, chwarae neu weld ffrindiau"),
        "the young carer's own answer at each review: yes or no",
        BinaryScale.of(bi("Yes", "Ie"), bi("No", "Na")), Polarity.HIGHER_IS_BETTER,
        RatedAt.CHILD, List.of(YOUNG_CARERS),
        List.of(ECM_ACHIEVE, shanarri("ACTIVE"), wales("EDUCATION"), ni("PLAY-LEISURE")));
    indicators.addAll(List.of(caringImpact, timeForSelf));
    outputs.add(ServiceOutput.of("YC-ASSESSMENT",
        bi("Young carer's needs assessed", "Anghenion y gofalwr ifanc wedi'u hasesu")));
    List<PerformanceMeasure> ycMeasures = List.of(
        measure("YC-YOUNG-CARERS", bi("Young carers supported", "Gofalwyr ifanc a gefnogwyd"),
            Quadrant.HOW_MUCH, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "distinct young carers with an episode open in the period"),
        measure("YC-ASSESSED", bi("Young carers with a needs assessment",
                "Gofalwyr ifanc ag asesiad o anghenion"),
            Quadrant.HOW_WELL, MeasureRole.HEADLINE, CountingUnit.EPISODE,
            "episodes open in the period given the output YC-ASSESSMENT"),
        measure("YC-BASELINE-4W", bi("Baseline review within 4 weeks",
                "Adolygiad llinell sylfaen o fewn 4 wythnos"),
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.EPISODE,
            "episodes started in the period with a baseline review within 28 days"),
        measure("YC-TIME-NOW", bi("Young carers who now have time for themselves",
                "Gofalwyr ifanc sydd bellach yn cael amser iddynt eu hunain"),
            Quadrant.BETTER_OFF_NUMBER, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "young carers who said at baseline they had no time for themselves and say they do "
                + "at their latest review",
            "YC-TIME-FOR-SELF"),
        measure("YC-IMPACT-DOWN", bi("Young carers for whom caring has less impact",
                "Gofalwyr ifanc y mae gofalu'n cael llai o effaith arnynt"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "young carers with a medium or high impact of caring at baseline for whom it fell "
                + "to low or none",
            "YC-CARING-IMPACT"),
        measure("YC-ATTENDANCE-UP", bi("Young carers whose school attendance improved",
                "Gofalwyr ifanc y gwellodd eu presenoldeb yn yr ysgol"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "young carers below 90 % attendance at baseline whose attendance rose by at least "
                + "5 points",
            "SCHOOL-ATTENDANCE"),
        wanted("YC-SCHOOL-AWARE", bi("Young carers whose school knows they are a carer",
                "Gofalwyr ifanc y mae eu hysgol yn gwybod eu bod yn ofalwyr"), 5,
            CountingUnit.CHILD, "needs a question agreed with schools"));
    measures.addAll(ycMeasures);
    programmes.add(programme(YC_PROGRAMME, bi("Young carers support",
            "Cymorth i ofalwyr ifanc"), YOUNG_CARERS,
        List.of(caringImpact, timeForSelf, emotional, attendance), ycMeasures));

    // CAMH services: generic names; the thresholds of reliable change are configured in
    // StarterMeasures, never the items or wording of a licensed questionnaire.
    areas.add(ServiceArea.of(CAMHS, bi("CAMH services",
        "Gwasanaethau iechyd meddwl plant a'r glasoed")));
    List<OutcomeRef> mentalHealth = List.of(ECM_HEALTHY, shanarri("HEALTHY"), wales("HEALTH"),
        ni("HEALTHY"));
    Indicator goals = indicator("CAMHS-GOAL-PROGRESS",
        bi("Goal progress (0-10)", "Cynnydd tuag at nodau (0-10)"),
        bi("How close the young person feels to the goal they chose, from 0 to 10",
            "Pa mor agos y mae'r person ifanc yn teimlo at y nod a ddewisodd, o 0 i 10"),
        "the young person's rating of their main goal at each session review, 0 (not at all) "
            + "to 10 (goal reached)",
        NumericScale.wholeNumbers("points", 0, 10), Polarity.HIGHER_IS_BETTER, RatedAt.CHILD,
        List.of(CAMHS), mentalHealth);
    Indicator wellbeing = indicator("CAMHS-WELLBEING",
        bi("Wellbeing score", "Sgôr lles"),
        bi("How the young person rates their own wellbeing, from 0 to 100",
            "Sut mae'r person ifanc yn sgorio ei les ei hun, o 0 i 100"),
        "a self-reported wellbeing score from 0 to 100 from the questionnaire the service uses",
        NumericScale.wholeNumbers("points", 0, 100), Polarity.HIGHER_IS_BETTER, RatedAt.CHILD,
        List.of(CAMHS), mentalHealth);
    Indicator distress = indicator("CAMHS-DISTRESS",
        bi("Distress score", "Sgôr trallod"),
        bi("How much distress the young person reports, from 0 to 40: lower is better",
            "Faint o drallod y mae'r person ifanc yn ei nodi, o 0 i 40: mae is yn well"),
        "a self-reported distress score from 0 to 40 from the questionnaire the service uses",
        NumericScale.wholeNumbers("points", 0, 40), Polarity.LOWER_IS_BETTER, RatedAt.CHILD,
        List.of(CAMHS), mentalHealth);
    Indicator functioning = indicator("CAMHS-FUNCTIONING",
        bi("Everyday functioning (1-100)", "Gweithredu bob dydd (1-100)"),
        bi("How well the young person copes with everyday life, as the clinician judges it",
            "Pa mor dda y mae'r person ifanc yn ymdopi â bywyd bob dydd, ym marn y clinigwr"),
        "a clinician-rated global functioning score from 1 to 100",
        NumericScale.wholeNumbers("points", 1, 100), Polarity.HIGHER_IS_BETTER, RatedAt.CHILD,
        List.of(CAMHS), List.of(ECM_HEALTHY, shanarri("HEALTHY"), wales("HEALTH"),
            ni("HEALTHY"), shanarri("INCLUDED")));
    indicators.addAll(List.of(goals, wellbeing, distress, functioning));
    outputs.add(ServiceOutput.of("CAMHS-GOALS-AGREED",
        bi("Goals agreed with the young person", "Nodau wedi'u cytuno gyda'r person ifanc")));
    List<PerformanceMeasure> camhsMeasures = List.of(
        measure("CAMHS-YOUNG-PEOPLE", bi("Young people seen", "Pobl ifanc a welwyd"),
            Quadrant.HOW_MUCH, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "distinct young people with an episode of care open in the period"),
        measure("CAMHS-REVIEWS", bi("Outcome reviews held", "Adolygiadau canlyniadau a gynhaliwyd"),
            Quadrant.HOW_MUCH, MeasureRole.SECONDARY, CountingUnit.REVIEW,
            "reviews assessed in the period"),
        measure("CAMHS-GOALS-SET", bi("Episodes with goals agreed",
                "Cyfnodau gofal â nodau wedi'u cytuno"),
            Quadrant.HOW_WELL, MeasureRole.HEADLINE, CountingUnit.EPISODE,
            "episodes open in the period given the output CAMHS-GOALS-AGREED"),
        measure("CAMHS-PLANNED-ENDINGS", bi("Planned endings", "Diweddiadau wedi'u cynllunio"),
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.EPISODE,
            "episodes ended in the period whose closure was planned"),
        measure("CAMHS-RELIABLE-GOALS", bi("Young people with reliable progress on their goal",
                "Pobl ifanc â chynnydd dibynadwy tuag at eu nod"),
            Quadrant.BETTER_OFF_NUMBER, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "young people whose goal progress rose by at least 3 points (the NHS England "
                + "minimum change for goal-based outcomes)",
            "CAMHS-GOAL-PROGRESS"),
        measure("CAMHS-IMPROVED", bi("Young people reliably improved and not worse on any score",
                "Pobl ifanc a wellodd yn ddibynadwy heb waethygu ar unrhyw sgôr"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.CHILD,
            "young people reliably improved on at least one self-rated score and reliably "
                + "worse on none (the CORC rule)",
            "CAMHS-GOAL-PROGRESS", "CAMHS-WELLBEING", "CAMHS-DISTRESS"),
        measure("CAMHS-FUNCTIONING-UP", bi("Young people whose everyday functioning reliably "
                + "improved", "Pobl ifanc y gwellodd eu gweithredu bob dydd yn ddibynadwy"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "young people whose clinician-rated functioning rose by at least 11 points (the NHS "
                + "England minimum change for global functioning)",
            "CAMHS-FUNCTIONING"),
        measure("CAMHS-RECOVERED", bi("Young people reliably recovered on wellbeing",
                "Pobl ifanc a adferodd yn ddibynadwy o ran lles"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "young people in the clinical range at baseline (a wellbeing score of 50 or less) "
                + "whose score rose reliably and left it",
            "CAMHS-WELLBEING"),
        wanted("CAMHS-FOLLOW-UP", bi("Young people still well six months after ending",
                "Pobl ifanc sy'n dal yn iach chwe mis ar ôl gorffen"), 6, CountingUnit.CHILD,
            "needs a follow-up review six months after closure"));
    measures.addAll(camhsMeasures);
    programmes.add(programme(CAMHS_PROGRAMME, bi("Therapeutic support",
            "Cymorth therapiwtig"), CAMHS, List.of(goals, wellbeing, distress, functioning),
        camhsMeasures,
        DeliveryModel.of("ONE-TO-ONE", bi("One-to-one sessions", "Sesiynau un i un")),
        DeliveryModel.of("GROUP", bi("Group sessions", "Sesiynau grŵp"))));

    // Intensive family support: the seed's acceptance case.
    areas.add(ServiceArea.of(INTENSIVE_FAMILY_SUPPORT,
        bi("Intensive family support", "Cymorth dwys i deuluoedd")));
    List<String> ifs = List.of(INTENSIVE_FAMILY_SUPPORT);
    Indicator evicted = indicator("IFS-EVICTED",
        bi("Family already evicted", "Teulu wedi'i droi allan eisoes"),
        bi("The family has lost its home through eviction",
            "Mae'r teulu wedi colli ei gartref drwy gael ei droi allan"),
        "a possession order has been carried out against the household: yes or no",
        BinaryScale.of(bi("Yes", "Ie"), bi("No", "Na")), Polarity.LOWER_IS_BETTER,
        RatedAt.FAMILY, ifs,
        List.of(ECM_ECONOMIC, wales("ACCOMMODATION"), shanarri("SAFE"),
            ni("ECONOMIC-ENVIRONMENTAL")));
    Indicator tenancyRisk = indicator("IFS-TENANCY-RISK",
        bi("Risk of losing the home", "Risg o golli'r cartref"),
        bi("How likely the family is to lose its home if nothing changes",
            "Pa mor debygol yw hi y bydd y teulu'n colli ei gartref os na fydd dim yn newid"),
        "the practitioner's judgement with the housing provider: none, low, medium, high",
        risk(), Polarity.LOWER_IS_BETTER, RatedAt.FAMILY, ifs,
        List.of(ECM_ECONOMIC, wales("ACCOMMODATION"), shanarri("SAFE"),
            ni("SAFETY-STABILITY")));
    Indicator asb = indicator("IFS-ASB",
        bi("Anti-social behaviour", "Ymddygiad gwrthgymdeithasol"),
        bi("How much the family's behaviour causes complaints from neighbours",
            "Faint y mae ymddygiad y teulu'n achosi cwynion gan gymdogion"),
        "complaints to the landlord or police in the last 3 months, judged on four levels",
        risk(), Polarity.LOWER_IS_BETTER, RatedAt.FAMILY, ifs,
        List.of(ECM_CONTRIBUTION, shanarri("RESPONSIBLE"), wales("CONTRIBUTION"),
            ni("POSITIVE-CONTRIBUTION")));
    Indicator violence = indicator("IFS-VIOLENCE",
        bi("Violence in the home", "Trais yn y cartref"),
        bi("There has been violence between members of the household",
            "Bu trais rhwng aelodau'r aelwyd"),
        "any known incident in the household in the last 12 months: yes or no",
        BinaryScale.of(bi("Yes", "Oes"), bi("No", "Nac oes")), Polarity.LOWER_IS_BETTER,
        RatedAt.FAMILY, ifs,
        List.of(ECM_SAFE, shanarri("SAFE"), wales("PROTECTION"), ni("SAFETY-STABILITY")));
    Indicator excluded = indicator("IFS-EXCLUDED",
        bi("Excluded from school", "Wedi'i wahardd o'r ysgol"),
        bi("The child is currently excluded from school",
            "Mae'r plentyn wedi'i wahardd o'r ysgol ar hyn o bryd"),
        "a fixed-term or permanent exclusion in force on the day of the review: yes or no",
        BinaryScale.of(bi("Yes", "Ie"), bi("No", "Na")), Polarity.LOWER_IS_BETTER,
        RatedAt.CHILD, ifs,
        List.of(ECM_ACHIEVE, shanarri("INCLUDED"), wales("EDUCATION"), ni("LEARN-ACHIEVE")));
    indicators.addAll(List.of(evicted, tenancyRisk, asb, violence, excluded));
    outputs.add(ServiceOutput.of("IFS-INTENSIVE-SUPPORT",
        bi("Intensive support", "Cymorth dwys")));
    outputs.add(ServiceOutput.of("IFS-RESIDENTIAL-SUPPORT",
        bi("Residential support", "Cymorth preswyl")));
    List<PerformanceMeasure> ifsMeasures = List.of(
        measure("IFS-FAMILIES", bi("Families given intensive support",
                "Teuluoedd a gafodd gymorth dwys"),
            Quadrant.HOW_MUCH, MeasureRole.HEADLINE, CountingUnit.FAMILY,
            "distinct families with an episode open in the period"),
        measure("IFS-ADULTS", bi("Adults in the families supported",
                "Oedolion yn y teuluoedd a gefnogwyd"),
            Quadrant.HOW_MUCH, MeasureRole.SECONDARY, CountingUnit.ADULT,
            "distinct adults who are members of a family supported in the period"),
        measure("IFS-CHILDREN", bi("Children in the families supported",
                "Plant yn y teuluoedd a gefnogwyd"),
            Quadrant.HOW_MUCH, MeasureRole.SECONDARY, CountingUnit.CHILD,
            "distinct children who are members of a family supported in the period"),
        measure("IFS-RESIDENTIAL", bi("Families given residential support",
                "Teuluoedd a gafodd gymorth preswyl"),
            Quadrant.HOW_MUCH, MeasureRole.SECONDARY, CountingUnit.FAMILY,
            "distinct families with an episode given the output IFS-RESIDENTIAL-SUPPORT"),
        measure("IFS-BASELINE-4W", bi("Baseline review within 4 weeks",
                "Adolygiad llinell sylfaen o fewn 4 wythnos"),
            Quadrant.HOW_WELL, MeasureRole.HEADLINE, CountingUnit.EPISODE,
            "episodes started in the period with a baseline review within 28 days"),
        measure("IFS-PLANNED-ENDINGS", bi("Planned endings", "Diweddiadau wedi'u cynllunio"),
            Quadrant.HOW_WELL, MeasureRole.SECONDARY, CountingUnit.EPISODE,
            "episodes ended in the period whose closure was planned"),
        measure("IFS-NO-TENANCY-RISK", bi("Families no longer at risk of losing their home",
                "Teuluoedd nad ydynt mewn perygl o golli eu cartref mwyach"),
            Quadrant.BETTER_OFF_NUMBER, MeasureRole.SECONDARY, CountingUnit.FAMILY,
            "families at medium or high risk at baseline whose risk is none or low at the "
                + "latest review",
            "IFS-TENANCY-RISK"),
        measure("IFS-ASB-DOWN", bi("Families whose anti-social behaviour ceased or fell",
                "Teuluoedd y daeth eu hymddygiad gwrthgymdeithasol i ben neu y gostyngodd"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.FAMILY,
            "families with any anti-social behaviour at baseline whose behaviour ceased or fell "
                + "by at least one level",
            "IFS-ASB"),
        measure("IFS-ATTENDANCE-UP", bi("Families where school attendance improved",
                "Teuluoedd lle gwellodd presenoldeb yn yr ysgol"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.HEADLINE, CountingUnit.FAMILY,
            "families with a child below 90 % attendance at baseline where such a child's "
                + "attendance rose by at least 10 points",
            "SCHOOL-ATTENDANCE"),
        measure("IFS-NO-LONGER-EXCLUDED", bi("Families whose children are no longer excluded",
                "Teuluoedd nad yw eu plant wedi'u gwahardd mwyach"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.FAMILY,
            "families with a child excluded at baseline where such a child is no longer "
                + "excluded",
            "IFS-EXCLUDED"),
        measure("IFS-WELLBEING-UP", bi("Families where a child's emotional well-being improved",
                "Teuluoedd lle gwellodd lles emosiynol plentyn"),
            Quadrant.BETTER_OFF_PERCENT, MeasureRole.SECONDARY, CountingUnit.FAMILY,
            "families where a child's emotional well-being rose by at least one level",
            "EMOTIONAL-WELLBEING"),
        wanted("IFS-STILL-HOUSED", bi("Families still housed a year after support ended",
                "Teuluoedd sy'n dal i fod â chartref flwyddyn ar ôl i'r cymorth ddod i ben"), 7,
            CountingUnit.FAMILY, "needs data from housing partners"));
    measures.addAll(ifsMeasures);
    programmes.add(programme(IFS_PROGRAMME, bi("Intensive family support",
            "Cymorth dwys i deuluoedd"), INTENSIVE_FAMILY_SUPPORT,
        List.of(evicted, tenancyRisk, asb, violence, riskOfCare, attendance, excluded, emotional),
        ifsMeasures,
        DeliveryModel.of("EXISTING-TENANCY", bi("Support in an existing tenancy",
            "Cymorth mewn tenantiaeth bresennol")),
        DeliveryModel.of("MANAGED-TENANCY", bi("Support in a tenancy the charity manages",
            "Cymorth mewn tenantiaeth y mae'r elusen yn ei rheoli")),
        DeliveryModel.of("RESIDENTIAL-UNIT", bi("Residential unit", "Uned breswyl"))));

    return OutcomesFramework.builder()
        .code(CODE)
        .name(bi("Starter outcomes framework (illustrative, to adapt)",
            "Fframwaith canlyniadau cychwynnol (enghreifftiol, i'w addasu)"))
        .version("0.1")
        .addAllServiceAreas(areas)
        .addAllIndicators(indicators)
        .addAllProgrammes(programmes)
        .addAllMeasures(measures)
        .addAllServiceOutputs(outputs)
        .addAllExternalFrameworks(ExternalFrameworks.ukNations())
        .build();
  }
}
