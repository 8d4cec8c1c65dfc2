package org.obaframework.jdbc;

import java.util.Spliterator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.ObaException;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.SubjectRecords;

/**
 * One read's subjects, shared by the threads of a stream: the rows are read under a lock, one
 * subject's at a time, and each subject's records are built (and validated) by the thread that
 * takes it, outside the lock. Failure is deferred, as oba's readers of files defer it: subjects
 * are given only while no problem is found; after the first, the rows are read to the end only
 * to find every problem, and then every thread's next call throws one {@link RowsException}
 * listing them.
 */
final class Source {
  private final RowReader reader;
  private final Problems problems;
  private final @Nullable RecordValidator validator;
  private final String episodeTable;
  private final String reviewTable;
  /** Subjects taken from the reader and not yet built: the end waits for them. */
  private int building;
  private boolean ended;
  private @Nullable RuntimeException failure;

  Source(RowReader reader, Problems problems, @Nullable RecordValidator validator,
      String episodeTable, String reviewTable) {
    this.reader = reader;
    this.problems = problems;
    this.validator = validator;
    this.episodeTable = episodeTable;
    this.reviewTable = reviewTable;
  }

  /** Returns the next subject's records, or null at the end. */
  @Nullable SubjectRecords next() {
    while (true) {
      RowReader.Group group;
      synchronized (this) {
        if (failure != null) {
          throw failure;
        }
        try {
          group = ended ? null : reader.next();
        } catch (RuntimeException e) {
          failure = e;
          throw e;
        }
        if (group == null) {
          ended = true;
          while (building > 0) {
            try {
              wait();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              failure = new ObaException("interrupted while reading records from the database");
              throw failure;
            }
          }
          if (problems.any()) {
            failure = problems.exception();
            throw failure;
          }
          return null;
        }
        building++;
      }
      SubjectRecords records;
      try {
        records = GroupBuilder.build(group, episodeTable, reviewTable, validator, problems);
      } finally {
        synchronized (this) {
          building--;
          notifyAll();
        }
      }
      if (records != null && !problems.any()) {
        return records;
      }
    }
  }

  /**
   * A spliterator of the source: splitting gives another spliterator of the same source, up to
   * twice the pool's parallelism, so that a parallel stream evaluates subjects on every thread
   * while memory holds one subject per thread (and one accumulator per spliterator).
   */
  static final class Parts implements Spliterator<SubjectRecords> {
    private final Source source;
    private final AtomicInteger parts;

    Parts(Source source) {
      this(source, new AtomicInteger(1));
    }

    private Parts(Source source, AtomicInteger parts) {
      this.source = source;
      this.parts = parts;
    }

    @Override
    public boolean tryAdvance(Consumer<? super SubjectRecords> action) {
      SubjectRecords next = source.next();
      if (next == null) {
        return false;
      }
      action.accept(next);
      return true;
    }

    @Override
    public @Nullable Spliterator<SubjectRecords> trySplit() {
      int parallelism = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool().getParallelism()
          : ForkJoinPool.getCommonPoolParallelism();
      if (parts.incrementAndGet() > 2 * parallelism) {
        parts.decrementAndGet();
        return null;
      }
      return new Parts(source, parts);
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return NONNULL;
    }
  }
}
