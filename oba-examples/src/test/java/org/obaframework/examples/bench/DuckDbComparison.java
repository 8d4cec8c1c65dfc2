package org.obaframework.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.records.RecordsTable;

/**
 * Computes the report card by local authority x indicator with oba and with DuckDB from the same
 * generated data, at one or more sizes in one run, checks that every count is identical, and
 * prints the times side by side as a Markdown table.
 *
 * <p>DuckDB runs in a process of its own ({@link DuckDbSide}, a JVM with a small heap, since
 * DuckDB's memory is native), with {@code threads} = available cores and the memory limit it
 * asks for by default (80 % of the machine's memory) unless one is given; it prints its settings
 * and the SQL, and watches its temporary directory for spilling. oba runs in this JVM. So
 * neither side's memory presses on the other's: before, DuckDB shared one JVM's process with a
 * million loaded children and a 3.7 GiB limit.
 *
 * <p>Paths, each timed with warm-ups and repetitions (median), wall and CPU time:
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
 * <p>Arguments: {@code sizes directory warmups runs [memoryLimit]}, defaults {@code 100000
 * target/perf 1 5 default}; {@code sizes} is a comma-separated list of children counts, each
 * optionally with its own warm-ups and runs ({@code 100000:3:5,1000000:1:3}). The DuckDB
 * process needs {@code org.duckdb:duckdb_jdbc} on the class path (the {@code duckdb} Maven
 * profile); this class compiles with {@code java.sql} alone.
 */
public final class DuckDbComparison {
  /** The target ratio oba/DuckDB for the in-memory path (the README's, at 100,000 children). */
  public static final double IN_MEMORY_TARGET = 0.2;
  /** The target ratio oba/DuckDB for the file path (the README's, at 100,000 children). */
  public static final double FILE_TARGET = 0.5;
  /** The target ratio in memory from a million children (issue 21). */
  public static final double IN_MEMORY_TARGET_AT_SCALE = 0.05;
  /** The target ratio from the file from a million children (issue 21). */
  public static final double FILE_TARGET_AT_SCALE = 0.25;
  /** The children from which the targets at scale apply. */
  public static final int SCALE = 1_000_000;
  /** The heap of DuckDB's process: DuckDB's own memory is native, outside it. */
  public static final String DUCKDB_HEAP = "-Xmx256m";

  private DuckDbComparison() {}

  /** One size to compare: children, warm-ups and measured runs. */
  record Size(int subjects, int warmups, int runs) {
    static List<Size> parse(String sizes, int warmups, int runs) {
      List<Size> parsed = new ArrayList<>();
      for (String size : sizes.split(",")) {
        String[] parts = size.split(":");
        if (parts.length != 1 && parts.length != 3) {
          throw new IllegalArgumentException("expected children or children:warmups:runs,"
              + " found " + size);
        }
        parsed.add(new Size(Integer.parseInt(parts[0]),
            parts.length == 3 ? Integer.parseInt(parts[1]) : warmups,
            parts.length == 3 ? Integer.parseInt(parts[2]) : runs));
      }
      return parsed;
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args {@code [sizes [directory [warmups [runs [memoryLimit]]]]]}
   * @throws IOException if the data cannot be written or DuckDB's process fails
   * @throws InterruptedException if interrupted while DuckDB's process runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path directory = Path.of(args.length > 1 ? args[1] : "target/perf");
    List<Size> sizes = Size.parse(args.length > 0 ? args[0] : "100000",
        args.length > 2 ? Integer.parseInt(args[2]) : 1,
        args.length > 3 ? Integer.parseInt(args[3]) : 5);
    String memoryLimit = args.length > 4 ? args[4] : "default";

    System.out.println("Machine: " + Measurements.machine());
    Evaluation evaluation = GeneratedRecords.evaluation();
    List<Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Size size : sizes) {
      GenerateData.DataFiles files = GenerateData.write(size.subjects(), GenerateData.SEED,
          directory);
      System.out.println("\nData: " + files.describe() + "; warm-ups " + size.warmups()
          + ", runs " + size.runs() + " (median)");
      DuckDbSide.Result duck = duckDb(files, size, memoryLimit, directory);

      Measurements.Timed<ReportCounts> obaFile = Measurements.time(size.warmups(), size.runs(),
          () -> ObaPaths.streamFileParallel(evaluation, files.ndjson()).counts());
      Path ndjson = files.ndjson();
      Measurements.Loaded<ReportCounts> loaded = Measurements.loaded(size.subjects(),
          size.warmups(), size.runs(), () -> ObaPaths.load(ndjson), List::size,
          records -> ObaPaths.inMemory(evaluation, records, true),
          records -> ObaPaths.inMemory(evaluation, records, true).counts());
      Measurements.Loaded<ReportCounts> columnar = Measurements.loaded(size.subjects(),
          size.warmups(), size.runs(), () -> ObaPaths.loadTable(ndjson), RecordsTable::size,
          table -> ObaPaths.table(evaluation, table),
          table -> ObaPaths.table(evaluation, table).counts());
      Measurements.Timed<ReportCounts> obaMemory = loaded.timed();
      Measurements.Timed<ReportCounts> obaTable = columnar.timed();
      double obaLoadMillis = loaded.loadMillis();
      long retained = loaded.retained();
      double obaTableMillis = columnar.loadMillis();
      long tableRetained = columnar.retained();

      obaFile.result().requireIdentical("oba (file)", duck.file().counts(), "DuckDB (CSV)");
      obaMemory.result().requireIdentical("oba (in memory)", duck.table().counts(),
          "DuckDB (table)");
      obaFile.result().requireIdentical("oba (file)", obaMemory.result(), "oba (in memory)");
      obaTable.result().requireIdentical("oba (columnar table)", duck.table().counts(),
          "DuckDB (table)");
      boolean scale = size.subjects() >= SCALE;
      rows.add(new Row(files, "file -> report card (oba: NDJSON streamed; DuckDB: read_csv)",
          obaFile, duck.file(), scale ? FILE_TARGET_AT_SCALE : FILE_TARGET));
      rows.add(new Row(files, "in memory -> report card (oba: loaded records; DuckDB: table)",
          obaMemory, duck.table(), scale ? IN_MEMORY_TARGET_AT_SCALE : IN_MEMORY_TARGET));
      rows.add(new Row(files, "in memory -> report card (oba: columnar RecordsTable; DuckDB:"
          + " table)", obaTable, duck.table(),
          scale ? IN_MEMORY_TARGET_AT_SCALE : IN_MEMORY_TARGET));
      notes.add(String.format(Locale.ROOT, "%,d children: counts identical in %d cells (8"
          + " indicators x local authorities and totals), %,d children with a pair summed over"
          + " indicators. Loading: oba read the NDJSON into memory in %.1f s, retaining %.1f MiB"
          + " of heap after GC (%.0f bytes per rating of %,d), or into a columnar table in %.1f s,"
          + " retaining %.1f MiB (%.1f bytes per rating); DuckDB made its table from the"
          + " CSV in %.1f s (%.1f MiB in its database); DuckDB's process peaked at %.0f MiB"
          + " resident. %s", size.subjects(), obaFile.result().cells().size(),
          obaFile.result().pairs(), obaLoadMillis / 1e3, Measurements.mib(retained),
          (double) retained / files.ratings(), files.ratings(), obaTableMillis / 1e3,
          Measurements.mib(tableRetained), (double) tableRetained / files.ratings(),
          duck.loadMillis() / 1e3,
          Measurements.mib(duck.tableBytes()), Measurements.mib(duck.peakResidentBytes()),
          duck.settings()));
    }
    System.out.println();
    System.out.println(table(rows));
    notes.forEach(note -> System.out.println(note + "\n"));
    System.out.println("Garbage collection (oba's JVM): " + Measurements.collections());
    System.out.println("Load average at the end: " + Measurements.machine());
  }

  /** Runs DuckDB's side in its own JVM and reads what it measured. */
  private static DuckDbSide.Result duckDb(GenerateData.DataFiles files, Size size,
      String memoryLimit, Path directory) throws IOException, InterruptedException {
    Path result = directory.resolve("duckdb-result-" + size.subjects() + ".txt");
    Path temporary = directory.resolve("duckdb-tmp-" + size.subjects());
    Files.deleteIfExists(result);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, DUCKDB_HEAP, "-cp",
        System.getProperty("java.class.path"), DuckDbSide.class.getName(),
        files.csv().toString(), Integer.toString(size.warmups()), Integer.toString(size.runs()),
        memoryLimit, temporary.toString(), result.toString()).inheritIO().start();
    // DuckDB's process ends with this one, even if this one is stopped.
    Thread stop = new Thread(process::destroy, "stop-duckdb");
    Runtime.getRuntime().addShutdownHook(stop);
    int exit = process.waitFor();
    Runtime.getRuntime().removeShutdownHook(stop);
    if (exit != 0) {
      throw new IllegalStateException("DuckDB's process failed with exit code " + exit);
    }
    return DuckDbSide.read(result);
  }

  /** One compared path at one size. */
  record Row(GenerateData.DataFiles files, String path, Measurements.Timed<ReportCounts> oba,
      DuckDbSide.PathRun duckdb, double target) {
    double ratio() {
      return oba.medianMillis() / Measurements.median(duckdb.millis());
    }
  }

  /**
   * Renders the rows as a Markdown table.
   */
  static String table(List<Row> rows) {
    StringBuilder table = new StringBuilder("| children | ratings | path | oba (median) |"
        + " DuckDB (median) | oba/DuckDB | target | met? | CPU time oba / DuckDB (median) |"
        + " oba peak live heap | DuckDB spilled |\n"
        + "|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---:|\n");
    for (Row row : rows) {
      double duckCpu = Measurements.median(row.duckdb().cpuMillis());
      table.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %.3f s | %.3f s | %.3f |"
          + " <= %.2f | %s | %.1f s / %.1f s = %.3f | %,.0f MiB | %,.0f MiB |%n",
          row.files().subjects(), row.files().ratings(), row.path(),
          row.oba().medianMillis() / 1e3, Measurements.median(row.duckdb().millis()) / 1e3,
          row.ratio(), row.target(), row.ratio() <= row.target() ? "yes" : "no",
          row.oba().medianCpuMillis() / 1e3, duckCpu / 1e3,
          row.oba().medianCpuMillis() / duckCpu, Measurements.mib(row.oba().peakLiveBytes()),
          Measurements.mib(row.duckdb().spilledBytes())));
    }
    table.append("\nRuns (oba; DuckDB):\n");
    for (Row row : rows) {
      table.append(String.format(Locale.ROOT, "- %,d, %s: ", row.files().subjects(),
          row.path())).append(row.oba().describe()).append("; ")
          .append(row.duckdb().timed().describe()).append('\n');
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
}
