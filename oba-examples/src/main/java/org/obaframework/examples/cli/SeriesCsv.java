package org.obaframework.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.curve.SeriesPoint;
import org.obaframework.core.curve.SeriesUnit;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the values of a time series from CSV, as {@code oba curve --series} takes them:
 *
 * <pre>
 * period,value,numerator,denominator
 * FY2021,62.5,25,40
 * FY2022,70,28,40
 * 2023-04-01..2024-03-31,75,,
 * </pre>
 *
 * <p>The header is {@code period,value} or {@code period,value,numerator,denominator}. A period
 * takes any form of {@code --period}; the value is a number (a percent from 0 to 100 when the
 * series is of percents); the numerator and denominator, whole numbers, give a percent its counts
 * (both or neither; the value may then be left empty, and must otherwise be their percent to
 * within 0.05). Fields are not quoted; blank lines are skipped. Every problem of the file is
 * collected, located by line.
 */
final class SeriesCsv {
  /** The header with counts. */
  static final String HEADER = "period,value,numerator,denominator";

  private final List<SeriesPoint> points = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private boolean counts;

  private SeriesCsv() {}

  /**
   * Reads a file's text.
   *
   * @param text the text
   * @return the points and problems read
   */
  static SeriesCsv read(String text) {
    SeriesCsv csv = new SeriesCsv();
    String[] lines = text.split("\r?\n", -1);
    int columns = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Item where = Item.of("line " + (i + 1));
      if (line.isBlank()) {
        continue;
      }
      if (columns == 0) {
        String header = line.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (header.equals(HEADER)) {
          columns = 4;
        } else if (header.equals("period,value")) {
          columns = 2;
        } else {
          csv.problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT, where, "(header)",
              "period,value or " + HEADER, Redaction.text(line)));
          return csv;
        }
        continue;
      }
      csv.row(line.split(",", -1), columns, where);
    }
    if (columns == 0) {
      csv.problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT, Item.of("line 1"), "(header)",
          "period,value or " + HEADER, "an empty file"));
    } else if (csv.points.isEmpty() && csv.problems.isEmpty()) {
      csv.problems.add(Problem.of(ProblemType.MISSING_VALUE, Item.of("line 2"), "(row)",
          "at least one row of values", "none"));
    }
    return csv;
  }

  private void row(String[] fields, int columns, Item where) {
    if (fields.length != columns) {
      problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT, where, "(row)",
          columns + " fields separated by commas, without quotes",
          fields.length + " fields"));
      return;
    }
    int before = problems.size();
    ReportingPeriod period = null;
    try {
      period = Converters.period(fields[0].trim());
    } catch (TypeConversionException e) {
      problems.add(Problem.of(ProblemType.INVALID_TEXT, where, "period",
          Converters.PERIOD_FORMS, Redaction.text(fields[0])));
    }
    String valueText = fields[1].trim();
    Double value = valueText.isEmpty() ? null : number(valueText, where, "value");
    OptionalLong numerator = OptionalLong.empty();
    OptionalLong denominator = OptionalLong.empty();
    if (columns == 4 && !(fields[2].isBlank() && fields[3].isBlank())) {
      numerator = count(fields[2].trim(), where, "numerator");
      denominator = count(fields[3].trim(), where, "denominator");
      if (numerator.isPresent() && denominator.isPresent()
          && (denominator.getAsLong() < 1 || numerator.getAsLong() > denominator.getAsLong())) {
        problems.add(Problem.of(ProblemType.OUT_OF_RANGE, where, "numerator, denominator",
            "0 <= numerator <= denominator, denominator at least 1",
            numerator.getAsLong() + ", " + denominator.getAsLong()));
      }
    }
    if (value == null && numerator.isEmpty() && problems.size() == before) {
      problems.add(Problem.of(ProblemType.MISSING_VALUE, where, "value",
          "a number, or a numerator and a denominator", "an empty field"));
    }
    if (problems.size() > before || period == null) {
      return;
    }
    if (numerator.isPresent()) {
      counts = true;
      double percent = 100.0 * numerator.getAsLong() / denominator.getAsLong();
      if (value != null && Math.abs(value - percent) > 0.05) {
        problems.add(Problem.of(ProblemType.OUT_OF_RANGE, where, "value",
            "the percent of numerator and denominator, " + String.format(Locale.ROOT, "%.2f",
                percent), valueText));
        return;
      }
      points.add(SeriesPoint.proportion(period, numerator.getAsLong(),
          denominator.getAsLong()));
    } else {
      points.add(SeriesPoint.of(period, value));
    }
  }

  private @Nullable Double number(String text, Item where, String field) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the field
    }
    problems.add(Problem.of(ProblemType.INVALID_TEXT, where, field, "a finite number",
        Redaction.text(text) + " that is not a finite number"));
    return null;
  }

  private OptionalLong count(String text, Item where, String field) {
    if (!text.isEmpty() && text.length() <= 18 && text.chars().allMatch(Character::isDigit)) {
      return OptionalLong.of(Long.parseLong(text));
    }
    problems.add(Problem.of(ProblemType.INVALID_TEXT, where, field,
        "a whole number, 0 or more (both numerator and denominator, or neither)",
        text.isEmpty() ? "an empty field" : Redaction.text(text)));
    return OptionalLong.empty();
  }

  /** Returns the points, in the file's order. */
  List<SeriesPoint> points() {
    return points;
  }

  /** Returns every problem of the file. */
  List<Problem> problems() {
    return problems;
  }

  /** Returns the unit the file implies: percents if any row has counts, else numbers. */
  SeriesUnit impliedUnit() {
    return counts ? SeriesUnit.PERCENT : SeriesUnit.NUMBER;
  }
}
