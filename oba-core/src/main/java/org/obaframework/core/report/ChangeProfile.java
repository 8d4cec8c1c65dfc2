package org.obaframework.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * The change profile of one measure as published: for an ordinal or binary indicator the
 * transition matrix of people by level at baseline (rows) against level later (columns), with row,
 * column and grand totals; for a numeric one the number of people paired and their mean change.
 *
 * <pre>{@code
 * ChangeProfile moves = card.changeProfile("IFS-RISK-CARE-MOVES").orElseThrow();
 * moves.table().cell(1, 0);      // people low at baseline and none later, or [c]
 * moves.meanChange();            // empty: a matrix has no mean
 * }</pre>
 *
 * <p>The number of people paired is the grand total, the same published cell as the measure's
 * line. A summary's table is one cell, row {@value BreakdownTable#TOTAL} and column {@value #N},
 * whose margins are that same cell; its mean is withheld with it. Immutable and thread-safe; equal
 * when every part is equal.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param table the published counts with their margins
 * @param meanChange the mean change of a summary; empty for a transition matrix
 */
public record ChangeProfile(String code, String name, ControlledTable table,
    Optional<MeanCell> meanChange) {
  /** The column of a summary's one cell: the number of people paired. */
  public static final String N = "n";

  /**
   * Checks the parts.
   *
   * @throws ValidationException if the code or name is blank, or a summary's table is not its
   *     one cell
   */
  public ChangeProfile {
    Checks.text(Item.of("change profile"), "code", code);
    Checks.text(Item.of("change profile", code), "name", name);
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(meanChange, "meanChange");
    if (meanChange.isPresent() && !(table.rows().equals(List.of(BreakdownTable.TOTAL))
        && table.columns().equals(List.of(N)))) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("change profile", code),
          "table", "one cell, row " + BreakdownTable.TOTAL + " and column " + N,
          table.rows().size() + " rows and " + table.columns().size() + " columns");
    }
  }

  /**
   * Returns the profile of a summary of change: the number paired and its mean.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param paired the number of people paired
   * @param mean their mean change, withheld with the number
   * @return the profile
   */
  public static ChangeProfile summary(String code, String name, Cell paired, MeanCell mean) {
    return new ChangeProfile(code, name, ControlledTable.of(List.of(BreakdownTable.TOTAL),
        List.of(N), List.of(List.of(paired, paired), List.of(paired, paired))),
        Optional.of(mean));
  }

  /**
   * Tells whether the profile is a transition matrix.
   *
   * @return {@code true} unless it is a summary with a mean
   */
  public boolean isTransitions() {
    return meanChange.isEmpty();
  }

  /**
   * Returns the number of people paired: the grand total.
   *
   * @return the cell
   */
  public Cell paired() {
    return table.total();
  }
}
