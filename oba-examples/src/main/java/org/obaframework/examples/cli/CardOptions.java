package org.obaframework.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import picocli.CommandLine.Option;

/** How a report card is made: breakdowns, disclosure control, confidence, title, parallelism. */
final class CardOptions {
  @Option(names = "--by", paramLabel = "BREAKDOWN",
      converter = Converters.BreakdownConverter.class,
      description = "Break every measure down (repeatable): " + Converters.BREAKDOWN_FORMS
          + ". Local authority under the rule 'episode' unless another is named. Default: the "
          + "breakdowns of the --measures file, if it gives any.")
  List<Breakdown> by = new ArrayList<>();

  @Option(names = "--disclosure", paramLabel = "POLICY",
      converter = Converters.DisclosureConverter.class, defaultValue = "none",
      description = "Disclosure control over every table: dfe (counts 1-5 hidden as [c], with "
          + "secondary suppression), ons (the 10-5 rule), stats-wales (rounded to 5), none, or "
          + "custom:threshold=N,... Default: ${DEFAULT-VALUE}.")
  DisclosurePolicy disclosure = DisclosurePolicy.NONE;

  @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
      converter = Converters.ConfidenceConverter.class,
      description = "The confidence level of the Wilson intervals. Default: ${DEFAULT-VALUE}.")
  double confidence = 0.95;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "The report card's title. Default: the framework's name.")
  @Nullable String title;

  @Option(names = "--max-periods", paramLabel = "N",
      description = "The most periods a breakdown by period (--by month, quarter, ...) may make "
          + "of the reporting period; a row is made only for a period that holds records. "
          + "Default: " + Evaluation.MAX_PERIODS + ".")
  int maxPeriods = Evaluation.MAX_PERIODS;

  @Option(names = "--parallel",
      description = "Evaluate the records in parallel, each thread reading a part of an NDJSON "
          + "file (the results are the same).")
  boolean parallel;

  /**
   * Refuses, as a usage error before any record is read, a breakdown by period that would make
   * more than {@code --max-periods} periods, such as months of the years 1 to 9999.
   */
  private void checkPeriods(Inputs inputs) {
    Limits.maxPeriods(maxPeriods, inputs.spec().commandLine());
    for (Breakdown breakdown : by) {
      if (breakdown instanceof Breakdown.ByPeriod byPeriod) {
        Limits.periods(inputs.period(), byPeriod.kind(), maxPeriods, "--by",
            inputs.spec().commandLine());
      }
    }
  }

  /**
   * Returns the report options: the title is {@code --title}, else the built-in data's name when
   * the records are built in (so that a card of synthetic data says so), else the framework's
   * name.
   */
  ReportOptions options(Inputs inputs) {
    ReportOptions options = ReportOptions.defaults().withDisclosure(disclosure)
        .withConfidence(confidence);
    if (title != null) {
      return options.withTitle(title);
    }
    return inputs.hasRecordsFile() ? options : options.withTitle(inputs.recordsSource());
  }

  /**
   * Evaluates the measures over the records, for the period as of the as-of date, broken down
   * by {@code --by}, and makes the report card.
   *
   * @param inputs the data
   * @return the card
   */
  ReportCard card(Inputs inputs) {
    ReportOptions options = options(inputs);
    checkPeriods(inputs);
    Evaluation evaluation = inputs.evaluation(Evaluation.builder()
        .framework(inputs.framework())
        .period(inputs.period())
        .asOf(inputs.asOf())
        .maxPeriods(maxPeriods)
        .addAllMeasures(inputs.measures())
        .addAllBreakdowns(by.isEmpty() ? inputs.breakdowns() : by));
    Results results = inputs.collect(parallel, evaluation.collector());
    return ReportCard.of(evaluation, results, options);
  }
}
