package org.obaframework.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.records.RecordsTable;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.ReportCard;
import org.obaframework.json.RecordsNdjson;

/**
 * The ways oba answers the report card question that the benchmarks, the DuckDB comparison and
 * the scale curve time: from records in memory, and streaming an NDJSON file. Each returns the
 * {@link ReportCard} (so the work measured includes making it) and the counts read from the same
 * results.
 *
 * <p>Streaming a file has two parallel ways. {@link #streamFile} with several threads reads the
 * file on the calling thread, one subject at a time, and evaluates chunks of {@value #CHUNK}
 * subjects on worker threads, merging their {@link Results} (which are mergeable: the merged
 * results equal a sequential evaluation's). At most {@code 2 x threads} chunks are in flight, so
 * the heap holds a bounded number of subjects whatever the file's size; {@code Stream.parallel()}
 * on a {@link java.io.Reader}'s stream would instead buffer ever larger batches.
 *
 * <p>{@link #streamFileParallel} instead evaluates {@link RecordsNdjson#read(Path)}'s stream in
 * parallel: its spliterator cuts the file's bytes in two at a subject's line, and the halves
 * again as the stream's framework asks, and the calling thread and those of the common fork-join
 * pool each parse a part and evaluate its subjects themselves, so no thread hands subjects to
 * another and no one thread reads the whole file. Each part streams through a buffer, and the
 * unordered evaluation keeps no subjects, so the heap stays bounded too.
 */
public final class ObaPaths {
  /** Subjects per chunk when streaming in parallel. */
  public static final int CHUNK = 2_000;

  private static final RecordsNdjson NDJSON = RecordsNdjson.standard();

  private ObaPaths() {}

  /**
   * A report card and its counts.
   *
   * @param card the report card
   * @param counts the counts of its better-off cells
   */
  public record Answer(ReportCard card, ReportCounts counts) {}

  /**
   * Evaluates records in memory and makes the report card.
   *
   * @param evaluation the evaluation
   * @param records the records
   * @param parallel whether to use {@code parallelStream()} (the common fork-join pool)
   * @return the answer
   */
  public static Answer inMemory(Evaluation evaluation, List<SubjectRecords> records,
      boolean parallel) {
    Results results = evaluation.evaluate(parallel ? records.parallelStream() : records.stream());
    return answer(evaluation, results);
  }

  /**
   * Streams an NDJSON file, evaluates every subject and makes the report card.
   *
   * @param evaluation the evaluation
   * @param ndjson the file
   * @param threads worker threads; 1 evaluates on the reading thread
   * @return the answer
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Answer streamFile(Evaluation evaluation, Path ndjson, int threads) {
    try (BufferedReader reader = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8);
        Stream<SubjectRecords> groups = NDJSON.read(reader)) {
      Results results = threads <= 1 ? evaluation.evaluate(groups)
          : inChunks(evaluation, groups.iterator(), threads);
      return answer(evaluation, results);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Streams an NDJSON file in parallel, the calling thread and those of the common fork-join pool
   * each parsing a part of the file and evaluating its subjects, and makes the report card.
   *
   * @param evaluation the evaluation
   * @param ndjson the file
   * @return the answer
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Answer streamFileParallel(Evaluation evaluation, Path ndjson) {
    try (Stream<SubjectRecords> groups = NDJSON.read(ndjson)) {
      return answer(evaluation, evaluation.evaluate(groups.parallel()));
    }
  }

  /**
   * Reads an NDJSON file into memory.
   *
   * @param ndjson the file
   * @return every subject's records
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<SubjectRecords> load(Path ndjson) {
    try (BufferedReader reader = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
      return NDJSON.readAll(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an NDJSON file into a columnar table, one subject at a time: the file's records are
   * never all objects at once.
   *
   * @param ndjson the file
   * @return the table
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RecordsTable loadTable(Path ndjson) {
    try (BufferedReader reader = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8);
        Stream<SubjectRecords> groups = NDJSON.read(reader)) {
      return RecordsTable.of(groups);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Evaluates a columnar table, each subject's records made as the stream reaches it, and makes
   * the report card.
   *
   * @param evaluation the evaluation
   * @param table the table
   * @return the answer
   */
  public static Answer table(Evaluation evaluation, RecordsTable table) {
    return answer(evaluation, evaluation.evaluate(table.stream().parallel()));
  }

  private static Answer answer(Evaluation evaluation, Results results) {
    return new Answer(ReportCard.of(evaluation, results), ReportCounts.of(evaluation, results));
  }

  private static Results inChunks(Evaluation evaluation, Iterator<SubjectRecords> groups,
      int threads) {
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Results>> pending = new ArrayDeque<>();
      Results results = Results.empty();
      while (groups.hasNext()) {
        List<SubjectRecords> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && groups.hasNext()) {
          chunk.add(groups.next());
        }
        pending.add(workers.submit(() -> evaluation.evaluate(chunk.stream())));
        while (pending.size() > 2 * threads) {
          results = results.merge(get(pending.removeFirst()));
        }
      }
      while (!pending.isEmpty()) {
        results = results.merge(get(pending.removeFirst()));
      }
      return results;
    } finally {
      workers.shutdownNow();
    }
  }

  private static Results get(Future<Results> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while evaluating a chunk", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException("a chunk's evaluation failed", cause);
    }
  }
}
