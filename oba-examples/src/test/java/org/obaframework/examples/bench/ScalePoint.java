package org.obaframework.examples.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.records.RecordsTable;

/**
 * One point of the scale curve, run by {@link ScaleCurve} in a fresh JVM with a capped heap:
 * times the report card by local authority x indicator over the generated files of one size, and
 * prints one line starting {@value #PREFIX} with {@code key=value} fields.
 *
 * <ul>
 *   <li>{@code stream subjects directory warmups runs}: streams the NDJSON file in parallel
 *       ({@link ObaPaths#streamFileParallel}: each thread parses a part and evaluates it);
 *   <li>{@code loaded subjects directory warmups runs}: loads the NDJSON file into memory,
 *       measures the heap retained (after garbage collection) per rating, then times the report
 *       card over the loaded records ({@code parallelStream()}); without warm-up runs, the first
 *       {@value #WARM_UP} children are evaluated once first, unmeasured;
 *   <li>{@code table subjects directory warmups runs}: the same, with the file loaded into a
 *       columnar {@link RecordsTable} ({@link ObaPaths#loadTable}).
 * </ul>
 *
 * <p>The files must exist ({@link GenerateData}). A point that runs out of heap ends the JVM
 * without printing the line; {@link ScaleCurve} reports it as not fitting.
 */
public final class ScalePoint {
  /** The prefix of the result line. */
  public static final String PREFIX = "SCALE-POINT";
  /** Children evaluated once, unmeasured, before the loaded records' runs without warm-ups. */
  public static final int WARM_UP = 300_000;

  private ScalePoint() {}

  /**
   * Runs one point.
   *
   * @param args {@code stream|loaded subjects directory warmups runs}
   */
  public static void main(String[] args) {
    if (args.length != 5) {
      throw new IllegalArgumentException("expected arguments: stream|loaded subjects directory"
          + " warmups runs (or table ...), found " + args.length + " arguments");
    }
    String mode = args[0];
    int subjects = Integer.parseInt(args[1]);
    Path directory = Path.of(args[2]);
    int warmups = Integer.parseInt(args[3]);
    int runs = Integer.parseInt(args[4]);
    Path ndjson = directory.resolve("records-" + subjects + ".ndjson");
    long ratings = (long) subjects * GeneratedRecords.REVIEWS_PER_SUBJECT
        * GeneratedRecords.INDICATORS_PER_REVIEW;
    Evaluation evaluation = GeneratedRecords.evaluation();
    StringBuilder line = new StringBuilder(PREFIX).append(" mode=").append(mode)
        .append(" subjects=").append(subjects);
    if (mode.equals("stream")) {
      Measurements.Timed<ReportCounts> timed = Measurements.time(warmups, runs,
          () -> ObaPaths.streamFileParallel(evaluation, ndjson).counts());
      check(timed.result(), subjects);
      append(line, timed);
    } else if (mode.equals("loaded") || mode.equals("table")) {
      Measurements.Loaded<ReportCounts> loaded = mode.equals("loaded")
          ? Measurements.loaded(subjects, warmups, runs, () -> ObaPaths.load(ndjson), List::size,
              // Loading warmed the reader, not the evaluation: warm it on the first children, as
              // a streaming run warms itself on its first children.
              records -> ObaPaths.inMemory(evaluation,
                  records.subList(0, Math.min(records.size(), WARM_UP)), true),
              records -> ObaPaths.inMemory(evaluation, records, true).counts())
          : Measurements.loaded(subjects, warmups, runs, () -> ObaPaths.loadTable(ndjson),
              RecordsTable::size, table -> evaluation.evaluate(table.stream().limit(WARM_UP)),
              table -> ObaPaths.table(evaluation, table).counts());
      check(loaded.timed().result(), subjects);
      append(line, loaded.timed());
      line.append(String.format(Locale.ROOT, " load_ms=%.0f retained_bytes=%d"
          + " bytes_per_rating=%.1f load_peak_live_bytes=%d", loaded.loadMillis(),
          loaded.retained(), (double) loaded.retained() / ratings, loaded.loadPeakLive()));
    } else {
      throw new IllegalArgumentException("expected mode stream, loaded or table, found "
          + mode);
    }
    line.append(" max_heap_bytes=").append(Runtime.getRuntime().maxMemory());
    System.out.println(line);
  }

  private static void append(StringBuilder line, Measurements.Timed<ReportCounts> timed) {
    line.append(String.format(Locale.ROOT, " median_ms=%.1f cpu_ms=%.1f peak_bytes=%d"
        + " peak_live_bytes=%d", timed.medianMillis(), timed.medianCpuMillis(),
        timed.peakHeapBytes(), timed.peakLiveBytes()));
  }

  /** Every child is paired on every indicator in the generated records. */
  private static void check(ReportCounts counts, int subjects) {
    long expected = (long) subjects * GeneratedRecords.INDICATORS_PER_REVIEW;
    if (counts.pairs() != expected) {
      throw new IllegalStateException("expected " + expected + " pairs, found " + counts.pairs());
    }
  }
}
