package org.obaframework.core.report;

import java.util.List;

/**
 * Applies a {@link DisclosurePolicy} to one {@link CountTable}, totals included: primary
 * suppression of small counts, secondary suppression until no published number narrows a
 * sensitive count below its protection interval, and rounding of what is shown. A {@link
 * ReportCard} applies the same control to all its tables at once.
 *
 * <pre>{@code
 * CountTable table = CountTable.additive(List.of("A", "B", "C"), List.of("X", "Y", "Z"),
 *     new long[][] {{20, 3, 15}, {12, 30, 25}, {8, 14, 40}});
 * ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);
 * System.out.println(controlled);
 * }</pre>
 *
 * <h2>What an attacker knows</h2>
 * The table with its margins has {@code R + 1} rows and {@code C + 1} columns: the last column
 * holds the row totals, the last row the column totals, the corner the grand total. Each row, the
 * row of column totals included, relates its cells to its total, and so does each column: as an
 * equation when the counts add up, else (distinct counts, whose totals are less than the sums of
 * their cells) as what still holds: each cell at most its total, and the cells together at least
 * it. An attacker also knows every shown count, the band of every rounded one, and that a hidden
 * count is at least 1 when the policy shows zeros.
 *
 * <h2>Primary and secondary suppression</h2>
 * Every count in the policy's primary range is hidden. Then, while a sensitive count ({@link
 * DisclosurePolicy#isSensitive}) can be narrowed to a range less than the protection interval
 * ({@link DisclosurePolicy#protectionWidth}) wide, the cheapest count that shares an equation
 * with it is hidden too: a count before a total, a smaller count before a larger; never a zero
 * when the policy shows zeros (it protects nothing). Where an equation holds one hidden count and
 * otherwise exact counts, another count of it is hidden at once. The range of a count is found by
 * linear programming, confirmed by integer programming where the optimum is not integral. Last,
 * each complement that turns out not to be needed is shown again, the costliest first.
 *
 * <p><b>Rounding</b>: every count still shown is rounded to the policy's base and marked {@link
 * CellStatus#ROUNDED}; the audit reasons from the rounding bands, so rounding protects where it
 * does and hiding is added where it does not.
 *
 * <p>Stateless and thread-safe; deterministic: the same table and policy always give the same
 * cells. Cost: a few linear programmes per hidden count, over the counts that equations tie to
 * it; tables of tens of rows and columns take milliseconds.
 */
public final class DisclosureControl {
  private DisclosureControl() {}

  /**
   * Applies a policy to a table.
   *
   * @param table the counts with their totals
   * @param policy the rules of disclosure control
   * @return the table as it may be published, with a status per cell
   * @throws org.obaframework.core.ObaException if a sensitive count cannot be protected (every
   *     count that could hide it is zero)
   */
  public static ControlledTable apply(CountTable table, DisclosurePolicy policy) {
    int rows = table.rows().size();
    int columns = table.columns().size();
    CountSystem.Builder builder = CountSystem.builder();
    int[][] grid = new int[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        CountSystem.Tier tier = r == rows && c == columns ? CountSystem.Tier.HEADLINE
            : r == rows || c == columns ? CountSystem.Tier.MARGIN : CountSystem.Tier.INNER;
        grid[r][c] = builder.cell(r + "," + c, table.marginal(r, c), tier);
      }
    }
    for (int r = 0; r <= rows; r++) {
      builder.group(grid[r][columns], java.util.Arrays.copyOf(grid[r], columns), true);
    }
    for (int c = 0; c <= columns; c++) {
      int[] column = new int[rows];
      for (int r = 0; r < rows; r++) {
        column[r] = grid[r][c];
      }
      builder.group(grid[rows][c], column, true);
    }
    CountSystem system = builder.build();
    Publication publication = Suppression.of(system, policy).run();
    Cell[] cells = new Cell[(rows + 1) * (columns + 1)];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        int count = system.find(r + "," + c);
        cells[r * (columns + 1) + c] = switch (publication.state(count)) {
          case SHOWN -> Cell.shown(publication.shown(count));
          case ROUNDED -> Cell.rounded(publication.shown(count));
          default -> Cell.hidden(CellStatus.SUPPRESSED, policy.symbol());
        };
      }
    }
    return new ControlledTable(table.rows(), table.columns(), cells);
  }

  /** The rows of a table, for its documentation's example. */
  static List<String> rows(ControlledTable table) {
    return table.rows();
  }
}
