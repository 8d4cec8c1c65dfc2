package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.core.aggregate.AggregationFixtures.AS_OF;
import static org.obaframework.core.aggregate.AggregationFixtures.FRAMEWORK;
import static org.obaframework.core.aggregate.AggregationFixtures.YEAR;
import static org.obaframework.core.aggregate.AggregationFixtures.family;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ObaException;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.SubjectRecords;

class ResultsTest {
  private static SubjectRecords withModel(String id, String localAuthority, String model) {
    SubjectRecords records = family(id, localAuthority, 1, "high", "low", false, 7);
    Episode.Builder episode = Episode.builder().from(records.episodes().get(0));
    if (model != null) {
      episode.deliveryModel(model);
    }
    return SubjectRecords.of(records.subject(), List.of(episode.build()), records.reviews());
  }

  @Test
  void rowsAreInNaturalOrderOfKeyWithNotRecordedLast() {
    Evaluation evaluation = AggregationFixtures.evaluation().addBreakdowns(
        Breakdown.localAuthority(LocalAuthorityRule.EPISODE), Breakdown.deliveryModel()).build();

    Results results = evaluation.evaluate(Stream.of(
        withModel("F-1", "LA-2", null),
        withModel("F-2", "LA-10", "RESIDENTIAL"),
        withModel("F-3", "LA-1", "EXISTING"),
        withModel("F-4", "LA-2", null),
        withModel("F-5", "LA-1", "RESIDENTIAL")));

    // '(' sorts before letters, so "(not recorded)" last is the comparator's doing.
    Map<String, Tally> models = results.rows("FAMILIES", "delivery-model");
    assertThat(models.keySet()).containsExactly("EXISTING", "RESIDENTIAL", Breakdown.NOT_RECORDED);
    assertThat(models).containsEntry("EXISTING", Count.of(1))
        .containsEntry("RESIDENTIAL", Count.of(2)).containsEntry(Breakdown.NOT_RECORDED,
            Count.of(2));
    // Natural (string) order, not numeric: LA-10 before LA-2.
    assertThat(results.rows("FAMILIES", "local-authority").keySet())
        .containsExactly("LA-1", "LA-10", "LA-2");
    assertThat(results.rows("FAMILIES", "no-such-breakdown")).isEmpty();
    assertThat(results.rows("NO-SUCH-MEASURE", "local-authority")).isEmpty();
    assertThat(results.total("NO-SUCH-MEASURE")).isEmpty();
  }

  @Test
  void mergingTalliesOfDifferentKindsFails() {
    assertThatThrownBy(() -> Count.ONE.merge(Proportion.EMPTY))
        .isInstanceOf(ObaException.class)
        .hasMessageContaining("cannot merge a Count with a Proportion");
    assertThatThrownBy(() -> Proportion.EMPTY.merge(Summary.EMPTY))
        .isInstanceOf(ObaException.class);
    assertThatThrownBy(() -> Summary.EMPTY.merge(Count.ZERO)).isInstanceOf(ObaException.class);
    assertThatThrownBy(() -> Transitions.empty(List.of("no", "yes")).merge(Count.ZERO))
        .isInstanceOf(ObaException.class);
    assertThatThrownBy(() -> Transitions.empty(List.of("no", "yes"))
        .merge(Transitions.empty(List.of("low", "high"))))
        .isInstanceOf(ObaException.class)
        .hasMessageContaining("cannot merge transitions");
  }

  @Test
  void mergingResultsWhoseCellsHoldDifferentKindsFails() {
    SubjectRecords one = family("F-1", "LA-1", 1, "high", "low", false, 7);
    Results counted = Evaluation.builder().framework(FRAMEWORK).period(YEAR).asOf(AS_OF)
        .addMeasures(CountMeasure.of("M", Label.of("M"), "IFS", CountingUnit.EPISODE))
        .build().evaluate(one);
    Results proportioned = Evaluation.builder().framework(FRAMEWORK).period(YEAR).asOf(AS_OF)
        .addMeasures(ProcessMeasure.of("M", Label.of("M"), "IFS",
            ProcessCondition.baselineWithin(28)))
        .build().evaluate(one);

    assertThat(counted.total("M")).contains(Count.ONE);
    assertThat(proportioned.total("M")).contains(Proportion.of(1, 1));
    assertThatThrownBy(() -> counted.merge(proportioned)).isInstanceOf(ObaException.class)
        .hasMessageContaining("one result key holds one kind of tally");
    assertThatThrownBy(() -> proportioned.merge(counted)).isInstanceOf(ObaException.class);
    // The empty results merge with either.
    assertThat(Results.empty().merge(counted)).isEqualTo(counted);
    assertThat(proportioned.merge(Results.empty())).isEqualTo(proportioned);
  }

  @Test
  void resultsAreValuesEqualByTheirCells() {
    SubjectRecords one = family("F-1", "LA-1", 2, "high", "low", true, 7);
    Evaluation evaluation = AggregationFixtures.evaluation().build();
    assertThat(evaluation.evaluate(one)).isEqualTo(evaluation.evaluate(Stream.of(one)))
        .hasSameHashCodeAs(evaluation.evaluate(Stream.of(one)));
    assertThat(evaluation.evaluate(Stream.empty())).isSameAs(Results.empty());
    assertThat(Results.empty().tallies()).isEmpty();
  }

  @Test
  void takingAPartAwayKeepsTheDeterioratedApart() {
    Results.Key total = new Results.Key("M", Results.TOTAL, Results.TOTAL);
    Results whole = Results.of(Map.of(total, new Proportion(2, 6, 1, 1, 0, 3)));
    Results part = Results.of(Map.of(total, new Proportion(0, 2, 0, 0, 0, 2)));
    assertThat(whole.minus(part).total("M")).contains(new Proportion(2, 4, 1, 1, 0, 1));
    assertThat(whole.minus(part).merge(part)).isEqualTo(whole);
    assertThatThrownBy(() -> part.minus(whole)).isInstanceOf(ObaException.class)
        .hasMessageContaining("more units than");
  }
}
