package org.obaframework.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * DuckDB's side of the comparison, run by {@link DuckDbComparison} in a process of its own, so
 * that DuckDB has the machine's memory to itself (its memory is native, off this JVM's small
 * heap) and shares nothing with oba's loaded records. It prints its settings and the SQL, times
 * the report card from the CSV ({@code read_csv} inside the query) and from a table made from
 * the CSV, watches its temporary directory for spilling during every run, and writes the times
 * and the counts to a result file that {@link #read(Path)} reads back.
 *
 * <p>Arguments: {@code csv warmups runs memoryLimit temporaryDirectory resultFile}; a memory
 * limit of {@code default} keeps DuckDB's own (80 % of the machine's memory).
 */
public final class DuckDbSide {
  private DuckDbSide() {}

  /**
   * One timed path as the child process measured it.
   *
   * @param millis the measured runs' times
   * @param cpuMillis the child process's CPU time in each run (DuckDB's native threads included)
   * @param spilledBytes the most bytes seen in DuckDB's temporary directory during the runs
   * @param counts the last run's counts
   */
  public record PathRun(double[] millis, double[] cpuMillis, long spilledBytes,
      ReportCounts counts) {
    Measurements.Timed<ReportCounts> timed() {
      return new Measurements.Timed<>(millis, cpuMillis, 0, 0, counts);
    }
  }

  /**
   * What the child process measured.
   *
   * @param settings DuckDB's version and settings, one line
   * @param file the report card from the CSV
   * @param table the report card from the loaded table
   * @param loadMillis the time to make the table from the CSV
   * @param tableBytes the table's memory, as {@code duckdb_memory()} tells it
   * @param peakResidentBytes the child process's peak resident memory ({@code VmHWM})
   */
  public record Result(String settings, PathRun file, PathRun table, double loadMillis,
      long tableBytes, long peakResidentBytes) {}

  /**
   * Runs DuckDB's side.
   *
   * @param args {@code csv warmups runs memoryLimit temporaryDirectory resultFile}
   * @throws IOException if the result cannot be written
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws IOException, SQLException {
    if (args.length != 6) {
      throw new IllegalArgumentException("expected csv warmups runs memoryLimit"
          + " temporaryDirectory resultFile, found " + args.length + " arguments");
    }
    String csv = Path.of(args[0]).toAbsolutePath().toString();
    int warmups = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    String memoryLimit = args[3];
    Path temporary = Path.of(args[4]).toAbsolutePath();
    Path resultFile = Path.of(args[5]);
    Files.createDirectories(temporary);
    ReportCardSql sql = ReportCardSql.forGeneratedRecords();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      execute(duckdb, "SET threads = " + Runtime.getRuntime().availableProcessors());
      if (!"default".equals(memoryLimit)) {
        execute(duckdb, "SET memory_limit = '" + memoryLimit + "'");
      }
      execute(duckdb, "SET temp_directory = '" + temporary.toString().replace("'", "''") + "'");
      String settings = "DuckDB " + single(duckdb, "SELECT version()") + " in its own process"
          + " (JVM heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, DuckDB's memory"
          + " native), threads " + single(duckdb, "SELECT current_setting('threads')")
          + ", memory_limit " + single(duckdb, "SELECT current_setting('memory_limit')")
          + ", temp_directory " + single(duckdb, "SELECT current_setting('temp_directory')")
          + ", max_temp_directory_size "
          + single(duckdb, "SELECT current_setting('max_temp_directory_size')")
          + ", preserve_insertion_order "
          + single(duckdb, "SELECT current_setting('preserve_insertion_order')");
      System.out.println(settings);
      String fileQuery = sql.query(ReportCardSql.readCsv(csv));
      System.out.println("SQL (file path; the table path reads `ratings` instead of read_csv):\n"
          + fileQuery + "\n");

      PathRun file = timed(duckdb, temporary, warmups, runs, fileQuery);
      long loadStart = System.nanoTime();
      execute(duckdb, "CREATE OR REPLACE TABLE ratings AS SELECT * FROM "
          + ReportCardSql.readCsv(csv));
      double loadMillis = (System.nanoTime() - loadStart) / 1e6;
      PathRun table = timed(duckdb, temporary, warmups, runs, sql.query("ratings"));
      long tableBytes = Long.parseLong(single(duckdb, "SELECT coalesce(sum(memory_usage_bytes),"
          + " 0) FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'"));
      write(resultFile, new Result(settings, file, table, loadMillis, tableBytes,
          peakResident()));
    }
  }

  private static PathRun timed(Connection duckdb, Path temporary, int warmups, int runs,
      String query) {
    AtomicLong spilled = new AtomicLong();
    Thread watcher = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        spilled.accumulateAndGet(directorySize(temporary), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "duckdb-spill-watcher");
    watcher.setDaemon(true);
    watcher.start();
    try {
      Measurements.Timed<ReportCounts> timed = Measurements.time(warmups, runs,
          () -> DuckDbComparison.query(duckdb, query));
      spilled.accumulateAndGet(directorySize(temporary), Math::max);
      spilled.accumulateAndGet(temporaryFiles(duckdb), Math::max);
      return new PathRun(timed.millis(), timed.cpuMillis(), spilled.get(), timed.result());
    } finally {
      watcher.interrupt();
    }
  }

  /** The bytes of the files under a directory now (0 if it is gone). */
  static long directorySize(Path directory) {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0; // deleted between listing and sizing: DuckDB removes its files as it goes
        }
      }).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0; // the directory changed while walked; the next look sees it
    }
  }

  private static long temporaryFiles(Connection duckdb) {
    try {
      return Long.parseLong(single(duckdb,
          "SELECT coalesce(sum(size), 0) FROM duckdb_temporary_files()"));
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB could not list its temporary files: "
          + e.getMessage(), e);
    }
  }

  /** The process's peak resident memory from {@code /proc/self/status}, or -1 if unknown. */
  static long peakResident() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException e) {
      return -1; // not Linux: the peak is not reported
    }
    return -1;
  }

  static void write(Path file, Result result) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("settings\t" + result.settings() + "\n");
      out.write("load\t" + result.loadMillis() + "\t" + result.tableBytes() + "\t"
          + result.peakResidentBytes() + "\n");
      writePath(out, "file", result.file());
      writePath(out, "table", result.table());
    }
  }

  private static void writePath(BufferedWriter out, String name, PathRun path) throws IOException {
    out.write(name + "\t" + join(path.millis()) + "\t" + join(path.cpuMillis()) + "\t"
        + path.spilledBytes() + "\n");
    for (Map.Entry<ReportCounts.Key, ReportCounts.Cell> cell : path.counts().cells().entrySet()) {
      out.write("cell\t" + cell.getKey().indicator() + "\t" + cell.getKey().localAuthority()
          + "\t" + cell.getValue().denominator() + "\t" + cell.getValue().improved() + "\n");
    }
  }

  private static String join(double[] values) {
    StringBuilder text = new StringBuilder();
    for (double value : values) {
      text.append(text.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f",
          value));
    }
    return text.toString();
  }

  /**
   * Reads a result file written by the child process.
   *
   * @param file the file
   * @return the result
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not a result file
   */
  public static Result read(Path file) throws IOException {
    String settings = null;
    double loadMillis = 0;
    long tableBytes = 0;
    long resident = 0;
    List<PathRun> paths = new ArrayList<>();
    String[] current = null;
    ReportCounts.Builder counts = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", -1);
      switch (fields[0]) {
        case "settings" -> settings = fields[1];
        case "load" -> {
          loadMillis = Double.parseDouble(fields[1]);
          tableBytes = Long.parseLong(fields[2]);
          resident = Long.parseLong(fields[3]);
        }
        case "file", "table" -> {
          if (current != null) {
            paths.add(path(current, counts));
          }
          current = fields;
          counts = ReportCounts.builder();
        }
        case "cell" -> {
          if (counts == null) {
            throw new IllegalArgumentException(file + ": a cell before its path");
          }
          counts.put(fields[1], fields[2], Long.parseLong(fields[3]), Long.parseLong(fields[4]));
        }
        default -> throw new IllegalArgumentException(file + ": unexpected line kind "
            + fields[0]);
      }
    }
    if (current != null) {
      paths.add(path(current, counts));
    }
    if (settings == null || paths.size() != 2) {
      throw new IllegalArgumentException(file + ": expected settings and two paths, found "
          + paths.size() + " paths");
    }
    return new Result(settings, paths.get(0), paths.get(1), loadMillis, tableBytes, resident);
  }

  private static PathRun path(String[] fields, ReportCounts.Builder counts) {
    return new PathRun(split(fields[1]), split(fields[2]), Long.parseLong(fields[3]),
        counts.build());
  }

  private static double[] split(String values) {
    String[] parts = values.split(",");
    double[] numbers = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = Double.parseDouble(parts[i]);
    }
    return numbers;
  }

  private static void execute(Connection duckdb, String sql) throws SQLException {
    try (Statement statement = duckdb.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String single(Connection duckdb, String sql) throws SQLException {
    try (Statement statement = duckdb.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : "";
    }
  }
}
