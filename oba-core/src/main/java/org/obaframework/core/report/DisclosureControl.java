package org.obaframework.core.report;

import java.util.Arrays;
import java.util.List;

/**
 * Applies a {@link DisclosurePolicy} to a whole {@link CountTable}, totals included: primary
 * suppression of small counts, secondary (complementary) suppression so that no hidden count can
 * be worked out from the shown cells and totals, then rounding of what is shown.
 *
 * <pre>{@code
 * CountTable table = CountTable.additive(List.of("A", "B", "C"), List.of("X", "Y", "Z"),
 *     new long[][] {{20, 3, 15}, {12, 30, 25}, {8, 14, 40}});
 * ControlledTable controlled = DisclosureControl.apply(table, DisclosurePolicy.DFE);
 * System.out.println(controlled);
 * //          X    Y    Z  Total
 * // A       20  [c]  [c]     38
 * // B      [c]   30  [c]     67
 * // C      [c]  [c]   40     62
 * // Total   40   47   80    167
 * }</pre>
 *
 * <h2>The equations</h2>
 * The table with its margins has {@code R + 1} rows and {@code C + 1} columns: the last column
 * holds the row totals, the last row the column totals, the corner the grand total. Every row of
 * it, the row of column totals included, sums to its last item, and so does every column. These
 * {@code R + C + 2} equations are what a reader can use to work out a hidden count.
 *
 * <h2>Primary suppression</h2>
 * Every item, totals included, whose count is in the policy's primary range ({@link
 * DisclosurePolicy#isPrimary}) is hidden with status {@link CellStatus#SUPPRESSED_PRIMARY}.
 *
 * <h2>Secondary suppression</h2>
 * When the policy asks for it and something is hidden, two steps repeat until neither finds
 * anything:
 * <ol>
 *   <li><b>Singletons.</b> The first equation (rows top to bottom, then columns left to right)
 *       with exactly one hidden item gets a second one: the shown item of that equation that is
 *       ranked first by (a) non-zero before zero, (b) inner cell before row or column total before
 *       grand total, (c) smaller count before larger, (d) position, row by row.
 *   <li><b>Audit.</b> With no singleton left, an exact audit ({@code Determinacy}: Gaussian
 *       elimination over integers of the whole system, shown values moved to the right-hand side)
 *       finds hidden items that are still determined by combinations of equations, such as a
 *       hidden count that the other rows of its table pin down. For the first such item, the
 *       shown item ranked first among the equations it belongs to is hidden (or, if they hold
 *       none, the shown item ranked first in the table).
 * </ol>
 * Complements are hidden with status {@link CellStatus#SUPPRESSED_SECONDARY}.
 *
 * <p><b>Why zeros come last:</b> a zero hidden beside a small count protects little: the two
 * hidden items of the equation then sum to the small count itself, and zeros are often known to
 * readers (a service that has no children of some kind). Hiding a larger non-zero count makes the
 * hidden sum larger and so the small count less certain. Inner cells come before totals because
 * totals are the figures readers need most, and smaller counts before larger because they lose
 * the least information. A zero is hidden only when an equation has nothing else left to hide.
 *
 * <p><b>Termination and worst case:</b> every pass hides one more item, so the loop ends after at
 * most {@code (R + 1)(C + 1)} passes. With every item hidden nothing is determined (each item
 * lies on a cycle of the table whose signs can be flipped without changing a total), so the worst
 * case is a table where everything is hidden, as happens when the grand total itself is small.
 * The result is deterministic: the same table and policy always give the same cells.
 *
 * <p><b>Limits:</b> the audit proves that no hidden count can be worked out exactly; it does not
 * bound the interval a reader can narrow a hidden count to (a hidden 3 beside a hidden 4 in a row
 * whose shown cells leave 7 is known to be at most 7). When a table is not additive (distinct
 * counts, whose totals are less than the sums of their cells) its equations do not hold exactly;
 * the same pattern of equations is still enforced. The nested rows of a hierarchy (a nation and
 * its local authorities) have equations of their own: a report card passes them, so that a parent
 * equals the sum of its children and only the top rows sum to the totals.
 *
 * <p><b>Rounding</b> comes last: every item still shown is rounded to the policy's base and
 * marked {@link CellStatus#ROUNDED}. The audit does not rely on rounding for protection.
 * Percentages are never computed here: {@link ControlledTable#table()} keeps the unrounded counts
 * for them.
 *
 * <p>Stateless and thread-safe. Cost: each audit is an elimination of {@code O((R + C)^2 R C)}
 * exact operations, repeated for each complement it adds; tables of tens of rows and columns take
 * milliseconds.
 */
public final class DisclosureControl {
  private DisclosureControl() {}

  /**
   * Applies a policy to a table.
   *
   * @param table the counts with their totals
   * @param policy the rules of disclosure control
   * @return the table as it may be published, with a status per cell
   */
  public static ControlledTable apply(CountTable table, DisclosurePolicy policy) {
    return apply(table, policy, java.util.Set.of());
  }

  /**
   * The item number of a position of a table with its margins: row {@code rows().size()} is the
   * column totals, column {@code columns().size()} the row totals.
   */
  static int item(CountTable table, int row, int column) {
    return row * (table.columns().size() + 1) + column;
  }

  /**
   * Applies a policy to a table whose items {@code forced} must be hidden too, because a linked
   * table (the same totals shown elsewhere on a report card) hides them.
   */
  static ControlledTable apply(CountTable table, DisclosurePolicy policy,
      java.util.Set<Integer> forced) {
    return apply(table, policy, forced, List.of());
  }

  /**
   * Applies a policy to the table of a hierarchy: its rows are nested, each group listing a
   * parent row and its child rows ({@code group[0]} the parent). Only rows that are no one's
   * child sum to the column totals, and each parent equals the sum of its children, in every
   * column: the equations a reader of a hierarchy can use.
   */
  static ControlledTable apply(CountTable table, DisclosurePolicy policy,
      java.util.Set<Integer> forced, List<int[]> groups) {
    Grid grid = new Grid(table, groups);
    int items = grid.size();
    boolean[] hidden = new boolean[items];
    boolean[] primary = new boolean[items];
    boolean any = !forced.isEmpty();
    for (int item : forced) {
      hidden[item] = true;
    }
    for (int i = 0; i < items; i++) {
      if (policy.isPrimary(grid.value(i))) {
        hidden[i] = true;
        primary[i] = true;
        any = true;
      }
    }
    if (any && policy.hasSecondarySuppression()) {
      protect(grid, hidden);
    }
    Cell[] cells = new Cell[items];
    for (int i = 0; i < items; i++) {
      if (primary[i]) {
        cells[i] = Cell.hidden(CellStatus.SUPPRESSED_PRIMARY, policy.symbol());
      } else if (hidden[i]) {
        cells[i] = Cell.hidden(CellStatus.SUPPRESSED_SECONDARY, policy.symbol());
      } else if (policy.rounds()) {
        cells[i] = Cell.rounded(policy.round(grid.value(i)));
      } else {
        cells[i] = Cell.shown(grid.value(i));
      }
    }
    return new ControlledTable(table, policy, cells);
  }

  /** Hides complements until no hidden item can be worked out from the equations. */
  private static void protect(Grid grid, boolean[] hidden) {
    int[][] equations = grid.equations();
    int[][] coefficients = grid.coefficients();
    while (true) {
      int singleton = firstSingleton(equations, hidden);
      if (singleton >= 0) {
        int pick = best(grid, hidden, equations[singleton]);
        if (pick < 0) {
          return;   // cannot happen: an equation holds at least two items
        }
        hidden[pick] = true;
        continue;
      }
      boolean[] determined = Determinacy.determined(equations, coefficients, hidden);
      int target = -1;
      for (int i = 0; i < determined.length && target < 0; i++) {
        if (determined[i]) {
          target = i;
        }
      }
      if (target < 0) {
        return;
      }
      int[] around = new int[0];
      for (int[] equation : equations) {
        for (int item : equation) {
          if (item == target) {
            around = concat(around, equation);
            break;
          }
        }
      }
      int pick = best(grid, hidden, around);
      if (pick < 0) {
        pick = best(grid, hidden, grid.all());
      }
      if (pick < 0) {
        return;   // cannot happen: with every item hidden, none is determined
      }
      hidden[pick] = true;
    }
  }

  private static int firstSingleton(int[][] equations, boolean[] hidden) {
    for (int e = 0; e < equations.length; e++) {
      int count = 0;
      for (int item : equations[e]) {
        if (hidden[item]) {
          count++;
        }
      }
      if (count == 1) {
        return e;
      }
    }
    return -1;
  }

  /** Returns the shown item ranked first among {@code candidates}, or -1 if all are hidden. */
  private static int best(Grid grid, boolean[] hidden, int[] candidates) {
    int best = -1;
    for (int item : candidates) {
      if (!hidden[item] && (best < 0 || before(grid, item, best))) {
        best = item;
      }
    }
    return best;
  }

  /** Tells whether item {@code a} is a better complement than item {@code b}. */
  private static boolean before(Grid grid, int a, int b) {
    boolean zeroA = grid.value(a) == 0;
    boolean zeroB = grid.value(b) == 0;
    if (zeroA != zeroB) {
      return zeroB;
    }
    if (grid.kind(a) != grid.kind(b)) {
      return grid.kind(a) < grid.kind(b);
    }
    if (grid.value(a) != grid.value(b)) {
      return grid.value(a) < grid.value(b);
    }
    return a < b;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /**
   * The table with its margins, items numbered row by row: item {@code r * (C + 1) + c}; the
   * equations are the {@code R + 1} rows, then the {@code C + 1} columns.
   */
  static final class Grid {
    private final CountTable table;
    private final int rows;
    private final int columns;
    /** Each group: a parent row, then its child rows. */
    private final List<int[]> groups;
    /** Whether a row is a child of another, and so not in the column equations. */
    private final boolean[] child;

    Grid(CountTable table) {
      this(table, List.of());
    }

    Grid(CountTable table, List<int[]> groups) {
      this.table = table;
      this.rows = table.rows().size();
      this.columns = table.columns().size();
      this.groups = List.copyOf(groups);
      this.child = new boolean[rows];
      for (int[] group : groups) {
        for (int i = 1; i < group.length; i++) {
          child[group[i]] = true;
        }
      }
    }

    int size() {
      return (rows + 1) * (columns + 1);
    }

    int[] all() {
      int[] all = new int[size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      return all;
    }

    long value(int item) {
      return table.marginal(item / (columns + 1), item % (columns + 1));
    }

    /** 0 for an inner cell, 1 for a row or column total, 2 for the grand total. */
    int kind(int item) {
      return (item / (columns + 1) == rows ? 1 : 0) + (item % (columns + 1) == columns ? 1 : 0);
    }



    int[][] equations() {
      List<int[]> equations = new java.util.ArrayList<>();
      for (int r = 0; r <= rows; r++) {
        int[] equation = new int[columns + 1];
        for (int c = 0; c <= columns; c++) {
          equation[c] = r * (columns + 1) + c;
        }
        equations.add(equation);
      }
      for (int c = 0; c <= columns; c++) {
        List<Integer> items = new java.util.ArrayList<>();
        for (int r = 0; r <= rows; r++) {
          if (r == rows || !child[r]) {
            items.add(r * (columns + 1) + c);
          }
        }
        equations.add(items.stream().mapToInt(Integer::intValue).toArray());
      }
      for (int[] group : groups) {
        for (int c = 0; c <= columns; c++) {
          int[] equation = new int[group.length];
          for (int i = 1; i < group.length; i++) {
            equation[i - 1] = group[i] * (columns + 1) + c;
          }
          equation[group.length - 1] = group[0] * (columns + 1) + c;
          equations.add(equation);
        }
      }
      return equations.toArray(new int[0][]);
    }

    /** The last item of each equation is its total: the others sum to it. */
    int[][] coefficients() {
      int[][] equations = equations();
      int[][] coefficients = new int[equations.length][];
      for (int e = 0; e < coefficients.length; e++) {
        coefficients[e] = new int[equations[e].length];
        Arrays.fill(coefficients[e], 1);
        coefficients[e][coefficients[e].length - 1] = -1;
      }
      return coefficients;
    }
  }
}
