package org.obaframework.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A table of counts as published: a {@link Cell} with its status for every count and total, and
 * nothing else; the counts behind hidden or rounded cells are not in it.
 *
 * <pre>{@code
 * ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);
 * controlled.cell(0, 1);             // [c], SUPPRESSED
 * controlled.rowTotal(0).text();     // "38"
 * controlled.isHidden(0, 2);         // true: else 38 - 20 - 15 would reveal the 3
 * }</pre>
 *
 * <p>Made by {@link DisclosureControl#apply}, by a report card for its change profiles, or by
 * {@link #of} from published cells (such as a document read back). Immutable and thread-safe;
 * equal when keys and cells are equal. {@code toString} is an aligned text table of the cells'
 * texts with a {@code Total} row and column.
 */
public final class ControlledTable {
  private static final String TOTAL = "Total";

  private final List<String> rows;
  private final List<String> columns;
  /** The table with its margins, row by row: {@code (R + 1) x (C + 1)}. */
  private final Cell[] cells;

  ControlledTable(List<String> rows, List<String> columns, Cell[] cells) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.cells = cells;
  }

  /**
   * Returns a published table from its cells with their margins.
   *
   * @param rows the row keys, at least one, non-blank and distinct
   * @param columns the column keys, at least one, non-blank and distinct
   * @param cells {@code rows.size() + 1} lists of {@code columns.size() + 1} cells: each row's
   *     cells then its total, and last the column totals then the grand total
   * @return the table
   * @throws ValidationException if a key is blank or repeated, or the cells do not fit the keys
   */
  public static ControlledTable of(List<String> rows, List<String> columns,
      List<List<Cell>> cells) {
    long[][] shape = new long[rows.size()][columns.size()];
    CountTable.additive(rows, columns, shape);   // checks the keys
    if (cells.size() != rows.size() + 1) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("controlled table"), "cells",
          (rows.size() + 1) + " rows with the totals", cells.size() + " rows");
    }
    Cell[] grid = new Cell[(rows.size() + 1) * (columns.size() + 1)];
    for (int r = 0; r <= rows.size(); r++) {
      if (cells.get(r).size() != columns.size() + 1) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("controlled table"),
            "cells[" + r + "]",
            (columns.size() + 1) + " cells with the total", cells.get(r).size() + " cells");
      }
      for (int c = 0; c <= columns.size(); c++) {
        grid[r * (columns.size() + 1) + c] = java.util.Objects.requireNonNull(
            cells.get(r).get(c));
      }
    }
    return new ControlledTable(rows, columns, grid);
  }

  /**
   * Returns the row keys.
   *
   * @return the row keys
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * Returns the column keys.
   *
   * @return the column keys
   */
  public List<String> columns() {
    return columns;
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
        && rows.equals(((ControlledTable) other).rows)
        && columns.equals(((ControlledTable) other).columns)
        && Arrays.equals(cells, ((ControlledTable) other).cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, columns, Arrays.hashCode(cells));
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
