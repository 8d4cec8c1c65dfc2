package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffEvaluator;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Decision;
import org.obaframework.core.change.EpisodeChoice;
import org.obaframework.core.change.MinimumChange;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.change.Standing;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

/**
 * Issue 13: a young carers' service whose children have concurrent episodes (a re-referral while
 * one is open, two programmes at once, a transfer recorded as overlapping episodes, a re-referral
 * after a closure), over two financial years. Every expected figure is worked out by hand in the
 * comments, and differs between the units of judgement.
 *
 * <p>Well-being (WB, 0-50, higher is better) is judged by reliable change of at least 5 points:
 * better off at +5 or more, deteriorated at -5 or less, no change between.
 *
 * <pre>
 * child  episode  programme  LA    dates                    WB         standing   CARING
 * C-1    E1       YC         LA-1  2024-05-01..2025-02-28   20 -> 30   better
 * C-2    E2a      YC         LA-1  2024-06-01..open         20 -> 22   no change  high -> high
 * C-2    E2b      YC         LA-1  2025-01-15..open         25 -> 33   better     high -> medium
 * C-3    E3a      YC         LA-1  2024-09-01..2025-08-31   30 -> 22   worse
 * C-3    E3b      FS         LA-1  2024-10-01..open         20 -> 30   (other programme)
 * C-4    E4a      YC         LA-1  2024-04-10..2024-11-30   15 -> 25   better     high -> low
 * C-4    E4b      YC         LA-2  2024-11-20..open         25 -> 18   worse      low -> medium
 * C-5    E5       YC         LA-2  2025-05-01..open         10         not paired
 * C-6    E6a      YC         LA-2  2024-04-01..2024-12-31   40 -> 40   no change
 * C-6    E6b      YC         LA-2  2025-04-15..open         20 -> 26   better
 * </pre>
 *
 * <p>Baselines are on day 7 of each episode, except E2b's on day 20; the later review is on day
 * 60. C-1 also has a review rated by herself.
 */
class ConcurrentEpisodesTest {
  private static final ReportingPeriod TWO_YEARS = ReportingPeriod.of(LocalDate.of(2024, 4, 1),
      LocalDate.of(2026, 3, 31));
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private static final Pairing PRACTITIONER =
      Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER));

  static final OutcomesFramework FRAMEWORK = OutcomesFramework.builder()
      .code("YC-TEST")
      .name(Label.of("Young carers"))
      .addServiceAreas(ServiceArea.of("FS", Label.of("Young carers and families")))
      .addIndicators(
          AggregationFixtures.indicator("WB", NumericScale.of("points", 0, 50),
              Polarity.HIGHER_IS_BETTER, RatedAt.CHILD),
          AggregationFixtures.indicator("CARING", OrdinalScale.of("none", "low", "medium",
              "high"), Polarity.LOWER_IS_BETTER, RatedAt.CHILD))
      .addProgrammes(
          Programme.builder().code("YC").name(Label.of("Young carers")).serviceArea("FS")
              .addIndicators("WB", "CARING").build(),
          Programme.builder().code("FS").name(Label.of("Family support")).serviceArea("FS")
              .addIndicators("WB").build())
      .build();

  private static final List<SubjectRecords> CHILDREN = children();

  private static List<SubjectRecords> children() {
    List<SubjectRecords> children = new ArrayList<>();
    children.add(child("C-1",
        episode("E1", "YC", "LA-1", "2024-05-01", "2025-02-28", 20, 30, null, null)));
    children.add(child("C-2",
        episode("E2a", "YC", "LA-1", "2024-06-01", null, 20, 22, "high", "high"),
        episode("E2b", "YC", "LA-1", "2025-01-15", null, 25, 33, "high", "medium")));
    children.add(child("C-3",
        episode("E3a", "YC", "LA-1", "2024-09-01", "2025-08-31", 30, 22, null, null),
        episode("E3b", "FS", "LA-1", "2024-10-01", null, 20, 30, null, null)));
    children.add(child("C-4",
        episode("E4a", "YC", "LA-1", "2024-04-10", "2024-11-30", 15, 25, "high", "low"),
        episode("E4b", "YC", "LA-2", "2024-11-20", null, 25, 18, "low", "medium")));
    children.add(child("C-5",
        episode("E5", "YC", "LA-2", "2025-05-01", null, 10, null, null, null)));
    children.add(child("C-6",
        episode("E6a", "YC", "LA-2", "2024-04-01", "2024-12-31", 40, 40, null, null),
        episode("E6b", "YC", "LA-2", "2025-04-15", null, 20, 26, null, null)));
    // C-1 also gave her own view, in a review of her own.
    SubjectRecords first = children.get(0);
    List<Review> reviews = new ArrayList<>(first.reviews());
    reviews.add(Review.builder().id("R-E1-own").episode("E1").kind(ReviewKind.REVIEW)
        .rater(Rater.CHILD_OR_YOUNG_PERSON).assessedOn(LocalDate.of(2024, 7, 1))
        .addRatings(Rating.of("WB", 28)).build());
    children.set(0, SubjectRecords.of(first.subject(), first.episodes(), reviews));
    return List.copyOf(children);
  }

  /** One episode with its baseline and later review, as the table above gives them. */
  private record Made(Episode episode, List<Review> reviews) {}

  private static Made episode(String id, String programme, String la, String start,
      String end, int from, Integer to, String caringFrom, String caringTo) {
    LocalDate first = LocalDate.parse(start);
    Episode.Builder episode = Episode.builder().id(id).subject("PENDING").programme(programme)
        .localAuthority(la).start(first);
    if (end != null) {
      episode.end(LocalDate.parse(end)).closureReason(ClosureReason.PLANNED);
    }
    List<Review> reviews = new ArrayList<>();
    List<Rating> baseline = new ArrayList<>(List.of(Rating.of("WB", from)));
    if (caringFrom != null) {
      baseline.add(Rating.of("CARING", caringFrom));
    }
    reviews.add(Review.builder().id("R-" + id + "-1").episode(id).kind(ReviewKind.BASELINE)
        .rater(Rater.PRACTITIONER).assessedOn(first.plusDays(id.equals("E2b") ? 20 : 7))
        .addAllRatings(baseline).build());
    if (to != null) {
      List<Rating> later = new ArrayList<>(List.of(Rating.of("WB", to)));
      if (caringTo != null) {
        later.add(Rating.of("CARING", caringTo));
      }
      reviews.add(Review.builder().id("R-" + id + "-2").episode(id).kind(ReviewKind.REVIEW)
          .rater(Rater.PRACTITIONER).assessedOn(first.plusDays(60)).addAllRatings(later)
          .build());
    }
    return new Made(episode.build(), reviews);
  }

  private static SubjectRecords child(String id, Made... made) {
    List<Episode> episodes = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    for (Made each : made) {
      episodes.add(Episode.builder().from(each.episode()).subject(id).build());
      reviews.addAll(each.reviews());
    }
    return SubjectRecords.of(Subject.child(id).build(), episodes, reviews);
  }

  private static BetterOffMeasure wellBeing(CountingUnit unit, EpisodeChoice choice) {
    return BetterOffMeasure.builder().code("WB-" + unit + "-" + choice).programme("YC")
        .countingUnit(unit).episodeChoice(choice).addIndicators("WB")
        .defaultRule(BetterOffRule.reliableChange(MinimumChange.of(5, "a test's 5 points")))
        .pairing(PRACTITIONER).build();
  }

  private static Evaluation.Builder evaluation(MeasureDefinition... measures) {
    return Evaluation.builder().framework(FRAMEWORK).period(TWO_YEARS).asOf(AS_OF)
        .addMeasures(measures);
  }

  private static Proportion proportion(long better, long denominator, long notPaired,
      long deteriorated) {
    return new Proportion(better, denominator, 0, notPaired, 0, deteriorated);
  }

  @Test
  void theRecordsAreValidThoughTheirEpisodesOverlap() {
    List<Episode> episodes = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    List<Subject> subjects = new ArrayList<>();
    for (SubjectRecords child : CHILDREN) {
      subjects.add(child.subject());
      episodes.addAll(child.episodes());
      reviews.addAll(child.reviews());
    }
    assertThat(RecordValidator.of(FRAMEWORK, AS_OF)
        .validate(Records.of(subjects, episodes, reviews))).isEmpty();
  }

  @Test
  void eachUnitOfJudgementGivesItsOwnFiguresAndCountsEachChildOnce() {
    Map<String, Proportion> expected = new LinkedHashMap<>();
    // Each episode: better E1, E2b, E4a, E6b; no change E2a, E6a; worse E3a, E4b; E5 unpaired.
    expected.put("WB-EPISODE-LATEST", proportion(4, 8, 1, 2));
    // Latest: C-1 E1 better, C-2 E2b better, C-3 E3a worse, C-4 E4b worse, C-5 unpaired,
    // C-6 E6b better.
    expected.put("WB-CHILD-LATEST", proportion(3, 5, 1, 2));
    // First: C-1 better, C-2 E2a no change, C-3 worse, C-4 E4a better, C-6 E6a no change.
    expected.put("WB-CHILD-FIRST", proportion(2, 5, 1, 1));
    // Longest in the period: C-2 E2a (669 days against 441), C-4 E4b (497 against 235), C-6
    // E6b (351 against 275): better C-1, C-6; no change C-2; worse C-3, C-4.
    expected.put("WB-CHILD-LONGEST", proportion(2, 5, 1, 2));
    // Any: C-2 (no change, better) better; C-4 (better, worse) better; C-6 better.
    expected.put("WB-CHILD-ANY", proportion(4, 5, 1, 1));
    // All: only C-1 better; C-2, C-4 and C-6 no change (mixed); C-3 worse.
    expected.put("WB-CHILD-ALL", proportion(1, 5, 1, 1));
    List<MeasureDefinition> measures = new ArrayList<>();
    measures.add(BetterOffDefinition.of(Label.of("each episode"),
        wellBeing(CountingUnit.EPISODE, EpisodeChoice.LATEST)));
    for (EpisodeChoice choice : EpisodeChoice.values()) {
      measures.add(BetterOffDefinition.of(Label.of(choice.toString()),
          wellBeing(CountingUnit.CHILD, choice)));
    }
    Results results = evaluation().addAllMeasures(measures).build()
        .evaluate(CHILDREN.stream());

    expected.forEach((code, proportion) -> {
      assertThat(results.total(code)).as(code).contains(proportion);
      assertThat(proportion.numerator() + proportion.noChange() + proportion.deteriorated())
          .isEqualTo(proportion.denominator());
    });
    assertThat(expected.values().stream().distinct()).hasSize(expected.size());
  }

  @Test
  void aDecisionOnEachEpisodeTellsEveryEpisodeAndHowTheyCombine() {
    SubjectRecords c4 = CHILDREN.get(3);
    Decision any = BetterOffEvaluator.of(FRAMEWORK, wellBeing(CountingUnit.CHILD,
        EpisodeChoice.ANY)).decide(c4, TWO_YEARS.start(), AS_OF).get(0);

    assertThat(any.standing()).isEqualTo(Standing.BETTER_OFF);
    assertThat(any.episodes()).containsExactly("E4a", "E4b");
    assertThat(any.trace().parts()).extracting(t -> t.standing())
        .containsExactly(Standing.BETTER_OFF, Standing.DETERIORATED);
    assertThat(any.explanation()).first().asString().isEqualTo(
        "Measure WB-CHILD-ANY for child C-4, judged on each of 2 episodes of programme YC "
            + "(better off if better off in any), as rated by practitioner.");
    assertThat(any.explanation()).contains(
        "Episode E4a of programme YC (2024-04-10 to 2024-11-30):",
        "In episode E4a: better off.",
        "Episode E4b of programme YC (2024-11-20 to open):",
        "In episode E4b: not better off, deteriorated.",
        "Decision: better off.");

    Decision perEpisode = BetterOffEvaluator.of(FRAMEWORK, wellBeing(CountingUnit.EPISODE,
        EpisodeChoice.LATEST)).decide(c4, AS_OF).get(0);
    // Never "episode E4a, episode E4a".
    assertThat(perEpisode.explanation()).first().asString().isEqualTo(
        "Measure WB-EPISODE-LATEST for episode E4a of subject C-4 of programme YC (2024-04-10 "
            + "to 2024-11-30), as rated by practitioner.");
  }

  @Test
  void aChildWithTwoEpisodesIsOneChildInTheTotalAndInEachRowItBelongsTo() {
    Evaluation evaluation = evaluation(
        CountMeasure.of("CHILDREN", Label.of("children"), "YC", CountingUnit.CHILD),
        CountMeasure.of("EPISODES", Label.of("episodes"), "YC", CountingUnit.EPISODE),
        BetterOffDefinition.of(Label.of("any"), wellBeing(CountingUnit.CHILD, EpisodeChoice.ANY)))
        .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE),
            Breakdown.programme())
        .build();

    Results results = evaluation.evaluate(CHILDREN.stream());

    assertThat(results.total("CHILDREN")).contains(Count.of(6));
    assertThat(results.total("EPISODES")).contains(Count.of(9));
    // LA-1: C-1, C-2 (two episodes, once), C-3, C-4 (E4a). LA-2: C-4 (E4b), C-5, C-6 (twice).
    assertThat(results.rows("CHILDREN", "local-authority"))
        .containsExactly(Map.entry("LA-1", Count.of(4)), Map.entry("LA-2", Count.of(3)));
    // C-4 is judged on both of its episodes, and counted in both authorities with its one
    // standing (better off); in LA-1 C-3 is worse, C-1 and C-2 better.
    assertThat(results.rows("WB-CHILD-ANY", "local-authority")).containsExactly(
        Map.entry("LA-1", proportion(3, 4, 0, 1)), Map.entry("LA-2", proportion(2, 2, 1, 0)));
    // C-3's family support episode is of another programme: a count of YC counts YC alone.
    assertThat(results.rows("CHILDREN", "programme")).containsExactly(
        Map.entry("YC", Count.of(6)));
  }

  @Test
  void startCohortsEqualEvaluatingEachCohortsEpisodesAlone() {
    List<MeasureDefinition> measures = List.of(
        CountMeasure.of("CHILDREN", Label.of("children"), "YC", CountingUnit.CHILD),
        BetterOffDefinition.of(Label.of("latest"), wellBeing(CountingUnit.CHILD,
            EpisodeChoice.LATEST)),
        BetterOffDefinition.of(Label.of("any"), wellBeing(CountingUnit.CHILD,
            EpisodeChoice.ANY)),
        TransitionMeasure.of("CARING", Label.of("caring"), "YC", "CARING", PRACTITIONER));
    Evaluation evaluation = evaluation(measures.toArray(MeasureDefinition[]::new))
        .addBreakdowns(Breakdown.cohort(Cohort.STARTED, PeriodKind.FINANCIAL_YEAR)).build();

    Results results = evaluation.evaluate(CHILDREN.stream());

    // 2024-25 starters: E1, E2a, E2b, E3a, E3b, E4a, E4b, E6a. Latest of each child: C-1 E1
    // better, C-2 E2b better, C-3 E3a worse, C-4 E4b worse, C-6 E6a no change.
    String first = "2024-04-01/2025-03-31";
    String second = "2025-04-01/2026-03-31";
    assertThat(results.rows("WB-CHILD-LATEST", "started-financial-year")).containsExactly(
        Map.entry(first, proportion(2, 5, 0, 2)), Map.entry(second, proportion(1, 1, 1, 0)));
    for (String cohort : List.of(first, second)) {
      ReportingPeriod year = ReportingPeriod.parse(cohort);
      Results alone = evaluation(measures.toArray(MeasureDefinition[]::new)).build()
          .evaluate(CHILDREN.stream().map(child -> startedIn(child, year))
              .filter(child -> !child.episodes().isEmpty()));
      for (MeasureDefinition measure : measures) {
        // A cohort without a unit of the measure has no row, and the alone no total.
        assertThat(java.util.Optional.ofNullable(
            results.rows(measure.code(), "started-financial-year").get(cohort)))
            .as(measure.code() + " " + cohort).isEqualTo(alone.total(measure.code()));
      }
    }
  }

  /** A child with only the episodes started in a year, and their reviews. */
  private static SubjectRecords startedIn(SubjectRecords child, ReportingPeriod year) {
    List<Episode> episodes = child.episodes().stream().filter(e -> year.contains(e.start()))
        .toList();
    List<Review> reviews = child.reviews().stream()
        .filter(r -> episodes.stream().anyMatch(e -> e.id().equals(r.episode()))).toList();
    return SubjectRecords.of(child.subject(), episodes, reviews);
  }

  @Test
  void closureAndBaselineCohortsKeyEachEpisodeByItsEvent() {
    Evaluation evaluation = evaluation(
        CountMeasure.of("EPISODES", Label.of("episodes"), "YC", CountingUnit.EPISODE))
        .addBreakdowns(Breakdown.cohort(Cohort.CLOSED, PeriodKind.FINANCIAL_YEAR),
            Breakdown.cohort(Cohort.BASELINE, PeriodKind.CALENDAR_YEAR),
            Breakdown.cohort(Cohort.STARTED, "school-years", List.of(
                ReportingPeriod.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)))))
        .build();

    Results results = evaluation.evaluate(CHILDREN.stream());

    // Closed in 2024-25: E1, E4a, E6a; in 2025-26: E3a; the other five are open.
    assertThat(results.rows("EPISODES", "closed-financial-year")).containsExactly(
        Map.entry("2024-04-01/2025-03-31", Count.of(3)),
        Map.entry("2025-04-01/2026-03-31", Count.of(1)),
        Map.entry("not closed", Count.of(5)));
    // Baselines in 2024: E1, E2a, E3a, E4a, E4b, E6a; in 2025: E2b (day 20 of 2025-01-15),
    // E5, E6b.
    assertThat(results.rows("EPISODES", "baseline-calendar-year")).containsExactly(
        Map.entry("2024-01-01/2024-12-31", Count.of(6)),
        Map.entry("2025-01-01/2025-12-31", Count.of(3)));
    // Started in the school year 2024-25: E3a, E4b, E2b, E6b, E5; E1, E2a, E4a and E6a at
    // other dates.
    assertThat(results.rows("EPISODES", "school-years")).containsExactly(
        Map.entry("2024-09-01/2025-08-31", Count.of(5)), Map.entry("other dates", Count.of(4)));
  }

  @Test
  void processBaselineAndTransitionMeasuresJudgeTheirUnitsByTheEpisodeChoice() {
    ProcessCondition withinAWeek = ProcessCondition.baselineWithin(7);
    BaselineCondition low = BaselineCondition.worseThan("WB", ScaleValue.of(20));
    Evaluation evaluation = evaluation(
        ProcessMeasure.of("P-EPISODE", Label.of("p"), "YC", withinAWeek),
        ProcessMeasure.of("P-LATEST", Label.of("p"), "YC", withinAWeek)
            .withUnit(CountingUnit.CHILD, EpisodeChoice.LATEST),
        ProcessMeasure.of("P-ANY", Label.of("p"), "YC", withinAWeek)
            .withUnit(CountingUnit.CHILD, EpisodeChoice.ANY),
        BaselineProfile.of("B-EPISODE", Label.of("b"), "YC", CountingUnit.EPISODE, low),
        BaselineProfile.of("B-LATEST", Label.of("b"), "YC", CountingUnit.CHILD, low),
        BaselineProfile.of("B-ANY", Label.of("b"), "YC", CountingUnit.CHILD, low)
            .withEpisodeChoice(EpisodeChoice.ANY),
        TransitionMeasure.of("T-EPISODE", Label.of("t"), "YC", "CARING", PRACTITIONER)
            .withUnit(CountingUnit.EPISODE, EpisodeChoice.LATEST),
        TransitionMeasure.of("T-LATEST", Label.of("t"), "YC", "CARING", PRACTITIONER),
        TransitionMeasure.of("T-FIRST", Label.of("t"), "YC", "CARING", PRACTITIONER)
            .withUnit(CountingUnit.CHILD, EpisodeChoice.FIRST))
        .build();

    Results results = evaluation.evaluate(CHILDREN.stream());

    // Every baseline came on day 7 but E2b's (day 20): 8 of 9 episodes; of children, C-2's
    // latest is E2b (5 of 6), and any of its episodes was on time (6 of 6).
    assertThat(results.total("P-EPISODE")).contains(Proportion.of(8, 9));
    assertThat(results.total("P-LATEST")).contains(Proportion.of(5, 6));
    assertThat(results.total("P-ANY")).contains(Proportion.of(6, 6));
    // Well-being below 20 at baseline: E4a (15) and E5 (10); C-4's latest, E4b, began at 25.
    assertThat(results.total("B-EPISODE")).contains(Proportion.of(2, 9));
    assertThat(results.total("B-LATEST")).contains(Proportion.of(1, 6));
    assertThat(results.total("B-ANY")).contains(Proportion.of(2, 6));
    List<String> levels = List.of("none", "low", "medium", "high");
    // Caring was rated in C-2's and C-4's episodes: each episode, or one per child.
    assertThat(results.total("T-EPISODE")).contains(Transitions.empty(levels)
        .plus("high", "high").plus("high", "medium").plus("high", "low").plus("low", "medium"));
    assertThat(results.total("T-LATEST")).contains(Transitions.empty(levels)
        .plus("high", "medium").plus("low", "medium"));
    assertThat(results.total("T-FIRST")).contains(Transitions.empty(levels)
        .plus("high", "high").plus("high", "low"));
  }

  @Test
  void countsOfReviewsAndChildrenByRaterAndKind() {
    CountMeasure reviews = CountMeasure.of("REVIEWS", Label.of("reviews"), "YC",
        CountingUnit.REVIEW);
    CountMeasure children = CountMeasure.of("OWN-VIEW", Label.of("children"), "YC",
        CountingUnit.CHILD).withRaters(Set.of(Rater.CHILD_OR_YOUNG_PERSON));
    Evaluation evaluation = evaluation(reviews,
        CountMeasure.of("PRACTITIONER", Label.of("p"), "YC", CountingUnit.REVIEW)
            .withRaters(Set.of(Rater.PRACTITIONER)),
        CountMeasure.of("PRACTITIONER-BASELINES", Label.of("p"), "YC", CountingUnit.REVIEW)
            .withRaters(Set.of(Rater.PRACTITIONER))
            .withReviewKinds(Set.of(ReviewKind.BASELINE)),
        children).build();

    Results results = evaluation.evaluate(CHILDREN.stream());

    // Nine baselines and eight later reviews by practitioners in YC, and C-1's own.
    assertThat(results.total("REVIEWS")).contains(Count.of(18));
    assertThat(results.total("PRACTITIONER")).contains(Count.of(17));
    assertThat(results.total("PRACTITIONER-BASELINES")).contains(Count.of(9));
    assertThat(results.total("OWN-VIEW")).contains(Count.of(1));
  }

  @Test
  void aUnitOfJudgementThatCannotBeIsRefused() {
    assertThatThrownBy(() -> BetterOffMeasure.builder().from(wellBeing(CountingUnit.EPISODE,
        EpisodeChoice.LATEST)).episodeChoice(EpisodeChoice.ANY).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("episodeChoice").hasMessageContaining("EPISODE units");
    assertThatThrownBy(() -> TransitionMeasure.of("T", Label.of("t"), "YC", "CARING",
        PRACTITIONER).withUnit(CountingUnit.CHILD, EpisodeChoice.ANY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a unit has one transition");
    assertThatThrownBy(() -> ProcessMeasure.of("P", Label.of("p"), "YC",
        ProcessCondition.reviewsWithin(91)).withUnit(CountingUnit.CHILD, EpisodeChoice.ANY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("REVIEW, as the condition judges reviews");
    assertThat(TransitionMeasure.of("T", Label.of("t"), "YC", "CARING", PRACTITIONER)
        .withUnit(CountingUnit.FAMILY, EpisodeChoice.LATEST).problems(FRAMEWORK))
        .extracting(p -> p.message()).singleElement().asString()
        .contains("a family-level indicator to count FAMILY units");
    assertThatThrownBy(() -> evaluation().addBreakdowns(Breakdown.cross(Breakdown.programme(),
        Breakdown.cohort(Cohort.STARTED, PeriodKind.MONTH))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a period or cohort breakdown on its own");
  }

  @Test
  void theEvaluationIsTheSameInAnyOrderAndInParallel() {
    Evaluation evaluation = evaluation(
        BetterOffDefinition.of(Label.of("any"), wellBeing(CountingUnit.CHILD, EpisodeChoice.ANY)),
        BetterOffDefinition.of(Label.of("all"), wellBeing(CountingUnit.CHILD, EpisodeChoice.ALL)))
        .addBreakdowns(Breakdown.cohort(Cohort.STARTED, PeriodKind.FINANCIAL_QUARTER),
            Breakdown.localAuthority(LocalAuthorityRule.EPISODE))
        .build();
    List<SubjectRecords> reversed = new ArrayList<>(CHILDREN);
    java.util.Collections.reverse(reversed);

    assertThat(evaluation.evaluate(Stream.concat(reversed.stream(), Stream.of()).parallel()))
        .isEqualTo(evaluation.evaluate(CHILDREN.stream()));
  }
}
