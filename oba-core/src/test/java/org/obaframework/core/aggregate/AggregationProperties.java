package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.core.aggregate.AggregationFixtures.AS_OF;
import static org.obaframework.core.aggregate.AggregationFixtures.FRAMEWORK;
import static org.obaframework.core.aggregate.AggregationFixtures.START;
import static org.obaframework.core.aggregate.AggregationFixtures.YEAR;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffEvaluator;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.Decision;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.testing.Draw;
import org.quicktheories.core.Gen;

/**
 * Properties of aggregation over generated families and children: tallies and results form
 * commutative monoids under merge, evaluation distributes over any partition of the subjects and
 * any evaluation path (sequential, parallel, one subject at a time), additive counts' rows sum to
 * the total while distinct counts' rows never sum to less, and every proportion is a proportion.
 */
class AggregationProperties {
  private static final long SEED = 20261127L;
  private static final List<String> LEVELS = List.of("none", "low", "medium", "high");
  private static final List<String> LOCAL_AUTHORITIES = List.of("LA-1", "LA-2");
  private static final String LA = "local-authority";

  static final Evaluation EVALUATION = Evaluation.builder().framework(FRAMEWORK).period(YEAR)
      .asOf(AS_OF)
      .measures(AggregationFixtures.MEASURES)
      .addMeasures(
          TransitionMeasure.of("MOVES", Label.of("Tenancy risk moves"), "IFS", "TENANCY",
              Pairing.latest().withRaters(org.obaframework.core.change.RaterChoice.only(
                org.obaframework.core.records.Rater.PRACTITIONER))),
          ProcessMeasure.of("ON-TIME", Label.of("Reviews within 13 weeks"), "IFS",
              ProcessCondition.reviewsWithin(91)))
      .addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE),
          Breakdown.deliveryModel(), Breakdown.period(PeriodKind.FINANCIAL_QUARTER))
      .build();

  // ---------------------------------------------------------------------------------------------
  // Generated subjects

  /**
   * Generated subjects, and a partition of them.
   *
   * @param subjects the subjects' records, each subject once
   * @param parts for each subject, the part it falls in
   * @param partCount the number of parts, 1 to 4
   * @param mergeOrder the order in which the parts' results are merged
   */
  record Case(List<SubjectRecords> subjects, List<Integer> parts, int partCount,
      List<Integer> mergeOrder) {
    List<List<SubjectRecords>> partition() {
      List<List<SubjectRecords>> partition = new ArrayList<>();
      for (int p = 0; p < partCount; p++) {
        partition.add(new ArrayList<>());
      }
      for (int s = 0; s < subjects.size(); s++) {
        partition.get(parts.get(s)).add(subjects.get(s));
      }
      return partition;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(subjects.size() + " subjects, parts " + parts
          + ", merge order " + mergeOrder);
      for (SubjectRecords records : subjects) {
        Subject subject = records.subject();
        text.append("\n").append(subject.id()).append(' ').append(subject.kind()).append(' ')
            .append(subject.members().stream().map(Member::id).toList());
        for (Episode episode : records.episodes()) {
          text.append("\n  ").append(episode.id()).append(' ').append(episode.localAuthority())
              .append(' ').append(episode.start()).append("..")
              .append(episode.end().map(LocalDate::toString).orElse("open"))
              .append(episode.deliveryModel().map(m -> " " + m).orElse(""))
              .append(episode.closureReason().map(r -> " " + r).orElse(""))
              .append(episode.serviceOutputs().isEmpty() ? "" : " " + episode.serviceOutputs());
          for (Review review : records.reviewsOf(episode.id())) {
            text.append("\n    ").append(review.id()).append(' ').append(review.kind())
                .append(' ').append(review.assessedOn());
            for (Rating rating : review.ratings()) {
              text.append(' ').append(rating.indicator())
                  .append(rating.member().map(m -> "@" + m).orElse("")).append('=')
                  .append(rating.value().map(Object::toString)
                      .orElse(rating.status().toString()));
            }
          }
        }
      }
      return text.toString();
    }
  }

  static Gen<Case> cases() {
    return in -> {
      Draw d = new Draw(in);
      int count = d.between(0, 30);
      List<SubjectRecords> subjects = new ArrayList<>();
      for (int s = 0; s < count; s++) {
        subjects.add(subject(d, s));
      }
      int partCount = d.between(1, 4);
      List<Integer> parts = new ArrayList<>();
      for (int s = 0; s < count; s++) {
        parts.add(d.between(0, partCount - 1));
      }
      List<Integer> order = new ArrayList<>();
      for (int p = 0; p < partCount; p++) {
        order.add(p);
      }
      return new Case(List.copyOf(subjects), List.copyOf(parts), partCount, d.shuffled(order));
    };
  }

  /**
   * One subject: a family of 0-3 children and 0-2 adults, each member with a sex (or, a quarter
   * of the time, a child with none), with one or two IFS episodes in one or two local
   * authorities, starting up to 150 days before the period (so some lie wholly before it), the
   * first ended when there is a second; ended episodes sometimes with a closure reason; a
   * delivery model and the RES output sometimes; a practitioner's baseline 0-60 days after the
   * start (sometimes none) and 0-2 later reviews, rating TENANCY and EVICTED (a family) and ATT
   * (each child), sometimes not applicable.
   */
  static SubjectRecords subject(Draw d, int index) {
    boolean child = d.percent(25);
    String id = String.format("%s-%02d", child ? "C" : "F", index);
    Subject.Builder subject = child ? Subject.child(id) : Subject.family(id);
    List<String> children = new ArrayList<>();
    if (!child) {
      int kids = d.between(0, 3);
      for (int c = 1; c <= kids; c++) {
        subject.addMembers(Member.of(id + "-C" + c, MemberRole.CHILD, sex(c)));
        children.add(id + "-C" + c);
      }
      int adults = d.between(0, 2);
      for (int a = 1; a <= adults; a++) {
        subject.addMembers(Member.of(id + "-A" + a, MemberRole.ADULT, sex(a + 1)));
      }
    }
    Subject built = subject.build();

    List<Episode> episodes = new ArrayList<>();
    boolean two = d.bool();
    LocalDate start = START.plusDays(d.between(-150, 300));
    for (int e = 1; e <= (two ? 2 : 1); e++) {
      if (start.isAfter(AS_OF)) {
        break;
      }
      boolean ended = (two && e == 1) || d.percent(40);
      Episode.Builder episode = Episode.builder().id("E-" + id + "-" + e).subject(id)
          .programme("IFS").localAuthority(d.pick(LOCAL_AUTHORITIES)).start(start);
      LocalDate end = null;
      if (ended) {
        end = start.plusDays(d.between(0, 200));
        if (end.isAfter(AS_OF)) {
          end = AS_OF;
        }
        episode.end(end);
        if (d.percent(60)) {
          episode.closureReason(d.pick(ClosureReason.class));
        }
      }
      int model = d.between(0, 2);
      if (model > 0) {
        episode.deliveryModel(model == 1 ? "EXISTING" : "RESIDENTIAL");
      }
      if (d.percent(30)) {
        episode.addServiceOutputs("RES");
      }
      episodes.add(episode.build());
      if (end == null) {
        break;
      }
      start = end.plusDays(d.between(1, 60));
    }

    List<Review> reviews = new ArrayList<>();
    for (Episode episode : episodes) {
      LocalDate last = episode.end().orElse(AS_OF);
      LocalDate day = episode.start();
      int r = 0;
      if (d.percent(80)) {
        LocalDate baseline = episode.start().plusDays(d.between(0, 60));
        if (!baseline.isAfter(last)) {
          reviews.add(review(d, episode, r++, ReviewKind.BASELINE, baseline, built, children,
              true));
          day = baseline;
        }
      }
      int later = d.between(0, 2);
      for (int l = 0; l < later; l++) {
        LocalDate on = day.plusDays(d.between(0, 150));
        if (on.isAfter(last)) {
          break;
        }
        boolean closure = episode.end().isPresent() && l == later - 1 && d.percent(30);
        reviews.add(review(d, episode, r++, closure ? ReviewKind.CLOSURE : ReviewKind.REVIEW, on,
            built, children, false));
        day = on;
      }
    }
    return SubjectRecords.of(built, episodes, reviews);
  }

  /**
   * A member's sex, F for odd numbers and M for even ones: drawn from nothing, so that the
   * generated records are those they were before members had attributes, and the siblings of a
   * family, or its two adults, differ.
   */
  private static Attributes sex(int number) {
    return Attributes.empty().with(Attributes.SEX, number % 2 == 1 ? "F" : "M");
  }

  private static Review review(Draw d, Episode episode, int index, ReviewKind kind, LocalDate on,
      Subject subject, List<String> children, boolean baseline) {
    List<Rating> ratings = new ArrayList<>();
    if (subject.kind() == SubjectKind.CHILD) {
      ratings.add(d.percent(15) ? Rating.notApplicable("ATT") : Rating.of("ATT", d.between(0,
          100)));
    } else {
      ratings.add(d.percent(10) ? Rating.notApplicable("TENANCY")
          : Rating.of("TENANCY", d.pick(LEVELS)));
      if (baseline || d.bool()) {
        ratings.add(d.percent(10) ? Rating.notApplicable("EVICTED")
            : Rating.of("EVICTED", d.bool()));
      }
      for (String c : children) {
        ratings.add(d.percent(15) ? Rating.notApplicable("ATT").about(c)
            : Rating.of("ATT", d.between(0, 100)).about(c));
      }
    }
    return Review.builder().id("R-" + episode.id() + "-" + index).episode(episode.id())
        .kind(kind).assessedOn(on).rater(Rater.PRACTITIONER).addAllRatings(ratings).build();
  }

  /** The subject's IFS episodes open on some day of the period up to the as-of date. */
  private static List<Episode> inPeriod(SubjectRecords records) {
    return records.episodes().stream()
        .filter(e -> e.programme().equals("IFS") && YEAR.overlaps(e.start(), e.end())
            && !e.start().isAfter(AS_OF))
        .toList();
  }

  private static void assertValid(Case c) {
    RecordValidator validator = RecordValidator.of(FRAMEWORK, AS_OF);
    for (SubjectRecords records : c.subjects()) {
      assertThat(validator.validate(records)).as("generated records are valid: %s",
          records.subject().id()).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Each kind of tally is a commutative monoid

  private static Gen<Count> counts() {
    return in -> Count.of(new Draw(in).between(0, 1_000_000));
  }

  private static Gen<Proportion> proportions() {
    return in -> {
      Draw d = new Draw(in);
      long numerator = d.between(0, 1000);
      return new Proportion(numerator, numerator + d.between(0, 1000), d.between(0, 1000),
          d.between(0, 1000), d.between(0, 1000));
    };
  }

  private static Gen<Summary> summaries() {
    return in -> {
      Draw d = new Draw(in);
      Summary summary = Summary.EMPTY;
      int size = d.between(0, 6);
      for (int i = 0; i < size; i++) {
        summary = summary.merge(Summary.of(d.between(-100_000, 100_000)));
      }
      return summary;
    };
  }

  private static Gen<Transitions> transitions() {
    return in -> {
      Draw d = new Draw(in);
      Transitions transitions = Transitions.empty(LEVELS);
      int size = d.between(0, 8);
      for (int i = 0; i < size; i++) {
        transitions = transitions.plus(d.pick(LEVELS), d.pick(LEVELS));
      }
      return transitions;
    };
  }

  private static <T extends Tally> void assertMonoid(Gen<T> tallies, Tally empty) {
    qt().withFixedSeed(SEED).withExamples(300).forAll(tallies, tallies, tallies)
        .checkAssert((a, b, c) -> {
          assertThat(a.merge(b).merge(c)).as("associative").isEqualTo(a.merge(b.merge(c)));
          assertThat(a.merge(b)).as("commutative").isEqualTo(b.merge(a));
          assertThat(a.merge(empty)).as("right identity").isEqualTo(a);
          assertThat(empty.merge(a)).as("left identity").isEqualTo(a);
        });
  }

  @Test
  void countMergeIsACommutativeMonoid() {
    assertMonoid(counts(), Count.ZERO);
  }

  @Test
  void proportionMergeIsACommutativeMonoid() {
    assertMonoid(proportions(), Proportion.EMPTY);
  }

  @Test
  void summaryMergeOverWholeNumbersIsACommutativeMonoid() {
    assertMonoid(summaries(), Summary.EMPTY);
  }

  @Test
  void transitionsMergeIsACommutativeMonoid() {
    assertMonoid(transitions(), Transitions.empty(LEVELS));
  }

  @Test
  void mergedTalliesAddTheirParts() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(proportions(), proportions(), summaries(),
        summaries()).checkAssert((p, q, s, t) -> {
          Proportion pq = p.merge(q);
          assertThat(pq.initialPopulation()).isEqualTo(p.initialPopulation()
              + q.initialPopulation());
          assertThat(pq.numerator()).isLessThanOrEqualTo(pq.denominator());
          Summary st = s.merge(t);
          assertThat(st.count()).isEqualTo(s.count() + t.count());
          assertThat(st.min()).isEqualTo(Math.min(s.min(), t.min()));
          assertThat(st.max()).isEqualTo(Math.max(s.max(), t.max()));
        });
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Results merge is a commutative monoid

  @Test
  void resultsMergeIsAssociativeAndCommutativeWithEmptyItsIdentity() {
    qt().withFixedSeed(SEED).withExamples(30).forAll(cases()).checkAssert(c -> {
      assertValid(c);
      // Three results from disjoint thirds (by position) of the subjects.
      List<Results> three = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        List<SubjectRecords> third = new ArrayList<>();
        for (int s = t; s < c.subjects().size(); s += 3) {
          third.add(c.subjects().get(s));
        }
        three.add(EVALUATION.evaluate(third.stream()));
      }
      Results a = three.get(0);
      Results b = three.get(1);
      Results x = three.get(2);
      assertThat(a.merge(b).merge(x)).as("associative").isEqualTo(a.merge(b.merge(x)));
      assertThat(a.merge(b)).as("commutative").isEqualTo(b.merge(a));
      assertThat(a.merge(x)).as("commutative").isEqualTo(x.merge(a));
      assertThat(a.merge(Results.empty())).as("right identity").isEqualTo(a);
      assertThat(Results.empty().merge(a)).as("left identity").isEqualTo(a);
      // Merging never loses or invents a cell.
      Set<Results.Key> keys = new LinkedHashSet<>(a.tallies().keySet());
      keys.addAll(b.tallies().keySet());
      assertThat(a.merge(b).tallies().keySet()).isEqualTo(keys);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // 3. and 4. Evaluation distributes over partitions and paths

  @Test
  void evaluatingAnyPartitionAndMergingInAnyOrderEqualsEvaluatingTheWhole() {
    qt().withFixedSeed(SEED).withExamples(50).forAll(cases()).checkAssert(c -> {
      assertValid(c);
      Results whole = EVALUATION.evaluate(c.subjects().stream());
      List<List<SubjectRecords>> partition = c.partition();
      Results merged = Results.empty();
      for (int p : c.mergeOrder()) {
        merged = merged.merge(EVALUATION.evaluate(partition.get(p).stream()));
      }
      assertThat(merged).isEqualTo(whole);
      assertThat(merged.tallies()).isEqualTo(whole.tallies());
    });
  }

  @Test
  void parallelSequentialAndIncrementalEvaluationAgree() {
    qt().withFixedSeed(SEED).withExamples(40).forAll(cases()).checkAssert(c -> {
      assertValid(c);
      Results sequential = EVALUATION.evaluate(c.subjects().stream());
      Results parallel = EVALUATION.evaluate(c.subjects().parallelStream());
      Results incremental = Results.empty();
      for (SubjectRecords records : c.subjects()) {
        incremental = incremental.merge(EVALUATION.evaluate(records));
      }
      Results collected = c.subjects().stream().collect(EVALUATION.collector());
      Results reversed = EVALUATION.evaluate(reverse(c.subjects()).stream());
      assertThat(parallel).as("parallel").isEqualTo(sequential);
      assertThat(incremental).as("incremental").isEqualTo(sequential);
      assertThat(collected).as("collector").isEqualTo(sequential);
      assertThat(reversed).as("order of subjects").isEqualTo(sequential);
    });
  }

  @Test
  void evaluationEqualsAStraightforwardSumOfEveryContribution() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(cases()).checkAssert(c -> {
      assertValid(c);
      Results reference = reference(EVALUATION, c.subjects());
      assertThat(EVALUATION.evaluate(c.subjects().stream())).isEqualTo(reference);
      assertThat(EVALUATION.evaluate(c.subjects().parallelStream())).isEqualTo(reference);
    });
  }

  @Test
  void everyMeasureContributesExactlyWhatItsContributionsList() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(cases()).checkAssert(c -> {
      for (MeasureDefinition measure : EVALUATION.measures()) {
        Bound bound = Bound.of(measure, FRAMEWORK);
        for (SubjectRecords records : c.subjects()) {
          for (ReportingPeriod period : List.of(EVALUATION.period(),
              EVALUATION.period().split(PeriodKind.FINANCIAL_QUARTER).get(0))) {
            List<Contribution> passed = new ArrayList<>();
            bound.contribute(records, period, EVALUATION.asOf(), (tally, member, episodes) ->
                passed.add(new Contribution(tally, member, episodes)));
            assertThat(passed).as("%s of %s in %s", measure.code(), records.subject().id(),
                period).isEqualTo(bound.contributions(records, period, EVALUATION.asOf()));
          }
        }
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // 7. A better-off measure's units: their standings, members and periods

  private static final Pairing PRACTITIONER = Pairing.latest()
      .withRaters(RaterChoice.only(Rater.PRACTITIONER));

  /** Better-off measures counting each child, each adult, each family and each episode. */
  private static final List<BetterOffMeasure> BETTER_OFF = List.of(
      BetterOffMeasure.builder().code("ATT-UP").programme("IFS")
          .countingUnit(CountingUnit.CHILD).addIndicators("ATT").pairing(PRACTITIONER)
          .addEligibility(BaselineCondition.worseThan("ATT", ScaleValue.of(90))).build(),
      BetterOffMeasure.builder().code("ADULT-TENANCY").programme("IFS")
          .countingUnit(CountingUnit.ADULT).addIndicators("TENANCY").pairing(PRACTITIONER)
          .build(),
      AggregationFixtures.STABLE,
      BetterOffMeasure.builder().code("EPISODE-ATT").programme("IFS")
          .countingUnit(CountingUnit.EPISODE).addIndicators("ATT", "TENANCY")
          .pairing(PRACTITIONER).build());

  /** The year, its quarters, and the year before, which some generated episodes overlap. */
  private static final List<ReportingPeriod> PERIODS = periods();

  private static List<ReportingPeriod> periods() {
    List<ReportingPeriod> periods = new ArrayList<>();
    periods.add(YEAR);
    periods.addAll(YEAR.split(PeriodKind.FINANCIAL_QUARTER));
    periods.add(ReportingPeriod.financialYear(2024));
    return List.copyOf(periods);
  }

  /**
   * A bound better-off measure contributes one proportion of one per unit the evaluator decides
   * as of the period's last day on the episodes open in the period (and no other), placed by the
   * episodes it was judged on; a child or an adult counted as a member of a family carries that
   * member, of that role, and any other unit carries none.
   */
  @Test
  void aBetterOffMeasureContributesEachUnitDecidedOnAnEpisodeInThePeriodWithItsMember() {
    AtomicInteger members = new AtomicInteger();
    AtomicInteger outside = new AtomicInteger();
    AtomicInteger inside = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(60).forAll(cases()).checkAssert(c -> {
      for (BetterOffMeasure measure : BETTER_OFF) {
        Bound bound = Bound.of(BetterOffDefinition.of(Label.of(measure.code()), measure),
            FRAMEWORK);
        BetterOffEvaluator evaluator = BetterOffEvaluator.of(FRAMEWORK, measure);
        CountingUnit counting = measure.countingUnit();
        for (SubjectRecords records : c.subjects()) {
          Subject subject = records.subject();
          for (ReportingPeriod period : PERIODS) {
            LocalDate last = period.end().isBefore(AS_OF) ? period.end() : AS_OF;
            // Decisions without the period's start: those on episodes ended before it are not
            // the report card's.
            for (Decision decision : evaluator.decide(records, last)) {
              boolean overlaps = records.episodes().stream()
                  .filter(e -> decision.episodes().contains(e.id()))
                  .anyMatch(e -> period.overlaps(e.start(), e.end()));
              (overlaps ? inside : outside).incrementAndGet();
            }
            List<Contribution> expected = new ArrayList<>();
            for (Decision decision : evaluator.decide(records, period.start(), last)) {
              List<Episode> episodes = records.episodes().stream()
                  .filter(e -> decision.episodes().contains(e.id())).toList();
              assertThat(episodes).allMatch(e -> period.overlaps(e.start(), e.end()));
              Optional<Member> member = Optional.empty();
              if (subject.kind() == SubjectKind.FAMILY
                  && (counting == CountingUnit.CHILD || counting == CountingUnit.ADULT)) {
                member = subject.members().stream()
                    .filter(m -> m.id().equals(decision.unitId())).findFirst();
                assertThat(member).as("the member %s of %s", decision.unitId(), subject.id())
                    .isPresent();
                assertThat(member.orElseThrow().role()).isEqualTo(
                    counting == CountingUnit.CHILD ? MemberRole.CHILD : MemberRole.ADULT);
                members.incrementAndGet();
              }
              expected.add(new Contribution(Proportion.of(decision.standing()), member,
                  episodes));
            }
            String as = measure.code() + " of " + subject.id() + " in " + period;
            assertThat(bound.contributions(records, period, AS_OF)).as(as).isEqualTo(expected);
            List<Contribution> passed = new ArrayList<>();
            bound.contribute(records, period, AS_OF, (tally, member, episodes) ->
                passed.add(new Contribution(tally, member, episodes)));
            assertThat(passed).as(as).isEqualTo(expected);
          }
        }
      }
    });
    // Guards against a generator that no longer makes the shapes the property is about.
    assertThat(members.get()).as("members counted").isPositive();
    assertThat(outside.get()).as("units on an episode outside the period").isPositive();
    assertThat(inside.get()).as("units on an episode in the period").isPositive();
  }

  /**
   * Evaluating better-off and count measures of children and adults, broken down by sex, equals
   * the straightforward sum, which places a member under its own sex and a child subject, who
   * has none, under "not recorded"; the children's counts by sex are those of the records.
   */
  @Test
  void membersAreBrokenDownByTheirOwnAttributes() {
    Evaluation evaluation = Evaluation.builder().framework(FRAMEWORK).period(YEAR).asOf(AS_OF)
        .addMeasures(
            CountMeasure.of("CHILDREN", Label.of("Children"), "IFS", CountingUnit.CHILD),
            CountMeasure.of("ADULTS", Label.of("Adults"), "IFS", CountingUnit.ADULT))
        .addAllMeasures(BETTER_OFF.stream()
            .map(m -> (MeasureDefinition) BetterOffDefinition.of(Label.of(m.code()), m))
            .toList())
        .addBreakdowns(Breakdown.attribute(Attributes.SEX),
            Breakdown.period(PeriodKind.FINANCIAL_QUARTER))
        .build();
    Set<String> keys = new LinkedHashSet<>();
    qt().withFixedSeed(SEED).withExamples(40).forAll(cases()).checkAssert(c -> {
      Results results = evaluation.evaluate(c.subjects().stream());
      assertThat(results).isEqualTo(reference(evaluation, c.subjects()));
      assertThat(evaluation.evaluate(c.subjects().parallelStream())).isEqualTo(results);
      Map<String, Long> children = new java.util.TreeMap<>();
      for (SubjectRecords records : c.subjects()) {
        if (inPeriod(records).isEmpty()) {
          continue;
        }
        if (records.subject().kind() == SubjectKind.CHILD) {
          children.merge(Breakdown.NOT_RECORDED, 1L, Long::sum);
        }
        for (Member member : records.subject().members()) {
          if (member.role() == MemberRole.CHILD) {
            children.merge(member.attributes().latest(Attributes.SEX).orElseThrow(), 1L,
                Long::sum);
          }
        }
      }
      Map<String, Long> rows = new java.util.TreeMap<>();
      results.rows("CHILDREN", Attributes.SEX).forEach((key, tally) ->
          rows.put(key, ((Count) tally).value()));
      assertThat(rows).as("children by sex").isEqualTo(children);
      keys.addAll(results.rows("ATT-UP", Attributes.SEX).keySet());
      keys.addAll(results.rows("ADULT-TENANCY", Attributes.SEX).keySet());
    });
    assertThat(keys).as("rows of the better-off measures")
        .contains("F", "M", Breakdown.NOT_RECORDED);
  }

  /**
   * Evaluates as simply as can be: every contribution of every subject merged, as a value, into
   * a map keyed by measure, breakdown and row.
   */
  private static Results reference(Evaluation evaluation, List<SubjectRecords> subjects) {
    Results.Accumulator accumulator = new Results.Accumulator();
    for (SubjectRecords records : subjects) {
      for (int m = 0; m < evaluation.measures().size(); m++) {
        String code = evaluation.measures().get(m).code();
        Bound bound = Bound.of(evaluation.measures().get(m), FRAMEWORK);
        for (Contribution contribution : bound.contributions(records, evaluation.period(),
            evaluation.asOf())) {
          accumulator.add(new Results.Key(code, Results.TOTAL, Results.TOTAL),
              contribution.tally());
          for (Breakdown breakdown : evaluation.breakdowns()) {
            if (breakdown instanceof Breakdown.ByPeriod) {
              continue;
            }
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            for (Episode episode : breakdown.placing(contribution.episodes())) {
              keys.addAll(breakdown.keys(records.subject(), contribution.member(), episode,
                  evaluation.period(), evaluation.asOf()));
            }
            for (String key : keys) {
              accumulator.add(new Results.Key(code, breakdown.name(), key),
                  contribution.tally());
            }
          }
        }
        for (Breakdown breakdown : evaluation.breakdowns()) {
          if (breakdown instanceof Breakdown.ByPeriod) {
            for (ReportingPeriod part : evaluation.period().split(
                ((Breakdown.ByPeriod) breakdown).kind())) {
              for (Contribution contribution : bound.contributions(records, part,
                  evaluation.asOf())) {
                accumulator.add(new Results.Key(code, breakdown.name(), part.toString()),
                    contribution.tally());
              }
            }
          }
        }
      }
    }
    return accumulator.toResults();
  }

  private static <T> List<T> reverse(List<T> items) {
    List<T> reversed = new ArrayList<>(items);
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  // ---------------------------------------------------------------------------------------------
  // 5. Additive and distinct counts against their rows

  @Test
  void episodeRowsSumToTheTotalAndFamilyRowsNeverSumToLess() {
    AtomicInteger familiesInTwoLas = new AtomicInteger();
    AtomicInteger childSubjects = new AtomicInteger();
    AtomicInteger episodesOutsidePeriod = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(80).forAll(cases()).checkAssert(c -> {
      assertValid(c);
      Results results = EVALUATION.evaluate(c.subjects().stream());

      long episodes = c.subjects().stream().mapToLong(r -> inPeriod(r).size()).sum();
      long families = 0;
      long familyLaPairs = 0;
      long children = 0;
      for (SubjectRecords records : c.subjects()) {
        List<Episode> open = inPeriod(records);
        episodesOutsidePeriod.addAndGet(records.episodes().size() - open.size());
        if (records.subject().kind() == SubjectKind.CHILD) {
          childSubjects.incrementAndGet();
          children += open.isEmpty() ? 0 : 1;
          continue;
        }
        if (open.isEmpty()) {
          continue;
        }
        families++;
        children += records.subject().members().stream()
            .filter(m -> m.role() == MemberRole.CHILD).count();
        long las = open.stream().map(Episode::localAuthority).distinct().count();
        familyLaPairs += las;
        if (las > 1) {
          familiesInTwoLas.incrementAndGet();
        }
      }

      // Additive: each episode has one local authority, so it is in exactly one row.
      assertThat(count(results.total("EPISODES"))).as("episodes").isEqualTo(episodes);
      assertThat(sum(results.rows("EPISODES", LA))).as("episode rows").isEqualTo(episodes);
      // Distinct: a family is in one row per local authority of its episodes, once in the total.
      assertThat(count(results.total("FAMILIES"))).as("distinct families").isEqualTo(families);
      long familyRows = sum(results.rows("FAMILIES", LA));
      assertThat(familyRows).as("family rows").isGreaterThanOrEqualTo(families)
          .isEqualTo(familyLaPairs);
      assertThat(count(results.total("CHILDREN"))).as("children").isEqualTo(children);
      // A unit with one or more episodes has at least one key: no breakdown drops a unit.
      for (String breakdown : List.of(LA, "delivery-model", "financial-quarter")) {
        assertThat(sum(results.rows("FAMILIES", breakdown))).as(breakdown)
            .isGreaterThanOrEqualTo(families);
      }
    });
    // Guards against a generator that silently stopped producing the interesting shapes.
    assertThat(familiesInTwoLas.get()).as("families in two local authorities").isPositive();
    assertThat(childSubjects.get()).as("child subjects").isPositive();
    assertThat(episodesOutsidePeriod.get()).as("episodes before the period").isPositive();
  }

  private static long count(java.util.Optional<Tally> tally) {
    return tally.map(t -> ((Count) t).value()).orElse(0L);
  }

  private static long sum(Map<String, Tally> rows) {
    return rows.values().stream().mapToLong(t -> ((Count) t).value()).sum();
  }

  // ---------------------------------------------------------------------------------------------
  // 6. Proportions

  @Test
  void everyProportionCellIsAProportionAndStableCoversEveryFamilyServed() {
    AtomicInteger betterOff = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(80).forAll(cases()).checkAssert(c -> {
      assertValid(c);
      Results results = EVALUATION.evaluate(c.subjects().stream());
      results.tallies().forEach((key, tally) -> {
        if (tally instanceof Proportion p) {
          assertThat(p.numerator()).as("%s", key).isBetween(0L, p.denominator());
          assertThat(p.excluded()).as("%s", key).isNotNegative();
          assertThat(p.notPaired()).as("%s", key).isNotNegative();
          assertThat(p.notEligible()).as("%s", key).isNotNegative();
          assertThat(p.initialPopulation()).as("%s", key).isPositive();
        }
      });
      long families = c.subjects().stream()
          .filter(r -> r.subject().kind() == SubjectKind.FAMILY && !inPeriod(r).isEmpty())
          .count();
      Proportion stable = (Proportion) results.total("STABLE").orElse(Proportion.EMPTY);
      assertThat(stable.initialPopulation()).as("STABLE initial population")
          .isEqualTo(families);
      betterOff.addAndGet((int) stable.numerator());
      Proportion evicted = (Proportion) results.total("EVICTED-AT-START")
          .orElse(Proportion.EMPTY);
      assertThat(evicted.initialPopulation()).as("EVICTED-AT-START initial population")
          .isEqualTo(families);
      // A family's row keys per breakdown cover it at least once: rows' populations >= total.
      for (String breakdown : List.of(LA, "delivery-model", "financial-quarter")) {
        long rowsPopulation = results.rows("STABLE", breakdown).values().stream()
            .mapToLong(t -> ((Proportion) t).initialPopulation()).sum();
        assertThat(rowsPopulation).as(breakdown).isGreaterThanOrEqualTo(families);
      }
    });
    assertThat(betterOff.get()).as("families better off").isPositive();
  }

  @Test
  void theGeneratedRecordsAreValidAndVaried() {
    AtomicInteger empty = new AtomicInteger();
    AtomicInteger notApplicable = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(50).forAll(cases()).checkAssert(c -> {
      assertValid(c);
      if (c.subjects().isEmpty()) {
        empty.incrementAndGet();
      }
      for (SubjectRecords records : c.subjects()) {
        closed.addAndGet((int) records.episodes().stream()
            .filter(e -> e.closureReason().isPresent()).count());
        notApplicable.addAndGet((int) records.reviews().stream()
            .flatMap(r -> r.ratings().stream()).filter(r -> r.value().isEmpty()).count());
      }
    });
    assertThat(closed.get()).as("episodes closed with a reason").isPositive();
    assertThat(notApplicable.get()).as("not applicable ratings").isPositive();
  }
}
