package org.obaframework.core.report;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An attacker of one published additive table, written apart from the library's audit: from the
 * published cells alone (and the policy, which is public), the least and greatest value each count
 * can have, by integer programming over every row and column equation.
 */
final class TableAttack {
  static {
    System.setProperty("shut.up.ojAlgo", "true");
  }

  private final ControlledTable table;
  private final DisclosurePolicy policy;
  private final int rows;
  private final int columns;

  TableAttack(ControlledTable table, DisclosurePolicy policy) {
    this.table = table;
    this.policy = policy;
    this.rows = table.rows().size();
    this.columns = table.columns().size();
  }

  static Cell at(ControlledTable table, int r, int c) {
    int rows = table.rows().size();
    int columns = table.columns().size();
    if (r == rows) {
      return c == columns ? table.total() : table.columnTotal(c);
    }
    return c == columns ? table.rowTotal(r) : table.cell(r, c);
  }

  /** The least and greatest value of the count at {@code r, c} (margins included). */
  long[] range(int r, int c) {
    return new long[] {solve(r, c, false), solve(r, c, true)};
  }

  /**
   * Solves the linear relaxation first: ojAlgo's integer solver reports an unbounded programme as
   * optimal, while its simplex reports it unbounded, and an unbounded relaxation of a feasible
   * programme with integer data is an unbounded integer programme too.
   */
  private long solve(int tr, int tc, boolean max) {
    if (solve(tr, tc, max, false) == Long.MAX_VALUE) {
      return max ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    return solve(tr, tc, max, true);
  }

  private long solve(int tr, int tc, boolean max, boolean integer) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[][] x = new Variable[rows + 1][columns + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        Variable v = model.addVariable().integer(integer);
        Cell cell = at(table, r, c);
        if (cell.status() == CellStatus.SHOWN) {
          v.level(cell.shown().getAsLong());
        } else if (cell.status() == CellStatus.ROUNDED) {
          long shown = cell.shown().getAsLong();
          List<Long> possible = new ArrayList<>();
          for (long k = Math.max(0, shown - policy.roundingBase()); k <= shown
              + policy.roundingBase(); k++) {
            if (policy.round(k) == shown && !policy.isPrimary(k)) {
              possible.add(k);
            }
          }
          v.lower(possible.get(0)).upper(possible.get(possible.size() - 1));
        } else {
          v.lower(policy.suppressesZeros() ? 0 : 1);
        }
        x[r][c] = v;
      }
    }
    for (int r = 0; r <= rows; r++) {
      Expression row = model.addExpression().level(0);
      for (int c = 0; c < columns; c++) {
        row.set(x[r][c], 1);
      }
      row.set(x[r][columns], -1);
    }
    for (int c = 0; c <= columns; c++) {
      Expression column = model.addExpression().level(0);
      for (int r = 0; r < rows; r++) {
        column.set(x[r][c], 1);
      }
      column.set(x[rows][c], -1);
    }
    x[tr][tc].weight(1);
    Optimisation.Result result = max ? model.maximise() : model.minimise();
    if (result.getState() == Optimisation.State.UNBOUNDED) {
      return Long.MAX_VALUE;
    }
    if (!result.getState().isFeasible()) {
      throw new AssertionError("the published table has no solution: " + result);
    }
    return integer ? Math.round(result.getValue()) : 0;
  }
}
