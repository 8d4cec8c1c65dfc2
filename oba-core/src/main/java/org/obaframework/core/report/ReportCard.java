package org.obaframework.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalDouble;
import org.obaframework.core.Redaction;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Count;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.aggregate.Summary;
import org.obaframework.core.aggregate.Tally;
import org.obaframework.core.aggregate.Transitions;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.stats.Interval;

/**
 * An OBA report card: for a period, every measure of an evaluation in its section (baseline
 * profile, How much, How well, Is anyone better off, change from baseline), with the counts behind
 * every percent, Wilson intervals, the numbers not paired, excluded and not eligible, and each
 * breakdown; all counts after disclosure control.
 *
 * <pre>{@code
 * Results results = evaluation.evaluate(records.groups());
 * ReportCard card = ReportCard.of(evaluation, results,
 *     ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE));
 * System.out.println(card.toText());
 * }</pre>
 *
 * <p>Percents are computed from unrounded counts, never averaged from rows; a zero denominator
 * has no percent ({@code [z]}). Change profiles (transition matrices, summaries) are shown in
 * total only, without breakdowns. A measure's line and its breakdown tables are controlled
 * together: a total hidden in one is hidden in all, so that no table gives away what another
 * hides. Immutable and thread-safe.
 */
public final class ReportCard {
  private final String title;
  private final ReportingPeriod period;
  private final LocalDate asOf;
  private final ReportOptions options;
  private final List<ReportLine> lines;
  private final List<BreakdownTable> tables;
  private final List<String> extras;

  private ReportCard(String title, ReportingPeriod period, LocalDate asOf, ReportOptions options,
      List<ReportLine> lines, List<BreakdownTable> tables, List<String> extras) {
    this.title = title;
    this.period = period;
    this.asOf = asOf;
    this.options = options;
    this.lines = List.copyOf(lines);
    this.tables = List.copyOf(tables);
    this.extras = List.copyOf(extras);
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
   */
  public static ReportCard of(Evaluation evaluation, Results results, ReportOptions options) {
    List<ReportLine> lines = new ArrayList<>();
    List<BreakdownTable> tables = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    for (MeasureDefinition measure : evaluation.measures()) {
      Tally total = results.total(measure.code())
          .orElse(measure.empty(evaluation.framework()));
      Optional<MeasureRole> role = evaluation.framework().measure(measure.code())
          .map(PerformanceMeasure::role);
      if (total instanceof Transitions || total instanceof Summary) {
        lines.add(countLine(measure, role, total, countOf(total), options));
        extras.add(changeProfile(measure, total, options));
        continue;
      }
      List<String> names = new ArrayList<>();
      List<Map<String, Tally>> rows = new ArrayList<>();
      List<Boolean> nested = new ArrayList<>();
      for (Breakdown breakdown : evaluation.breakdowns()) {
        Map<String, Tally> byKey = results.rows(measure.code(), breakdown.name());
        if (!byKey.isEmpty()) {
          names.add(breakdown.name());
          rows.add(byKey);
          nested.add(breakdown instanceof Breakdown.Hierarchy);
        }
      }
      Linked linked = Linked.control(total, rows, nested, options.disclosure());
      if (total instanceof Proportion) {
        lines.add(proportionLine(measure, role, (Proportion) total, linked.line, options));
      } else {
        lines.add(new ReportLine(measure.code(), measure.name().text(), measure.section(), role,
            total, linked.line.cell(0, 0), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty()));
      }
      for (int i = 0; i < names.size(); i++) {
        tables.add(table(measure.code(), names.get(i), rows.get(i), linked.tables.get(i),
            options));
      }
    }
    String title = options.title().orElse(evaluation.framework().name().text());
    return new ReportCard(title, evaluation.period(), evaluation.asOf(), options, lines, tables,
        extras);
  }

  private static long countOf(Tally total) {
    return total instanceof Count ? ((Count) total).value()
        : total instanceof Summary ? ((Summary) total).count() : ((Transitions) total).total();
  }

  private static ReportLine countLine(MeasureDefinition measure, Optional<MeasureRole> role,
      Tally total, long count, ReportOptions options) {
    ControlledTable controlled = DisclosureControl.apply(CountTable.additive(
        List.of(Results.TOTAL), List.of("count"), new long[][] {{count}}), options.disclosure());
    return new ReportLine(measure.code(), measure.name().text(), measure.section(), role, total,
        controlled.cell(0, 0), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static ReportLine proportionLine(MeasureDefinition measure,
      Optional<MeasureRole> role, Proportion p, ControlledTable controlled,
      ReportOptions options) {
    Cell numerator = controlled.cell(0, 0);
    Cell denominator = denominator(p.denominator(), controlled.cell(0, 0),
        controlled.cell(0, 1), options);
    PercentCell percent = percent(p, numerator, denominator);
    return new ReportLine(measure.code(), measure.name().text(), measure.section(), role, p,
        numerator, Optional.of(denominator), Optional.of(percent), interval(p, percent, options),
        Optional.of(controlled.cell(0, 2)), Optional.of(controlled.cell(0, 3)),
        Optional.of(controlled.cell(0, 4)));
  }

  /**
   * A measure's line table and breakdown tables, controlled together: a total hidden in one is
   * hidden in all, so that no table gives away what another hides.
   */
  private static final class Linked {
    final ControlledTable line;
    final List<ControlledTable> tables;

    private Linked(ControlledTable line, List<ControlledTable> tables) {
      this.line = line;
      this.tables = tables;
    }

    static Linked control(Tally total, List<Map<String, Tally>> rows, List<Boolean> nested,
        DisclosurePolicy policy) {
      boolean proportion = total instanceof Proportion;
      CountTable lineTable = proportion ? lineTable((Proportion) total)
          : CountTable.additive(List.of(Results.TOTAL), List.of("count"),
              new long[][] {{((Count) total).value()}});
      List<CountTable> tables = new ArrayList<>();
      List<List<int[]>> groups = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        tables.add(breakdownTable(rows.get(i), total));
        groups.add(nested.get(i) ? groups(new ArrayList<>(rows.get(i).keySet())) : List.of());
      }
      Set<Integer> lineForced = new HashSet<>();
      List<Set<Integer>> forced = new ArrayList<>();
      tables.forEach(t -> forced.add(new HashSet<>()));
      int links = proportion ? 2 : 1;
      while (true) {
        ControlledTable line = DisclosureControl.apply(lineTable, policy, lineForced);
        List<ControlledTable> controlled = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
          controlled.add(DisclosureControl.apply(tables.get(i), policy, forced.get(i),
              groups.get(i)));
        }
        boolean[] hidden = new boolean[links];
        boolean totalHidden = false;
        for (int k = 0; k < links; k++) {
          hidden[k] = line.cell(0, k).isHidden();
          for (ControlledTable table : controlled) {
            hidden[k] |= table.columnTotal(k).isHidden();
            totalHidden |= table.total().isHidden();
          }
        }
        boolean anyHidden = false;
        for (boolean h : hidden) {
          anyHidden |= h;
        }
        if (totalHidden && !anyHidden) {
          hidden[links - 1] = true;   // the line's cells would add up to the hidden total
        }
        boolean changed = false;
        for (int k = 0; k < links; k++) {
          if (hidden[k]) {
            changed |= lineForced.add(DisclosureControl.item(lineTable, 0, k));
            for (int i = 0; i < tables.size(); i++) {
              CountTable table = tables.get(i);
              int last = table.rows().size();
              changed |= forced.get(i).add(DisclosureControl.item(table, last, k));
              changed |= forced.get(i).add(DisclosureControl.item(table, last,
                  table.columns().size()));
            }
          }
        }
        if (!changed) {
          return new Linked(line, controlled);
        }
      }
    }

    /** The parent and child rows of a hierarchy's keys, such as {@code Wales > LA-1}. */
    private static List<int[]> groups(List<String> keys) {
      List<int[]> groups = new ArrayList<>();
      for (int parent = 0; parent < keys.size(); parent++) {
        String prefix = keys.get(parent) + Breakdown.HIERARCHY_SEPARATOR;
        List<Integer> children = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
          String key = keys.get(r);
          if (key.startsWith(prefix)
              && !key.substring(prefix.length()).contains(Breakdown.HIERARCHY_SEPARATOR)) {
            children.add(r);
          }
        }
        if (!children.isEmpty()) {
          int[] group = new int[children.size() + 1];
          group[0] = parent;
          for (int i = 0; i < children.size(); i++) {
            group[i + 1] = children.get(i);
          }
          groups.add(group);
        }
      }
      return groups;
    }

    private static CountTable lineTable(Proportion p) {
      return CountTable.of(List.of(Results.TOTAL),
          List.of("better off", "not better off", "not paired", "excluded", "not eligible"),
          new long[][] {{p.numerator(), p.denominator() - p.numerator(), p.notPaired(),
              p.excluded(), p.notEligible()}},
          new long[] {p.initialPopulation()},
          new long[] {p.numerator(), p.denominator() - p.numerator(), p.notPaired(),
              p.excluded(), p.notEligible()},
          p.initialPopulation());
    }

    private static CountTable breakdownTable(Map<String, Tally> byKey, Tally total) {
      List<String> keys = new ArrayList<>(byKey.keySet());
      long[][] cells = new long[keys.size()][];
      long[] rowTotals = new long[keys.size()];
      if (total instanceof Proportion) {
        Proportion all = (Proportion) total;
        for (int r = 0; r < keys.size(); r++) {
          Proportion p = (Proportion) byKey.get(keys.get(r));
          cells[r] = new long[] {p.numerator(), p.denominator() - p.numerator()};
          rowTotals[r] = p.denominator();
        }
        return CountTable.of(keys, List.of("better off", "not better off"), cells, rowTotals,
            new long[] {all.numerator(), all.denominator() - all.numerator()},
            all.denominator());
      }
      for (int r = 0; r < keys.size(); r++) {
        cells[r] = new long[] {((Count) byKey.get(keys.get(r))).value()};
        rowTotals[r] = cells[r][0];
      }
      long count = ((Count) total).value();
      return CountTable.of(keys, List.of("count"), cells, rowTotals, new long[] {count}, count);
    }
  }

  /**
   * The denominator as shown: the sum of the two shown cells, or hidden when either is hidden,
   * rounded as the policy rounds.
   */
  private static Cell denominator(long value, Cell better, Cell notBetter,
      ReportOptions options) {
    if (better.isHidden() || notBetter.isHidden()) {
      return Cell.hidden(CellStatus.SUPPRESSED_SECONDARY, options.disclosure().symbol());
    }
    return options.disclosure().rounds() ? Cell.rounded(options.disclosure().round(value))
        : Cell.shown(value);
  }

  private static PercentCell percent(Proportion p, Cell numerator, Cell denominator) {
    if (p.denominator() == 0) {
      return new PercentCell(OptionalDouble.empty(), CellStatus.NO_DENOMINATOR,
          PercentCell.NO_VALUE);
    }
    if (numerator.isHidden() || denominator.isHidden()) {
      Cell hidden = numerator.isHidden() ? numerator : denominator;
      return new PercentCell(OptionalDouble.empty(), hidden.status(), hidden.text());
    }
    double percent = p.percent().getAsDouble();
    return new PercentCell(OptionalDouble.of(percent), CellStatus.SHOWN,
        Math.round(percent) + "%");
  }

  private static Optional<Interval> interval(Proportion p, PercentCell percent,
      ReportOptions options) {
    return percent.isHidden() ? Optional.empty() : p.interval(options.confidence());
  }

  private static BreakdownTable table(String measure, String breakdown, Map<String, Tally> rows,
      ControlledTable controlled, ReportOptions options) {
    List<String> keys = new ArrayList<>(rows.keySet());
    if (!(rows.get(keys.get(0)) instanceof Proportion)) {
      return new BreakdownTable(measure, breakdown, controlled, List.of(), List.of());
    }
    List<PercentCell> percents = new ArrayList<>();
    List<Optional<Interval>> intervals = new ArrayList<>();
    for (int r = 0; r < keys.size(); r++) {
      Proportion p = (Proportion) rows.get(keys.get(r));
      PercentCell percent = percent(p, controlled.cell(r, 0), controlled.rowTotal(r));
      percents.add(percent);
      intervals.add(interval(p, percent, options));
    }
    return new BreakdownTable(measure, breakdown, controlled, percents, intervals);
  }

  private static String changeProfile(MeasureDefinition measure, Tally total,
      ReportOptions options) {
    StringBuilder text = new StringBuilder(measure.name().text()).append(" (")
        .append(measure.code()).append(")\n");
    ControlledTable controlled = controlledProfile(total, options.disclosure());
    if (total instanceof Summary) {
      Cell paired = controlled.cell(0, 0);
      text.append("    paired: ").append(paired.text()).append(", mean change: ")
          .append(mean((Summary) total, paired).text())
          .append(" (positive is better)\n");
      return text.toString();
    }
    List<String> levels = ((Transitions) total).levels();
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

  /** A mean is withheld with its number: [c] when the number is hidden, [z] when it is 0. */
  private static MeanCell mean(Summary summary, Cell paired) {
    if (paired.isHidden()) {
      return new MeanCell(OptionalDouble.empty(), paired.status(), paired.text());
    }
    if (summary.count() == 0) {
      return new MeanCell(OptionalDouble.empty(), CellStatus.NO_DENOMINATOR,
          PercentCell.NO_VALUE);
    }
    double mean = summary.mean().getAsDouble();
    return new MeanCell(OptionalDouble.of(mean), CellStatus.SHOWN,
        String.format(java.util.Locale.ROOT, "%.2f", mean));
  }

  /**
   * Applies disclosure control to a change profile: a transition matrix as people by level at
   * baseline (rows) against level later (columns); a summary as one cell, the number paired.
   */
  private static ControlledTable controlledProfile(Tally total, DisclosurePolicy policy) {
    if (total instanceof Summary) {
      return DisclosureControl.apply(CountTable.additive(List.of(Results.TOTAL), List.of("n"),
          new long[][] {{((Summary) total).count()}}), policy);
    }
    Transitions transitions = (Transitions) total;
    List<String> levels = transitions.levels();
    long[][] cells = new long[levels.size()][levels.size()];
    for (int from = 0; from < levels.size(); from++) {
      for (int to = 0; to < levels.size(); to++) {
        cells[from][to] = transitions.count(levels.get(from), levels.get(to));
      }
    }
    return DisclosureControl.apply(CountTable.additive(levels, levels, cells), policy);
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
   * Returns the options the card was made with.
   *
   * @return the options
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
   * Returns the change profile of one measure under the card's disclosure control: the cells a
   * renderer shows, so that no renderer decides for itself what to hide. For a transition matrix
   * (an ordinal indicator's levels), the people at each level at baseline (rows) against their
   * level later (columns), with row, column and grand totals; for a summary of change, one cell
   * (row {@value Results#TOTAL}, column {@code n}): the number of people paired, with which
   * their mean change is withheld ({@link Cell#text()} when hidden, {@link PercentCell#NO_VALUE}
   * when none is paired). {@link #toText()} shows the same cells.
   *
   * @param code the measure's code
   * @return the controlled table, or empty if the card has no change profile of that code
   */
  public Optional<ControlledTable> changeProfile(String code) {
    return line(code).map(ReportLine::tally)
        .filter(t -> t instanceof Transitions || t instanceof Summary)
        .map(t -> controlledProfile(t, options.disclosure()));
  }

  /**
   * Returns the mean change of one measure whose change profile is a summary of change, withheld
   * with the number of people paired: hidden as that number is in {@link #changeProfile}, absent
   * ({@link PercentCell#NO_VALUE}) when no one is paired, else shown to two decimal places.
   *
   * @param code the measure's code
   * @return the mean, or empty if the card has no summary of change of that code
   */
  public Optional<MeanCell> meanChange(String code) {
    return line(code).map(ReportLine::tally).filter(t -> t instanceof Summary)
        .map(t -> mean((Summary) t, controlledProfile(t, options.disclosure()).cell(0, 0)));
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
   * Returns every breakdown table, measure by measure.
   *
   * @return the tables
   */
  public List<BreakdownTable> tables() {
    return tables;
  }

  /**
   * Renders the card as aligned text, section by section, then the breakdown tables: what a
   * researcher sees in JShell.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(Redaction.escape(title)).append(": report card ").append(period).append(", as of ").append(asOf)
        .append('\n');
    text.append("Intervals: Wilson ").append(Math.round(options.confidence() * 100))
        .append("%. Disclosure control: ").append(options.disclosure().name()).append(".");
    if (options.disclosure() != DisclosurePolicy.NONE) {
      text.append(' ').append(options.disclosure().symbol())
          .append(" = hidden to protect small numbers.");
    }
    text.append(' ').append(PercentCell.NO_VALUE).append(" = no value (no denominator).\n");
    for (Section section : Section.values()) {
      List<ReportLine> in = lines.stream().filter(l -> l.section() == section).toList();
      if (in.isEmpty() || section == Section.CHANGE_PROFILE) {
        continue;
      }
      text.append('\n').append(section.title()).append('\n');
      boolean proportions = in.stream().anyMatch(l -> l.percent().isPresent());
      TextTable table = new TextTable(proportions
          ? List.of("Measure", "#", "of", "%", Math.round(options.confidence() * 100) + "% CI",
              "assessed", "not paired", "excluded", "not eligible", "role")
          : List.of("Measure", "#", "role"));
      for (ReportLine line : in) {
        String role = line.role().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ')).orElse("");
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
    if (!extras.isEmpty()) {
      text.append('\n').append(Section.CHANGE_PROFILE.title()).append('\n');
      extras.forEach(extra -> text.append("  ").append(extra));
    }
    for (BreakdownTable table : tables) {
      text.append('\n').append(table.measure()).append(" by ").append(table.breakdown())
          .append('\n').append(render(table));
    }
    return text.toString();
  }

  private String render(BreakdownTable breakdown) {
    ControlledTable controlled = breakdown.controlled();
    String ci = Math.round(options.confidence() * 100) + "% CI";
    TextTable table = new TextTable(breakdown.isProportion()
        ? List.of(breakdown.breakdown(), "#", "of", "%", ci)
        : List.of(breakdown.breakdown(), "#"));
    for (int r = 0; r < controlled.rows().size(); r++) {
      if (breakdown.isProportion()) {
        table.row(List.of(controlled.rows().get(r), controlled.cell(r, 0).text(),
            controlled.rowTotal(r).text(), breakdown.percents().get(r).text(),
            breakdown.intervals().get(r).map(Interval::toPercentText).orElse("")));
      } else {
        table.row(List.of(controlled.rows().get(r), controlled.cell(r, 0).text()));
      }
    }
    if (breakdown.isProportion()) {
      // The total row's percent follows this table's own cells, so that it is hidden with them.
      Proportion all = (Proportion) line(breakdown.measure()).orElseThrow().tally();
      PercentCell percent = percent(all, controlled.columnTotal(0), controlled.total());
      table.row(List.of(Results.TOTAL, controlled.columnTotal(0).text(),
          controlled.total().text(), percent.text(),
          interval(all, percent, options).map(Interval::toPercentText).orElse("")));
    } else {
      table.row(List.of(Results.TOTAL, controlled.total().text()));
    }
    return table.render("  ");
  }

  /** Returns the title, period and number of measures. */
  @Override
  public String toString() {
    return "ReportCard[" + title + ", " + period + ", " + lines.size() + " measures]";
  }
}
