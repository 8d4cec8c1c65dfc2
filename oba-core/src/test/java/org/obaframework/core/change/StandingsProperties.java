package org.obaframework.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.core.change.BetterOffEvaluatorTest.AS_OF;
import static org.obaframework.core.change.BetterOffEvaluatorTest.FRAMEWORK;
import static org.obaframework.core.change.BetterOffEvaluatorTest.LATER;
import static org.obaframework.core.change.BetterOffEvaluatorTest.START;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ObaException;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.quicktheories.core.Gen;

/**
 * {@link BetterOffEvaluator#standings}, what a report card asks, reports the standings of the
 * decisions {@link BetterOffEvaluator#decide} traces, on generated children and families and
 * generated measures (rules, eligibility, composites, family rules, exclusions, pairings and rater
 * choices), including the errors of values off the scale.
 */
class StandingsProperties {
  private static final long SEED = 20261127L;
  private static final List<Rater> RATERS = List.of(Rater.PRACTITIONER, Rater.JOINT);
  private static final List<ReviewKind> KINDS = List.of(ReviewKind.BASELINE, ReviewKind.REVIEW,
      ReviewKind.REVIEW, ReviewKind.CLOSURE, ReviewKind.FOLLOW_UP);
  private static final AtomicInteger STANDING = new AtomicInteger();
  private static final AtomicInteger CHECKED = new AtomicInteger();

  /** A child's records and a measure, made from a list of small numbers. */
  record Case(SubjectRecords records, Optional<BetterOffMeasure> measure) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(measure.map(m -> m + " " + m.eligibility() + " "
          + m.rules() + " " + m.excludedClosureReasons()).orElse("no measure")).append(' ')
          .append(records.episodes());
      for (Review review : records.reviews()) {
        text.append("\n  ").append(review.id()).append(' ').append(review.kind()).append(' ')
            .append(review.rater()).append(' ').append(review.assessedOn());
        for (Rating rating : review.ratings()) {
          text.append(' ').append(rating.indicator()).append('=').append(rating.value()
              .map(Object::toString).orElse(rating.status().toString()));
        }
      }
      return text.toString();
    }
  }

  private static Gen<Case> cases() {
    return lists().of(integers().between(0, 1000)).ofSize(40).map(StandingsProperties::build);
  }

  private static Case build(List<Integer> n) {
    boolean camhs = n.get(0) % 3 == 0;
    String programme = camhs ? "CAMHS" : "IFS";
    List<Episode> episodes = new ArrayList<>();
    int count = n.get(1) % 4 == 0 ? 2 : 1;
    for (int e = 0; e < count; e++) {
      Episode.Builder episode = Episode.builder().id("E-" + e).subject("C-1")
          .programme(e == 1 && n.get(2) % 2 == 0 ? (camhs ? "IFS" : "CAMHS") : programme)
          .localAuthority("LA-1").start(START.plusDays(30L * e));
      int end = n.get(3 + e) % 4;
      if (end > 0) {
        episode.end(end == 1 ? LATER.plusDays(20) : AS_OF.plusDays(10))
            .closureReason(ClosureReason.values()[n.get(5 + e) % ClosureReason.values().length]);
      }
      episodes.add(episode.build());
    }
    List<Review> reviews = new ArrayList<>();
    int reviewCount = n.get(7) % 5;
    for (int r = 0; r < reviewCount; r++) {
      int pick = n.get(8 + r * 4);
      List<Rating> ratings = new ArrayList<>();
      for (String code : camhs ? List.of("MOOD", "GOALS") : List.of("ATT", "EXCL", "TENANCY")) {
        int value = n.get(9 + r * 4 + ratings.size() % 3);
        if (value % 9 == 0) {
          continue;   // not rated
        }
        ratings.add(value % 13 == 0 ? Rating.notApplicable(code)
            : value % 17 == 0 ? Rating.notAssessed(code)
            : value % 97 == 0 && code.equals("ATT") ? Rating.of(code, 150)   // off the scale
            : switch (code) {
              case "ATT" -> Rating.of(code, value % 101);
              case "EXCL" -> Rating.of(code, value % 2 == 0);
              case "TENANCY" -> Rating.of(code, List.of("none", "low", "medium", "high")
                  .get(value % 4));
              case "MOOD" -> Rating.of(code, value % 28);
              default -> Rating.of(code, value % 11);
            });
      }
      LocalDate day = r == 0 ? START.plusDays(pick % 20) : LATER.plusDays(pick % 200 - 40L);
      reviews.add(Review.builder().id("R-" + r)
          .episode(count == 2 && pick % 5 == 0 ? "E-1" : "E-0")
          .kind(KINDS.get(pick % KINDS.size())).assessedOn(day)
          .rater(RATERS.get(pick % 3 == 0 ? 1 : 0)).addAllRatings(ratings).build());
    }
    BetterOffMeasure.Builder measure = BetterOffMeasure.builder().code("M").programme(programme)
        .countingUnit(List.of(CountingUnit.CHILD, CountingUnit.EPISODE, CountingUnit.FAMILY,
            CountingUnit.ADULT).get(n.get(24) % 4))
        .composite(List.of(Composite.any(), Composite.all(), Composite.corc(),
            Composite.atLeast(2)).get(n.get(25) % 4))
        .familyRule(FamilyRule.values()[n.get(26) % FamilyRule.values().length]);
    List<String> codes = camhs ? List.of("MOOD", "GOALS") : List.of("ATT", "EXCL", "TENANCY");
    int mask = 1 + n.get(27) % ((1 << codes.size()) - 1);
    for (int i = 0; i < codes.size(); i++) {
      if ((mask & 1 << i) != 0) {
        measure.addIndicators(codes.get(i));
        int rule = n.get(28 + i) % 3;
        if (rule == 1) {
          measure.putRules(codes.get(i), switch (codes.get(i)) {
            case "ATT" -> BetterOffRule.improvedByAtLeast(1 + n.get(31) % 30);
            case "MOOD" -> BetterOffRule.reliableChange(MinimumChanges.PHQ_9);
            case "GOALS" -> BetterOffRule.improvedByAtLeast(1 + n.get(31) % 4);
            default -> BetterOffRule.anyImprovement();
          });
        } else if (rule == 2 && codes.get(i).equals("ATT")) {
          measure.putRules("ATT", BetterOffRule.reaches(ScaleValue.of(n.get(32) % 100),
              BetterOffRule.Maintained.values()[n.get(32) % 2]));
        } else if (rule == 2 && codes.get(i).equals("GOALS")) {
          measure.putRules("GOALS", BetterOffRule.reliableChange(
              MinimumChanges.GOAL_BASED_OUTCOMES));
        }
      }
    }
    switch (n.get(33) % 5) {
      case 1 -> measure.addEligibility(camhs
          ? BaselineCondition.atOrWorseThan("MOOD", ScaleValue.of(n.get(34) % 28))
          : BaselineCondition.worseThan("ATT", ScaleValue.of(n.get(34) % 100)));
      case 2 -> measure.addEligibility(camhs
          ? BaselineCondition.atOrWorseThan("GOALS", ScaleValue.of(n.get(34) % 11))
          : BaselineCondition.is("EXCL", true));
      case 3 -> {
        if (!camhs) {
          measure.addEligibility(BaselineCondition.atLevels("TENANCY", "high", "medium"));
        }
      }
      default -> { }
    }
    if (n.get(35) % 3 == 0) {
      measure.addExcludedClosureReasons(ClosureReason.values()[n.get(36)
          % ClosureReason.values().length]);
    }
    Pairing pairing = List.of(Pairing.latest(), Pairing.previous(), Pairing.closure(),
        Pairing.latest().withMinimumIntervalDays(90)).get(n.get(37) % 4);
    int raters = n.get(38) % 4;
    measure.pairing(pairing.withRaters(raters == 3 ? RaterChoice.EACH_SEPARATELY
        : RaterChoice.only(RATERS.get(raters % 2))));
    int unit = n.get(39);
    if (n.get(24) % 4 != 1) {   // an episode unit takes no episode choice
      measure.episodeChoice(EpisodeChoice.values()[unit % EpisodeChoice.values().length]);
    }
    measure.deterioration(List.of(Deterioration.mirror(), Deterioration.anyDeterioration(),
        Deterioration.byAtLeast(2)).get(unit / 5 % 3));
    if (unit / 15 % 2 == 1) {
      measure.composite(List.of(Composite.any(), Composite.all(), Composite.corc(),
          Composite.atLeast(2)).get(n.get(25) % 4).requiring(Composite.Paired.EVERY));
    }
    Subject subject = Subject.child("C-1").build();
    Optional<BetterOffMeasure> built;
    try {
      built = Optional.of(measure.build());
    } catch (ObaException e) {
      built = Optional.empty();   // a combination the measure refuses: nothing to compare
    }
    return new Case(SubjectRecords.of(subject, episodes, reviews), built);
  }

  private static List<String> standings(BetterOffEvaluator evaluator, SubjectRecords records) {
    List<String> out = new ArrayList<>();
    try {
      evaluator.standings(records, AS_OF, (unit, episodes, standing) ->
          out.add(unit + " " + episodes.stream().map(e -> e.id()).toList() + " " + standing));
    } catch (ObaException e) {
      out.add("threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return out;
  }

  /** What decide reports: each decision's unit, episode and its trace's standing. */
  private static List<String> decided(BetterOffEvaluator evaluator, SubjectRecords records) {
    List<String> out = new ArrayList<>();
    try {
      for (Decision decision : evaluator.decide(records, AS_OF)) {
        out.add(decision.unitId() + " " + decision.episodes() + " "
            + decision.trace().standing());
      }
    } catch (ObaException e) {
      out.add("threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return out;
  }

  @Test
  void standingsAreTheStandingsOfTheTracedDecisionsOfChildren() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(cases()).checkAssert(c -> {
      BetterOffEvaluator evaluator;
      try {
        evaluator = BetterOffEvaluator.of(FRAMEWORK, c.measure().orElseThrow());
      } catch (ObaException | NoSuchElementException e) {
        return;   // a measure that does not fit the framework has no standings to compare
      }
      List<String> standings = standings(evaluator, c.records());
      assertThat(standings).isEqualTo(decided(evaluator, c.records()));
      CHECKED.incrementAndGet();
      if (!standings.isEmpty() && !standings.get(0).startsWith("threw")) {
        STANDING.incrementAndGet();
      }
    });
  }

  @Test
  void standingsAreTheStandingsOfTheTracedDecisionsOfFamilies() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(BetterOffEvaluatorProperties.cases())
        .checkAssert(c -> {
          BetterOffEvaluator evaluator = BetterOffEvaluator.of(FRAMEWORK, c.measure());
          assertThat(standings(evaluator, c.records()))
              .isEqualTo(decided(evaluator, c.records())).isNotEmpty();
        });
  }

  @AfterAll
  static void enoughCasesWereCompared() {
    // Guards the generator: most measures fit, and many children get a standing.
    assertThat(CHECKED.get()).isGreaterThan(1500);
    assertThat(STANDING.get()).isGreaterThan(500);
  }
}
