package org.obaframework.json;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.change.Change;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.ChangeProfile;
import org.obaframework.core.report.ControlledTable;
import org.obaframework.core.report.MeanCell;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Exports tidy CSV for R, pandas and spreadsheets: one observation per row, one variable per
 * column, a header row, RFC 4180 quoting (a field is quoted only when it holds a comma, a quote or
 * a line break, and a quote inside is doubled), {@code \n} line ends, ISO 8601 dates, enumerated
 * values by their names, an empty field for no value. Written with jackson-dataformat-csv.
 *
 * <pre>{@code
 * TidyCsv.ratings(records.stream(), writer);      // one row per rating
 * TidyCsv.changes(changes, writer);               // one row per child-level change
 * TidyCsv.reportCells(card, writer);              // one row per cell a report card publishes
 * }</pre>
 *
 * <p><b>Privacy.</b> {@link #ratings} and {@link #changes} write children's and families' rated
 * values with their pseudonymous identifiers: that is their purpose, for researchers inside the
 * organisation or under a data-sharing agreement. Treat the files as personal data; this class
 * never logs what it writes. {@link #reportCells} writes only what the card publishes: a hidden
 * cell has its symbol and status and an empty value, so a card made under a disclosure policy
 * exports nothing that policy hides.
 *
 * <p>The writer is flushed, not closed. Stateless and thread-safe.
 */
public final class TidyCsv {
  /** The columns of {@link #ratings}. */
  public static final List<String> RATING_COLUMNS = RecordsCsv.COLUMNS;
  /** The columns of {@link #changes}. */
  public static final List<String> CHANGE_COLUMNS = List.of("subject", "member", "episode",
      "indicator", "rater", "startReview", "startDate", "startValue", "endReview", "endDate",
      "endValue", "outcome", "difference", "reason");
  /** The columns of {@link #reportCells}. */
  public static final List<String> CELL_COLUMNS = List.of("measure", "breakdown", "key",
      "quantity", "text", "status", "value");
  /** The key of a table's total row, or of a matrix's column totals, in {@link #reportCells}. */
  public static final String ALL = "(all)";
  /** The breakdown of a change profile's cells in {@link #reportCells}. */
  public static final String CHANGE_PROFILE = "change-profile";

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private TidyCsv() {}

  /**
   * Writes one row per rating of every review: subject, member (for a rating about one member of
   * a family), episode, programme, review, review kind, date assessed, rater, indicator, rating
   * status and value (a level's code, {@code yes} or {@code no}, or a number; empty when not
   * rated), then what else the records hold, repeated on each row: the subject's kind and
   * attributes, the member's role and attributes, the episode's local authority, delivery model,
   * start, end, closure reason and service outputs, and the day the review was recorded ({@link
   * RecordsCsv#COLUMNS}). Records are written in the order given, reviews in their records' order.
   * This is {@link RecordsCsv}'s long format, its ratings' rows only: {@link RecordsCsv} reads it
   * back (records without a rating, such as a member never rated, are in {@link
   * RecordsCsv#write}'s file only).
   *
   * <p>Contains children's rated values: see the class's note on privacy.
   *
   * @param records the records
   * @param writer where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void ratings(Stream<SubjectRecords> records, Writer writer) {
    // The long format of RecordsCsv, its ratings' rows: read back by RecordsCsv.
    RecordsCsv.longRows(records, writer, false);
  }

  /**
   * Writes one row per change: subject, member, episode, indicator, rater, the start review, date
   * and value, the end review, date and value, the outcome, the difference (end minus start, for
   * a numeric or ordinal scale; empty otherwise) and, when unpaired, the reason.
   *
   * <p>Contains children's rated values: see the class's note on privacy.
   *
   * @param changes the changes, such as those of {@link
   *     org.obaframework.core.change.Decision#changes()}
   * @param writer where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void changes(List<Change> changes, Writer writer) {
    try (Rows rows = new Rows(writer, CHANGE_COLUMNS)) {
      for (Change change : changes) {
        rows.row(change.subject(), change.member().orElse(null), change.episode(),
            change.indicator().code(), name(change.rater()), change.startReview().orElse(null),
            text(change.startDate()), text(change.startValue()),
            change.endReview().orElse(null), text(change.endDate()), text(change.endValue()),
            change.outcome().name(), number(change.difference()), name(change.reason()));
      }
    }
  }

  /**
   * Writes one row per cell the card publishes, after two rows that state its disclosure control
   * (quantity {@code disclosure}, whose text is the policy, such as {@code dfe}, and quantity
   * {@code protection}, whose text is the protection it gives; measure, breakdown, key, status and
   * value empty). A line's cells have an empty breakdown and key, and the quantities {@code
   * number}, {@code denominator}, {@code percent}, {@code assessed}, {@code notPaired}, {@code
   * excluded} and {@code notEligible} it has; a breakdown table's have its breakdown, the row's
   * key ({@value #ALL} for the total row) and the column's name, {@code total} or {@code percent};
   * a change profile's have the breakdown {@value #CHANGE_PROFILE}, and for a transition matrix
   * the level at baseline as key ({@value #ALL} for the column totals) and the level later or
   * {@code total} as quantity, for a summary the quantities {@code paired} and {@code
   * meanChange}. The value is the number published (rounded, under a rounding policy) and is empty
   * for a hidden cell, whose text is its symbol, such as {@code [c]}, and whose status is {@code
   * SUPPRESSED}, never why it is hidden.
   *
   * @param card the card
   * @param writer where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void reportCells(ReportCard card, Writer writer) {
    try (Rows rows = new Rows(writer, CELL_COLUMNS)) {
      rows.row("", "", "", "disclosure", card.options().disclosure().toString(), "", "");
      rows.row("", "", "", "protection", card.options().disclosure().protection(), "", "");
      for (ReportLine line : card.lines()) {
        rows.cell(line.code(), "", "", "number", line.number());
        line.denominator().ifPresent(c -> rows.cell(line.code(), "", "", "denominator", c));
        line.percent().ifPresent(p -> rows.percent(line.code(), "", "", p));
        line.assessed().ifPresent(c -> rows.cell(line.code(), "", "", "assessed", c));
        line.notPaired().ifPresent(c -> rows.cell(line.code(), "", "", "notPaired", c));
        line.excluded().ifPresent(c -> rows.cell(line.code(), "", "", "excluded", c));
        line.notEligible().ifPresent(c -> rows.cell(line.code(), "", "", "notEligible", c));
      }
      for (BreakdownTable table : card.tables()) {
        List<BreakdownTable.Row> all = new ArrayList<>(table.rows());
        all.add(table.total());
        for (BreakdownTable.Row row : all) {
          String key = row == table.total() ? ALL : row.key();
          for (int c = 0; c < table.columns().size(); c++) {
            rows.cell(table.measure(), table.breakdown(), key, table.columns().get(c),
                row.cells().get(c));
          }
          rows.cell(table.measure(), table.breakdown(), key, "total", row.total());
          row.percent().ifPresent(p -> rows.percent(table.measure(), table.breakdown(), key, p));
        }
      }
      for (ChangeProfile profile : card.changeProfiles()) {
        if (!profile.isTransitions()) {
          rows.cell(profile.code(), CHANGE_PROFILE, "", "paired", profile.paired());
          MeanCell mean = profile.meanChange().orElseThrow();
          rows.row(profile.code(), CHANGE_PROFILE, "", "meanChange", mean.text(),
              mean.status().name(), mean.isHidden() ? null : number(mean.value()));
          continue;
        }
        ControlledTable moves = profile.table();
        List<String> levels = moves.columns();
        for (int r = 0; r <= moves.rows().size(); r++) {
          boolean totals = r == moves.rows().size();
          String key = totals ? ALL : moves.rows().get(r);
          for (int c = 0; c < levels.size(); c++) {
            rows.cell(profile.code(), CHANGE_PROFILE, key, levels.get(c),
                totals ? moves.columnTotal(c) : moves.cell(r, c));
          }
          rows.cell(profile.code(), CHANGE_PROFILE, key, "total",
              totals ? moves.total() : moves.rowTotal(r));
        }
      }
    }
  }

  private static @Nullable String name(Optional<? extends Enum<?>> value) {
    return value.map(Enum::name).orElse(null);
  }

  private static @Nullable String text(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }

  private static @Nullable String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : null;
  }

  private static String number(double value) {
    double v = value + 0.0;
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : Double.toString(v);
  }

  /** A CSV sequence with a header; closing flushes it and leaves the writer open. */
  /** Rows written with a header, RFC 4180 quoting and {@code \n} line ends. */
  static final class Rows implements AutoCloseable {
    private final SequenceWriter out;
    private final Writer target;

    Rows(Writer writer, List<String> columns) {
      this.target = Objects.requireNonNull(writer, "writer");
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
      columns.forEach(schema::addColumn);
      try {
        this.out = MAPPER.writer(schema.build()).writeValues(writer);
      } catch (JacksonException e) {
        throw unchecked(e);
      }
    }

    void row(@Nullable String... values) {
      List<@Nullable String> row = new ArrayList<>(values.length);
      for (String value : values) {
        row.add(value == null ? "" : value);
      }
      try {
        out.write(row);
      } catch (JacksonException e) {
        throw unchecked(e);
      }
    }

    void cell(String measure, String breakdown, String key, String quantity, Cell cell) {
      row(measure, breakdown, key, quantity, cell.text(), cell.status().name(),
          cell.isHidden() || cell.shown().isEmpty() ? null
              : Long.toString(cell.shown().getAsLong()));
    }

    void percent(String measure, String breakdown, String key, PercentCell cell) {
      row(measure, breakdown, key, "percent", cell.text(), cell.status().name(),
          cell.isHidden() || cell.value().isEmpty() ? null : number(cell.value().getAsDouble()));
    }

    @Override
    public void close() {
      try {
        out.close();
        target.flush();
      } catch (JacksonException e) {
        throw unchecked(e);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static RuntimeException unchecked(JacksonException e) {
      if (e.getCause() instanceof java.io.IOException io) {
        return new java.io.UncheckedIOException(io);
      }
      return e;
    }
  }
}
