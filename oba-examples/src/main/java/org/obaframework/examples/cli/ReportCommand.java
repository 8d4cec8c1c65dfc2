package org.obaframework.examples.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.report.ReportCard;
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
    ReportCard report = card.card(inputs);
    if (publish != null && jdbc != null) {
      int cells = Database.publish(jdbc, publish, report);
      spec().commandLine().getErr().println("Published " + cells + " cells of card "
          + org.obaframework.core.Redaction.id(publish) + " to " + Database.describe(jdbc));
    }
    Output.write(out, spec().commandLine().getOut(), render(report, inputs));
    return Oba.OK;
  }

  private String render(ReportCard report, Inputs inputs) {
    switch (format) {
      case HTML:
        return HtmlReportCard.of(report).withSource(source(inputs)).render();
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

  /** Where the records came from, for the page's provenance: a file's name, not its path. */
  static String source(Inputs inputs) {
    return "Records: " + (inputs.hasRecordsFile() && inputs.jdbc() == null
        ? Path.of(inputs.recordsSource()).getFileName().toString() : inputs.recordsSource())
        + "; made with oba report.";
  }
}
