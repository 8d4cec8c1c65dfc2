package org.obaframework.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.aggregate.ReportingPeriod;
import picocli.CommandLine.Option;

/**
 * Where a command's data comes from: framework and records files (each, when not given, the
 * built-in data's), the reporting period and the as-of date.
 */
final class InputOptions {
  @Option(names = "--framework", paramLabel = "FILE",
      description = "The outcomes framework, a FrameworkJson document. Default: the built-in "
          + "framework (standard error says so).")
  @Nullable Path framework;

  @Option(names = "--records", paramLabel = "FILE",
      description = "The records: a RecordsJson document (.json), RecordsNdjson (.ndjson) or "
          + "CSV (.csv: the long format of oba export ratings, one rating a row, or the wide "
          + "format, one review a row and one column per indicator; see RecordsCsv), NDJSON "
          + "and CSV read one subject at a time; validated against the framework. Default: the "
          + "built-in records.")
  @Nullable Path records;

  @Option(names = "--jdbc", paramLabel = "URL",
      description = "Read the records from a database with the case-management schema of "
          + "oba-examples (org.obaframework.examples.cms), one client at a time with "
          + "server-side cursors, instead of --records: a JDBC URL such as "
          + "jdbc:postgresql://localhost/cms. The user and password come from the environment "
          + "variables OBA_JDBC_USER and OBA_JDBC_PASSWORD, and are never printed.")
  @Nullable String jdbc;

  @Option(names = "--period", paramLabel = "PERIOD", converter = Converters.PeriodConverter.class,
      description = "The reporting period: " + Converters.PERIOD_FORMS + ". Default: the "
          + "built-in data's period; required with --records and --jdbc (except by validate, "
          + "which needs only an as-of date).")
  @Nullable ReportingPeriod period;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "The as-of date (ISO, such as 2026-03-31): nothing dated later is seen "
          + "(validate reports records dated later). Default: the last day of the period; oba "
          + "never reads the clock.")
  @Nullable LocalDate asOf;
}
