package org.obaframework.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.aggregate.Tally;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.stats.Interval;

/**
 * An OBA report card as published: for a period, every measure of an evaluation in its section
 * (baseline profile, How much, How well, Is anyone better off, change from baseline), with the
 * counts behind every percent, Wilson intervals, the numbers assessed, not paired, excluded and
 * not eligible, each breakdown, and the change profiles; every number after disclosure control
 * over the whole card.
 *
 * <pre>{@code
 * Results results = evaluation.evaluate(records.groups());          // the exact tallies
 * ReportCard card = ReportCard.of(evaluation, results,
 *     ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE)); // what may be published
 * System.out.println(card.toText());                                // one rendering of it
 * }</pre>
 *
 * <p><b>A value of published cells.</b> Computation, control and rendering are separate steps:
 * the evaluation's {@link Results} hold the exact tallies (for analysis inside the organisation);
 * {@link #of(Evaluation, Results, ReportOptions)} applies the {@link DisclosurePolicy} to every
 * count of the card at once and keeps only what may be published; {@link #toText()} (here), and
 * the JSON, CSV and HTML renderers of oba-json and oba-examples, render that same value. A card
 * holds no exact count that disclosure control hides: every number it holds is one an attacker
 * sees. A document read back ({@link #of(String, ReportingPeriod, LocalDate, ReportOptions, List,
 * List, List)}) is equal to the card written.
 *
 * <p><b>Disclosure control of the whole card.</b> Every count cell of the card is one count of one
 * linear system, however many tables show it (a measure's total in its line and in each
 * breakdown's total row; a local authority's row in a breakdown by local authority and as a parent
 * in a hierarchy by local authority and delivery model), with the relations that hold among them.
 * Small counts are hidden, then further counts, chosen by cost, until the audit (linear and
 * integer programming) finds that the card's published numbers leave every sensitive count a
 * range at least the policy's protection interval wide; a count hidden is hidden in every table
 * that shows it. Percents and intervals are computed from the published counts beside them, so
 * they never tell more. Rows whose counts are all hidden or 0 are folded into {@value
 * BreakdownTable#OTHER} when the policy says so. Passing earlier published cards ({@link
 * #of(Evaluation, Results, ReportOptions, List)}) audits the new card together with them.
 *
 * <p>Percents are computed from summed counts, never averaged from rows; a zero denominator has
 * no percent ({@code [z]}). Immutable and thread-safe; equal when every published part is equal.
 */
public final class ReportCard {
  private final String title;
  private final ReportingPeriod period;
  private final LocalDate asOf;
  private final ReportOptions options;
  private final List<ReportLine> lines;
  private final List<BreakdownTable> tables;
  private final List<ChangeProfile> changeProfiles;

  private ReportCard(String title, ReportingPeriod period, LocalDate asOf, ReportOptions options,
      List<ReportLine> lines, List<BreakdownTable> tables, List<ChangeProfile> changeProfiles) {
    this.title = title;
    this.period = period;
    this.asOf = asOf;
    this.options = options.title().isPresent() ? options : options.withTitle(title);
    this.lines = List.copyOf(lines);
    this.tables = List.copyOf(tables);
    this.changeProfiles = List.copyOf(changeProfiles);
  }

  /**
   * Makes the report card of an evaluation's results, with 95 % intervals and no disclosure
   * control.
   *
   * @param evaluation the evaluation
   * @param results its results
   * @return the report card
   */
  public static ReportCard of(Evaluation evaluation, Results results) {
    return of(evaluation, results, ReportOptions.defaults());
  }

  /**
   * Makes the report card of an evaluation's results.
   *
   * @param evaluation the evaluation
   * @param results its results
   * @param options confidence, disclosure control and title
   * @return the report card
   * @throws org.obaframework.core.ObaException if disclosure control cannot protect a small
   *     count (every count that could hide it is zero), which the policies of oba never meet
   */
  public static ReportCard of(Evaluation evaluation, Results results, ReportOptions options) {
    return of(evaluation, results, options, List.of());
  }

  /**
   * Makes the report card of an evaluation's results, audited together with cards published
   * before it, such as the previous quarter's read back from its JSON document.
   *
   * <p>A cell of an earlier card is the same count as this card's cell of the same measure,
   * breakdown, row and column when both cards are of the same period and as-of date: hidden
   * there, it is hidden here; shown there, the audit knows it. When the earlier card's period lies
   * within this card's (the first quarter, then the year so far), a count of the earlier card
   * shown exactly is subtracted from this card's count of the same cell by an attacker: for the
   * counts of How much (distinct units open in the period, which only grow with the period), a
   * difference in the sensitive range is protected like a sensitive count. Other cells of
   * earlier cards are not related to this one (see the README's protection model).
   *
   * @param evaluation the evaluation
   * @param results its results
   * @param options confidence, disclosure control and title
   * @param earlier cards published before, of the same measures
   * @return the report card
   * @throws org.obaframework.core.ObaException if disclosure control cannot protect a small
   *     count (every count that could hide it is zero or published already)
   */
  public static ReportCard of(Evaluation evaluation, Results results, ReportOptions options,
      List<ReportCard> earlier) {
    List<CardModel.Measure> measures = new ArrayList<>();
    for (MeasureDefinition measure : evaluation.measures()) {
      Tally total = results.total(measure.code())
          .orElse(measure.empty(evaluation.framework()));
      List<CardModel.Rows> rows = new ArrayList<>();
      for (Breakdown breakdown : evaluation.breakdowns()) {
        Map<String, Tally> byKey = results.rows(measure.code(), breakdown.name());
        if (!byKey.isEmpty() && !(total instanceof org.obaframework.core.aggregate.Transitions
            || total instanceof org.obaframework.core.aggregate.Summary)) {
          rows.add(new CardModel.Rows(breakdown, byKey));
        }
      }
      measures.add(new CardModel.Measure(measure, evaluation.framework().measure(measure.code())
          .map(PerformanceMeasure::role), total, rows));
    }
    String title = options.title().orElse(evaluation.framework().name().text());
    return Control.publish(measures, title, evaluation.period(), evaluation.asOf(), options,
        earlier);
  }

  /**
   * Returns a card from its published parts, such as a document read back: the inverse of the
   * accessors.
   *
   * @param title the title
   * @param period the reporting period
   * @param asOf the as-of date
   * @param options the confidence, the disclosure policy applied and the title
   * @param lines the lines, in order
   * @param tables the breakdown tables, in order
   * @param changeProfiles the change profiles, in order
   * @return the card
   * @throws ValidationException if the title is blank or differs from the options' title, a
   *     measure has two lines, or a table or change profile has no line of its measure
   */
  public static ReportCard of(String title, ReportingPeriod period, LocalDate asOf,
      ReportOptions options, List<ReportLine> lines, List<BreakdownTable> tables,
      List<ChangeProfile> changeProfiles) {
    Checks.text(Item.of("report card"), "title", title);
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    if (options.title().isPresent() && !options.title().get().equals(title)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("report card"), "options.title",
          "the card's title", Redaction.text(options.title().get()));
    }
    Set<String> codes = new HashSet<>();
    for (ReportLine line : lines) {
      if (!codes.add(line.code())) {
        throw Checks.fail(ProblemType.DUPLICATE_CODE, Item.of("report card"), "lines",
            "one line per measure", Redaction.code(line.code()) + " again");
      }
    }
    for (BreakdownTable table : tables) {
      if (!codes.contains(table.measure())) {
        throw Checks.fail(ProblemType.UNKNOWN_REFERENCE, Item.of("report card"), "tables",
            "a table of a measure with a line", Redaction.code(table.measure()));
      }
    }
    for (ChangeProfile profile : changeProfiles) {
      if (!codes.contains(profile.code())) {
        throw Checks.fail(ProblemType.UNKNOWN_REFERENCE, Item.of("report card"),
            "changeProfiles", "a change profile of a measure with a line",
            Redaction.code(profile.code()));
      }
    }
    return new ReportCard(title, period, asOf, options, lines, tables, changeProfiles);
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the reporting period.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the as-of date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the options the card was made with, the title shown included.
   *
   * @return the options, whose title is present
   */
  public ReportOptions options() {
    return options;
  }

  /**
   * Returns every measure's line, in the evaluation's order.
   *
   * @return the lines
   */
  public List<ReportLine> lines() {
    return lines;
  }

  /**
   * Returns the line of one measure.
   *
   * @param code the measure's code
   * @return the line, or empty if the card has no such measure
   */
  public Optional<ReportLine> line(String code) {
    return lines.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /**
   * Returns every breakdown table, measure by measure.
   *
   * @return the tables
   */
  public List<BreakdownTable> tables() {
    return tables;
  }

  /**
   * Returns the table of one measure by one breakdown.
   *
   * @param measure the measure's code
   * @param breakdown the breakdown's name
   * @return the table, or empty if the card has none (no unit, or a change profile)
   */
  public Optional<BreakdownTable> table(String measure, String breakdown) {
    return tables.stream()
        .filter(t -> t.measure().equals(measure) && t.breakdown().equals(breakdown))
        .findFirst();
  }

  /**
   * Returns every change profile, in the evaluation's order.
   *
   * @return the change profiles
   */
  public List<ChangeProfile> changeProfiles() {
    return changeProfiles;
  }

  /**
   * Returns the change profile of one measure, under the card's disclosure control: the cells a
   * renderer shows, so that no renderer decides for itself what to hide.
   *
   * @param code the measure's code
   * @return the profile, or empty if the card has no change profile of that code
   */
  public Optional<ChangeProfile> changeProfile(String code) {
    return changeProfiles.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * Returns the mean change of one measure whose change profile is a summary of change.
   *
   * @param code the measure's code
   * @return the mean, or empty if the card has no summary of change of that code
   */
  public Optional<MeanCell> meanChange(String code) {
    return changeProfile(code).flatMap(ChangeProfile::meanChange);
  }

  /**
   * Renders the card as aligned text, section by section, then the change profiles and the
   * breakdown tables: what a researcher sees in JShell. The second line states the disclosure
   * control and the protection it gives.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(Redaction.escape(title)).append(": report card ").append(period)
        .append(", as of ").append(asOf).append('\n');
    DisclosurePolicy policy = options.disclosure();
    text.append("Intervals: Wilson ").append(Math.round(options.confidence() * 100))
        .append("%. Disclosure control: ").append(policy.name()).append(".");
    if (!policy.equals(DisclosurePolicy.NONE)) {
      text.append(' ').append(policy.symbol()).append(" = hidden. ").append(policy.protection());
    }
    text.append(' ').append(PercentCell.NO_VALUE).append(" = no value (no denominator).\n");
    String ci = Math.round(options.confidence() * 100) + "% CI";
    for (Section section : Section.values()) {
      List<ReportLine> in = lines.stream().filter(l -> l.section() == section).toList();
      if (in.isEmpty() || section == Section.CHANGE_PROFILE) {
        continue;
      }
      text.append('\n').append(section.title()).append('\n');
      boolean proportions = in.stream().anyMatch(ReportLine::isProportion);
      TextTable table = new TextTable(proportions
          ? List.of("Measure", "#", "of", "%", ci, "assessed", "not paired", "excluded",
              "not eligible", "role")
          : List.of("Measure", "#", "role"));
      for (ReportLine line : in) {
        String role = line.role().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .orElse("");
        if (proportions) {
          table.row(List.of(line.name(), line.number().text(),
              line.denominator().map(Cell::text).orElse(""),
              line.percent().map(PercentCell::text).orElse(""),
              line.interval().map(Interval::toPercentText).orElse(""),
              line.assessed().map(Cell::text).orElse(""),
              line.notPaired().map(Cell::text).orElse(""),
              line.excluded().map(Cell::text).orElse(""),
              line.notEligible().map(Cell::text).orElse(""), role));
        } else {
          table.row(List.of(line.name(), line.number().text(), role));
        }
      }
      text.append(table.render("  "));
    }
    if (!changeProfiles.isEmpty()) {
      text.append('\n').append(Section.CHANGE_PROFILE.title()).append('\n');
      changeProfiles.forEach(profile -> text.append("  ").append(render(profile)));
    }
    for (BreakdownTable table : tables) {
      text.append('\n').append(table.measure()).append(" by ").append(table.breakdown())
          .append('\n').append(render(table, ci));
    }
    return text.toString();
  }

  private static String render(ChangeProfile profile) {
    StringBuilder text = new StringBuilder(profile.name()).append(" (").append(profile.code())
        .append(")\n");
    ControlledTable controlled = profile.table();
    if (!profile.isTransitions()) {
      text.append("    paired: ").append(profile.paired().text()).append(", mean change: ")
          .append(profile.meanChange().orElseThrow().text()).append(" (positive is better)\n");
      return text.toString();
    }
    List<String> levels = controlled.rows();
    List<String> header = new ArrayList<>(List.of("baseline \\ later"));
    header.addAll(levels);
    header.add("all");
    TextTable table = new TextTable(header);
    for (int from = 0; from < levels.size(); from++) {
      List<String> row = new ArrayList<>(List.of(levels.get(from)));
      for (int to = 0; to < levels.size(); to++) {
        row.add(controlled.cell(from, to).text());
      }
      row.add(controlled.rowTotal(from).text());
      table.row(row);
    }
    List<String> totals = new ArrayList<>(List.of("all"));
    for (int to = 0; to < levels.size(); to++) {
      totals.add(controlled.columnTotal(to).text());
    }
    totals.add(controlled.total().text());
    table.row(totals);
    return text.append(table.render("    ")).toString();
  }

  private static String render(BreakdownTable breakdown, String ci) {
    TextTable table = new TextTable(breakdown.isProportion()
        ? List.of(breakdown.breakdown(), "#", "of", "%", ci)
        : List.of(breakdown.breakdown(), "#"));
    List<BreakdownTable.Row> rows = new ArrayList<>(breakdown.rows());
    rows.add(breakdown.total());
    for (BreakdownTable.Row row : rows) {
      if (breakdown.isProportion()) {
        table.row(List.of(row.key(), row.cells().get(0).text(), row.total().text(),
            row.percent().orElseThrow().text(),
            row.interval().map(Interval::toPercentText).orElse("")));
      } else {
        table.row(List.of(row.key(), row.total().text()));
      }
    }
    return table.render("  ");
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReportCard)) {
      return false;
    }
    ReportCard that = (ReportCard) other;
    return title.equals(that.title) && period.equals(that.period) && asOf.equals(that.asOf)
        && options.equals(that.options) && lines.equals(that.lines)
        && tables.equals(that.tables) && changeProfiles.equals(that.changeProfiles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, period, asOf, options, lines, tables, changeProfiles);
  }

  /** Returns the title, period and number of measures. */
  @Override
  public String toString() {
    return "ReportCard[" + title + ", " + period + ", " + lines.size() + " measures]";
  }

  /** The control of a whole card: models, suppression to a fixed point, folding, the value. */
  static final class Control {
    private Control() {}

    static ReportCard publish(List<CardModel.Measure> measures, String title,
        ReportingPeriod period, LocalDate asOf, ReportOptions options,
        List<ReportCard> earlier) {
      DisclosurePolicy policy = options.disclosure();
      Map<String, Set<String>> folds = new HashMap<>();
      Set<String> seed = Set.of();
      while (true) {
        CardModel model = CardModel.of(measures, folds);
        Suppression suppression = Suppression.of(model.system(), policy);
        Releases.relate(model, suppression, period, asOf, policy, earlier);
        // Rows that publish nothing but small counts and zeros before secondary suppression
        // will be folded whatever it hides: fold them before it runs.
        Map<String, Set<String>> first = model.folds(suppression.publication(), policy);
        if (!first.equals(folds)) {
          folds = first;
          continue;
        }
        suppression.seed(seed);
        Publication publication = suppression.run();
        Map<String, Set<String>> next = model.folds(publication, policy);
        if (next.equals(folds)) {
          return value(model, publication, title, period, asOf, options);
        }
        folds = next;
        seed = CardModel.hiddenIdentities(publication);
      }
    }

    private static ReportCard value(CardModel model, Publication publication, String title,
        ReportingPeriod period, LocalDate asOf, ReportOptions options) {
      DisclosurePolicy policy = options.disclosure();
      double confidence = options.confidence();
      List<ReportLine> lines = new ArrayList<>();
      model.lines().forEach(l -> lines.add(model.line(l, publication, policy, confidence)));
      List<BreakdownTable> tables = new ArrayList<>();
      model.tables().forEach(t -> tables.add(model.table(t, publication, policy, confidence)));
      List<ChangeProfile> profiles = new ArrayList<>();
      model.profiles().forEach(p -> profiles.add(model.profile(p, publication, policy)));
      return new ReportCard(title, period, asOf, options, lines, tables, profiles);
    }
  }
}
