package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A report card made under the DfE rule exports no count that the rule hides, nor why. */
class DisclosureExportTest {
  private static final Set<String> HIDDEN = Set.of(CellStatus.SUPPRESSED.name(),
      CellStatus.NO_DENOMINATOR.name());
  private final ReportCard card = OutputFixtures.card(DisclosurePolicy.DFE);
  private final ReportCard exact = OutputFixtures.card(DisclosurePolicy.NONE);

  @Test
  void theCardHasHiddenCellsToProtect() {
    assertThat(hiddenTableCells()).isNotEmpty();
  }

  @Test
  void jsonGivesNoValueForAHiddenCellNorWhyItIsHidden() {
    String written = ReportCardJson.write(card);
    JsonNode root = JsonMapper.builder().build().readTree(written);
    List<JsonNode> cells = new ArrayList<>();
    collectCells(root, cells);
    List<JsonNode> hidden = cells.stream()
        .filter(c -> HIDDEN.contains(c.get("status").asString())).toList();
    assertThat(hidden).isNotEmpty().allSatisfy(cell -> {
      assertThat(cell.has("value")).as("value of %s", cell).isFalse();
      assertThat(cell.get("text").asString()).isIn(DisclosurePolicy.CONFIDENTIAL, "[z]");
    });
    assertThat(written).doesNotContain("PRIMARY", "SECONDARY");
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
    StringWriter csv = new StringWriter();
    TidyCsv.reportCells(card, csv);
    int hidden = 0;
    for (BreakdownTable table : card.tables()) {
      BreakdownTable open = exact.table(table.measure(), table.breakdown()).orElseThrow();
      for (BreakdownTable.Row row : table.rows()) {
        if (row.key().equals(BreakdownTable.OTHER)) {
          continue;
        }
        BreakdownTable.Row truth = open.row(row.key()).orElseThrow();
        for (int c = 0; c < table.columns().size(); c++) {
          Cell cell = row.cells().get(c);
          if (cell.isHidden()) {
            hidden++;
            assertThat(cell.text()).isEqualTo(DisclosurePolicy.CONFIDENTIAL);
            String place = table.measure() + "," + table.breakdown() + "," + row.key() + ","
                + table.columns().get(c) + ",";
            assertThat(csv.toString()).contains(place + "[c],SUPPRESSED,\n")
                .doesNotContain(place + truth.cells().get(c).text() + ",");
          }
        }
      }
    }
    assertThat(hidden).isPositive();
    JsonNode json = JsonMapper.builder().build().readTree(ReportCardJson.write(card));
    for (int i = 0; i < card.lines().size(); i++) {
      org.obaframework.core.report.ReportLine line = card.lines().get(i);
      JsonNode written = json.get("lines").get(i);
      assertThat(written.get("number").has("value")).isEqualTo(!line.number().isHidden());
      line.denominator().ifPresent(d -> assertThat(written.get("denominator").has("value"))
          .isEqualTo(!d.isHidden()));
    }
  }

  @Test
  void csvLeavesTheValueOfEveryHiddenCellEmptyAndStatesTheProtection() {
    StringWriter csv = new StringWriter();
    TidyCsv.reportCells(card, csv);
    List<String> rows = csv.toString().lines().skip(1).toList();
    assertThat(rows.get(0)).isEqualTo(",,,disclosure,dfe,,");
    assertThat(rows.get(1)).startsWith(",,,protection,\"Counts from 1 to 5 are hidden;");
    long hidden = 0;
    for (String row : rows.subList(2, rows.size())) {
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

  private List<Cell> hiddenTableCells() {
    List<Cell> hidden = new ArrayList<>();
    for (BreakdownTable table : card.tables()) {
      for (BreakdownTable.Row row : table.rows()) {
        row.cells().stream().filter(Cell::isHidden).forEach(hidden::add);
      }
    }
    return hidden;
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
