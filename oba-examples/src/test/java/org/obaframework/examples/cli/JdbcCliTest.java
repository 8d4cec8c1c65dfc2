package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.obaframework.examples.cms.CaseLoader;
import org.obaframework.examples.cms.Migrations;
import org.obaframework.examples.ifs.IfsData;

/**
 * {@code oba --jdbc}: the IFS records read from a real PostgreSQL give the built-in report card,
 * a card is published into the database, bad rows are told by table, key and column, and no
 * message shows the URL's parameters, where a password may be.
 */
class JdbcCliTest {
  private static EmbeddedPostgres postgres;
  private static String url;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      Migrations.migrate(connection);
      connection.setAutoCommit(false);
      try (CaseLoader loader = CaseLoader.of(connection)) {
        loader.insertAll(IfsData.records().stream());
      }
      connection.commit();
    }
    url = postgres.getJdbcUrl("postgres", "postgres");
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  private static CliRun oba(String... args) {
    return CliRun.with(Oba::builtIn, args);
  }

  @Test
  void theCardFromTheDatabaseIsTheBuiltInCardAndIsPublished() throws Exception {
    CliRun builtIn = oba("report", "--by", "local-authority", "--disclosure", "dfe");
    CliRun database = oba("report", "--jdbc", url, "--period", "2025-26", "--by",
        "local-authority", "--disclosure", "dfe", "--title", IfsData.TITLE, "--parallel",
        "--publish", "ifs");
    assertThat(database.exitCode()).as("%s", database).isZero();
    assertThat(database.out()).isEqualTo(builtIn.out());
    assertThat(database.err()).contains("Published ").contains(" cells of card 'ifs' to"
        + " database jdbc:postgresql://localhost:");
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT number FROM oba_published_cell"
            + " WHERE card = 'ifs' AND measure = 'IFS-FAMILIES' AND breakdown = 'all'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getLong(1)).isEqualTo(157);
    }
  }

  @Test
  void validateTellsBadRowsByTableKeyAndColumn() throws Exception {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("UPDATE indicator_score SET status = 'RATED', number = 250"
          + " WHERE assessment_id = 'IFS-F002-R01' AND indicator = 'SCHOOL-ATT'"
          + " AND person_id = 'IFS-F002-C1'");
      try {
        CliRun run = oba("validate", "--jdbc", url + "&password=s3cret", "--as-of",
            "2026-03-31");
        assertThat(run.exitCode()).as("%s", run).isEqualTo(Oba.INVALID_INPUT);
        assertThat(run.out() + run.err()).contains("table 'indicator_score', assessment_id"
            + " 'IFS-F002-R01', indicator 'SCHOOL-ATT', person_id 'IFS-F002-C1', field number:"
            + " value off the scale").doesNotContain("250", "s3cret", "user=");
        CliRun report = oba("report", "--jdbc", url, "--period", "2025-26");
        assertThat(report.exitCode()).isEqualTo(Oba.INVALID_INPUT);
      } finally {
        statement.execute("UPDATE indicator_score SET number = 73 WHERE assessment_id ="
            + " 'IFS-F002-R01' AND indicator = 'SCHOOL-ATT' AND person_id = 'IFS-F002-C1'");
      }
    }
  }

  @Test
  void aDatabaseThatCannotBeReachedIsAnIoFailureThatShowsNoParameter() {
    CliRun run = oba("report", "--jdbc", "jdbc:postgresql://localhost:1/none?user=jane"
        + "&password=s3cret", "--period", "2025-26");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Oba.IO_ERROR);
    assertThat(run.err()).contains("cannot connect to database jdbc:postgresql://localhost:1/none:"
        + " SQL state 08001").doesNotContain("s3cret", "jane");
    CliRun publish = oba("report", "--publish", "ifs");
    assertThat(publish.exitCode()).isEqualTo(Oba.USAGE);
    CliRun noPeriod = oba("report", "--jdbc", url);
    assertThat(noPeriod.exitCode()).isEqualTo(Oba.USAGE);
    assertThat(noPeriod.err()).contains("Missing option --period, required with --jdbc");
  }
}
