package org.obaframework.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.SubjectRecords;

/**
 * Reads records from a relational database with JDBC, one subject at a time: each {@link
 * RowQuery} returns one kind of rows (subjects, members, attributes, episodes, service outputs,
 * reviews, ratings) ordered by subject, its result read forward with a server-side cursor, and
 * the queries' rows are merged by subject into one {@link SubjectRecords} per subject.
 *
 * <pre>{@code
 * JdbcRecords source = JdbcRecords.of(subjects, members, attributes, episodes, outputs,
 *         reviews, ratings)
 *     .validatedBy(RecordValidator.of(framework, asOf));
 * try (Stream<SubjectRecords> subjects = source.stream(connection)) {
 *   Results results = evaluation.evaluate(subjects.parallel());
 * }
 * Optional<SubjectRecords> one = source.read(connection, "F-0042");   // one subject's rows
 * }</pre>
 *
 * <h2>Memory, order and threads</h2>
 *
 * <p>Memory holds, for each query, the rows of one fetch ({@link #withFetchSize}, 1,000 by
 * default) and the records of one subject per thread: a caseload of any size streams through.
 * Every query must order its rows by the subject's id, in {@link #withSubjectOrder the reader's
 * order} ({@link String#compareTo} by default: PostgreSQL's {@code ORDER BY subject_id COLLATE
 * "C"}); a query whose rows are not in that order, so that a subject's rows would be split, is a
 * problem, told with the table, the row's key and the column, never regrouped or dropped. A
 * stream made parallel reads the rows on one thread at a time, under a lock, and builds,
 * validates and evaluates each subject on the thread that takes it: on the caller's pool (the
 * common pool, or a {@link java.util.concurrent.ForkJoinPool} the caller runs the stream in),
 * with one accumulator per thread.
 *
 * <h2>Transactions</h2>
 *
 * <p>The connection is the caller's. When it is in auto-commit mode, the read runs in a
 * transaction of its own, at {@code REPEATABLE READ} so that every query sees one snapshot of
 * the records, which closing the stream ends (rolls back: nothing is written) before it restores
 * auto-commit and the isolation level. Otherwise the read runs in the caller's transaction and
 * leaves it open (use {@code REPEATABLE READ} or stricter for one snapshot). Server-side cursors
 * need a transaction: PostgreSQL's driver fetches by the fetch size only outside auto-commit.
 *
 * <h2>Problems</h2>
 *
 * <p>Every problem of the rows is a {@link Problem} naming the table, the row's key columns and
 * the column, such as {@code table 'assessment', assessment_id 'R-17', field episode_id: unknown
 * reference; expected an episode of subject 'F-3' in table 'episode', found 'E-9', which is not
 * one}; what was found is described under oba's {@link org.obaframework.core.Redaction} rule,
 * never shown: no message holds a value of a child's record. {@link #validatedBy} checks each
 * subject against a framework too ({@link RecordValidator}: values off the scale, unknown
 * indicators, dates out of order, ...), its problems placed at the same rows and columns. Failure
 * is deferred: the stream gives subjects only while the rows have had no problem; after the
 * first, it reads on to the end only to find every problem (up to {@link #withMaxProblems}, the
 * rest counted), then throws one {@link RowsException} listing them, from the call that asked for
 * the next subject. A failure of the database throws a {@link DatabaseException}, which tells its
 * SQL state and never the database's message.
 *
 * <p>Immutable and thread-safe; each stream is for one read and must be closed.
 */
public final class JdbcRecords {
  /** The default number of rows a query's cursor fetches at a time. */
  public static final int FETCH_SIZE = 1_000;
  /** The default most problems listed. */
  public static final int MAX_PROBLEMS = 10_000;

  private final List<RowQuery> queries;
  private final int fetchSize;
  private final @Nullable RecordValidator validator;
  private final Comparator<String> order;
  private final int maxProblems;

  private JdbcRecords(List<RowQuery> queries, int fetchSize, @Nullable RecordValidator validator,
      Comparator<String> order, int maxProblems) {
    this.queries = queries;
    this.fetchSize = fetchSize;
    this.validator = validator;
    this.order = order;
    this.maxProblems = maxProblems;
  }

  /**
   * Returns a reader of the rows the queries return.
   *
   * @param queries at least one query of {@link RowKind#SUBJECTS}, and any others; several
   *     queries of one kind (such as the subjects of a table of children and of a table of
   *     families) are merged by subject
   * @return the reader
   * @throws ValidationException if no query is of subjects
   */
  public static JdbcRecords of(List<RowQuery> queries) {
    List<RowQuery> copy = List.copyOf(queries);
    if (copy.stream().noneMatch(q -> q.kind() == RowKind.SUBJECTS)) {
      throw new ValidationException(Problem.of(ProblemType.MISSING_VALUE,
          Item.of("jdbc records"), "queries", "a query of rows " + RowKind.SUBJECTS,
          copy.size() + " queries of other rows"));
    }
    return new JdbcRecords(copy, FETCH_SIZE, null, Comparator.naturalOrder(), MAX_PROBLEMS);
  }

  /**
   * Returns a reader of the rows the queries return.
   *
   * @param queries at least one query of {@link RowKind#SUBJECTS}, and any others
   * @return the reader
   * @throws ValidationException if no query is of subjects
   */
  public static JdbcRecords of(RowQuery... queries) {
    return of(List.of(queries));
  }

  /**
   * Returns a copy whose cursors fetch this many rows at a time.
   *
   * @param rows 1 or more
   * @return the changed copy
   * @throws ValidationException if {@code rows} is below 1
   */
  public JdbcRecords withFetchSize(int rows) {
    if (rows < 1) {
      throw new ValidationException(Problem.of(ProblemType.OUT_OF_RANGE, Item.of("jdbc records"),
          "fetchSize", "1 or more", Integer.toString(rows)));
    }
    return new JdbcRecords(queries, rows, validator, order, maxProblems);
  }

  /**
   * Returns a copy that checks each subject's records with a validator, and places its problems
   * at the rows and columns they come from.
   *
   * @param validator the validator, such as {@code RecordValidator.of(framework, asOf)}
   * @return the changed copy
   */
  public JdbcRecords validatedBy(RecordValidator validator) {
    return new JdbcRecords(queries, fetchSize, Objects.requireNonNull(validator, "validator"),
        order, maxProblems);
  }

  /**
   * Returns a copy that expects the queries' rows ordered by subject id in another order, such as
   * a database collation's.
   *
   * @param order the order of subject ids the queries follow
   * @return the changed copy
   */
  public JdbcRecords withSubjectOrder(Comparator<String> order) {
    return new JdbcRecords(queries, fetchSize, validator, Objects.requireNonNull(order, "order"),
        maxProblems);
  }

  /**
   * Returns a copy that lists at most this many problems, and counts the rest.
   *
   * @param problems 1 or more
   * @return the changed copy
   * @throws ValidationException if {@code problems} is below 1
   */
  public JdbcRecords withMaxProblems(int problems) {
    if (problems < 1) {
      throw new ValidationException(Problem.of(ProblemType.OUT_OF_RANGE, Item.of("jdbc records"),
          "maxProblems", "1 or more", Integer.toString(problems)));
    }
    return new JdbcRecords(queries, fetchSize, validator, order, problems);
  }

  /**
   * Returns the queries.
   *
   * @return the queries, in order
   */
  public List<RowQuery> queries() {
    return queries;
  }

  /**
   * Reads every subject's records, lazily: the queries run at once, and their rows are read as
   * the stream is consumed. Close the stream (try-with-resources) to close the queries and end
   * the read's transaction.
   *
   * @param connection the connection, the caller's
   * @return one group per subject, in the subjects' order when sequential
   * @throws DatabaseException if the database fails, now or while the stream is read
   * @throws RowsException if a query's result lacks a column, now, or, while the stream is read,
   *     listing every problem of the rows
   */
  public Stream<SubjectRecords> stream(Connection connection) {
    Read read = new Read(connection, null);
    return StreamSupport.stream(new Source.Parts(read.source), false).onClose(read::close);
  }

  /**
   * Reads one subject's records, such as after a change to them: each query runs filtered to the
   * subject ({@code SELECT * FROM (query) WHERE subject_id = ?}, which the database answers from
   * its index on the subject's id).
   *
   * @param connection the connection, the caller's
   * @param subject the subject's id
   * @return the subject's records, or empty when no subject has that id (such as after its
   *     records were purged)
   * @throws DatabaseException if the database fails
   * @throws RowsException listing every problem of the subject's rows
   */
  public Optional<SubjectRecords> read(Connection connection, String subject) {
    Read read = new Read(connection, Objects.requireNonNull(subject, "subject"));
    try {
      return Optional.ofNullable(read.source.next());
    } finally {
      read.close();
    }
  }

  /** One read: its transaction, its open queries and its source. */
  private final class Read {
    private final Connection connection;
    private final boolean ownTransaction;
    private final int isolation;
    private final RowReader reader;
    final Source source;

    Read(Connection connection, @Nullable String subject) {
      this.connection = Objects.requireNonNull(connection, "connection");
      try {
        ownTransaction = connection.getAutoCommit();
        // Asked only when it is changed: a driver may ask the database.
        isolation = ownTransaction ? connection.getTransactionIsolation()
            : Connection.TRANSACTION_NONE;
        if (ownTransaction) {
          connection.setAutoCommit(false);
          connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
      } catch (SQLException e) {
        throw DatabaseException.of("starting a transaction to read records", e);
      }
      Problems problems = new Problems(maxProblems);
      RowReader opened;
      try {
        opened = new RowReader(connection, queries, fetchSize, subject, order, problems);
      } catch (RuntimeException e) {
        end();
        throw e;
      }
      this.reader = opened;
      if (!reader.isComplete()) {
        close();
        throw problems.exception();
      }
      this.source = new Source(reader, problems, validator, table(RowKind.EPISODES),
          table(RowKind.REVIEWS));
    }

    void close() {
      reader.close();
      end();
    }

    private void end() {
      if (ownTransaction) {
        try {
          connection.rollback();
          connection.setTransactionIsolation(isolation);
          connection.setAutoCommit(true);
        } catch (SQLException e) {
          throw DatabaseException.of("ending the transaction that read records", e);
        }
      }
    }
  }

  private String table(RowKind kind) {
    return queries.stream().filter(q -> q.kind() == kind).map(RowQuery::table).findFirst()
        .orElse(kind.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    List<String> tables = new ArrayList<>();
    queries.forEach(q -> tables.add(q.kind() + " from " + q.table()));
    return "JdbcRecords" + tables;
  }
}
