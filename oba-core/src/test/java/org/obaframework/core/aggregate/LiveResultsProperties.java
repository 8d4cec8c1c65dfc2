package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ObaException;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.Label;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.testing.Draw;
import org.quicktheories.core.Gen;

/**
 * Properties of figures kept live: after any sequence of subjects added, changed (a review or an
 * episode removed, or every record replaced) and purged, {@link LiveResults#results()} equals a
 * full evaluation of the subjects held, cell by cell, for every measure and breakdown (counts,
 * proportions, transitions and summaries of whole numbers alike); and {@link Results#minus}
 * undoes {@link Results#merge}.
 */
class LiveResultsProperties {
  private static final long SEED = 20261127L;

  /** The properties' evaluation, with a change profile of a numeric indicator (summaries). */
  static final Evaluation EVALUATION = Evaluation.builder().from(AggregationProperties.EVALUATION)
      .addMeasures(TransitionMeasure.of("ATT-CHANGE", Label.of("Attendance change"), "IFS", "ATT",
          Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER))))
      .build();

  /** One step: which subject, and what happens to it. */
  private enum Step { ADD_OR_REPLACE, DROP_REVIEW, DROP_EPISODE, PURGE }

  /** Steps drawn, applied to live results and to a plain map of the subjects held. */
  record Run(List<String> log, Map<String, SubjectRecords> held, LiveResults live) {}

  private static Gen<Run> runs(int steps) {
    return in -> {
      Draw d = new Draw(in);
      LiveResults live = LiveResults.of(EVALUATION);
      Map<Integer, SubjectRecords> byIndex = new LinkedHashMap<>();
      List<String> log = new ArrayList<>();
      for (int s = 0; s < steps; s++) {
        int index = d.between(0, 24);
        Step step = d.pick(Step.class);
        SubjectRecords old = byIndex.get(index);
        if (old == null || step == Step.ADD_OR_REPLACE) {
          SubjectRecords fresh = AggregationProperties.subject(d, index);
          if (old != null && !old.subject().id().equals(fresh.subject().id())) {
            live.remove(old.subject().id());    // a child's index now holds a family, or back
          }
          byIndex.put(index, fresh);
          live.put(fresh);
          log.add("put " + fresh.subject().id());
        } else if (step == Step.PURGE) {
          byIndex.remove(index);
          assertThat(live.remove(old.subject().id())).isTrue();
          log.add("purge " + old.subject().id());
        } else if (step == Step.DROP_REVIEW && !old.reviews().isEmpty()) {
          Review gone = d.pick(old.reviews());
          SubjectRecords changed = SubjectRecords.of(old.subject(), old.episodes(),
              old.reviews().stream().filter(r -> r != gone).toList());
          byIndex.put(index, changed);
          live.put(changed);
          log.add("drop " + gone.id());
        } else if (step == Step.DROP_EPISODE && !old.episodes().isEmpty()) {
          Episode gone = d.pick(old.episodes());
          SubjectRecords changed = SubjectRecords.of(old.subject(),
              old.episodes().stream().filter(e -> e != gone).toList(),
              old.reviews().stream().filter(r -> !r.episode().equals(gone.id())).toList());
          byIndex.put(index, changed);
          live.put(changed);
          log.add("drop " + gone.id());
        }
      }
      Map<String, SubjectRecords> held = new LinkedHashMap<>();
      byIndex.values().forEach(r -> held.put(r.subject().id(), r));
      return new Run(log, held, live);
    };
  }

  @Test
  void liveResultsEqualAFullEvaluationAfterAnySequenceOfChanges() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(runs(150)).checkAssert(run -> {
      Results full = EVALUATION.evaluate(run.held().values().stream());
      assertThat(run.live().results()).as("after %s", run.log()).isEqualTo(full);
      assertThat(run.live().size()).isEqualTo(run.held().size());
      for (SubjectRecords records : run.held().values()) {
        assertThat(run.live().contribution(records.subject().id()))
            .contains(EVALUATION.evaluate(records));
      }
    });
  }

  @Test
  void minusUndoesMerge() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(AggregationProperties.cases())
        .checkAssert(c -> {
          List<List<SubjectRecords>> parts = c.partition();
          Results whole = EVALUATION.evaluate(c.subjects().stream());
          Results first = EVALUATION.evaluate(parts.get(0).stream());
          Results rest = EVALUATION.evaluate(parts.stream().skip(1).flatMap(List::stream));
          // A summary cell whose extreme the part holds is recomputed from the rest's own cell.
          assertThat(whole.minus(first, key -> Optional.ofNullable(rest.tallies().get(key))))
              .isEqualTo(rest);
          assertThat(whole.minus(whole)).isEqualTo(Results.empty());
          assertThat(whole.minus(Results.empty())).isSameAs(whole);
        });
  }

  @Test
  void minusRefusesWhatIsNotAPartAndSummaryExtremesItCannotTell() {
    SubjectRecords family = AggregationFixtures.family("F-1", "LA-1", 1, "high", "low", true, 3);
    SubjectRecords other = AggregationFixtures.family("F-2", "LA-2", 1, "high", "low", true, 3);
    Results one = EVALUATION.evaluate(family);
    assertThatThrownBy(() -> one.minus(EVALUATION.evaluate(other)))
        .isInstanceOf(ObaException.class)
        .hasMessageContaining("not a part of these")
        .hasMessageContaining("breakdown 'local-authority'");
    assertThatThrownBy(() -> one.minus(one.merge(one)))
        .isInstanceOf(ObaException.class).hasMessageContaining("more units than");
    Results summaries = Results.of(Map.of(new Results.Key("M", Results.TOTAL, Results.TOTAL),
        Summary.of(1).merge(Summary.of(5))));
    Results part = Results.of(Map.of(new Results.Key("M", Results.TOTAL, Results.TOTAL),
        Summary.of(5)));
    assertThatThrownBy(() -> summaries.minus(part))
        .isInstanceOf(ObaException.class).hasMessageContaining("least or greatest");
    assertThat(summaries.minus(part, key -> Optional.of(Summary.of(1))).total("M"))
        .contains(Summary.of(1));
  }

  @Test
  void restoredResultsHoldUnitsOnly() {
    assertThatThrownBy(() -> Results.of(Map.of(new Results.Key("M", Results.TOTAL,
        Results.TOTAL), Count.ZERO)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("measure definition 'M'")
        .hasMessageContaining("a tally of at least one unit");
    Results results = EVALUATION.evaluate(
        AggregationFixtures.family("F-1", "LA-1", 1, "high", "low", true, 3));
    assertThat(Results.of(results.tallies())).isEqualTo(results);
  }

  @Test
  void aSubjectOfNoUnitIsHeldAndPurged() {
    LiveResults live = LiveResults.of(EVALUATION);
    SubjectRecords nothing = SubjectRecords.of(
        org.obaframework.core.records.Subject.child("C-1").build(), List.of(), List.of());
    live.put(nothing);
    assertThat(live.size()).isEqualTo(1);
    assertThat(live.results()).isEqualTo(Results.empty());
    assertThat(live.remove("C-1")).isTrue();
    assertThat(live.remove("C-1")).isFalse();
    assertThat(live.toString()).isEqualTo("LiveResults[0 subjects, 0 cells]");
  }
}
