package org.obaframework.examples.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.records.Rater;

/**
 * The report card by local authority x indicator as one SQL query (DuckDB's dialect) over the
 * flat ratings of {@link RatingsCsv}: what a statistician would write to answer the question
 * {@link GeneratedRecords#evaluation()} asks oba.
 *
 * <p>The query follows oba's definition ({@code Pairing.latest()} with one rater, {@code
 * BetterOffRule.anyImprovement()}, counting children, {@code LocalAuthorityRule.EPISODE}):
 *
 * <ul>
 *   <li>the day is the earlier of the period's last day and the as-of date; a child is judged on
 *       its latest episode (by start, then id) started by that day, and only if that episode
 *       overlaps the period;
 *   <li>the candidate reviews are that episode's reviews by the rater, not follow-ups, assessed
 *       from the episode's start to the day, that rate the indicator (rated or not);
 *   <li>the baseline is the first candidate by date assessed, then kind (baseline, review,
 *       closure), then review id; the later review is the last candidate by the same order,
 *       provided it was assessed on a later day than the baseline (otherwise there is none);
 *   <li>the child is in the denominator when both ratings are rated, and improved when the later
 *       value is better in the indicator's polarity: by position on an ordinal scale, by value on
 *       a numeric scale, yes (1) against no (0) on a binary scale;
 *   <li>rows are by indicator and local authority, plus each indicator's total ({@code
 *       local_authority = 'all'}): denominator, improved and the percent improved.
 * </ul>
 *
 * <p>The generated records record no date recorded apart from the date assessed, so ties are
 * broken by kind and id only. The scores of levels come from the framework, as a {@code CASE}
 * expression: nothing about the generated data is written by hand. Immutable and thread-safe.
 */
public final class ReportCardSql {
  /** The name of the total row's local authority, as in oba's {@code Results.TOTAL}. */
  public static final String TOTAL = "all";

  private final OutcomesFramework framework;
  private final List<String> indicators;
  private final Rater rater;
  private final ReportingPeriod period;
  private final LocalDate day;

  private ReportCardSql(OutcomesFramework framework, List<String> indicators, Rater rater,
      ReportingPeriod period, LocalDate asOf) {
    this.framework = framework;
    this.indicators = List.copyOf(indicators);
    this.rater = rater;
    this.period = period;
    this.day = period.end().isBefore(asOf) ? period.end() : asOf;
  }

  /**
   * Returns the query for the generated records' evaluation.
   *
   * @return the query's builder
   */
  public static ReportCardSql forGeneratedRecords() {
    return new ReportCardSql(GeneratedRecords.FRAMEWORK, GeneratedRecords.indicatorCodes(),
        GeneratedRecords.RATER, GeneratedRecords.PERIOD, GeneratedRecords.AS_OF);
  }

  /**
   * Returns the {@code read_csv} call that reads a {@link RatingsCsv} file with explicit column
   * types, as a relation for {@link #query(String)}.
   *
   * @param csv the file's path, as DuckDB sees it
   * @return the relation
   */
  public static String readCsv(String csv) {
    return "read_csv('" + csv.replace("'", "''") + "', header = true, delim = ',', quote = '',"
        + " escape = '', auto_detect = false, columns = {"
        + "'subject': 'VARCHAR', 'local_authority': 'VARCHAR', 'episode': 'VARCHAR',"
        + " 'episode_start': 'DATE', 'episode_end': 'DATE', 'review': 'VARCHAR',"
        + " 'kind': 'VARCHAR', 'assessed_on': 'DATE', 'rater': 'VARCHAR',"
        + " 'indicator': 'VARCHAR', 'status': 'VARCHAR', 'value': 'VARCHAR'})";
  }

  /**
   * Returns the query over a relation of ratings with {@link RatingsCsv}'s columns and types.
   * Its rows are {@code indicator, local_authority, denominator, improved, percent}.
   *
   * @param ratings a table name or a table function such as {@link #readCsv(String)}
   * @return the SQL text
   */
  public String query(String ratings) {
    String d = "DATE '" + day + "'";
    return String.join("\n",
        "WITH ratings AS (SELECT * FROM " + ratings + "),",
        "-- a child is judged on its latest episode started by the day, if it overlaps the period",
        "episodes AS (",
        "  SELECT subject, arg_max({'episode': episode, 'episode_start': episode_start,"
            + " 'episode_end': episode_end}, (episode_start, episode)) AS e",
        "  FROM ratings WHERE episode_start <= " + d,
        "  GROUP BY subject),",
        "judged AS (",
        "  SELECT e.episode AS episode FROM episodes",
        "  WHERE e.episode_start <= DATE '" + period.end() + "'",
        "    AND (e.episode_end IS NULL OR e.episode_end >= DATE '" + period.start() + "')),",
        "candidates AS (",
        "  SELECT r.local_authority, r.episode, r.indicator, r.assessed_on,",
        "    (r.assessed_on, CASE r.kind WHEN 'BASELINE' THEN 0 WHEN 'REVIEW' THEN 1 ELSE 2 END,"
            + " r.review) AS position,",
        "    {'score': CASE WHEN r.status = 'RATED' THEN " + score("r.indicator", "r.value")
            + " END} AS rated",
        "  FROM ratings r SEMI JOIN judged j ON r.episode = j.episode",
        "  WHERE r.rater = '" + rater.name() + "' AND r.kind <> 'FOLLOW_UP'",
        "    AND r.assessed_on >= r.episode_start AND r.assessed_on <= " + d,
        "    AND r.indicator IN (" + quoted(indicators) + ")),",
        "-- the struct keeps an unrated rating's NULL score: arg_min and arg_max skip NULL args",
        "pairs AS (",
        "  SELECT local_authority, indicator,",
        "    max(assessed_on) > min(assessed_on) AS later,",
        "    arg_min(rated, position).score AS first_score,",
        "    arg_max(rated, position).score AS last_score",
        "  FROM candidates GROUP BY local_authority, episode, indicator),",
        "judgements AS (",
        "  SELECT local_authority, indicator,",
        "    later AND first_score IS NOT NULL AND last_score IS NOT NULL AS paired,",
        "    later AND last_score > first_score AS improved",
        "  FROM pairs)",
        "SELECT indicator, coalesce(local_authority, '" + TOTAL + "') AS local_authority,",
        "  count(*) FILTER (WHERE paired) AS denominator,",
        "  count(*) FILTER (WHERE paired AND improved) AS improved,",
        "  100.0 * count(*) FILTER (WHERE paired AND improved)"
            + " / nullif(count(*) FILTER (WHERE paired), 0) AS percent",
        "FROM judgements",
        "GROUP BY GROUPING SETS ((indicator, local_authority), (indicator))",
        "ORDER BY indicator, local_authority");
  }

  /**
   * Returns the SQL expression of a rating's score, higher being better: a {@code CASE} over the
   * indicators, from their scales and polarities.
   */
  String score(String indicator, String value) {
    StringBuilder sql = new StringBuilder("CASE ").append(indicator);
    for (String code : indicators) {
      Indicator definition = framework.indicator(code).orElseThrow(
          () -> new IllegalArgumentException("expected an indicator of the framework, found "
              + code));
      String sign = definition.polarity() == Polarity.HIGHER_IS_BETTER ? "" : "-";
      sql.append(" WHEN '").append(code).append("' THEN ").append(sign);
      if (definition.scale() instanceof NumericScale) {
        sql.append("CAST(").append(value).append(" AS DOUBLE)");
      } else if (definition.scale() instanceof OrdinalScale) {
        sql.append("CASE ").append(value);
        List<String> levels = ((OrdinalScale) definition.scale()).levels().stream()
            .map(OrdinalLevel::code).toList();
        for (int i = 0; i < levels.size(); i++) {
          sql.append(" WHEN '").append(levels.get(i)).append("' THEN ").append(i);
        }
        sql.append(" END");
      } else if (definition.scale() instanceof BinaryScale) {
        sql.append("CASE ").append(value).append(" WHEN 'yes' THEN 1 WHEN 'no' THEN 0 END");
      } else {
        throw new IllegalArgumentException("expected a numeric, ordinal or binary scale, found "
            + definition.scale());
      }
    }
    return sql.append(" END").toString();
  }

  private static String quoted(List<String> codes) {
    StringBuilder sql = new StringBuilder();
    for (String code : codes) {
      sql.append(sql.length() == 0 ? "" : ", ").append('\'').append(code).append('\'');
    }
    return sql.toString();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ReportCardSql[%d indicators, rater %s, %s, day %s]",
        indicators.size(), rater, period, day);
  }
}
