package org.obaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.core.ProblemAssertions.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

class CountTableTest {
  private static final List<String> ROWS = List.of("Leeds", "York");
  private static final List<String> COLUMNS = List.of("Improved", "Not improved");

  @Test
  void additiveTablesSumTheirTotals() {
    CountTable table = CountTable.additive(ROWS, COLUMNS, new long[][] {{20, 3}, {12, 30}});
    assertThat(table.rows()).isEqualTo(ROWS);
    assertThat(table.columns()).isEqualTo(COLUMNS);
    assertThat(table.count(1, 0)).isEqualTo(12);
    assertThat(table.rowTotal(0)).isEqualTo(23);
    assertThat(table.rowTotal(1)).isEqualTo(42);
    assertThat(table.columnTotal(0)).isEqualTo(32);
    assertThat(table.columnTotal(1)).isEqualTo(33);
    assertThat(table.total()).isEqualTo(65);
    assertThat(table.isAdditive()).isTrue();
    assertThat(table).hasToString("CountTable[2 rows x 2 columns, total 65]");
    assertThat(table).isEqualTo(CountTable.of(ROWS, COLUMNS, new long[][] {{20, 3}, {12, 30}},
        new long[] {23, 42}, new long[] {32, 33}, 65));
  }

  @Test
  void givenTotalsAreKeptAsTheyAre() {
    CountTable table = CountTable.of(ROWS, COLUMNS, new long[][] {{20, 3}, {12, 30}},
        new long[] {22, 41}, new long[] {31, 33}, 62);
    assertThat(table.rowTotal(0)).isEqualTo(22);
    assertThat(table.total()).isEqualTo(62);
    assertThat(table.isAdditive()).isFalse();
  }

  @Test
  void copiesItsArrays() {
    long[][] cells = {{1, 2}, {3, 4}};
    CountTable table = CountTable.additive(ROWS, COLUMNS, cells);
    cells[0][0] = 99;
    assertThat(table.count(0, 0)).isEqualTo(1);
  }

  @Test
  void rejectsPositionsOutsideTheTable() {
    CountTable table = CountTable.additive(ROWS, COLUMNS, new long[][] {{1, 2}, {3, 4}});
    assertThatThrownBy(() -> table.count(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.columnTotal(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void rejectsANegativeCount() {
    assertRejected(() -> CountTable.additive(ROWS, COLUMNS, new long[][] {{1, -2}, {3, 4}}),
        ValidationException.class, ProblemType.OUT_OF_RANGE,
        List.of("count table", "cells[0][1]", "a count of 0 or more", "-2"));
  }

  @Test
  void rejectsANegativeTotal() {
    assertRejected(() -> CountTable.of(ROWS, COLUMNS, new long[][] {{1, 2}, {3, 4}},
            new long[] {3, 7}, new long[] {4, 6}, -10),
        ValidationException.class, ProblemType.OUT_OF_RANGE,
        List.of("count table", "total", "a count of 0 or more", "-10"));
  }

  @Test
  void rejectsCellsThatDoNotMatchTheKeys() {
    assertRejected(() -> CountTable.of(ROWS, COLUMNS, new long[][] {{1, 2}},
            new long[] {3, 0}, new long[] {1, 2}, 3),
        ValidationException.class, ProblemType.OUT_OF_RANGE,
        List.of("count table", "cells", "expected 2 rows", "found 1 rows"));
    assertRejected(() -> CountTable.additive(ROWS, COLUMNS, new long[][] {{1, 2}, {3}}),
        ValidationException.class, ProblemType.OUT_OF_RANGE,
        List.of("cells[1]", "expected 2 columns", "found 1 columns"));
    assertRejected(() -> CountTable.of(ROWS, COLUMNS, new long[][] {{1, 2}, {3, 4}},
            new long[] {3}, new long[] {4, 6}, 10),
        ValidationException.class, ProblemType.OUT_OF_RANGE,
        List.of("rowTotals", "expected 2 totals", "found 1 totals"));
  }

  @Test
  void rejectsARepeatedKey() {
    assertRejected(() -> CountTable.additive(List.of("Leeds", "Leeds"), COLUMNS,
            new long[][] {{1, 2}, {3, 4}}),
        ValidationException.class, ProblemType.DUPLICATE_CODE,
        List.of("count table", "rows[1]", "a key used by no other of the rows", "the key of rows[0] again"));
  }

  @Test
  void rejectsABlankKeyAndNoColumns() {
    assertRejected(() -> CountTable.additive(List.of(" "), COLUMNS, new long[][] {{1, 2}}),
        ValidationException.class, ProblemType.INVALID_TEXT,
        List.of("rows[0]", "a non-blank key"));
    assertRejected(() -> CountTable.additive(ROWS, List.of(), new long[][] {{}, {}}),
        ValidationException.class, ProblemType.MISSING_VALUE,
        List.of("columns", "at least one key"));
  }

  @Test
  void listsEveryProblem() {
    assertThatThrownBy(() -> CountTable.of(List.of("A", "A"), COLUMNS,
            new long[][] {{-1, 2}, {3, -4}}, new long[] {1, 2}, new long[] {3, 4}, 5))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(3))
        .hasMessageContaining("3 problems");
  }

  @Test
  void rejectsTotalsBeyondTheRangeOfLong() {
    assertRejected(() -> CountTable.additive(ROWS, COLUMNS,
            new long[][] {{Long.MAX_VALUE, 1}, {0, 0}}),
        ValidationException.class, ProblemType.OUT_OF_RANGE,
        List.of("count table", "total", "sums up to"));
  }
}
