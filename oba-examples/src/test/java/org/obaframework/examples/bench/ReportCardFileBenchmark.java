package org.obaframework.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.report.ReportCard;
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
 * Benchmark 2, file: streams an NDJSON file of {@value #SUBJECTS} generated children to the same
 * report card as {@link ReportCardBenchmark} ({@link GeneratedRecords#evaluation()}), never
 * holding the records in memory: the heap is capped at 512 MiB.
 *
 * <p>{@link #sequential} reads and evaluates on one thread; {@link #chunked} reads on one thread
 * and evaluates chunks on as many threads as there are cores ({@link ObaPaths#streamFile});
 * {@link #parts} has the calling thread and the common pool's each parse and evaluate parts of
 * the file ({@link ObaPaths#streamFileParallel}). The file is written once per trial ({@link
 * GenerateData}, with the CSV the DuckDB comparison reads) into a temporary directory deleted
 * after it. The score is in subjects per second.
 *
 * <p>Not run by {@code mvn verify}; see {@code oba-examples/PERFORMANCE.md} for the command.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ReportCardFileBenchmark.SUBJECTS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class ReportCardFileBenchmark {
  /** Children in the file. */
  public static final int SUBJECTS = 100_000;

  private Path directory;
  private GenerateData.DataFiles files;
  private Evaluation evaluation;
  private int cores;

  /**
   * Writes the files and builds the evaluation, once per trial.
   *
   * @throws IOException if the files cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("oba-file-bench-");
    files = GenerateData.write(SUBJECTS, GenerateData.SEED, directory);
    System.out.printf("%n%s%n", files.describe());
    evaluation = GeneratedRecords.evaluation();
    cores = Runtime.getRuntime().availableProcessors();
  }

  /**
   * Deletes the files.
   *
   * @throws IOException if one cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(files.ndjson());
    Files.deleteIfExists(files.csv());
    Files.deleteIfExists(directory);
  }

  /**
   * Streams the file, reading and evaluating on one thread.
   *
   * @return the report card
   */
  @Benchmark
  public ReportCard sequential() {
    return ObaPaths.streamFile(evaluation, files.ndjson(), 1).card();
  }

  /**
   * Streams the file, evaluating chunks on one thread per core.
   *
   * @return the report card
   */
  @Benchmark
  public ReportCard chunked() {
    return ObaPaths.streamFile(evaluation, files.ndjson(), cores).card();
  }

  /**
   * Streams the file in parallel, each thread of the common pool parsing and evaluating parts.
   *
   * @return the report card
   */
  @Benchmark
  public ReportCard parts() {
    return ObaPaths.streamFileParallel(evaluation, files.ndjson()).card();
  }
}
