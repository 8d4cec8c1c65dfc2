package org.obaframework.jdbc;

import java.sql.SQLException;
import org.obaframework.core.ObaException;
import org.obaframework.core.Redaction;

/**
 * Thrown when the database fails: a connection lost, a query the database refuses, a row that
 * cannot be fetched. Part of oba's one exception family.
 *
 * <p>The message names what was being done (such as running the query of table {@code episode})
 * and the SQL state with its class, such as {@code 42P01 (syntax error or access rule
 * violation)}; it never repeats the database's own message, which may quote a value of a child's
 * record (PostgreSQL's {@code invalid input syntax} and {@code duplicate key} errors do), and
 * the {@link SQLException} is not kept as the cause, so that no log of the stack trace shows it
 * either. {@link #sqlState()} and {@link #vendorCode()} are kept for a program to act on.
 */
public final class DatabaseException extends ObaException {
  private static final long serialVersionUID = 1L;
  private final String sqlState;
  private final int vendorCode;

  private DatabaseException(String message, String sqlState, int vendorCode) {
    super(message);
    this.sqlState = sqlState;
    this.vendorCode = vendorCode;
  }

  /**
   * Returns the exception for a failure of the database while doing something.
   *
   * @param doing what was being done, such as {@code "running the query of table 'episode'"}
   * @param e the failure
   * @return the exception
   */
  public static DatabaseException of(String doing, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return new DatabaseException("database failure " + Redaction.escape(doing) + ": SQL state "
        + (state.isEmpty() ? "not given" : Redaction.escape(state) + " (" + describe(state)
        + ")"), state, e.getErrorCode());
  }

  /**
   * Returns the SQL state the database gave, such as {@code 42P01}.
   *
   * @return the SQL state; empty if none was given
   */
  public String sqlState() {
    return sqlState;
  }

  /**
   * Returns the database's own error code.
   *
   * @return the vendor code
   */
  public int vendorCode() {
    return vendorCode;
  }

  /** The class of an SQL state (its first two characters), as SQL:2016 names it. */
  static String describe(String state) {
    String kind = state.length() < 2 ? "" : state.substring(0, 2);
    switch (kind) {
      case "08":
        return "connection exception";
      case "0A":
        return "feature not supported";
      case "22":
        return "data exception";
      case "23":
        return "integrity constraint violation";
      case "25":
        return "invalid transaction state";
      case "28":
        return "invalid authorization";
      case "3D":
        return "invalid catalog name";
      case "3F":
        return "invalid schema name";
      case "40":
        return "transaction rollback";
      case "42":
        return "syntax error or access rule violation";
      case "53":
        return "insufficient resources";
      case "54":
        return "program limit exceeded";
      case "57":
        return "operator intervention";
      case "58":
        return "system error";
      default:
        return "see the database's documentation";
    }
  }
}
