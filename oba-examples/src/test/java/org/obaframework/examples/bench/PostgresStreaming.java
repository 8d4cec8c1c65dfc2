package org.obaframework.examples.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.ReportCard;
import org.obaframework.examples.cms.CaseLoader;
import org.obaframework.examples.cms.CaseQueries;
import org.obaframework.examples.cms.Migrations;
import org.obaframework.jdbc.JdbcRecords;

/**
 * Streams generated children from a real PostgreSQL to the benchmark's report card (8 better-off
 * measures by local authority, as the DuckDB comparison and the scale curve), in the JVM's heap
 * (run with {@code -Xmx256m}): the case-management schema is filled once from {@link
 * GeneratedRecords} (kept in the data directory for later runs), then read back with server-side
 * cursors, one client at a time, sequentially and in parallel, each checked against the
 * generator's records evaluated in memory.
 *
 * <pre>
 * mvn -B -Ppostgres -DskipTests -pl oba-examples -am verify -Dperf.args="1000000 target/perf/pg"
 * </pre>
 */
public final class PostgresStreaming {
  private PostgresStreaming() {}

  /**
   * Runs the measurement.
   *
   * @param args children, the data directory, and optionally the fetch size
   * @throws Exception if the database or the files fail
   */
  public static void main(String[] args) throws Exception {
    int children = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path directory = Path.of(args.length > 1 ? args[1] : "target/perf/pg").toAbsolutePath()
        .resolve("children-" + children);
    int fetch = args.length > 2 ? Integer.parseInt(args[2]) : JdbcRecords.FETCH_SIZE;
    System.out.println(Measurements.machine());
    Files.createDirectories(directory);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(directory).setCleanDataDirectory(false)
        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
        .setServerConfig("full_page_writes", "off").setServerConfig("max_wal_size", "4GB")
        .start()) {
      org.postgresql.ds.PGSimpleDataSource data =
          (org.postgresql.ds.PGSimpleDataSource) postgres.getPostgresDatabase();
      // Batches of inserts sent as multi-row inserts: the load is several times faster.
      data.setReWriteBatchedInserts(true);
      load(data, children);
      Evaluation evaluation = GeneratedRecords.evaluation();
      Results expected;
      try (Stream<SubjectRecords> generated = GeneratedRecords.stream(children,
          GenerateData.SEED)) {
        expected = evaluation.evaluate(generated);
      }
      JdbcRecords source = CaseQueries.records().withFetchSize(fetch);
      for (boolean parallel : new boolean[] {false, true}) {
        Measurements.gc();
        Measurements.resetPeaks();
        long cpu = Measurements.processCpuNanos();
        long start = System.nanoTime();
        Results results;
        try (Connection connection = data.getConnection();
            Stream<SubjectRecords> clients = source.stream(connection)) {
          results = evaluation.evaluate(parallel ? clients.parallel() : clients);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (Measurements.processCpuNanos() - cpu) / 1e9;
        if (!results.equals(expected)) {
          throw new IllegalStateException("the card from PostgreSQL differs from the generated"
              + " records' card");
        }
        System.out.printf(Locale.ROOT, "%s: %,d children streamed from PostgreSQL to the report"
            + " card in %.1f s: %,.0f children/s (JVM CPU %.1f s), peak live heap %.0f MiB of"
            + " %,d MiB, fetch size %d; the card equals the generated records' card%n",
            parallel ? "parallel" : "sequential", children, seconds, children / seconds,
            cpuSeconds, Measurements.mib(Measurements.peakAfterGc()),
            Runtime.getRuntime().maxMemory() >> 20, fetch);
      }
      System.out.println(ReportCard.of(evaluation, expected).line(
          GeneratedRecords.MEASURE_PREFIX + "SCHOOL-ATT").orElseThrow());
      System.out.println(Measurements.machine());
    }
  }

  /** Fills the schema with the generated children, unless it holds them already. */
  private static void load(DataSource data, int children) throws SQLException, IOException {
    try (Connection connection = data.getConnection()) {
      Migrations.migrate(connection);
      try (Statement statement = connection.createStatement();
          ResultSet count = statement.executeQuery("SELECT count(*) FROM client")) {
        count.next();
        if (count.getLong(1) == children) {
          System.out.printf(Locale.ROOT, "%,d children already loaded%n", children);
          return;
        }
        if (count.getLong(1) != 0) {
          throw new IllegalStateException("the data directory holds " + count.getLong(1)
              + " children, not " + children + ": remove it");
        }
      }
      long start = System.nanoTime();
      connection.setAutoCommit(false);
      try (CaseLoader loader = CaseLoader.of(connection);
          Stream<SubjectRecords> generated = GeneratedRecords.stream(children,
              GenerateData.SEED)) {
        loader.insertAll(generated);
      }
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("VACUUM ANALYZE");
      }
      System.out.printf(Locale.ROOT, "loaded %,d children in %.0f s%n", children,
          (System.nanoTime() - start) / 1e9);
    }
  }
}
