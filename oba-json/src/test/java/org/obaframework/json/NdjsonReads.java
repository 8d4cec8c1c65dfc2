package org.obaframework.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
