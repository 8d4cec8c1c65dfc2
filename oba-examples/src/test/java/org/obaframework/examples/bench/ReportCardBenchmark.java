package org.obaframework.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.records.RecordsTable;
import org.obaframework.core.records.SubjectRecords;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1, in memory: evaluates the report card by local authority x indicator over {@value
 * #SUBJECTS} generated children already loaded (8 indicators, 3 reviews each, 22 local
 * authorities): for each indicator, the children with a pair (denominator), the number improved
 * (any improvement, baseline against the latest later review) and the percent, totalled and
 * broken down by local authority ({@link GeneratedRecords#evaluation()}, the question {@link
 * ReportCardSql} asks DuckDB).
 *
 * <p>One invocation evaluates every subject and makes the report card; JMH counts it as {@value
 * #SUBJECTS} operations, so the score is in subjects per second. Each subject carries {@value
 * #RATINGS_PER_SUBJECT} ratings (3 reviews of 8 indicators): ratings per second are the score
 * times {@value #RATINGS_PER_SUBJECT}.
 *
 * <p>Not run by {@code mvn verify}; see the README's Performance section for the command.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ReportCardBenchmark.SUBJECTS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class ReportCardBenchmark {
  /** Children evaluated per invocation. */
  public static final int SUBJECTS = 100_000;
  /** Ratings per child: 3 reviews of 8 indicators. */
  public static final int RATINGS_PER_SUBJECT = 24;
  /** The generator's seed: the same records on every run. */
  public static final long SEED = 20261127L;

  private List<SubjectRecords> records;
  private RecordsTable table;
  private Evaluation evaluation;

  /** Generates the records and builds the evaluation, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    records = GeneratedRecords.generate(SUBJECTS, SEED);
    table = RecordsTable.of(records.stream());
    evaluation = GeneratedRecords.evaluation();
    // Bind the measures once, outside the measurement, and check the records are evaluated.
    Results warm = evaluation.evaluate(records.subList(0, 1_000).stream());
    if (ReportCounts.of(evaluation, warm).pairs() == 0) {
      throw new IllegalStateException("no child paired: " + warm);
    }
  }

  /**
   * Evaluates every subject on one thread and makes the report card.
   *
   * @return the report card
   */
  @Benchmark
  public ReportCard sequential() {
    Results results = evaluation.evaluate(records.stream());
    return ReportCard.of(evaluation, results);
  }

  /**
   * Evaluates the subjects on the common fork-join pool and makes the report card.
   *
   * @return the report card
   */
  @Benchmark
  public ReportCard parallel() {
    Results results = evaluation.evaluate(records.parallelStream());
    return ReportCard.of(evaluation, results);
  }

  /**
   * Evaluates the same subjects held as a columnar {@link RecordsTable} on the common fork-join
   * pool (each subject's records made as the stream reaches it) and makes the report card.
   *
   * @return the report card
   */
  @Benchmark
  public ReportCard table() {
    Results results = evaluation.evaluate(table.stream().parallel());
    return ReportCard.of(evaluation, results);
  }
}
