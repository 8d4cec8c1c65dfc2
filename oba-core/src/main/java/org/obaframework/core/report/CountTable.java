package org.obaframework.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A two-way table of counts with its row totals, column totals and grand total: the input of
 * {@link DisclosureControl}.
 *
 * <pre>{@code
 * // Additive counts (each family counted once): totals are the sums.
 * CountTable families = CountTable.additive(
 *     List.of("Leeds", "York"), List.of("Improved", "Not improved"),
 *     new long[][] {{20, 3}, {12, 30}});
 * families.rowTotal(0);   // 23
 * families.total();       // 65
 *
 * // Distinct counts (a child in two rows is one child in the total): totals are given.
 * CountTable children = CountTable.of(
 *     List.of("Leeds", "York"), List.of("Improved", "Not improved"),
 *     new long[][] {{20, 3}, {12, 30}},
 *     new long[] {22, 41}, new long[] {31, 33}, 62);
 * }</pre>
 *
 * <p>The totals are given, not computed, because in oba they are recomputed from the records:
 * distinct counts are not additive, so a total may be less than the sum of its cells. {@link
 * #additive} computes them as sums for the common case where counts are additive. Row and column
 * keys are non-blank and distinct within their list; every count is 0 or more.
 *
 * <p>Immutable and thread-safe; equal when keys, counts and totals are equal. {@code toString} is
 * a short summary, such as {@code CountTable[2 rows x 2 columns, total 65]}.
 */
public final class CountTable {
  private final List<String> rows;
  private final List<String> columns;
  private final long[][] cells;
  private final long[] rowTotals;
  private final long[] columnTotals;
  private final long total;

  private CountTable(List<String> rows, List<String> columns, long[][] cells, long[] rowTotals,
      long[] columnTotals, long total) {
    this.rows = rows;
    this.columns = columns;
    this.cells = cells;
    this.rowTotals = rowTotals;
    this.columnTotals = columnTotals;
    this.total = total;
  }

  /**
   * Returns a table with given totals.
   *
   * @param rows the row keys, at least one, non-blank and distinct
   * @param columns the column keys, at least one, non-blank and distinct
   * @param cells the counts, {@code cells[r][c]} for row {@code r} and column {@code c}, each 0 or
   *     more; copied
   * @param rowTotals the total of each row, 0 or more; copied
   * @param columnTotals the total of each column, 0 or more; copied
   * @param total the grand total, 0 or more
   * @return the table
   * @throws ValidationException listing every problem: no rows or columns, a blank or repeated
   *     key, arrays whose sizes do not match the keys, a negative count or total
   */
  public static CountTable of(List<String> rows, List<String> columns, long[][] cells,
      long[] rowTotals, long[] columnTotals, long total) {
    List<Problem> problems = new ArrayList<>();
    List<String> rowKeys = keys("rows", rows, problems);
    List<String> columnKeys = keys("columns", columns, problems);
    long[][] copy = new long[cells.length][];
    if (cells.length != rowKeys.size()) {
      problems.add(shape("cells", rowKeys.size() + " rows", cells.length + " rows"));
    }
    for (int r = 0; r < cells.length; r++) {
      copy[r] = cells[r].clone();
      if (copy[r].length != columnKeys.size()) {
        problems.add(shape("cells[" + r + "]", columnKeys.size() + " columns",
            copy[r].length + " columns"));
      }
      for (int c = 0; c < copy[r].length; c++) {
        counted("cells[" + r + "][" + c + "]", copy[r][c], problems);
      }
    }
    long[] rowCopy = rowTotals.clone();
    if (rowCopy.length != rowKeys.size()) {
      problems.add(shape("rowTotals", rowKeys.size() + " totals", rowCopy.length + " totals"));
    }
    for (int r = 0; r < rowCopy.length; r++) {
      counted("rowTotals[" + r + "]", rowCopy[r], problems);
    }
    long[] columnCopy = columnTotals.clone();
    if (columnCopy.length != columnKeys.size()) {
      problems.add(shape("columnTotals", columnKeys.size() + " totals",
          columnCopy.length + " totals"));
    }
    for (int c = 0; c < columnCopy.length; c++) {
      counted("columnTotals[" + c + "]", columnCopy[c], problems);
    }
    counted("total", total, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new CountTable(rowKeys, columnKeys, copy, rowCopy, columnCopy, total);
  }

  /**
   * Returns a table of additive counts: each row total is the sum of its row, each column total
   * the sum of its column, and the grand total the sum of all cells.
   *
   * @param rows the row keys, at least one, non-blank and distinct
   * @param columns the column keys, at least one, non-blank and distinct
   * @param cells the counts, {@code cells[r][c]} for row {@code r} and column {@code c}, each 0 or
   *     more; copied
   * @return the table
   * @throws ValidationException listing every problem: no rows or columns, a blank or repeated
   *     key, arrays whose sizes do not match the keys, a negative count, or a total beyond {@code
   *     Long.MAX_VALUE}
   */
  public static CountTable additive(List<String> rows, List<String> columns, long[][] cells) {
    long[] rowTotals = new long[cells.length];
    long[] columnTotals = new long[columns.size()];
    long total = 0;
    try {
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < cells[r].length; c++) {
          long count = Math.max(0, cells[r][c]);   // negative counts are reported by of(...)
          rowTotals[r] = Math.addExact(rowTotals[r], count);
          if (c < columnTotals.length) {
            columnTotals[c] = Math.addExact(columnTotals[c], count);
          }
          total = Math.addExact(total, count);
        }
      }
    } catch (ArithmeticException overflow) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("count table"), "total",
          "sums up to " + Long.MAX_VALUE, "a sum beyond it");
    }
    return of(rows, columns, cells, rowTotals, columnTotals, total);
  }

  private static List<String> keys(String field, List<String> keys, List<Problem> problems) {
    if (keys.isEmpty()) {
      problems.add(Problem.of(ProblemType.MISSING_VALUE, Item.of("count table"), field,
          "at least one key", "none"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key.isBlank()) {
        problems.add(Problem.of(ProblemType.INVALID_TEXT, Item.of("count table"), field + "[" + i + "]",
            "a non-blank key", Redaction.text(key)));
      } else if (!seen.add(key)) {
        problems.add(Problem.of(ProblemType.DUPLICATE_CODE, Item.of("count table"), field + "[" + i + "]",
            "a key used by no other of the " + field,
            "the key of " + field + "[" + keys.indexOf(key) + "] again"));
      }
    }
    return List.copyOf(keys);
  }

  private static Problem shape(String field, String expected, String found) {
    return Problem.of(ProblemType.OUT_OF_RANGE, Item.of("count table"), field, expected, found);
  }

  private static void counted(String field, long count, List<Problem> problems) {
    if (count < 0) {
      problems.add(Problem.of(ProblemType.OUT_OF_RANGE, Item.of("count table"), field,
          "a count of 0 or more", Long.toString(count)));
    }
  }

  /**
   * Returns the row keys, in order.
   *
   * @return the row keys, unmodifiable, never empty
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * Returns the column keys, in order.
   *
   * @return the column keys, unmodifiable, never empty
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Returns the count in row {@code r} and column {@code c}.
   *
   * @param r the row, from 0
   * @param c the column, from 0
   * @return the count, 0 or more
   * @throws IndexOutOfBoundsException if the row or column does not exist
   */
  public long count(int r, int c) {
    Objects.checkIndex(r, rows.size());
    Objects.checkIndex(c, columns.size());
    return cells[r][c];
  }

  /**
   * Returns the total of row {@code r}.
   *
   * @param r the row, from 0
   * @return the row total, 0 or more
   * @throws IndexOutOfBoundsException if the row does not exist
   */
  public long rowTotal(int r) {
    return rowTotals[Objects.checkIndex(r, rows.size())];
  }

  /**
   * Returns the total of column {@code c}.
   *
   * @param c the column, from 0
   * @return the column total, 0 or more
   * @throws IndexOutOfBoundsException if the column does not exist
   */
  public long columnTotal(int c) {
    return columnTotals[Objects.checkIndex(c, columns.size())];
  }

  /**
   * Returns the grand total.
   *
   * @return the grand total, 0 or more
   */
  public long total() {
    return total;
  }

  /**
   * Tells whether every total is the sum of its cells, as for counts of which each unit is in one
   * row and one column only.
   *
   * @return {@code true} if the table is additive
   */
  public boolean isAdditive() {
    long grand = 0;
    for (int r = 0; r < rows.size(); r++) {
      long sum = 0;
      for (int c = 0; c < columns.size(); c++) {
        sum += cells[r][c];
      }
      if (sum != rowTotals[r]) {
        return false;
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      long sum = 0;
      for (int r = 0; r < rows.size(); r++) {
        sum += cells[r][c];
      }
      if (sum != columnTotals[c]) {
        return false;
      }
      grand += columnTotals[c];
    }
    return grand == total;
  }

  /**
   * The value at a position of the table with its margins, of {@code rows().size() + 1} rows and
   * {@code columns().size() + 1} columns: the last row holds the column totals, the last column
   * the row totals, the corner the grand total.
   */
  long marginal(int r, int c) {
    boolean totalRow = r == rows.size();
    boolean totalColumn = c == columns.size();
    if (totalRow && totalColumn) {
      return total;
    }
    return totalRow ? columnTotals[c] : totalColumn ? rowTotals[r] : cells[r][c];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountTable
        && rows.equals(((CountTable) other).rows)
        && columns.equals(((CountTable) other).columns)
        && Arrays.deepEquals(cells, ((CountTable) other).cells)
        && Arrays.equals(rowTotals, ((CountTable) other).rowTotals)
        && Arrays.equals(columnTotals, ((CountTable) other).columnTotals)
        && total == ((CountTable) other).total;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, columns, Arrays.deepHashCode(cells), Arrays.hashCode(rowTotals),
        Arrays.hashCode(columnTotals), total);
  }

  /** Returns a short summary, such as {@code CountTable[2 rows x 3 columns, total 65]}. */
  @Override
  public String toString() {
    return "CountTable[" + rows.size() + (rows.size() == 1 ? " row" : " rows") + " x "
        + columns.size() + (columns.size() == 1 ? " column" : " columns")
        + ", total " + total + "]";
  }
}
