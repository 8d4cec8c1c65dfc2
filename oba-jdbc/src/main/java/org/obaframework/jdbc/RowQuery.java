package org.obaframework.jdbc;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.obaframework.core.Item;
import org.obaframework.core.ObaException;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.Problem;

/**
 * One query of a host system's rows of one {@link RowKind kind}: its SQL, the table its problems
 * name, and the labels its result gives the columns.
 *
 * <pre>{@code
 * RowQuery ratings = RowQuery.of(RowKind.RATINGS, "indicator_score",
 *         "SELECT client_id, assessment_id, indicator, person_id, status, level, number, flag"
 *             + " FROM indicator_score ORDER BY client_id COLLATE \"C\", assessment_id, position")
 *     .withColumn(Column.SUBJECT_ID, "client_id")
 *     .withColumn(Column.REVIEW_ID, "assessment_id")
 *     .withColumn(Column.MEMBER_ID, "person_id");
 * }</pre>
 *
 * <p>The rows must come ordered by the subject's id in {@link JdbcRecords#withSubjectOrder the
 * reader's order}, by default the order of {@link String#compareTo}, which is PostgreSQL's {@code
 * COLLATE "C"} (and any database's binary collation) for ids, which are ASCII. Within a subject,
 * rows keep the query's order: members, ratings and an attribute's history in that order. A
 * problem of a row names the table given here, the row's key and the column by its label, such as
 * {@code table 'indicator_score', assessment_id 'R-17', indicator 'SCHOOL-ATT', field number}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RowQuery {
  private final RowKind kind;
  private final String table;
  private final String sql;
  private final Map<Column, String> labels;

  private RowQuery(RowKind kind, String table, String sql, Map<Column, String> labels) {
    this.kind = kind;
    this.table = table;
    this.sql = sql;
    this.labels = labels;
  }

  /**
   * Returns a query whose result labels its columns as {@link Column#defaultLabel()} says.
   *
   * @param kind the kind of rows it returns
   * @param table the table its problems name, such as {@code indicator_score}
   * @param sql the query, ordered by subject
   * @return the query
   * @throws ValidationException if the table or the SQL is blank
   */
  public static RowQuery of(RowKind kind, String table, String sql) {
    Objects.requireNonNull(kind, "kind");
    if (table.isBlank() || sql.isBlank()) {
      throw new ValidationException(Problem.of(ProblemType.MISSING_VALUE, Item.of("row query"),
          table.isBlank() ? "table" : "sql", "a table name and a query", "a blank text"));
    }
    Map<Column, String> labels = new EnumMap<>(Column.class);
    for (Column column : kind.columns()) {
      labels.put(column, column.defaultLabel());
    }
    return new RowQuery(kind, table, sql, labels);
  }

  /**
   * Returns a copy whose result gives a column another label, such as the host table's own
   * column name.
   *
   * @param column a column of the query's kind
   * @param label the label in the query's result (matched without regard to case)
   * @return the changed copy
   * @throws ObaException if the column is not one of the kind's
   * @throws ValidationException if the label is blank
   */
  public RowQuery withColumn(Column column, String label) {
    if (!kind.columns().contains(column)) {
      throw new ObaException("column " + column + " is not one of rows " + kind + ": expected one "
          + "of " + kind.columns());
    }
    if (label.isBlank()) {
      throw new ValidationException(Problem.of(ProblemType.MISSING_VALUE,
          Item.of("row query", table), "columns." + column, "a label", "a blank text"));
    }
    Map<Column, String> copy = new EnumMap<>(labels);
    copy.put(column, label);
    return new RowQuery(kind, table, sql, copy);
  }

  /**
   * Returns the kind of rows.
   *
   * @return the kind
   */
  public RowKind kind() {
    return kind;
  }

  /**
   * Returns the table problems name.
   *
   * @return the table
   */
  public String table() {
    return table;
  }

  /**
   * Returns the SQL.
   *
   * @return the query
   */
  public String sql() {
    return sql;
  }

  /**
   * Returns the label of a column in the query's result.
   *
   * @param column a column of the query's kind
   * @return the label
   */
  public String label(Column column) {
    String label = labels.get(column);
    return label == null ? column.defaultLabel() : label;
  }

  /** The query of one subject's rows: the query as a subquery, filtered by the subject's id. */
  String forOneSubject() {
    return "SELECT * FROM (" + sql + ") oba_rows WHERE oba_rows.\""
        + label(Column.SUBJECT_ID).replace("\"", "\"\"") + "\" = ?";
  }

  /** Returns the kind and the table; never the SQL, which may be long. */
  @Override
  public String toString() {
    return "RowQuery[" + kind + " from " + Redaction.escape(table) + "]";
  }
}
