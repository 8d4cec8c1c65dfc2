package org.obaframework.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.core.change.BetterOffEvaluatorTest.AS_OF;
import static org.obaframework.core.change.BetterOffEvaluatorTest.FRAMEWORK;
import static org.obaframework.core.change.BetterOffEvaluatorTest.LATER;
import static org.obaframework.core.change.BetterOffEvaluatorTest.START;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.quicktheories.core.Gen;

/** Properties of better-off decisions over generated families and measures. */
class BetterOffEvaluatorProperties {
  private static final long SEED = 20261127L;
  private static final List<Rater> RATERS = List.of(Rater.PRACTITIONER, Rater.JOINT);

  /** A generated family, its reviews and a measure, made from a list of small numbers. */
  record Case(SubjectRecords records, BetterOffMeasure measure, long shuffle) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(measure.toString()).append(' ')
          .append(measure.familyRule()).append(' ').append(measure.eligibility());
      for (Review review : records.reviews()) {
        text.append("\n  ").append(review.id()).append(' ').append(review.rater()).append(' ')
            .append(review.assessedOn());
        for (Rating rating : review.ratings()) {
          text.append(' ').append(rating.indicator()).append(rating.member().map(m -> "@" + m)
              .orElse("")).append('=').append(rating.value().map(Object::toString)
              .orElse(rating.status().toString()));
        }
      }
      return text.toString();
    }
  }

  static Gen<Case> cases() {
    return lists().of(integers().between(0, 1000)).ofSize(24)
        .zip(integers().between(0, 1_000_000), BetterOffEvaluatorProperties::build);
  }

  private static Case build(List<Integer> n, int shuffle) {
    int children = 1 + n.get(0) % 3;
    Subject.Builder family = Subject.family("F-1");
    for (int c = 1; c <= children; c++) {
      family.addMembers(Member.of("F-1-C" + c, MemberRole.CHILD));
    }
    Episode episode = Episode.builder().id("E-1").subject("F-1").programme("IFS")
        .localAuthority("LA-1").start(START).build();
    List<Review> reviews = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      Rater rater = RATERS.get(n.get(1 + r) % 2);
      boolean baseline = r < 2;
      List<Rating> ratings = new ArrayList<>();
      for (int c = 1; c <= children; c++) {
        int pick = n.get(5 + r * 3 + c - 1);
        if (pick % 7 == 0) {
          continue;   // not mentioned: not a candidate
        }
        ratings.add(pick % 11 == 0 ? Rating.notApplicable("ATT").about("F-1-C" + c)
            : Rating.of("ATT", pick % 101).about("F-1-C" + c));
        ratings.add(Rating.of("EXCL", pick % 2 == 0).about("F-1-C" + c));
      }
      ratings.add(Rating.of("TENANCY", List.of("none", "low", "medium", "high").get(n.get(17 + r)
          % 4)));
      reviews.add(Review.builder().id("R-" + r).episode("E-1")
          .kind(baseline ? ReviewKind.BASELINE : ReviewKind.REVIEW)
          .assessedOn(baseline ? START.plusDays(r) : LATER.plusDays(r)).rater(rater)
          .addAllRatings(ratings).build());
    }
    BetterOffMeasure.Builder measure = BetterOffMeasure.builder().code("M").programme("IFS")
        .countingUnit(n.get(21) % 3 == 0 ? CountingUnit.CHILD
            : n.get(21) % 3 == 1 ? CountingUnit.FAMILY : CountingUnit.EPISODE)
        .addIndicators("ATT", "EXCL", "TENANCY")
        .putRules("ATT", BetterOffRule.improvedByAtLeast(1 + n.get(22) % 30))
        .composite(List.of(Composite.any(), Composite.all(), Composite.corc(),
            Composite.atLeast(2)).get(n.get(23) % 4))
        .familyRule(FamilyRule.values()[n.get(22) % 2])
        .pairing(n.get(20) % 2 == 0 ? Pairing.latest()
            : Pairing.latest().withRaters(RaterChoice.EACH_SEPARATELY));
    if (n.get(20) % 3 == 0) {
      measure.addEligibility(BaselineCondition.worseThan("ATT", ScaleValue.of(n.get(19) % 100)));
    }
    return new Case(SubjectRecords.of(family.build(), List.of(episode), reviews), measure.build(),
        shuffle);
  }

  @Test
  void numeratorWithinDenominatorWithinEligibleForEveryDecision() {
    qt().withFixedSeed(SEED).withExamples(400).forAll(cases()).checkAssert(c -> {
      List<Decision> decisions = BetterOffEvaluator.of(FRAMEWORK, c.measure())
          .decide(c.records(), AS_OF);
      assertThat(decisions).as("a family with an episode is in the population").isNotEmpty();
      for (Decision decision : decisions) {
        Standing standing = decision.standing();
        if (standing.isInNumerator()) {
          assertThat(standing.isInDenominator()).isTrue();
        }
        if (standing.isInDenominator()) {
          assertThat(standing.isEligible()).isTrue();
          assertThat(decision.changes()).as("a judged unit judged some change").isNotEmpty();
        }
        if (standing.isInNumerator()) {
          assertThat(decision.changes()).anySatisfy(change ->
              assertThat(c.measure().ruleFor(change.indicator().code()).decide(change)).isTrue());
        }
        assertThat(decision.explanation()).last().asString().startsWith("Decision: ");
      }
    });
  }

  @Test
  void decisionsDoNotDependOnTheOrderOfReviews() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(cases()).checkAssert(c -> {
      List<Review> shuffled = new ArrayList<>(c.records().reviews());
      Collections.shuffle(shuffled, new Random(c.shuffle()));
      SubjectRecords reordered = SubjectRecords.of(c.records().subject(),
          c.records().episodes(), shuffled);
      BetterOffEvaluator evaluator = BetterOffEvaluator.of(FRAMEWORK, c.measure());
      assertThat(standings(evaluator.decide(reordered, AS_OF)))
          .containsExactlyInAnyOrderElementsOf(standings(evaluator.decide(c.records(), AS_OF)));
    });
  }

  @Test
  void aFamilyWithIdenticalReviewsIsNeverBetterOff() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(cases()).checkAssert(c -> {
      List<Review> same = new ArrayList<>();
      for (Review review : c.records().reviews()) {
        Review first = c.records().reviews().get(0);
        same.add(Review.builder().from(review).rater(first.rater())
            .ratings(first.ratings()).build());
      }
      SubjectRecords records = SubjectRecords.of(c.records().subject(), c.records().episodes(),
          same);
      assertThat(BetterOffEvaluator.of(FRAMEWORK, c.measure()).decide(records, AS_OF))
          .noneMatch(d -> d.standing().isInNumerator());
    });
  }

  @Test
  void aDecisionIsAValueWhoseTraceHoldsEachVerdictOfItsRules() {
    qt().withFixedSeed(SEED).withExamples(400).forAll(cases()).checkAssert(c -> {
      BetterOffEvaluator evaluator = BetterOffEvaluator.of(FRAMEWORK, c.measure());
      List<Decision> decisions = evaluator.decide(c.records(), AS_OF);
      List<Decision> again = evaluator.decide(c.records(), AS_OF);
      assertThat(again).hasSameSizeAs(decisions);
      for (int i = 0; i < decisions.size(); i++) {
        Decision decision = decisions.get(i);
        assertThat(again.get(i)).isEqualTo(decision).hasSameHashCodeAs(decision);
        assertThat(again.get(i).explain()).isEqualTo(decision.explain());
        assertThat(decision.explanation()).isNotEmpty();
        List<Change> judged = new ArrayList<>();
        for (Trace.Person person : decision.trace().persons()) {
          for (Trace.Judgement judgement : person.indicators()) {
            assertThat(judgement.rule()).isEqualTo(c.measure().ruleFor(
                judgement.indicator().code()));
            // The verdict is the rule's verdict on the change, as the public API gives it.
            assertThat(judgement.verdict()).isEqualTo(judgement.change()
                .map(change -> judgement.rule().verdict(change))
                .orElse(BetterOffRule.Verdict.NOT_PAIRED));
            judgement.change().ifPresent(judged::add);
          }
        }
        assertThat(decision.changes()).isEqualTo(judged);
        assertThat(decision.explanation()).last().asString()
            .isEqualTo("Decision: " + switch (decision.standing()) {
              case NO_CHANGE -> "not better off";
              case DETERIORATED -> "not better off, deteriorated";
              default -> decision.standing().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            } + ".");
      }
    });
  }

  private static List<String> standings(List<Decision> decisions) {
    List<String> standings = new ArrayList<>();
    for (Decision decision : decisions) {
      standings.add(decision.unitId() + " " + decision.rater() + " " + decision.standing());
    }
    return standings;
  }
}
