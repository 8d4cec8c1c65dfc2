package org.obaframework.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.aggregate.Results;

/** The count-equality check of the DuckDB comparison, without DuckDB. */
class ReportCountsTest {
  @Test
  void readsEveryIndicatorsTotalAndLocalAuthorityRowsFromObasResults() {
    Evaluation evaluation = GeneratedRecords.evaluation();
    Results results = evaluation.evaluate(GeneratedRecords.generate(400, 3L).stream());
    ReportCounts counts = ReportCounts.of(evaluation, results);

    assertThat(counts.cells()).hasSize(8 * (GeneratedRecords.LOCAL_AUTHORITIES + 1));
    assertThat(counts.pairs()).isEqualTo(8 * 400L);
    for (String code : GeneratedRecords.indicatorCodes()) {
      Proportion total = (Proportion) results.total("BO-" + code).orElseThrow();
      assertThat(counts.cells().get(new ReportCounts.Key(code, "all")))
          .isEqualTo(new ReportCounts.Cell(total.denominator(), total.numerator()));
      long byArea = counts.cells().entrySet().stream()
          .filter(e -> e.getKey().indicator().equals(code)
              && !e.getKey().localAuthority().equals("all"))
          .mapToLong(e -> e.getValue().improved()).sum();
      assertThat(byArea).as(code).isEqualTo(total.numerator());
    }
    assertThat(counts.toMarkdown()).startsWith("| indicator | local authority | denominator |")
        .contains("| EMOTIONAL | all | 400 |");
  }

  @Test
  void findsEveryDifferingOrMissingCellAndIgnoresEmptyOnes() {
    ReportCounts oba = ReportCounts.builder().put("A", "LA-01", 10, 4).put("A", "all", 10, 4)
        .put("B", "all", 5, 5).put("C", "LA-02", 0, 0).build();
    ReportCounts same = ReportCounts.builder().put("A", "all", 10, 4).put("A", "LA-01", 10, 4)
        .put("B", "all", 5, 5).build();
    ReportCounts other = ReportCounts.builder().put("A", "LA-01", 10, 3).put("A", "all", 10, 4)
        .put("D", "all", 1, 0).build();

    assertThat(oba.differences("oba", same, "DuckDB")).isEmpty();
    assertThat(oba).isEqualTo(same).hasSameHashCodeAs(same);
    oba.requireIdentical("oba", same, "DuckDB");
    assertThat(oba.differences("oba", other, "DuckDB")).containsExactly(
        "A, LA-01: oba 4/10, DuckDB 3/10",
        "B, all: oba 5/5, DuckDB no cell",
        "D, all: oba no cell, DuckDB 0/1");
    assertThatThrownBy(() -> oba.requireIdentical("oba", other, "DuckDB"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("3 cells differ between oba and DuckDB")
        .hasMessageContaining("A, LA-01: oba 4/10, DuckDB 3/10");
  }

  @Test
  void rejectsImpossibleOrRepeatedCells() {
    assertThatThrownBy(() -> ReportCounts.builder().put("A", "all", 3, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A, all").hasMessageContaining("found 4/3");
    assertThatThrownBy(() -> ReportCounts.builder().put("A", "all", 3, 1).put("A", "all", 3, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second");
    assertThat(new ReportCounts.Cell(8, 2).percent()).isEqualTo(25.0);
    assertThat(Map.of("k", new ReportCounts.Cell(0, 0).percent()).get("k")).isNaN();
  }
}
