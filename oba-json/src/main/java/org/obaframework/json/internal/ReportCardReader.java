package org.obaframework.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.stats.Interval;
import org.obaframework.json.PublishedReportCard;

/**
 * Reads a published report card from a parsed document, collecting every problem with its JSON
 * Pointer, line and column. Not thread-safe; one per document.
 */
public final class ReportCardReader extends DocumentReader {
  static final String FORMAT = "formatVersion";
  static final String TITLE = "title";
  static final String PERIOD = "period";
  static final String AS_OF = "asOf";
  static final String CONFIDENCE = "confidence";
  static final String DISCLOSURE = "disclosure";
  static final String LINES = "lines";
  static final String TABLES = "tables";
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
  static final String TEXT = "text";
  static final String STATUS = "status";
  static final String VALUE = "value";
  static final String LOWER = "lower";
  static final String UPPER = "upper";

  private static final Set<String> ROOT = Set.of(FORMAT, TITLE, PERIOD, AS_OF, CONFIDENCE,
      DISCLOSURE, LINES, TABLES);
  private static final Set<String> LINE = Set.of(CODE, NAME, SECTION, ROLE, NUMBER, DENOMINATOR,
      PERCENT, INTERVAL, ASSESSED, NOT_PAIRED, EXCLUDED, NOT_ELIGIBLE);
  private static final Set<String> TABLE = Set.of(MEASURE, BREAKDOWN, COLUMNS, ROWS, TOTAL);
  private static final Set<String> ROW = Set.of(KEY, CELLS, TOTAL, PERCENT, INTERVAL);
  private static final Set<String> TOTALS = Set.of(CELLS, TOTAL);
  private static final Set<String> CELL = Set.of(TEXT, STATUS, VALUE);
  private static final Set<String> BOUNDS = Set.of(LOWER, UPPER, CONFIDENCE);
  private static final Pattern PERIOD_TEXT = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}");

  private final Located root;

  private ReportCardReader(Located root, boolean allowUnknown, int listed) {
    super(allowUnknown, listed);
    root(root);
    this.root = root;
  }

  /** The card read, if there were no problems, and the problems. */
  public record Outcome(@Nullable PublishedReportCard card, List<Problem> problems, long unlisted) {}

  /**
   * Reads a published report card from a parsed document.
   *
   * @param root the document's root value
   * @param allowUnknown whether to ignore properties the format does not define
   * @param listed the most problems listed; the rest are counted
   * @return the card, or none with the problems found
   */
  public static Outcome read(Located root, boolean allowUnknown, int listed) {
    ReportCardReader reader = new ReportCardReader(root, allowUnknown, listed);
    PublishedReportCard card = reader.card();
    return new Outcome(reader.count() == 0 ? card : null, reader.listed(), reader.unlisted());
  }

  private @Nullable PublishedReportCard card() {
    if (!format(root, OutputWriter.FORMAT_VERSION, ROOT)) {
      return null;
    }
    String title = string(root, TITLE, true);
    ReportingPeriod period = period(root, PERIOD);
    LocalDate asOf = date(root, AS_OF);
    Double confidence = confidence(root, CONFIDENCE);
    String disclosure = string(root, DISCLOSURE, true);
    List<PublishedReportCard.Line> lines = list(root, LINES, this::line);
    List<PublishedReportCard.Table> tables = list(root, TABLES, this::table);
    if (count() > 0 || title == null || period == null || asOf == null
        || confidence == null || disclosure == null) {
      return null;
    }
    return build(root, () -> new PublishedReportCard(title, period, asOf, confidence,
        disclosure, lines, tables));
  }

  private PublishedReportCard.@Nullable Line line(Located node) {
    long before = count();
    properties(node, LINE);
    String code = string(node, CODE, true);
    String name = string(node, NAME, true);
    Section section = enumeration(node, SECTION, Section.class, true);
    MeasureRole role = enumeration(node, ROLE, MeasureRole.class, false);
    PublishedReportCard.Cell number = cell(node, NUMBER, true);
    PublishedReportCard.Cell denominator = cell(node, DENOMINATOR, false);
    PublishedReportCard.Percent percent = percent(node, PERCENT);
    Interval interval = interval(node, percent);
    PublishedReportCard.Cell assessed = cell(node, ASSESSED, false);
    PublishedReportCard.Cell notPaired = cell(node, NOT_PAIRED, false);
    PublishedReportCard.Cell excluded = cell(node, EXCLUDED, false);
    PublishedReportCard.Cell notEligible = cell(node, NOT_ELIGIBLE, false);
    if (count() > before || code == null || name == null || section == null
        || number == null) {
      return null;
    }
    return build(node, () -> new PublishedReportCard.Line(code, name, section,
        Optional.ofNullable(role), number, Optional.ofNullable(denominator),
        Optional.ofNullable(percent), Optional.ofNullable(interval),
        Optional.ofNullable(assessed), Optional.ofNullable(notPaired),
        Optional.ofNullable(excluded), Optional.ofNullable(notEligible)));
  }

  private PublishedReportCard.@Nullable Table table(Located node) {
    long before = count();
    properties(node, TABLE);
    String measure = string(node, MEASURE, true);
    String breakdown = string(node, BREAKDOWN, true);
    Located columnsNode = node.field(COLUMNS);
    List<String> columns = strings(node, COLUMNS);
    List<PublishedReportCard.Row> rows = new ArrayList<>();
    for (Located item : array(node, ROWS, true)) {
      if (isKind(item, Located.Kind.OBJECT, ROWS)) {
        PublishedReportCard.Row row = row(item, columnsNode == null ? -1 : columns.size());
        if (row != null) {
          rows.add(row);
        }
      }
    }
    PublishedReportCard.Totals total = null;
    Located totalNode = node.field(TOTAL);
    if (totalNode == null) {
      problem(ProblemType.MISSING_VALUE, node, TOTAL, "an object", "none");
    } else if (isKind(totalNode, Located.Kind.OBJECT, TOTAL)) {
      properties(totalNode, TOTALS);
      List<PublishedReportCard.Cell> cells = cells(totalNode,
          columnsNode == null ? -1 : columns.size());
      PublishedReportCard.Cell grand = cell(totalNode, TOTAL, true);
      if (grand != null) {
        total = new PublishedReportCard.Totals(cells, grand);
      }
    }
    if (count() > before || measure == null || breakdown == null || total == null) {
      return null;
    }
    PublishedReportCard.Totals totals = total;
    return build(node, () -> new PublishedReportCard.Table(measure, breakdown, columns, rows,
        totals));
  }

  private PublishedReportCard.@Nullable Row row(Located node, int columns) {
    long before = count();
    properties(node, ROW);
    String key = string(node, KEY, true);
    List<PublishedReportCard.Cell> cells = cells(node, columns);
    PublishedReportCard.Cell total = cell(node, TOTAL, true);
    PublishedReportCard.Percent percent = percent(node, PERCENT);
    Interval interval = interval(node, percent);
    if (count() > before || key == null || total == null) {
      return null;
    }
    return build(node, () -> new PublishedReportCard.Row(key, cells, total,
        Optional.ofNullable(percent), Optional.ofNullable(interval)));
  }

  /** The cells of a row or of the totals, one per column (when the columns were read). */
  private List<PublishedReportCard.Cell> cells(Located parent, int columns) {
    Located node = parent.field(CELLS);
    List<PublishedReportCard.Cell> cells = new ArrayList<>();
    for (Located item : array(parent, CELLS, true)) {
      PublishedReportCard.Cell cell = cell(item, CELLS);
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

  private PublishedReportCard.@Nullable Cell cell(Located parent, String field,
      boolean required) {
    Located node = parent.field(field);
    if (node == null) {
      if (required) {
        problem(ProblemType.MISSING_VALUE, parent, field, "a cell", "none");
      }
      return null;
    }
    return cell(node, field);
  }

  private PublishedReportCard.@Nullable Cell cell(Located node, String field) {
    if (!isKind(node, Located.Kind.OBJECT, field)) {
      return null;
    }
    long before = count();
    properties(node, CELL);
    String text = string(node, TEXT, true);
    CellStatus status = enumeration(node, STATUS, CellStatus.class, true);
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
    return new PublishedReportCard.Cell(text, status, value);
  }

  private PublishedReportCard.@Nullable Percent percent(Located parent, String field) {
    Located node = parent.field(field);
    if (node == null || !isKind(node, Located.Kind.OBJECT, field)) {
      return null;
    }
    long before = count();
    properties(node, CELL);
    String text = string(node, TEXT, true);
    CellStatus status = enumeration(node, STATUS, CellStatus.class, true);
    Located valueNode = node.field(VALUE);
    Double value = valueNode == null ? null : signless(number(valueNode, VALUE));
    hiddenValue(valueNode, status);
    if (count() > before || text == null || status == null) {
      return null;
    }
    return new PublishedReportCard.Percent(text, status,
        value == null ? OptionalDouble.empty() : OptionalDouble.of(value));
  }

  private void hiddenValue(@Nullable Located valueNode, @Nullable CellStatus status) {
    if (valueNode != null && status != null && status.isHidden()) {
      problem(ProblemType.OUT_OF_RANGE, valueNode, VALUE,
          "no value for a hidden cell (" + status.name() + ")", valueNode.describe());
    }
  }

  private @Nullable Interval interval(Located parent,
      PublishedReportCard.@Nullable Percent percent) {
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
    if (percentNode == null
        || percent != null && percent.status().isHidden()) {
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
