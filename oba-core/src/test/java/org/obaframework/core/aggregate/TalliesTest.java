package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ObaException;

/** The mutable cells behind an evaluation add up as the tallies' own merges do. */
class TalliesTest {
  @Test
  void cellsAddCountsAndProportionsAsTheirMergesDo() {
    Tallies.Cell count = new Tallies.Cell();
    count.add(Count.ONE);
    count.add(Count.of(41));
    assertThat(count.tally()).isEqualTo(Count.ONE.merge(Count.of(41)));

    Tallies.Cell proportion = new Tallies.Cell();
    Proportion one = new Proportion(1, 2, 3, 4, 5);
    Proportion two = new Proportion(6, 7, 8, 9, 10);
    proportion.add(one);
    proportion.add(two);
    assertThat(proportion.tally()).isEqualTo(one.merge(two));

    Tallies.Cell summary = new Tallies.Cell();
    Summary first = Summary.of(2.0);
    Summary second = Summary.of(5.0);
    summary.add(first);
    summary.add(second);
    assertThat(summary.tally()).isEqualTo(first.merge(second));
  }

  @Test
  void aCellRefusesASecondKindWithTheMergesMessage() {
    Proportion proportion = Proportion.of(1, 2);
    Tallies.Cell cell = new Tallies.Cell();
    cell.add(proportion);
    String expected = messageOf(() -> proportion.merge(Count.ONE));
    assertThatThrownBy(() -> cell.add(Count.ONE)).isInstanceOf(ObaException.class)
        .hasMessage(expected).hasMessageContaining("Proportion").hasMessageContaining("Count");

    Tallies.Cell counts = new Tallies.Cell();
    counts.add(Count.ONE);
    assertThatThrownBy(() -> counts.add(proportion)).isInstanceOf(ObaException.class)
        .hasMessage(messageOf(() -> Count.ONE.merge(proportion)));
  }

  @Test
  void combinedTalliesEqualOneTallyOfEverything() {
    List<String> measures = List.of("A", "B");
    List<String> breakdowns = List.of("local-authority");
    Tallies left = new Tallies(measures, breakdowns);
    Tallies right = new Tallies(measures, breakdowns);
    Tallies all = new Tallies(measures, breakdowns);
    for (Tallies t : List.of(left, all)) {
      t.addTotal(0, Count.ONE);
      t.add(0, 0, "LA-1", Count.ONE);
      t.addTotal(1, Proportion.of(1, 1));
    }
    for (Tallies t : List.of(right, all)) {
      t.addTotal(0, Count.ONE);
      t.add(0, 0, "LA-2", Count.ONE);
      t.addTotal(1, Proportion.of(0, 1));
    }
    Results results = left.combine(right).toResults();
    assertThat(results).isEqualTo(all.toResults());
    assertThat(results.total("A")).contains(Count.of(2));
    assertThat(results.total("B")).contains(Proportion.of(1, 2));
    assertThat(results.rows("A", "local-authority")).containsOnlyKeys("LA-1", "LA-2");
    assertThat(results.rows("B", "local-authority")).isEmpty();
  }

  private static String messageOf(Runnable merge) {
    try {
      merge.run();
    } catch (ObaException e) {
      return e.getMessage();
    }
    throw new AssertionError("no exception");
  }
}
