package org.obaframework.examples.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.ReportCard;
import org.obaframework.examples.cms.CaseManagementExample;
import org.obaframework.examples.cms.CaseQueries;
import org.obaframework.examples.cms.PublishedCells;
import org.jspecify.annotations.Nullable;
import org.obaframework.jdbc.DatabaseException;
import org.obaframework.jdbc.JdbcRecords;
import org.obaframework.jdbc.RowsException;

/**
 * The database of {@code --jdbc}: records read from the case-management schema, and published
 * cards written to it. The user and password come from the environment ({@value #USER}, {@value
 * #PASSWORD}); neither, nor any parameter of the URL, is ever printed.
 */
final class Database {
  /** The environment variable of the database user. */
  static final String USER = "OBA_JDBC_USER";
  /** The environment variable of the database password. */
  static final String PASSWORD = "OBA_JDBC_PASSWORD";

  private Database() {}

  /**
   * Describes a JDBC URL for messages: without its parameters (which may hold a password) and
   * without a user's name or password before the host.
   */
  static String describe(String url) {
    String shown = url;
    int parameters = shown.indexOf('?');
    if (parameters >= 0) {
      shown = shown.substring(0, parameters);
    }
    int semicolon = shown.indexOf(';');
    if (semicolon >= 0) {
      shown = shown.substring(0, semicolon);
    }
    int at = shown.lastIndexOf('@');
    int slashes = shown.indexOf("//");
    if (at >= 0 && slashes >= 0 && at > slashes) {
      shown = shown.substring(0, slashes + 2) + shown.substring(at + 1);
    }
    return "database " + org.obaframework.core.Redaction.escape(shown);
  }

  /** Opens a connection with the user and password of the environment, if set. */
  static Connection connect(String url) {
    try {
      return CaseManagementExample.connect(url);
    } catch (SQLException e) {
      throw CliException.io("cannot connect to " + describe(url) + ": SQL state "
          + (e.getSQLState() == null ? "not given" : e.getSQLState()), new SQLException(
              "SQL state " + e.getSQLState()));
    }
  }

  /**
   * Streams the records of the database's clients, validated when a validator is given, to
   * {@code use}.
   *
   * @throws CliException listing the rows' problems (exit code 1), or if the database fails
   *     (exit code 3)
   */
  static <R> R records(String url, @Nullable RecordValidator validator,
      Function<Stream<SubjectRecords>, R> use) {
    JdbcRecords source = validator == null ? CaseQueries.records()
        : CaseQueries.records().validatedBy(validator);
    try (Connection connection = connect(url);
        Stream<SubjectRecords> clients = source.stream(connection)) {
      return use.apply(clients);
    } catch (RowsException e) {
      throw CliException.invalid(describe(url), e.problems(), e.unlisted(), e);
    } catch (DatabaseException e) {
      throw CliException.io(e.getMessage() + " (" + describe(url) + ")", e);
    } catch (SQLException e) {
      throw CliException.io("cannot close the connection to " + describe(url) + ": SQL state "
          + e.getSQLState(), new SQLException("SQL state " + e.getSQLState()));
    }
  }

  /**
   * Writes a card's published cells.
   *
   * @return how many cells were written
   * @throws CliException if the database fails (exit code 3)
   */
  static int publish(String url, String card, ReportCard report) {
    try (Connection connection = connect(url)) {
      return PublishedCells.publish(connection, card, report);
    } catch (DatabaseException e) {
      throw CliException.io(e.getMessage() + " (" + describe(url) + ")", e);
    } catch (SQLException e) {
      throw CliException.io("cannot close the connection to " + describe(url) + ": SQL state "
          + e.getSQLState(), new SQLException("SQL state " + e.getSQLState()));
    }
  }
}
