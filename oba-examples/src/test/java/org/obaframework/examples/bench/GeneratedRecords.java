package org.obaframework.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Pairing;
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
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

/**
 * Deterministic synthetic records for the benchmark, built only through oba-core's public API:
 * children in one programme of 8 child-level indicators (3 ordinal, 3 numeric, 2 binary), spread
 * over 22 local authorities, each with one episode and 3 reviews (a baseline and 2 reviews by a
 * practitioner) rating all 8 indicators.
 */
public final class GeneratedRecords {
  /** The programme's code. */
  public static final String PROGRAMME = "FS-BENCH";
  /** The number of local authorities. */
  public static final int LOCAL_AUTHORITIES = 22;
  /** Reviews per subject: a baseline and two reviews. */
  public static final int REVIEWS_PER_SUBJECT = 3;
  /** The reporting period: financial year 2025-26. */
  public static final ReportingPeriod PERIOD = ReportingPeriod.financialYear(2025);
  /** The as-of date: the period's last day. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  /** Who rated every review, and whose ratings the better-off measures pair. */
  public static final Rater RATER = Rater.PRACTITIONER;
  /** The prefix of a better-off measure's code; the indicator's code follows. */
  public static final String MEASURE_PREFIX = "BO-";

  private static final String[] LEVELS = {"none", "low", "medium", "high"};
  private static final LocalDate FIRST_START = LocalDate.of(2025, 4, 1);

  /** The indicators: code, scale and polarity; every one rated at child level. */
  private static final List<Indicator> INDICATORS = List.of(
      indicator("RISK-CARE", OrdinalScale.of(LEVELS), Polarity.LOWER_IS_BETTER),
      indicator("NEGLECT", OrdinalScale.of(LEVELS), Polarity.LOWER_IS_BETTER),
      indicator("EMOTIONAL", OrdinalScale.of("poor", "fair", "good", "very-good"),
          Polarity.HIGHER_IS_BETTER),
      indicator("SCHOOL-ATT", NumericScale.of("%", 0, 100), Polarity.HIGHER_IS_BETTER),
      indicator("SDQ-TOTAL", NumericScale.wholeNumbers("points", 0, 40),
          Polarity.LOWER_IS_BETTER),
      indicator("WEMWBS", NumericScale.wholeNumbers("points", 14, 70),
          Polarity.HIGHER_IS_BETTER),
      indicator("EXCLUDED", BinaryScale.YES_NO, Polarity.LOWER_IS_BETTER),
      indicator("NEET-RISK", BinaryScale.YES_NO, Polarity.LOWER_IS_BETTER));

  /** The number of indicators, each rated in every review. */
  public static final int INDICATORS_PER_REVIEW = INDICATORS.size();

  /** The framework: one service area, one programme of all 8 indicators. */
  public static final OutcomesFramework FRAMEWORK = OutcomesFramework.builder()
      .code("BENCH")
      .name(Label.of("Benchmark framework"))
      .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")))
      .addAllIndicators(INDICATORS)
      .addProgrammes(Programme.builder().code(PROGRAMME).name(Label.of("Family support"))
          .serviceArea("FS")
          .addAllIndicators(INDICATORS.stream().map(Indicator::code).toList())
          .build())
      .build();

  private GeneratedRecords() {}

  private static Indicator indicator(String code, Scale scale, Polarity polarity) {
    return Indicator.builder().code(code).name(Label.of(code)).definition(Label.of(code))
        .scale(scale).polarity(polarity).ratedAt(RatedAt.CHILD).addServiceAreas("FS").build();
  }

  /**
   * Returns the indicators' codes.
   *
   * @return the codes, in framework order
   */
  public static List<String> indicatorCodes() {
    return INDICATORS.stream().map(Indicator::code).toList();
  }

  /**
   * Returns the evaluation the benchmarks and the DuckDB comparison run: the report card by local
   * authority x indicator. For each of the 8 indicators, the children better off on it ({@link
   * BetterOffRule#anyImprovement()}, the baseline against the latest later review by the
   * practitioner), with its denominator (children with a pair), numerator and percent, totalled
   * and broken down by the episode's local authority. {@link ReportCardSql} asks DuckDB the same
   * question.
   *
   * @return the evaluation
   */
  public static Evaluation evaluation() {
    List<MeasureDefinition> measures = new ArrayList<>();
    for (String code : indicatorCodes()) {
      measures.add(BetterOffDefinition.of(Label.of("Children better off: " + code),
          betterOff(code)));
    }
    return Evaluation.builder()
        .framework(FRAMEWORK)
        .period(PERIOD)
        .asOf(AS_OF)
        .measures(measures)
        .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE))
        .build();
  }

  /**
   * Returns the better-off measure of one indicator: any improvement, per child, the baseline
   * against the latest later review by the practitioner.
   *
   * @param code the indicator's code
   * @return the measure, coded {@code BO-} and the indicator's code
   */
  public static BetterOffMeasure betterOff(String code) {
    return BetterOffMeasure.builder()
        .code(MEASURE_PREFIX + code)
        .programme(PROGRAMME)
        .countingUnit(CountingUnit.CHILD)
        .addIndicators(code)
        .defaultRule(BetterOffRule.anyImprovement())
        .pairing(Pairing.latest().withRaters(RaterChoice.only(RATER)))
        .build();
  }

  /**
   * Generates the records of {@code subjects} children, the same for the same seed.
   *
   * @param subjects the number of children
   * @param seed the random seed
   * @return one group per child
   */
  public static List<SubjectRecords> generate(int subjects, long seed) {
    return stream(subjects, seed).collect(Collectors.toCollection(() -> new ArrayList<>(subjects)));
  }

  /**
   * Generates the same records as {@link #generate(int, long)} lazily, one child at a time, so
   * that writing them to a file never holds them all in memory.
   *
   * @param subjects the number of children
   * @param seed the random seed
   * @return one group per child, sequential and ordered
   */
  public static Stream<SubjectRecords> stream(int subjects, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return IntStream.range(0, subjects).sequential().mapToObj(s -> child(s, random));
  }

  private static SubjectRecords child(int index, SplittableRandom random) {
    String id = String.format("C-%07d", index);
    String localAuthority = String.format("LA-%02d", 1 + random.nextInt(LOCAL_AUTHORITIES));
    Subject subject = Subject.child(id)
        .attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, localAuthority))
        .build();
    LocalDate start = FIRST_START.plusDays(random.nextInt(122));   // April to July 2025
    Episode episode = Episode.builder().id("E-" + id).subject(id).programme(PROGRAMME)
        .localAuthority(localAuthority).start(start).build();
    LocalDate[] dates = {
        start.plusDays(random.nextInt(28)),                      // baseline within 4 weeks
        start.plusDays(90 + random.nextInt(31)),                 // about 3 months
        start.plusDays(180 + random.nextInt(61))};               // about 6-8 months
    // Each child has a latent state per indicator that drifts between reviews.
    double[] state = new double[INDICATORS.size()];
    for (int i = 0; i < state.length; i++) {
      state[i] = random.nextDouble();
    }
    List<Review> reviews = new ArrayList<>(REVIEWS_PER_SUBJECT);
    for (int r = 0; r < REVIEWS_PER_SUBJECT; r++) {
      if (r > 0) {
        for (int i = 0; i < state.length; i++) {
          // Slightly more likely to improve (towards 1 = better) than to worsen.
          state[i] = Math.min(1, Math.max(0, state[i] + (random.nextDouble() - 0.4) * 0.3));
        }
      }
      List<Rating> ratings = new ArrayList<>(INDICATORS.size());
      for (int i = 0; i < INDICATORS.size(); i++) {
        ratings.add(rating(INDICATORS.get(i), state[i]));
      }
      reviews.add(Review.builder().id("R-" + id + "-" + r).episode(episode.id())
          .kind(r == 0 ? ReviewKind.BASELINE : ReviewKind.REVIEW)
          .assessedOn(dates[r]).rater(RATER)
          .addAllRatings(ratings).build());
    }
    return SubjectRecords.of(subject, List.of(episode), reviews);
  }

  /** A rating of a latent state in [0, 1], where 1 is best, on the indicator's scale. */
  private static Rating rating(Indicator indicator, double goodness) {
    boolean higherIsBetter = indicator.polarity() == Polarity.HIGHER_IS_BETTER;
    double position = higherIsBetter ? goodness : 1 - goodness;
    Scale scale = indicator.scale();
    if (scale instanceof OrdinalScale) {
      List<String> codes = ((OrdinalScale) scale).levels().stream()
          .map(OrdinalLevel::code).toList();
      int level = Math.min(codes.size() - 1, (int) (position * codes.size()));
      return Rating.of(indicator.code(), codes.get(level));
    }
    if (scale instanceof NumericScale) {
      NumericScale numeric = (NumericScale) scale;
      return Rating.of(indicator.code(),
          Math.rint(numeric.lower() + position * (numeric.upper() - numeric.lower())));
    }
    return Rating.of(indicator.code(), position >= 0.5);
  }
}
