package org.obaframework.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A {@link CountTable} after disclosure control: a {@link Cell} with its status for every count
 * and total, and the original counts for computing percentages.
 *
 * <pre>{@code
 * ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);
 * controlled.cell(0, 1);             // [c], SUPPRESSED_PRIMARY
 * controlled.rowTotal(0).text();     // "38"
 * controlled.isHidden(0, 2);         // true: else 38 - 20 - 15 would reveal the 3
 * controlled.table().count(0, 1);    // 3, for percentages, which use unrounded counts
 * }</pre>
 *
 * <p>Made by {@link DisclosureControl#apply}. Immutable and thread-safe; equal when table, policy
 * and cells are equal. {@code toString} is an aligned text table of the cells' texts with a
 * {@code Total} row and column; it holds only what may be published.
 */
public final class ControlledTable {
  private static final String TOTAL = "Total";

  private final CountTable table;
  private final DisclosurePolicy policy;
  /** The table with its margins, row by row: {@code (R + 1) x (C + 1)}. */
  private final Cell[] cells;

  ControlledTable(CountTable table, DisclosurePolicy policy, Cell[] cells) {
    this.table = table;
    this.policy = policy;
    this.cells = cells;
  }

  /**
   * Returns the original table: unrounded counts, including those hidden here. Use it to compute
   * percentages, never to publish.
   *
   * @return the table before disclosure control
   */
  public CountTable table() {
    return table;
  }

  /**
   * Returns the policy that was applied.
   *
   * @return the policy
   */
  public DisclosurePolicy policy() {
    return policy;
  }

  /**
   * Returns the row keys, as in {@link CountTable#rows()}.
   *
   * @return the row keys
   */
  public List<String> rows() {
    return table.rows();
  }

  /**
   * Returns the column keys, as in {@link CountTable#columns()}.
   *
   * @return the column keys
   */
  public List<String> columns() {
    return table.columns();
  }

  /**
   * Returns the cell in row {@code r} and column {@code c}.
   *
   * @param r the row, from 0
   * @param c the column, from 0
   * @return the cell
   * @throws IndexOutOfBoundsException if the row or column does not exist
   */
  public Cell cell(int r, int c) {
    Objects.checkIndex(r, rows().size());
    Objects.checkIndex(c, columns().size());
    return at(r, c);
  }

  /**
   * Returns the total of row {@code r}.
   *
   * @param r the row, from 0
   * @return the cell of the row total
   * @throws IndexOutOfBoundsException if the row does not exist
   */
  public Cell rowTotal(int r) {
    return at(Objects.checkIndex(r, rows().size()), columns().size());
  }

  /**
   * Returns the total of column {@code c}.
   *
   * @param c the column, from 0
   * @return the cell of the column total
   * @throws IndexOutOfBoundsException if the column does not exist
   */
  public Cell columnTotal(int c) {
    return at(rows().size(), Objects.checkIndex(c, columns().size()));
  }

  /**
   * Returns the grand total.
   *
   * @return the cell of the grand total
   */
  public Cell total() {
    return at(rows().size(), columns().size());
  }

  /**
   * Tells whether the cell in row {@code r} and column {@code c} is hidden.
   *
   * @param r the row, from 0
   * @param c the column, from 0
   * @return {@code true} if the count is suppressed
   * @throws IndexOutOfBoundsException if the row or column does not exist
   */
  public boolean isHidden(int r, int c) {
    return cell(r, c).isHidden();
  }

  private Cell at(int r, int c) {
    return cells[r * (columns().size() + 1) + c];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ControlledTable
        && table.equals(((ControlledTable) other).table)
        && policy.equals(((ControlledTable) other).policy)
        && Arrays.equals(cells, ((ControlledTable) other).cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, policy, Arrays.hashCode(cells));
  }

  /**
   * Returns the cells as an aligned text table: a header of column keys, one line per row with its
   * key and total, and a {@code Total} line; row keys aligned left, cells right.
   */
  @Override
  public String toString() {
    int rowCount = rows().size();
    int columnCount = columns().size();
    List<List<String>> lines = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("");
    header.addAll(columns());
    header.add(TOTAL);
    lines.add(header);
    for (int r = 0; r <= rowCount; r++) {
      List<String> line = new ArrayList<>();
      line.add(r < rowCount ? rows().get(r) : TOTAL);
      for (int c = 0; c <= columnCount; c++) {
        line.add(at(r, c).text());
      }
      lines.add(line);
    }
    int[] widths = new int[columnCount + 2];
    for (List<String> line : lines) {
      for (int k = 0; k < line.size(); k++) {
        widths[k] = Math.max(widths[k], line.get(k).length());
      }
    }
    List<String> out = new ArrayList<>();
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder(line.get(0))
          .append(" ".repeat(widths[0] - line.get(0).length()));
      for (int k = 1; k < line.size(); k++) {
        text.append("  ").append(" ".repeat(widths[k] - line.get(k).length()))
            .append(line.get(k));
      }
      out.add(text.toString());
    }
    return String.join("\n", out);
  }
}
