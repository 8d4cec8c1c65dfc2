package org.obaframework.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.RecordsNdjson;

/**
 * Writes {@link GeneratedRecords} to files: the NDJSON records ({@link RecordsNdjson}) and the
 * equivalent flat CSV of ratings ({@link RatingsCsv}), both from one pass of the seeded generator,
 * one child at a time, so that a million children never need to be in memory.
 *
 * <pre>
 * java -cp ... org.obaframework.examples.bench.GenerateData 1000000 target/perf [seed]
 * </pre>
 *
 * <p>writes {@code records-1000000.ndjson} and {@code ratings-1000000.csv} in {@code
 * target/perf}; the same number and seed give the same bytes.
 */
public final class GenerateData {
  /** The default seed, the benchmarks'. */
  public static final long SEED = 20261127L;

  private GenerateData() {}

  /**
   * The generated files and what they hold.
   *
   * @param ndjson the NDJSON records
   * @param csv the CSV of ratings
   * @param subjects the children
   * @param ratings the ratings (rows of the CSV)
   */
  public record DataFiles(Path ndjson, Path csv, int subjects, long ratings) {
    /**
     * Describes the files' sizes.
     *
     * @return one line
     * @throws IOException if a size cannot be read
     */
    public String describe() throws IOException {
      return String.format(Locale.ROOT, "%,d children, %,d ratings: %s %.1f MB, %s %.1f MB",
          subjects, ratings, ndjson.getFileName(), Files.size(ndjson) / 1e6, csv.getFileName(),
          Files.size(csv) / 1e6);
    }
  }

  /**
   * Writes the files for {@code subjects} children, or reuses them when both exist already (they
   * are deterministic; the CSV is written last, so its presence means both are complete).
   *
   * @param subjects the number of children
   * @param seed the generator's seed
   * @param directory where the files go; created if absent
   * @return the files
   * @throws IOException if a file cannot be written
   */
  public static DataFiles write(int subjects, long seed, Path directory) throws IOException {
    Files.createDirectories(directory);
    String suffix = subjects + (seed == SEED ? "" : "-" + seed);
    Path ndjson = directory.resolve("records-" + suffix + ".ndjson");
    Path csv = directory.resolve("ratings-" + suffix + ".csv");
    long ratings = (long) subjects * GeneratedRecords.REVIEWS_PER_SUBJECT
        * GeneratedRecords.INDICATORS_PER_REVIEW;
    if (Files.exists(ndjson) && Files.exists(csv)) {
      return new DataFiles(ndjson, csv, subjects, ratings);
    }
    Path partial = directory.resolve(csv.getFileName() + ".part");
    try (BufferedWriter json = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8);
        BufferedWriter flat = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
        Stream<SubjectRecords> groups = GeneratedRecords.stream(subjects, seed)) {
      RatingsCsv rows = new RatingsCsv(flat);
      RecordsNdjson.standard().write(groups.peek(rows::write), json);
      if (rows.rows() != ratings) {
        throw new IllegalStateException("wrote " + rows.rows() + " ratings, expected " + ratings);
      }
    }
    Files.move(partial, csv);
    return new DataFiles(ndjson, csv, subjects, ratings);
  }

  /**
   * Writes the files: arguments are the number of children, the directory and optionally the
   * seed.
   *
   * @param args {@code subjects directory [seed]}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      throw new IllegalArgumentException(
          "expected arguments: subjects directory [seed], found " + args.length + " arguments");
    }
    int subjects = Integer.parseInt(args[0]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : SEED;
    System.out.println(write(subjects, seed, Path.of(args[1])).describe());
  }
}
