package org.obaframework.examples.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.change.Change;
import org.obaframework.core.change.ChangeCalculator;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.ReportCard;
import org.obaframework.json.TidyCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code oba export}: tidy CSV of ratings, child-level changes or report card cells. */
@Command(name = "export", mixinStandardHelpOptions = true,
    versionProvider = Oba.Version.class,
    description = {"Writes tidy CSV (one observation per row, a header, for R, pandas and "
        + "spreadsheets): the ratings of every review, the child-level changes, or the cells a "
        + "report card shows.",
        "",
        "ratings and changes hold children's and families' rated values with their "
        + "pseudonymous ids: treat the files as personal data. cells holds only what the card "
        + "shows under its disclosure control."},
    subcommands = {ExportCommand.Ratings.class, ExportCommand.Changes.class,
        ExportCommand.Cells.class},
    footerHeading = "%nExamples:%n",
    footer = {"  oba export ratings --out ratings.csv",
        "  oba export changes --pairing closure --rater practitioner --out changes.csv",
        "  oba export cells --by local-authority --disclosure dfe --out cells.csv",
        Oba.EXIT_CODES})
final class ExportCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  /** Without a subcommand: a usage error. */
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(Objects.requireNonNull(spec).commandLine(),
        "Missing what to export; expected one of ratings, changes, cells");
  }

  /** Options of every export. */
  static final class Target {
    @Option(names = "--out", paramLabel = "FILE",
        description = "Write the CSV to FILE, whole or not at all: through a temporary file "
            + "beside it, which replaces FILE only once the export succeeds (a device or a "
            + "pipe is written directly). Default: standard output.")
    @Nullable Path out;

    /**
     * Streams the records through {@code write} into the CSV: to {@code --out}, which is removed
     * again if the export fails, or else to standard output.
     *
     * @param inputs the data
     * @param spec the export's spec
     * @param write writes the CSV of the records to the writer
     * @throws CliException if the records cannot be read or the CSV cannot be written
     */
    void stream(Inputs inputs, CommandSpec spec,
        BiConsumer<Stream<SubjectRecords>, Writer> write) {
      Output.refuseInputs(out, Arrays.asList(inputs.inputFiles()), spec.commandLine());
      try (Output csv = Output.open(out, spec.commandLine().getOut())) {
        inputs.records(groups -> {
          write.accept(groups, csv.writer());
          return null;
        });
        csv.commit();
      } catch (UncheckedIOException e) {
        throw Output.writing(e);
      }
    }
  }

  /** {@code oba export ratings}. */
  @Command(name = "ratings", mixinStandardHelpOptions = true,
      versionProvider = Oba.Version.class,
      description = "One row per rating of every review: subject, member, episode, programme, "
          + "review, kind, assessedOn, rater, indicator, status, value, then what else the "
          + "records hold (subjectKind, subjectAttributes, memberRole, memberAttributes, "
          + "localAuthority, deliveryModel, start, end, closureReason, serviceOutputs, "
          + "recordedOn), so that oba reads the file back: oba report --records ratings.csv. "
          + "Streams NDJSON and CSV records one subject at a time.",
      footerHeading = "%nExample:%n",
      footer = {"  oba export ratings --records records.ndjson --period 2025-26 --out r.csv",
          Oba.EXIT_CODES})
  static final class Ratings extends DataCommand {
    @Mixin
    Target target = new Target();

    @Override
    public Integer call() {
      Inputs inputs = inputs(null);
      inputs.asOf();   // a usage error, if any, before writing
      target.stream(inputs, spec(), TidyCsv::ratings);
      return Oba.OK;
    }
  }

  /** {@code oba export changes}. */
  @Command(name = "changes", mixinStandardHelpOptions = true,
      versionProvider = Oba.Version.class,
      description = "One row per child-level change (each indicator, person and rater of each "
          + "episode): the start and end reviews, dates and values, the outcome (improved, no "
          + "change, deteriorated, not applicable, not paired), the difference and the reason "
          + "when not paired.",
      footerHeading = "%nExample:%n",
      footer = {"  oba export changes --pairing closure --rater practitioner --out changes.csv",
          Oba.EXIT_CODES})
  static final class Changes extends DataCommand {
    /** Which reviews are compared. */
    enum PairingName {
      /** The baseline and the latest later review. */
      LATEST,
      /** The baseline and the closure review. */
      CLOSURE,
      /** The latest review and the one before it. */
      PREVIOUS,
      /** The baseline and the latest later review within the reporting period. */
      WITHIN_PERIOD
    }

    /** Reads {@link PairingName}. */
    static final class PairingConverter extends Converters.Named<PairingName> {
      PairingConverter() {
        super(PairingName.class);
      }
    }

    @Option(names = "--pairing", paramLabel = "PAIRING", defaultValue = "latest",
        converter = PairingConverter.class,
        description = "Which reviews are compared: latest (the baseline and the latest later "
            + "review), closure, previous (the latest and the one before), within-period (the "
            + "baseline and the latest within --period). Default: ${DEFAULT-VALUE}.")
    PairingName pairing = PairingName.LATEST;

    @Option(names = "--rater", paramLabel = "RATER", defaultValue = "each",
        converter = Converters.RaterConverter.class,
        description = "Whose ratings: each (each rater separately), practitioner, "
            + "child-or-young-person, parent-or-carer or joint. Default: ${DEFAULT-VALUE}.")
    RaterChoice rater = RaterChoice.EACH_SEPARATELY;

    @Mixin
    Target target = new Target();

    @Override
    public Integer call() {
      Inputs inputs = inputs(null);
      LocalDate asOf = inputs.asOf();
      ReportingPeriod period = pairing == PairingName.WITHIN_PERIOD ? inputs.period() : null;
      Pairing chosen = switch (pairing) {
        case CLOSURE -> Pairing.closure();
        case PREVIOUS -> Pairing.previous();
        case WITHIN_PERIOD -> Pairing.latestWithin(Objects.requireNonNull(period).start(),
            period.end());
        default -> Pairing.latest();
      };
      ChangeCalculator calculator = ChangeCalculator.of(inputs.framework(),
          chosen.withRaters(rater));
      target.stream(inputs, spec(),
          (groups, writer) -> write(groups.iterator(), calculator, asOf, writer));
      return Oba.OK;
    }

    /**
     * Writes the changes subject by subject, so that records stream through; the header once.
     */
    private static void write(Iterator<SubjectRecords> groups, ChangeCalculator calculator,
        LocalDate asOf, Writer writer) {
      String header = String.join(",", TidyCsv.CHANGE_COLUMNS) + "\n";
      boolean started = false;
      try {
        while (groups.hasNext()) {
          List<Change> changes = calculator.changes(groups.next(), asOf);
          if (changes.isEmpty()) {
            continue;
          }
          StringWriter rows = new StringWriter();
          TidyCsv.changes(changes, rows);
          String text = rows.toString();
          if (!text.startsWith(header)) {
            throw new IllegalStateException("TidyCsv.changes wrote no header "
                + TidyCsv.CHANGE_COLUMNS);
          }
          writer.write(started ? text.substring(header.length()) : text);
          started = true;
        }
        if (!started) {
          writer.write(header);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code oba export cells}. */
  @Command(name = "cells", mixinStandardHelpOptions = true,
      versionProvider = Oba.Version.class,
      description = "One row per cell the report card shows (as oba report --format csv): "
          + "measure, breakdown, key, quantity, text, status, value; a hidden cell has its "
          + "symbol, such as [c], and no value.",
      footerHeading = "%nExample:%n",
      footer = {"  oba export cells --by local-authority --disclosure dfe --out cells.csv",
          Oba.EXIT_CODES})
  static final class Cells extends DataCommand {
    @Mixin
    MeasuresOption measuresOption = new MeasuresOption();

    @Mixin
    CardOptions card = new CardOptions();

    @Mixin
    Target target = new Target();

    @Override
    public Integer call() {
      refuseInputsAsOut(target.out, measuresOption);
      ReportCard report = card.card(inputs(measuresOption));
      StringWriter csv = new StringWriter();
      TidyCsv.reportCells(report, csv);
      Output.write(target.out, spec().commandLine().getOut(), csv.toString());
      return Oba.OK;
    }
  }
}
