package org.obaframework.examples.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.records.SubjectRecords;

/**
 * Computes the report card by local authority x indicator with oba and with DuckDB, in one JVM,
 * from the same generated data, checks that every count is identical, and prints the times as a
 * Markdown table.
 *
 * <p>Paths, each timed with warm-ups and repetitions (median):
 *
 * <ol>
 *   <li>file: oba streams the NDJSON file in parallel ({@link ObaPaths#streamFileParallel}:
 *       each thread parses a part of the file and evaluates its subjects) against DuckDB reading
 *       the CSV ({@code read_csv} with explicit column types) inside the query ({@link
 *       ReportCardSql});
 *   <li>in memory: oba on records already loaded ({@code parallelStream()}) against DuckDB on a
 *       table already loaded ({@code CREATE TABLE ratings AS SELECT * FROM read_csv(...)}).
 * </ol>
 *
 * <p>DuckDB runs in process with {@code threads} = available cores and a stated memory limit; its
 * memory is off the Java heap. Arguments: {@code subjects directory warmups runs memoryLimit},
 * defaults {@code 100000 target/perf 1 5 4GB}. Needs {@code org.duckdb:duckdb_jdbc} on the class
 * path at run time (the {@code duckdb} Maven profile); it compiles with {@code java.sql} alone.
 */
public final class DuckDbComparison {
  /** The target ratio oba/DuckDB for the in-memory path. */
  public static final double IN_MEMORY_TARGET = 0.2;
  /** The target ratio oba/DuckDB for the file path. */
  public static final double FILE_TARGET = 0.5;

  private DuckDbComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code [subjects [directory [warmups [runs [memoryLimit]]]]]}
   * @throws IOException if the data cannot be written
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws IOException, SQLException {
    int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path directory = Path.of(args.length > 1 ? args[1] : "target/perf");
    int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    String memoryLimit = args.length > 4 ? args[4] : "4GB";
    int cores = Runtime.getRuntime().availableProcessors();

    System.out.println("Machine: " + Measurements.machine());
    GenerateData.DataFiles files = GenerateData.write(subjects, GenerateData.SEED, directory);
    System.out.println("Data: " + files.describe());
    Evaluation evaluation = GeneratedRecords.evaluation();
    ReportCardSql sql = ReportCardSql.forGeneratedRecords();
    String csv = files.csv().toAbsolutePath().toString();

    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      execute(duckdb, "SET threads = " + cores);
      execute(duckdb, "SET memory_limit = '" + memoryLimit + "'");
      System.out.println("DuckDB " + single(duckdb, "SELECT version()") + ", threads "
          + single(duckdb, "SELECT current_setting('threads')") + ", memory limit "
          + single(duckdb, "SELECT current_setting('memory_limit')") + ", warm-ups " + warmups
          + ", runs " + runs + " (median)");

      List<Row> rows = new ArrayList<>();
      Measurements.Timed<ReportCounts> obaFile = Measurements.time(warmups, runs,
          () -> ObaPaths.streamFileParallel(evaluation, files.ndjson()).counts());
      Measurements.Timed<ReportCounts> duckFile = Measurements.time(warmups, runs,
          () -> query(duckdb, sql.query(ReportCardSql.readCsv(csv))));
      rows.add(new Row("file -> report card (oba: NDJSON streamed; DuckDB: read_csv)", obaFile,
          duckFile, FILE_TARGET));

      long before = Measurements.gc();
      long loadStart = System.nanoTime();
      List<SubjectRecords> records = ObaPaths.load(files.ndjson());
      double obaLoadMillis = (System.nanoTime() - loadStart) / 1e6;
      long retained = Measurements.gc() - before;
      long tableStart = System.nanoTime();
      execute(duckdb, "CREATE OR REPLACE TABLE ratings AS SELECT * FROM "
          + ReportCardSql.readCsv(csv));
      double duckLoadMillis = (System.nanoTime() - tableStart) / 1e6;
      Measurements.Timed<ReportCounts> obaMemory = Measurements.time(warmups, runs,
          () -> ObaPaths.inMemory(evaluation, records, true).counts());
      Measurements.Timed<ReportCounts> duckMemory = Measurements.time(warmups, runs,
          () -> query(duckdb, sql.query("ratings")));
      rows.add(new Row("in memory -> report card (oba: loaded records; DuckDB: table)",
          obaMemory, duckMemory, IN_MEMORY_TARGET));

      obaFile.result().requireIdentical("oba (file)", duckFile.result(), "DuckDB (CSV)");
      obaMemory.result().requireIdentical("oba (in memory)", duckMemory.result(),
          "DuckDB (table)");
      obaFile.result().requireIdentical("oba (file)", obaMemory.result(), "oba (in memory)");
      System.out.printf(Locale.ROOT, "%nCounts identical: %d cells (8 indicators x local"
          + " authorities and totals), %,d children with a pair summed over indicators.%n%n",
          obaFile.result().cells().size(), obaFile.result().pairs());

      System.out.println(table(files, rows));
      System.out.printf(Locale.ROOT, "Loading: oba read %,d subjects from NDJSON into memory in"
          + " %.1f s, retaining %.1f MiB of heap after GC (%.0f bytes per rating of %,d);"
          + " DuckDB CREATE TABLE from the CSV in %.1f s (%s bytes in its database).%n",
          subjects, obaLoadMillis / 1e3, Measurements.mib(retained),
          (double) retained / files.ratings(), files.ratings(), duckLoadMillis / 1e3,
          single(duckdb, "SELECT memory_usage_bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'"));
      System.out.println("Garbage collection: " + Measurements.collections());
      System.out.println("Load average at the end: " + Measurements.machine());
      if (records.size() != subjects) {
        throw new IllegalStateException("loaded " + records.size() + " subjects, expected "
            + subjects);
      }
    }
  }

  /** One compared path. */
  record Row(String path, Measurements.Timed<ReportCounts> oba,
      Measurements.Timed<ReportCounts> duckdb, double target) {
    double ratio() {
      return oba.medianMillis() / duckdb.medianMillis();
    }
  }

  /**
   * Renders the rows as a Markdown table.
   */
  static String table(GenerateData.DataFiles files, List<Row> rows) {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%,d children, %,d ratings%n%n", files.subjects(), files.ratings()));
    table.append("| path | oba (median) | DuckDB (median) | oba/DuckDB | target | met? |"
        + " CPU time oba / DuckDB (median) | oba peak live heap |\n"
        + "|---|---:|---:|---:|---:|---|---:|---:|\n");
    for (Row row : rows) {
      table.append(String.format(Locale.ROOT, "| %s | %.3f s | %.3f s | %.2f | <= %.1f | %s |"
          + " %.1f s / %.1f s = %.2f | %,.0f MiB |%n", row.path(),
          row.oba().medianMillis() / 1e3, row.duckdb().medianMillis() / 1e3, row.ratio(),
          row.target(), row.ratio() <= row.target() ? "yes" : "no",
          row.oba().medianCpuMillis() / 1e3, row.duckdb().medianCpuMillis() / 1e3,
          row.oba().medianCpuMillis() / row.duckdb().medianCpuMillis(),
          Measurements.mib(row.oba().peakLiveBytes())));
    }
    table.append("\nRuns (oba; DuckDB):\n");
    for (Row row : rows) {
      table.append("- ").append(row.path()).append(": ").append(row.oba().describe())
          .append("; ").append(row.duckdb().describe()).append('\n');
    }
    return table.toString();
  }

  /**
   * Runs the report card query and reads its rows into counts.
   *
   * @throws IllegalStateException wrapping a {@link SQLException}
   */
  static ReportCounts query(Connection duckdb, String query) {
    ReportCounts.Builder counts = ReportCounts.builder();
    try (Statement statement = duckdb.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        counts.put(rows.getString("indicator"), rows.getString("local_authority"),
            rows.getLong("denominator"), rows.getLong("improved"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed on the report card query: "
          + e.getMessage(), e);
    }
    return counts.build();
  }

  private static void execute(Connection duckdb, String sql) throws SQLException {
    try (Statement statement = duckdb.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String single(Connection duckdb, String sql) throws SQLException {
    try (Statement statement = duckdb.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      StringBuilder values = new StringBuilder();
      while (rows.next()) {
        values.append(values.length() == 0 ? "" : " + ").append(rows.getString(1));
      }
      return values.toString();
    }
  }
}
