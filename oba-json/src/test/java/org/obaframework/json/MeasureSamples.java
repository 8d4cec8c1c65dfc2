package org.obaframework.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.obaframework.core.aggregate.BaselineProfile;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Cohort;
import org.obaframework.core.aggregate.CountMeasure;
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
import org.obaframework.core.change.Composite;
import org.obaframework.core.change.Deterioration;
import org.obaframework.core.change.EpisodeChoice;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.JacobsonTruax;
import org.obaframework.core.change.MinimumChange;
import org.obaframework.core.change.MinimumChanges;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.PairingEnd;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ServiceOutput;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.ReviewKind;

/**
 * Measure definitions for the tests: a realistic Intensive Family Support and CAMHS set with the
 * framework it fits, and random definitions of every variant, from public factories only.
 */
final class MeasureSamples {
  static final String GOLDEN = "/org/obaframework/json/measures-golden.json";

  private MeasureSamples() {}

  /** The golden document, as shipped in the test resources. */
  static String document() throws IOException {
    try (InputStream in = MeasureSamples.class.getResourceAsStream(GOLDEN)) {
      if (in == null) {
        throw new IOException("missing " + GOLDEN);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Indicator indicator(String code, String name, Scale scale, Polarity polarity,
      RatedAt ratedAt, String area) {
    return Indicator.builder().code(code).name(Label.of(name))
        .definition(Label.of(name + ", as rated at review.")).scale(scale).polarity(polarity)
        .ratedAt(ratedAt).addServiceAreas(area).build();
  }

  /** The framework the golden measures fit: an IFS programme and a CAMHS one. */
  static OutcomesFramework framework() {
    OrdinalScale risk = OrdinalScale.of(List.of(
        OrdinalLevel.of("none", Label.of("No risk"), 0),
        OrdinalLevel.of("low", Label.of("Low risk"), 1),
        OrdinalLevel.of("medium", Label.of("Medium risk"), 2),
        OrdinalLevel.of("high", Label.of("High risk"), 3)));
    return OutcomesFramework.builder()
        .code("COUNTY")
        .name(Label.of("County children's services outcomes framework"))
        .version("2026.1")
        .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")),
            ServiceArea.of("MH", Label.of("Mental health")))
        .addIndicators(
            indicator("TENANCY-AT-RISK", "Tenancy at risk", BinaryScale.YES_NO,
                Polarity.LOWER_IS_BETTER, RatedAt.FAMILY, "FS"),
            indicator("EVICTED", "Already evicted", BinaryScale.YES_NO,
                Polarity.LOWER_IS_BETTER, RatedAt.FAMILY, "FS"),
            indicator("SCHOOL-ATTENDANCE", "School attendance", NumericScale.of("%", 0, 100),
                Polarity.HIGHER_IS_BETTER, RatedAt.CHILD, "FS"),
            indicator("RISK-CARE", "Risk of entering care", risk, Polarity.LOWER_IS_BETTER,
                RatedAt.CHILD, "FS"),
            indicator("SDQ-TOTAL", "SDQ total difficulties",
                NumericScale.wholeNumbers("points", 0, 40), Polarity.LOWER_IS_BETTER,
                RatedAt.CHILD, "MH"),
            indicator("GBO", "Goal Based Outcomes", NumericScale.of("points", 0, 10),
                Polarity.HIGHER_IS_BETTER, RatedAt.CHILD, "MH"),
            indicator("CGAS", "Children's Global Assessment Scale",
                NumericScale.wholeNumbers("points", 1, 100), Polarity.HIGHER_IS_BETTER,
                RatedAt.CHILD, "MH"))
        .addProgrammes(
            Programme.builder().code("IFS").name(Label.of("Intensive Family Support"))
                .serviceArea("FS")
                .addIndicators("TENANCY-AT-RISK", "EVICTED", "SCHOOL-ATTENDANCE", "RISK-CARE")
                .build(),
            Programme.builder().code("CAMHS").name(Label.of("Community CAMHS"))
                .serviceArea("MH").addIndicators("SDQ-TOTAL", "GBO", "CGAS").build())
        .addServiceOutputs(ServiceOutput.of("PLAN", Label.of("Family plan in place")),
            ServiceOutput.of("RES-SUPPORT", Label.of("Residential support")))
        .build();
  }

  /** A realistic set: every kind of measure, condition, rule and minimum change. */
  static List<MeasureDefinition> golden() {
    BetterOffMeasure stable = BetterOffMeasure.builder()
        .code("IFS-BETTER-OFF")
        .programme("IFS")
        .countingUnit(CountingUnit.FAMILY)
        .addIndicators("TENANCY-AT-RISK", "SCHOOL-ATTENDANCE", "RISK-CARE")
        .defaultRule(BetterOffRule.anyImprovement())
        .putRules("SCHOOL-ATTENDANCE", BetterOffRule.improvedByAtLeast(10))
        .putRules("RISK-CARE", BetterOffRule.reaches(ScaleValue.level("low"),
            BetterOffRule.Maintained.DOES_NOT_COUNT))
        .composite(Composite.atLeast(2))
        .deterioration(Deterioration.anyDeterioration())
        .putDeteriorations("SCHOOL-ATTENDANCE", Deterioration.byAtLeast(5))
        .familyRule(FamilyRule.ANY_MEMBER)
        .addEligibility(BaselineCondition.atOrWorseThan("RISK-CARE", ScaleValue.level("medium")),
            BaselineCondition.worseThan("SCHOOL-ATTENDANCE", ScaleValue.of(90)))
        .addExcludedClosureReasons(ClosureReason.MOVED_AWAY, ClosureReason.TRANSFERRED)
        .pairing(Pairing.closure().withMinimumIntervalDays(28)
            .withRaters(RaterChoice.only(Rater.PRACTITIONER)))
        .build();
    BetterOffMeasure reliable = BetterOffMeasure.builder()
        .code("CAMHS-RELIABLE")
        .programme("CAMHS")
        .countingUnit(CountingUnit.CHILD)
        .addIndicators("SDQ-TOTAL", "GBO", "CGAS")
        .defaultRule(BetterOffRule.reliableChange(MinimumChange.of(5,
            "Local CAMHS audit 2025: SDQ total difficulties, 5 points")))
        .putRules("GBO", BetterOffRule.reliableChange(MinimumChanges.GOAL_BASED_OUTCOMES))
        .putRules("CGAS", BetterOffRule.reliableRecovery(
            JacobsonTruax.of(12.90, 0.91).minimumChange(), 70))
        .composite(Composite.corc().requiring(Composite.Paired.EVERY))
        .episodeChoice(EpisodeChoice.ANY)
        .familyRule(FamilyRule.ANY_MEMBER)
        .pairing(Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER)))
        .build();
    return List.of(
        CountMeasure.of("IFS-FAMILIES", Label.of("Families supported"), "IFS",
            CountingUnit.FAMILY),
        CountMeasure.ofOutput("IFS-RESIDENTIAL", Label.of("Families given residential support"),
            "IFS", CountingUnit.FAMILY, "RES-SUPPORT"),
        CountMeasure.of("IFS-PRACTITIONER-REVIEWS", Label.of("Practitioners' reviews"), "IFS",
            CountingUnit.REVIEW).withRaters(Set.of(Rater.PRACTITIONER))
            .withReviewKinds(Set.of(ReviewKind.REVIEW, ReviewKind.CLOSURE)),
        ProcessMeasure.of("IFS-BASELINE-28", Label.of("Baseline review within 28 days"), "IFS",
            ProcessCondition.baselineWithin(28)),
        ProcessMeasure.of("IFS-SEEN-28", Label.of("Children seen within 28 days"), "IFS",
            ProcessCondition.baselineWithin(28)).withUnit(CountingUnit.CHILD,
                EpisodeChoice.FIRST),
        ProcessMeasure.of("IFS-REVIEWS-13W", Label.of("Reviews within 13 weeks"), "IFS",
            ProcessCondition.reviewsWithin(91)),
        ProcessMeasure.of("IFS-CHILD-VIEW", Label.of("Child's view recorded"), "IFS",
            ProcessCondition.viewRecorded(Set.of(Rater.CHILD_OR_YOUNG_PERSON,
                Rater.PARENT_OR_CARER))),
        ProcessMeasure.of("IFS-PLANNED", Label.of("Planned closures"), "IFS",
            ProcessCondition.plannedClosure()),
        ProcessMeasure.of("IFS-PLAN", Label.of("Family plan in place"), "IFS",
            ProcessCondition.hasServiceOutput("PLAN")),
        BetterOffDefinition.of(Label.of("Families better off").with(Label.WELSH,
            "Teuluoedd yn well eu byd"), stable),
        BetterOffDefinition.of(Label.of("Children reliably improved (CAMHS)"), reliable),
        BaselineProfile.of("IFS-EVICTED", Label.of("Families already evicted"), "IFS",
            CountingUnit.FAMILY, BaselineCondition.is("EVICTED", true)),
        BaselineProfile.of("IFS-HIGH-RISK", Label.of("Children at high or medium risk of care"),
            "IFS", CountingUnit.CHILD, BaselineCondition.atLevels("RISK-CARE", "high", "medium"))
            .withEpisodeChoice(EpisodeChoice.ANY),
        TransitionMeasure.of("IFS-RISK-MOVES", Label.of("Risk of entering care, baseline to latest"),
            "IFS", "RISK-CARE", Pairing.latestWithin(LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31)).withRaters(RaterChoice.only(Rater.PRACTITIONER))),
        TransitionMeasure.of("IFS-RISK-FIRST", Label.of("Risk of entering care, first referral"),
            "IFS", "RISK-CARE", Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER)))
            .withUnit(CountingUnit.CHILD, EpisodeChoice.FIRST));
  }

  /** The golden document's breakdowns: one of every kind, cohorts among them. */
  static List<Breakdown> goldenBreakdowns() {
    return List.of(
        Breakdown.localAuthority(LocalAuthorityRule.AT_EPISODE_START),
        Breakdown.cohort(Cohort.STARTED, PeriodKind.FINANCIAL_YEAR),
        Breakdown.cohort(Cohort.CLOSED, "closed-school-years", List.of(
            ReportingPeriod.parse("2024-09-01/2025-08-31"),
            ReportingPeriod.parse("2025-09-01/2026-08-31"))),
        Breakdown.period(PeriodKind.FINANCIAL_QUARTER),
        Breakdown.cross(Breakdown.deliveryModel(), Breakdown.attribute("age-band")),
        Breakdown.hierarchy("area", Breakdown.attribute("nation"), Breakdown.programme()));
  }

  /** The golden document: its measures and breakdowns. */
  static MeasuresJson.Document goldenDocument() {
    return new MeasuresJson.Document(golden(), goldenBreakdowns());
  }

  /** Random breakdowns of every kind, with distinct names, drawn from a random source. */
  static List<Breakdown> randomBreakdowns(Random r) {
    List<Breakdown> breakdowns = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      Breakdown breakdown = switch (r.nextInt(5)) {
        case 4 -> plain(r);
        case 0 -> Breakdown.period(pick(r, PeriodKind.values()));
        case 1 -> r.nextBoolean() ? Breakdown.cohort(pick(r, Cohort.values()),
            pick(r, PeriodKind.values()))
            : Breakdown.cohort(pick(r, Cohort.values()), pick(r, TEXTS) + i, List.of(
                ReportingPeriod.financialYear(2020 + r.nextInt(3)),
                ReportingPeriod.financialYear(2024 + r.nextInt(3))));
        case 2 -> Breakdown.cross(plain(r), plain(r));
        default -> Breakdown.hierarchy(pick(r, TEXTS) + i, plain(r), plain(r));
      };
      if (names.add(breakdown.name())) {
        breakdowns.add(breakdown);
      }
    }
    return breakdowns;
  }

  private static Breakdown plain(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> Breakdown.localAuthority(pick(r, LocalAuthorityRule.values()));
      case 1 -> Breakdown.attribute(pick(r, new String[] {"sex", "age-band", "nation"}));
      case 2 -> Breakdown.deliveryModel();
      default -> Breakdown.programme();
    };
  }

  /** A random document: random measures and breakdowns, drawn from a seed. */
  static MeasuresJson.Document randomDocument(long seed) {
    return new MeasuresJson.Document(random(seed), randomBreakdowns(new Random(~seed)));
  }

  private static final String[] TEXTS = {"Families supported", "Quote \" and \\ backslash",
      "Line\nbreak", "Ŵ ŷ â", "Emoji 😀", "/slash ~tilde"};

  /** Random definitions of every variant, with distinct codes, drawn from a seed. */
  static List<MeasureDefinition> random(long seed) {
    Random r = new Random(seed);
    List<MeasureDefinition> measures = new ArrayList<>();
    for (int i = 0, n = r.nextInt(7); i < n; i++) {
      String code = "M" + i + (r.nextBoolean() ? "_x.y-z" : "");
      Label name = r.nextBoolean() ? Label.of(pick(r, TEXTS))
          : Label.of(pick(r, TEXTS)).with(Label.WELSH, pick(r, TEXTS));
      String programme = "P" + r.nextInt(3);
      switch (r.nextInt(5)) {
        case 0 -> measures.add((r.nextBoolean()
            ? CountMeasure.of(code, name, programme, pick(r, CountingUnit.values()))
            : CountMeasure.ofOutput(code, name, programme, pick(r, CountingUnit.values()),
                "OUT-" + r.nextInt(5)))
            .withRaters(r.nextBoolean() ? Set.of() : subset(r, Rater.values()))
            .withReviewKinds(r.nextBoolean() ? Set.of() : subset(r, ReviewKind.values())));
        case 1 -> {
          ProcessMeasure process = ProcessMeasure.of(code, name, programme, processCondition(r));
          if (process.unit() == CountingUnit.EPISODE && r.nextBoolean()) {
            process = process.withUnit(pick(r, new CountingUnit[] {CountingUnit.CHILD,
                CountingUnit.FAMILY, CountingUnit.ADULT}), pick(r, EpisodeChoice.values()));
          }
          measures.add(process);
        }
        case 2 -> measures.add(BetterOffDefinition.of(name, betterOff(r, code, programme)));
        case 3 -> {
          CountingUnit unit = pick(r, new CountingUnit[] {CountingUnit.CHILD,
              CountingUnit.FAMILY, CountingUnit.ADULT, CountingUnit.EPISODE});
          measures.add(new BaselineProfile(code, name, programme, unit, baselineCondition(r),
              unit == CountingUnit.EPISODE ? EpisodeChoice.LATEST
                  : pick(r, EpisodeChoice.values())));
        }
        default -> {
          TransitionMeasure transition = TransitionMeasure.of(code, name, programme,
              indicator(r), pairing(r));
          if (r.nextBoolean()) {
            CountingUnit unit = pick(r, new CountingUnit[] {CountingUnit.CHILD,
                CountingUnit.FAMILY, CountingUnit.ADULT, CountingUnit.EPISODE});
            transition = transition.withUnit(unit, unit == CountingUnit.EPISODE
                ? EpisodeChoice.LATEST : pick(r, new EpisodeChoice[] {EpisodeChoice.LATEST,
                    EpisodeChoice.FIRST, EpisodeChoice.LONGEST}));
          }
          measures.add(transition);
        }
      }
    }
    return measures;
  }

  static ProcessCondition processCondition(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> ProcessCondition.baselineWithin(r.nextInt(400));
      case 1 -> ProcessCondition.reviewsWithin(1 + r.nextInt(400));
      case 2 -> ProcessCondition.viewRecorded(subset(r, Rater.values()));
      case 3 -> ProcessCondition.plannedClosure();
      default -> ProcessCondition.hasServiceOutput("OUT-" + r.nextInt(5));
    };
  }

  static BetterOffMeasure betterOff(Random r, String code, String programme) {
    CountingUnit unit = pick(r, new CountingUnit[] {CountingUnit.CHILD, CountingUnit.FAMILY,
        CountingUnit.ADULT, CountingUnit.EPISODE});
    BetterOffMeasure.Builder builder = BetterOffMeasure.builder().code(code).programme(programme)
        .countingUnit(unit);
    if (unit != CountingUnit.EPISODE && r.nextBoolean()) {
      builder.episodeChoice(pick(r, EpisodeChoice.values()));
    }
    if (r.nextBoolean()) {
      builder.deterioration(switch (r.nextInt(3)) {
        case 0 -> Deterioration.mirror();
        case 1 -> Deterioration.anyDeterioration();
        default -> Deterioration.byAtLeast(amount(r));
      });
    }
    int indicators = 1 + r.nextInt(4);
    for (int i = 0; i < indicators; i++) {
      builder.addIndicators("I" + i);
    }
    if (r.nextBoolean()) {
      builder.defaultRule(rule(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      builder.putRules("I" + r.nextInt(indicators), rule(r));
    }
    for (int i = r.nextInt(2); i > 0; i--) {
      builder.putDeteriorations("I" + r.nextInt(indicators), r.nextBoolean()
          ? Deterioration.anyDeterioration() : Deterioration.byAtLeast(amount(r)));
    }
    if (r.nextBoolean()) {
      builder.composite(composite(r));
    }
    if (r.nextBoolean()) {
      builder.familyRule(pick(r, FamilyRule.values()));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      builder.addEligibility(baselineCondition(r));
    }
    builder.addAllExcludedClosureReasons(r.nextBoolean() ? Set.of()
        : subset(r, ClosureReason.values()));
    if (r.nextBoolean()) {
      builder.pairing(pairing(r));
    }
    return builder.build();
  }

  static BetterOffRule rule(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> BetterOffRule.anyImprovement();
      case 1 -> BetterOffRule.improvedByAtLeast(amount(r));
      case 2 -> BetterOffRule.reaches(threshold(r), pick(r, BetterOffRule.Maintained.values()));
      case 3 -> BetterOffRule.reliableChange(minimum(r));
      default -> BetterOffRule.reliableRecovery(minimum(r), r.nextInt(2001) / 10.0 - 50);
    };
  }

  static MinimumChange minimum(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> pick(r, new MinimumChange[] {MinimumChanges.GOAL_BASED_OUTCOMES,
          MinimumChanges.SDQ_PARENT_CONDUCT, MinimumChanges.SDQ_PARENT_EMOTIONAL,
          MinimumChanges.SDQ_PARENT_HYPERACTIVITY, MinimumChanges.SDQ_PARENT_IMPACT,
          MinimumChanges.SDQ_PARENT_PEER, MinimumChanges.GAD_7, MinimumChanges.PHQ_9,
          MinimumChanges.YP_CORE, MinimumChanges.CGAS});
      case 1 -> JacobsonTruax.of(0.5 + r.nextInt(300) / 10.0, (1 + r.nextInt(98)) / 100.0)
          .minimumChange();
      default -> MinimumChange.of(amount(r), pick(r, TEXTS).trim().isEmpty() ? "x"
          : pick(r, TEXTS));
    };
  }

  static Composite composite(Random r) {
    Composite composite = switch (r.nextInt(4)) {
      case 0 -> Composite.any();
      case 1 -> Composite.all();
      case 2 -> Composite.corc();
      default -> Composite.atLeast(1 + r.nextInt(5));
    };
    return r.nextBoolean() ? composite : composite.requiring(pick(r, Composite.Paired.values()));
  }

  static BaselineCondition baselineCondition(Random r) {
    String indicator = indicator(r);
    return switch (r.nextInt(4)) {
      case 0 -> BaselineCondition.is(indicator, r.nextBoolean());
      case 1 -> BaselineCondition.atLevels(indicator, subset(r, new String[] {"none", "low",
          "medium", "high", "very-high"}).toArray(String[]::new));
      case 2 -> BaselineCondition.worseThan(indicator, threshold(r));
      default -> BaselineCondition.atOrWorseThan(indicator, threshold(r));
    };
  }

  static Pairing pairing(Random r) {
    PairingEnd end = pick(r, PairingEnd.values());
    Pairing.Builder builder = Pairing.builder().end(end)
        .minimumIntervalDays(r.nextBoolean() ? 0 : r.nextInt(200))
        .raters(r.nextBoolean() ? RaterChoice.EACH_SEPARATELY
            : RaterChoice.only(pick(r, Rater.values())));
    if (end == PairingEnd.LATEST_WITHIN) {
      LocalDate start = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3000));
      builder.periodStart(start).periodEnd(start.plusDays(r.nextInt(800)));
    }
    return builder.build();
  }

  private static String indicator(Random r) {
    return "I" + r.nextInt(4);
  }

  private static ScaleValue threshold(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> ScaleValue.level(pick(r, new String[] {"none", "low", "medium", "high"}));
      case 1 -> ScaleValue.of(r.nextInt(101));
      default -> ScaleValue.of(r.nextInt(10_001) / 100.0 + 0.001);
    };
  }

  private static double amount(Random r) {
    return r.nextBoolean() ? 1 + r.nextInt(20) : (1 + r.nextInt(2000)) / 100.0 + 1e-9;
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> Set<T> subset(Random r, T[] values) {
    Set<T> chosen = new LinkedHashSet<>();
    chosen.add(pick(r, values));
    for (int i = r.nextInt(values.length); i > 0; i--) {
      chosen.add(pick(r, values));
    }
    return chosen;
  }
}
