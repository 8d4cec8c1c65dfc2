package org.obaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.core.report.CellStatus.ROUNDED;
import static org.obaframework.core.report.CellStatus.SHOWN;
import static org.obaframework.core.report.CellStatus.SUPPRESSED;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
  private static final CellStatus H = SUPPRESSED;

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
        line.add(TableAttack.at(table, r, c).text());
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
        line.add(TableAttack.at(table, r, c).status());
      }
      statuses.add(line);
    }
    return statuses;
  }

  /**
   * Asserts that an independent attacker of the published table narrows no sensitive count to a
   * range less than the policy's protection interval.
   */
  private static void assertProtected(CountTable table, DisclosurePolicy policy,
      ControlledTable controlled) {
    TableAttack attack = new TableAttack(controlled, policy);
    for (int r = 0; r <= table.rows().size(); r++) {
      for (int c = 0; c <= table.columns().size(); c++) {
        long value = table.marginal(r, c);
        if (policy.isSensitive(value)) {
          long[] range = attack.range(r, c);
          assertThat(range[0]).isLessThanOrEqualTo(value);
          assertThat(range[1]).isGreaterThanOrEqualTo(value);
          assertThat(range[1] - range[0]).as("%s at %d,%d under %s in\n%s", value, r, c, policy,
              controlled).isGreaterThanOrEqualTo(policy.protectionWidth());
        }
      }
    }
  }

  @Test
  void dfeHidesASmallCountAndItsComplementsInAWorkedTable() {
    CountTable table = additive(new long[][] {{20, 3, 15}, {12, 30, 25}, {8, 14, 40}});
    ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);

    // The 3 is small; the singleton rule then builds a cycle of complements through the
    // smallest counts: 15 in its row, 14 in its column, 25, 8 and 12 to close it.
    assertThat(statuses(controlled)).containsExactly(
        List.of(SHOWN, H, H, SHOWN),
        List.of(H, SHOWN, H, SHOWN),
        List.of(H, H, SHOWN, SHOWN),
        List.of(SHOWN, SHOWN, SHOWN, SHOWN));
    assertThat(controlled.cell(0, 0).shown()).hasValue(20);
    assertThat(controlled.cell(0, 1).shown()).isEmpty();
    assertThat(controlled.toString()).isEqualTo(String.join("\n",
        "         X    Y    Z  Total",
        "A       20  [c]  [c]     38",
        "B      [c]   30  [c]     67",
        "C      [c]  [c]   40     62",
        "Total   40   47   80    167"));
    // The 3 may be anything from 1 to 14: 15, 12 and 14 each leave room along the cycle.
    assertThat(new TableAttack(controlled, DisclosurePolicy.DFE).range(0, 1))
        .containsExactly(1, 14);
    assertProtected(table, DisclosurePolicy.DFE, controlled);
  }

  @Test
  void aComplementNarrowingACountBelowTheThresholdIsNotEnough() {
    // 3 and 4 hidden together in row A would leave 7 between them: each 1 to 6, a range of 5,
    // just enough; with 3 and 2 they would leave 5: each 1 to 4, too narrow, so a third count
    // of the row (8) is hidden too.
    CountTable wide = additive(new long[][] {{3, 4, 30}, {20, 30, 40}});
    ControlledTable enough = DisclosureControl.apply(wide, DisclosurePolicy.DFE);
    assertThat(new TableAttack(enough, DisclosurePolicy.DFE).range(0, 0)[1]
        - new TableAttack(enough, DisclosurePolicy.DFE).range(0, 0)[0])
        .isGreaterThanOrEqualTo(5);
    assertProtected(wide, DisclosurePolicy.DFE, enough);

    CountTable narrow = additive(new long[][] {{3, 2, 8, 30}, {20, 30, 40, 50}});
    ControlledTable controlled = DisclosureControl.apply(narrow, DisclosurePolicy.DFE);
    assertThat(controlled.cell(0, 2).isHidden()).isTrue();
    assertProtected(narrow, DisclosurePolicy.DFE, controlled);
  }

  @Test
  void ons105HidesCountsUnderTenAndRoundsTheRestToFive() {
    CountTable table = additive(new long[][] {{12, 7}, {23, 31}});
    ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.ONS_10_5);

    // The rounding bands of 20, 40 and 75 leave the 7 anything from 4 to 16 once 12 and 31
    // are hidden with it.
    assertThat(texts(controlled)).containsExactly(
        List.of("[c]", "[c]", "20"),
        List.of("25", "[c]", "55"),
        List.of("35", "40", "75"));
    assertThat(statuses(controlled)).containsExactly(
        List.of(H, H, ROUNDED),
        List.of(ROUNDED, H, ROUNDED),
        List.of(ROUNDED, ROUNDED, ROUNDED));
    assertThat(controlled.columnTotal(0).shown()).hasValue(35);   // a multiple of 5 is ROUNDED too
    assertProtected(table, DisclosurePolicy.ONS_10_5, controlled);
  }

  @Test
  void statsWalesRoundsEveryCountAndHidesOnlyWhereRoundingIsUndone() {
    CountTable safe = additive(new long[][] {{20, 3, 15}, {12, 30, 25}, {8, 14, 40}});
    ControlledTable rounded = DisclosureControl.apply(safe, DisclosurePolicy.STATS_WALES);
    assertThat(statuses(rounded)).allSatisfy(line -> assertThat(line).containsOnly(ROUNDED));
    assertThat(rounded.cell(0, 1).text()).isEqualTo("5");
    assertProtected(safe, DisclosurePolicy.STATS_WALES, rounded);

    // Four 2s shown as 0, in a grand total of 8 shown as 10 (8 to 12): the cells add up to at
    // most 8, so each is 2 exactly. Rounding alone is undone; hiding makes it hold again.
    CountTable undone = additive(new long[][] {{2, 2}, {2, 2}});
    ControlledTable plain = DisclosureControl.apply(undone, DisclosurePolicy.custom().roundTo(5)
        .withoutSecondarySuppression().build());
    assertThat(texts(plain).get(0)).containsExactly("0", "0", "5");
    assertThat(new TableAttack(plain, DisclosurePolicy.STATS_WALES).range(0, 0))
        .containsExactly(2, 2);
    ControlledTable controlled = DisclosureControl.apply(undone, DisclosurePolicy.STATS_WALES);
    assertThat(texts(controlled).stream().flatMap(List::stream)).contains("[c]");
    assertProtected(undone, DisclosurePolicy.STATS_WALES, controlled);
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
    CountTable table = additive(new long[][] {{1, 2}, {10, 20}});
    ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);

    assertThat(statuses(controlled)).containsExactly(
        List.of(H, H, H),
        List.of(H, H, H),
        List.of(SHOWN, SHOWN, SHOWN));
    assertThat(texts(controlled).get(2)).containsExactly("11", "22", "33");
    assertProtected(table, DisclosurePolicy.DFE, controlled);
  }

  @Test
  void aSmallGrandTotalHidesEverythingButZeros() {
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{1, 2}, {0, 1}}), DisclosurePolicy.DFE);

    assertThat(statuses(controlled)).containsExactly(
        List.of(H, H, H),
        List.of(SHOWN, H, H),
        List.of(H, H, H));
    assertThat(controlled.cell(1, 0).text()).isEqualTo("0");
  }

  @Test
  void zerosStayShownAndAreNeverComplements() {
    // A hidden zero beside the hidden 4 would leave the two summing to 4, and a published
    // policy that shows zeros tells that every hidden count is at least 1: zeros are never
    // complements, whatever their size.
    CountTable table = additive(new long[][] {{0, 4, 9}, {0, 11, 16}});
    ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);

    assertThat(texts(controlled)).containsExactly(
        List.of("0", "[c]", "[c]", "13"),
        List.of("0", "[c]", "[c]", "27"),
        List.of("0", "15", "25", "40"));
    assertProtected(table, DisclosurePolicy.DFE, controlled);
  }

  @Test
  void aStructuralZeroRowIsNeverAComplement() {
    // Row B is all zeros (a level nobody was at): hiding its cells would protect nothing, since
    // its total 0 tells them. The complements come from rows that have counts to spare.
    CountTable table = additive(new long[][] {{3, 20, 9}, {0, 0, 0}, {12, 4, 25}});
    ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);
    for (int c = 0; c <= 3; c++) {
      assertThat(TableAttack.at(controlled, 1, c).text()).isEqualTo("0");
    }
    assertProtected(table, DisclosurePolicy.DFE, controlled);
  }

  @Test
  void zerosAreHiddenWhenThePolicySaysSo() {
    DisclosurePolicy policy = DisclosurePolicy.custom().suppressUpTo(3).suppressZeros().build();
    CountTable table = additive(new long[][] {{0, 14, 9}, {6, 11, 16}});
    ControlledTable controlled = DisclosureControl.apply(table, policy);

    assertThat(controlled.cell(0, 0).status()).isEqualTo(H);
    assertThat(controlled.cell(0, 0).text()).isEqualTo("[c]");
    assertProtected(table, policy, controlled);
  }

  @Test
  void theAuditHidesMoreWhenTheRowsAndColumnsTogetherNarrowACount() {
    CountTable table = additive(new long[][] {
        {2, 3, 20, 30},
        {4, 1, 2, 25},
        {40, 50, 3, 4},
        {35, 45, 5, 1}});
    ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);
    assertProtected(table, DisclosurePolicy.DFE, controlled);
    assertThat(controlled.total().text()).isEqualTo("270");
  }

  @Test
  void withoutSecondarySuppressionOnlySmallCountsAreHidden() {
    DisclosurePolicy policy = DisclosurePolicy.custom().suppressUpTo(5)
        .withoutSecondarySuppression().build();
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{20, 3, 15}, {12, 30, 25}, {8, 14, 40}}), policy);

    assertThat(statuses(controlled).get(0)).containsExactly(SHOWN, H, SHOWN, SHOWN);
    assertThat(statuses(controlled).subList(1, 4))
        .allSatisfy(line -> assertThat(line).containsOnly(SHOWN));
  }

  @Test
  void aNonAdditiveTableIsProtectedByWhatStillHolds() {
    // Distinct children: a child in both columns counts once in the row total, so a row's cells
    // are each at most its total and together at least it, no equation.
    CountTable distinct = CountTable.of(List.of("A", "B"), List.of("X", "Y"),
        new long[][] {{20, 3}, {12, 30}}, new long[] {21, 40}, new long[] {31, 32}, 60);
    ControlledTable controlled = DisclosureControl.apply(distinct, DisclosurePolicy.DFE);

    assertThat(distinct.isAdditive()).isFalse();
    assertThat(controlled.cell(0, 1).isHidden()).isTrue();
    // 3 <= 21 and 20 + 3 >= 21 leave it 1 to 21, whatever else is shown.
    assertThat(statuses(controlled).get(1)).containsOnly(SHOWN);
  }

  @Test
  void aOneByOneTableWithASmallCountIsHiddenWhole() {
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{4}}), DisclosurePolicy.DFE);

    assertThat(statuses(controlled)).allSatisfy(line -> assertThat(line).containsOnly(H));
  }

  @Test
  void aOneColumnTableHidesTheTotalOfASmallRow() {
    // With one column each row total equals its cell, so it is small too; the column then needs
    // a second hidden count: 8, whose row total goes with it.
    CountTable table = additive(new long[][] {{3}, {8}, {20}});
    ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);

    assertThat(statuses(controlled)).containsExactly(
        List.of(H, H),
        List.of(H, H),
        List.of(SHOWN, SHOWN),
        List.of(SHOWN, SHOWN));
    assertProtected(table, DisclosurePolicy.DFE, controlled);
  }

  @Test
  void thePackageExampleHolds() {
    CountTable table = CountTable.additive(
        List.of("Leeds", "York"), List.of("Improved", "Not improved"),
        new long[][] {{20, 3}, {12, 30}});
    ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);

    assertThat(controlled.cell(0, 1).text()).isEqualTo("[c]");
    assertThat(controlled.cell(0, 0).text()).isEqualTo("[c]");
    assertThat(controlled.toString()).isEqualTo(String.join("\n",
        "       Improved  Not improved  Total",
        "Leeds       [c]           [c]     23",
        "York        [c]           [c]     42",
        "Total        32            33     65"));
  }

  @Test
  void aPublishedTableIsItsCells() {
    ControlledTable controlled = DisclosureControl.apply(
        additive(new long[][] {{20, 3}, {12, 30}}), DisclosurePolicy.DFE);
    List<List<Cell>> cells = new ArrayList<>();
    for (int r = 0; r <= 2; r++) {
      List<Cell> line = new ArrayList<>();
      for (int c = 0; c <= 2; c++) {
        line.add(TableAttack.at(controlled, r, c));
      }
      cells.add(line);
    }
    assertThat(ControlledTable.of(controlled.rows(), controlled.columns(), cells))
        .isEqualTo(controlled).hasSameHashCodeAs(controlled);
    assertThatThrownBy(() -> ControlledTable.of(controlled.rows(), controlled.columns(),
        cells.subList(0, 2))).isInstanceOf(org.obaframework.core.ValidationException.class)
        .hasMessageContaining("3 rows with the totals");
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
