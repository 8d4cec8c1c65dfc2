package org.obaframework.examples.cms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.obaframework.core.ObaException;
import org.obaframework.core.Redaction;

/**
 * Changes a case-management system makes to its records, as plain SQL in the caller's
 * transaction, for the examples. Stateless.
 */
public final class CaseChanges {
  private CaseChanges() {}

  /**
   * Deletes an assessment and its scores, as when a practitioner removes a review recorded in
   * error.
   *
   * @param connection the connection, in the caller's transaction
   * @param assessment the assessment's id
   * @return the client whose assessment it was
   * @throws SQLException if the database fails
   * @throws ObaException if there is no such assessment
   */
  public static String deleteAssessment(Connection connection, String assessment)
      throws SQLException {
    String client;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT client_id FROM assessment WHERE assessment_id = ?")) {
      select.setString(1, assessment);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new ObaException("no assessment " + Redaction.id(assessment));
        }
        client = row.getString(1);
      }
    }
    for (String sql : new String[] {"DELETE FROM indicator_score WHERE assessment_id = ?",
        "DELETE FROM assessment WHERE assessment_id = ?"}) {
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        delete.setString(1, assessment);
        delete.executeUpdate();
      }
    }
    return client;
  }

  /**
   * Tells whether the database holds any client.
   *
   * @param connection the connection
   * @return whether a client exists
   * @throws SQLException if the database fails
   */
  public static boolean hasClients(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT EXISTS (SELECT 1 FROM client)");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getBoolean(1);
    }
  }
}
