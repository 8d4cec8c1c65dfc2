package org.obaframework.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.obaframework.core.aggregate.BaselineProfile;
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
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Change;
import org.obaframework.core.change.ChangeCalculator;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.curve.Action;
import org.obaframework.core.curve.ActionStatus;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.Cost;
import org.obaframework.core.curve.CurveSubjectKind;
import org.obaframework.core.curve.Idea;
import org.obaframework.core.curve.Partner;
import org.obaframework.core.curve.Scenario;
import org.obaframework.core.curve.SeriesPoint;
import org.obaframework.core.curve.SeriesUnit;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.curve.TurnTheCurveRecord;
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
import org.obaframework.core.framework.Scale;
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

/**
 * Inputs of the output documents, built with oba-core's public API only: a compact family support
 * framework, 33 families (30 in LA-1, 3 in LA-2, so that LA-2's cells are small), a curve with a
 * baseline, and turn-the-curve records.
 */
final class OutputFixtures {
  static final LocalDate START = LocalDate.of(2025, 4, 7);
  static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2025);
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  static final OutcomesFramework FRAMEWORK = OutcomesFramework.builder()
      .code("IFS-TEST")
      .name(Label.of("Intensive family support"))
      .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")))
      .addIndicators(
          indicator("TENANCY", OrdinalScale.of("none", "low", "medium", "high"),
              Polarity.LOWER_IS_BETTER, RatedAt.FAMILY),
          indicator("EVICTED", BinaryScale.YES_NO, Polarity.LOWER_IS_BETTER, RatedAt.FAMILY),
          indicator("ATT", NumericScale.of("%", 0, 100), Polarity.HIGHER_IS_BETTER,
              RatedAt.CHILD))
      .addProgrammes(Programme.builder().code("IFS").name(Label.of("IFS")).serviceArea("FS")
          .addIndicators("TENANCY", "EVICTED", "ATT").build())
      .build();

  static final BetterOffMeasure STABLE = BetterOffMeasure.builder()
      .code("STABLE").programme("IFS").countingUnit(CountingUnit.FAMILY)
      .addIndicators("TENANCY")
      .defaultRule(BetterOffRule.reaches(ScaleValue.level("low"),
          BetterOffRule.Maintained.COUNTS))
      .familyRule(FamilyRule.FAMILY_INDICATORS)
      .pairing(Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER)))
      .build();

  static final List<MeasureDefinition> MEASURES = List.of(
      BaselineProfile.of("EVICTED-AT-START", Label.of("Families already evicted"), "IFS",
          CountingUnit.FAMILY, BaselineCondition.is("EVICTED", true)),
      CountMeasure.of("FAMILIES", Label.of("Families supported"), "IFS", CountingUnit.FAMILY),
      CountMeasure.of("CHILDREN", Label.of("Children supported"), "IFS", CountingUnit.CHILD),
      ProcessMeasure.of("BASELINE-4W", Label.of("Baseline review within 4 weeks"), "IFS",
          ProcessCondition.baselineWithin(28)),
      BetterOffDefinition.of(Label.of("Families with a stable tenancy"), STABLE),
      TransitionMeasure.of("MOVES", Label.of("Tenancy risk, baseline to latest"), "IFS",
          "TENANCY", Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER))));

  static final Evaluation EVALUATION = Evaluation.builder().framework(FRAMEWORK).period(YEAR)
      .asOf(AS_OF).measures(MEASURES)
      .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE)).build();

  private OutputFixtures() {}

  static Indicator indicator(String code, Scale scale, Polarity polarity, RatedAt ratedAt) {
    return Indicator.builder().code(code).name(Label.of(code)).definition(Label.of(code))
        .scale(scale).polarity(polarity).ratedAt(ratedAt).addServiceAreas("FS").build();
  }

  /** 33 families: 30 in LA-1 and 3 in LA-2. */
  static List<SubjectRecords> families() {
    List<SubjectRecords> families = new ArrayList<>();
    String[] to = {"none", "low", "medium", "high"};
    for (int i = 1; i <= 30; i++) {
      families.add(family("F-" + i, "LA-1", i % 3, "high", to[i % 4], i % 7 == 0, i % 40));
    }
    for (int i = 31; i <= 33; i++) {
      families.add(family("F-" + i, "LA-2", 1, "high", "low", false, 5));
    }
    return families;
  }

  /** A family with {@code children} children and one adult, a baseline and a later review. */
  static SubjectRecords family(String id, String localAuthority, int children, String from,
      String to, boolean evicted, int baselineDay) {
    Subject.Builder subject = Subject.family(id).addMembers(Member.of(id + "-A1",
        MemberRole.ADULT));
    for (int c = 1; c <= children; c++) {
      subject.addMembers(Member.of(id + "-C" + c, MemberRole.CHILD));
    }
    Episode episode = Episode.builder().id("E-" + id).subject(id).programme("IFS")
        .localAuthority(localAuthority).start(START).build();
    List<Review> reviews = new ArrayList<>();
    List<Rating> first = new ArrayList<>(List.of(Rating.of("TENANCY", from),
        Rating.of("EVICTED", evicted)));
    List<Rating> second = new ArrayList<>(List.of(Rating.of("TENANCY", to)));
    for (int c = 1; c <= children; c++) {
      first.add(Rating.of("ATT", 60.0 + c).about(id + "-C" + c));
      second.add(c == 2 ? Rating.notAssessed("ATT").about(id + "-C" + c)
          : Rating.of("ATT", 70.5 + c).about(id + "-C" + c));
    }
    reviews.add(review("R-" + id + "-1", episode.id(), ReviewKind.BASELINE,
        START.plusDays(baselineDay), first));
    reviews.add(review("R-" + id + "-2", episode.id(), ReviewKind.REVIEW, START.plusDays(200),
        second));
    return SubjectRecords.of(subject.build(), List.of(episode), reviews);
  }

  static Review review(String id, String episode, ReviewKind kind, LocalDate on,
      List<Rating> ratings) {
    return Review.builder().id(id).episode(episode).kind(kind).assessedOn(on)
        .rater(Rater.PRACTITIONER).addAllRatings(ratings).build();
  }

  static Results results() {
    return EVALUATION.evaluate(families().stream());
  }

  static ReportCard card(DisclosurePolicy policy) {
    return ReportCard.of(EVALUATION, results(),
        ReportOptions.defaults().withDisclosure(policy));
  }

  /** The child-level attendance changes and family tenancy changes of the first 4 families. */
  static List<Change> changes() {
    ChangeCalculator calculator = ChangeCalculator.of(FRAMEWORK,
        Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER)));
    List<Change> changes = new ArrayList<>();
    for (SubjectRecords family : families().subList(0, 4)) {
      changes.addAll(calculator.changes(family, AS_OF));
    }
    return changes;
  }

  static ReportingPeriod fy(int year) {
    return ReportingPeriod.financialYear(year);
  }

  /** Five years of a proportion, a target and a gap. */
  static TimeSeries history() {
    return TimeSeries.builder().code("STABLE").name(Label.of("Stable tenancy"))
        .unit(SeriesUnit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .addPoints(SeriesPoint.proportion(fy(2019), 40, 100),
            SeriesPoint.proportion(fy(2020), 42, 100),
            SeriesPoint.proportion(fy(2021), 45, 100),
            SeriesPoint.proportion(fy(2022), 44, 100),
            SeriesPoint.proportion(fy(2023), 48, 100))
        .build();
  }

  static TimeSeries actuals() {
    return TimeSeries.builder().from(history())
        .addPoints(SeriesPoint.proportion(fy(2024), 55, 100),
            SeriesPoint.proportion(fy(2025), 49, 100))
        .addGaps(fy(2026))
        .putTargets(fy(2025), 55.0)
        .putTargets(fy(2024), 50.0)
        .build();
  }

  static Baseline baseline() {
    return Baseline.of(history(), Scenario.linearTrend(), List.of(fy(2024), fy(2025), fy(2026)),
        0.95, LocalDate.of(2024, 4, 30));
  }

  static TurnTheCurveRecord record() {
    return TurnTheCurveRecord.builder()
        .subject("STABLE")
        .subjectKind(CurveSubjectKind.PERFORMANCE_MEASURE)
        .asOf(LocalDate.of(2026, 3, 31))
        .addContributingFactors("Early help for rent arrears", "Landlord forum, \"quoted\"")
        .addRestrictingFactors("Rising rents in the private sector")
        .addPartners(Partner.of("HOUSING", bilingual("Housing options", "Opsiynau tai"),
            "Prevention duty"))
        .addIdeas(Idea.of("Benefit checks at every assessment", Cost.NO_COST),
            Idea.of("Tenancy sustainment officer", Cost.OTHER, "Shelter Cymru evaluation, 2024"))
        .addActions(Action.of("Add a benefit check to the assessment", "Family support lead",
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), ActionStatus.IN_PROGRESS))
        .build();
  }

  private static final String[] WORDS = {"rent", "arrears", "school", "GP", "housing",
      "café", "Ysgol", "\"quoted\"", "a/b~c", "€", "😀", "x"};

  /** A random record, drawn from a seed with public factories only. */
  static TurnTheCurveRecord random(long seed) {
    Random random = new Random(seed);
    TurnTheCurveRecord.Builder builder = TurnTheCurveRecord.builder()
        .subject("S" + random.nextInt(1000))
        .subjectKind(CurveSubjectKind.values()[random.nextInt(2)])
        .asOf(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000)));
    for (int i = random.nextInt(4); i > 0; i--) {
      builder.addContributingFactors(text(random));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      builder.addRestrictingFactors(text(random));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      builder.addPartners(Partner.of("P" + i, random.nextBoolean() ? Label.of(text(random))
          : bilingual(text(random), text(random)), text(random)));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      Cost cost = Cost.values()[random.nextInt(Cost.values().length)];
      builder.addIdeas(random.nextBoolean() ? Idea.of(text(random), cost)
          : Idea.of(text(random), cost, text(random)));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
      builder.addActions(Action.of(text(random), text(random), start,
          start.plusDays(random.nextInt(400)),
          ActionStatus.values()[random.nextInt(ActionStatus.values().length)]));
    }
    return builder.build();
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
    for (int i = random.nextInt(4); i > 0; i--) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  /** Reads a golden file, after rewriting it when {@code -Doba.golden.update=true}. */
  static String golden(String name, String written) throws IOException {
    String resource = "/org/obaframework/json/" + name;
    if (Boolean.getBoolean("oba.golden.update")) {
      Files.writeString(Path.of("src/test/resources" + resource), written,
          StandardCharsets.UTF_8);
      return written;
    }
    try (InputStream in = OutputFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing golden file " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Label bilingual(String english, String welsh) {
    java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put("en", english);
    texts.put("cy", welsh);
    return Label.of(texts);
  }
}
