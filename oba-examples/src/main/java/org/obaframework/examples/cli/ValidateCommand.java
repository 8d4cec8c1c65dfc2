package org.obaframework.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.FrameworkJson;
import org.obaframework.json.JsonFormatException;
import org.obaframework.json.MeasuresJson;
import org.obaframework.json.RecordsCsv;
import org.obaframework.json.RecordsJson;
import org.obaframework.json.RecordsNdjson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code oba validate}: checks the framework, the records and the measures, and prints every
 * problem of each, located, with a summary; exit code 1 when there is any.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    versionProvider = Oba.Version.class,
    description = {"Checks the framework, the records (against the framework, as of the as-of "
        + "date: nothing may be dated later) and the measures (against the framework), and "
        + "prints every problem found, "
        + "each as FILE: location, field: what was expected and what was found, then a summary. "
        + "Exits with 1 when there is any problem.",
        "",
        "When the framework has problems, the records and measures are checked for their format "
        + "only.",
        "",
        "Only the files given are checked; with none, the built-in data are. Records and "
        + "measures given without --framework are checked against the built-in framework, "
        + "which standard error names. Records from a file or a database need only --as-of."},
    footerHeading = "%nExamples:%n",
    footer = {"  oba validate",
        "  oba validate --framework framework.json",
        "  oba validate --framework fw.json --records r.ndjson --as-of 2026-03-31",
        "  oba validate --framework fw.json --records ratings.csv --as-of 2026-03-31",
        "  oba validate --framework fw.json --measures measures.json",
        Oba.EXIT_CODES})
final class ValidateCommand extends DataCommand {
  @Mixin
  MeasuresOption measuresOption = new MeasuresOption();

  /** The problems of each source, in the order checked. */
  private final Map<String, List<Problem>> problems = new LinkedHashMap<>();
  /** How many problems of each source were found beyond those listed. */
  private final Map<String, Long> unlisted = new LinkedHashMap<>();
  /** What was checked, for the summary. */
  private final List<String> checked = new ArrayList<>();
  /** The progress of reading the records. */
  private Progress progress = Progress.silent();

  @Override
  public Integer call() {
    Inputs inputs = inputs(measuresOption);
    // Usage errors first, before any file is read.
    boolean anyFile = input.framework != null || input.records != null || input.jdbc != null
        || measuresOption.file != null;
    boolean records = input.records != null || input.jdbc != null || !anyFile;
    LocalDate asOf = asOf(inputs, records);
    if (input.records != null) {
      inputs.kind(input.records);
    }
    OutcomesFramework framework = framework(inputs);
    if (records) {
      records(inputs, framework, asOf);
    }
    if (measuresOption.file != null || !anyFile) {
      measures(inputs, framework);
    }

    PrintWriter out = spec().commandLine().getOut();
    long total = 0;
    List<String> counts = new ArrayList<>();
    for (Map.Entry<String, List<Problem>> source : problems.entrySet()) {
      for (Problem problem : source.getValue()) {
        // Escaped: no text of a file can forge a line of this report, such as "No problems".
        out.println(Redaction.escape(source.getKey() + ": " + problem.message()));
      }
      long more = unlisted.getOrDefault(source.getKey(), 0L);
      total += source.getValue().size() + more;
      counts.add((source.getValue().size() + more) + " in " + Redaction.escape(source.getKey())
          + (more == 0 ? "" : " (" + more + " not listed; --max-problems lists more)"));
    }
    if (total == 0) {
      out.println("No problems: " + Redaction.escape(String.join("; ", checked)) + ".");
    } else {
      out.println(CliException.count(total, "problem") + ": " + String.join(", ", counts)
          + ".");
    }
    if (out.checkError()) {
      throw CliException.io("cannot write to standard output: the output could not be written "
          + "(a full disk, or a closed pipe)", new IOException("standard output"));
    }
    return total == 0 ? Oba.OK : Oba.INVALID_INPUT;
  }

  /**
   * Returns the as-of date of checking records: {@code --as-of}, else the end of {@code
   * --period}, else the built-in data's; records from a file or a database need one of the two.
   */
  private LocalDate asOf(Inputs inputs, boolean records) {
    if (input.asOf != null) {
      return input.asOf;
    }
    if (input.period != null) {
      return input.period.end();
    }
    if (input.records != null || input.jdbc != null) {
      throw new picocli.CommandLine.ParameterException(spec().commandLine(), "Missing option "
          + "--as-of, required with " + (input.records != null ? "--records" : "--jdbc")
          + ": records are checked as of a date (nothing may be dated later), and oba does not "
          + "read the clock. Expected an ISO date such as 2026-03-31");
    }
    return records ? inputs.embedded().get().period().end() : LocalDate.MAX;
  }

  private @Nullable OutcomesFramework framework(Inputs inputs) {
    Path file = input.framework;
    if (file == null) {
      OutcomesFramework framework = inputs.framework();
      checked.add("framework " + framework.code() + " (" + inputs.frameworkSource() + ")");
      return framework;
    }
    try {
      OutcomesFramework framework = Inputs.document(file, "--framework",
          in -> FrameworkJson.standard().withLimits(inputs.limits()).read(in));
      checked.add("framework " + framework.code() + " (" + file + ")");
      return framework;
    } catch (CliException e) {
      return failed(file.toString(), e);
    }
  }

  private void records(Inputs inputs, @Nullable OutcomesFramework framework, LocalDate asOf) {
    String source = inputs.recordsSource();
    progress = common.progress(spec().commandLine().getErr());
    Path file = input.records;
    List<Problem> found = new ArrayList<>();
    long subjects;
    if (file != null && inputs.kind(file) == Inputs.RecordsKind.JSON) {
      RecordsJson json = RecordsJson.standard().withLimits(inputs.limits());
      try {
        Records records = Inputs.document(file, "--records", in -> framework == null
            ? json.read(in) : json.read(in, framework, asOf));
        subjects = records.subjects().size();
      } catch (CliException e) {
        failed(source, e);
        return;
      }
    } else if (inputs.jdbc() != null) {
      // Every problem of the rows, each at its table, key and column.
      try {
        subjects = Database.records(inputs.jdbc(), framework == null ? null
            : RecordValidator.of(framework, asOf), groups -> groups.peek(g -> progress.subject())
                .count());
      } catch (CliException e) {
        failed(source, e);
        return;
      }
      progress.done(source);
    } else if (file != null) {
      Inputs.Found invalid = new Inputs.Found(inputs.limits().problems());
      Inputs.RecordsKind kind = inputs.kind(file);
      subjects = stream(kind == Inputs.RecordsKind.CSV
          ? RecordsCsv.standard().withLimits(inputs.limits())::read
          : RecordsNdjson.standard().withLimits(inputs.limits())::read, file, framework,
          asOf, found, invalid);
      found.addAll(Inputs.placed(file, invalid.listed(), kind));
      if (invalid.unlisted() > 0) {
        unlisted.merge(source, invalid.unlisted(), Long::sum);
      }
      progress.done(source);
    } else {
      inputs.builtIn("records");
      Inputs.Found invalid = new Inputs.Found(inputs.limits().problems());
      subjects = each(inputs.embedded(), framework, asOf, invalid);
      found.addAll(invalid.listed());
      if (invalid.unlisted() > 0) {
        unlisted.merge(source, invalid.unlisted(), Long::sum);
      }
      progress.done(source);
    }
    if (!found.isEmpty()) {
      problems.put(source, found);
    } else {
      checked.add(CliException.count(subjects, "subject") + " of records (" + source + ")"
          + (framework == null ? " for their format only" : " as of " + asOf));
    }
  }

  /** Keeps the problems of a file a reader threw, with the count of those it did not list. */
  private @Nullable OutcomesFramework failed(String source, CliException e) {
    if (!(e.getCause() instanceof ValidationException invalid)) {
      throw e;
    }
    problems.put(source, invalid.problems());
    if (invalid.unlisted() > 0) {
      unlisted.put(source, invalid.unlisted());
    }
    return null;
  }

  private long stream(java.util.function.Function<Path, Stream<SubjectRecords>> read, Path file,
      @Nullable OutcomesFramework framework, LocalDate asOf, List<Problem> found,
      Inputs.Found invalid) {
    // Read by its path: bytes that are not UTF-8 are a problem of their line (exit code 1).
    try (Stream<SubjectRecords> groups = read.apply(file)) {
      return each(groups, framework, asOf, invalid);
    } catch (JsonFormatException e) {
      found.addAll(e.problems());
      if (e.unlisted() > 0) {
        unlisted.merge(file.toString(), e.unlisted(), Long::sum);
      }
      return -1;
    } catch (UncheckedIOException e) {
      throw Inputs.unreadable(file, "--records", e.getCause());
    }
  }

  private long each(Stream<SubjectRecords> groups, @Nullable OutcomesFramework framework,
      LocalDate asOf, Inputs.Found found) {
    RecordValidator validator = framework == null ? null : RecordValidator.of(framework, asOf);
    Iterator<SubjectRecords> each = groups.iterator();
    while (each.hasNext()) {
      SubjectRecords group = each.next();
      progress.subject();
      if (validator != null) {
        found.addAll(validator.validate(group));
      }
    }
    return progress.subjects();
  }

  private long each(java.util.function.Supplier<DataSet> embedded,
      @Nullable OutcomesFramework framework, LocalDate asOf, Inputs.Found found) {
    try (Stream<SubjectRecords> groups = embedded.get().records().get()) {
      return each(groups, framework, asOf, found);
    }
  }

  private void measures(Inputs inputs, @Nullable OutcomesFramework framework) {
    Path file = inputs.measuresFile();
    List<MeasureDefinition> measures;
    if (file != null) {
      MeasuresJson json = MeasuresJson.standard().withLimits(inputs.limits());
      try {
        measures = Inputs.document(file, "--measures", in -> framework == null
            ? json.read(in) : json.read(in, framework));
      } catch (CliException e) {
        failed(file.toString(), e);
        return;
      }
    } else {
      measures = inputs.measures();
    }
    if (framework == null) {
      checked.add(CliException.count(measures.size(), "measure") + " (" + inputs
          .measuresSource() + ") for their format only");
      return;
    }
    List<Problem> found = new ArrayList<>();
    for (MeasureDefinition measure : measures) {
      found.addAll(measure.problems(framework));
    }
    if (found.isEmpty()) {
      checked.add(CliException.count(measures.size(), "measure") + " (" + inputs
          .measuresSource() + ")");
    } else {
      problems.put(inputs.measuresSource(), found);
    }
  }
}
