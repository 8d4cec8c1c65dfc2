package org.obaframework.examples.cms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Redaction;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.aggregate.Tally;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.jdbc.DatabaseException;
import org.obaframework.jdbc.JdbcRecords;
import org.obaframework.jdbc.RowsException;

/**
 * An evaluation's figures kept live in the database as records change: each client's
 * contribution (its own results) in {@code oba_contribution}, and their totals in {@code
 * oba_live_cell}. When a practitioner records a review, or a family's records are purged, {@link
 * #update} reads that one client's records, evaluates them, takes the client's old contribution
 * from the totals and adds the new one, in the transaction of the change: never evaluating
 * everyone again.
 *
 * <pre>{@code
 * LiveFigures live = LiveFigures.of("ifs", evaluation, CaseQueries.records());
 * live.rebuild(connection);                 // once: every client evaluated
 * // ... in the transaction that records a review of client F-0042:
 * live.update(connection, "F-0042");
 * connection.commit();
 * ReportCard card = live.card(connection, ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE));
 * PublishedCells.publish(connection, "ifs", card);    // what the BI tool reads
 * }</pre>
 *
 * <p>The arithmetic is oba-core's ({@link Results#minus(Results, java.util.function.Function)},
 * {@link Results#merge}); the database stores. Counts, proportions and transition matrices
 * subtract; a summary cell (the changes of a numeric indicator) whose least or greatest value was
 * the client's is recomputed by merging the other clients' stored contributions to that cell
 * alone, from the index on the cell. Disclosure control is not a sum, so a card is made from the
 * totals whenever one is published, without reading a record. Updates of one set of figures are
 * serialized by a transaction-scoped advisory lock, so that two transactions never update a cell
 * from the same old total. The figures hold exact counts, before disclosure control: for the
 * service's own use, never for publication. Immutable and thread-safe; the connection's
 * transaction is the caller's.
 */
public final class LiveFigures {
  private static final String CELL = "measure, breakdown, breakdown_key";

  private final String name;
  private final Evaluation evaluation;
  private final JdbcRecords source;

  private LiveFigures(String name, Evaluation evaluation, JdbcRecords source) {
    this.name = name;
    this.evaluation = evaluation;
    this.source = source;
  }

  /**
   * Returns live figures.
   *
   * @param name the figures' name in the tables, such as {@code ifs}
   * @param evaluation the evaluation whose figures are kept
   * @param source how a client's records are read
   * @return the live figures
   */
  public static LiveFigures of(String name, Evaluation evaluation, JdbcRecords source) {
    return new LiveFigures(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(evaluation, "evaluation"), Objects.requireNonNull(source,
            "source"));
  }

  /**
   * Returns the evaluation whose figures are kept.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * Evaluates every client again, streaming them from the database, and replaces the stored
   * contributions and totals: once, when the figures are first kept, or after the evaluation
   * changes. Runs in the caller's transaction (auto-commit off; {@code REPEATABLE READ} for one
   * snapshot).
   *
   * @param connection the connection, in the caller's transaction
   * @return the figures
   * @throws DatabaseException if the database fails
   * @throws RowsException listing every problem of the clients' rows
   */
  public Results rebuild(Connection connection) {
    try {
      lock(connection);
      delete(connection, "DELETE FROM oba_contribution WHERE figures = ?");
      delete(connection, "DELETE FROM oba_live_cell WHERE figures = ?");
      Map<Results.Key, Tally> totals = new HashMap<>();
      try (Stream<SubjectRecords> clients = source.stream(connection);
          PreparedStatement insert = insertContribution(connection)) {
        int rows = 0;
        for (SubjectRecords client : (Iterable<SubjectRecords>) clients::iterator) {
          Results contribution = evaluation.evaluate(client);
          rows += add(connection, insert, client.subject().id(), contribution);
          contribution.tallies().forEach((key, tally) -> totals.merge(key, tally, Tally::merge));
          if (rows >= 5_000) {
            insert.executeBatch();
            rows = 0;
          }
        }
        insert.executeBatch();
      }
      Results results = Results.of(totals);
      writeCells(connection, results.tallies().keySet(), results);
      return results;
    } catch (SQLException e) {
      throw DatabaseException.of("rebuilding the live figures " + Redaction.id(name), e);
    }
  }

  /**
   * Updates the figures after a client's records changed (a review or an episode recorded,
   * changed or deleted, or every record of the client purged): reads the client's records as they
   * now are, takes the client's old contribution from the totals and adds the new one. Runs in
   * the caller's transaction, which should be the one that changed the records.
   *
   * @param connection the connection, in the caller's transaction
   * @param clientId the client whose records changed
   * @return the client's new contribution; empty results once the client is purged
   * @throws DatabaseException if the database fails
   * @throws RowsException listing every problem of the client's rows (the figures are then
   *     unchanged)
   */
  public Results update(Connection connection, String clientId) {
    try {
      lock(connection);
      Optional<SubjectRecords> records = source.read(connection, clientId);
      Results fresh = records.map(evaluation::evaluate).orElse(Results.empty());
      Results old = contribution(connection, clientId);
      Set<Results.Key> keys = new LinkedHashSet<>(old.tallies().keySet());
      keys.addAll(fresh.tallies().keySet());
      Results current = cells(connection, keys);
      Results updated = current.minus(old, key -> recompute(connection, key, clientId))
          .merge(fresh);
      writeCells(connection, keys, updated);
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM oba_contribution WHERE figures = ? AND client_id = ?")) {
        delete.setString(1, name);
        delete.setString(2, clientId);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = insertContribution(connection)) {
        add(connection, insert, clientId, fresh);
        insert.executeBatch();
      }
      return fresh;
    } catch (SQLException e) {
      throw DatabaseException.of("updating the live figures " + Redaction.id(name)
          + " for client " + Redaction.id(clientId), e);
    }
  }

  /**
   * Returns the figures as they stand.
   *
   * @param connection the connection
   * @return every cell's total
   * @throws DatabaseException if the database fails
   */
  public Results results(Connection connection) {
    try {
      return cells(connection, null);
    } catch (SQLException e) {
      throw DatabaseException.of("reading the live figures " + Redaction.id(name), e);
    }
  }

  /**
   * Returns the report card of the figures as they stand, with its disclosure control applied to
   * the whole card.
   *
   * @param connection the connection
   * @param options the card's options, such as its disclosure policy
   * @return the card
   * @throws DatabaseException if the database fails
   */
  public ReportCard card(Connection connection, ReportOptions options) {
    return ReportCard.of(evaluation, results(connection), options);
  }

  /** Serializes the updates of these figures until the transaction ends. */
  private void lock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(
        "SELECT pg_advisory_xact_lock(hashtext('oba live figures ' || ?))")) {
      lock.setString(1, name);
      lock.execute();
    }
  }

  private void delete(Connection connection, String sql) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setString(1, name);
      delete.executeUpdate();
    }
  }

  private static PreparedStatement insertContribution(Connection connection)
      throws SQLException {
    return connection.prepareStatement("INSERT INTO oba_contribution (figures, client_id, " + CELL
        + ", " + TallyRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  /** Adds a client's contribution rows to a batch; returns how many. */
  private int add(Connection connection, PreparedStatement insert, String clientId,
      Results contribution) throws SQLException {
    for (Map.Entry<Results.Key, Tally> cell : contribution.tallies().entrySet()) {
      insert.setString(1, name);
      insert.setString(2, clientId);
      setKey(insert, 3, cell.getKey());
      TallyRows.set(connection, insert, 6, cell.getValue());
      insert.addBatch();
    }
    return contribution.tallies().size();
  }

  private static void setKey(PreparedStatement statement, int first, Results.Key key)
      throws SQLException {
    statement.setString(first, key.measure());
    statement.setString(first + 1, key.breakdown());
    statement.setString(first + 2, key.key());
  }

  /** A client's stored contribution. */
  private Results contribution(Connection connection, String clientId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT " + CELL + ", "
        + TallyRows.COLUMNS + " FROM oba_contribution WHERE figures = ? AND client_id = ?")) {
      select.setString(1, name);
      select.setString(2, clientId);
      return read(select);
    }
  }

  /** The totals of some cells, locked for the update; of every cell when {@code keys} is null. */
  private Results cells(Connection connection, @Nullable Set<Results.Key> keys)
      throws SQLException {
    String sql = "SELECT " + CELL + ", " + TallyRows.COLUMNS + " FROM oba_live_cell"
        + " WHERE figures = ?" + (keys == null ? ""
            : " AND (" + CELL + ") IN (SELECT * FROM unnest(?::text[], ?::text[], ?::text[]))"
                + " FOR UPDATE");
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, name);
      if (keys != null) {
        List<String> measures = new ArrayList<>();
        List<String> breakdowns = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (Results.Key key : keys) {
          measures.add(key.measure());
          breakdowns.add(key.breakdown());
          rows.add(key.key());
        }
        select.setArray(2, connection.createArrayOf("text", measures.toArray()));
        select.setArray(3, connection.createArrayOf("text", breakdowns.toArray()));
        select.setArray(4, connection.createArrayOf("text", rows.toArray()));
      }
      return read(select);
    }
  }

  /** A summary cell's total without one client: the merge of the others' contributions to it. */
  private Optional<Tally> recompute(Connection connection, Results.Key key, String without) {
    try (PreparedStatement select = connection.prepareStatement("SELECT " + CELL + ", "
        + TallyRows.COLUMNS + " FROM oba_contribution WHERE figures = ? AND measure = ?"
        + " AND breakdown = ? AND breakdown_key = ? AND client_id <> ?")) {
      select.setString(1, name);
      setKey(select, 2, key);
      select.setString(5, without);
      Tally merged = null;
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Tally tally = TallyRows.get(rows, 4);
          merged = merged == null ? tally : merged.merge(tally);
        }
      }
      return Optional.ofNullable(merged);
    } catch (SQLException e) {
      throw DatabaseException.of("recomputing a summary cell of the live figures "
          + Redaction.id(name), e);
    }
  }

  private static Results read(PreparedStatement select) throws SQLException {
    Map<Results.Key, Tally> tallies = new HashMap<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        tallies.put(new Results.Key(rows.getString(1), rows.getString(2), rows.getString(3)),
            TallyRows.get(rows, 4));
      }
    }
    return Results.of(tallies);
  }

  /** Writes the cells of {@code keys} as {@code results} holds them: absent ones deleted. */
  private void writeCells(Connection connection, Set<Results.Key> keys, Results results)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO oba_live_cell"
        + " (figures, " + CELL + ", " + TallyRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?) ON CONFLICT (figures, " + CELL + ") DO UPDATE SET kind = excluded.kind,"
        + " counts = excluded.counts, levels = excluded.levels, sum = excluded.sum,"
        + " sum_of_squares = excluded.sum_of_squares, least = excluded.least,"
        + " greatest = excluded.greatest");
        PreparedStatement delete = connection.prepareStatement("DELETE FROM oba_live_cell"
            + " WHERE figures = ? AND measure = ? AND breakdown = ? AND breakdown_key = ?")) {
      for (Results.Key key : keys) {
        Tally tally = results.tallies().get(key);
        PreparedStatement statement = tally == null ? delete : upsert;
        statement.setString(1, name);
        setKey(statement, 2, key);
        if (tally != null) {
          TallyRows.set(connection, upsert, 5, tally);
        }
        statement.addBatch();
      }
      upsert.executeBatch();
      delete.executeBatch();
    }
  }

  @Override
  public String toString() {
    return "LiveFigures[" + name + ", " + evaluation + "]";
  }
}
