package org.obaframework.examples.population;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.curve.Action;
import org.obaframework.core.curve.ActionStatus;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.Cost;
import org.obaframework.core.curve.CurveReport;
import org.obaframework.core.curve.CurveSubjectKind;
import org.obaframework.core.curve.DataSource;
import org.obaframework.core.curve.Geography;
import org.obaframework.core.curve.Idea;
import org.obaframework.core.curve.MeasureContribution;
import org.obaframework.core.curve.Partner;
import org.obaframework.core.curve.PopulationAccountability;
import org.obaframework.core.curve.PopulationIndicator;
import org.obaframework.core.curve.Power;
import org.obaframework.core.curve.Result;
import org.obaframework.core.curve.Scenario;
import org.obaframework.core.curve.SeriesPoint;
import org.obaframework.core.curve.SeriesUnit;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.curve.TurnTheCurveRecord;
import org.obaframework.core.curve.Verdict;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Polarity;
import org.obaframework.examples.starter.StarterFramework;
import org.obaframework.json.CurveJson;
import org.obaframework.json.TurnTheCurveJson;
import org.obaframework.examples.files.AtomicFile;

/**
 * Population accountability for an <b>illustrative</b> local authority: has the curve of
 * "children looked after per 10,000 children under 18" turned?
 *
 * <p>The population indicator has six yearly values (as at 31 March 2018 to 2023, one per UK
 * financial year), a {@link Baseline} made from them on 31 October 2023 (the linear trend by least
 * squares, with its 95 % prediction interval, forecast for the next three years), three later
 * actual values judged against the forecast ({@link Verdict}s), and a target. The {@link Result}
 * it measures, "children grow up safely with their families", links to the partners and to the
 * programme measures of {@link StarterFramework} that contribute to it ({@link
 * PopulationAccountability}), and a {@link TurnTheCurveRecord} tells the story behind the
 * baseline, who the partners are, what works and the action plan.
 *
 * <p><b>All figures are illustrative</b>, made up for this example: they are not the published
 * statistics of any local authority or nation, and the local authority, partners and story are
 * invented. The Welsh texts should be checked by a Welsh speaker.
 *
 * <p>{@link #main} prints the curve report and writes the curve ({@link CurveJson}) and the
 * turn-the-curve record ({@link TurnTheCurveJson}) as JSON documents. Every value is immutable;
 * this class has no state.
 */
public final class PopulationExample {
  /** The population indicator's code. */
  public static final String INDICATOR = "CLA-RATE";
  /** The result's code. */
  public static final String RESULT = "SAFE-WITH-FAMILIES";
  /** The date the baseline was made. */
  public static final LocalDate BASELINE_MADE = LocalDate.of(2023, 10, 31);
  /** The date of the turn-the-curve record. */
  public static final LocalDate CURVE_REVIEWED = LocalDate.of(2026, 6, 30);
  /** The curve document's file name in {@link #main}'s directory. */
  public static final String CURVE_FILE = "cla-rate.curve.json";
  /** The turn-the-curve document's file name in {@link #main}'s directory. */
  public static final String TURN_THE_CURVE_FILE = "cla-rate.turn-the-curve.json";

  /** Illustrative values as at 31 March 2018 to 2023: the history. */
  private static final double[] HISTORY = {96, 101, 104, 110, 113, 118};
  /** Illustrative values as at 31 March 2024 to 2026: after the baseline. */
  private static final double[] LATER = {119, 117, 114};
  private static final int FIRST_YEAR = 2017;

  private PopulationExample() {}

  /**
   * Returns the illustrative local authority.
   *
   * @return the geography
   */
  public static Geography geography() {
    return Geography.of("ILLUSTRATIVE-LA", Label.of("Illustrative County (not a real local "
        + "authority)").with(Label.WELSH, "Sir Enghreifftiol (nid awdurdod lleol go iawn)"));
  }

  /**
   * Returns the population indicator: children looked after per 10,000 children under 18.
   *
   * @return the indicator
   */
  public static PopulationIndicator indicator() {
    return PopulationIndicator.builder()
        .code(INDICATOR)
        .name(Label.of("Children looked after per 10,000 children under 18")
            .with(Label.WELSH, "Plant sy'n derbyn gofal fesul 10,000 o blant dan 18 oed"))
        .definition(Label.of("How many children the council looks after, for every 10,000 "
            + "children who live in the area")
            .with(Label.WELSH, "Faint o blant y mae'r cyngor yn gofalu amdanynt, am bob 10,000 o "
                + "blant sy'n byw yn yr ardal"))
        .technicalDefinition(Label.of("Illustrative: children looked after on 31 March / "
            + "mid-year population estimate of children aged 0-17 x 10,000"))
        .geography(geography())
        .dataSource(DataSource.of("Illustrative figures made up for this example; not "
            + "published statistics"))
        .communicationPower(Power.HIGH)
        .proxyPower(Power.HIGH)
        .dataPower(Power.HIGH)
        .role(MeasureRole.HEADLINE)
        .polarity(Polarity.LOWER_IS_BETTER)
        .unit("per 10,000")
        .result(RESULT)
        .build();
  }

  private static TimeSeries series(double[] values, int firstYear, boolean target) {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(SeriesPoint.of(ReportingPeriod.financialYear(firstYear + i), values[i]));
    }
    TimeSeries.Builder builder = TimeSeries.builder().from(TimeSeries.of(indicator(),
        SeriesUnit.NUMBER, points));
    if (target) {
      builder.putTargets(ReportingPeriod.financialYear(2025), 110.0);
    }
    return builder.build();
  }

  /**
   * Returns the history: the six illustrative values, financial years 2017-18 to 2022-23.
   *
   * @return the series
   */
  public static TimeSeries history() {
    return series(HISTORY, FIRST_YEAR, false);
  }

  /**
   * Returns the actual values: the history and the three later years, 2023-24 to 2025-26, with
   * the target for 2025-26 (110 per 10,000).
   *
   * @return the series
   */
  public static TimeSeries actuals() {
    double[] all = new double[HISTORY.length + LATER.length];
    System.arraycopy(HISTORY, 0, all, 0, HISTORY.length);
    System.arraycopy(LATER, 0, all, HISTORY.length, LATER.length);
    return series(all, FIRST_YEAR, true);
  }

  /**
   * Returns the baseline made on {@link #BASELINE_MADE}: the history plus a linear-trend forecast
   * of the next three financial years, with 95 % prediction intervals.
   *
   * @return the baseline
   */
  public static Baseline baseline() {
    List<ReportingPeriod> future = new ArrayList<>();
    for (int i = 0; i < LATER.length; i++) {
      future.add(ReportingPeriod.financialYear(FIRST_YEAR + HISTORY.length + i));
    }
    return Baseline.of(history(), Scenario.linearTrend(), future, 0.95, BASELINE_MADE);
  }

  /**
   * Returns the verdicts of the later years against the baseline's forecast.
   *
   * @return a verdict for each year after the history
   */
  public static List<Verdict> verdicts() {
    return baseline().verdicts(actuals());
  }

  /**
   * Returns the population accountability: the result, its indicators (headline, secondary and
   * a data development one), the partners, and the starter framework's programme measures that
   * contribute to the result.
   *
   * @return the population accountability
   * @throws ValidationException if a contribution names a measure the starter framework lacks
   */
  public static PopulationAccountability population() {
    Result result = Result.builder()
        .code(RESULT)
        .statement(Label.of("Children grow up safely with their families")
            .with(Label.WELSH, "Mae plant yn tyfu i fyny'n ddiogel gyda'u teuluoedd"))
        .population(Label.of("Children and young people aged 0-17 living in the area")
            .with(Label.WELSH, "Plant a phobl ifanc 0-17 oed sy'n byw yn yr ardal"))
        .geography(geography())
        .description(Label.of("Illustrative result of an illustrative local authority"))
        .build();
    PopulationIndicator protection = PopulationIndicator.builder()
        .code("CP-RATE")
        .name(Label.of("Children on the child protection register per 10,000 children under 18")
            .with(Label.WELSH, "Plant ar y gofrestr amddiffyn plant fesul 10,000 o blant dan 18 "
                + "oed"))
        .definition(Label.of("How many children have a plan to protect them from harm"))
        .technicalDefinition(Label.of("Illustrative: children on the register on 31 March / "
            + "children aged 0-17 x 10,000"))
        .geography(geography())
        .dataSource(DataSource.of("Illustrative"))
        .communicationPower(Power.MEDIUM)
        .proxyPower(Power.MEDIUM)
        .dataPower(Power.HIGH)
        .role(MeasureRole.SECONDARY)
        .polarity(Polarity.LOWER_IS_BETTER)
        .unit("per 10,000")
        .result(RESULT)
        .build();
    PopulationIndicator feelSafe = PopulationIndicator.builder()
        .code("FEEL-SAFE")
        .name(Label.of("% of children who say they feel safe at home")
            .with(Label.WELSH, "% y plant sy'n dweud eu bod yn teimlo'n ddiogel gartref"))
        .definition(Label.of("Children's own view of how safe they are at home"))
        .technicalDefinition(Label.of("Illustrative: a question to agree with schools for a "
            + "survey of pupils"))
        .geography(geography())
        .dataSource(DataSource.of("No source yet"))
        .communicationPower(Power.HIGH)
        .proxyPower(Power.HIGH)
        .dataPower(Power.LOW)
        .role(MeasureRole.DATA_DEVELOPMENT)
        .priority(1)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .unit("%")
        .result(RESULT)
        .build();
    PopulationAccountability population = PopulationAccountability.builder()
        .code("ILLUSTRATIVE-LA-CYP")
        .name(Label.of("Children of Illustrative County grow up safely (illustrative)")
            .with(Label.WELSH, "Plant Sir Enghreifftiol yn tyfu i fyny'n ddiogel "
                + "(enghreifftiol)"))
        .addResults(result)
        .addIndicators(indicator(), protection, feelSafe)
        .addAllPartners(partners())
        .addContributions(
            MeasureContribution.of("FS-RISK-DOWN", RESULT,
                "Children whose risk of entering care falls are less likely to be looked after"),
            MeasureContribution.of("IFS-NO-TENANCY-RISK", RESULT,
                "Families who keep their home are less likely to be separated"),
            MeasureContribution.of("IFS-FAMILIES", RESULT),
            MeasureContribution.of("FC-STABILISED", RESULT,
                "Stable placements make a return home or permanence more likely"))
        .build();
    List<Problem> problems =
        population.problems(StarterFramework.framework());
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return population;
  }

  private static List<Partner> partners() {
    return List.of(
        Partner.of("LA-SOCIAL-SERVICES", Label.of("Children's social services")
            .with(Label.WELSH, "Gwasanaethau cymdeithasol i blant"),
            "Decides when a child needs to be looked after; runs edge-of-care support"),
        Partner.of("CHARITY", Label.of("Children's charity")
            .with(Label.WELSH, "Elusen plant"),
            "Provides family support and intensive family support"),
        Partner.of("HOUSING", Label.of("Housing associations and the council's housing team")
            .with(Label.WELSH, "Cymdeithasau tai a thîm tai'r cyngor"),
            "Prevents evictions of families with children"),
        Partner.of("HEALTH", Label.of("Health board").with(Label.WELSH, "Bwrdd iechyd"),
            "Health visiting, perinatal and child and adolescent mental health"),
        Partner.of("SCHOOLS", Label.of("Schools").with(Label.WELSH, "Ysgolion"),
            "Spot families under strain early"));
  }

  /**
   * Returns the turn-the-curve record of the indicator as of {@link #CURVE_REVIEWED}: the story
   * behind the baseline, the partners, what works and the action plan. Illustrative text.
   *
   * @return the record
   * @throws ValidationException if its subject is not an indicator of {@link #population()}
   */
  public static TurnTheCurveRecord turnTheCurve() {
    TurnTheCurveRecord record = TurnTheCurveRecord.builder()
        .subject(INDICATOR)
        .subjectKind(CurveSubjectKind.POPULATION_INDICATOR)
        .asOf(CURVE_REVIEWED)
        .addContributingFactors(
            "Edge-of-care family support started in 2023 and now reaches most referrals",
            "Fewer evictions of families with children since housing joined the partnership")
        .addRestrictingFactors(
            "Rising numbers of families in poverty and temporary accommodation",
            "Long waits for child and adolescent mental health assessments")
        .addAllPartners(partners())
        .addIdeas(
            Idea.of("Ask housing to refer families at the first warning, not at the notice",
                Cost.NO_COST),
            Idea.of("Family group conferences before every application for a care order",
                Cost.LOW_COST, "Illustrative: an evaluation in a neighbouring area"),
            Idea.of("A second intensive family support team", Cost.OTHER))
        .addActions(
            Action.of("Agree an early-warning referral route with housing associations",
                "Head of housing", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30),
                ActionStatus.IN_PROGRESS),
            Action.of("Offer a family group conference to every family at the pre-proceedings "
                    + "stage", "Head of children's services", LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 3, 31), ActionStatus.PLANNED))
        .build();
    List<Problem> problems =
        record.problems(StarterFramework.framework(), population());
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return record;
  }

  /**
   * Returns the curve report as text: the series, the baseline's forecast and the verdict of
   * each later year, the trend and the variance from the target.
   *
   * @return the report
   */
  public static String report() {
    return CurveReport.of("Population accountability: " + geography().name().text()
            + ", illustrative figures",
        List.of(new CurveReport.Curve(actuals(), baseline()))).toText();
  }

  /**
   * Returns what {@link #main} prints after the report: the contributions of the starter
   * framework's measures to the result, and the record's summary.
   *
   * @return the lines
   */
  public static String accountability() {
    PopulationAccountability population = population();
    OutcomesFramework starter = StarterFramework.framework();
    StringBuilder text = new StringBuilder();
    Result result = population.result(RESULT).orElseThrow();
    text.append("Result: ").append(result.statement().text()).append('\n');
    population.indicatorsOf(RESULT).forEach(i -> text.append("  indicator ").append(i.code())
        .append(" (").append(i.role()).append(i.priority().isPresent()
            ? " " + i.priority().getAsInt() : "").append("): ").append(i.name().text())
        .append('\n'));
    for (MeasureContribution link : population.contributionsTo(RESULT)) {
      text.append("  contributes: ").append(link.measure()).append(' ')
          .append(starter.measure(link.measure()).orElseThrow().name().text()).append('\n');
    }
    text.append(turnTheCurve()).append('\n');
    return text.toString();
  }

  /**
   * Prints the curve report and the accountability, and writes {@value #CURVE_FILE} and
   * {@value #TURN_THE_CURVE_FILE} to the directory given (by default {@code
   * target/population-example}).
   *
   * @param args an optional directory to write to
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "target/population-example");
    Files.createDirectories(directory);
    Path curve = directory.resolve(CURVE_FILE);
    Path record = directory.resolve(TURN_THE_CURVE_FILE);
    AtomicFile.write(curve, CurveJson.write(baseline(), actuals()));
    AtomicFile.write(record, TurnTheCurveJson.standard().write(turnTheCurve()));
    System.out.print(report());
    System.out.println();
    System.out.print(accountability());
    System.out.println("Wrote " + curve + " and " + record);
  }
}
