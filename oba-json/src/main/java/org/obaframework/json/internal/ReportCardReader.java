package org.obaframework.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.ChangeProfile;
import org.obaframework.core.report.ControlledTable;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.MeanCell;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.core.stats.Interval;

/**
 * Reads a report card from a parsed document, collecting every problem with its JSON Pointer,
 * line and column: the published value that was written, as oba-core's {@link ReportCard}. Not
 * thread-safe; one per document.
 */
public final class ReportCardReader extends DocumentReader {
  static final String FORMAT = "formatVersion";
  static final String TITLE = "title";
  static final String PERIOD = "period";
  static final String AS_OF = "asOf";
  static final String CONFIDENCE = "confidence";
  static final String DISCLOSURE = "disclosure";
  static final String PROTECTION = "protection";
  static final String LINES = "lines";
  static final String TABLES = "tables";
  static final String CHANGE_PROFILES = "changeProfiles";
  static final String CODE = "code";
  static final String NAME = "name";
  static final String SECTION = "section";
  static final String ROLE = "role";
  static final String NUMBER = "number";
  static final String DENOMINATOR = "denominator";
  static final String PERCENT = "percent";
  static final String INTERVAL = "interval";
  static final String ASSESSED = "assessed";
  static final String NOT_PAIRED = "notPaired";
  static final String EXCLUDED = "excluded";
  static final String NOT_ELIGIBLE = "notEligible";
  static final String MEASURE = "measure";
  static final String BREAKDOWN = "breakdown";
  static final String COLUMNS = "columns";
  static final String ROWS = "rows";
  static final String KEY = "key";
  static final String CELLS = "cells";
  static final String TOTAL = "total";
  static final String LEVELS = "levels";
  static final String PAIRED = "paired";
  static final String MEAN_CHANGE = "meanChange";
  static final String TEXT = "text";
  static final String STATUS = "status";
  static final String VALUE = "value";
  static final String LOWER = "lower";
  static final String UPPER = "upper";

  private static final Set<String> ROOT = Set.of(FORMAT, TITLE, PERIOD, AS_OF, CONFIDENCE,
      DISCLOSURE, PROTECTION, LINES, TABLES, CHANGE_PROFILES);
  private static final Set<String> LINE = Set.of(CODE, NAME, SECTION, ROLE, NUMBER, DENOMINATOR,
      PERCENT, INTERVAL, ASSESSED, NOT_PAIRED, EXCLUDED, NOT_ELIGIBLE);
  private static final Set<String> TABLE = Set.of(MEASURE, BREAKDOWN, COLUMNS, ROWS, TOTAL);
  private static final Set<String> ROW = Set.of(KEY, CELLS, TOTAL, PERCENT, INTERVAL);
  private static final Set<String> TOTALS = Set.of(CELLS, TOTAL, PERCENT, INTERVAL);
  private static final Set<String> PROFILE = Set.of(CODE, NAME, LEVELS, ROWS, TOTAL, PAIRED,
      MEAN_CHANGE);
  private static final Set<String> PROFILE_ROW = Set.of(KEY, CELLS, TOTAL);
  private static final Set<String> PROFILE_TOTALS = Set.of(CELLS, TOTAL);
  private static final Set<String> CELL = Set.of(TEXT, STATUS, VALUE);
  private static final Set<String> BOUNDS = Set.of(LOWER, UPPER, CONFIDENCE);
  /** Statuses written before outputs stopped telling why a cell is hidden: read as hidden. */
  private static final Set<String> EARLIER_HIDDEN = Set.of("SUPPRESSED_PRIMARY",
      "SUPPRESSED_SECONDARY");
  private static final Pattern PERIOD_TEXT = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}");

  private final Located root;

  private ReportCardReader(Located root, boolean allowUnknown, int listed) {
    super(allowUnknown, listed);
    root(root);
    this.root = root;
  }

  /** The card read, if there were no problems, and the problems. */
  public record Outcome(@Nullable ReportCard card, List<Problem> problems, long unlisted) {}

  /**
   * Reads a report card from a parsed document.
   *
   * @param root the document's root value
   * @param allowUnknown whether to ignore properties the format does not define
   * @param listed the most problems listed; the rest are counted
   * @return the card, or none with the problems found
   */
  public static Outcome read(Located root, boolean allowUnknown, int listed) {
    ReportCardReader reader = new ReportCardReader(root, allowUnknown, listed);
    ReportCard card = reader.card();
    return new Outcome(reader.count() == 0 ? card : null, reader.listed(), reader.unlisted());
  }

  private @Nullable ReportCard card() {
    if (!format(root, OutputWriter.FORMAT_VERSION, ROOT)) {
      return null;
    }
    String title = string(root, TITLE, true);
    ReportingPeriod period = period(root, PERIOD);
    LocalDate asOf = date(root, AS_OF);
    Double confidence = confidence(root, CONFIDENCE);
    DisclosurePolicy policy = policy(root);
    string(root, PROTECTION, false);   // the policy's statement: written for readers, derived
    List<ReportLine> lines = list(root, LINES, this::line);
    List<BreakdownTable> tables = list(root, TABLES, this::table);
    List<ChangeProfile> profiles = root.field(CHANGE_PROFILES) == null ? List.of()
        : list(root, CHANGE_PROFILES, this::profile);
    if (count() > 0 || title == null || period == null || asOf == null
        || confidence == null || policy == null) {
      return null;
    }
    return build(root, () -> ReportCard.of(title, period, asOf,
        new ReportOptions(confidence, policy, Optional.of(title)), lines, tables, profiles));
  }

  private @Nullable DisclosurePolicy policy(Located parent) {
    String text = string(parent, DISCLOSURE, true);
    if (text == null) {
      return null;
    }
    try {
      return DisclosurePolicy.parse(text);
    } catch (ValidationException e) {
      Located node = java.util.Objects.requireNonNull(parent.field(DISCLOSURE));
      problem(ProblemType.UNKNOWN_REFERENCE, node, DISCLOSURE,
          "a disclosure policy: none, dfe, ons-10-5, statswales or custom:...", foundText(node));
      return null;
    }
  }

  private @Nullable ReportLine line(Located node) {
    long before = count();
    properties(node, LINE);
    String code = string(node, CODE, true);
    String name = string(node, NAME, true);
    Section section = enumeration(node, SECTION, Section.class, true);
    MeasureRole role = enumeration(node, ROLE, MeasureRole.class, false);
    Cell number = cell(node, NUMBER, true);
    Cell denominator = cell(node, DENOMINATOR, false);
    PercentCell percent = shown(node, PERCENT, this::percent);
    Interval interval = interval(node, percent);
    Cell assessed = cell(node, ASSESSED, false);
    Cell notPaired = cell(node, NOT_PAIRED, false);
    Cell excluded = cell(node, EXCLUDED, false);
    Cell notEligible = cell(node, NOT_ELIGIBLE, false);
    if (count() > before || code == null || name == null || section == null
        || number == null) {
      return null;
    }
    Optional<MeasureRole> roleOf = Optional.ofNullable(role);
    if (denominator == null && percent == null && assessed == null && notPaired == null
        && excluded == null && notEligible == null) {
      return build(node, () -> ReportLine.count(code, name, section, roleOf, number));
    }
    if (denominator == null || percent == null || assessed == null || notPaired == null
        || excluded == null || notEligible == null) {
      problem(ProblemType.MISSING_VALUE, node, node.pointer(),
          "a count's number alone, or a proportion's number, denominator, percent, assessed, "
              + "notPaired, excluded and notEligible", "a part of a proportion");
      return null;
    }
    Optional<Interval> bounds = Optional.ofNullable(interval);
    return build(node, () -> ReportLine.proportion(code, name, section, roleOf, number,
        denominator, percent, bounds, assessed, notPaired, excluded, notEligible));
  }

  private @Nullable BreakdownTable table(Located node) {
    long before = count();
    properties(node, TABLE);
    String measure = string(node, MEASURE, true);
    String breakdown = string(node, BREAKDOWN, true);
    Located columnsNode = node.field(COLUMNS);
    List<String> columns = strings(node, COLUMNS);
    int width = columnsNode == null ? -1 : columns.size();
    List<BreakdownTable.Row> rows = new ArrayList<>();
    for (Located item : array(node, ROWS, true)) {
      if (isKind(item, Located.Kind.OBJECT, ROWS)) {
        BreakdownTable.Row row = row(item, width, ROW, true);
        if (row != null) {
          rows.add(row);
        }
      }
    }
    BreakdownTable.Row total = null;
    Located totalNode = node.field(TOTAL);
    if (totalNode == null) {
      problem(ProblemType.MISSING_VALUE, node, TOTAL, "an object", "none");
    } else if (isKind(totalNode, Located.Kind.OBJECT, TOTAL)) {
      total = row(totalNode, width, TOTALS, false);
    }
    if (count() > before || measure == null || breakdown == null || total == null) {
      return null;
    }
    BreakdownTable.Row totals = total;
    return build(node, () -> new BreakdownTable(measure, breakdown, columns, rows, totals));
  }

  /** A row, or the total row (whose key is implied), of a breakdown table. */
  private BreakdownTable.@Nullable Row row(Located node, int columns, Set<String> known,
      boolean keyed) {
    long before = count();
    properties(node, known);
    String key = keyed ? string(node, KEY, true) : BreakdownTable.TOTAL;
    List<Cell> cells = cells(node, columns);
    Cell total = cell(node, TOTAL, true);
    PercentCell percent = shown(node, PERCENT, this::percent);
    Interval interval = interval(node, percent);
    if (count() > before || key == null || total == null) {
      return null;
    }
    return build(node, () -> new BreakdownTable.Row(key, cells, total,
        Optional.ofNullable(percent), Optional.ofNullable(interval)));
  }

  private @Nullable ChangeProfile profile(Located node) {
    long before = count();
    properties(node, PROFILE);
    String code = string(node, CODE, true);
    String name = string(node, NAME, true);
    if (node.field(PAIRED) != null || node.field(MEAN_CHANGE) != null) {
      Cell paired = cell(node, PAIRED, true);
      MeanCell mean = shown(node, MEAN_CHANGE, this::mean);
      if (mean == null && node.field(MEAN_CHANGE) == null) {
        missing(node, MEAN_CHANGE, "a mean change");
      }
      if (count() > before || code == null || name == null || paired == null
          || mean == null) {
        return null;
      }
      return build(node, () -> ChangeProfile.summary(code, name, paired, mean));
    }
    List<String> levels = strings(node, LEVELS);
    int width = node.field(LEVELS) == null ? -1 : levels.size() + 1;
    List<List<Cell>> grid = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Located item : array(node, ROWS, true)) {
      if (isKind(item, Located.Kind.OBJECT, ROWS)) {
        properties(item, PROFILE_ROW);
        keys.add(string(item, KEY, true));
        grid.add(withTotal(item, width - 1));
      }
    }
    Located totalNode = present(node, TOTAL, true, "an object");
    if (totalNode != null && isKind(totalNode, Located.Kind.OBJECT, TOTAL)) {
      properties(totalNode, PROFILE_TOTALS);
      grid.add(withTotal(totalNode, width - 1));
    }
    if (count() > before || code == null || name == null) {
      return null;
    }
    if (!keys.equals(levels)) {
      // The levels are the document's own labels: say where the rows differ, never the keys.
      int at = 0;
      while (at < keys.size() && at < levels.size() && keys.get(at).equals(levels.get(at))) {
        at++;
      }
      problem(ProblemType.OUT_OF_RANGE, node.field(ROWS), ROWS, "a row per level, in order ("
          + levels.size() + " rows)", keys.size() == levels.size() ? "row " + at
              + " keyed otherwise than level " + at : keys.size() + " rows");
      return null;
    }
    return build(node, () -> new ChangeProfile(code, name,
        ControlledTable.of(levels, levels, grid), Optional.empty()));
  }

  /** A row's cells, then its total. */
  private List<Cell> withTotal(Located node, int columns) {
    List<Cell> cells = new ArrayList<>(cells(node, columns));
    Cell total = cell(node, TOTAL, true);
    if (total != null) {
      cells.add(total);
    }
    return cells;
  }

  /** The cells of a row or of the totals, one per column (when the columns were read). */
  private List<Cell> cells(Located parent, int columns) {
    Located node = parent.field(CELLS);
    List<Cell> cells = new ArrayList<>();
    for (Located item : array(parent, CELLS, true)) {
      Cell cell = cell(item, CELLS);
      if (cell != null) {
        cells.add(cell);
      }
    }
    if (node != null && node.kind() == Located.Kind.ARRAY && columns >= 0
        && node.items().size() != columns) {
      problem(ProblemType.OUT_OF_RANGE, node, CELLS, "one cell per column, " + columns,
          node.items().size() + " cells");
    }
    return cells;
  }

  private @Nullable Cell cell(Located parent, String field, boolean required) {
    Located node = parent.field(field);
    if (node == null) {
      if (required) {
        problem(ProblemType.MISSING_VALUE, parent, field, "a cell", "none");
      }
      return null;
    }
    return cell(node, field);
  }

  private @Nullable Cell cell(Located node, String field) {
    if (!isKind(node, Located.Kind.OBJECT, field)) {
      return null;
    }
    long before = count();
    properties(node, CELL);
    String text = string(node, TEXT, true);
    CellStatus status = status(node);
    OptionalLong value = OptionalLong.empty();
    Located valueNode = node.field(VALUE);
    if (valueNode != null && isKind(valueNode, Located.Kind.INTEGER, VALUE)) {
      Object number = valueNode.scalar();
      if ((number instanceof Integer || number instanceof Long)
          && ((Number) number).longValue() >= 0) {
        value = OptionalLong.of(((Number) number).longValue());
      } else {
        problem(ProblemType.OUT_OF_RANGE, valueNode, VALUE,
            "a count from 0 to " + Long.MAX_VALUE, valueNode.describe());
      }
    }
    hiddenValue(valueNode, status);
    if (count() > before || text == null || status == null) {
      return null;
    }
    OptionalLong shown = value;
    return build(node, () -> new Cell(shown, status, text));
  }

  /** Reads an optional object with a reader, or null when it is absent. */
  private <T> @Nullable T shown(Located parent, String field, Function<Located, T> reader) {
    Located node = parent.field(field);
    if (node == null || !isKind(node, Located.Kind.OBJECT, field)) {
      return null;
    }
    return reader.apply(node);
  }

  private @Nullable PercentCell percent(Located node) {
    OptionalDouble value = decimal(node);
    CellStatus status = status(node);
    String text = string(node, TEXT, true);
    if (value == null || status == null || text == null) {
      return null;
    }
    return build(node, () -> new PercentCell(value, status, text));
  }

  private @Nullable MeanCell mean(Located node) {
    OptionalDouble value = decimal(node);
    CellStatus status = status(node);
    String text = string(node, TEXT, true);
    if (value == null || status == null || text == null) {
      return null;
    }
    return build(node, () -> new MeanCell(value, status, text));
  }

  /** The value of a percent or mean, checked against its status; null after a problem. */
  private @Nullable OptionalDouble decimal(Located node) {
    long before = count();
    properties(node, CELL);
    Located valueNode = node.field(VALUE);
    Double value = valueNode == null ? null : signless(number(valueNode, VALUE));
    CellStatus status = constant(CellStatus.class, statusText(node));
    hiddenValue(valueNode, status);
    if (count() > before) {
      return null;
    }
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * A cell's status; {@code SUPPRESSED_PRIMARY} and {@code SUPPRESSED_SECONDARY}, written before
   * outputs stopped telling why a cell is hidden, are read as {@link CellStatus#SUPPRESSED}.
   */
  private @Nullable CellStatus status(Located node) {
    if (EARLIER_HIDDEN.contains(statusText(node))) {
      return CellStatus.SUPPRESSED;
    }
    return enumeration(node, STATUS, CellStatus.class, true);
  }

  private static String statusText(Located node) {
    Located status = node.field(STATUS);
    return status != null && status.kind() == Located.Kind.STRING ? status.text() : "";
  }

  private void hiddenValue(@Nullable Located valueNode, @Nullable CellStatus status) {
    if (valueNode != null && status != null && status.isHidden()) {
      problem(ProblemType.OUT_OF_RANGE, valueNode, VALUE,
          "no value for a hidden cell (" + status.name() + ")", valueNode.describe());
    }
  }

  private @Nullable Interval interval(Located parent, @Nullable PercentCell percent) {
    Located node = parent.field(INTERVAL);
    if (node == null || !isKind(node, Located.Kind.OBJECT, INTERVAL)) {
      return null;
    }
    long before = count();
    properties(node, BOUNDS);
    Double lower = signless(number(node, LOWER, true));
    Double upper = signless(number(node, UPPER, true));
    Double confidence = confidence(node, CONFIDENCE);
    if (count() > before || lower == null || upper == null || confidence == null) {
      return null;
    }
    if (!(lower >= 0 && lower <= upper && upper <= 1)) {
      problem(ProblemType.OUT_OF_RANGE, node, INTERVAL, "0 <= lower <= upper <= 1",
          lower + ", " + upper);
      return null;
    }
    Located percentNode = parent.field(PERCENT);
    if (percentNode == null || percent != null && percent.isHidden()) {
      problem(ProblemType.OUT_OF_RANGE, node, INTERVAL, "an interval only with a shown percent",
          percentNode == null ? "no percent" : "a hidden percent (" + percent.status() + ")");
      return null;
    }
    return new Interval(lower, upper, confidence);
  }

  private @Nullable Double confidence(Located parent, String field) {
    Double value = number(parent, field, true);
    if (value != null && !(value > 0 && value < 1)) {
      Located node = parent.field(field);
      problem(ProblemType.OUT_OF_RANGE, node == null ? parent : node, field,
          "a confidence level strictly between 0 and 1", node == null ? "none" : node.describe());
      return null;
    }
    return value;
  }

  /** A share written -0 is 0: the report card has no signed zero. */
  private static @Nullable Double signless(@Nullable Double value) {
    return value == null ? null : value + 0.0;
  }

  private @Nullable ReportingPeriod period(Located parent, String field) {
    Located node = parent.field(field);
    String expected = "a period, YYYY-MM-DD/YYYY-MM-DD, start not after end";
    if (node == null) {
      problem(ProblemType.MISSING_VALUE, parent, field, expected, "none");
      return null;
    }
    if (!isKind(node, Located.Kind.STRING, field)) {
      return null;
    }
    if (PERIOD_TEXT.matcher(node.text()).matches()) {
      try {
        return ReportingPeriod.parse(node.text());
      } catch (ValidationException | DateTimeException e) {
        // reported below
      }
    }
    problem(ProblemType.INVALID_TEXT, node, field, expected, node.describe());
    return null;
  }

  /** Runs a constructor, placing what it rejects at the node (a backstop: checked above). */
  @Override
  protected <T> @Nullable T build(Located node, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ValidationException e) {
      e.problems().forEach(problem -> add(problem.at(node.position())));
      return null;
    } catch (IllegalArgumentException e) {
      problem(ProblemType.OUT_OF_RANGE, node, node.pointer(), "a valid report card",
          "a value its constructor refuses (" + Redaction.phrase(e.getMessage()) + ")");
      return null;
    }
  }

  @Override
  protected String foundText(Located node) {
    return node.describe();
  }


  @Override
  protected boolean supported(Located format, int version) {
    return ((Number) format.scalar()).longValue() == version
        && (format.scalar() instanceof Integer || format.scalar() instanceof Long);
  }
}
