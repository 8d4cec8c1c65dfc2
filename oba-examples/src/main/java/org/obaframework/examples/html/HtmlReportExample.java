package org.obaframework.examples.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ProcessCondition;
import org.obaframework.core.aggregate.ProcessMeasure;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.TransitionMeasure;
import org.obaframework.core.change.BetterOffEvaluator;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Decision;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.Scenario;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.examples.files.AtomicFile;

/**
 * An HTML report card of synthetic records built in code: families in intensive family support
 * over seven financial years (2019-20 to 2025-26), rated on their risk of losing their tenancy at
 * a baseline review and about 200 days later.
 *
 * <p>Each year is evaluated into a report card with a breakdown by local authority under the DfE
 * disclosure policy; LA-4 supports only a few families, so some of its cells are hidden as
 * {@code [c]}. The percent of families with a stable tenancy over the years makes a time series;
 * the first five years are the history of a linear-trend baseline, and the last two years are
 * judged against its forecast and a target. The latest year's card is written as a
 * self-contained HTML document with the curve, and one family's decision as plain-language
 * feedback. Every number comes from the records through oba's public API.
 *
 * <pre>
 * java -p "$(cat oba-examples/target/classpath.txt):oba-examples/target/classes" \
 *     -m org.obaframework.examples/org.obaframework.examples.html.HtmlReportExample target/html
 * </pre>
 */
public final class HtmlReportExample {
  /** The first financial year of the records. */
  static final int FIRST_YEAR = 2019;
  /** The last financial year of the records. */
  static final int LAST_YEAR = 2025;
  /** How many years make the baseline's history. */
  static final int HISTORY_YEARS = 5;
  /** The local authorities; the last supports only a few families a year. */
  private static final String[] AUTHORITIES = {"LA-1", "LA-2", "LA-3", "LA-4"};
  /** Per year, per 100 families, how many end with a low or no tenancy risk. */
  private static final int[] STABLE_PER_100 = {40, 44, 47, 52, 55, 70, 74};

  private HtmlReportExample() {}

  /**
   * What the example makes.
   *
   * @param framework the framework
   * @param measure the better-off measure of stable tenancies
   * @param cards the report card of each year, in order
   * @param actuals the percent of families with a stable tenancy, year by year, with targets
   * @param baseline the baseline made from the first five years
   * @param html the latest card with its curve, as HTML
   * @param decisions the decisions about one family in the latest year
   */
  public record Output(OutcomesFramework framework, BetterOffMeasure measure,
      List<ReportCard> cards, TimeSeries actuals, Baseline baseline, HtmlReportCard html,
      List<Decision> decisions) {
    /**
     * Copies the lists.
     */
    public Output {
      cards = List.copyOf(cards);
      decisions = List.copyOf(decisions);
    }

    /**
     * Returns the feedback for the family, as an HTML document.
     *
     * @return the document
     */
    public String feedbackHtml() {
      return FamilyFeedback.of(framework).withMeasures(List.of(measure)).toHtml(decisions);
    }
  }

  /**
   * Builds the records, evaluates every year, and makes the HTML report card.
   *
   * @return the output
   */
  public static Output build() {
    Indicator tenancy = Indicator.builder()
        .code("TENANCY-RISK")
        .name(Label.of("Risk of losing the tenancy")
            .with(Label.WELSH, "Risg o golli'r denantiaeth"))
        .definition(Label.of("How likely the family is to lose their home"))
        .scale(OrdinalScale.of(List.of(
            OrdinalLevel.of("none", Label.of("No risk"), 0),
            OrdinalLevel.of("low", Label.of("Low risk"), 1),
            OrdinalLevel.of("medium", Label.of("Medium risk"), 2),
            OrdinalLevel.of("high", Label.of("High risk"), 3))))
        .polarity(Polarity.LOWER_IS_BETTER)
        .ratedAt(RatedAt.FAMILY)
        .addServiceAreas("IFS")
        .build();
    OutcomesFramework framework = OutcomesFramework.builder()
        .code("IFS-HTML")
        .name(Label.of("Intensive family support (synthetic example)"))
        .addServiceAreas(ServiceArea.of("IFS", Label.of("Intensive family support")))
        .addIndicators(tenancy)
        .addMeasures(PerformanceMeasure.builder().code("STABLE")
            .name(Label.of("Families with a stable tenancy")
                .with(Label.WELSH, "Teuluoedd mewn tenantiaeth sefydlog"))
            .quadrant(Quadrant.BETTER_OFF_PERCENT).role(MeasureRole.HEADLINE)
            .countingUnit(CountingUnit.FAMILY).addIndicators("TENANCY-RISK").build())
        .addProgrammes(Programme.builder().code("IFS")
            .name(Label.of("Intensive family support")).serviceArea("IFS")
            .addIndicators("TENANCY-RISK").addMeasures("STABLE").build())
        .build();
    BetterOffMeasure stable = BetterOffMeasure.builder()
        .code("STABLE").programme("IFS").countingUnit(CountingUnit.FAMILY)
        .addIndicators("TENANCY-RISK")
        .defaultRule(BetterOffRule.reaches(ScaleValue.level("low"),
            BetterOffRule.Maintained.COUNTS))
        .familyRule(FamilyRule.FAMILY_INDICATORS)
        .pairing(Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER)))
        .build();
    List<MeasureDefinition> measures = List.of(
        CountMeasure.of("FAMILIES", Label.of("Families supported"), "IFS", CountingUnit.FAMILY),
        CountMeasure.of("CHILDREN", Label.of("Children supported"), "IFS", CountingUnit.CHILD),
        ProcessMeasure.of("BASELINE-4W", Label.of("Baseline review within 4 weeks of the start"),
            "IFS", ProcessCondition.baselineWithin(28)),
        BetterOffDefinition.of(Label.of("Families with a stable tenancy"), stable),
        TransitionMeasure.of("TENANCY-MOVES", Label.of("Risk of losing the tenancy, from the "
            + "baseline to the latest review"), "IFS", "TENANCY-RISK", stable.pairing()));

    List<ReportCard> cards = new ArrayList<>();
    List<SubjectRecords> latest = List.of();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      List<SubjectRecords> families = families(year);
      ReportingPeriod period = ReportingPeriod.financialYear(year);
      Evaluation evaluation = Evaluation.builder().framework(framework).period(period)
          .asOf(period.end()).measures(measures)
          .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE))
          .build();
      cards.add(ReportCard.of(evaluation, evaluation.evaluate(families.stream()),
          ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE)));
      latest = families;
    }
    TimeSeries series = TimeSeries.fromReportCards("STABLE", Polarity.HIGHER_IS_BETTER, cards);
    TimeSeries actuals = TimeSeries.builder().from(series)
        .name(framework.measure("STABLE").orElseThrow().name())
        .putTargets(ReportingPeriod.financialYear(LAST_YEAR - 1), 60.0)
        .putTargets(ReportingPeriod.financialYear(LAST_YEAR), 65.0)
        .build();
    TimeSeries history = TimeSeries.builder().from(actuals)
        .points(actuals.points().subList(0, HISTORY_YEARS)).targets(java.util.Map.of())
        .build();
    List<ReportingPeriod> future = new ArrayList<>();
    for (int year = FIRST_YEAR + HISTORY_YEARS; year <= LAST_YEAR; year++) {
      future.add(ReportingPeriod.financialYear(year));
    }
    Baseline baseline = Baseline.of(history, Scenario.linearTrend(), future, 0.95,
        LocalDate.of(FIRST_YEAR + HISTORY_YEARS, 4, 30));
    ReportCard card = cards.get(cards.size() - 1);
    HtmlReportCard html = HtmlReportCard.of(card)
        .withLabels(CardLabels.of(framework, measures)).withCurve(actuals, baseline)
        .withSource("Synthetic records built in code by HtmlReportExample: "
            + latest.size() + " families in " + AUTHORITIES.length + " local authorities in "
            + "2025-26, and families of earlier years for the curve");
    List<Decision> decisions = BetterOffEvaluator.of(framework, stable)
        .decide(latest.get(3), card.asOf());
    return new Output(framework, stable, cards, actuals, baseline, html, decisions);
  }

  /**
   * The families of one financial year: 120 to 144 of them, most in LA-1 to LA-3 and three in
   * LA-4, each with one adult and one to three children, rated at a baseline review and later.
   */
  static List<SubjectRecords> families(int year) {
    int index = year - FIRST_YEAR;
    int count = 120 + 4 * index;
    LocalDate start = LocalDate.of(year, 5, 1);
    List<SubjectRecords> families = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String id = String.format(java.util.Locale.ROOT, "F-%d-%02d", year, i);
      String authority = i <= 3 ? AUTHORITIES[3] : AUTHORITIES[(i / 3) % 3];
      Subject.Builder subject = Subject.family(id)
          .addMembers(Member.of(id + "-A1", MemberRole.ADULT));
      for (int c = 1; c <= 1 + i % 3; c++) {
        subject.addMembers(Member.of(id + "-C" + c, MemberRole.CHILD));
      }
      Episode episode = Episode.builder().id("E-" + id).subject(id).programme("IFS")
          .localAuthority(authority).start(start.plusDays(i)).build();
      LocalDate baselineOn = episode.start().plusDays(7 + (i * 5) % 35);
      List<Review> reviews = new ArrayList<>();
      reviews.add(review("R-" + id + "-1", episode.id(), ReviewKind.BASELINE, baselineOn,
          i % 4 == 0 ? "medium" : "high"));
      // Not paired, honestly: every seventh family has had no later review, and a family that
      // started late in the year has its review (200 days after the baseline) after 31 March,
      // outside the period. In 2025-26 that leaves 50 of the 144 families unpaired: 20 of the
      // first kind and 30 of the second.
      if (i % 7 != 0) {
        boolean better = (i * 37) % 100 < STABLE_PER_100[index];
        reviews.add(review("R-" + id + "-2", episode.id(), ReviewKind.REVIEW,
            baselineOn.plusDays(200), better ? (i % 2 == 0 ? "none" : "low")
                : (i % 3 == 0 ? "medium" : "high")));
      }
      families.add(SubjectRecords.of(subject.build(), List.of(episode), reviews));
    }
    return families;
  }

  private static Review review(String id, String episode, ReviewKind kind, LocalDate on,
      String level) {
    return Review.builder().id(id).episode(episode).kind(kind).assessedOn(on)
        .rater(Rater.PRACTITIONER).addRatings(Rating.of("TENANCY-RISK", level)).build();
  }

  /**
   * Writes {@code report-card.html} and {@code family-feedback.html} into a directory.
   *
   * @param directory the directory, created if needed
   * @return the files written
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> run(Path directory) {
    Output output = build();
    try {
      Files.createDirectories(directory);
      Path card = directory.resolve("report-card.html");
      output.html().write(card);
      Path feedback = directory.resolve("family-feedback.html");
      AtomicFile.write(feedback, output.feedbackHtml());
      return List.of(card, feedback);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the HTML example into " + directory, e);
    }
  }

  /**
   * Writes the files into the directory given, or {@code oba-html-example}, and prints their
   * paths.
   *
   * @param args the directory, optional
   */
  public static void main(String[] args) {
    Path directory = Path.of(args.length > 0 ? args[0] : "oba-html-example");
    run(directory).forEach(System.out::println);
  }
}
