package org.obaframework.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.FrameworkJson;
import org.obaframework.json.JsonFormatException;
import org.obaframework.json.MeasuresJson;
import org.obaframework.json.RecordsJson;
import org.obaframework.json.RecordsNdjson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command's data, loaded on first use from the files its options name, or else from the
 * built-in data. Failures become {@link CliException}s naming the file: its problems (exit code
 * 1) or what could not be read (exit code 3). Not thread-safe: one per command run.
 */
final class Inputs {
  private final InputOptions options;
  private final @Nullable Path measuresFile;
  private final Supplier<DataSet> embedded;
  private final CommandSpec spec;
  private final CommonOptions common;
  private @Nullable OutcomesFramework framework;
  private @Nullable List<MeasureDefinition> measures;

  Inputs(InputOptions options, @Nullable MeasuresOption measures, Supplier<DataSet> embedded,
      CommandSpec spec, CommonOptions common) {
    this.options = options;
    this.measuresFile = measures == null ? null : measures.file;
    this.embedded = embedded;
    this.spec = spec;
    this.common = common;
  }

  /** Returns the name of the framework's source: its file, or the built-in data. */
  String frameworkSource() {
    return options.framework != null ? options.framework.toString() : embedded.get().name();
  }

  /** Returns the name of the records' source. */
  String recordsSource() {
    return options.records != null ? options.records.toString() : embedded.get().name();
  }

  /** Returns the name of the measures' source. */
  String measuresSource() {
    return measuresFile != null ? measuresFile.toString() : embedded.get().name();
  }

  /** Returns the measures file, if one is given. */
  @Nullable Path measuresFile() {
    return measuresFile;
  }

  /**
   * Returns the framework, read and validated once.
   *
   * @throws CliException listing its problems, or if it cannot be read
   */
  OutcomesFramework framework() {
    if (framework == null) {
      framework = options.framework == null ? embedded.get().framework()
          : readFramework(options.framework);
    }
    return framework;
  }

  private static OutcomesFramework readFramework(Path file) {
    String text = read(file, "--framework");
    try {
      return FrameworkJson.standard().read(text);
    } catch (JsonFormatException e) {
      throw CliException.invalid(file.toString(), e.problems(), e);
    }
  }

  /**
   * Returns the measures of the report card, read once and checked against the framework.
   *
   * @return the measures, in report order
   * @throws CliException listing the problems of the measures file, or if it cannot be read
   */
  List<MeasureDefinition> measures() {
    if (measures == null) {
      if (measuresFile == null) {
        measures = embedded.get().measures();
      } else {
        OutcomesFramework fw = framework();
        String text = read(measuresFile, "--measures");
        try {
          measures = MeasuresJson.standard().read(text, fw);
        } catch (JsonFormatException e) {
          throw CliException.invalid(measuresFile.toString(), e.problems(), e);
        }
      }
    }
    return measures;
  }

  /**
   * Builds an evaluation, which checks the measures against the framework.
   *
   * @throws CliException listing every way the measures do not fit the framework
   */
  Evaluation evaluation(Evaluation.Builder builder) {
    try {
      return builder.build();
    } catch (ValidationException e) {
      throw CliException.invalid(measuresSource() + " (against framework "
          + framework().code() + ")", e.problems(), e);
    }
  }

  /**
   * Returns the reporting period: {@code --period}, or the built-in data's when the records are
   * built in.
   *
   * @throws ParameterException if records are read from a file without {@code --period}
   */
  ReportingPeriod period() {
    if (options.period != null) {
      return options.period;
    }
    if (options.records != null) {
      throw new ParameterException(spec.commandLine(), "Missing option --period, required with "
          + "--records: oba does not guess the reporting period of a file. Expected "
          + Converters.PERIOD_FORMS);
    }
    return embedded.get().period();
  }

  /** Returns the as-of date: {@code --as-of}, else the period's last day. */
  LocalDate asOf() {
    return options.asOf != null ? options.asOf : period().end();
  }

  /** Returns the built-in data. */
  Supplier<DataSet> embedded() {
    return embedded;
  }

  /** Returns whether the records come from a file. */
  boolean hasRecordsFile() {
    return options.records != null;
  }

  /**
   * Reads the records once, validated against the framework (records dated after the as-of date
   * are not seen by an evaluation, so are no problem here), and applies {@code use} to their
   * sequential stream. NDJSON is streamed one subject at a time; a subject with problems is not
   * passed on, and every problem of the file is thrown after {@code use}.
   *
   * @param use what to do with the records
   * @return what {@code use} returns
   * @throws CliException listing the records' problems, or if they cannot be read
   */
  <R> R records(Function<Stream<SubjectRecords>, R> use) {
    OutcomesFramework fw = framework();
    // Records dated after the as-of date are out of the evaluation's sight, not errors: a report
    // as of the end of last year may be made from this year's extract. Every other check runs;
    // oba validate checks the dates against its as-of date too.
    LocalDate asOf = LocalDate.MAX;
    Progress progress = common.progress(spec.commandLine().getErr());
    String source = recordsSource();
    Path file = options.records;
    R result;
    if (file != null && kind(file) == RecordsKind.JSON) {
      String text = read(file, "--records");
      Records records;
      try {
        records = RecordsJson.standard().read(text, fw, asOf);
      } catch (JsonFormatException e) {
        throw CliException.invalid(source, e.problems(), e);
      }
      Stream<SubjectRecords> groups = records.groups().peek(g -> progress.subject());
      result = use.apply(groups);
    } else {
      RecordValidator validator = RecordValidator.of(fw, asOf);
      ConcurrentLinkedQueue<Problem> invalid = new ConcurrentLinkedQueue<>();
      Function<Stream<SubjectRecords>, R> checked = groups -> {
        Stream<SubjectRecords> valid = groups.peek(g -> progress.subject()).filter(g -> {
          List<Problem> problems = validator.validate(g);
          invalid.addAll(problems);
          return problems.isEmpty();
        });
        return use.apply(valid);
      };
      if (file == null) {
        result = checked.apply(embedded.get().records().get());
      } else {
        result = readNdjson(file, checked, invalid);
      }
      if (!invalid.isEmpty()) {
        throw CliException.invalid(source, new ArrayList<>(invalid), null);
      }
    }
    progress.done(source);
    return result;
  }

  /**
   * Reads the records as {@link #records(Function)} does and collects them; in parallel, an
   * NDJSON file is cut into parts at subjects' lines and each thread of the common fork-join pool
   * parses a part and collects its subjects ({@link RecordsNdjson#read(Path)}), so that memory
   * holds a buffer per thread however large the file, and no thread reads the whole file. Invalid
   * records found in parallel are found in no set order: the records are then read again on one
   * thread, so that the problems are listed in the file's order, as without {@code --parallel}.
   *
   * @param parallel whether to collect in parallel
   * @param collector the collector, such as {@link Evaluation#collector()}
   * @return the result
   * @throws CliException listing the records' problems, or if they cannot be read
   */
  <A, R> R collect(boolean parallel, Collector<SubjectRecords, A, R> collector) {
    if (!parallel) {
      return records(groups -> groups.collect(collector));
    }
    CliException unordered;
    try {
      return records(groups -> groups.parallel().collect(collector));
    } catch (CliException e) {
      if (e.exitCode() != Oba.INVALID_INPUT) {
        throw e;
      }
      unordered = e;
    }
    // One thread lists the problems in the file's order, and throws them.
    records(groups -> groups.collect(collector));
    throw unordered;   // the file changed between the two reads
  }

  private static <R> R readNdjson(Path file, Function<Stream<SubjectRecords>, R> use,
      ConcurrentLinkedQueue<Problem> invalid) {
    try (Stream<SubjectRecords> groups = RecordsNdjson.standard().read(file)) {
      return use.apply(groups);
    } catch (JsonFormatException e) {
      List<Problem> all = new ArrayList<>(e.problems());
      all.addAll(invalid);
      throw CliException.invalid(file.toString(), all, e);
    } catch (UncheckedIOException e) {
      if (Output.isWriteFailure(e)) {
        throw Output.writing(e);
      }
      throw unreadable(file, "--records", e.getCause());
    }
  }

  /** The two formats of records files. */
  enum RecordsKind { JSON, NDJSON }

  /**
   * Returns the format of a records file, by its extension.
   *
   * @throws ParameterException if it is neither {@code .json} nor {@code .ndjson}
   */
  RecordsKind kind(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return RecordsKind.NDJSON;
    }
    if (name.endsWith(".json")) {
      return RecordsKind.JSON;
    }
    throw new ParameterException(spec.commandLine(), "Invalid value for option '--records': '"
        + file + "' has neither extension; expected a RecordsJson document ending in .json or "
        + "RecordsNdjson ending in .ndjson");
  }

  /**
   * Reads a whole UTF-8 file.
   *
   * @throws CliException if it cannot be read (exit code 3) or is not UTF-8 (exit code 1)
   */
  static String read(Path file, String option) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw CliException.invalid(file + ": not UTF-8 text (" + option + " expects a UTF-8 JSON "
          + "document)");
    } catch (IOException e) {
      throw unreadable(file, option, e);
    }
  }

  /** Returns the failure of a file that cannot be read. */
  static CliException unreadable(Path file, String option, IOException e) {
    return CliException.io("cannot read " + option + " " + file + ": " + reason(e), e);
  }

  /** Describes an I/O failure briefly: no such file, permission denied, or the JDK's message. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
  }
}
