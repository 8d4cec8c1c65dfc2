package org.obaframework.examples.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.ChangeProfile;
import org.obaframework.core.report.ControlledTable;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.examples.html.HtmlReportCard;
import org.obaframework.examples.ifs.IfsData;
import org.obaframework.json.ReportCardJson;
import org.obaframework.json.TidyCsv;

/**
 * Issue 14, each case an attack on the IFS card found, as a regression test: the card is
 * published as the command line publishes it, read back from its outputs, and attacked by the
 * independent {@link Attacker}, besides the case's own assertion.
 */
class Issue14RegressionTest {
  private static final Breakdown LA = Breakdown.localAuthority(LocalAuthorityRule.EPISODE);
  private static final Breakdown LA_MODEL = Breakdown.hierarchy(
      "local-authority" + Breakdown.HIERARCHY_SEPARATOR + "delivery-model", LA,
      Breakdown.deliveryModel());

  /** The cards made so far (each takes seconds): by policy and breakdowns. */
  private static final Map<List<Object>, ReportCard> CARDS = new ConcurrentHashMap<>();
  private static final Map<List<Object>, Attacker> ATTACKERS = new ConcurrentHashMap<>();

  private static ReportCard card(DisclosurePolicy policy, Breakdown... breakdowns) {
    return CARDS.computeIfAbsent(List.of(policy, List.of(breakdowns)), k -> IfsData.reportCard(
        ReportOptions.defaults().withDisclosure(policy), breakdowns));
  }

  /** Attacks a card from its outputs; returns the attacker, after asserting it found nothing. */
  private static Attacker attacked(DisclosurePolicy policy, Breakdown... breakdowns) {
    return ATTACKERS.computeIfAbsent(List.of(policy, List.of(breakdowns)), k -> {
      ReportCard card = card(policy, breakdowns);
      ReportCard open = card(DisclosurePolicy.NONE, breakdowns);
      PublishedCardAttackTest.Outputs outputs = PublishedCardAttackTest.Outputs.of(card,
          ReportCardJson.write(open));
      Attacker attacker = PublishedCardAttackTest.attacker(outputs, policy.toString());
      assertThat(attacker.attack()).as("counts narrowed below their protection interval")
          .isEmpty();
      return attacker;
    });
  }

  @Test
  void aHiddenTransitionIsNeverProtectedByStructuralZeros() {
    // Housing situation, by local authority under the DfE rule: the stable row was [c] 0 [c] 0
    // with total 0, so its hidden cells were 0 and warned -> at-risk came back as exactly 1.
    ReportCard card = card(DisclosurePolicy.DFE, LA);
    for (ChangeProfile profile : card.changeProfiles()) {
      ControlledTable table = profile.table();
      for (int r = 0; r < table.rows().size(); r++) {
        for (int c = 0; c < table.columns().size(); c++) {
          if (table.isHidden(r, c)) {
            assertThat(List.of(table.rowTotal(r), table.columnTotal(c)))
                .as("%s: a hidden cell in a row or column shown to add up to 0", profile.code())
                .noneMatch(total -> total.shown().equals(java.util.OptionalLong.of(0)));
          }
        }
      }
    }
    Attacker attacker = attacked(DisclosurePolicy.DFE, LA);
    long[] range = attacker.range(Reading.place("IFS-HOUSING-MOVES", Reading.PROFILE, "warned",
        "at-risk"));
    assertThat(range[1] - range[0]).as("warned -> at-risk, from %s to %s", range[0], range[1])
        .isGreaterThanOrEqualTo(DisclosurePolicy.DFE.protectionWidth());
  }

  @Test
  void aSmallCountColumnIsProtectedByCountColumnsNotByTheHeadlineNumber() {
    // A line whose excluded count was 3 had its numerator (27 of 139) hidden with it, though not
    // paired or not eligible would have protected it at less cost to the reader.
    ReportCard card = card(DisclosurePolicy.DFE, LA);
    List<String> columnsHidden = new ArrayList<>();
    for (ReportLine line : card.lines()) {
      if (!line.isProportion() || line.role().orElse(null) != MeasureRole.HEADLINE) {
        continue;
      }
      List<Cell> columns = List.of(line.assessed().orElseThrow(), line.notPaired().orElseThrow(),
          line.excluded().orElseThrow(), line.notEligible().orElseThrow());
      if (columns.stream().anyMatch(Cell::isHidden)) {
        columnsHidden.add(line.code());
        assertThat(line.number().isHidden()).as("%s: the headline number", line.code())
            .isFalse();
        assertThat(line.denominator().orElseThrow().isHidden()).as(line.code()).isFalse();
      }
    }
    assertThat(columnsHidden).as("headline lines with a small count column").isNotEmpty();
    attacked(DisclosurePolicy.DFE, LA);
  }

  @Test
  void aLocalAuthorityIsHiddenInEveryTableOfTheCardOrInNone() {
    // With --by local-authority --by local-authority/delivery-model, a local authority's 28 of
    // 34 was shown in one table and hidden in the other.
    ReportCard card = card(DisclosurePolicy.DFE, LA, LA_MODEL);
    int compared = 0;
    for (BreakdownTable table : card.tables()) {
      if (!table.breakdown().equals("local-authority")) {
        continue;
      }
      BreakdownTable nested = card.table(table.measure(), LA_MODEL.name()).orElseThrow();
      for (BreakdownTable.Row row : table.rows()) {
        if (row.key().equals(BreakdownTable.OTHER)) {
          continue;
        }
        BreakdownTable.Row same = nested.row(row.key()).orElseThrow(() -> new AssertionError(
            table.measure() + ": " + row.key() + " shown in one table, folded in the other"));
        assertThat(same).as("%s, %s", table.measure(), row.key()).isEqualTo(row);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(20);
    attacked(DisclosurePolicy.DFE, LA, LA_MODEL);
  }

  @Test
  void roundedCountsAreNotUndoneByThePercentsAndIntervalsBesideThem() {
    // "10 15 75% 51%-90%" could only be 12 of 16; StatsWales printed "assessed" unrounded.
    for (DisclosurePolicy policy : List.of(DisclosurePolicy.STATS_WALES,
        DisclosurePolicy.ONS_10_5)) {
      ReportCard card = card(policy, LA);
      for (ReportLine line : card.lines()) {
        List<Cell> counts = new ArrayList<>(List.of(line.number()));
        line.denominator().ifPresent(counts::add);
        line.assessed().ifPresent(counts::add);
        line.notPaired().ifPresent(counts::add);
        line.excluded().ifPresent(counts::add);
        line.notEligible().ifPresent(counts::add);
        for (Cell count : counts) {
          count.shown().ifPresent(value -> assertThat(value % 5).as("%s under %s: %s",
              line.code(), policy, count).isZero());
        }
      }
      // Outputs.of checks that every percent and interval is what the published counts give.
      attacked(policy, LA);
    }
  }

  @Test
  void noOutputTellsWhyACellIsHidden() {
    // JSON, CSV and HTML marked each hidden cell primary or secondary, telling an attacker
    // which hold 1 to 5.
    ReportCard card = card(DisclosurePolicy.DFE, LA, LA_MODEL);
    StringWriter csv = new StringWriter();
    TidyCsv.reportCells(card, csv);
    Map<String, String> outputs = Map.of("json", ReportCardJson.write(card), "csv",
        csv.toString(), "html", HtmlReportCard.of(card).render(), "text", card.toText());
    // (A measure's role may be "secondary": the words that would tell why a cell is hidden.)
    outputs.forEach((format, text) -> assertThat(text.toLowerCase(Locale.ROOT)).as(format)
        .doesNotContain("suppressed_primary", "suppressed_secondary", "primary suppression",
            "secondary suppression", "complement").contains("[c]"));
    assertThat(ReportCardJson.write(card)).contains("\"SUPPRESSED\"");
  }

  @Test
  void theKeyOfARowWhoseCountsAreAllHiddenIsNotPublished() {
    // A breakdown by an attribute with few members published every key, though a key whose
    // counts are all hidden itself says that a family there is in the service.
    ReportCard card = card(DisclosurePolicy.DFE, LA, LA_MODEL);
    ReportCard open = card(DisclosurePolicy.NONE, LA, LA_MODEL);
    int folded = 0;
    for (BreakdownTable table : card.tables()) {
      for (BreakdownTable.Row row : table.rows()) {
        List<Cell> counts = new ArrayList<>(row.cells());
        counts.add(row.total());
        boolean nothing = counts.stream().allMatch(c -> c.isHidden()
            || c.shown().equals(java.util.OptionalLong.of(0)));
        // A parent's key is published by its children's keys anyway.
        boolean parent = table.rows().stream().anyMatch(r -> r.key().startsWith(row.key()
            + Breakdown.HIERARCHY_SEPARATOR));
        assertThat(nothing && !parent && !row.key().endsWith(BreakdownTable.OTHER))
            .as("%s %s: a row publishing no count names its key", table.measure(), row.key())
            .isFalse();
      }
      BreakdownTable all = open.table(table.measure(), table.breakdown()).orElseThrow();
      folded += all.rows().size() - table.rows().size();
    }
    assertThat(folded).as("rows folded into (other)").isPositive();
    assertThat(card.toText()).contains(BreakdownTable.OTHER);
    attacked(DisclosurePolicy.DFE, LA, LA_MODEL);
  }
}
