package org.obaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.core.report.CellStatus.ROUNDED;
import static org.obaframework.core.report.CellStatus.SHOWN;
import static org.obaframework.core.report.CellStatus.SUPPRESSED_PRIMARY;
import static org.obaframework.core.report.CellStatus.SUPPRESSED_SECONDARY;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
  private static final CellStatus P = SUPPRESSED_PRIMARY;
  private static final CellStatus S = SUPPRESSED_SECONDARY;

  private static CountTable additive(long[][] cells) {
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < cells.length; r++) {
      rows.add(String.valueOf((char) ('A' + r)));
    }
    List<String> columns = new ArrayList<>(List.of("X", "Y", "Z", "W").subList(0,
        cells[0].length));
    return CountTable.additive(rows, columns, cells);
  }

  /** The texts of the table with its margins, row by row, totals last. */
  private static List<List<String>> texts(ControlledTable table) {
    List<List<String>> texts = new ArrayList<>();
    for (int r = 0; r <= table.rows().size(); r++) {
      List<String> line = new ArrayList<>();
      for (int c = 0; c <= table.columns().size(); c++) {
        line.add(item(table, r, c).text());
      }
      texts.add(line);
    }
    return texts;
  }

  /** The statuses of the table with its margins, row by row, totals last. */
  private static List<List<CellStatus>> statuses(ControlledTable table) {
    List<List<CellStatus>> statuses = new ArrayList<>();
    for (int r = 0; r <= table.rows().size(); r++) {
      List<CellStatus> line = new ArrayList<>();
      for (int c = 0; c <= table.columns().size(); c++) {
        line.add(item(table, r, c).status());
      }
      statuses.add(line);
    }
    return statuses;
  }

  private static Cell item(ControlledTable table, int r, int c) {
    int rows = table.rows().size();
    int columns = table.columns().size();
    if (r == rows) {
      return c == columns ? table.total() : table.columnTotal(c);
    }
    return c == columns ? table.rowTotal(r) : table.cell(r, c);
  }

  @Test
  void dfeHidesASmallCountAndItsComplementsInAWorkedTable() {
    //      X   Y   Z | total
    // A   20   3  15 |  38      3 is small: hidden (primary)
    // B   12  30  25 |  67      row A: 15 is the smallest other cell; column Y: 14;
    // C    8  14  40 |  62      then row C: 8, column X: 12, row B: 25, which closes
    //     40  47  80 | 167      the cycle 3-15-25-12-8-14 through rows and columns.
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{20, 3, 15}, {12, 30, 25}, {8, 14, 40}}), DisclosurePolicy.DFE);

    assertThat(texts(controlled)).containsExactly(
        List.of("20", "[c]", "[c]", "38"),
        List.of("[c]", "30", "[c]", "67"),
        List.of("[c]", "[c]", "40", "62"),
        List.of("40", "47", "80", "167"));
    assertThat(statuses(controlled)).containsExactly(
        List.of(SHOWN, P, S, SHOWN),
        List.of(S, SHOWN, S, SHOWN),
        List.of(S, S, SHOWN, SHOWN),
        List.of(SHOWN, SHOWN, SHOWN, SHOWN));
    assertThat(controlled.isHidden(0, 1)).isTrue();
    assertThat(controlled.isHidden(0, 0)).isFalse();
    assertThat(controlled.cell(0, 0).shown()).hasValue(20);
    assertThat(controlled.cell(0, 1).shown()).isEmpty();
    assertThat(controlled.table().count(0, 1)).isEqualTo(3);
    assertThat(controlled.toString()).isEqualTo(String.join("\n",
        "         X    Y    Z  Total",
        "A       20  [c]  [c]     38",
        "B      [c]   30  [c]     67",
        "C      [c]  [c]   40     62",
        "Total   40   47   80    167"));
  }

  @Test
  void ons105HidesCountsUnderTenAndRoundsTheRestToFive() {
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{12, 7}, {23, 31}}), DisclosurePolicy.ONS_10_5);

    assertThat(texts(controlled)).containsExactly(
        List.of("[c]", "[c]", "20"),
        List.of("[c]", "[c]", "55"),
        List.of("35", "40", "75"));
    assertThat(statuses(controlled)).containsExactly(
        List.of(S, P, ROUNDED),
        List.of(S, S, ROUNDED),
        List.of(ROUNDED, ROUNDED, ROUNDED));
    assertThat(controlled.columnTotal(0).shown()).hasValue(35);   // a multiple of 5 is ROUNDED too
  }

  @Test
  void statsWalesRoundsEveryCountToTheNearestFiveAndHidesNothing() {
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{1, 2}, {12, 27}}), DisclosurePolicy.STATS_WALES);

    assertThat(texts(controlled)).containsExactly(
        List.of("0", "0", "5"),
        List.of("10", "25", "40"),
        List.of("15", "30", "40"));
    assertThat(statuses(controlled)).allSatisfy(line -> assertThat(line).containsOnly(ROUNDED));
  }

  @Test
  void noneShowsEveryCountAsItIs() {
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{1, 0}, {12, 3}}), DisclosurePolicy.NONE);

    assertThat(texts(controlled)).containsExactly(
        List.of("1", "0", "1"),
        List.of("12", "3", "15"),
        List.of("13", "3", "16"));
    assertThat(statuses(controlled)).allSatisfy(line -> assertThat(line).containsOnly(SHOWN));
  }

  @Test
  void aSmallRowTotalIsHiddenWithItsComplements() {
    // Row A and its total are all small. Column X then needs a complement (10), row B another
    // (20), and the column of row totals, where 3 + 30 = 33, needs 30 hidden too.
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{1, 2}, {10, 20}}), DisclosurePolicy.DFE);

    assertThat(statuses(controlled)).containsExactly(
        List.of(P, P, P),
        List.of(S, S, S),
        List.of(SHOWN, SHOWN, SHOWN));
    assertThat(texts(controlled).get(2)).containsExactly("11", "22", "33");
  }

  @Test
  void aSmallGrandTotalHidesEverythingButZeros() {
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{1, 2}, {0, 1}}), DisclosurePolicy.DFE);

    assertThat(statuses(controlled)).containsExactly(
        List.of(P, P, P),
        List.of(SHOWN, P, P),
        List.of(P, P, P));
    assertThat(controlled.cell(1, 0).text()).isEqualTo("0");
  }

  @Test
  void zerosStayShownAndAreNotChosenAsComplements() {
    // The zeros in column X are smaller than 9 and 16, but a hidden zero beside a hidden 4
    // would leave the two summing to 4: the complements are 9, 11 and 16.
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{0, 4, 9}, {0, 11, 16}}), DisclosurePolicy.DFE);

    assertThat(texts(controlled)).containsExactly(
        List.of("0", "[c]", "[c]", "13"),
        List.of("0", "[c]", "[c]", "27"),
        List.of("0", "15", "25", "40"));
    assertThat(statuses(controlled).get(0)).containsExactly(SHOWN, P, S, SHOWN);
    assertThat(statuses(controlled).get(1)).containsExactly(SHOWN, S, S, SHOWN);
  }

  @Test
  void zerosAreHiddenWhenThePolicySaysSo() {
    DisclosurePolicy policy = DisclosurePolicy.custom().suppressUpTo(3).suppressZeros().build();
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{0, 14, 9}, {6, 11, 16}}), policy);

    assertThat(controlled.cell(0, 0).status()).isEqualTo(P);
    assertThat(controlled.cell(0, 0).text()).isEqualTo("[c]");
    assertThat(controlled.cell(0, 2).status()).isEqualTo(S);   // row A: 9 is the smallest
    assertThat(controlled.cell(1, 0).status()).isEqualTo(S);   // column X: 6
  }

  @Test
  void theAuditHidesMoreWhenTheRowsAndColumnsTogetherRevealACount() {
    // Every row and column with a hidden count has two or more, yet B-Z is determined: the rows
    // A and B minus the columns X and Y leave B-Z alone. The audit adds A-Z (20), the smallest
    // count beside it, which puts B-Z on a cycle.
    ControlledTable controlled = DisclosureControl.apply(additive(new long[][] {
        {2, 3, 20, 30},
        {4, 1, 2, 25},
        {40, 50, 3, 4},
        {35, 45, 5, 1}}), DisclosurePolicy.DFE);

    assertThat(statuses(controlled)).containsExactly(
        List.of(P, P, S, SHOWN, SHOWN),
        List.of(P, P, P, SHOWN, SHOWN),
        List.of(SHOWN, SHOWN, P, P, SHOWN),
        List.of(SHOWN, SHOWN, P, P, SHOWN),
        List.of(SHOWN, SHOWN, SHOWN, SHOWN, SHOWN));
  }

  @Test
  void withoutSecondarySuppressionOnlySmallCountsAreHidden() {
    DisclosurePolicy policy = DisclosurePolicy.custom().suppressUpTo(5)
        .withoutSecondarySuppression().build();
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{20, 3, 15}, {12, 30, 25}, {8, 14, 40}}), policy);

    assertThat(statuses(controlled).get(0)).containsExactly(SHOWN, P, SHOWN, SHOWN);
    assertThat(statuses(controlled).subList(1, 4))
        .allSatisfy(line -> assertThat(line).containsOnly(SHOWN));
  }

  @Test
  void aNonAdditiveTableIsProtectedByTheSameEquations() {
    // Distinct children: a child in both columns counts once in the row total.
    CountTable distinct = CountTable.of(List.of("A", "B"), List.of("X", "Y"),
        new long[][] {{20, 3}, {12, 30}}, new long[] {21, 40}, new long[] {31, 32}, 60);
    ControlledTable controlled = DisclosureControl.apply(distinct, DisclosurePolicy.DFE);

    assertThat(distinct.isAdditive()).isFalse();
    assertThat(statuses(controlled)).containsExactly(
        List.of(S, P, SHOWN),
        List.of(S, S, SHOWN),
        List.of(SHOWN, SHOWN, SHOWN));
  }

  @Test
  void aOneByOneTableWithASmallCountIsHiddenWhole() {
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{4}}), DisclosurePolicy.DFE);

    assertThat(statuses(controlled)).allSatisfy(line -> assertThat(line).containsOnly(P));
  }

  @Test
  void aOneColumnTableHidesTheTotalOfASmallRow() {
    // With one column each row total equals its cell, so it is small too; the column then needs
    // a second hidden count: 8, whose row total goes with it.
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{3}, {8}, {20}}), DisclosurePolicy.DFE);

    assertThat(statuses(controlled)).containsExactly(
        List.of(P, P),
        List.of(S, S),
        List.of(SHOWN, SHOWN),
        List.of(SHOWN, SHOWN));
  }

  @Test
  void thePackageExampleHoldsAndKeepsTheCountsForPercentages() {
    CountTable table = CountTable.additive(
        List.of("Leeds", "York"), List.of("Improved", "Not improved"),
        new long[][] {{20, 3}, {12, 30}});
    ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);

    assertThat(controlled.cell(0, 1).text()).isEqualTo("[c]");
    assertThat(controlled.cell(0, 0).text()).isEqualTo("[c]");
    assertThat(controlled.table().count(0, 1)).isEqualTo(3);
    assertThat(controlled.policy()).isSameAs(DisclosurePolicy.DFE);
    assertThat(controlled.toString()).isEqualTo(String.join("\n",
        "       Improved  Not improved  Total",
        "Leeds       [c]           [c]     23",
        "York        [c]           [c]     42",
        "Total        32            33     65"));
  }

  @Test
  void rejectsPositionsOutsideTheTable() {
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{1, 2}, {3, 4}}), DisclosurePolicy.NONE);
    assertThatThrownBy(() -> controlled.cell(0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> controlled.rowTotal(2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> controlled.isHidden(-1, 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void isDeterministic() {
    CountTable table = additive(new long[][] {{20, 3, 15}, {12, 30, 25}, {8, 14, 40}});
    assertThat(DisclosureControl.apply(table, DisclosurePolicy.DFE))
        .isEqualTo(DisclosureControl.apply(table, DisclosurePolicy.DFE))
        .hasSameHashCodeAs(DisclosureControl.apply(table, DisclosurePolicy.DFE));
  }
}
