package org.obaframework.examples.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.curve.SeriesUnit;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.examples.html.CardLabels;
import org.obaframework.examples.html.HtmlReportCard;
import org.obaframework.json.ReportCardJson;
import org.obaframework.json.TidyCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oba report}: the report card of a framework's measures over records. */
@Command(name = "report", mixinStandardHelpOptions = true,
    versionProvider = Oba.Version.class,
    description = {"Evaluates the measures over the records and prints the report card: each "
        + "measure with its counts, percent and Wilson interval, in its quadrant, and a "
        + "breakdown table per --by, under disclosure control."},
    footerHeading = "%nExamples:%n",
    footer = {"  oba report",
        "  oba report --by local-authority --disclosure dfe",
        "  oba report --by local-authority:at-period-end --by attribute:age-band",
        "  oba report --by delivery-model+attribute:sex --disclosure ons",
        "  oba report --by quarter --format csv --out cells.csv",
        "  oba report --by local-authority --disclosure dfe --format html --out card.html",
        "  oba report --format html --lang cy --history-periods 3 --out cerdyn.html",
        "  oba report --format html --lang cy+en --out cerdyn.html",
        "  oba report --format html --lang cy,en --out card.html",
        "  oba report --format html --series IFS-STABLE-HOME=stable.csv --out card.html",
        "  oba report --records r.ndjson --period FY2025 --format json --out c.json",
        "  OBA_JDBC_USER=oba OBA_JDBC_PASSWORD=... oba report --jdbc "
            + "jdbc:postgresql://localhost/cms --period FY2025 --publish ifs",
        Oba.EXIT_CODES})
final class ReportCommand extends DataCommand {
  /** The formats of a report card. */
  enum Format {
    /** Aligned text tables. */
    TEXT,
    /** The ReportCardJson document. */
    JSON,
    /** Tidy CSV of the cells the card shows. */
    CSV,
    /** A self-contained, accessible HTML page (HtmlReportCard). */
    HTML
  }

  /** Reads {@link Format}. */
  static final class FormatConverter extends Converters.Named<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  @Mixin
  MeasuresOption measuresOption = new MeasuresOption();

  @Mixin
  CardOptions card = new CardOptions();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (aligned tables), json (the ReportCardJson document), csv (tidy "
          + "cells, TidyCsv) or html (a self-contained, accessible page). Default: "
          + "${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report card to FILE. Default: standard output.")
  @Nullable Path out;

  @Mixin
  LanguagesOption languages = new LanguagesOption();

  @Option(names = "--history-periods", paramLabel = "N",
      description = "With --format html: also evaluate the N periods before --period, of the "
          + "same kind (year, quarter or month), from the same records, and draw each headline "
          + "measure's curve on the card: those values make a linear-trend baseline, and the "
          + "card's value gets its verdict.")
  @Nullable Integer history;

  @Option(names = "--series", paramLabel = "CODE=FILE",
      description = "With --format html (repeatable): the earlier values of measure CODE, from "
          + "a CSV file as oba curve --series reads (period,value[,numerator,denominator]), "
          + "all before --period; the card draws the measure's curve and judges its value.")
  Map<String, Path> series = new LinkedHashMap<>();

  @Option(names = "--publish", paramLabel = "CARD",
      description = "With --jdbc: also write the card's published cells (after disclosure "
          + "control) into the database's oba_published_cell table under the name CARD, "
          + "replacing that card's cells of the same period and as-of date in one transaction.")
  @Nullable String publish;

  @Override
  public Integer call() {
    refuseInputsAsOut(out, measuresOption);
    Inputs inputs = inputs(measuresOption);
    String jdbc = inputs.jdbc();
    if (publish != null && jdbc == null) {
      throw new picocli.CommandLine.ParameterException(spec().commandLine(),
          "--publish writes to the database of --jdbc; expected --jdbc URL with it");
    }
    if ((history != null || !series.isEmpty() || !languages.isEnglish())
        && format != Format.HTML) {
      throw new picocli.CommandLine.ParameterException(spec().commandLine(),
          "--lang, --history-periods and --series are for the HTML card; expected --format "
              + "html");
    }
    if (history != null && history < 1) {
      throw new picocli.CommandLine.ParameterException(spec().commandLine(),
          "Invalid value for option '--history-periods': " + history
              + "; expected 1 or more");
    }
    List<Path> pages = languages.pages(spec().commandLine(), out);
    pages.forEach(page -> refuseInputsAsOut(page, measuresOption));
    ReportCard report = card.card(inputs);
    if (publish != null && jdbc != null) {
      int cells = Database.publish(jdbc, publish, report);
      spec().commandLine().getErr().println("Published " + cells + " cells of card "
          + org.obaframework.core.Redaction.id(publish) + " to " + Database.describe(jdbc));
    }
    if (format == Format.HTML) {
      HtmlReportCard card = html(report, inputs);
      languages.write(spec().commandLine(), out, pages, (locales, translation) -> translation
          .map(t -> card.withLanguages(locales).withTranslation(t.language(), t.href()))
          .orElseGet(() -> card.withLanguages(locales)).render());
      return Oba.OK;
    }
    Output.write(out, spec().commandLine().getOut(), render(report, inputs));
    return Oba.OK;
  }

  private String render(ReportCard report, Inputs inputs) {
    switch (format) {
      case JSON:
        return ReportCardJson.write(report);
      case CSV:
        StringWriter csv = new StringWriter();
        TidyCsv.reportCells(report, csv);
        return csv.toString();
      default:
        String text = report.toText();
        return text.endsWith("\n") ? text : text + "\n";
    }
  }

  /** The HTML card: labels from the framework, curves from --history-periods and --series. */
  private HtmlReportCard html(ReportCard report, Inputs inputs) {
    CardLabels labels = CardLabels.of(inputs.framework(), inputs.measures());
    HtmlReportCard page = HtmlReportCard.of(report).withLabels(labels)
        .withSource(source(inputs))
        .withLanguages(languages.ofPage());
    if (history != null) {
      page = page.withHistory(earlier(inputs, report));
    }
    for (Map.Entry<String, Path> each : series.entrySet()) {
      String code = each.getKey();
      ReportLine line = report.line(code).orElseThrow(() -> CliException.invalid("--series "
          + Redaction.code(code) + ": the card has no measure of that code; expected one of "
          + report.lines().stream().map(ReportLine::code).toList()));
      SeriesCsv csv = SeriesCsv.read(Inputs.read(each.getValue(), "--series",
          inputs.limits()));
      if (!csv.problems().isEmpty()) {
        throw CliException.invalid(each.getValue().toString(), csv.problems(), null);
      }
      try {
        Polarity polarity = inputs.framework().measure(code)
            .flatMap(PerformanceMeasure::polarity).orElse(Polarity.HIGHER_IS_BETTER);
        page = page.withHistory(TimeSeries.builder().code(code).name(Label.of(line.name()))
            .unit(line.isProportion() ? SeriesUnit.PERCENT : SeriesUnit.COUNT)
            .polarity(polarity).points(csv.points()).build());
      } catch (ValidationException e) {
        throw CliException.invalid(each.getValue().toString(), e.problems(), e);
      }
    }
    return page;
  }

  /**
   * The cards of the --history-periods periods before the card's, of the same kind, evaluated
   * from the same records in one pass, under the same options; without breakdowns.
   */
  private List<ReportCard> earlier(Inputs inputs, ReportCard report) {
    ReportingPeriod period = report.period();
    PeriodKind kind = CurveCommand.kindOf(period).orElseThrow(() ->
        new picocli.CommandLine.ParameterException(spec().commandLine(), "--history-periods "
            + "takes the periods before --period of the same kind; expected --period a year, "
            + "quarter or month, found " + period));
    List<ReportingPeriod> periods = new ArrayList<>();
    ReportingPeriod at = period;
    for (int i = 0; i < history; i++) {
      at = kind.containing(at.start().minusDays(1));
      periods.add(0, at);
    }
    List<Evaluation> evaluations = new ArrayList<>();
    for (ReportingPeriod each : periods) {
      evaluations.add(inputs.evaluation(Evaluation.builder().framework(inputs.framework())
          .period(each).asOf(each.end().isBefore(report.asOf()) ? each.end() : report.asOf())
          .addAllMeasures(inputs.measures())));
    }
    List<Results> results = inputs.collect(card.parallel, CurveCommand.all(evaluations));
    List<ReportCard> cards = new ArrayList<>();
    for (int i = 0; i < evaluations.size(); i++) {
      cards.add(ReportCard.of(evaluations.get(i), results.get(i), card.options(inputs)));
    }
    return cards;
  }

  /** Where the records came from, for the page's provenance: a file's name, not its path. */
  static String source(Inputs inputs) {
    return "Records: " + (inputs.hasRecordsFile() && inputs.jdbc() == null
        ? Path.of(inputs.recordsSource()).getFileName().toString() : inputs.recordsSource())
        + ".";
  }
}
