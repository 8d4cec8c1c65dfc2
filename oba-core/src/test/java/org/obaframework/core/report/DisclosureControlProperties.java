package org.obaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of disclosure control over random additive tables of 1-6 rows and 1-6 columns whose
 * counts are mostly small. The derivability check solves the margin equations itself, with exact
 * rational arithmetic, and {@link TableAttack} bounds each count by integer programming, both
 * independently of the production audit.
 */
class DisclosureControlProperties {
  /** A fixed seed, so that CI runs are repeatable. */
  private static final long SEED = 20261127L;
  private static final int EXAMPLES = 100;

  private static final List<DisclosurePolicy> POLICIES = List.of(
      DisclosurePolicy.NONE, DisclosurePolicy.DFE, DisclosurePolicy.ONS_10_5,
      DisclosurePolicy.STATS_WALES,
      DisclosurePolicy.custom().suppressUpTo(3).suppressZeros().roundTo(10).build(),
      DisclosurePolicy.custom().suppressUpTo(2).symbol("*").build());

  /** Mostly small counts: 1 in 8 of the first half is 0, most of the rest under 20. */
  private static long count(int draw) {
    return draw < 100 ? draw % 8 : draw < 160 ? 8 + draw % 12 : draw - 150;
  }

  private static CountTable table(int rows, int columns, List<Integer> draws) {
    long[][] cells = new long[rows][columns];
    List<String> rowKeys = new ArrayList<>();
    List<String> columnKeys = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      rowKeys.add("R" + r);
      for (int c = 0; c < columns; c++) {
        cells[r][c] = count(draws.get(r * 6 + c));
      }
    }
    for (int c = 0; c < columns; c++) {
      columnKeys.add("C" + c);
    }
    return CountTable.additive(rowKeys, columnKeys, cells);
  }

  private interface TableCheck {
    void check(CountTable table, DisclosurePolicy policy, ControlledTable controlled);
  }

  private static void forAllTables(TableCheck check) {
    for (DisclosurePolicy policy : POLICIES) {
      qt().withFixedSeed(SEED).withExamples(EXAMPLES)
          .forAll(integers().between(1, 6), integers().between(1, 6),
              lists().of(integers().between(0, 199)).ofSize(36))
          .checkAssert((rows, columns, draws) -> {
            CountTable table = table(rows, columns, draws);
            check.check(table, policy, DisclosureControl.apply(table, policy));
          });
    }
  }

  /** The count at a position of the table with its margins: totals in the last row and column. */
  private static long value(CountTable table, int r, int c) {
    int rows = table.rows().size();
    int columns = table.columns().size();
    if (r == rows) {
      return c == columns ? table.total() : table.columnTotal(c);
    }
    return c == columns ? table.rowTotal(r) : table.count(r, c);
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
  void everyCountInThePrimaryRangeIsHiddenAndZerosOnlyWhenThePolicySays() {
    forAllTables((table, policy, controlled) -> {
      for (int r = 0; r <= table.rows().size(); r++) {
        for (int c = 0; c <= table.columns().size(); c++) {
          long value = value(table, r, c);
          Cell cell = item(controlled, r, c);
          if (policy.isPrimary(value)) {
            assertThat(cell.status()).as("%s at %d,%d under %s", value, r, c, policy)
                .isEqualTo(CellStatus.SUPPRESSED);
          }
          if (value == 0 && !policy.suppressesZeros()) {
            assertThat(cell.isHidden()).as("a zero is never a complement").isFalse();
          }
          if (cell.isHidden()) {
            assertThat(cell.text()).isEqualTo(policy.symbol());
            assertThat(policy.hasSecondarySuppression() || policy.isPrimary(value)).isTrue();
          }
        }
      }
    });
  }

  @Test
  void noSensitiveCountCanBeNarrowedBelowItsProtectionInterval() {
    forAllTables((table, policy, controlled) -> {
      if (!policy.hasSecondarySuppression()) {
        return;
      }
      TableAttack attack = new TableAttack(controlled, policy);
      for (int r = 0; r <= table.rows().size(); r++) {
        for (int c = 0; c <= table.columns().size(); c++) {
          long value = value(table, r, c);
          if (policy.isSensitive(value)) {
            long[] range = attack.range(r, c);
            assertThat(range[0] <= value && value <= range[1]).isTrue();
            assertThat(range[1] - range[0])
                .as("%s at %d,%d under %s in\n%s\nfrom\n%s", value, r, c, policy, controlled,
                    DisclosureControl.apply(table, DisclosurePolicy.NONE))
                .isGreaterThanOrEqualTo(policy.protectionWidth());
          }
        }
      }
    });
  }

  @Test
  void noSuppressedCountCanBeDerivedFromTheShownCellsAndTotals() {
    forAllTables((table, policy, controlled) -> {
      if (policy.hasSecondarySuppression() && !policy.rounds()) {
        assertThat(derivable(controlled))
            .as("derivable hidden items under %s in\n%s\nfrom\n%s", policy, controlled,
                DisclosureControl.apply(table, DisclosurePolicy.NONE))
            .isEmpty();
      }
    });
  }

  @Test
  void shownCountsAreExactOrRoundedToTheBase() {
    forAllTables((table, policy, controlled) -> {
      for (int r = 0; r <= table.rows().size(); r++) {
        for (int c = 0; c <= table.columns().size(); c++) {
          Cell cell = item(controlled, r, c);
          if (cell.isHidden()) {
            continue;
          }
          long value = value(table, r, c);
          long shown = cell.shown().orElseThrow();
          assertThat(cell.text()).isEqualTo(Long.toString(shown));
          int base = policy.roundingBase();
          if (base == 0) {
            assertThat(cell.status()).isEqualTo(CellStatus.SHOWN);
            assertThat(shown).isEqualTo(value);
          } else {
            assertThat(cell.status()).isEqualTo(CellStatus.ROUNDED);
            assertThat(shown % base).isZero();
            long distance = Math.abs(shown - value);
            assertThat(2 * distance).isLessThanOrEqualTo(base);
            if (2 * distance == base) {
              assertThat(shown).as("halves round up").isGreaterThan(value);
            }
          }
        }
      }
    });
  }

  @Test
  void isDeterministic() {
    forAllTables((table, policy, controlled) -> {
      CountTable copy = CountTable.of(table.rows(), table.columns(), cells(table),
          totals(table, true), totals(table, false), table.total());
      ControlledTable again = DisclosureControl.apply(copy, policy);
      assertThat(again).isEqualTo(controlled);
      assertThat(again.toString()).isEqualTo(controlled.toString());
    });
  }

  /** A custom policy from one draw: threshold 0-9, zeros shown or hidden, one of four bases. */
  private static DisclosurePolicy policy(int draw) {
    DisclosurePolicy.Builder builder = DisclosurePolicy.custom()
        .suppressUpTo(draw % 10)
        .roundTo(new int[] {0, 2, 5, 10}[draw / 20]);
    return (draw / 10) % 2 == 1 ? builder.suppressZeros().build() : builder.build();
  }

  @Test
  void customPoliciesHideTheirPrimaryRangeAndLeaveNothingDerivable() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(integers().between(1, 6), integers().between(1, 6),
            lists().of(integers().between(0, 199)).ofSize(36), integers().between(0, 79))
        .checkAssert((rows, columns, draws, policyDraw) -> {
          CountTable table = table(rows, columns, draws);
          DisclosurePolicy policy = policy(policyDraw);
          ControlledTable controlled = DisclosureControl.apply(table, policy);
          for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
              long value = value(table, r, c);
              Cell cell = item(controlled, r, c);
              if (value == 0 ? policy.suppressesZeros() : value <= policy.threshold()) {
                assertThat(cell.status()).isEqualTo(CellStatus.SUPPRESSED);
              }
              if (!cell.isHidden()) {
                assertThat(cell.shown()).hasValue(policy.round(value));
              }
            }
          }
          if (!policy.rounds()) {
            assertThat(derivable(controlled)).as("%s in\n%s", policy, controlled).isEmpty();
          }
        });
  }

  @Test
  void theCheckerFindsWhatPrimarySuppressionAloneLeavesOpen() {
    CountTable table = CountTable.additive(List.of("A", "B"), List.of("X", "Y"),
        new long[][] {{20, 3}, {12, 30}});
    DisclosurePolicy primaryOnly = DisclosurePolicy.custom().suppressUpTo(5)
        .withoutSecondarySuppression().build();
    assertThat(derivable(DisclosureControl.apply(table, primaryOnly)))
        .containsExactly(List.of(0, 1));
    assertThat(derivable(DisclosureControl.apply(table, DisclosurePolicy.DFE))).isEmpty();
  }

  private static long[][] cells(CountTable table) {
    long[][] cells = new long[table.rows().size()][table.columns().size()];
    for (int r = 0; r < cells.length; r++) {
      for (int c = 0; c < cells[r].length; c++) {
        cells[r][c] = table.count(r, c);
      }
    }
    return cells;
  }

  private static long[] totals(CountTable table, boolean ofRows) {
    long[] totals = new long[ofRows ? table.rows().size() : table.columns().size()];
    for (int i = 0; i < totals.length; i++) {
      totals[i] = ofRows ? table.rowTotal(i) : table.columnTotal(i);
    }
    return totals;
  }

  // --- An independent solver: is e_j in the row space of the equations over hidden items? ---

  /**
   * Returns the positions {@code [r, c]} (margins included) of the hidden items that the margin
   * equations determine once the shown values are substituted.
   */
  static List<List<Integer>> derivable(ControlledTable controlled) {
    int rows = controlled.rows().size();
    int columns = controlled.columns().size();
    List<int[]> unknowns = new ArrayList<>();
    int[][] index = new int[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        index[r][c] = item(controlled, r, c).isHidden() ? unknowns.size() : -1;
        if (index[r][c] >= 0) {
          unknowns.add(new int[] {r, c});
        }
      }
    }
    int n = unknowns.size();
    List<Fraction[]> equations = new ArrayList<>();
    // Each row of the table with margins (the row of column totals too): cells minus total = 0.
    for (int r = 0; r <= rows; r++) {
      Fraction[] equation = zeros(n);
      for (int c = 0; c <= columns; c++) {
        if (index[r][c] >= 0) {
          equation[index[r][c]] = Fraction.of(c == columns ? -1 : 1);
        }
      }
      equations.add(equation);
    }
    // Each column, the column of row totals too.
    for (int c = 0; c <= columns; c++) {
      Fraction[] equation = zeros(n);
      for (int r = 0; r <= rows; r++) {
        if (index[r][c] >= 0) {
          equation[index[r][c]] = Fraction.of(r == rows ? -1 : 1);
        }
      }
      equations.add(equation);
    }
    // An echelon basis of the row space, each row's leading entry 1.
    List<Fraction[]> basis = new ArrayList<>();
    for (Fraction[] equation : equations) {
      Fraction[] rest = reduce(equation, basis);
      int lead = lead(rest);
      if (lead >= 0) {
        Fraction scale = rest[lead];
        for (int k = 0; k < n; k++) {
          rest[k] = rest[k].divide(scale);
        }
        basis.add(rest);
        basis.sort((a, b) -> Integer.compare(lead(a), lead(b)));
      }
    }
    List<List<Integer>> derivable = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Fraction[] unit = zeros(n);
      unit[j] = Fraction.of(1);
      if (lead(reduce(unit, basis)) < 0) {
        derivable.add(List.of(unknowns.get(j)[0], unknowns.get(j)[1]));
      }
    }
    return derivable;
  }

  private static Fraction[] zeros(int n) {
    Fraction[] zeros = new Fraction[n];
    java.util.Arrays.fill(zeros, Fraction.of(0));
    return zeros;
  }

  private static int lead(Fraction[] vector) {
    for (int k = 0; k < vector.length; k++) {
      if (!vector[k].isZero()) {
        return k;
      }
    }
    return -1;
  }

  /** Subtracts multiples of the basis rows, in order of their leading column. */
  private static Fraction[] reduce(Fraction[] vector, List<Fraction[]> basis) {
    Fraction[] rest = vector.clone();
    for (Fraction[] row : basis) {
      int lead = lead(row);
      Fraction factor = rest[lead];
      if (!factor.isZero()) {
        for (int k = 0; k < rest.length; k++) {
          rest[k] = rest[k].subtract(factor.multiply(row[k]));
        }
      }
    }
    return rest;
  }

  /** An exact rational number in lowest terms, with a positive denominator. */
  private record Fraction(BigInteger numerator, BigInteger denominator) {
    static Fraction of(long n) {
      return new Fraction(BigInteger.valueOf(n), BigInteger.ONE);
    }

    static Fraction reduced(BigInteger numerator, BigInteger denominator) {
      if (denominator.signum() < 0) {
        numerator = numerator.negate();
        denominator = denominator.negate();
      }
      BigInteger gcd = numerator.gcd(denominator);
      return gcd.signum() == 0 ? of(0)
          : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
    }

    boolean isZero() {
      return numerator.signum() == 0;
    }

    Fraction subtract(Fraction other) {
      return reduced(numerator.multiply(other.denominator)
          .subtract(other.numerator.multiply(denominator)), denominator.multiply(other.denominator));
    }

    Fraction multiply(Fraction other) {
      return reduced(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Fraction divide(Fraction other) {
      return reduced(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }
  }
}
