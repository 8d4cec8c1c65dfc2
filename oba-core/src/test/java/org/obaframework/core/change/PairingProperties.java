package org.obaframework.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.core.change.Fixtures.FRAMEWORK;
import static org.obaframework.core.change.Fixtures.day;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of pairing over random reviews of one child's episode. */
class PairingProperties {
  /** A fixed seed, so that CI runs are repeatable. */
  private static final long SEED = 20261127L;

  private static final LocalDate AS_OF = day(250);
  private static final List<String> LEVELS = List.of("none", "low", "medium", "high");
  private static final Subject CHILD = Subject.child("C-1").build();

  /** What one generated review holds: day, kind, rater, and its RISK rating (or none). */
  record Spec(int day, ReviewKind kind, Rater rater, int rating) {}

  /** A whole case: the reviews, how the episode ends, and the pairing. */
  record Case(List<Spec> specs, int ending, Pairing pairing, long seed) {
    Episode episode() {
      Episode.Builder builder = Fixtures.episode("E-1", "C-1", "CHILD-P");
      // 0: open; 1: ended on day 200; 2: ends on day 280, after the as-of date.
      return ending == 0 ? builder.build()
          : builder.end(day(ending == 1 ? 200 : 280)).build();
    }

    List<Review> reviews() {
      List<Review> reviews = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        Spec spec = specs.get(i);
        Review.Builder review = Review.builder().id("R-" + i).episode("E-1").kind(spec.kind())
            .assessedOn(day(spec.day())).rater(spec.rater());
        if (spec.rating() < 4) {
          review.addRatings(Rating.of("RISK", LEVELS.get(spec.rating())));
        } else if (spec.rating() == 4) {
          review.addRatings(Rating.notApplicable("RISK"));
        } else if (spec.rating() == 5) {
          review.addRatings(Rating.notAssessed("RISK"));
        } else {
          review.addRatings(Rating.of("GBO", 5));   // does not mention RISK
        }
        reviews.add(review.build());
      }
      return reviews;
    }

    List<Change> changes(List<Review> reviews) {
      return ChangeCalculator.of(FRAMEWORK, pairing)
          .changes(SubjectRecords.of(CHILD, List.of(episode()), reviews), AS_OF);
    }
  }

  private static Gen<Spec> specs() {
    return integers().between(-10, 320).zip(
        Generate.pick(List.of(ReviewKind.BASELINE, ReviewKind.REVIEW, ReviewKind.REVIEW,
            ReviewKind.CLOSURE, ReviewKind.FOLLOW_UP)),
        Generate.pick(List.of(Rater.PRACTITIONER, Rater.PRACTITIONER, Rater.PARENT_OR_CARER,
            Rater.JOINT)),
        integers().between(0, 6), Spec::new);
  }

  private static Gen<Pairing> pairings() {
    return Generate.enumValues(PairingEnd.class).zip(integers().between(0, 120),
        integers().between(0, 200), Generate.pick(List.of(Optional.<Rater>empty(),
            Optional.of(Rater.PRACTITIONER), Optional.of(Rater.JOINT))),
        (end, interval, from, rater) -> {
          Pairing.Builder builder = Pairing.builder().end(end).minimumIntervalDays(interval)
              .raters(rater.map(RaterChoice::only).orElse(RaterChoice.EACH_SEPARATELY));
          if (end == PairingEnd.LATEST_WITHIN) {
            builder.periodStart(day(from)).periodEnd(day(from + 60));
          }
          return builder.build();
        });
  }

  private static Gen<Case> cases() {
    return lists().of(specs()).ofSizeBetween(0, 8).zip(integers().between(0, 2), pairings(),
        integers().all(), (specs, ending, pairing, seed) ->
            new Case(specs, ending, pairing, seed));
  }

  @Test
  void pairingChoosesTheReviewsItsDocumentedRuleNames() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(cases()).checkAssert(c -> {
      Episode episode = c.episode();
      List<Review> reviews = new ArrayList<>(c.reviews());
      Collections.shuffle(reviews, new Random(c.seed()));
      for (Rater rater : List.of(Rater.PRACTITIONER, Rater.JOINT, Rater.PARENT_OR_CARER)) {
        ReviewPair pair = c.pairing().pair(episode, reviews, "RISK", Optional.empty(), rater,
            AS_OF);
        assertThat(List.of(pair.start(), pair.startValue(), pair.end(), pair.endValue(),
            pair.reason())).as(rater.toString())
            .isEqualTo(documented(c.pairing(), episode, reviews, rater));
      }
    });
  }

  /**
   * The pair as Pairing's and UnpairedReason's javadoc state the rule, read off the candidates in
   * their order: start, start value, end, end value, reason.
   */
  private static List<Object> documented(Pairing pairing, Episode episode, List<Review> reviews,
      Rater rater) {
    List<Review> candidates = reviews.stream()
        .filter(r -> r.rater() == rater && r.kind() != ReviewKind.FOLLOW_UP
            && !r.assessedOn().isBefore(episode.start()) && !r.assessedOn().isAfter(AS_OF)
            && risk(r).isPresent())
        .sorted(Comparator.comparing(Review::assessedOn).thenComparing(Review::kind)
            .thenComparing(Review::recordedOn).thenComparing(Review::id))
        .toList();
    if (candidates.isEmpty()) {
      return outcome(null, null, UnpairedReason.NO_BASELINE);
    }
    Review baseline = candidates.get(0);
    List<Review> later = candidates.stream()
        .filter(r -> r.assessedOn().isAfter(baseline.assessedOn())).toList();
    Review start = baseline;
    Review end = later.isEmpty() ? null : later.get(later.size() - 1);
    if (pairing.end() == PairingEnd.PREVIOUS && end != null) {
      // The latest review against the latest one assessed on an earlier day.
      LocalDate day = end.assessedOn();
      start = candidates.stream().filter(r -> r.assessedOn().isBefore(day))
          .reduce((a, b) -> b).orElseThrow();
    } else {
      if (notRated(start) != null) {
        return outcome(start, null, notRated(start).get(0));
      }
      if (pairing.end() == PairingEnd.CLOSURE) {
        if (episode.end().isEmpty() || episode.end().get().isAfter(AS_OF)) {
          return outcome(start, null, UnpairedReason.EPISODE_OPEN);
        }
        List<Review> closures = later.stream().filter(r -> r.kind() == ReviewKind.CLOSURE)
            .toList();
        if (closures.isEmpty()) {
          return outcome(start, null, UnpairedReason.NO_CLOSURE_REVIEW);
        }
        end = closures.get(closures.size() - 1);
      }
      if (end == null) {
        return outcome(start, null, UnpairedReason.NO_LATER_REVIEW);
      }
      if (pairing.end() == PairingEnd.LATEST_WITHIN) {
        LocalDate from = pairing.periodStart().orElseThrow();
        LocalDate to = pairing.periodEnd().orElseThrow();
        List<Review> within = later.stream().filter(r -> !r.assessedOn().isBefore(from)
            && !r.assessedOn().isAfter(to)).toList();
        if (within.isEmpty()) {
          return outcome(start, null, UnpairedReason.NO_REVIEW_IN_PERIOD);
        }
        end = within.get(within.size() - 1);
      }
    }
    if (notRated(start) != null) {
      return outcome(start, end, notRated(start).get(0));
    }
    if (notRated(end) != null) {
      return outcome(start, end, notRated(end).get(1));
    }
    if (start.assessedOn().plusDays(pairing.minimumIntervalDays()).isAfter(end.assessedOn())) {
      return outcome(start, end, UnpairedReason.INTERVAL_TOO_SHORT);
    }
    return outcome(start, end, null);
  }

  private static Optional<Rating> risk(Review review) {
    return review.ratings().stream().filter(r -> r.indicator().equals("RISK")).findFirst();
  }

  /** The reasons, as baseline and as later review, of a review that did not rate RISK. */
  private static @Nullable List<UnpairedReason> notRated(Review review) {
    return switch (risk(review).orElseThrow().status()) {
      case NOT_APPLICABLE -> List.of(UnpairedReason.BASELINE_NOT_APPLICABLE,
          UnpairedReason.LATER_NOT_APPLICABLE);
      case NOT_ASSESSED -> List.of(UnpairedReason.BASELINE_NOT_ASSESSED,
          UnpairedReason.LATER_NOT_ASSESSED);
      default -> null;
    };
  }

  /**
   * What a pair holds: each review found, and its value unless the reason says it is not rated
   * (the start's value is kept for a reason about the later review, and the end's for one about
   * the start under PREVIOUS, which reads the later review first).
   */
  private static List<Object> outcome(@Nullable Review start, @Nullable Review end,
      @Nullable UnpairedReason reason) {
    boolean startProblem = reason != null && reason.name().startsWith("BASELINE_");
    boolean endKept = end != null && (reason == null || startProblem
        || reason == UnpairedReason.INTERVAL_TOO_SHORT);
    return List.of(Optional.ofNullable(start),
        start == null || startProblem ? Optional.empty() : risk(start).orElseThrow().value(),
        Optional.ofNullable(end),
        endKept ? risk(end).orElseThrow().value() : Optional.empty(),
        Optional.ofNullable(reason));
  }

  @Test
  void theOrderOfTheReviewsDoesNotMatter() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(cases()).checkAssert(c -> {
      List<Review> shuffled = new ArrayList<>(c.reviews());
      Collections.shuffle(shuffled, new Random(c.seed()));
      assertThat(c.changes(shuffled)).isEqualTo(c.changes(c.reviews()));
    });
  }

  @Test
  void nothingIsDroppedAndEachRaterHasItsOwnRow() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(cases()).checkAssert(c -> {
      List<Change> risk = c.changes(c.reviews()).stream()
          .filter(ch -> ch.indicator().code().equals("RISK")).toList();
      Set<Rater> expected = new TreeSet<>();
      if (c.pairing().raters().rater().isPresent()) {
        expected.add(c.pairing().raters().rater().get());
      } else {
        for (Spec spec : c.specs()) {
          if (spec.rating() < 6 && spec.kind() != ReviewKind.FOLLOW_UP && spec.day() >= 0
              && !day(spec.day()).isAfter(AS_OF)) {
            expected.add(spec.rater());
          }
        }
      }
      if (expected.isEmpty()) {
        assertThat(risk).singleElement().satisfies(ch -> {
          assertThat(ch.rater()).isEmpty();
          assertThat(ch.reason()).hasValue(UnpairedReason.NO_BASELINE);
        });
      } else {
        assertThat(risk.stream().map(ch -> ch.rater().orElseThrow())
            .collect(Collectors.toList())).containsExactlyElementsOf(expected);
      }
    });
  }

  @Test
  void aPairedChangeKeepsEveryRuleOfThePairing() {
    qt().withFixedSeed(SEED).withExamples(1000).forAll(cases()).checkAssert(c -> {
      Episode episode = c.episode();
      List<Review> reviews = c.reviews();
      for (Change change : c.changes(reviews)) {
        assertThat(change.outcome().isPaired()).isEqualTo(change.reason().isEmpty());
        assertThat(change.outcome() == ChangeOutcome.NOT_APPLICABLE)
            .isEqualTo(change.reason().map(UnpairedReason::isNotApplicable).orElse(false));
        if (!change.isPaired()) {
          continue;
        }
        LocalDate start = change.startDate().orElseThrow();
        LocalDate end = change.endDate().orElseThrow();
        Review last = reviews.stream().filter(r -> r.id().equals(change.endReview().get()))
            .findFirst().orElseThrow();
        Review first = reviews.stream().filter(r -> r.id().equals(change.startReview().get()))
            .findFirst().orElseThrow();
        assertThat(first.rater()).isEqualTo(change.rater().orElseThrow());
        assertThat(last.rater()).isEqualTo(change.rater().orElseThrow());
        assertThat(start).isAfterOrEqualTo(episode.start());
        assertThat(end).isAfter(start).isBeforeOrEqualTo(AS_OF);
        assertThat(start.plusDays(c.pairing().minimumIntervalDays())).isBeforeOrEqualTo(end);
        assertThat(List.of(first.kind(), last.kind())).doesNotContain(ReviewKind.FOLLOW_UP);
        c.pairing().raters().rater().ifPresent(r -> assertThat(change.rater()).hasValue(r));
        // Nothing later by the same rater rates the indicator (the latest review was taken).
        boolean laterExists = reviews.stream().anyMatch(r -> r.rater() == last.rater()
            && r.kind() != ReviewKind.FOLLOW_UP
            && r.assessedOn().isAfter(end) && !r.assessedOn().isAfter(AS_OF)
            && r.ratings().stream()
                .anyMatch(x -> x.indicator().equals(change.indicator().code()))
            && (c.pairing().end() != PairingEnd.CLOSURE || r.kind() == ReviewKind.CLOSURE)
            && (c.pairing().end() != PairingEnd.LATEST_WITHIN
                || !r.assessedOn().isAfter(c.pairing().periodEnd().orElseThrow())));
        assertThat(laterExists).isFalse();
        switch (c.pairing().end()) {
          case CLOSURE:
            assertThat(last.kind()).isEqualTo(ReviewKind.CLOSURE);
            assertThat(episode.end()).hasValueSatisfying(e -> assertThat(e).isBeforeOrEqualTo(
                AS_OF));
            break;
          case LATEST_WITHIN:
            assertThat(end).isBetween(c.pairing().periodStart().orElseThrow(),
                c.pairing().periodEnd().orElseThrow());
            break;
          default:
            break;
        }
      }
    });
  }
}
