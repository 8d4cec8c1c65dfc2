package org.obaframework.examples.cms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.obaframework.core.ObaException;
import org.obaframework.jdbc.DatabaseException;

/**
 * The schema of the case-management example, as plain versioned SQL scripts run in order: {@code
 * V1__case_records.sql} (people, families, clients, referrals, episodes, service outputs,
 * assessments, indicator scores), {@code V2__published_cells.sql} (report cards as published,
 * for BI tools) and {@code V3__live_figures.sql} (each client's contribution and the live
 * totals). They live in {@code org/obaframework/examples/cms/db/}, named as Flyway names
 * versioned migrations, so that a system that runs Flyway can take the folder as it is.
 *
 * <pre>{@code
 * try (Connection connection = dataSource.getConnection()) {
 *   Migrations.migrate(connection);    // applies the scripts not yet applied
 * }
 * }</pre>
 *
 * <p>Each script runs in its own transaction, and is recorded in {@code oba_schema_version} with
 * its SHA-256; a script applied earlier whose text has since changed stops the migration, as
 * Flyway's validation does. Runs under a transaction-scoped advisory lock, so that two processes
 * starting at once apply each script once. Stateless and thread-safe.
 */
public final class Migrations {
  /** The scripts, in order: version {@code i + 1} is {@code SCRIPTS.get(i)}. */
  public static final List<String> SCRIPTS = List.of("V1__case_records.sql",
      "V2__published_cells.sql", "V3__live_figures.sql");
  private static final String FOLDER = "/org/obaframework/examples/cms/db/";
  /** The advisory lock taken while migrating: any number, the same in every process. */
  private static final long LOCK = 0x6f62615f6d6967L;

  private Migrations() {}

  /**
   * Applies the scripts not yet applied. The connection is left in auto-commit mode.
   *
   * @param connection a connection to the database
   * @return how many scripts were applied
   * @throws DatabaseException if the database refuses a script (which is then not applied)
   * @throws ObaException if a script applied earlier has changed since
   */
  public static int migrate(Connection connection) {
    try {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
        statement.execute("CREATE TABLE IF NOT EXISTS oba_schema_version (version integer "
            + "PRIMARY KEY, script text NOT NULL, sha256 text NOT NULL, applied_at timestamptz "
            + "NOT NULL DEFAULT now())");
      }
      Map<Integer, String> applied = new HashMap<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT version, sha256 FROM oba_schema_version")) {
        while (rows.next()) {
          applied.put(rows.getInt(1), rows.getString(2));
        }
      }
      int count = 0;
      for (int i = 0; i < SCRIPTS.size(); i++) {
        String script = SCRIPTS.get(i);
        String text = read(script);
        String sha = sha256(text);
        String before = applied.get(i + 1);
        if (before != null) {
          if (!before.equals(sha)) {
            throw new ObaException("migration " + script + " was applied with another text "
                + "(SHA-256 " + before + "); expected its text unchanged, found SHA-256 " + sha
                + ": add a new script instead of changing an applied one");
          }
          continue;
        }
        try (Statement statement = connection.createStatement()) {
          statement.execute(text);
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO oba_schema_version (version, script, sha256) VALUES (?, ?, ?)")) {
          insert.setInt(1, i + 1);
          insert.setString(2, script);
          insert.setString(3, sha);
          insert.executeUpdate();
        }
        connection.commit();
        try (Statement statement = connection.createStatement()) {
          statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
        }
        count++;
      }
      connection.commit();
      connection.setAutoCommit(true);
      return count;
    } catch (SQLException e) {
      rollback(connection);
      throw DatabaseException.of("migrating the case-management schema", e);
    } catch (RuntimeException e) {
      rollback(connection);
      throw e;
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // The first failure is the one to tell; the connection is the caller's to discard.
    }
  }

  /**
   * Returns the text of a script.
   *
   * @param script one of {@link #SCRIPTS}
   * @return its SQL
   */
  public static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + script)) {
      if (in == null) {
        throw new ObaException("migration " + script + " is not in " + FOLDER);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
