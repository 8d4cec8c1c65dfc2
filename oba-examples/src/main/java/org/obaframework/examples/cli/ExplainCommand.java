package org.obaframework.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Redaction;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.change.BetterOffEvaluator;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.Decision;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.examples.html.FamilyFeedback;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code oba explain}: one child's, family's or episode's decision on a better-off measure,
 * explained, as the report card of the period counts it.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    versionProvider = Oba.Version.class,
    description = {"Decides one better-off measure for one child, family or episode and explains "
        + "the decision the report card of the period counts: which episodes are judged, who is "
        + "eligible, which reviews are compared, each indicator's change and the rule that "
        + "judges it.",
        "",
        "The explanation shows the subject's rated values: it is for the practitioner, the "
        + "family and auditors, not for publication. --format feedback puts it in plain words "
        + "for the family."},
    footerHeading = "%nExamples:%n",
    footer = {"  oba explain IFS-F001 --measure IFS-STABLE-HOME",
        "  oba explain IFS-E001 --measure IFS-STABLE-HOME    (an episode's id)",
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

  @Parameters(index = "0", paramLabel = "ID",
      description = "The pseudonymous id of a child or family, of a member of a family, or of "
          + "an episode (for a measure that counts episodes, that episode's decision; for "
          + "another, the decision that judges it).")
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
    SubjectRecords group = found.orElseThrow(() -> CliException.invalid("no subject, family "
        + "member or episode " + Redaction.id(subject) + " in " + inputs.recordsSource()));
    // The decisions the report card of the period counts: on the episodes open in it.
    LocalDate last = inputs.period().end().isBefore(inputs.asOf()) ? inputs.period().end()
        : inputs.asOf();
    List<Decision> decisions = evaluator.decide(group, inputs.period().start(), last);
    if (decisions.isEmpty()) {
      throw CliException.invalid("no decision on measure " + definition.code() + " for "
          + shown(subject) + ": no episode of programme " + definition.programme()
          + " open in " + inputs.period() + " by " + last);
    }
    boolean episode = group.episode(subject).isPresent();
    List<Decision> own = decisions.stream().filter(d -> d.unitId().equals(subject)
        || episode && d.episodes().contains(subject)).toList();
    if (episode && own.isEmpty()) {
      throw CliException.invalid("measure " + definition.code() + " does not judge episode "
          + shown(subject) + " in " + inputs.period() + ": it judges "
          + judged(definition.measure()) + ", and "
          + String.join(", ", decisions.stream().map(this::judgedIn).toList()));
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
      note(definition.measure(), group, shown, own.isEmpty(), episode).ifPresent(note ->
          text.append(note).append("\n\n"));
      List<String> parts = new ArrayList<>();
      for (Decision decision : shown) {
        parts.add(decision.explain());
      }
      text.append(String.join("\n\n", parts)).append('\n');
    }
    Output.write(out, spec().commandLine().getOut(), text.toString());
    return Oba.OK;
  }

  /**
   * Says why the decisions shown are not the id's own, or which decision judges an episode: never
   * "X is a member of X".
   */
  private Optional<String> note(BetterOffMeasure measure, SubjectRecords group,
      List<Decision> shown, boolean others, boolean episode) {
    String unit = measure.countingUnit().name().toLowerCase(Locale.ROOT);
    if (episode && measure.countingUnit() != CountingUnit.EPISODE) {
      return Optional.of("Measure " + measure.code() + " judges " + judged(measure)
          + "; episode " + subject + " is judged in the decision on "
          + String.join(" and ", shown.stream().map(d -> unit + " " + d.unitId()).toList())
          + ", which follows.");
    }
    if (!others) {
      return Optional.empty();
    }
    String whose = group.subject().id().equals(subject)
        ? group.subject().kind().name().toLowerCase(Locale.ROOT) + " " + subject + "'s"
        : subject + " is a member of " + group.subject().kind().name().toLowerCase(Locale.ROOT)
            + " " + group.subject().id() + ", whose";
    return Optional.of("Measure " + measure.code() + " is decided per " + unit + "; " + whose
        + " " + (shown.size() == 1 ? "decision follows." : "decisions follow."));
  }

  /** What a measure judges: "each episode", or "each child on its latest episode". */
  private static String judged(BetterOffMeasure measure) {
    if (measure.countingUnit() == CountingUnit.EPISODE) {
      return "each episode";
    }
    String unit = measure.countingUnit().name().toLowerCase(Locale.ROOT);
    return "each " + unit + " on " + switch (measure.episodeChoice()) {
      case LATEST -> "its latest episode";
      case FIRST -> "its first episode";
      case LONGEST -> "its longest episode in the period";
      case ANY -> "each of its episodes, better off if in any";
      case ALL -> "each of its episodes, better off if in all";
    };
  }

  /** "child C-1 on episode E-2", or "child C-1 on episodes E-1, E-2". */
  private String judgedIn(Decision decision) {
    List<String> episodes = decision.episodes();
    return decision.unit().name().toLowerCase(Locale.ROOT) + " " + decision.unitId() + " on "
        + (episodes.size() == 1 ? "episode " : "episodes ") + String.join(", ", episodes);
  }

  /** An id as messages show it: itself when it is an id, else described. */
  private static String shown(String id) {
    return Redaction.isId(id) ? id : Redaction.id(id);
  }

  private boolean matches(SubjectRecords group) {
    if (group.subject().id().equals(subject) || group.episode(subject).isPresent()) {
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
