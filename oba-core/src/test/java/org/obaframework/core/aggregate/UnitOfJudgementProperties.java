package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Composite;
import org.obaframework.core.change.Deterioration;
import org.obaframework.core.change.EpisodeChoice;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.quicktheories.core.Gen;

/**
 * Issue 13's properties of units of judgement over children and families with any number of
 * episodes, overlapping or not, in one programme or two: a child counts at most once in any cell
 * of distinct children (a family at most once in a cell of families, and its children at most as
 * many times as it has), whatever its episodes; every row of every breakdown nests its numerator
 * within its denominator within its initial population, holds no more units than the total, and
 * splits its denominator into better off, no change and deteriorated.
 *
 * <p>The evaluation of every kind of measure, with every episode choice, by seven breakdowns of
 * which three are cohorts, on subjects with up to four episodes each.
 */
class UnitOfJudgementProperties {
  private static final long SEED = 20261207L;
  private static final ReportingPeriod PERIOD = ReportingPeriod.of(LocalDate.of(2024, 4, 1),
      LocalDate.of(2026, 3, 31));
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private static final LocalDate EARLIEST = LocalDate.of(2023, 10, 1);
  private static final Pairing PRACTITIONER =
      Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER));

  /** Every kind of measure, with each unit of judgement that counts children or families. */
  private static final List<MeasureDefinition> MEASURES = measures();

  private static List<MeasureDefinition> measures() {
    List<MeasureDefinition> measures = new ArrayList<>();
    measures.add(CountMeasure.of("C-CHILD", Label.of("c"), "YC", CountingUnit.CHILD));
    measures.add(CountMeasure.of("C-FAMILY", Label.of("c"), "YC", CountingUnit.FAMILY));
    measures.add(CountMeasure.of("C-VIEW-CHILD", Label.of("c"), "YC", CountingUnit.CHILD)
        .withRaters(java.util.Set.of(Rater.CHILD_OR_YOUNG_PERSON)));
    BaselineCondition low = BaselineCondition.worseThan("WB", ScaleValue.of(20));
    for (EpisodeChoice choice : EpisodeChoice.values()) {
      for (CountingUnit unit : List.of(CountingUnit.CHILD, CountingUnit.FAMILY)) {
        String suffix = unit + "-" + choice;
        measures.add(BetterOffDefinition.of(Label.of(suffix), BetterOffMeasure.builder()
            .code("B-" + suffix).programme("YC").countingUnit(unit).episodeChoice(choice)
            .addIndicators("WB", "CARING")
            .putRules("WB", BetterOffRule.improvedByAtLeast(5))
            .composite(choice.ordinal() % 2 == 0 ? Composite.corc()
                : Composite.any().requiring(Composite.Paired.EVERY))
            .deterioration(choice == EpisodeChoice.FIRST ? Deterioration.byAtLeast(2)
                : Deterioration.mirror())
            .familyRule(choice == EpisodeChoice.ALL ? FamilyRule.ALL_MEMBERS
                : FamilyRule.ANY_MEMBER)
            .pairing(PRACTITIONER).build()));
        measures.add(BaselineProfile.of("P-" + suffix, Label.of(suffix), "YC", unit, low)
            .withEpisodeChoice(choice));
        measures.add(ProcessMeasure.of("W-" + suffix, Label.of(suffix), "YC",
            ProcessCondition.baselineWithin(14)).withUnit(unit, choice));
        if (!choice.isEach() && unit == CountingUnit.CHILD) {
          measures.add(TransitionMeasure.of("T-" + suffix, Label.of(suffix), "YC", "CARING",
              PRACTITIONER).withUnit(unit, choice));
        }
      }
    }
    return List.copyOf(measures);
  }

  private static final List<Breakdown> BREAKDOWNS = List.of(
      Breakdown.localAuthority(LocalAuthorityRule.EPISODE),
      Breakdown.hierarchy("area", Breakdown.programme(),
          Breakdown.localAuthority(LocalAuthorityRule.AT_PERIOD_END)),
      Breakdown.programme(),
      Breakdown.period(PeriodKind.FINANCIAL_YEAR),
      Breakdown.cohort(Cohort.STARTED, PeriodKind.FINANCIAL_QUARTER),
      Breakdown.cohort(Cohort.CLOSED, PeriodKind.FINANCIAL_YEAR),
      Breakdown.cohort(Cohort.BASELINE, PeriodKind.MONTH));

  static final Evaluation EVALUATION = Evaluation.builder()
      .framework(ConcurrentEpisodesTest.FRAMEWORK).period(PERIOD).asOf(AS_OF)
      .measures(MEASURES).breakdowns(BREAKDOWNS).build();

  /** A child or a family with 1-4 episodes, their reviews drawn from the numbers. */
  static Gen<SubjectRecords> subjects() {
    return lists().of(integers().between(0, 100_000)).ofSize(80)
        .map(UnitOfJudgementProperties::subject);
  }

  private static SubjectRecords subject(List<Integer> numbers) {
    int[] at = {0};
    IntSupplier n = () -> numbers.get(at[0]++ % numbers.size());
    boolean family = n.getAsInt() % 3 == 0;
    String id = family ? "F-1" : "C-1";
    Subject.Builder subject = family ? Subject.family(id) : Subject.child(id);
    List<String> persons = new ArrayList<>();
    if (family) {
      int members = 1 + n.getAsInt() % 3;
      for (int m = 0; m < members; m++) {
        boolean child = m == 0 || n.getAsInt() % 2 == 0;
        String member = id + (child ? "-C" : "-A") + m;
        subject.addMembers(Member.of(member, child ? MemberRole.CHILD : MemberRole.ADULT));
        if (child) {
          persons.add(member);
        }
      }
    } else {
      persons.add("");
    }
    List<Episode> episodes = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    int count = 1 + n.getAsInt() % 4;
    for (int e = 0; e < count; e++) {
      LocalDate start = EARLIEST.plusDays(n.getAsInt() % 880);
      Episode.Builder episode = Episode.builder().id("E-" + e).subject(id)
          .programme(n.getAsInt() % 4 == 0 ? "FS" : "YC")
          .localAuthority("LA-" + (1 + n.getAsInt() % 3)).start(start);
      LocalDate last = AS_OF;
      if (n.getAsInt() % 2 == 0) {
        last = start.plusDays(n.getAsInt() % 400);
        last = last.isAfter(AS_OF) ? AS_OF : last;
        episode.end(last).closureReason(ClosureReason.PLANNED);
      }
      Episode built = episode.build();
      episodes.add(built);
      int span = (int) java.time.temporal.ChronoUnit.DAYS.between(start, last);
      if (n.getAsInt() % 5 == 0) {
        continue;   // no review at all
      }
      LocalDate baseline = start.plusDays(n.getAsInt() % (span + 1));
      reviews.add(review("R-" + e + "-1", built, ReviewKind.BASELINE, Rater.PRACTITIONER,
          baseline, persons, n));
      int later = n.getAsInt() % 3;
      for (int r = 0; r < later; r++) {
        LocalDate on = baseline.plusDays(n.getAsInt() % ((int) java.time.temporal.ChronoUnit
            .DAYS.between(baseline, last) + 1));
        reviews.add(review("R-" + e + "-" + (r + 2), built, ReviewKind.REVIEW,
            n.getAsInt() % 4 == 0 ? Rater.CHILD_OR_YOUNG_PERSON : Rater.PRACTITIONER, on,
            persons, n));
      }
    }
    return SubjectRecords.of(subject.build(), episodes, reviews);
  }

  private static Review review(String id, Episode episode, ReviewKind kind, Rater rater,
      LocalDate on, List<String> persons, IntSupplier n) {
    Review.Builder review = Review.builder().id(id).episode(episode.id()).kind(kind)
        .rater(rater).assessedOn(on);
    for (String person : persons) {
      for (String indicator : episode.programme().equals("YC") ? List.of("WB", "CARING")
          : List.of("WB")) {
        int value = n.getAsInt();
        if (value % 7 == 0) {
          continue;
        }
        Rating rating = indicator.equals("WB") ? Rating.of("WB", value % 51)
            : Rating.of("CARING", List.of("none", "low", "medium", "high").get(value % 4));
        review.addRatings(person.isEmpty() ? rating : rating.about(person));
      }
    }
    return review.build();
  }

  /** How many units of a measure's kind a subject holds: 1, or a family's children. */
  private static long most(String measure, SubjectRecords subject) {
    boolean children = measure.contains("CHILD");
    if (children && subject.subject().kind() == org.obaframework.core.records.SubjectKind.FAMILY) {
      return subject.subject().members().stream().filter(m -> m.role() == MemberRole.CHILD)
          .count();
    }
    return 1;
  }

  private static long units(Tally tally) {
    return tally instanceof Count count ? count.value()
        : tally instanceof Proportion p ? p.initialPopulation()
        : tally instanceof Transitions t ? t.total() : ((Summary) tally).count();
  }

  @Test
  void aChildCountsAtMostOnceInEveryCellWhateverItsEpisodes() {
    AtomicInteger several = new AtomicInteger();
    AtomicInteger overlapping = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(400).forAll(subjects()).checkAssert(subject -> {
      assertThat(RecordValidator.of(ConcurrentEpisodesTest.FRAMEWORK, AS_OF).validate(
          Records.of(List.of(subject.subject()), subject.episodes(), subject.reviews())))
          .isEmpty();
      if (subject.episodes().size() > 1) {
        several.incrementAndGet();
      }
      if (overlaps(subject.episodes())) {
        overlapping.incrementAndGet();
      }
      Results results = EVALUATION.evaluate(subject);
      results.tallies().forEach((key, tally) -> assertThat(units(tally))
          .as("%s of %s", key, subject).isLessThanOrEqualTo(most(key.measure(), subject)));
    });
    assertThat(several.get()).as("subjects with several episodes").isGreaterThan(100);
    assertThat(overlapping.get()).as("subjects with overlapping episodes").isGreaterThan(50);
  }

  private static boolean overlaps(List<Episode> episodes) {
    for (Episode one : episodes) {
      for (Episode other : episodes) {
        if (one != other && one.programme().equals(other.programme())
            && !one.start().isAfter(other.end().orElse(LocalDate.MAX))
            && !other.start().isAfter(one.end().orElse(LocalDate.MAX))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void everyRowNestsItsPopulationsAndHoldsNoMoreUnitsThanTheTotal() {
    AtomicInteger deteriorated = new AtomicInteger();
    AtomicInteger rows = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(40)
        .forAll(lists().of(subjects()).ofSizeBetween(1, 10)).checkAssert(list -> {
          List<SubjectRecords> distinct = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            distinct.add(renamed(list.get(i), i));
          }
          Results results = EVALUATION.evaluate(distinct.stream());
          for (MeasureDefinition measure : MEASURES) {
            Tally total = results.total(measure.code()).orElse(measure.empty(
                ConcurrentEpisodesTest.FRAMEWORK));
            for (Breakdown breakdown : BREAKDOWNS) {
              for (Map.Entry<String, Tally> row
                  : results.rows(measure.code(), breakdown.name()).entrySet()) {
                rows.incrementAndGet();
                Tally tally = row.getValue();
                String as = measure.code() + " by " + breakdown.name() + " " + row.getKey();
                if (tally instanceof Count || tally instanceof Proportion) {
                  // Every unit of a row is a unit of the total. (A matrix counts paired changes
                  // only, and a cohort's unit may be paired on the cohort's episode alone.)
                  assertThat(units(tally)).as(as).isLessThanOrEqualTo(units(total));
                }
                if (tally instanceof Proportion p) {
                  assertThat(p.numerator()).as(as).isLessThanOrEqualTo(p.denominator());
                  assertThat(p.denominator()).as(as).isLessThanOrEqualTo(p.initialPopulation());
                  assertThat(p.numerator() + p.noChange() + p.deteriorated()).as(as)
                      .isEqualTo(p.denominator());
                  assertThat(p.noChange()).as(as).isNotNegative();
                  if (p.deteriorated() > 0) {
                    deteriorated.incrementAndGet();
                  }
                }
              }
            }
          }
        });
    assertThat(rows.get()).isGreaterThan(1000);
    assertThat(deteriorated.get()).as("rows with deteriorated units").isGreaterThan(100);
  }

  /** The subject with its ids made distinct by a number. */
  static SubjectRecords renamed(SubjectRecords records, int number) {
    String from = records.subject().id();
    String to = from + "-" + number;
    Subject.Builder subject = records.subject().kind()
        == org.obaframework.core.records.SubjectKind.FAMILY ? Subject.family(to)
        : Subject.child(to);
    for (Member member : records.subject().members()) {
      subject.addMembers(Member.of(member.id().replace(from, to), member.role()));
    }
    List<Episode> episodes = records.episodes().stream()
        .map(e -> Episode.builder().from(e).id(e.id() + "-" + number).subject(to).build())
        .toList();
    List<Review> reviews = records.reviews().stream().map(r -> Review.builder().from(r)
        .id(r.id() + "-" + number).episode(r.episode() + "-" + number)
        .ratings(r.ratings().stream().map(rating -> rating.member()
            .map(m -> rating.about(m.replace(from, to))).orElse(rating)).toList())
        .build()).toList();
    return SubjectRecords.of(subject.build(), episodes, reviews);
  }
}
