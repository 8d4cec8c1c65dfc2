package org.obaframework.examples.ifs;

import java.util.List;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.core.stats.Interval;

/**
 * Prints the IFS report card of the embedded <b>synthetic</b> records: How much, the baseline
 * profile, How well (illustrative) and Is anyone better off, each percent with its counts and
 * 95 % Wilson interval; then the same card by local authority under the DfE's disclosure control.
 *
 * <pre>
 * mvn -q -B package -DskipTests
 * java -cp "$(cat oba-examples/target/classpath.txt):oba-examples/target/classes" \
 *     org.obaframework.examples.ifs.IfsReport
 * </pre>
 *
 * <p>Every number is computed by oba from the records in {@link IfsData}; nothing is typed in.
 */
public final class IfsReport {
  private IfsReport() {}

  /**
   * Returns the IFS report card as text: totals, 95 % intervals, no disclosure control (the
   * view inside the organisation).
   *
   * @return the text of {@link IfsData#reportCard()}
   */
  public static String run() {
    return IfsData.reportCard().toText();
  }

  /**
   * Returns the IFS report card by local authority (the authority of the episode), with the
   * DfE's disclosure control: counts of 1 to 5 and the cells that would reveal them show
   * {@code [c]}.
   *
   * @return the text
   */
  public static String byLocalAuthority() {
    return localAuthorityCard().toText();
  }

  /**
   * Returns the report card by local authority with DfE disclosure control.
   *
   * @return the report card
   */
  public static ReportCard localAuthorityCard() {
    return IfsData.reportCard(ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE)
            .withTitle(IfsData.TITLE + ", by local authority"),
        Breakdown.localAuthority(LocalAuthorityRule.EPISODE));
  }

  /**
   * Returns a Markdown table of the counts behind the seed deck's figures, as the README shows
   * them: for each How much, baseline profile, How well and better-off line, its code, name,
   * number,
   * denominator, percent, interval and the numbers not paired, excluded and not eligible.
   *
   * @param card a report card of the IFS measures
   * @return the table, one line per row, ending in a newline
   */
  public static String countsTable(ReportCard card) {
    StringBuilder table = new StringBuilder();
    table.append("| section | measure | # | of | % | 95% CI | not paired | excluded "
        + "| not eligible |\n");
    table.append("|---|---|---:|---:|---:|---|---:|---:|---:|\n");
    for (Section section : List.of(Section.HOW_MUCH, Section.BASELINE_PROFILE,
        Section.HOW_WELL, Section.BETTER_OFF)) {
      for (ReportLine line : card.lines()) {
        if (line.section() != section) {
          continue;
        }
        table.append("| ").append(section.title()).append(" | `").append(line.code())
            .append("` ").append(line.name()).append(" | ").append(line.number().text())
            .append(" | ").append(line.denominator().map(Cell::text).orElse(""))
            .append(" | ").append(line.percent().map(PercentCell::text).orElse(""))
            .append(" | ").append(line.interval().map(Interval::toPercentText).orElse(""))
            .append(" | ").append(line.notPaired().map(Cell::text).orElse(""))
            .append(" | ").append(line.excluded().map(Cell::text).orElse(""))
            .append(" | ").append(line.notEligible().map(Cell::text).orElse(""))
            .append(" |\n");
      }
    }
    return table.toString();
  }

  /**
   * Prints {@link #run()} and {@link #byLocalAuthority()}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(run());
    System.out.print(byLocalAuthority());
  }
}
