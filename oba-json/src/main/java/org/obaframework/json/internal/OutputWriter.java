package org.obaframework.json.internal;

import static org.obaframework.json.internal.FrameworkWriter.label;
import static org.obaframework.json.internal.FrameworkWriter.strings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.curve.Action;
import org.obaframework.core.curve.Baseline;
import org.obaframework.core.curve.Fit;
import org.obaframework.core.curve.ForecastPoint;
import org.obaframework.core.curve.Idea;
import org.obaframework.core.curve.Partner;
import org.obaframework.core.curve.SeriesPoint;
import org.obaframework.core.curve.SeriesUnit;
import org.obaframework.core.curve.TimeSeries;
import org.obaframework.core.curve.Trend;
import org.obaframework.core.curve.TurnTheCurveRecord;
import org.obaframework.core.curve.Verdict;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.ChangeProfile;
import org.obaframework.core.report.ControlledTable;
import org.obaframework.core.report.MeanCell;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.stats.Interval;

/**
 * Writes oba's output documents (report cards, curves) and the turn-the-curve record with {@link
 * JsonText}: deterministic, pretty-printed, with a final newline.
 *
 * <p>A report card is written as the value it is: its published cells, a hidden cell with its
 * symbol and status and never a value. Stateless.
 */
public final class OutputWriter {
  /** The one format version of the output documents and the turn-the-curve record. */
  public static final int FORMAT_VERSION = 1;

  private OutputWriter() {}

  /**
   * Writes a report card: every published cell, and nothing else.
   *
   * @param card the card
   * @return the document
   */
  public static String reportCard(ReportCard card) {
    JsonText out = new JsonText();
    out.beginObject();
    out.name(ReportCardReader.FORMAT).value(FORMAT_VERSION);
    out.name(ReportCardReader.TITLE).value(card.title());
    out.name(ReportCardReader.PERIOD).value(period(card.period()));
    out.name(ReportCardReader.AS_OF).value(card.asOf().toString());
    out.name(ReportCardReader.CONFIDENCE).value(card.options().confidence());
    out.name(ReportCardReader.DISCLOSURE).value(card.options().disclosure().toString());
    out.name(ReportCardReader.PROTECTION).value(card.options().disclosure().protection());
    out.name(ReportCardReader.LINES).beginArray();
    for (ReportLine line : card.lines()) {
      line(out, line);
    }
    out.endArray();
    out.name(ReportCardReader.TABLES).beginArray();
    for (BreakdownTable table : card.tables()) {
      table(out, table);
    }
    out.endArray();
    out.name(ReportCardReader.CHANGE_PROFILES).beginArray();
    for (ChangeProfile profile : card.changeProfiles()) {
      profile(out, profile);
    }
    out.endArray();
    out.endObject();
    return out.finish();
  }

  private static void line(JsonText out, ReportLine line) {
    out.beginObject();
    out.name(ReportCardReader.CODE).value(line.code());
    out.name(ReportCardReader.NAME).value(line.name());
    out.name(ReportCardReader.SECTION).value(line.section().name());
    line.role().ifPresent(r -> out.name(ReportCardReader.ROLE).value(r.name()));
    cell(out.name(ReportCardReader.NUMBER), line.number());
    line.denominator().ifPresent(c -> cell(out.name(ReportCardReader.DENOMINATOR), c));
    line.percent().ifPresent(p -> percent(out.name(ReportCardReader.PERCENT), p));
    line.interval().ifPresent(i -> interval(out.name(ReportCardReader.INTERVAL), i));
    line.assessed().ifPresent(c -> cell(out.name(ReportCardReader.ASSESSED), c));
    line.notPaired().ifPresent(c -> cell(out.name(ReportCardReader.NOT_PAIRED), c));
    line.excluded().ifPresent(c -> cell(out.name(ReportCardReader.EXCLUDED), c));
    line.notEligible().ifPresent(c -> cell(out.name(ReportCardReader.NOT_ELIGIBLE), c));
    out.endObject();
  }

  private static void table(JsonText out, BreakdownTable table) {
    out.beginObject();
    out.name(ReportCardReader.MEASURE).value(table.measure());
    out.name(ReportCardReader.BREAKDOWN).value(table.breakdown());
    out.name(ReportCardReader.COLUMNS).beginArray();
    table.columns().forEach(out::value);
    out.endArray();
    out.name(ReportCardReader.ROWS).beginArray();
    for (BreakdownTable.Row row : table.rows()) {
      out.beginObject();
      out.name(ReportCardReader.KEY).value(row.key());
      row(out, row);
      out.endObject();
    }
    out.endArray();
    out.name(ReportCardReader.TOTAL).beginObject();
    row(out, table.total());
    out.endObject();
    out.endObject();
  }

  private static void row(JsonText out, BreakdownTable.Row row) {
    out.name(ReportCardReader.CELLS).beginArray();
    row.cells().forEach(c -> cell(out, c));
    out.endArray();
    cell(out.name(ReportCardReader.TOTAL), row.total());
    row.percent().ifPresent(p -> percent(out.name(ReportCardReader.PERCENT), p));
    row.interval().ifPresent(i -> interval(out.name(ReportCardReader.INTERVAL), i));
  }

  private static void profile(JsonText out, ChangeProfile profile) {
    out.beginObject();
    out.name(ReportCardReader.CODE).value(profile.code());
    out.name(ReportCardReader.NAME).value(profile.name());
    if (!profile.isTransitions()) {
      cell(out.name(ReportCardReader.PAIRED), profile.paired());
      MeanCell mean = profile.meanChange().orElseThrow();
      decimal(out.name(ReportCardReader.MEAN_CHANGE), mean.text(), mean.status(), mean.value());
      out.endObject();
      return;
    }
    ControlledTable table = profile.table();
    out.name(ReportCardReader.LEVELS).beginArray();
    table.rows().forEach(out::value);
    out.endArray();
    out.name(ReportCardReader.ROWS).beginArray();
    for (int r = 0; r < table.rows().size(); r++) {
      out.beginObject();
      out.name(ReportCardReader.KEY).value(table.rows().get(r));
      out.name(ReportCardReader.CELLS).beginArray();
      for (int c = 0; c < table.columns().size(); c++) {
        cell(out, table.cell(r, c));
      }
      out.endArray();
      cell(out.name(ReportCardReader.TOTAL), table.rowTotal(r));
      out.endObject();
    }
    out.endArray();
    out.name(ReportCardReader.TOTAL).beginObject();
    out.name(ReportCardReader.CELLS).beginArray();
    for (int c = 0; c < table.columns().size(); c++) {
      cell(out, table.columnTotal(c));
    }
    out.endArray();
    cell(out.name(ReportCardReader.TOTAL), table.total());
    out.endObject();
    out.endObject();
  }

  private static void cell(JsonText out, Cell cell) {
    out.beginObject();
    out.name(ReportCardReader.TEXT).value(cell.text());
    out.name(ReportCardReader.STATUS).value(cell.status().name());
    cell.shown().ifPresent(v -> out.name(ReportCardReader.VALUE).value(v));
    out.endObject();
  }

  private static void percent(JsonText out, PercentCell cell) {
    decimal(out, cell.text(), cell.status(), cell.value());
  }

  private static void decimal(JsonText out, String text, CellStatus status,
      OptionalDouble value) {
    out.beginObject();
    out.name(ReportCardReader.TEXT).value(text);
    out.name(ReportCardReader.STATUS).value(status.name());
    if (value.isPresent()) {
      out.name(ReportCardReader.VALUE).value(value.getAsDouble());
    }
    out.endObject();
  }

  private static void interval(JsonText out, Interval interval) {
    out.beginObject();
    out.name(ReportCardReader.LOWER).value(interval.lower());
    out.name(ReportCardReader.UPPER).value(interval.upper());
    out.name(ReportCardReader.CONFIDENCE).value(interval.confidence());
    out.endObject();
  }

  /**
   * Writes a period as an ISO 8601 interval of dates, {@code 2025-04-01/2026-03-31}.
   *
   * @param period the period
   * @return the text
   */
  public static String period(ReportingPeriod period) {
    return period.start() + "/" + period.end();
  }

  /**
   * Writes a time series, with its trend, and optionally a baseline and its verdicts.
   *
   * @param series the series (the actual values)
   * @param baseline the baseline, or null
   * @return the document
   */
  public static String curve(TimeSeries series, @org.jspecify.annotations.Nullable
      Baseline baseline) {
    JsonText out = new JsonText();
    out.beginObject();
    out.name("formatVersion").value(FORMAT_VERSION);
    series(out.name("series"), series);
    Trend trend = Trend.of(series);
    out.name("trend").beginObject();
    out.name("direction").value(trend.direction().name());
    out.name("periods").value(trend.periods());
    out.endObject();
    if (baseline != null) {
      baseline(out.name("baseline"), baseline);
      out.name("verdicts").beginArray();
      for (Verdict verdict : baseline.verdicts(series)) {
        ForecastPoint against = verdict.against();
        out.beginObject();
        out.name("period").value(period(verdict.period()));
        out.name("actual").value(verdict.actual());
        out.name("forecast").value(verdict.forecast());
        optional(out, "lower", against.lower());
        optional(out, "upper", against.upper());
        against.denominator().ifPresent(d -> out.name("denominator").value(d));
        out.name("gap").value(verdict.gap());
        out.name("gapUnit").value(verdict.unit() == SeriesUnit.PERCENT ? "percentage points"
            : verdict.unit().name().toLowerCase(java.util.Locale.ROOT));
        out.name("status").value(verdict.status().name());
        verdict.outsideInterval().ifPresent(o -> out.name("outsideInterval").value(o));
        out.name("text").value(verdict.text());
        out.endObject();
      }
      out.endArray();
    }
    out.endObject();
    return out.finish();
  }

  private static void series(JsonText out, TimeSeries series) {
    out.beginObject();
    out.name("code").value(series.code());
    label(out.name("name"), series.name());
    out.name("unit").value(series.unit().name());
    out.name("polarity").value(series.polarity().name());
    out.name("points").beginArray();
    for (SeriesPoint point : series.points()) {
      out.beginObject();
      out.name("period").value(period(point.period()));
      out.name("value").value(point.value());
      point.numerator().ifPresent(n -> out.name("numerator").value(n));
      point.denominator().ifPresent(d -> out.name("denominator").value(d));
      out.endObject();
    }
    out.endArray();
    out.name("gaps").beginArray();
    series.gaps().forEach(g -> out.value(period(g)));
    out.endArray();
    out.name("targets").beginArray();
    List<Map.Entry<ReportingPeriod, Double>> targets = series.targets().entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<ReportingPeriod, Double> e) -> e.getKey().start())
            .thenComparing(e -> e.getKey().end()))
        .toList();
    for (Map.Entry<ReportingPeriod, Double> target : targets) {
      out.beginObject();
      out.name("period").value(period(target.getKey()));
      out.name("value").value(target.getValue());
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  private static void baseline(JsonText out, Baseline baseline) {
    out.beginObject();
    out.name("scenario").value(baseline.scenario().description());
    out.name("madeOn").value(baseline.madeOn().toString());
    out.name("confidence").value(baseline.confidence());
    baseline.model().ifPresent(model -> out.name("model").value(model.name()));
    Optional<Fit> fit = baseline.fit();
    if (fit.isPresent()) {
      Fit f = fit.get();
      out.name("fit").beginObject();
      out.name("model").value(f.model().name());
      out.name("description").value(f.description());
      out.name("firth").value(f.firth());
      out.name("intercept").value(f.intercept());
      out.name("slope").value(f.slope());
      out.name("varianceOfIntercept").value(f.varianceOfIntercept());
      out.name("covariance").value(f.covariance());
      out.name("varianceOfSlope").value(f.varianceOfSlope());
      out.name("dispersion").value(f.dispersion());
      out.name("dispersionEstimated").value(f.dispersionEstimated());
      out.name("n").value(f.n());
      out.endObject();
    }
    out.name("forecast").beginArray();
    for (ForecastPoint point : baseline.forecast()) {
      out.beginObject();
      out.name("period").value(period(point.period()));
      out.name("value").value(point.value());
      optional(out, "lower", point.lower());
      optional(out, "upper", point.upper());
      point.denominator().ifPresent(d -> out.name("denominator").value(d));
      out.endObject();
    }
    out.endArray();
    baseline.shortfall().ifPresent(s -> out.name("shortfall").value(s));
    baseline.intervalShortfall().ifPresent(s -> out.name("intervalShortfall").value(s));
    out.endObject();
  }

  private static void optional(JsonText out, String name, OptionalDouble value) {
    if (value.isPresent()) {
      out.name(name).value(value.getAsDouble());
    }
  }

  /**
   * Writes a turn-the-curve record.
   *
   * @param record the record
   * @return the document
   */
  public static String turnTheCurve(TurnTheCurveRecord record) {
    JsonText out = new JsonText();
    out.beginObject();
    out.name(TurnTheCurveReader.FORMAT).value(FORMAT_VERSION);
    out.name(TurnTheCurveReader.SUBJECT).value(record.subject());
    out.name(TurnTheCurveReader.SUBJECT_KIND).value(record.subjectKind().name());
    out.name(TurnTheCurveReader.AS_OF).value(record.asOf().toString());
    strings(out.name(TurnTheCurveReader.CONTRIBUTING), record.contributingFactors());
    strings(out.name(TurnTheCurveReader.RESTRICTING), record.restrictingFactors());
    out.name(TurnTheCurveReader.PARTNERS).beginArray();
    for (Partner partner : record.partners()) {
      out.beginObject();
      out.name(TurnTheCurveReader.CODE).value(partner.code());
      label(out.name(TurnTheCurveReader.NAME), partner.name());
      out.name(TurnTheCurveReader.ROLE).value(partner.role());
      out.endObject();
    }
    out.endArray();
    out.name(TurnTheCurveReader.IDEAS).beginArray();
    for (Idea idea : record.ideas()) {
      out.beginObject();
      out.name(TurnTheCurveReader.TEXT).value(idea.text());
      out.name(TurnTheCurveReader.COST).value(idea.cost().name());
      idea.evidence().ifPresent(e -> out.name(TurnTheCurveReader.EVIDENCE).value(e));
      out.endObject();
    }
    out.endArray();
    out.name(TurnTheCurveReader.ACTIONS).beginArray();
    for (Action action : record.actions()) {
      out.beginObject();
      out.name(TurnTheCurveReader.DESCRIPTION).value(action.description());
      out.name(TurnTheCurveReader.OWNER).value(action.owner());
      out.name(TurnTheCurveReader.START).value(action.start().toString());
      out.name(TurnTheCurveReader.DUE).value(action.due().toString());
      out.name(TurnTheCurveReader.STATUS).value(action.status().name());
      out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.finish();
  }
}
