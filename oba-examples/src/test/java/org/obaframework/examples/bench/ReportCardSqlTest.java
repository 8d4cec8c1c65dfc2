package org.obaframework.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The SQL text of the DuckDB comparison, checked without DuckDB (the {@code duckdb} profile runs
 * it and compares every count with oba's).
 */
class ReportCardSqlTest {
  private final ReportCardSql sql = ReportCardSql.forGeneratedRecords();

  @Test
  void scoresEveryIndicatorFromItsScaleAndPolarity() {
    String score = sql.score("r.indicator", "r.value");
    assertThat(score)
        .contains("WHEN 'RISK-CARE' THEN -CASE r.value WHEN 'none' THEN 0 WHEN 'low' THEN 1"
            + " WHEN 'medium' THEN 2 WHEN 'high' THEN 3 END")
        .contains("WHEN 'EMOTIONAL' THEN CASE r.value WHEN 'poor' THEN 0")
        .contains("WHEN 'SCHOOL-ATT' THEN CAST(r.value AS DOUBLE)")
        .contains("WHEN 'SDQ-TOTAL' THEN -CAST(r.value AS DOUBLE)")
        .contains("WHEN 'EXCLUDED' THEN -CASE r.value WHEN 'yes' THEN 1 WHEN 'no' THEN 0 END");
    for (String code : GeneratedRecords.indicatorCodes()) {
      assertThat(score).contains("WHEN '" + code + "' THEN");
    }
  }

  @Test
  void readsTheCsvWithAnExplicitTypeForEveryColumn() {
    String read = ReportCardSql.readCsv("/tmp/it's.csv");
    assertThat(read).startsWith("read_csv('/tmp/it''s.csv', header = true")
        .contains("auto_detect = false").contains("'episode_start': 'DATE'");
    for (String column : RatingsCsv.COLUMNS) {
      assertThat(read).contains("'" + column + "': '");
    }
  }

  @Test
  void pairsThePractitionersBaselineWithTheLatestLaterReviewAsOfThePeriodsEnd() {
    String query = sql.query("ratings");
    assertThat(query).startsWith("WITH ratings AS (SELECT * FROM ratings),")
        .contains("r.rater = 'PRACTITIONER' AND r.kind <> 'FOLLOW_UP'")
        .contains("r.assessed_on >= r.episode_start AND r.assessed_on <= DATE '2026-03-31'")
        .contains("e.episode_start <= DATE '2026-03-31'")
        .contains("e.episode_end >= DATE '2025-04-01'")
        .contains("max(assessed_on) > min(assessed_on) AS later")
        .contains("later AND last_score > first_score AS improved")
        .contains("GROUP BY GROUPING SETS ((indicator, local_authority), (indicator))")
        .contains("coalesce(local_authority, 'all')");
    assertThat(sql).hasToString(
        "ReportCardSql[8 indicators, rater PRACTITIONER, 2025-04-01/2026-03-31, day 2026-03-31]");
  }
}
