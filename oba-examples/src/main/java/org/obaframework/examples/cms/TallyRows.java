package org.obaframework.examples.cms;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.obaframework.core.aggregate.Count;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.aggregate.Summary;
import org.obaframework.core.aggregate.Tally;
import org.obaframework.core.aggregate.Transitions;

/**
 * A tally as the columns of {@code oba_contribution} and {@code oba_live_cell}: its kind, its
 * counts, the levels of a transition matrix, and a summary's sums and extremes. Stateless.
 */
final class TallyRows {
  /** The tally's columns, as a SELECT lists them. */
  static final String COLUMNS = "kind, counts, levels, sum, sum_of_squares, least, greatest";

  private TallyRows() {}

  /** Sets the tally's seven columns from parameter {@code first} on. */
  static void set(Connection connection, PreparedStatement statement, int first, Tally tally)
      throws SQLException {
    List<Long> counts = new ArrayList<>();
    String kind;
    if (tally instanceof Count count) {
      kind = "count";
      counts.add(count.value());
    } else if (tally instanceof Proportion p) {
      kind = "proportion";
      counts.addAll(List.of(p.numerator(), p.denominator(), p.excluded(), p.notPaired(),
          p.notEligible(), p.deteriorated()));
    } else if (tally instanceof Transitions t) {
      kind = "transitions";
      for (String from : t.levels()) {
        for (String to : t.levels()) {
          counts.add(t.count(from, to));
        }
      }
    } else {
      kind = "summary";
      counts.add(((Summary) tally).count());
    }
    statement.setString(first, kind);
    statement.setArray(first + 1, connection.createArrayOf("bigint", counts.toArray()));
    if (tally instanceof Transitions t) {
      statement.setArray(first + 2, connection.createArrayOf("text", t.levels().toArray()));
    } else {
      statement.setNull(first + 2, Types.ARRAY);
    }
    if (tally instanceof Summary s) {
      statement.setDouble(first + 3, s.sum());
      statement.setDouble(first + 4, s.sumOfSquares());
      statement.setDouble(first + 5, s.min());
      statement.setDouble(first + 6, s.max());
    } else {
      for (int i = 3; i <= 6; i++) {
        statement.setNull(first + i, Types.DOUBLE);
      }
    }
  }

  /** Reads a tally from the seven columns from column {@code first} on. */
  static Tally get(ResultSet row, int first) throws SQLException {
    String kind = row.getString(first);
    List<Long> counts = longs(row.getArray(first + 1));
    switch (kind) {
      case "count":
        return Count.of(counts.get(0));
      case "proportion":
        // Rows written before deterioration was counted hold five counts.
        return new Proportion(counts.get(0), counts.get(1), counts.get(2), counts.get(3),
            counts.get(4), counts.size() > 5 ? counts.get(5) : 0);
      case "transitions":
        return Transitions.of(Arrays.asList((String[]) row.getArray(first + 2).getArray()),
            counts);
      default:
        return new Summary(counts.get(0), row.getDouble(first + 3), row.getDouble(first + 4),
            row.getDouble(first + 5), row.getDouble(first + 6));
    }
  }

  private static List<Long> longs(Array array) throws SQLException {
    List<Long> longs = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      longs.add(((Number) value).longValue());
    }
    return longs;
  }
}
