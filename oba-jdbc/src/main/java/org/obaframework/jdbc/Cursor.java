package org.obaframework.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;

/**
 * One query's open result, read forward with a server-side cursor (a fetch size, so that the
 * driver holds a batch of rows at a time): its current row, and the order of its subjects
 * checked as it goes.
 */
final class Cursor implements AutoCloseable {
  final RowQuery query;
  private final PreparedStatement statement;
  private final ResultSet result;
  /** For each slot of the row kind, the result's column index, or 0 when the column is absent. */
  private final int[] index;
  private final Comparator<String> order;
  private final boolean subjects;
  private final Problems problems;
  /** The current row, or null once the result is read. */
  @Nullable Row row;
  private @Nullable String previous;

  private Cursor(RowQuery query, PreparedStatement statement, ResultSet result, int[] index,
      Comparator<String> order, Problems problems) {
    this.query = query;
    this.statement = statement;
    this.result = result;
    this.index = index;
    this.order = order;
    this.subjects = query.kind() == RowKind.SUBJECTS;
    this.problems = problems;
  }

  /**
   * Runs a query and reads its first row.
   *
   * @param subject the one subject whose rows are read, or null for every subject's
   * @return the cursor, or null when the result lacks a column it must have (then a problem)
   */
  static @Nullable Cursor open(Connection connection, RowQuery query, int fetchSize,
      @Nullable String subject, Comparator<String> order, Problems problems) {
    PreparedStatement statement = null;
    try {
      statement = connection.prepareStatement(subject == null ? query.sql()
          : query.forOneSubject(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(fetchSize);
      if (subject != null) {
        statement.setString(1, subject);
      }
      ResultSet result = statement.executeQuery();
      int[] index = columns(query, result.getMetaData(), problems);
      if (index == null) {
        result.close();
        statement.close();
        return null;
      }
      Cursor cursor = new Cursor(query, statement, result, index, order, problems);
      cursor.advance();
      return cursor;
    } catch (SQLException e) {
      close(statement);
      throw DatabaseException.of("running the query of table " + Redaction.id(query.table()), e);
    }
  }

  /** Finds each column's index by its label; null, with a problem for each, if any is missing. */
  private static int @Nullable [] columns(RowQuery query, ResultSetMetaData meta,
      Problems problems) throws SQLException {
    Map<String, Integer> byLabel = new HashMap<>();
    for (int i = meta.getColumnCount(); i >= 1; i--) {
      byLabel.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
    }
    List<Column> columns = query.kind().columns();
    int[] index = new int[columns.size()];
    List<Problem> missing = new ArrayList<>();
    for (int slot = 0; slot < columns.size(); slot++) {
      Column column = columns.get(slot);
      Integer found = byLabel.get(query.label(column).toLowerCase(Locale.ROOT));
      if (found != null) {
        index[slot] = found;
      } else if (!query.kind().isOptional(column)) {
        missing.add(Problem.of(ProblemType.MISSING_VALUE, Item.of("table", query.table()),
            query.label(column), "a column labelled " + Redaction.name(query.label(column))
                + " in the result of the query of " + query.kind() + " (Column." + column + ")",
            "a result of " + meta.getColumnCount() + " columns without it"));
      }
    }
    problems.addAll(missing);
    return missing.isEmpty() ? index : null;
  }

  /**
   * Reads the next row into {@link #row}: a row without a subject, or out of the subjects'
   * order, is a problem and is passed over.
   */
  void advance() {
    try {
      while (true) {
        if (!result.next()) {
          row = null;
          return;
        }
        Row next = read();
        String subject = next.text(Column.SUBJECT_ID);
        if (subject == null) {
          continue;   // told by read()
        }
        String before = previous;
        if (before != null && (order.compare(subject, before) < 0
            || subjects && subject.equals(before))) {
          problems.addCause(next.problem(ProblemType.DUPLICATE_CODE, Column.SUBJECT_ID,
              "rows ordered by " + Redaction.name(query.label(Column.SUBJECT_ID))
                  + " in binary order (ORDER BY ... COLLATE \"C\" in PostgreSQL), so that each "
                  + "subject's rows are read together, once",
              (subjects && subject.equals(before) ? "subject " + Redaction.id(subject) + " again"
                  : "a row of subject " + Redaction.id(subject) + " after the rows of subject "
                      + Redaction.id(before))));
          continue;
        }
        previous = subject;
        row = next;
        return;
      }
    } catch (SQLException e) {
      throw DatabaseException.of("reading a row of table " + Redaction.id(query.table()), e);
    }
  }

  /** Reads the current row's values; a value that cannot be read, or is missing, is a problem. */
  private Row read() throws SQLException {
    List<Column> columns = query.kind().columns();
    @Nullable Object[] values = new Object[columns.size()];
    Row row = new Row(query, values);
    // The key columns first, so that a problem of another column names its row.
    Map<Column, String> unreadable = new java.util.EnumMap<>(Column.class);
    for (int slot = 0; slot < columns.size(); slot++) {
      if (index[slot] == 0) {
        continue;
      }
      Column column = columns.get(slot);
      try {
        values[slot] = value(column.type(), index[slot]);
      } catch (SQLException e) {
        // The driver's message may quote the value: only its SQL state is told.
        unreadable.put(column, "a value that cannot be read as one (SQL state "
            + Redaction.escape(e.getSQLState() == null ? "not given" : e.getSQLState()) + ")");
      } catch (NotADate e) {
        unreadable.put(column, e.found);
      }
    }
    unreadable.forEach((column, found) -> problems.add(row.problem(ProblemType.WRONG_TYPE,
        column, expectation(column.type()), found)));
    for (int slot = 0; slot < columns.size(); slot++) {
      Column column = columns.get(slot);
      if (values[slot] == null && !query.kind().isOptional(column)
          && !unreadable.containsKey(column)) {
        problems.add(row.problem(ProblemType.MISSING_VALUE, column, "a value", "null"));
      }
    }
    return row;
  }

  private @Nullable Object value(Column.Type type, int column) throws SQLException {
    switch (type) {
      case DATE:
        return date(column);
      case NUMBER: {
        double number = result.getDouble(column);
        return result.wasNull() ? null : number;
      }
      case FLAG: {
        boolean flag = result.getBoolean(column);
        return result.wasNull() ? null : flag;
      }
      default:
        return result.getString(column);
    }
  }

  /**
   * Reads a date from a date column, or from a text column that holds one as {@code YYYY-MM-DD}
   * (as some systems keep dates).
   */
  private @Nullable LocalDate date(int column) throws SQLException {
    try {
      return result.getObject(column, LocalDate.class);
    } catch (SQLException e) {
      String text = result.getString(column);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (java.time.format.DateTimeParseException notADate) {
        throw new NotADate(Redaction.date(text));
      }
    }
  }

  /** A text that is not a date, described. */
  private static final class NotADate extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String found;

    NotADate(String found) {
      super(found, null, false, false);
      this.found = found;
    }
  }

  private static String expectation(Column.Type type) {
    switch (type) {
      case DATE:
        return "a date";
      case NUMBER:
        return "a number";
      case FLAG:
        return "a boolean";
      default:
        return "a text";
    }
  }

  @Override
  public void close() {
    try {
      result.close();
    } catch (SQLException e) {
      // Closing is best effort: the statement's close below ends the result too.
    }
    close(statement);
  }

  private static void close(@Nullable PreparedStatement statement) {
    if (statement != null) {
      try {
        statement.close();
      } catch (SQLException e) {
        // Best effort, as above: the connection's end releases it.
      }
    }
  }

  @Override
  public String toString() {
    return "Cursor[" + query + "]";
  }
}
