package org.obaframework.examples.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.obaframework.core.aggregate.BaselineProfile;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ProcessCondition;
import org.obaframework.core.aggregate.ProcessMeasure;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.TransitionMeasure;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.DeliveryModel;
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
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

/**
 * Small services drawn from a seed, for attacking their report cards: a few to a few dozen
 * families in two to six local authorities of two nations, three delivery models, a tenancy
 * risk rated at baseline and later (a transition matrix), an eviction flag, children's school
 * attendance, some families not yet reviewed; one to three measures of seven and up to two
 * breakdowns (local authority, delivery model, a hierarchy of nation and local authority or of
 * local authority and delivery model, a cross of local authority and delivery model, quarters).
 * Most counts of such a card are small.
 */
final class SmallServices {
  static final String PROGRAMME = "SVC";
  static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2025);
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  static final List<String> MODELS = List.of("HOME", "MANAGED", "UNIT");
  private static final String[] LEVELS = {"none", "low", "medium", "high"};

  static final OutcomesFramework FRAMEWORK = OutcomesFramework.builder()
      .code("SVC-TEST")
      .name(Label.of("A small service"))
      .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")))
      .addIndicators(
          indicator("TENANCY", OrdinalScale.of("none", "low", "medium", "high"),
              Polarity.LOWER_IS_BETTER, RatedAt.FAMILY),
          indicator("EVICTED", BinaryScale.YES_NO, Polarity.LOWER_IS_BETTER, RatedAt.FAMILY),
          indicator("ATT", NumericScale.of("%", 0, 100), Polarity.HIGHER_IS_BETTER,
              RatedAt.CHILD))
      .addProgrammes(Programme.builder().code(PROGRAMME).name(Label.of("Service"))
          .serviceArea("FS").addIndicators("TENANCY", "EVICTED", "ATT")
          .addDeliveryModels(DeliveryModel.of("HOME", Label.of("At home")),
              DeliveryModel.of("MANAGED", Label.of("Managed tenancy")),
              DeliveryModel.of("UNIT", Label.of("Residential unit")))
          .build())
      .build();

  private static final Pairing PRACTITIONER =
      Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER));

  /**
   * The measures, by code; the population each counts, for the attacker, who reads the measures'
   * definitions: families of the programme (the same units whatever the measure), children, or
   * others.
   */
  static final Map<String, MeasureDefinition> MEASURES = Map.of(
      "FAMILIES", CountMeasure.of("FAMILIES", Label.of("Families supported"), PROGRAMME,
          CountingUnit.FAMILY),
      "CHILDREN", CountMeasure.of("CHILDREN", Label.of("Children supported"), PROGRAMME,
          CountingUnit.CHILD),
      "EVICTED", BaselineProfile.of("EVICTED", Label.of("Families evicted at start"), PROGRAMME,
          CountingUnit.FAMILY, BaselineCondition.is("EVICTED", true)),
      "PROMPT", ProcessMeasure.of("PROMPT", Label.of("Baseline review within 4 weeks"),
          PROGRAMME, ProcessCondition.baselineWithin(28)),
      "STABLE", BetterOffDefinition.of(Label.of("Families with a stable tenancy"),
          BetterOffMeasure.builder().code("STABLE").programme(PROGRAMME)
              .countingUnit(CountingUnit.FAMILY).addIndicators("TENANCY")
              .defaultRule(BetterOffRule.reaches(ScaleValue.level("low"),
                  BetterOffRule.Maintained.COUNTS))
              .familyRule(FamilyRule.FAMILY_INDICATORS).pairing(PRACTITIONER).build()),
      "ATTENDING", BetterOffDefinition.of(Label.of("Attendance up 10 points, of families with a "
          + "child below 90 %"), BetterOffMeasure.builder().code("ATTENDING")
              .programme(PROGRAMME).countingUnit(CountingUnit.FAMILY).addIndicators("ATT")
              .defaultRule(BetterOffRule.improvedByAtLeast(10))
              .addEligibility(BaselineCondition.worseThan("ATT", ScaleValue.of(90)))
              .familyRule(FamilyRule.ANY_MEMBER).pairing(PRACTITIONER).build()),
      "MOVES", TransitionMeasure.of("MOVES", Label.of("Tenancy risk, baseline to latest"),
          PROGRAMME, "TENANCY", PRACTITIONER));

  /** The measures whose initial population is the programme's families, one per family. */
  static final List<String> FAMILY_POPULATION = List.of("FAMILIES", "EVICTED", "STABLE",
      "ATTENDING");

  private static final List<String> ORDER = List.of("FAMILIES", "CHILDREN", "EVICTED", "PROMPT",
      "STABLE", "ATTENDING", "MOVES");

  private SmallServices() {}

  private static Indicator indicator(String code, Scale scale, Polarity polarity,
      RatedAt ratedAt) {
    return Indicator.builder().code(code).name(Label.of(code)).definition(Label.of(code))
        .scale(scale).polarity(polarity).ratedAt(ratedAt).addServiceAreas("FS").build();
  }

  /** A service drawn from a seed: its evaluation and its families. */
  record Service(Evaluation evaluation, List<SubjectRecords> families) {}

  static Service draw(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int authorities = 2 + random.nextInt(5);
    List<SubjectRecords> families = new ArrayList<>();
    int count = 4 + random.nextInt(random.nextBoolean() ? 14 : 36);
    for (int i = 0; i < count; i++) {
      families.add(family("F-" + i, random, authorities));
    }
    List<MeasureDefinition> measures = new ArrayList<>();
    List<String> codes = new ArrayList<>(ORDER);
    for (int m = 1 + random.nextInt(3); m > 0; m--) {
      measures.add(MEASURES.get(codes.remove(random.nextInt(codes.size()))));
    }
    measures.sort(java.util.Comparator.comparing(d -> ORDER.indexOf(d.code())));
    Breakdown byArea = Breakdown.localAuthority(LocalAuthorityRule.EPISODE);
    List<Breakdown> kinds = new ArrayList<>(List.of(byArea, Breakdown.deliveryModel(),
        Breakdown.hierarchy("nation > local-authority", Breakdown.attribute(Attributes.NATION),
            byArea),
        Breakdown.hierarchy("local-authority > delivery-model", byArea,
            Breakdown.deliveryModel()),
        Breakdown.cross(byArea, Breakdown.deliveryModel()),
        Breakdown.period(PeriodKind.FINANCIAL_QUARTER)));
    List<Breakdown> breakdowns = new ArrayList<>();
    for (int b = random.nextInt(4) == 0 ? 1 : random.nextInt(3); b > 0; b--) {
      breakdowns.add(kinds.remove(random.nextInt(kinds.size())));
    }
    Evaluation evaluation = Evaluation.builder().framework(FRAMEWORK).period(YEAR)
        .asOf(AS_OF).measures(measures).addAllBreakdowns(breakdowns).build();
    return new Service(evaluation, families);
  }

  private static SubjectRecords family(String id, SplittableRandom random, int authorities) {
    int area = 1 + skewed(random, authorities);
    Subject.Builder subject = Subject.family(id).attributes(Attributes.empty()
        .with(Attributes.NATION, area % 2 == 0 ? "wales" : "england"))
        .addMembers(Member.of(id + "-A1", MemberRole.ADULT));
    int children = random.nextInt(4);
    for (int c = 1; c <= children; c++) {
      subject.addMembers(Member.of(id + "-C" + c, MemberRole.CHILD));
    }
    LocalDate start = YEAR.start().plusDays(random.nextInt(300));
    Episode.Builder episode = Episode.builder().id("E-" + id).subject(id).programme(PROGRAMME)
        .localAuthority("LA-" + area).start(start)
        .deliveryModel(MODELS.get(skewed(random, MODELS.size())));
    List<Review> reviews = new ArrayList<>();
    String from = LEVELS[1 + random.nextInt(3)];
    List<Rating> first = new ArrayList<>(List.of(Rating.of("TENANCY", from),
        Rating.of("EVICTED", random.nextInt(4) == 0)));
    List<Rating> second = new ArrayList<>(List.of(Rating.of("TENANCY",
        LEVELS[Math.max(0, Math.min(3, indexOf(from) + random.nextInt(4) - 2))])));
    for (int c = 1; c <= children; c++) {
      double attendance = 50 + random.nextInt(50);
      first.add(Rating.of("ATT", attendance).about(id + "-C" + c));
      second.add(Rating.of("ATT", Math.min(100, attendance + random.nextInt(30) - 8))
          .about(id + "-C" + c));
    }
    reviews.add(review("R-" + id + "-1", "E-" + id, ReviewKind.BASELINE,
        start.plusDays(3 + random.nextInt(40)), first));
    if (random.nextInt(6) > 0 && start.plusDays(120).isBefore(AS_OF)) {
      reviews.add(review("R-" + id + "-2", "E-" + id, ReviewKind.REVIEW,
          start.plusDays(90 + random.nextInt(30)), second));
    }
    return SubjectRecords.of(subject.build(), List.of(episode.build()), reviews);
  }

  /** Mostly the first few: most counts of a small service's breakdowns are small. */
  private static int skewed(SplittableRandom random, int bound) {
    return Math.min(random.nextInt(bound), random.nextInt(bound));
  }

  private static int indexOf(String level) {
    for (int i = 0; i < LEVELS.length; i++) {
      if (LEVELS[i].equals(level)) {
        return i;
      }
    }
    throw new IllegalArgumentException(level);
  }

  private static Review review(String id, String episode, ReviewKind kind, LocalDate on,
      List<Rating> ratings) {
    return Review.builder().id(id).episode(episode).kind(kind).assessedOn(on)
        .rater(Rater.PRACTITIONER).addAllRatings(ratings).build();
  }
}
