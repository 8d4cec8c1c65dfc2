package org.obaframework.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The scale curve: for each number of children (10k, 100k, 1M by default), generates the files
 * ({@link GenerateData}) and runs {@link ScalePoint} in three fresh JVMs, streaming with {@code
 * -Xmx256m}, loaded as objects with {@code -Xmx3g} and as a columnar table with {@code -Xmx1g};
 * prints Markdown tables of the times, the heap per
 * rating retained when loaded, whether each fitted its heap, and the growth of the time per
 * child from one decade to the next (target: within 20 %).
 *
 * <p>Arguments: the sizes, each optionally with its own number of measured runs ({@code
 * 1000000:1}), then optionally {@code --dir DIR} (default {@code target/perf}) and {@code --runs
 * N} (default 3, for sizes without their own). Warm-ups: enough for about 300,000 children (30
 * runs of 10,000, 3 of 100,000, none of a million: by then the first 300,000 children of the run
 * have warmed the JIT).
 */
public final class ScaleCurve {
  /** The heap cap for streaming. */
  public static final String STREAM_HEAP = "-Xmx256m";
  /** The heap cap for loaded records. */
  public static final String LOADED_HEAP = "-Xmx3g";
  /** The heap cap for the columnar table of loaded records. */
  public static final String TABLE_HEAP = "-Xmx1g";
  /** The largest growth of time per child per decade that meets the target. */
  public static final double GROWTH_TARGET = 1.2;
  /** The longest one point may run. */
  public static final long POINT_TIMEOUT_MINUTES = 40;

  private ScaleCurve() {}

  /** One point's results, or why it failed. */
  record Point(int subjects, Map<String, String> stream, Map<String, String> loaded,
      Map<String, String> table) {
    double streamMicrosPerSubject(String key) {
      return micros(stream, key, subjects);
    }

    double loadedMicrosPerSubject(String key) {
      return micros(loaded, key, subjects);
    }

    double tableMicrosPerSubject(String key) {
      return micros(table, key, subjects);
    }

    private static double micros(Map<String, String> fields, String key, int subjects) {
      return fields.containsKey(key)
          ? Double.parseDouble(fields.get(key)) * 1e3 / subjects : Double.NaN;
    }
  }

  /**
   * Runs the curve.
   *
   * @param args sizes, then {@code --dir DIR} and {@code --runs N}
   * @throws IOException if a file or process fails
   * @throws InterruptedException if interrupted while waiting for a point
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<Integer> sizes = new ArrayList<>();
    Map<Integer, Integer> ownRuns = new HashMap<>();
    Path directory = Path.of("target/perf");
    int runs = 3;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--dir")) {
        directory = Path.of(args[++i]);
      } else if (args[i].equals("--runs")) {
        runs = Integer.parseInt(args[++i]);
      } else {
        String[] size = args[i].replace("_", "").split(":");
        sizes.add(Integer.parseInt(size[0]));
        if (size.length > 1) {
          ownRuns.put(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        }
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 100_000, 1_000_000);
    }
    System.out.println("Machine: " + Measurements.machine());
    List<Point> points = new ArrayList<>();
    for (int subjects : sizes) {
      GenerateData.DataFiles files = GenerateData.write(subjects, GenerateData.SEED, directory);
      System.out.println("Data: " + files.describe());
      int warmups = Math.min(30, 300_000 / subjects);
      String[] point = {String.valueOf(subjects), directory.toString(),
          String.valueOf(warmups), String.valueOf(ownRuns.getOrDefault(subjects, runs))};
      Map<String, String> stream = run(STREAM_HEAP, "stream", point);
      Map<String, String> loaded = run(LOADED_HEAP, "loaded", point);
      Map<String, String> table = run(TABLE_HEAP, "table", point);
      points.add(new Point(subjects, stream, loaded, table));
      System.out.println("  stream: " + stream);
      System.out.println("  loaded: " + loaded);
      System.out.println("  table: " + table);
    }
    System.out.println();
    System.out.println(tables(points));
    System.out.println("Load average at the end: " + Measurements.machine());
  }

  /** Runs one point in a fresh JVM and parses its result line, or records its failure. */
  private static Map<String, String> run(String heap, String mode, String[] point)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        ScalePoint.class.getName(), mode));
    command.addAll(List.of(point));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("reading the point's output failed: " + e.getMessage());
      }
    });
    reader.start();
    Map<String, String> fields = new HashMap<>();
    // A point that thrashes its heap instead of running out of it is stopped.
    if (!process.waitFor(POINT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      fields.put("failure", "stopped after " + POINT_TIMEOUT_MINUTES + " minutes");
    }
    reader.join();
    String last = "";
    for (String line : lines) {
      if (line.startsWith(ScalePoint.PREFIX + " ")) {
        for (String field : line.substring(ScalePoint.PREFIX.length() + 1).split(" ")) {
          int equals = field.indexOf('=');
          fields.put(field.substring(0, equals), field.substring(equals + 1));
        }
      } else if (!line.isBlank()) {
        last = line;
      }
    }
    int exit = process.exitValue();
    fields.put("heap", heap);
    fields.put("mode", mode);
    fields.put("fit", exit == 0 && fields.containsKey("median_ms") ? "yes" : "no");
    if (exit != 0) {
      fields.putIfAbsent("failure", "exit " + exit + ": " + last);
    }
    return fields;
  }

  /**
   * Renders the points as Markdown tables: one of times and memory, one of growth per decade.
   */
  static String tables(List<Point> points) {
    StringBuilder text = new StringBuilder();
    text.append("| children | ratings | streaming (" + STREAM_HEAP + "): median | µs/child"
        + " | CPU µs/child | peak live heap | fit? | loaded (" + LOADED_HEAP + "): load"
        + " | report card median | µs/child | CPU µs/child | retained heap | bytes/rating"
        + " | peak live heap | fit? |\n"
        + "|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Point p : points) {
      long ratings = (long) p.subjects() * GeneratedRecords.REVIEWS_PER_SUBJECT
          * GeneratedRecords.INDICATORS_PER_REVIEW;
      text.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s | %s | %s | %s"
          + " | %s | %s | %s | %s | %s | %s |%n", p.subjects(), ratings,
          seconds(p.stream(), "median_ms"), number(p.streamMicrosPerSubject("median_ms")),
          number(p.streamMicrosPerSubject("cpu_ms")), mib(p.stream(), "peak_live_bytes"),
          p.stream().get("fit"), seconds(p.loaded(), "load_ms"),
          seconds(p.loaded(), "median_ms"), number(p.loadedMicrosPerSubject("median_ms")),
          number(p.loadedMicrosPerSubject("cpu_ms")), mib(p.loaded(), "retained_bytes"),
          p.loaded().getOrDefault("bytes_per_rating", "-"), peakLoaded(p.loaded()),
          p.loaded().get("fit")));
    }
    text.append("\n| children | columnar table (" + TABLE_HEAP + "): load | report card median"
        + " | µs/child | CPU µs/child | retained heap | bytes/rating | peak live heap | fit? |\n"
        + "|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Point p : points) {
      text.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s |%n",
          p.subjects(), seconds(p.table(), "load_ms"), seconds(p.table(), "median_ms"),
          number(p.tableMicrosPerSubject("median_ms")), number(p.tableMicrosPerSubject("cpu_ms")),
          mib(p.table(), "retained_bytes"), p.table().getOrDefault("bytes_per_rating", "-"),
          peakLoaded(p.table()), p.table().get("fit")));
    }
    text.append("\n| from | to | streaming: growth of µs/child (CPU) | within 20 %? | in memory:"
        + " growth of µs/child (CPU) | within 20 %? | columnar: growth (CPU) | within 20 %? |\n"
        + "|---:|---:|---:|---|---:|---|---:|---|\n");
    for (int i = 1; i < points.size(); i++) {
      Point from = points.get(i - 1);
      Point to = points.get(i);
      double stream = to.streamMicrosPerSubject("median_ms")
          / from.streamMicrosPerSubject("median_ms");
      double streamCpu = to.streamMicrosPerSubject("cpu_ms")
          / from.streamMicrosPerSubject("cpu_ms");
      double loaded = to.loadedMicrosPerSubject("median_ms")
          / from.loadedMicrosPerSubject("median_ms");
      double loadedCpu = to.loadedMicrosPerSubject("cpu_ms")
          / from.loadedMicrosPerSubject("cpu_ms");
      double table = to.tableMicrosPerSubject("median_ms")
          / from.tableMicrosPerSubject("median_ms");
      double tableCpu = to.tableMicrosPerSubject("cpu_ms")
          / from.tableMicrosPerSubject("cpu_ms");
      text.append(String.format(Locale.ROOT, "| %,d | %,d | %s (%s) | %s | %s (%s) | %s | %s (%s)"
          + " | %s |%n", from.subjects(), to.subjects(), ratio(stream), ratio(streamCpu),
          met(stream), ratio(loaded), ratio(loadedCpu), met(loaded), ratio(table),
          ratio(tableCpu), met(table)));
    }
    for (Point p : points) {
      for (Map<String, String> fields : List.of(p.stream(), p.loaded(), p.table())) {
        if (fields.containsKey("failure")) {
          text.append(String.format(Locale.ROOT, "%n%,d children, %s with %s: %s", p.subjects(),
              fields.getOrDefault("mode", "?"), fields.get("heap"), fields.get("failure")));
        }
      }
    }
    return text.toString();
  }

  /** The larger of the live peaks while loading and while evaluating. */
  private static String peakLoaded(Map<String, String> fields) {
    if (!fields.containsKey("peak_live_bytes")) {
      return "-";
    }
    long peak = Math.max(Long.parseLong(fields.get("peak_live_bytes")),
        Long.parseLong(fields.getOrDefault("load_peak_live_bytes", "0")));
    return String.format(Locale.ROOT, "%,.0f MiB", Measurements.mib(peak));
  }

  private static String seconds(Map<String, String> fields, String key) {
    return fields.containsKey(key)
        ? String.format(Locale.ROOT, "%.2f s", Double.parseDouble(fields.get(key)) / 1e3) : "-";
  }

  private static String mib(Map<String, String> fields, String key) {
    return fields.containsKey(key) ? String.format(Locale.ROOT, "%,.0f MiB",
        Measurements.mib(Long.parseLong(fields.get(key)))) : "-";
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String met(double growth) {
    return Double.isNaN(growth) ? "-" : growth <= GROWTH_TARGET ? "yes" : "no";
  }
}
