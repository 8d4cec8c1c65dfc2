package org.obaframework.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Redaction;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.change.BetterOffEvaluator;
import org.obaframework.core.change.Decision;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.examples.html.FamilyFeedback;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code oba explain}: one child's or family's decision on a better-off measure, explained. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    versionProvider = Oba.Version.class,
    description = {"Decides one better-off measure for one child or family and explains the "
        + "decision: who is eligible, which reviews are compared, each indicator's change and "
        + "the rule that judges it.",
        "",
        "The explanation shows the subject's rated values: it is for the practitioner, the "
        + "family and auditors, not for publication. --format feedback puts it in plain words "
        + "for the family."},
    footerHeading = "%nExamples:%n",
    footer = {"  oba explain IFS-F001 --measure IFS-STABLE-HOME",
        "  oba explain IFS-F001 --measure IFS-ATTENDANCE --format feedback",
        "  oba explain IFS-F001 --measure IFS-STABLE-HOME --format html --out f.html",
        Oba.EXIT_CODES})
final class ExplainCommand extends DataCommand {
  /** The formats of an explanation. */
  enum Format {
    /** Decision.explain(), line by line: for practitioners and auditors. */
    TEXT,
    /** Plain-language feedback a practitioner can share with the family (FamilyFeedback). */
    FEEDBACK,
    /** The feedback as a self-contained HTML page. */
    HTML
  }

  /** Reads {@link Format}. */
  static final class FormatConverter extends Converters.Named<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  @Parameters(index = "0", paramLabel = "SUBJECT-ID",
      description = "The pseudonymous id of a child or family, or of a member of a family.")
  String subject = "";

  @Option(names = "--measure", paramLabel = "CODE", required = true,
      description = "The code of a better-off measure of the report card.")
  String measure = "";

  @Mixin
  MeasuresOption measuresOption = new MeasuresOption();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (the decision explained line by line, with the rules), feedback "
          + "(plain words to share with the family) or html (the feedback as a page). Default: "
          + "${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the explanation to FILE. Default: standard output.")
  @Nullable Path out;

  @Override
  public Integer call() {
    refuseInputsAsOut(out, measuresOption);
    Inputs inputs = inputs(measuresOption);
    inputs.asOf();   // a usage error, if any, before reading
    BetterOffDefinition definition = definition(inputs.measures());
    BetterOffEvaluator evaluator = BetterOffEvaluator.of(inputs.framework(),
        definition.measure());
    Optional<SubjectRecords> found = inputs.records(
        groups -> groups.filter(this::matches).findFirst());
    SubjectRecords group = found.orElseThrow(() -> CliException.invalid("no subject or family "
        + "member " + Redaction.id(subject) + " in " + inputs.recordsSource()));
    List<Decision> decisions = evaluator.decide(group, inputs.asOf());
    List<Decision> own = decisions.stream().filter(d -> d.unitId().equals(subject)).toList();
    if (decisions.isEmpty()) {
      throw CliException.invalid("no decision on measure " + definition.code() + " for "
          + shown(subject) + ": no episode of programme " + definition.programme() + " as of "
          + inputs.asOf());
    }
    List<Decision> shown = own.isEmpty() ? decisions : own;
    FamilyFeedback feedback = FamilyFeedback.of(inputs.framework())
        .withMeasures(List.of(definition.measure()));
    StringBuilder text = new StringBuilder();
    if (format == Format.FEEDBACK) {
      text.append(feedback.toText(shown));
    } else if (format == Format.HTML) {
      text.append(feedback.toHtml(shown));
    } else {
      if (own.isEmpty()) {
        text.append("Measure ").append(definition.code()).append(" is decided per ")
            .append(definition.measure().countingUnit().name().toLowerCase(Locale.ROOT))
            .append("; ").append(subject).append(" is a member of ")
            .append(group.subject().id()).append(", whose decisions follow.\n\n");
      }
      List<String> parts = new ArrayList<>();
      for (Decision decision : shown) {
        parts.add(decision.explain());
      }
      text.append(String.join("\n\n", parts)).append('\n');
    }
    Output.write(out, spec().commandLine().getOut(), text.toString());
    return Oba.OK;
  }

  /** An id as messages show it: itself when it is an id, else described. */
  private static String shown(String id) {
    return Redaction.isId(id) ? id : Redaction.id(id);
  }

  private boolean matches(SubjectRecords group) {
    if (group.subject().id().equals(subject)) {
      return true;
    }
    for (Member member : group.subject().members()) {
      if (member.id().equals(subject)) {
        return true;
      }
    }
    return false;
  }

  private BetterOffDefinition definition(List<MeasureDefinition> measures) {
    List<String> codes = new ArrayList<>();
    for (MeasureDefinition each : measures) {
      if (each instanceof BetterOffDefinition betterOff) {
        if (betterOff.code().equals(measure)) {
          return betterOff;
        }
        codes.add(betterOff.code());
      }
    }
    throw CliException.invalid("no better-off measure '" + measure + "'; expected one of "
        + codes);
  }
}
