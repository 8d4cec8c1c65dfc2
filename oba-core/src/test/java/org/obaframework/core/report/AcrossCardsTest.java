package org.obaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.ReportTestData;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

/**
 * A new card audited together with an earlier published one: differencing two releases is the
 * classic attack, so what the earlier card told is part of what the new one must protect.
 */
class AcrossCardsTest {
  private static final Breakdown LA = Breakdown.localAuthority(LocalAuthorityRule.EPISODE);
  private static final ReportOptions DFE = ReportOptions.defaults()
      .withDisclosure(DisclosurePolicy.DFE);
  private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2025);
  private static final ReportingPeriod Q1 = ReportingPeriod.financialQuarter(2025, 1);

  /** Families in a local authority whose episodes start on a day. */
  private static List<SubjectRecords> families(String localAuthority, int n, LocalDate start,
      String prefix) {
    SubjectRecords template = ReportTestData.families().get(0);
    List<SubjectRecords> families = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = prefix + "-" + i;
      Episode episode = Episode.builder().from(template.episodes().get(0)).id("E-" + id)
          .subject(id).localAuthority(localAuthority).start(start).build();
      families.add(SubjectRecords.of(Subject.family(id).build(), List.of(episode), List.of()));
    }
    return families;
  }

  private static ReportCard card(ReportingPeriod period, List<SubjectRecords> families,
      List<ReportCard> earlier, Breakdown... breakdowns) {
    Evaluation evaluation = ReportTestData.evaluation().period(period).asOf(period.end())
        .addBreakdowns(breakdowns).build();
    return ReportCard.of(evaluation, evaluation.evaluate(families.stream()), DFE, earlier);
  }

  @Test
  void aCardOfTheSamePeriodHidesWhatTheEarlierHidAndShowsWhatItShowed() {
    List<SubjectRecords> families = ReportTestData.families();
    ReportCard earlier = card(YEAR, families, List.of(), LA);
    Breakdown laProgramme = Breakdown.cross(LA, Breakdown.programme());
    ReportCard later = card(YEAR, families, List.of(earlier), laProgramme, LA);
    Map<String, Cell> before = Releases.cells(earlier);
    Map<String, Cell> after = Releases.cells(later);
    int compared = 0;
    for (Map.Entry<String, Cell> cell : before.entrySet()) {
      Cell now = after.get(cell.getKey());
      if (now == null || cell.getKey().contains(BreakdownTable.OTHER)) {
        continue;
      }
      assertThat(now.isHidden()).as(cell.getKey()).isEqualTo(cell.getValue().isHidden());
      if (!now.isHidden()) {
        assertThat(now.text()).as(cell.getKey()).isEqualTo(cell.getValue().text());
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(10);
    assertThat(before.values()).anyMatch(Cell::isHidden);
  }

  @Test
  void aCountGrownByASmallNumberSinceAnEarlierPeriodIsProtected() {
    // 20 families in LA-1 and 15 in LA-2 in the first quarter; 2 more in LA-1 later in the
    // year. Published alone, the year's card says 22 and 15: with the quarter's 20, an attacker
    // learns that 2 families in LA-1 came to the service after June.
    List<SubjectRecords> families = new ArrayList<>();
    families.addAll(families("LA-1", 20, Q1.start().plusDays(10), "Q"));
    families.addAll(families("LA-2", 15, Q1.start().plusDays(20), "R"));
    List<SubjectRecords> quarter = List.copyOf(families);
    families.addAll(families("LA-1", 2, Q1.end().plusDays(30), "S"));

    ReportCard first = card(Q1, quarter, List.of(), LA);
    BreakdownTable firstTable = first.table("FAMILIES", "local-authority").orElseThrow();
    assertThat(firstTable.row("LA-1").orElseThrow().total().text()).isEqualTo("20");

    ReportCard alone = card(YEAR, families, List.of(), LA);
    assertThat(alone.table("FAMILIES", "local-authority").orElseThrow().row("LA-1")
        .orElseThrow().total().text()).isEqualTo("22");

    ReportCard year = card(YEAR, families, List.of(first), LA);
    BreakdownTable table = year.table("FAMILIES", "local-authority").orElseThrow();
    Cell la1 = table.row("LA-1").map(BreakdownTable.Row::total)
        .orElse(Cell.hidden(CellStatus.SUPPRESSED, "[c]"));
    assertThat(la1.isHidden()).as("LA-1 this year, 2 more than in the first quarter").isTrue();
    // Nor may LA-1 be worked out from the total and LA-2.
    Cell total = table.total().total();
    Cell la2 = table.row("LA-2").map(BreakdownTable.Row::total)
        .orElse(Cell.hidden(CellStatus.SUPPRESSED, "[c]"));
    assertThat(total.isHidden() || la2.isHidden()).isTrue();
    assertThat(year.line("FAMILIES").orElseThrow().number()).isEqualTo(total);
  }
}
