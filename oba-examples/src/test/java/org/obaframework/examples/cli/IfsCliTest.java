package org.obaframework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code oba} on its built-in data, the synthetic Intensive Family Support records: the seed
 * deck's figures, computed through the command line (the counts are those of oba-examples'
 * README, which the IFS example's own tests check).
 */
class IfsCliTest {
  /** The shown text of each cell of the report card's lines, by "MEASURE quantity". */
  private static final Map<String, String> CELLS = new HashMap<>();

  @BeforeAll
  static void reportTheCardAsTidyCsv() {
    CliRun run = ifs("report", "--format", "csv");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    for (String line : run.out().lines().skip(1).toList()) {
      String[] cells = line.split(",", -1);
      if (cells[1].isEmpty()) {   // a line's cell, not a breakdown table's
        CELLS.put(cells[0] + " " + cells[3], cells[4]);
      }
    }
  }

  static CliRun ifs(String... args) {
    return CliRun.with(Oba::builtIn, args);
  }

  private static void assertLine(String measure, String number, String of, String percent) {
    assertThat(CELLS.get(measure + " number")).as(measure).isEqualTo(number);
    assertThat(CELLS.get(measure + " denominator")).as(measure).isEqualTo(of);
    assertThat(CELLS.get(measure + " percent")).as(measure).isEqualTo(percent);
  }

  @Test
  void howMuchDidWeDo() {
    assertThat(CELLS.get("IFS-FAMILIES number")).isEqualTo("157");
    assertThat(CELLS.get("IFS-ADULTS number")).isEqualTo("239");
    assertThat(CELLS.get("IFS-CHILDREN number")).isEqualTo("484");
    assertThat(CELLS.get("IFS-RESIDENTIAL number")).isEqualTo("11");
  }

  @Test
  void theBaselineProfile() {
    assertLine("IFS-B-EVICTED", "22", "157", "14%");
    assertLine("IFS-B-AT-RISK", "121", "157", "77%");
    assertLine("IFS-B-RISK-CARE", "184", "484", "38%");
    assertLine("IFS-B-VULNERABLE", "124", "157", "79%");
    assertLine("IFS-B-VIOLENCE", "74", "157", "47%");
    assertLine("IFS-B-SCHOOL", "148", "157", "94%");
  }

  @Test
  void isAnyoneBetterOff() {
    assertLine("IFS-TENANCY-SECURED", "128", "150", "85%");
    assertLine("IFS-STABLE-HOME", "120", "150", "80%");
    assertLine("IFS-CHILD-MH", "60", "150", "40%");
    assertLine("IFS-ATTENDANCE", "52", "100", "52%");
    assertLine("IFS-NO-LONGER-EXCLUDED", "21", "42", "50%");
    assertThat(CELLS.get("IFS-ATTENDANCE notEligible")).isEqualTo("53");
    assertThat(CELLS.get("IFS-TENANCY-SECURED excluded")).isEqualTo("2");
  }

  @Test
  void theTextCardSaysTheDataAreSyntheticAndShowsTheFigures() {
    CliRun run = ifs("report");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("Intensive Family Support (synthetic data): report card "
            + "2025-04-01/2026-03-31, as of 2026-03-31")
        .containsPattern("Families given intensive support +157")
        .containsPattern("Families already evicted +22 +157 +14%")
        .containsPattern("No risk of losing the tenancy; ASB ceased or reduced significantly "
            + "+128 +150 +85%");
  }

  @Test
  void dfeDisclosureControlHidesTheSmallCountsByLocalAuthority() {
    CliRun run = ifs("report", "--by", "local-authority", "--disclosure", "dfe");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    String residential = run.out().substring(run.out().indexOf("IFS-RESIDENTIAL by "
        + "local-authority"));
    residential = residential.substring(0, residential.indexOf("\n\n"));
    // Every local authority's count of families in a residential unit is small: their rows are
    // folded into one, so that no local authority is named with a hidden count.
    assertThat(residential).containsPattern("\\(other\\) +11").containsPattern("all +11")
        .doesNotContain("LA-");
    assertThat(run.out()).containsPattern("LA-1 +42").containsPattern("LA-6 +9\\n");
    CliRun csv = ifs("report", "--by", "local-authority", "--disclosure", "dfe", "--format",
        "csv");
    List<String> hidden = csv.out().lines().filter(l -> l.contains("SUPPRESSED")).toList();
    assertThat(hidden).isNotEmpty().allSatisfy(l -> assertThat(l).endsWith(",").contains("[c]"));
  }

  @Test
  void writesTheCardAsAnHtmlPage() {
    CliRun run = ifs("report", "--format", "html", "--by", "local-authority", "--disclosure",
        "dfe");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>")
        .contains("Intensive Family Support (synthetic data)")
        .contains("157").contains("[c]").doesNotContain("IFS-F001");
  }

  @Test
  void explainsAFamilysDecision() {
    CliRun run = ifs("explain", "IFS-F001", "--measure", "IFS-TENANCY-SECURED");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Measure IFS-TENANCY-SECURED for family IFS-F001")
        .contains("Decision: ");
  }

  @Test
  void validatesTheBuiltInData() {
    CliRun run = ifs("validate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("No problems: framework IFS-OUTCOMES")
        .contains("157 subjects of records");
  }

  @Test
  void drawsTheCurvesOfTheHeadlineMeasuresQuarterByQuarter() {
    CliRun run = ifs("curve");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("(IFS-FAMILIES)").contains("(IFS-TENANCY-SECURED)")
        .contains("2025-04-01/2025-06-30".substring(0, 4)).contains("Baseline: linear trend");
  }
}
