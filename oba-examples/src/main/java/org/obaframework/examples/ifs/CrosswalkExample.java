package org.obaframework.examples.ifs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.framework.ExternalFramework;
import org.obaframework.core.framework.ExternalOutcome;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.stats.Interval;

/**
 * The IFS outcomes reported against the four UK nations' outcome frameworks: Every Child
 * Matters (England), SHANARRI (Scotland), the well-being areas of the Social Services and
 * Well-being (Wales) Act 2014, and Northern Ireland's Children and Young People's Strategy.
 *
 * <p>For each external framework and each of its outcomes, the IFS indicators linked to it
 * ({@link OutcomesFramework#crosswalk(String)}) and the IFS better-off measures that judge any
 * of those indicators, with their number, denominator, percent and interval from the report card
 * of the embedded <b>synthetic</b> records. An outcome that no IFS measure speaks to says so: oba
 * links outcomes only through indicators, and never equates the nations' outcomes itself.
 */
public final class CrosswalkExample {
  private CrosswalkExample() {}

  /**
   * One IFS better-off measure reported against one external outcome, with the card's published
   * cells: under disclosure control a hidden count shows its symbol (such as {@code [c]}), never
   * the count, and a measure with no denominator has the percent {@code [z]}.
   *
   * @param framework the external framework's code, such as {@code SHANARRI}
   * @param outcome the outcome's code, such as {@code SAFE}
   * @param measure the better-off measure's code
   * @param name the measure's name
   * @param number the families better off, as the card shows it
   * @param denominator the families judged, as the card shows it
   * @param percent the percent, rounded to a whole number, as the card shows it
   * @param interval the Wilson interval, as text; empty when the percent is not shown
   */
  public record Row(String framework, String outcome, String measure, String name,
      String number, String denominator, String percent, String interval) {}

  /**
   * Returns every (external outcome, better-off measure) pair linked through an indicator, from
   * a report card of the IFS measures: only what the card publishes.
   *
   * @param card a report card with the lines of {@link IfsMeasures#betterOff()}
   * @return the rows, by framework, outcome and measure
   * @throws java.util.NoSuchElementException if the card lacks a better-off line of the IFS
   */
  public static List<Row> rows(ReportCard card) {
    OutcomesFramework framework = IfsData.framework();
    List<Row> rows = new ArrayList<>();
    for (ExternalFramework external : framework.externalFrameworks()) {
      for (Map.Entry<ExternalOutcome, List<Indicator>> entry
          : framework.crosswalk(external.code()).entrySet()) {
        for (BetterOffDefinition definition : measuresOf(entry.getValue())) {
          ReportLine line = card.line(definition.code()).orElseThrow();
          rows.add(new Row(external.code(), entry.getKey().code(), definition.code(),
              line.name(), line.number().text(), denominator(line), percent(line),
              line.interval().map(Interval::toPercentText).orElse("")));
        }
      }
    }
    return List.copyOf(rows);
  }

  private static String denominator(ReportLine line) {
    return line.denominator().map(Cell::text).orElse("");
  }

  private static String percent(ReportLine line) {
    return line.percent().map(PercentCell::text).orElse(PercentCell.NO_VALUE);
  }

  /**
   * Returns the crosswalk as text: each external framework, each of its outcomes, the IFS
   * indicators linked to it and the better-off measures that judge them.
   *
   * @return the text
   */
  public static String run() {
    ReportCard card = IfsData.reportCard();
    OutcomesFramework framework = IfsData.framework();
    StringBuilder text = new StringBuilder();
    text.append("IFS outcomes against the four UK nations' outcome frameworks (synthetic data, ")
        .append(IfsData.PERIOD).append(", as of ").append(IfsData.AS_OF).append(")\n");
    for (ExternalFramework external : framework.externalFrameworks()) {
      text.append('\n').append(external.name().text())
          .append(external.nation().map(n -> " (" + nation(n.name()) + ")").orElse(""))
          .append('\n');
      for (Map.Entry<ExternalOutcome, List<Indicator>> entry
          : framework.crosswalk(external.code()).entrySet()) {
        text.append("  ").append(entry.getKey().name().text()).append('\n');
        List<Indicator> indicators = entry.getValue();
        if (indicators.isEmpty()) {
          text.append("    no IFS indicator\n");
          continue;
        }
        text.append("    indicators: ").append(String.join(", ",
            indicators.stream().map(Indicator::code).toList())).append('\n');
        List<BetterOffDefinition> measures = measuresOf(indicators);
        if (measures.isEmpty()) {
          text.append("    no IFS better-off measure\n");
        }
        for (BetterOffDefinition definition : measures) {
          ReportLine line = card.line(definition.code()).orElseThrow();
          text.append("    ").append(line.name()).append(": ").append(line.number().text())
              .append(" of ").append(denominator(line)).append(" families (")
              .append(percent(line))
              .append(line.interval().map(i -> ", 95% CI " + i.toPercentText()).orElse(""))
              .append(")\n");
        }
      }
    }
    return text.toString();
  }

  /** The better-off measures judging any of the indicators, in report order. */
  private static List<BetterOffDefinition> measuresOf(List<Indicator> indicators) {
    List<String> codes = indicators.stream().map(Indicator::code).toList();
    return IfsMeasures.betterOff().stream()
        .filter(d -> d.measure().indicators().stream().anyMatch(codes::contains))
        .toList();
  }

  private static String nation(String name) {
    String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    StringBuilder out = new StringBuilder();
    for (String word : words.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }

  /**
   * Prints {@link #run()}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
