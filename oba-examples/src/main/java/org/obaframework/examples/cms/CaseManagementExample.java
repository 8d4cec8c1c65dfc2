package org.obaframework.examples.cms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.Stream;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.examples.ifs.IfsData;
import org.obaframework.jdbc.DatabaseException;
import org.obaframework.jdbc.JdbcRecords;

/**
 * oba embedded in a case-management system, end to end, on the IFS synthetic data in PostgreSQL:
 * the report card streamed from the database one client at a time and published into the
 * tables a BI tool reads, then kept live as a practitioner records a review and a family's
 * records are purged. The README's section "Embedding oba in a case-management system" shows this
 * code; a test runs it on a real PostgreSQL.
 *
 * <pre>
 * OBA_JDBC_USER=... OBA_JDBC_PASSWORD=... java -cp ... \
 *     org.obaframework.examples.cms.CaseManagementExample jdbc:postgresql://localhost/cms
 * </pre>
 */
public final class CaseManagementExample {
  /** The card's name in {@code oba_published_cell}. */
  public static final String CARD = "ifs-by-local-authority";
  private static final ReportOptions DFE = ReportOptions.defaults()
      .withDisclosure(DisclosurePolicy.DFE).withTitle(IfsData.TITLE);

  private CaseManagementExample() {}

  /**
   * The IFS evaluation, broken down by the local authority of each episode.
   *
   * @return the evaluation
   */
  public static Evaluation evaluation() {
    return IfsData.evaluation(Breakdown.localAuthority(LocalAuthorityRule.EPISODE));
  }

  /**
   * Streams every client from the database to the report card, in parallel on the common pool,
   * and publishes its cells.
   *
   * @param connection the connection, in auto-commit mode
   * @return the card
   */
  public static ReportCard report(Connection connection) {
    Evaluation evaluation = evaluation();
    JdbcRecords source = CaseQueries.records()
        .validatedBy(RecordValidator.of(evaluation.framework(), evaluation.asOf()));
    Results results;
    try (Stream<SubjectRecords> clients = source.stream(connection)) {  // server-side cursors
      results = evaluation.evaluate(clients.parallel());                // one client per thread
    }
    ReportCard card = ReportCard.of(evaluation, results, DFE);         // disclosure control
    PublishedCells.publish(connection, CARD, card);                    // one transaction
    return card;
  }

  /**
   * Keeps the figures live: builds them once, then, in the transaction that deletes a review of
   * one family, and in the one that purges another family's records, updates them from that
   * family alone, and publishes the card again.
   *
   * @param connection the connection, in auto-commit mode
   * @param review a review (assessment) to delete
   * @param purged a family whose records are purged at its request
   * @return the card published last
   * @throws SQLException if the database fails
   */
  public static ReportCard keepLive(Connection connection, String review, String purged)
      throws SQLException {
    LiveFigures live = LiveFigures.of("ifs", evaluation(), CaseQueries.records());
    connection.setAutoCommit(false);
    live.rebuild(connection);                                   // once: every client
    connection.commit();

    String client = CaseChanges.deleteAssessment(connection, review);  // the system's change...
    live.update(connection, client);                            // ...and the client's figures
    connection.commit();                                        // in the same transaction

    try (CaseLoader records = CaseLoader.of(connection)) {
      records.delete(purged);                                   // purged at the family's request
    }
    live.update(connection, purged);                            // its contribution taken away
    connection.commit();

    ReportCard card = live.card(connection, DFE);               // from the totals, no record read
    PublishedCells.publish(connection, CARD, card);
    connection.commit();
    connection.setAutoCommit(true);
    return card;
  }

  /**
   * Opens a connection to a database, with the user and password of the environment variables
   * {@code OBA_JDBC_USER} and {@code OBA_JDBC_PASSWORD} when they are set (else those of the URL,
   * or the driver's defaults).
   *
   * @param url the JDBC URL
   * @return the connection
   * @throws SQLException if the database cannot be reached
   */
  public static Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    String user = System.getenv("OBA_JDBC_USER");
    String password = System.getenv("OBA_JDBC_PASSWORD");
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(url, properties);
  }

  /**
   * Runs the example on a database: migrates it, loads the IFS records if it has no client,
   * prints the report card and publishes it. The user and password come from the environment
   * variables {@code OBA_JDBC_USER} and {@code OBA_JDBC_PASSWORD}.
   *
   * @param args the JDBC URL
   * @throws SQLException if the database fails
   */
  public static void main(String[] args) throws SQLException {
    if (args.length != 1) {
      throw new IllegalArgumentException("expected one argument, the JDBC URL");
    }
    try (Connection connection = connect(args[0])) {
      Migrations.migrate(connection);
      if (!CaseChanges.hasClients(connection)) {
        connection.setAutoCommit(false);
        try (CaseLoader loader = CaseLoader.of(connection)) {
          loader.insertAll(IfsData.records().stream());
        }
        connection.commit();
        connection.setAutoCommit(true);
      }
      System.out.println(report(connection).toText());
    } catch (DatabaseException e) {
      System.err.println(e.getMessage());
      System.exit(3);
    }
  }
}
