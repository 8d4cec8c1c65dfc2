package org.obaframework.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.obaframework.core.aggregate.BaselineProfile;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Count;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ProcessCondition;
import org.obaframework.core.aggregate.ProcessMeasure;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.aggregate.Summary;
import org.obaframework.core.aggregate.Tally;
import org.obaframework.core.aggregate.Transitions;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.stats.Interval;

/**
 * The counts of a report card, laid out: every published count cell of its lines, breakdown
 * tables and change profiles as a count of one {@link CountSystem}, with the relations among them,
 * and the way back from a {@link Publication} to the published {@link ReportCard} parts.
 *
 * <p>One count, however many cells show it: a measure's total in its line and in the total row of
 * each of its breakdown tables; a row of a breakdown and the same row as the first level of a
 * hierarchy (when the breakdown places units as the hierarchy does); rows of two breakdowns of a
 * measure with the same key at their last level (LA-1, and Wales > LA-1), and a measure's
 * initial population and the count of the same units in the same programme, when their counts
 * agree.
 * Relations: a proportion's denominator is its better off and not better off; assessed is the
 * denominator, not paired and excluded; the initial population is assessed and not eligible; a
 * row's denominator is at most its initial population; the rows of a breakdown against the total,
 * a hierarchy's children against their parent and a cross's rows against a breakdown by one of its
 * parts, as distinct counts ({@link CountSystem.Builder#group}); a transition matrix's rows and
 * columns against their totals. The rows of a period breakdown of a proportion are evaluated as of
 * each period's end, so they are tied to nothing but their own denominators.
 */
final class CardModel {
  /** One measure's exact tallies: what the card is computed from. */
  record Measure(MeasureDefinition definition, Optional<MeasureRole> role, Tally total,
      List<Rows> breakdowns) {}

  /** One breakdown's exact rows of a measure, by key in the card's order. */
  record Rows(Breakdown breakdown, Map<String, Tally> rows) {}

  /** Where a line's counts are: -1 when the line has no such cell. */
  record LineSlots(Measure measure, int number, int denominator, int assessed, int notPaired,
      int excluded, int notEligible) {}

  /** Where a row's counts are: {better off, not better off} or {count}, and its total. */
  record RowSlots(String key, int[] cells, int total, boolean foldable) {}

  record TableSlots(String measure, String breakdown, boolean proportion, List<RowSlots> rows,
      RowSlots total) {}

  /** A transition matrix's counts with margins, or a summary's number paired. */
  record ProfileSlots(Measure measure, List<String> levels, int[][] grid) {}

  private static final String SEPARATOR = Breakdown.HIERARCHY_SEPARATOR;
  private static final String CROSS = " | ";

  private final CountSystem.Builder builder = CountSystem.builder();
  private final Map<String, Set<String>> folds;
  private final List<LineSlots> lines = new ArrayList<>();
  private final List<TableSlots> tables = new ArrayList<>();
  private final List<ProfileSlots> profiles = new ArrayList<>();
  /** Counts of the same units in the same programme, by population and row, to link. */
  private final Map<String, List<Integer>> populations = new LinkedHashMap<>();
  private CountSystem system;

  private CardModel(Map<String, Set<String>> folds) {
    this.folds = folds;
  }

  /**
   * Lays out a card.
   *
   * @param measures the measures' exact tallies, in the card's order
   * @param folds for each table ({@link #tableKey}), the keys of the rows folded into "other"
   * @return the model
   */
  static CardModel of(List<Measure> measures, Map<String, Set<String>> folds) {
    CardModel model = new CardModel(folds);
    for (Measure measure : measures) {
      model.measure(measure);
    }
    for (List<Integer> same : model.populations.values()) {
      for (int i = 1; i < same.size(); i++) {
        for (int j = 0; j < i; j++) {
          model.builder.same(same.get(j), same.get(i));   // only when the counts agree
        }
      }
    }
    model.system = model.builder.build();
    return model;
  }

  CountSystem system() {
    return system;
  }

  List<LineSlots> lines() {
    return lines;
  }

  List<TableSlots> tables() {
    return tables;
  }

  List<ProfileSlots> profiles() {
    return profiles;
  }

  /** The count a slot of the builder became in the system (linked counts are merged). */
  int count(int slot) {
    return system.find(slotIdentities.get(slot));
  }

  /** The identity of each slot of the builder, and the slot of each identity. */
  private final List<String> slotIdentities = new ArrayList<>();
  private final Map<String, Integer> slots = new HashMap<>();

  static String tableKey(String measure, String breakdown) {
    return measure + "\u0000" + breakdown;
  }

  private int cell(String measure, String row, String column, long value,
      CountSystem.Tier tier) {
    String identity = measure + "|" + row + "|" + column;
    int slot = builder.cell(identity, value, tier);
    record(slot, identity);
    return slot;
  }

  private int unpublished(String measure, String row, String column, long value) {
    String identity = measure + "|" + row + "|" + column;
    int slot = builder.hidden(identity, value);
    record(slot, identity);
    return slot;
  }

  private int stated(String measure, String row, String column, long value) {
    String identity = measure + "|" + row + "|" + column;
    int slot = builder.stated(identity, value, CountSystem.Tier.COLUMN);
    record(slot, identity);
    return slot;
  }

  private void record(int slot, String identity) {
    while (slotIdentities.size() <= slot) {
      slotIdentities.add(null);
    }
    if (slotIdentities.get(slot) == null) {
      slotIdentities.set(slot, identity);
      slots.put(identity, slot);
    }
  }

  private void measure(Measure measure) {
    String code = measure.definition().code();
    Tally total = measure.total();
    if (total instanceof Transitions || total instanceof Summary) {
      long paired = total instanceof Summary ? ((Summary) total).count()
          : ((Transitions) total).total();
      int n = cell(code, "all", "n", paired, CountSystem.Tier.HEADLINE);
      lines.add(new LineSlots(measure, n, -1, -1, -1, -1, -1));
      profile(measure, n);
      return;
    }
    Optional<String> population = population(measure.definition());
    int[] totals;
    if (total instanceof Count) {
      int n = cell(code, "all", "n", ((Count) total).value(), CountSystem.Tier.HEADLINE);
      lines.add(new LineSlots(measure, n, -1, -1, -1, -1, -1));
      population.ifPresent(p -> populations.computeIfAbsent(p + "|all", k -> new ArrayList<>())
          .add(n));
      totals = new int[] {n};
    } else {
      Proportion p = (Proportion) total;
      int a = cell(code, "all", "a", p.numerator(), CountSystem.Tier.HEADLINE);
      int d = cell(code, "all", "d", p.denominator(), CountSystem.Tier.HEADLINE);
      int b = stated(code, "all", "b", p.denominator() - p.numerator());
      int assessed = cell(code, "all", "assessed", p.eligible(), CountSystem.Tier.COLUMN);
      int notPaired = cell(code, "all", "np", p.notPaired(), CountSystem.Tier.COLUMN);
      int excluded = cell(code, "all", "ex", p.excluded(), CountSystem.Tier.COLUMN);
      int notEligible = cell(code, "all", "ne", p.notEligible(), CountSystem.Tier.COLUMN);
      int initial = unpublished(code, "all", "pop", p.initialPopulation());
      builder.sum(d, a, b);
      builder.sum(assessed, d, notPaired, excluded);
      builder.sum(initial, assessed, notEligible);
      lines.add(new LineSlots(measure, a, d, assessed, notPaired, excluded, notEligible));
      population.ifPresent(q -> populations.computeIfAbsent(q + "|all", k -> new ArrayList<>())
          .add(initial));
      totals = new int[] {a, b, d};
    }
    List<TableSlots> mine = new ArrayList<>();
    for (Rows rows : measure.breakdowns()) {
      mine.add(table(measure, rows, totals, population));
    }
    crosses(measure, mine);
    sameRows(measure, mine);
    tables.addAll(mine);
  }

  /**
   * Rows of two breakdowns of one measure with the same key at their last level, such as
   * {@code LA-1} by local authority and {@code wales > LA-1} by nation and local authority: a
   * reader who knows that LA-1 lies in Wales takes them for the same units, so they are one
   * count wherever their counts agree.
   */
  private void sameRows(Measure measure, List<TableSlots> mine) {
    Map<String, List<RowSlots>> byKey = new LinkedHashMap<>();
    for (int t = 0; t < mine.size(); t++) {
      if (measure.breakdowns().get(t).breakdown() instanceof Breakdown.ByPeriod) {
        continue;
      }
      for (RowSlots row : mine.get(t).rows()) {
        if (row.foldable()) {
          String key = row.key();
          int at = key.lastIndexOf(SEPARATOR);
          byKey.computeIfAbsent(at < 0 ? key : key.substring(at + SEPARATOR.length()),
              k -> new ArrayList<>()).add(row);
        }
      }
    }
    boolean proportion = measure.total() instanceof Proportion;
    for (List<RowSlots> rows : byKey.values()) {
      for (int i = 1; i < rows.size(); i++) {
        for (int j = 0; j < i; j++) {
          for (int c = 0; c < (proportion ? 3 : 1); c++) {
            builder.same(column(rows.get(j), c), column(rows.get(i), c));
          }
        }
      }
    }
  }

  /**
   * Which units a measure's initial population is, when the library can tell: the children,
   * families, adults or episodes of a programme open in the period (a count without a service
   * output, a baseline profile, a better-off measure, a How well measure of every episode).
   */
  static Optional<String> population(MeasureDefinition definition) {
    if (definition instanceof CountMeasure) {
      CountMeasure count = (CountMeasure) definition;
      return count.serviceOutput().isPresent() ? Optional.empty()
          : Optional.of(count.programme() + "/" + count.unit());
    }
    if (definition instanceof BaselineProfile) {
      BaselineProfile profile = (BaselineProfile) definition;
      return Optional.of(profile.programme() + "/" + profile.unit());
    }
    if (definition instanceof BetterOffDefinition) {
      BetterOffDefinition better = (BetterOffDefinition) definition;
      return Optional.of(better.programme() + "/" + better.measure().countingUnit());
    }
    if (definition instanceof ProcessMeasure) {
      ProcessCondition condition = ((ProcessMeasure) definition).condition();
      if (condition instanceof ProcessCondition.ViewRecorded
          || condition instanceof ProcessCondition.HasServiceOutput) {
        return Optional.of(definition.programme() + "/EPISODE");
      }
    }
    return Optional.empty();
  }

  /** The identity of a breakdown's row: the same units, whichever table shows them. */
  static String rowIdentity(Breakdown breakdown, String key) {
    if (breakdown instanceof Breakdown.ByPeriod) {
      return "period:" + breakdown + "=" + key;
    }
    if (breakdown instanceof Breakdown.Hierarchy) {
      List<Breakdown> levels = ((Breakdown.Hierarchy) breakdown).levels();
      int depth = parts(key, SEPARATOR).size();
      if (depth > levels.size()) {
        return "table:" + breakdown.name() + "=" + key;   // a key with the separator in it
      }
      return "rows:" + levels.subList(0, depth) + "=" + key;
    }
    if (breakdown instanceof Breakdown.ByLocalAuthority
        && ((Breakdown.ByLocalAuthority) breakdown).rule() != LocalAuthorityRule.EPISODE) {
      return "placed:" + breakdown + "=" + key;   // one episode places each unit
    }
    return "rows:" + List.of(breakdown) + "=" + key;
  }

  private static List<String> parts(String key, String separator) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = key.indexOf(separator, from)) >= 0) {
      parts.add(key.substring(from, at));
      from = at + separator.length();
    }
    parts.add(key.substring(from));
    return parts;
  }

  private TableSlots table(Measure measure, Rows rows, int[] totals,
      Optional<String> population) {
    String code = measure.definition().code();
    Breakdown breakdown = rows.breakdown();
    boolean proportion = measure.total() instanceof Proportion;
    Set<String> folded = folds.getOrDefault(tableKey(code, breakdown.name()), Set.of());
    boolean hierarchy = breakdown instanceof Breakdown.Hierarchy;
    int levels = hierarchy ? ((Breakdown.Hierarchy) breakdown).levels().size() : 1;
    boolean nested = hierarchy;
    for (String key : rows.rows().keySet()) {
      nested &= parts(key, SEPARATOR).size() <= levels;
    }
    // Rows shown, rows folded by parent (the parent's key, "" for the top), in order.
    List<String> shown = new ArrayList<>();
    Map<String, List<String>> foldedByParent = new LinkedHashMap<>();
    for (String key : rows.rows().keySet()) {
      String parent = nested ? parent(key) : "";
      if (nested && isFoldedAncestor(parent, folded)) {
        continue;   // folded with its ancestor
      }
      if (folded.contains(key)) {
        foldedByParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(key);
      } else {
        shown.add(key);
      }
    }
    List<RowSlots> slots = new ArrayList<>();
    Map<String, RowSlots> byKey = new HashMap<>();
    Map<String, List<RowSlots>> children = new LinkedHashMap<>();
    for (String key : shown) {
      RowSlots row = row(code, rowIdentity(breakdown, key), key, rows.rows().get(key),
          proportion, population, breakdown instanceof Breakdown.ByPeriod);
      slots.add(row);
      byKey.put(key, row);
      children.computeIfAbsent(nested ? parent(key) : "", k -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<String>> entry : foldedByParent.entrySet()) {
      String parent = entry.getKey();
      Tally merged = null;
      for (String key : entry.getValue()) {
        Tally tally = rows.rows().get(key);
        merged = merged == null ? tally : merged.merge(tally);
      }
      String key = parent.isEmpty() ? BreakdownTable.OTHER
          : parent + SEPARATOR + BreakdownTable.OTHER;
      while (rows.rows().containsKey(key)) {
        key = key + "*";   // a real key of that name
      }
      String identity = "other:" + breakdown.name() + "=" + parent + "/"
          + new TreeSet<>(entry.getValue());
      RowSlots row = row(code, identity, key, merged, proportion, population,
          breakdown instanceof Breakdown.ByPeriod);
      slots.add(new RowSlots(key, row.cells(), row.total(), false));
      children.computeIfAbsent(parent, k -> new ArrayList<>()).add(row);
    }
    RowSlots totalRow = proportion
        ? new RowSlots(BreakdownTable.TOTAL, new int[] {totals[0], publishedB(code, totals)},
            totals[2], false)
        : new RowSlots(BreakdownTable.TOTAL, new int[] {totals[0]}, totals[0], false);
    boolean related = !(proportion && breakdown instanceof Breakdown.ByPeriod)
        && (nested || !hierarchy);
    if (related) {
      for (Map.Entry<String, List<RowSlots>> group : children.entrySet()) {
        RowSlots parent = group.getKey().isEmpty() ? totalRow : byKey.get(group.getKey());
        if (parent != null) {
          group(parent, group.getValue(), proportion, true);
        }
      }
    }
    return new TableSlots(code, breakdown.name(), proportion, slots, totalRow);
  }

  private int publishedB(String code, int[] totals) {
    // The line's "not better off" is published as the total row's second cell.
    return cell(code, "all", "b", builder.value(totals[1]), CountSystem.Tier.COLUMN);
  }

  private static String parent(String key) {
    int at = key.lastIndexOf(SEPARATOR);
    return at < 0 ? "" : key.substring(0, at);
  }

  private static boolean isFoldedAncestor(String parent, Set<String> folded) {
    String at = parent;
    while (!at.isEmpty()) {
      if (folded.contains(at)) {
        return true;
      }
      at = parent(at);
    }
    return false;
  }

  private RowSlots row(String code, String identity, String key, Tally tally,
      boolean proportion, Optional<String> population, boolean period) {
    if (!proportion) {
      int n = cell(code, identity, "n", ((Count) tally).value(), CountSystem.Tier.INNER);
      if (!period) {
        population.ifPresent(p -> populations.computeIfAbsent(p + "|" + identity,
            k -> new ArrayList<>()).add(n));
      }
      return new RowSlots(key, new int[] {n}, n, true);
    }
    Proportion p = (Proportion) tally;
    int a = cell(code, identity, "a", p.numerator(), CountSystem.Tier.INNER);
    int b = cell(code, identity, "b", p.denominator() - p.numerator(), CountSystem.Tier.COLUMN);
    int d = cell(code, identity, "d", p.denominator(), CountSystem.Tier.MARGIN);
    builder.sum(d, a, b);
    if (population.isPresent() && !period) {
      int initial = unpublished(code, identity, "pop", p.initialPopulation());
      builder.atMost(d, initial);
      populations.computeIfAbsent(population.get() + "|" + identity, k -> new ArrayList<>())
          .add(initial);
    }
    return new RowSlots(key, new int[] {a, b}, d, true);
  }

  /** A parent row and its children, column by column, as distinct counts. */
  private void group(RowSlots parent, List<RowSlots> children, boolean proportion,
      boolean complete) {
    int columns = proportion ? 3 : 1;
    for (int c = 0; c < columns; c++) {
      int[] counts = new int[children.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = column(children.get(i), c);
      }
      builder.group(column(parent, c), counts, complete);
    }
  }

  private static int column(RowSlots row, int c) {
    return c < row.cells().length ? row.cells()[c] : row.total();
  }

  /**
   * A cross's rows against a breakdown by one of its parts on the same card: the rows whose part
   * is a key are that key's units.
   */
  private void crosses(Measure measure, List<TableSlots> mine) {
    boolean proportion = measure.total() instanceof Proportion;
    String code = measure.definition().code();
    for (int t = 0; t < mine.size(); t++) {
      Breakdown breakdown = measure.breakdowns().get(t).breakdown();
      if (!(breakdown instanceof Breakdown.Cross)) {
        continue;
      }
      List<Breakdown> partsOf = ((Breakdown.Cross) breakdown).parts();
      TableSlots table = mine.get(t);
      boolean complete = !folds.containsKey(tableKey(code, breakdown.name()))
          || folds.get(tableKey(code, breakdown.name())).isEmpty();
      for (int i = 0; i < partsOf.size(); i++) {
        Map<String, List<RowSlots>> byPart = new TreeMap<>();
        boolean parsed = true;
        for (RowSlots row : table.rows()) {
          if (!row.foldable()) {
            continue;   // an "other" row
          }
          List<String> keys = parts(row.key(), CROSS);
          if (keys.size() != partsOf.size()) {
            parsed = false;
            break;
          }
          byPart.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(row);
        }
        if (!parsed) {
          continue;
        }
        for (Map.Entry<String, List<RowSlots>> entry : byPart.entrySet()) {
          String identity = rowIdentity(partsOf.get(i), entry.getKey());
          int first = builderFind(code, identity, proportion ? "a" : "n");
          if (first < 0) {
            continue;
          }
          RowSlots parent = proportion
              ? new RowSlots(entry.getKey(), new int[] {first,
                  builderFind(code, identity, "b")}, builderFind(code, identity, "d"), false)
              : new RowSlots(entry.getKey(), new int[] {first}, first, false);
          group(parent, entry.getValue(), proportion, complete);
        }
      }
    }
  }

  private int builderFind(String code, String identity, String column) {
    return slots.getOrDefault(code + "|" + identity + "|" + column, -1);
  }

  private void profile(Measure measure, int n) {
    String code = measure.definition().code();
    if (measure.total() instanceof Summary) {
      profiles.add(new ProfileSlots(measure, List.of(), new int[][] {{n}}));
      return;
    }
    Transitions transitions = (Transitions) measure.total();
    List<String> levels = transitions.levels();
    int size = levels.size();
    int[][] grid = new int[size + 1][size + 1];
    for (int from = 0; from < size; from++) {
      for (int to = 0; to < size; to++) {
        grid[from][to] = cell(code, "moves", levels.get(from) + ">" + levels.get(to),
            transitions.count(levels.get(from), levels.get(to)), CountSystem.Tier.INNER);
      }
      grid[from][size] = cell(code, "moves", levels.get(from) + ">all",
          transitions.baseline().getOrDefault(levels.get(from), 0L), CountSystem.Tier.MARGIN);
      builder.sum(grid[from][size], Arrays.copyOf(grid[from], size));
    }
    for (int to = 0; to < size; to++) {
      grid[size][to] = cell(code, "moves", "all>" + levels.get(to),
          transitions.later().getOrDefault(levels.get(to), 0L), CountSystem.Tier.MARGIN);
      int[] column = new int[size];
      for (int from = 0; from < size; from++) {
        column[from] = grid[from][to];
      }
      builder.sum(grid[size][to], column);
    }
    grid[size][size] = n;
    int[] rowTotals = new int[size];
    for (int from = 0; from < size; from++) {
      rowTotals[from] = grid[from][size];
    }
    builder.sum(n, rowTotals);
    builder.sum(n, Arrays.copyOf(grid[size], size));
    profiles.add(new ProfileSlots(measure, levels, grid));
  }

  /**
   * The rows to fold, given a publication: the rows already folded, and each row that publishes
   * no count but hidden ones and zeros (in a hierarchy, only with every row under it), by table;
   * none under a policy that neither hides nor rounds.
   */
  Map<String, Set<String>> folds(Publication publication, DisclosurePolicy policy) {
    Map<String, Set<String>> next = new HashMap<>();
    folds.forEach((table, keys) -> next.put(table, new TreeSet<>(keys)));
    if (!policy.foldsHiddenRows() || policy.protectionWidth() == 0) {
      return next;
    }
    for (TableSlots table : tables) {
      Set<String> hidden = new TreeSet<>();
      for (RowSlots row : table.rows()) {
        if (row.foldable() && allHidden(row, publication)) {
          hidden.add(row.key());
        }
      }
      for (int i = 0; i < table.rows().size(); i++) {
        RowSlots row = table.rows().get(i);
        if (!row.foldable() || !hidden.contains(row.key())) {
          continue;
        }
        boolean subtree = true;
        String prefix = row.key() + SEPARATOR;
        for (RowSlots other : table.rows()) {
          if (other.key().startsWith(prefix) && !hidden.contains(other.key())) {
            subtree = false;
          }
        }
        if (subtree) {
          next.computeIfAbsent(tableKey(table.measure(), table.breakdown()),
              k -> new TreeSet<>()).add(row.key());
        }
      }
    }
    return next;
  }

  /** Whether a row publishes nothing but hidden counts and zeros: its key alone would tell. */
  private boolean allHidden(RowSlots row, Publication publication) {
    for (int slot : row.cells()) {
      if (!hiddenOrZero(count(slot), publication)) {
        return false;
      }
    }
    return hiddenOrZero(count(row.total()), publication);
  }

  private static boolean hiddenOrZero(int count, Publication publication) {
    return publication.isHidden(count) || publication.shown(count) == 0;
  }

  /** The published cell of a slot. */
  Cell cell(int slot, Publication publication, DisclosurePolicy policy) {
    int c = count(slot);
    switch (publication.state(c)) {
      case SHOWN:
        return Cell.shown(publication.shown(c));
      case ROUNDED:
        return Cell.rounded(publication.shown(c));
      case HIDDEN:
        return Cell.hidden(CellStatus.SUPPRESSED, policy.symbol());
      default:
        throw new IllegalStateException("an unpublished count has no cell");
    }
  }

  /** The percent of two published cells: [z] beside a published 0, hidden beside a hidden one. */
  static PercentCell percent(Cell numerator, Cell denominator, DisclosurePolicy policy) {
    if (!denominator.isHidden() && denominator.shown().getAsLong() == 0) {
      return PercentCell.none();
    }
    if (numerator.isHidden() || denominator.isHidden()) {
      return PercentCell.hidden(policy.symbol());
    }
    return PercentCell.of(numerator.shown().getAsLong(), denominator.shown().getAsLong());
  }

  /** The interval beside a shown percent, of the published counts. */
  static Optional<Interval> interval(Cell numerator, Cell denominator, PercentCell percent,
      double confidence) {
    if (percent.isHidden()) {
      return Optional.empty();
    }
    return Proportion.of(numerator.shown().getAsLong(), denominator.shown().getAsLong())
        .interval(confidence);
  }

  /** The published line of a measure. */
  ReportLine line(LineSlots slots, Publication publication, DisclosurePolicy policy,
      double confidence) {
    MeasureDefinition definition = slots.measure().definition();
    Cell number = cell(slots.number(), publication, policy);
    if (slots.denominator() < 0) {
      return ReportLine.count(definition.code(), definition.name().text(), definition.section(),
          slots.measure().role(), number);
    }
    Cell denominator = cell(slots.denominator(), publication, policy);
    PercentCell percent = percent(number, denominator, policy);
    return ReportLine.proportion(definition.code(), definition.name().text(),
        definition.section(), slots.measure().role(), number, denominator, percent,
        interval(number, denominator, percent, confidence),
        cell(slots.assessed(), publication, policy), cell(slots.notPaired(), publication, policy),
        cell(slots.excluded(), publication, policy),
        cell(slots.notEligible(), publication, policy));
  }

  /** The published breakdown table. */
  BreakdownTable table(TableSlots slots, Publication publication, DisclosurePolicy policy,
      double confidence) {
    List<BreakdownTable.Row> rows = new ArrayList<>();
    for (RowSlots row : slots.rows()) {
      rows.add(row(row, slots.proportion(), publication, policy, confidence));
    }
    return new BreakdownTable(slots.measure(), slots.breakdown(), slots.proportion()
        ? List.of(BreakdownTable.BETTER_OFF, BreakdownTable.NOT_BETTER_OFF)
        : List.of(BreakdownTable.COUNT), rows,
        row(slots.total(), slots.proportion(), publication, policy, confidence));
  }

  private BreakdownTable.Row row(RowSlots row, boolean proportion, Publication publication,
      DisclosurePolicy policy, double confidence) {
    if (!proportion) {
      return BreakdownTable.Row.count(row.key(), cell(row.cells()[0], publication, policy));
    }
    Cell betterOff = cell(row.cells()[0], publication, policy);
    Cell denominator = cell(row.total(), publication, policy);
    PercentCell percent = percent(betterOff, denominator, policy);
    return BreakdownTable.Row.proportion(row.key(), betterOff,
        cell(row.cells()[1], publication, policy), denominator, percent,
        interval(betterOff, denominator, percent, confidence));
  }

  /** The published change profile. */
  ChangeProfile profile(ProfileSlots slots, Publication publication, DisclosurePolicy policy) {
    MeasureDefinition definition = slots.measure().definition();
    if (slots.levels().isEmpty()) {
      Summary summary = (Summary) slots.measure().total();
      Cell paired = cell(slots.grid()[0][0], publication, policy);
      MeanCell mean;
      if (paired.isHidden()) {
        mean = MeanCell.hidden(policy.symbol());
      } else if (paired.shown().getAsLong() == 0 || summary.count() == 0) {
        mean = MeanCell.none();
      } else if (paired.status() == CellStatus.ROUNDED) {
        // Beside a rounded number, no more precision than is shown: the exact mean of n
        // integer changes would tell n.
        mean = MeanCell.of(Double.parseDouble(MeanCell.of(summary.mean().getAsDouble())
            .text()));
      } else {
        mean = MeanCell.of(summary.mean().getAsDouble());
      }
      return ChangeProfile.summary(definition.code(), definition.name().text(), paired, mean);
    }
    int size = slots.levels().size();
    List<List<Cell>> grid = new ArrayList<>();
    for (int r = 0; r <= size; r++) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c <= size; c++) {
        row.add(cell(slots.grid()[r][c], publication, policy));
      }
      grid.add(row);
    }
    return new ChangeProfile(definition.code(), definition.name().text(),
        ControlledTable.of(slots.levels(), slots.levels(), grid), Optional.empty());
  }

  /**
   * The slot of every published cell, by {@link #cellKey}: the lines' cells (breakdown and key
   * empty; columns {@code number}, {@code denominator}, {@code assessed}, {@code notPaired},
   * {@code excluded}, {@code notEligible}) and the tables' (columns as the tables name them, and
   * {@code total} for a proportion's denominator).
   */
  Map<String, Integer> cellSlots() {
    Map<String, Integer> cells = new HashMap<>();
    for (LineSlots line : lines) {
      String code = line.measure().definition().code();
      cells.put(cellKey(code, "", "", "number"), line.number());
      if (line.denominator() >= 0) {
        cells.put(cellKey(code, "", "", "denominator"), line.denominator());
        cells.put(cellKey(code, "", "", "assessed"), line.assessed());
        cells.put(cellKey(code, "", "", "notPaired"), line.notPaired());
        cells.put(cellKey(code, "", "", "excluded"), line.excluded());
        cells.put(cellKey(code, "", "", "notEligible"), line.notEligible());
      }
    }
    for (TableSlots table : tables) {
      List<RowSlots> rows = new ArrayList<>(table.rows());
      rows.add(table.total());
      for (RowSlots row : rows) {
        if (table.proportion()) {
          cells.put(cellKey(table.measure(), table.breakdown(), row.key(),
              BreakdownTable.BETTER_OFF), row.cells()[0]);
          cells.put(cellKey(table.measure(), table.breakdown(), row.key(),
              BreakdownTable.NOT_BETTER_OFF), row.cells()[1]);
          cells.put(cellKey(table.measure(), table.breakdown(), row.key(), "total"),
              row.total());
        } else {
          cells.put(cellKey(table.measure(), table.breakdown(), row.key(),
              BreakdownTable.COUNT), row.total());
        }
      }
    }
    return cells;
  }

  static String cellKey(String measure, String breakdown, String key, String column) {
    return measure + "\u0000" + breakdown + "\u0000" + key + "\u0000" + column;
  }

  /** Every count of the system as it is published, by identity: for seeding a later run. */
  static Set<String> hiddenIdentities(Publication publication) {
    Set<String> hidden = new java.util.HashSet<>();
    CountSystem system = publication.system();
    for (int c = 0; c < system.size(); c++) {
      if (publication.isHidden(c)) {
        hidden.add(system.identity(c));
      }
    }
    return hidden;
  }

  @Override
  public String toString() {
    return "CardModel[" + lines.size() + " lines, " + tables.size() + " tables]";
  }
}
