package org.obaframework.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;

/**
 * The queries of one read, open together, merged by subject: each call of {@link #next()} takes
 * the next subject's row and the rows of every other query for that subject. Not thread-safe: the
 * source that shares it among threads calls it under its lock.
 */
final class RowReader implements AutoCloseable {
  private final List<Cursor> subjects = new ArrayList<>();
  private final List<Cursor> others = new ArrayList<>();
  private final Comparator<String> order;
  private final Problems problems;
  /** The table the subjects come from, as problems name it: the first subjects query's. */
  private final String subjectTable;
  /** Whether every query's result has the columns it must have. */
  private final boolean complete;

  /** One subject's rows, by kind, each kind's in the order of its queries and their rows. */
  static final class Group {
    final Row subject;
    final Map<RowKind, List<Row>> rows = new EnumMap<>(RowKind.class);

    Group(Row subject) {
      this.subject = subject;
    }

    List<Row> rows(RowKind kind) {
      return rows.getOrDefault(kind, List.of());
    }
  }

  /**
   * Opens every query; if a query's result lacks a column, none is read and the problems say
   * which.
   */
  RowReader(Connection connection, List<RowQuery> queries, int fetchSize,
      @Nullable String subject, Comparator<String> order, Problems problems) {
    this.order = order;
    this.problems = problems;
    String table = null;
    boolean complete = true;
    try {
      for (RowQuery query : queries) {
        Cursor cursor = Cursor.open(connection, query, fetchSize, subject, order, problems);
        if (cursor == null) {
          complete = false;
        } else if (query.kind() == RowKind.SUBJECTS) {
          subjects.add(cursor);
          table = table == null ? query.table() : table;
        } else {
          others.add(cursor);
        }
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    this.subjectTable = table == null ? "subject" : table;
    this.complete = complete;
    if (!complete) {
      close();
      subjects.clear();
      others.clear();
    }
  }

  /**
   * Returns the next subject's rows, or null when every query is read (its rows of no subject
   * then told as problems).
   */
  @Nullable Group next() {
    Cursor first = null;
    for (Cursor cursor : subjects) {
      if (cursor.row != null && (first == null
          || order.compare(cursor.row.subject(), first.row.subject()) < 0)) {
        first = cursor;
      }
    }
    if (first == null) {
      for (Cursor cursor : others) {
        while (cursor.row != null) {
          orphan(cursor);
        }
      }
      return null;
    }
    Group group = new Group(first.row);
    String id = group.subject.subject();
    first.advance();
    for (Cursor cursor : subjects) {
      while (cursor.row != null && cursor.row.subject().equals(id)) {
        problems.add(cursor.row.problem(ProblemType.DUPLICATE_CODE, Column.SUBJECT_ID,
            "each subject once", "subject " + Redaction.id(id) + " again"));
        cursor.advance();
      }
    }
    for (Cursor cursor : others) {
      while (cursor.row != null && order.compare(cursor.row.subject(), id) < 0) {
        orphan(cursor);
      }
      while (cursor.row != null && cursor.row.subject().equals(id)) {
        group.rows.computeIfAbsent(cursor.query.kind(), k -> new ArrayList<>()).add(cursor.row);
        cursor.advance();
      }
    }
    return group;
  }

  /** Tells that the cursor's row belongs to no subject read, and passes it over. */
  private void orphan(Cursor cursor) {
    Row row = cursor.row;
    if (row != null) {
      problems.add(row.problem(ProblemType.UNKNOWN_REFERENCE, Column.SUBJECT_ID,
          "a subject of table " + Redaction.id(subjectTable),
          "subject " + Redaction.id(row.subject()) + ", which has no row there"));
      cursor.advance();
    }
  }

  /** Tells whether every query's result has the columns it must have. */
  boolean isComplete() {
    return complete;
  }

  /** The table of the subjects, as problems name it. */
  String subjectTable() {
    return subjectTable;
  }

  @Override
  public void close() {
    subjects.forEach(Cursor::close);
    others.forEach(Cursor::close);
  }
}
