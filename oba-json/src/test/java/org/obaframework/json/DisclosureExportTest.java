package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.ControlledTable;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A report card made under the DfE rule exports no count that the rule hides. */
class DisclosureExportTest {
  private static final Set<String> HIDDEN = Set.of(CellStatus.SUPPRESSED_PRIMARY.name(),
      CellStatus.SUPPRESSED_SECONDARY.name(), CellStatus.NO_DENOMINATOR.name());
  private final ReportCard card = OutputFixtures.card(DisclosurePolicy.DFE);

  @Test
  void theCardHasHiddenCellsToProtect() {
    assertThat(hiddenTableCounts()).isNotEmpty();
  }

  @Test
  void jsonGivesNoValueForAHiddenCell() {
    JsonNode root = JsonMapper.builder().build().readTree(ReportCardJson.write(card));
    List<JsonNode> cells = new ArrayList<>();
    collectCells(root, cells);
    List<JsonNode> hidden = cells.stream()
        .filter(c -> HIDDEN.contains(c.get("status").asString())).toList();
    assertThat(hidden).isNotEmpty().allSatisfy(cell -> {
      assertThat(cell.has("value")).as("value of %s", cell).isFalse();
      assertThat(cell.get("text").asString()).isIn(DisclosurePolicy.CONFIDENTIAL, "[z]");
    });
    // Hidden percents carry no interval, which would reveal the counts.
    root.get("lines").forEach(line -> {
      if (line.has("percent") && HIDDEN.contains(line.get("percent").get("status").asString())) {
        assertThat(line.has("interval")).isFalse();
      }
    });
    root.get("tables").forEach(table -> table.get("rows").forEach(row -> {
      if (row.has("percent") && HIDDEN.contains(row.get("percent").get("status").asString())) {
        assertThat(row.has("interval")).isFalse();
      }
    }));
  }

  @Test
  void jsonAndCsvPutTheExactCountOfNoHiddenCellInItsPlace() {
    JsonNode json = JsonMapper.builder().build().readTree(ReportCardJson.write(card));
    StringWriter csv = new StringWriter();
    TidyCsv.reportCells(card, csv);
    int hidden = 0;
    for (int t = 0; t < card.tables().size(); t++) {
      BreakdownTable table = card.tables().get(t);
      ControlledTable controlled = table.controlled();
      JsonNode rows = json.get("tables").get(t).get("rows");
      for (int r = 0; r < controlled.rows().size(); r++) {
        for (int c = 0; c < controlled.columns().size(); c++) {
          if (controlled.isHidden(r, c)) {
            hidden++;
            long exact = controlled.table().count(r, c);
            JsonNode cell = rows.get(r).get("cells").get(c);
            assertThat(cell.get("text").asString()).isEqualTo(DisclosurePolicy.CONFIDENTIAL);
            assertThat(cell.has("value")).isFalse();
            String row = table.measure() + "," + table.breakdown() + ","
                + controlled.rows().get(r) + "," + controlled.columns().get(c) + ",";
            assertThat(csv.toString()).contains(row + "[c],")
                .doesNotContain(row + exact + ",");
          }
        }
      }
    }
    assertThat(hidden).isPositive();
    for (int i = 0; i < card.lines().size(); i++) {
      org.obaframework.core.report.ReportLine line = card.lines().get(i);
      JsonNode written = json.get("lines").get(i);
      assertThat(written.get("number").has("value")).isEqualTo(!line.number().isHidden());
      line.denominator().ifPresent(d -> assertThat(written.get("denominator").has("value"))
          .isEqualTo(!d.isHidden()));
    }
  }

  @Test
  void csvLeavesTheValueOfEveryHiddenCellEmpty() {
    StringWriter csv = new StringWriter();
    TidyCsv.reportCells(card, csv);
    List<String> rows = csv.toString().lines().skip(1).toList();
    assertThat(rows).isNotEmpty();
    long hidden = 0;
    for (String row : rows) {
      String[] fields = row.split(",", -1);
      String status = fields[fields.length - 2];
      if (HIDDEN.contains(status)) {
        hidden++;
        assertThat(fields[fields.length - 1]).as(row).isEmpty();
        assertThat(fields[fields.length - 3]).as(row).isIn("[c]", "[z]");
      } else {
        assertThat(fields[fields.length - 1]).as(row).isNotEmpty();
      }
    }
    assertThat(hidden).isPositive();
  }

  private List<Long> hiddenTableCounts() {
    List<Long> counts = new ArrayList<>();
    for (BreakdownTable table : card.tables()) {
      ControlledTable controlled = table.controlled();
      for (int r = 0; r < controlled.rows().size(); r++) {
        for (int c = 0; c < controlled.columns().size(); c++) {
          if (controlled.isHidden(r, c)) {
            counts.add(controlled.table().count(r, c));
          }
        }
      }
    }
    return counts;
  }

  private static void collectCells(JsonNode node, List<JsonNode> cells) {
    if (node.isObject() && node.has("status") && node.has("text")) {
      cells.add(node);
    }
    for (JsonNode child : node) {
      collectCells(child, cells);
    }
  }
}
