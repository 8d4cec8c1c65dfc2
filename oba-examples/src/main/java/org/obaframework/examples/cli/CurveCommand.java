package org.obaframework.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.CurveReport;
import org.obaframework.core.curve.Scenario;
import org.obaframework.core.curve.SeriesPoint;
import org.obaframework.core.curve.SeriesUnit;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.examples.html.HtmlCurvePage;
import org.obaframework.json.CurveJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code oba curve}: a measure's history, the baseline forecast of where it goes if nothing
 * changes, and the verdict of each later value: has the curve turned?
 */
@Command(name = "curve", mixinStandardHelpOptions = true,
    versionProvider = Oba.Version.class,
    description = {"Prints a measure's curve: its values period by period, a baseline made from "
        + "the first --history values (a forecast under --scenario, with a prediction interval "
        + "for a linear trend), the verdict of each later value against the forecast, the "
        + "trend, and the variance from --target.",
        "",
        "Each later value is graded against the forecast: turned (better than forecast and "
        + "outside the prediction interval), better than forecast (within the interval: moving "
        + "the right way, not yet told apart from chance), as forecast, or worse than forecast "
        + "(within or outside the interval). Differences of percents are in points (percentage "
        + "points).",
        "",
        "The values come from a CSV file (--series) or, by default, from report cards of the "
        + "records, one per period of kind --every within --period: the measure's line of each "
        + "card, as the card shows it under --disclosure (hidden values become gaps).",
        "",
        "The CSV file has the header period,value or period,value,numerator,denominator, then "
        + "one row per period in order: the period in any form of --period, the value (a "
        + "percent with --unit percent or when counts are given), and optionally the numerator "
        + "and denominator of a percent, for example:",
        "  period,value,numerator,denominator",
        "  FY2022,62.5,25,40",
        "  FY2023,70,28,40",
        "  FY2024,,33,44"},
    footerHeading = "%nExamples:%n",
    footer = {"  oba curve --measure IFS-STABLE-HOME --every month --history 6 --forecast 2",
        "  oba curve --series tenancy.csv --polarity higher --target 85 --format json",
        "  oba curve --every quarter --history 3 --format html --lang cy --out cromliniau.html",
        "  oba curve --every quarter --history 3 --format html --lang cy+en --out curves.html",
        Oba.EXIT_CODES})
final class CurveCommand extends DataCommand {
  /** The formats of a curve. */
  enum Format {
    /** CurveReport's text, with sparklines. */
    TEXT,
    /** The CurveJson document of one curve. */
    JSON,
    /** A self-contained, accessible page of the charts with their data tables (HtmlCurvePage). */
    HTML
  }

  /** Reads {@link Format}. */
  static final class FormatConverter extends Converters.Named<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  /** How to forecast. */
  enum ScenarioName {
    /** A linear trend, by the model the series' unit chooses. */
    LINEAR,
    /** The last value carried forward. */
    LAST_VALUE
  }

  /** Reads {@link ScenarioName}. */
  static final class ScenarioConverter extends Converters.Named<ScenarioName> {
    ScenarioConverter() {
      super(ScenarioName.class);
    }
  }

  /** Reads {@link SeriesUnit}. */
  static final class UnitConverter extends Converters.Named<SeriesUnit> {
    UnitConverter() {
      super(SeriesUnit.class);
    }
  }

  @Option(names = "--series", paramLabel = "FILE",
      description = "Read the values from a CSV file (see above) instead of report cards.")
  @Nullable Path series;

  @Option(names = "--measure", paramLabel = "CODE",
      description = "The measure (repeatable). From report cards, default: the headline "
          + "measures of the framework among the report card's measures. With --series: the "
          + "series' code, default SERIES.")
  List<String> measures = new ArrayList<>();

  @Option(names = "--name", paramLabel = "TEXT",
      description = "With --series: the series' name. Default: the code.")
  @Nullable String name;

  @Option(names = "--unit", paramLabel = "UNIT", converter = UnitConverter.class,
      description = "With --series: percent, count (0 or more: a log-linear trend) or "
          + "number (any value: least squares). Default: percent when a row has a numerator "
          + "and denominator, else number.")
  @Nullable SeriesUnit unit;

  @Option(names = "--every", paramLabel = "KIND", defaultValue = "quarter",
      converter = Converters.PeriodKindConverter.class,
      description = "From report cards: one card per period of this kind within --period: "
          + "quarter (financial), month, financial-year, calendar-quarter, calendar-year. "
          + "Default: ${DEFAULT-VALUE}.")
  PeriodKind every = PeriodKind.FINANCIAL_QUARTER;

  @Option(names = "--history", paramLabel = "N",
      description = "How many of the first values make the baseline's history; later values "
          + "are judged against its forecast. Default: all of them.")
  @Nullable Integer history;

  @Option(names = "--forecast", paramLabel = "N", defaultValue = "4",
      description = "How many periods after the last value to forecast too. Default: "
          + "${DEFAULT-VALUE}.")
  int forecast = 4;

  @Option(names = "--scenario", paramLabel = "SCENARIO", defaultValue = "linear",
      converter = ScenarioConverter.class,
      description = "linear (a trend with a prediction interval: logistic for percents, fitted "
          + "to their counts when known; log-linear for counts; least squares for numbers; "
          + "needs 3 values) or last-value (carried forward, without an interval). Default: "
          + "${DEFAULT-VALUE}.")
  ScenarioName scenario = ScenarioName.LINEAR;

  @Option(names = "--target", paramLabel = "VALUE",
      description = "A target for every period: the report shows the variance of the last "
          + "value from it.")
  @Nullable Double target;

  @Option(names = "--polarity", paramLabel = "POLARITY",
      converter = Converters.PolarityConverter.class,
      description = "higher or lower (is better). Default: the framework's polarity of the "
          + "measure, else higher; with --series, higher.")
  @Nullable Polarity polarity;

  @Option(names = "--made-on", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "The date the baseline is made, which versions it. Default: the last day of "
          + "the history (never the clock).")
  @Nullable LocalDate madeOn;

  @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
      converter = Converters.ConfidenceConverter.class,
      description = "The confidence of the prediction intervals. Default: ${DEFAULT-VALUE}.")
  double confidence = 0.95;

  @Option(names = "--disclosure", paramLabel = "POLICY", defaultValue = "none",
      converter = Converters.DisclosureConverter.class,
      description = "From report cards: their disclosure control (dfe, ons, stats-wales, none, "
          + "custom:...); a hidden value is a gap in the series. Default: ${DEFAULT-VALUE}.")
  DisclosurePolicy disclosure = DisclosurePolicy.NONE;

  @Option(names = "--max-periods", paramLabel = "N",
      description = "The most periods --every may make of --period, and the most --forecast "
          + "may forecast. Default: " + Evaluation.MAX_PERIODS + ".")
  int maxPeriods = Evaluation.MAX_PERIODS;

  @Option(names = "--parallel", description = "Evaluate the records in parallel.")
  boolean parallel;

  @Mixin
  MeasuresOption measuresOption = new MeasuresOption();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (CurveReport), json (the CurveJson document of one curve) or html "
          + "(a self-contained, accessible page of the charts with their data tables). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Mixin
  LanguagesOption languages = new LanguagesOption();

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the curve to FILE. Default: standard output.")
  @Nullable Path out;

  @Override
  public Integer call() {
    CommandSpec command = spec();
    if (history != null && history < 1) {
      throw new ParameterException(command.commandLine(), "Invalid value for option "
          + "'--history': " + history + "; expected 1 or more");
    }
    Limits.maxPeriods(maxPeriods, command.commandLine());
    Limits.forecast(forecast, maxPeriods, command.commandLine());
    if (series == null && (name != null || unit != null)) {
      throw new ParameterException(command.commandLine(), "--name and --unit are for a "
          + "--series file; report cards give the measure's name and unit");
    }
    if (series != null && measures.size() > 1) {
      throw new ParameterException(command.commandLine(), "--series holds one series; expected "
          + "at most one --measure with it");
    }
    refuseInputsAsOut(out, measuresOption, series);
    if (!languages.isEnglish() && format != Format.HTML) {
      throw new ParameterException(command.commandLine(), "--lang is for the HTML page; "
          + "expected --format html");
    }
    List<Path> pages = languages.pages(command.commandLine(), out);
    pages.forEach(page -> refuseInputsAsOut(page, measuresOption, series));
    Inputs inputs = inputs(measuresOption);
    List<TimeSeries> actuals = series != null ? List.of(fromCsv(series, inputs))
        : fromReportCards(inputs, command);
    if (format == Format.JSON && actuals.size() != 1) {
      throw new ParameterException(command.commandLine(), "--format json writes one curve; "
          + "expected one --measure (" + actuals.size() + " measures chosen)");
    }
    List<CurveReport.Curve> curves = new ArrayList<>();
    for (TimeSeries each : actuals) {
      curves.add(curve(withTarget(each)));
    }
    String text;
    if (format == Format.JSON) {
      CurveReport.Curve curve = curves.get(0);
      text = CurveJson.write(curve.baseline(), curve.actuals());
    } else if (format == Format.HTML) {
      // A file's name is in no language: the same in each, never marked as untranslated.
      Label title = series != null ? Label.of(series.getFileName().toString())
          .with(Label.WELSH, series.getFileName().toString()) : inputs.framework().name();
      HtmlCurvePage page = HtmlCurvePage.of(title, curves);
      languages.write(command.commandLine(), out, pages, (locales, translation) -> translation
          .map(t -> page.withLanguages(locales).withTranslation(t.language(), t.href()))
          .orElseGet(() -> page.withLanguages(locales)).render());
      return Oba.OK;
    } else {
      String title = series != null ? "Curve of " + series.getFileName()
          : inputs.framework().name().text() + ": curves, " + inputs.period() + " by "
              + Converters.name(every);
      text = CurveReport.of(title, curves).toText();
    }
    Output.write(out, command.commandLine().getOut(), text);
    return Oba.OK;
  }

  private TimeSeries fromCsv(Path file, Inputs inputs) {
    SeriesCsv csv = SeriesCsv.read(Inputs.read(file, "--series", inputs.limits()));
    if (!csv.problems().isEmpty()) {
      throw CliException.invalid(file.toString(), csv.problems(), null);
    }
    String code = measures.isEmpty() ? "SERIES" : measures.get(0);
    SeriesUnit chosen = unit != null ? unit : csv.impliedUnit();
    try {
      return TimeSeries.builder().code(code).name(Label.of(name != null ? name : code))
          .unit(chosen).polarity(polarity != null ? polarity : Polarity.HIGHER_IS_BETTER)
          .points(csv.points()).build();
    } catch (ValidationException e) {
      throw CliException.invalid(file.toString(), e.problems(), e);
    }
  }

  private List<TimeSeries> fromReportCards(Inputs inputs, CommandSpec command) {
    OutcomesFramework framework = inputs.framework();
    List<MeasureDefinition> all = inputs.measures();
    List<MeasureDefinition> chosen = new ArrayList<>();
    if (measures.isEmpty()) {
      for (MeasureDefinition each : all) {
        if (framework.measure(each.code()).map(m -> m.role() == MeasureRole.HEADLINE)
            .orElse(false)) {
          chosen.add(each);
        }
      }
      if (chosen.isEmpty()) {
        throw new ParameterException(command.commandLine(), "Missing option --measure: the "
            + "framework names no headline measure among the report card's, "
            + all.stream().map(MeasureDefinition::code).toList());
      }
    } else {
      for (String code : measures) {
        chosen.add(all.stream().filter(m -> m.code().equals(code)).findFirst()
            .orElseThrow(() -> CliException.invalid("no measure " + Redaction.code(code) + " in "
                + inputs.measuresSource() + "; expected one of "
                + all.stream().map(MeasureDefinition::code).toList())));
      }
    }
    LocalDate asOf = inputs.asOf();
    List<Evaluation> evaluations = new ArrayList<>();
    Limits.periods(inputs.period(), every, maxPeriods, "--every", command.commandLine());
    for (ReportingPeriod part : inputs.period().split(every, maxPeriods)) {
      if (part.start().isAfter(asOf)) {
        break;   // not yet begun as of the as-of date
      }
      evaluations.add(inputs.evaluation(Evaluation.builder().framework(framework).period(part)
          .asOf(part.end().isBefore(asOf) ? part.end() : asOf).addAllMeasures(chosen)));
    }
    List<Results> results = inputs.collect(parallel, all(evaluations));
    ReportOptions options = ReportOptions.defaults().withDisclosure(disclosure);
    List<ReportCard> cards = new ArrayList<>();
    for (int i = 0; i < evaluations.size(); i++) {
      cards.add(ReportCard.of(evaluations.get(i), results.get(i), options));
    }
    List<TimeSeries> series = new ArrayList<>();
    for (MeasureDefinition measure : chosen) {
      Polarity direction = polarity != null ? polarity : framework.measure(measure.code())
          .flatMap(PerformanceMeasure::polarity).orElse(Polarity.HIGHER_IS_BETTER);
      series.add(TimeSeries.fromReportCards(measure.code(), direction, cards));
    }
    return series;
  }

  /** Evaluates several evaluations in one pass over the records. */
  static Collector<SubjectRecords, ?, List<Results>> all(List<Evaluation> evaluations) {
    List<Collector<SubjectRecords, ?, Results>> collectors = new ArrayList<>();
    evaluations.forEach(e -> collectors.add(e.collector()));
    return Collector.of(
        () -> {
          List<Object> containers = new ArrayList<>();
          collectors.forEach(c -> containers.add(c.supplier().get()));
          return containers;
        },
        (containers, group) -> {
          for (int i = 0; i < collectors.size(); i++) {
            accumulate(collectors.get(i), containers.get(i), group);
          }
        },
        (left, right) -> {
          for (int i = 0; i < collectors.size(); i++) {
            left.set(i, combine(collectors.get(i), left.get(i), right.get(i)));
          }
          return left;
        },
        containers -> {
          List<Results> results = new ArrayList<>();
          for (int i = 0; i < collectors.size(); i++) {
            results.add(finish(collectors.get(i), containers.get(i)));
          }
          return results;
        },
        Collector.Characteristics.UNORDERED);
  }

  @SuppressWarnings("unchecked")
  private static <A> void accumulate(Collector<SubjectRecords, A, Results> collector,
      Object container, SubjectRecords group) {
    collector.accumulator().accept((A) container, group);
  }

  @SuppressWarnings("unchecked")
  private static <A> Object combine(Collector<SubjectRecords, A, Results> collector,
      Object left, Object right) {
    return collector.combiner().apply((A) left, (A) right);
  }

  @SuppressWarnings("unchecked")
  private static <A> Results finish(Collector<SubjectRecords, A, Results> collector,
      Object container) {
    return collector.finisher().apply((A) container);
  }

  private TimeSeries withTarget(TimeSeries actuals) {
    if (target == null) {
      return actuals;
    }
    TimeSeries.Builder builder = TimeSeries.builder().from(actuals);
    actuals.points().forEach(p -> builder.putTargets(p.period(), target));
    return builder.build();
  }

  /** Makes the baseline from the first values and forecasts the later and further periods. */
  private CurveReport.Curve curve(TimeSeries actuals) {
    List<SeriesPoint> points = actuals.points();
    if (points.isEmpty()) {
      throw CliException.invalid("measure " + Redaction.code(actuals.code()) + " has no value to make a "
          + "baseline from" + (actuals.gaps().isEmpty() ? ""
              : ": every period is a gap (no denominator, or hidden by disclosure control)"));
    }
    int split = history == null ? points.size() : Math.min(history, points.size());
    ReportingPeriod lastOfHistory = points.get(split - 1).period();
    TimeSeries.Builder past = TimeSeries.builder().from(actuals).points(points.subList(0, split))
        .gaps(actuals.gaps().stream().filter(g -> g.end().isBefore(lastOfHistory.start()))
            .toList());
    List<ReportingPeriod> future = new ArrayList<>();
    points.subList(split, points.size()).forEach(p -> future.add(p.period()));
    ReportingPeriod last = points.get(points.size() - 1).period();
    for (int i = 0; i < forecast; i++) {
      last = next(last, actuals.code());
      future.add(last);
    }
    Scenario chosen = scenario == ScenarioName.LINEAR ? Scenario.linearTrend()
        : Scenario.carryForward();
    LocalDate made = madeOn != null ? madeOn : lastOfHistory.end();
    return new CurveReport.Curve(actuals, Baseline.of(past.build(), chosen, future, confidence,
        made));
  }

  /** The kind of a period that is a whole month, quarter or year. */
  static java.util.Optional<PeriodKind> kindOf(ReportingPeriod period) {
    return List.of(PeriodKind.MONTH, PeriodKind.FINANCIAL_QUARTER, PeriodKind.CALENDAR_QUARTER,
            PeriodKind.FINANCIAL_YEAR, PeriodKind.CALENDAR_YEAR).stream()
        .filter(kind -> kind.containing(period.start()).equals(period)).findFirst();
  }

  /** The period after one of a standard kind: the next month, quarter or year. */
  private static ReportingPeriod next(ReportingPeriod period, String code) {
    java.util.Optional<PeriodKind> kind = kindOf(period);
    if (kind.isPresent()) {
      return kind.get().containing(period.end().plusDays(1));
    }
    throw CliException.invalid("cannot forecast the periods after " + period + " of "
        + code + ": it is not a whole month, quarter or year; expected --forecast 0 or "
        + "standard periods");
  }
}
