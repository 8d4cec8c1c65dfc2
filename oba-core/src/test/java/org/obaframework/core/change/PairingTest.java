package org.obaframework.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.core.change.Fixtures.AS_OF;
import static org.obaframework.core.change.Fixtures.FRAMEWORK;
import static org.obaframework.core.change.Fixtures.day;
import static org.obaframework.core.change.Fixtures.episode;
import static org.obaframework.core.change.Fixtures.review;
import static org.obaframework.core.change.Fixtures.self;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

class PairingTest {
  private static final Subject CHILD = Subject.child("C-1").build();
  private static final Episode OPEN = episode("E-1", "C-1", "CHILD-P").build();
  private static final Episode CLOSED = episode("E-1", "C-1", "CHILD-P")
      .end(day(200)).closureReason(ClosureReason.PLANNED).build();

  private static ReviewPair pair(Pairing pairing, Episode episode, Review... reviews) {
    return pairing.pair(episode, List.of(reviews), "RISK", self(), Rater.PRACTITIONER, AS_OF);
  }

  private static Review risk(String id, ReviewKind kind, int day, String level) {
    return review(id, "E-1", kind, day(day), Rater.PRACTITIONER, Rating.of("RISK", level));
  }

  private static Review risk(String id, ReviewKind kind, int day, Rating rating) {
    return review(id, "E-1", kind, day(day), Rater.PRACTITIONER, rating);
  }

  private static List<Change> changes(Pairing pairing, Episode episode, Review... reviews) {
    return ChangeCalculator.of(FRAMEWORK, pairing)
        .changes(SubjectRecords.of(CHILD, List.of(episode), List.of(reviews)), AS_OF);
  }

  private static Change riskChange(List<Change> changes) {
    return changes.stream().filter(c -> c.indicator().code().equals("RISK")).findFirst()
        .orElseThrow();
  }

  @Test
  void pairsTheBaselineWithTheLatestLaterReview() {
    ReviewPair pair = pair(Pairing.latest(), OPEN,
        risk("R-3", ReviewKind.REVIEW, 180, "low"),
        risk("R-1", ReviewKind.BASELINE, 7, "high"),
        risk("R-2", ReviewKind.REVIEW, 90, "medium"));
    assertThat(pair.isPaired()).isTrue();
    assertThat(pair.start().map(Review::id)).hasValue("R-1");
    assertThat(pair.end().map(Review::id)).hasValue("R-3");
    assertThat(pair.startValue()).hasValue(ScaleValue.level("high"));
    assertThat(pair.endValue()).hasValue(ScaleValue.level("low"));
    assertThat(pair.toString()).isEqualTo("ReviewPair[R-1 -> R-3]");
  }

  @Test
  void theBaselineIsTheEarliestReviewPreferringKindBaselineOnTheSameDay() {
    ReviewPair pair = pair(Pairing.latest(), OPEN,
        risk("R-0", ReviewKind.REVIEW, 7, "medium"),
        risk("R-1", ReviewKind.BASELINE, 7, "high"),
        risk("R-2", ReviewKind.REVIEW, 90, "low"));
    assertThat(pair.start().map(Review::id)).hasValue("R-1");
    assertThat(pair.end().map(Review::id)).hasValue("R-2");
    ReviewPair earlier = pair(Pairing.latest(), OPEN,
        risk("R-0", ReviewKind.REVIEW, 3, "medium"),
        risk("R-1", ReviewKind.BASELINE, 7, "high"),
        risk("R-2", ReviewKind.REVIEW, 90, "low"));
    assertThat(earlier.start().map(Review::id)).hasValue("R-0");
  }

  @Test
  void ignoresReviewsBeforeTheStartAfterTheAsOfDateOrWithoutTheIndicator() {
    Review before = review("R-0", "E-1", ReviewKind.REVIEW, day(-3), Rater.PRACTITIONER,
        Rating.of("RISK", "none"));
    Review silent = review("R-4", "E-1", ReviewKind.REVIEW, day(200), Rater.PRACTITIONER,
        Rating.of("GBO", 3));
    Review future = risk("R-5", ReviewKind.REVIEW, 400, "none");
    ReviewPair pair = pair(Pairing.latest(), OPEN, before,
        risk("R-1", ReviewKind.BASELINE, 7, "high"), risk("R-2", ReviewKind.REVIEW, 90, "low"),
        silent, future);
    assertThat(pair.start().map(Review::id)).hasValue("R-1");
    assertThat(pair.end().map(Review::id)).hasValue("R-2");
  }

  @Test
  void noBaselineWhenNothingRatesTheIndicator() {
    Change change = riskChange(changes(Pairing.latest(), OPEN));
    assertThat(change.outcome()).isEqualTo(ChangeOutcome.NOT_PAIRED);
    assertThat(change.reason()).hasValue(UnpairedReason.NO_BASELINE);
    assertThat(change.rater()).isEmpty();
    assertThat(change.difference()).isEmpty();
  }

  @Test
  void noLaterReviewIsReportedWithTheBaselineKept() {
    Change change = riskChange(changes(Pairing.latest(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high")));
    assertThat(change.outcome()).isEqualTo(ChangeOutcome.NOT_PAIRED);
    assertThat(change.reason()).hasValue(UnpairedReason.NO_LATER_REVIEW);
    assertThat(change.startReview()).hasValue("R-1");
    assertThat(change.startDate()).hasValue(day(7));
    assertThat(change.startValue()).hasValue(ScaleValue.level("high"));
    assertThat(change.endReview()).isEmpty();
  }

  @Test
  void aLaterReviewOnTheBaselineDayIsNotLater() {
    ReviewPair pair = pair(Pairing.latest(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"), risk("R-2", ReviewKind.REVIEW, 7, "low"));
    assertThat(pair.reason()).hasValue(UnpairedReason.NO_LATER_REVIEW);
  }

  @Test
  void laterNotApplicableMakesTheChangeNotApplicable() {
    Change change = riskChange(changes(Pairing.latest(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"),
        risk("R-2", ReviewKind.REVIEW, 90, Rating.notApplicable("RISK"))));
    assertThat(change.outcome()).isEqualTo(ChangeOutcome.NOT_APPLICABLE);
    assertThat(change.reason()).hasValue(UnpairedReason.LATER_NOT_APPLICABLE);
    assertThat(change.endReview()).hasValue("R-2");
    assertThat(change.endValue()).isEmpty();
  }

  @Test
  void theLatestReviewIsNotReplacedWhenNotAssessed() {
    Change change = riskChange(changes(Pairing.latest(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"),
        risk("R-2", ReviewKind.REVIEW, 90, "low"),
        risk("R-3", ReviewKind.REVIEW, 180, Rating.notAssessed("RISK"))));
    assertThat(change.outcome()).isEqualTo(ChangeOutcome.NOT_PAIRED);
    assertThat(change.reason()).hasValue(UnpairedReason.LATER_NOT_ASSESSED);
    assertThat(change.endReview()).hasValue("R-3");
  }

  @Test
  void aBaselineNotAssessedOrNotApplicableIsReported() {
    Change notAssessed = riskChange(changes(Pairing.latest(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, Rating.notAssessed("RISK")),
        risk("R-2", ReviewKind.REVIEW, 90, "low")));
    assertThat(notAssessed.reason()).hasValue(UnpairedReason.BASELINE_NOT_ASSESSED);
    assertThat(notAssessed.outcome()).isEqualTo(ChangeOutcome.NOT_PAIRED);
    Change notApplicable = riskChange(changes(Pairing.latest(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, Rating.notApplicable("RISK")),
        risk("R-2", ReviewKind.REVIEW, 90, "low")));
    assertThat(notApplicable.reason()).hasValue(UnpairedReason.BASELINE_NOT_APPLICABLE);
    assertThat(notApplicable.outcome()).isEqualTo(ChangeOutcome.NOT_APPLICABLE);
  }

  @Test
  void closureOfAnOpenEpisodeIsNotPaired() {
    Change change = riskChange(changes(Pairing.closure(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"),
        risk("R-2", ReviewKind.REVIEW, 90, "low")));
    assertThat(change.reason()).hasValue(UnpairedReason.EPISODE_OPEN);
    assertThat(change.outcome()).isEqualTo(ChangeOutcome.NOT_PAIRED);
  }

  @Test
  void anEpisodeEndingAfterTheAsOfDateCountsAsOpen() {
    Episode endsLater = episode("E-1", "C-1", "CHILD-P").end(AS_OF.plusDays(1)).build();
    ReviewPair pair = pair(Pairing.closure(), endsLater,
        risk("R-1", ReviewKind.BASELINE, 7, "high"));
    assertThat(pair.reason()).hasValue(UnpairedReason.EPISODE_OPEN);
  }

  @Test
  void closurePairsTheBaselineWithTheClosureReview() {
    Review baseline = risk("R-1", ReviewKind.BASELINE, 7, "high");
    Review closure = risk("R-3", ReviewKind.CLOSURE, 200, "low");
    Review followUp = risk("R-4", ReviewKind.FOLLOW_UP, 300, "none");
    ReviewPair pair = pair(Pairing.closure(), CLOSED, baseline,
        risk("R-2", ReviewKind.REVIEW, 90, "medium"), closure, followUp);
    assertThat(pair.end().map(Review::id)).hasValue("R-3");
    assertThat(pair(Pairing.latest(), CLOSED, baseline, closure, followUp).end()
        .map(Review::id)).hasValue("R-3");
    assertThat(pair(Pairing.closure(), CLOSED, baseline,
        risk("R-2", ReviewKind.REVIEW, 90, "medium")).reason())
        .hasValue(UnpairedReason.NO_CLOSURE_REVIEW);
  }

  @Test
  void aMinimumIntervalLeavesReviewsTooCloseTogetherUnpaired() {
    Pairing pairing = Pairing.latest().withMinimumIntervalDays(90);
    Review baseline = risk("R-1", ReviewKind.BASELINE, 7, "high");
    Change tooSoon = riskChange(changes(pairing, OPEN, baseline,
        risk("R-2", ReviewKind.REVIEW, 96, "low")));
    assertThat(tooSoon.reason()).hasValue(UnpairedReason.INTERVAL_TOO_SHORT);
    assertThat(tooSoon.outcome()).isEqualTo(ChangeOutcome.NOT_PAIRED);
    assertThat(tooSoon.endValue()).hasValue(ScaleValue.level("low"));
    Change justEnough = riskChange(changes(pairing, OPEN, baseline,
        risk("R-2", ReviewKind.REVIEW, 97, "low")));
    assertThat(justEnough.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
  }

  @Test
  void previousComparesTheLatestWithTheReviewBeforeIt() {
    List<Change> changes = changes(Pairing.previous(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"),
        risk("R-2", ReviewKind.REVIEW, 90, "low"),
        risk("R-3", ReviewKind.REVIEW, 180, "medium"));
    Change change = riskChange(changes);
    assertThat(change.startReview()).hasValue("R-2");
    assertThat(change.endReview()).hasValue("R-3");
    assertThat(change.outcome()).isEqualTo(ChangeOutcome.DETERIORATED);
    assertThat(change.difference()).hasValue(-1.0);
    Change fromBaseline = riskChange(changes(Pairing.previous(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"), risk("R-2", ReviewKind.REVIEW, 90, "low")));
    assertThat(fromBaseline.startReview()).hasValue("R-1");
    assertThat(fromBaseline.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(riskChange(changes(Pairing.previous(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"))).reason())
        .hasValue(UnpairedReason.NO_LATER_REVIEW);
  }

  @Test
  void previousReportsAnEarlierReviewThatWasNotRated() {
    ReviewPair pair = pair(Pairing.previous(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"),
        risk("R-2", ReviewKind.REVIEW, 90, Rating.notAssessed("RISK")),
        risk("R-3", ReviewKind.REVIEW, 180, "medium"));
    assertThat(pair.reason()).hasValue(UnpairedReason.BASELINE_NOT_ASSESSED);
    assertThat(pair.start().map(Review::id)).hasValue("R-2");
    assertThat(pair.end().map(Review::id)).hasValue("R-3");
  }

  @Test
  void latestWithinAPeriodTakesTheLatestReviewInThePeriod() {
    Pairing pairing = Pairing.latestWithin(day(60), day(120));
    Review baseline = risk("R-1", ReviewKind.BASELINE, 7, "high");
    Review inPeriod = risk("R-2", ReviewKind.REVIEW, 120, "medium");
    Review after = risk("R-3", ReviewKind.REVIEW, 180, "none");
    assertThat(pair(pairing, OPEN, baseline, inPeriod, after).end().map(Review::id))
        .hasValue("R-2");
    assertThat(pair(pairing, OPEN, baseline, after).reason())
        .hasValue(UnpairedReason.NO_REVIEW_IN_PERIOD);
    assertThat(pair(pairing, OPEN, baseline).reason()).hasValue(UnpairedReason.NO_LATER_REVIEW);
    assertThat(pairing.toString())
        .isEqualTo("Pairing[LATEST_WITHIN 2025-06-06/2025-08-05, min 0 days, raters each]");
  }

  @Test
  void eachRaterIsPairedSeparatelyAndNeverWithAnother() {
    List<Change> changes = changes(Pairing.latest(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"),
        review("R-2", "E-1", ReviewKind.BASELINE, day(7), Rater.PARENT_OR_CARER,
            Rating.of("RISK", "medium")),
        risk("R-3", ReviewKind.REVIEW, 90, "low"),
        review("R-4", "E-1", ReviewKind.REVIEW, day(100), Rater.CHILD_OR_YOUNG_PERSON,
            Rating.of("RISK", "none")));
    List<Change> risk = changes.stream().filter(c -> c.indicator().code().equals("RISK")).toList();
    assertThat(risk).extracting(c -> c.rater().orElseThrow())
        .containsExactly(Rater.PRACTITIONER, Rater.CHILD_OR_YOUNG_PERSON, Rater.PARENT_OR_CARER);
    assertThat(risk).extracting(Change::outcome).containsExactly(
        ChangeOutcome.IMPROVED, ChangeOutcome.NOT_PAIRED, ChangeOutcome.NOT_PAIRED);
    assertThat(risk).extracting(c -> c.reason().orElse(null)).containsExactly(
        null, UnpairedReason.NO_LATER_REVIEW, UnpairedReason.NO_LATER_REVIEW);
  }

  @Test
  void aChosenRaterIsPairedEvenWhenTheyNeverRated() {
    Pairing pairing = Pairing.latest().withRaters(RaterChoice.only(Rater.PARENT_OR_CARER));
    List<Change> changes = changes(pairing, OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"), risk("R-3", ReviewKind.REVIEW, 90, "low"));
    Change change = riskChange(changes);
    assertThat(change.rater()).hasValue(Rater.PARENT_OR_CARER);
    assertThat(change.reason()).hasValue(UnpairedReason.NO_BASELINE);
    assertThat(pairing.toString()).isEqualTo("Pairing[LATEST, min 0 days, raters PARENT_OR_CARER]");
  }

  @Test
  void familiesArePairedPerMemberAtTheIndicatorsLevel() {
    Subject family = Subject.family("F-1")
        .addMembers(Member.of("F-1-A1", MemberRole.ADULT), Member.of("F-1-C1", MemberRole.CHILD),
            Member.of("F-1-C2", MemberRole.CHILD))
        .build();
    Episode episode = episode("E-9", "F-1", "FAMILY-P").build();
    Review baseline = review("R-1", "E-9", ReviewKind.BASELINE, day(7), Rater.JOINT,
        Rating.of("TENANCY", "high"),
        Rating.of("RISK", "high").about("F-1-C1"),
        Rating.of("RISK", "low").about("F-1-C2"),
        Rating.of("STRESS", 30).about("F-1-A1"));
    Review later = review("R-2", "E-9", ReviewKind.REVIEW, day(120), Rater.JOINT,
        Rating.of("TENANCY", "low"),
        Rating.of("RISK", "medium").about("F-1-C1"),
        Rating.notApplicable("RISK").about("F-1-C2"),
        Rating.of("STRESS", 30).about("F-1-A1"));
    List<Change> changes = ChangeCalculator.of(FRAMEWORK, Pairing.latest())
        .changes(SubjectRecords.of(family, List.of(episode), List.of(baseline, later)), AS_OF);
    assertThat(changes).extracting(c -> c.indicator().code() + " " + c.member().orElse("family")
        + " " + c.outcome()).containsExactly(
            "TENANCY family IMPROVED",
            "RISK F-1-C1 IMPROVED",
            "RISK F-1-C2 NOT_APPLICABLE",
            "STRESS F-1-A1 NO_CHANGE");
    assertThat(changes).allSatisfy(c -> {
      assertThat(c.subject()).isEqualTo("F-1");
      assertThat(c.episode()).isEqualTo("E-9");
    });
    assertThat(changes.get(0).difference()).hasValue(2.0);
  }

  @Test
  void aChildHasChangesOnlyOnChildLevelIndicatorsOfItsProgramme() {
    List<Change> changes = changes(Pairing.latest(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"), risk("R-2", ReviewKind.REVIEW, 90, "low"));
    assertThat(changes).extracting(c -> c.indicator().code()).containsExactly("RISK", "GBO");
    assertThat(changes.get(1).reason()).hasValue(UnpairedReason.NO_BASELINE);
  }

  @Test
  void theAsOfDateHidesLaterReviewsAndEpisodes() {
    Episode later = episode("E-2", "C-1", "CHILD-P").start(AS_OF.plusDays(1)).build();
    SubjectRecords records = SubjectRecords.of(CHILD, List.of(OPEN, later), List.of(
        risk("R-1", ReviewKind.BASELINE, 7, "high"), risk("R-2", ReviewKind.REVIEW, 90, "low")));
    ChangeCalculator calculator = ChangeCalculator.of(FRAMEWORK, Pairing.latest());
    assertThat(riskChange(calculator.changes(records, day(89))).reason())
        .hasValue(UnpairedReason.NO_LATER_REVIEW);
    assertThat(riskChange(calculator.changes(records, day(90))).outcome())
        .isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(calculator.changes(records, AS_OF)).extracting(Change::episode)
        .containsOnly("E-1");
    assertThat(calculator.changes(records, day(-1))).isEmpty();
  }

  @Test
  void anUnknownProgrammeFailsNamingTheEpisode() {
    Episode unknown = episode("E-1", "C-1", "NOPE").build();
    assertThatThrownBy(() -> changes(Pairing.latest(), unknown))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("episode 'E-1', field programme: unknown reference")
        .hasMessageContaining("found an undeclared code of 4 characters");
  }

  @Test
  void rejectsAPeriodMissingBackwardsOrWhereItDoesNotBelong() {
    assertThatThrownBy(() -> Pairing.latestWithin(day(10), day(9)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("pairing, field periodEnd: dates out of order");
    assertThatThrownBy(() -> Pairing.builder().end(PairingEnd.LATEST_WITHIN)
        .periodStart(day(1)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field periodEnd: missing value");
    assertThatThrownBy(() -> Pairing.builder().end(PairingEnd.LATEST)
        .periodStart(day(1)).periodEnd(day(2)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no reporting period for end LATEST");
    assertThatThrownBy(() -> Pairing.latest().withMinimumIntervalDays(-1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field minimumIntervalDays")
        .hasMessageContaining("found -1");
    assertThatThrownBy(() -> Pairing.builder().build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("end");
  }

  @Test
  void reviewsOfOtherEpisodesAreIgnored() {
    Review other = review("R-9", "E-2", ReviewKind.REVIEW, day(100), Rater.PRACTITIONER,
        Rating.of("RISK", "none"));
    ReviewPair pair = pair(Pairing.latest(), OPEN,
        risk("R-1", ReviewKind.BASELINE, 7, "high"), other);
    assertThat(pair.reason()).hasValue(UnpairedReason.NO_LATER_REVIEW);
    assertThat(Optional.of(pair).flatMap(ReviewPair::end)).isEmpty();
    assertThat(LocalDate.of(2025, 4, 14)).isEqualTo(day(7));
  }
}
