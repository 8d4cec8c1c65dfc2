package org.obaframework.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.records.SubjectRecords;

/** What the tests of NDJSON reads compare: the groups a read gave, then how it failed. */
final class NdjsonReads {
  private NdjsonReads() {}

  /**
   * What a read gave: the groups before it failed (all of them if it did not), and the failure's
   * type, words and problems.
   */
  record Outcome(List<SubjectRecords> groups, @Nullable String failure, List<Problem> problems) {
    static Outcome of(List<SubjectRecords> groups, @Nullable RuntimeException failure) {
      if (failure == null) {
        return new Outcome(groups, null, List.of());
      }
      if (!(failure instanceof JsonFormatException || failure instanceof UncheckedIOException)) {
        throw failure;
      }
      List<Problem> problems = failure instanceof JsonFormatException format
          ? format.problems() : List.of();
      Throwable cause = failure.getCause();
      return new Outcome(groups, failure.getClass().getName() + ": " + failure.getMessage()
          + (cause == null ? "" : " / " + cause.getClass().getName()), problems);
    }
  }

  /** Takes groups one by one, as far as the stream goes. */
  static Outcome iterate(Supplier<Stream<SubjectRecords>> read) {
    List<SubjectRecords> groups = new ArrayList<>();
    try (Stream<SubjectRecords> stream = read.get()) {
      Iterator<SubjectRecords> each = stream.iterator();
      while (each.hasNext()) {
        groups.add(each.next());
      }
      return Outcome.of(groups, null);
    } catch (RuntimeException e) {
      return Outcome.of(groups, e);
    }
  }

  /** Reads every group with {@code toList()}: all of them, or none and the failure. */
  static Outcome whole(Supplier<Stream<SubjectRecords>> read) {
    try (Stream<SubjectRecords> stream = read.get()) {
      return Outcome.of(stream.toList(), null);
    } catch (RuntimeException e) {
      return Outcome.of(List.of(), e);
    }
  }

  /** Reads a file as a stream of bytes, with {@link RecordsNdjson#read(InputStream)}. */
  static Stream<SubjectRecords> overStream(RecordsNdjson ndjson, Path file) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ndjson.read(in).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Cuts a file read with {@link RecordsNdjson#read(Path)} into as many parts as its
   * spliterator allows, splitting every part until none splits, and reads the parts one after
   * another, last first, each on a thread of its own: what the parallel read gives at its
   * finest, with every part read on its own.
   *
   * @return what the parts gave, in the file's order (the groups of the parts before the first
   *     failure, counted from the file's start), and how many parts there were
   */
  static Parts inParts(RecordsNdjson ndjson, Path file) {
    try (Stream<SubjectRecords> stream = ndjson.read(file)) {
      List<Spliterator<SubjectRecords>> parts = new ArrayList<>();
      split(stream.spliterator(), parts);
      List<List<SubjectRecords>> read = new ArrayList<>();
      RuntimeException failure = null;
      for (int i = parts.size() - 1; i >= 0; i--) {
        Spliterator<SubjectRecords> part = parts.get(i);
        List<SubjectRecords> groups = new ArrayList<>();
        read.add(0, groups);
        RuntimeException[] failed = new RuntimeException[1];
        Thread reader = new Thread(() -> {
          try {
            part.forEachRemaining(groups::add);
          } catch (RuntimeException e) {
            failed[0] = e;
          }
        });
        reader.start();
        try {
          reader.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        if (failed[0] != null) {
          failure = failed[0];
        }
      }
      List<SubjectRecords> all = new ArrayList<>();
      read.forEach(all::addAll);
      return new Parts(failure == null ? Outcome.of(all, null) : Outcome.of(List.of(), failure),
          parts.size());
    }
  }

  /** What reading a file's parts gave, and how many parts it was cut into. */
  record Parts(Outcome outcome, int count) {}

  private static void split(Spliterator<SubjectRecords> part,
      List<Spliterator<SubjectRecords>> parts) {
    Spliterator<SubjectRecords> prefix = part.trySplit();
    if (prefix == null) {
      parts.add(part);
      return;
    }
    split(prefix, parts);
    split(part, parts);
  }

  static Stream<SubjectRecords> overReader(RecordsNdjson ndjson, Path file) {
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ndjson.read(reader).onClose(() -> {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
