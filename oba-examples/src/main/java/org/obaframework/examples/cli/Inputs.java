package org.obaframework.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.Breakdown;
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
import org.obaframework.json.ReadLimits;
import org.obaframework.json.RecordLines;
import org.obaframework.json.RecordsCsv;
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
  /** The kinds of data taken from the built-in data so far, each told once on standard error. */
  private final java.util.Set<String> builtIn = new java.util.HashSet<>();
  private List<Breakdown> breakdowns = List.of();

  Inputs(InputOptions options, @Nullable MeasuresOption measures, Supplier<DataSet> embedded,
      CommandSpec spec, CommonOptions common) {
    this.options = options;
    this.measuresFile = measures == null ? null : measures.file;
    this.embedded = embedded;
    this.spec = spec;
    this.common = common;
  }

  /**
   * Tells, once on standard error, that a kind of data is the built-in data's because no file
   * of that kind was given, such as {@code oba: measures: the built-in Intensive Family Support
   * (synthetic data)}.
   *
   * @param kind the kind of data: framework, records or measures
   */
  void builtIn(String kind) {
    if (builtIn.add(kind)) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("oba: " + kind + ": the built-in " + embedded.get().name()
          + " (no --" + kind + " given)");
      err.flush();
    }
  }

  /** Returns the command's spec. */
  CommandSpec spec() {
    return spec;
  }

  /** Returns the name of the framework's source: its file, or the built-in data. */
  String frameworkSource() {
    return options.framework != null ? options.framework.toString() : embedded.get().name();
  }

  /** Returns the name of the records' source: a file, a database, or the built-in data. */
  String recordsSource() {
    return options.records != null ? options.records.toString()
        : options.jdbc != null ? Database.describe(options.jdbc) : embedded.get().name();
  }

  /** Returns the name of the measures' source. */
  String measuresSource() {
    return measuresFile != null ? measuresFile.toString() : embedded.get().name();
  }

  /** Returns the input files given (framework, records, measures), with nulls for those not. */
  @Nullable Path[] inputFiles() {
    return new @Nullable Path[] {options.framework, options.records, measuresFile};
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
      if (options.framework == null) {
        builtIn("framework");
        framework = embedded.get().framework();
      } else {
        framework = readFramework(options.framework);
      }
    }
    return framework;
  }

  private OutcomesFramework readFramework(Path file) {
    return document(file, "--framework",
        in -> FrameworkJson.standard().withLimits(limits()).read(in));
  }

  /** Returns the limits of reading files that the options ask for. */
  ReadLimits limits() {
    return common.limits(spec.commandLine());
  }

  /**
   * Reads a JSON document from a file as a stream, within the limits: a document over them
   * stops being read at the limit, so that no file, however large, fills the heap.
   *
   * @param file the file
   * @param option the option that names it, for a message
   * @param read reads the document from the stream
   * @return what {@code read} returns
   * @throws CliException listing the document's problems (exit code 1), or if the file cannot
   *     be read (exit code 3)
   */
  static <T> T document(Path file, String option, Function<InputStream, T> read) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read.apply(in);
    } catch (JsonFormatException e) {
      throw CliException.invalid(file.toString(), e);
    } catch (UncheckedIOException e) {
      throw unreadable(file, option, e.getCause());
    } catch (IOException e) {
      throw unreadable(file, option, e);
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
        builtIn("measures");
        measures = embedded.get().measures();
      } else {
        OutcomesFramework fw = framework();
        MeasuresJson.Document read = document(measuresFile, "--measures",
            in -> MeasuresJson.standard().withLimits(limits()).readDocument(in, fw));
        measures = read.measures();
        breakdowns = read.breakdowns();
      }
    }
    return measures;
  }

  /**
   * Returns the breakdowns the measures file gives, if any: the report card's when no {@code
   * --by} is given.
   *
   * @return the breakdowns; empty for the built-in measures or a file that gives none
   */
  List<Breakdown> breakdowns() {
    measures();
    return breakdowns;
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
    if (options.records != null || options.jdbc != null) {
      throw new ParameterException(spec.commandLine(), "Missing option --period, required with "
          + (options.records != null ? "--records" : "--jdbc") + ": oba does not guess the "
          + "reporting period of records. Expected " + Converters.PERIOD_FORMS);
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

  /** Returns whether the records come from a file or a database, not the built-in data. */
  boolean hasRecordsFile() {
    return options.records != null || options.jdbc != null;
  }

  /** Returns the database's JDBC URL, if the records come from one. */
  @Nullable String jdbc() {
    return options.jdbc;
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
    if (options.records != null && options.jdbc != null) {
      throw new ParameterException(spec.commandLine(), "--records and --jdbc name two sources "
          + "of records; expected one");
    }
    if (options.jdbc != null) {
      result = Database.records(options.jdbc, RecordValidator.of(fw, asOf),
          groups -> use.apply(groups.peek(g -> progress.subject())));
    } else if (file != null && kind(file) == RecordsKind.JSON) {
      LocalDate at = asOf;
      Records records = document(file, "--records",
          in -> RecordsJson.standard().withLimits(limits()).read(in, fw, at));
      Stream<SubjectRecords> groups = records.groups().peek(g -> progress.subject());
      result = use.apply(groups);
    } else {
      RecordValidator validator = RecordValidator.of(fw, asOf);
      Found invalid = new Found(limits().problems());
      Function<Stream<SubjectRecords>, R> checked = groups -> {
        Stream<SubjectRecords> valid = groups.peek(g -> progress.subject()).filter(g -> {
          List<Problem> problems = validator.validate(g);
          invalid.addAll(problems);
          return problems.isEmpty();
        });
        return use.apply(valid);
      };
      if (file == null) {
        builtIn("records");
        result = checked.apply(embedded.get().records().get());
      } else if (kind(file) == RecordsKind.CSV) {
        RecordsCsv csv = RecordsCsv.standard().withLimits(limits());
        result = readStream(file, csv::read, checked, invalid, problems -> placed(file,
            problems, csv::place));
      } else {
        result = readStream(file, RecordsNdjson.standard().withLimits(limits())::read, checked,
            invalid, problems -> placed(file, problems));
      }
      if (invalid.count() > 0) {
        throw CliException.invalid(source, file == null ? invalid.listed()
            : placed(file, invalid.listed(), kind(file)), invalid.unlisted(), null);
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

  /**
   * Reads a file of records streamed one subject at a time (NDJSON, CSV): the problems of the
   * file, then those found validating its subjects, placed at their lines.
   */
  private static <R> R readStream(Path file, Function<Path, Stream<SubjectRecords>> read,
      Function<Stream<SubjectRecords>, R> use, Found invalid,
      Function<List<Problem>, List<Problem>> place) {
    try (Stream<SubjectRecords> groups = read.apply(file)) {
      return use.apply(groups);
    } catch (JsonFormatException e) {
      List<Problem> all = new ArrayList<>(e.problems());
      all.addAll(place.apply(invalid.listed()));
      throw CliException.invalid(file.toString(), all, e.unlisted() + invalid.unlisted(), e);
    } catch (UncheckedIOException e) {
      if (Output.isWriteFailure(e)) {
        throw Output.writing(e);
      }
      throw unreadable(file, "--records", e.getCause());
    }
  }

  /**
   * Places problems found by validating an NDJSON file's subjects at their records' lines, by
   * reading the file once more ({@link RecordLines}): every problem printed has a line.
   */
  static List<Problem> placed(Path file, List<Problem> problems) {
    return placed(file, problems, RecordLines::place);
  }

  /** Places problems found by validating a file's subjects at their lines, for its kind. */
  static List<Problem> placed(Path file, List<Problem> problems, RecordsKind kind) {
    return kind == RecordsKind.CSV
        ? placed(file, problems, RecordsCsv.standard()::place) : placed(file, problems);
  }

  /** Places problems at their lines by reading the file once more with {@code place}. */
  static List<Problem> placed(Path file, List<Problem> problems,
      java.util.function.BiFunction<Reader, List<Problem>, List<Problem>> place) {
    if (problems.isEmpty()) {
      return problems;
    }
    try (Reader again = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return place.apply(again, problems);
    } catch (IOException | UncheckedIOException e) {
      // The problems stand without lines rather than be lost.
      return problems;
    }
  }

  /**
   * The problems found while streaming records, kept up to a limit and counted beyond it, so
   * that a file of a million invalid subjects does not fill the heap; safe to add to from the
   * threads of a parallel stream.
   */
  static final class Found {
    private final int limit;
    private final List<Problem> listed = new ArrayList<>();
    private long unlisted;

    Found(int limit) {
      this.limit = limit;
    }

    synchronized void addAll(List<Problem> problems) {
      for (Problem problem : problems) {
        if (listed.size() < limit) {
          listed.add(problem);
        } else {
          unlisted++;
        }
      }
    }

    synchronized long count() {
      return listed.size() + unlisted;
    }

    synchronized List<Problem> listed() {
      return List.copyOf(listed);
    }

    synchronized long unlisted() {
      return unlisted;
    }
  }

  /** The formats of records files. */
  enum RecordsKind { JSON, NDJSON, CSV }

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
    if (name.endsWith(".csv")) {
      return RecordsKind.CSV;
    }
    throw new ParameterException(spec.commandLine(), "Invalid value for option '--records': '"
        + file + "' has none of the extensions; expected a RecordsJson document ending in .json, "
        + "RecordsNdjson ending in .ndjson, or CSV (the long or wide format of RecordsCsv) "
        + "ending in .csv");
  }

  /**
   * Reads a whole UTF-8 text file, such as a CSV series, within the limit of a document's
   * length: a larger file is refused before it is read.
   *
   * @throws CliException if it cannot be read (exit code 3), or is too large or not UTF-8 (exit
   *     code 1, with the place of the first byte that is not)
   */
  static String read(Path file, String option, ReadLimits limits) {
    try {
      long size = Files.size(file);
      if (size > limits.documentLength()) {
        throw CliException.invalid(file.toString(), List.of(Problem.of(
            ProblemType.MALFORMED_DOCUMENT, Item.of(Item.DOCUMENT), "(document)",
            "a file of at most " + limits.documentLength() + " bytes (--max-document-size)",
            "a file of " + size + " bytes").at("", 1, 1)), 0, null);
      }
      byte[] bytes = Files.readAllBytes(file);
      try {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw CliException.invalid(file.toString(), List.of(notUtf8(bytes)), 0, null);
      }
    } catch (IOException e) {
      throw unreadable(file, option, e);
    }
  }

  /** The problem of the first bytes of a file that are not UTF-8, at their line and column. */
  private static Problem notUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    int line = 1;
    int column = 1;
    int at = 0;
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1);
    while (in.hasRemaining()) {
      out.clear();
      // One character at a time; the call that meets bad bytes may give the character before.
      boolean error = decoder.decode(in, out, false).isError();
      if (out.position() > 0 && out.get(0) == '\n') {
        line++;
        column = 1;
      } else if (out.position() > 0) {
        column++;
      }
      at = in.position();
      if (error) {
        break;
      }
    }
    return Problem.of(ProblemType.MALFORMED_DOCUMENT, Item.of(Item.DOCUMENT), "(document)",
        "UTF-8 text", "bytes that are not UTF-8 at byte " + (at + 1)).at("", line, column);
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
