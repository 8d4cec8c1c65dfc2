package org.obaframework.examples.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.RecordsNdjson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads and writes {@value #REVIEWS} generated reviews ({@value #SUBJECTS} children of 3 reviews,
 * each rating 8 indicators; see {@link GeneratedRecords}) as NDJSON with {@link RecordsNdjson}.
 *
 * <ul>
 *   <li>{@link #readNdjson}: streams a file written once per trial, grouped by subject, with
 *       {@link RecordsNdjson#read}, counting the reviews. Reading holds one subject's records at a
 *       time (and the ids of the subjects seen), so it runs in a small heap: the file is written
 *       from {@link GeneratedRecords#stream}, never held in memory either.
 *   <li>{@link #writeNdjson}: writes the records, generated once per trial and held in memory, to
 *       a writer that only counts the characters.
 * </ul>
 *
 * <p>One invocation reads or writes every review; JMH counts it as {@value #REVIEWS} operations,
 * so the score is in reviews per second. The file's size is printed at setup: megabytes per
 * second are the size in MB times the score divided by {@value #REVIEWS}.
 *
 * <p>Not run by {@code mvn verify} ({@code NdjsonRoundTripTest} checks the same code path on a
 * thousand children); see the README's Performance section for the command.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(NdjsonBenchmark.REVIEWS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class NdjsonBenchmark {
  /** Children: enough for {@value #REVIEWS} reviews, rounded up. */
  public static final int SUBJECTS = 333_334;
  /** Reviews counted per invocation: one million. */
  public static final int REVIEWS = 1_000_000;
  /** Reviews actually in the records: {@value #SUBJECTS} times 3. */
  public static final int REVIEWS_GENERATED = SUBJECTS * GeneratedRecords.REVIEWS_PER_SUBJECT;
  /** The generator's seed: the same records on every run. */
  public static final long SEED = 20261127L;

  private static final RecordsNdjson NDJSON = RecordsNdjson.standard();

  /** The NDJSON file of every child, written once per trial and deleted after it. */
  @State(Scope.Benchmark)
  public static class ReviewsFile {
    Path file;

    /**
     * Writes the file, generating one child at a time.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      file = Files.createTempFile("oba-ndjson-bench-", ".ndjson");
      try (Stream<SubjectRecords> groups = GeneratedRecords.stream(SUBJECTS, SEED);
          BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        NDJSON.write(groups, writer);
      }
      long size = Files.size(file);
      System.out.printf("%nNDJSON file: %,d bytes (%.1f MB), %,d children, %,d reviews,"
          + " max heap %,d MB%n", size, size / 1e6, SUBJECTS, REVIEWS_GENERATED,
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /**
     * Deletes the file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** Every child's records in memory, generated once per trial. */
  @State(Scope.Benchmark)
  public static class ReviewsInMemory {
    List<SubjectRecords> records;

    /** Generates the records. */
    @Setup(Level.Trial)
    public void setUp() {
      records = GeneratedRecords.generate(SUBJECTS, SEED);
    }
  }

  /**
   * Streams the file, one subject at a time, and counts its reviews.
   *
   * @param state the file
   * @return the number of reviews read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long readNdjson(ReviewsFile state) throws IOException {
    long reviews = countReviews(state.file);
    if (reviews != REVIEWS_GENERATED) {
      throw new IllegalStateException("read " + reviews + " reviews, not " + REVIEWS_GENERATED);
    }
    return reviews;
  }

  /**
   * Writes every child's records to a writer that counts the characters.
   *
   * @param state the records
   * @return the number of characters written
   */
  @Benchmark
  public long writeNdjson(ReviewsInMemory state) {
    CountingWriter writer = new CountingWriter();
    NDJSON.write(state.records.stream(), writer);
    return writer.count();
  }

  /**
   * Streams an NDJSON file with {@link RecordsNdjson#read} and counts its reviews.
   *
   * @param file the file
   * @return the number of reviews
   * @throws IOException if the file cannot be read
   */
  static long countReviews(Path file) throws IOException {
    long reviews;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Stream<SubjectRecords> groups = NDJSON.read(reader)) {
      reviews = groups.mapToLong(group -> group.reviews().size()).sum();
    }
    return reviews;
  }

  /** A writer that discards what it is given and counts the characters. */
  static final class CountingWriter extends Writer {
    private long count;

    @Override
    public void write(char[] buffer, int offset, int length) {
      count += length;
    }

    @Override
    public void write(String text) {
      count += text.length();
    }

    @Override
    public void write(String text, int offset, int length) {
      count += length;
    }

    @Override
    public void write(int c) {
      count++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /**
     * Returns the number of characters written.
     *
     * @return the count
     */
    long count() {
      return count;
    }
  }
}
