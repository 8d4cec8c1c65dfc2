package org.obaframework.examples.cli;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.records.SubjectRecords;

/**
 * The data a command uses for every input not given as a file: a framework, its records, the
 * measures of its report card and its reporting period.
 *
 * <pre>{@code
 * CommandLine oba = Oba.commandLine(() -> new DataSet("demo", framework,
 *     () -> records.groups(), measures, ReportingPeriod.financialYear(2025)));
 * }</pre>
 *
 * <p>Immutable and thread-safe if the record supplier is.
 *
 * @param name what the data is, as messages name it, such as {@code built-in Intensive Family
 *     Support data}
 * @param framework the framework
 * @param records supplies a new stream of the records, one group per subject, at each call
 * @param measures the measures of the report card, in report order
 * @param period the reporting period the records are for
 */
public record DataSet(String name, OutcomesFramework framework,
    Supplier<Stream<SubjectRecords>> records, List<MeasureDefinition> measures,
    ReportingPeriod period) {
  /**
   * Copies the measures.
   *
   * @throws NullPointerException if any argument is null
   */
  public DataSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(records, "records");
    measures = List.copyOf(measures);
    Objects.requireNonNull(period, "period");
  }
}
