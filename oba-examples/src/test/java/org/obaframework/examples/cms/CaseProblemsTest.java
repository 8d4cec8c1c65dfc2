package org.obaframework.examples.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.examples.ifs.IfsData;
import org.obaframework.jdbc.Column;
import org.obaframework.jdbc.DatabaseException;
import org.obaframework.jdbc.JdbcRecords;
import org.obaframework.jdbc.RowKind;
import org.obaframework.jdbc.RowQuery;
import org.obaframework.jdbc.RowsException;

/**
 * Bad data in a real PostgreSQL: each problem names the table, the row's key and the column, and
 * no message shows a value of a child's record. Rows that break the foreign keys come in as on a
 * replica or from a bulk load, with the constraints' triggers off ({@code
 * session_replication_role = replica}).
 */
class CaseProblemsTest {
  private static final String NAME = "Zebedee Moonbeam";
  private static Database database;

  @BeforeAll
  static void start() {
    database = Database.shared();
  }

  private static DataSource loaded(String... changes) throws Exception {
    return database.withIfs(changes);
  }

  private static RowsException read(DataSource source, JdbcRecords records) throws Exception {
    try (Connection connection = source.getConnection();
        Stream<SubjectRecords> clients = records.stream(connection)) {
      List<SubjectRecords> read = new ArrayList<>();
      try {
        clients.forEach(read::add);
      } catch (RowsException e) {
        return e;
      }
      throw new AssertionError("read " + read.size() + " clients without a problem");
    }
  }

  private static JdbcRecords validated() {
    return CaseQueries.records().validatedBy(RecordValidator.of(IfsData.framework(),
        IfsData.AS_OF));
  }

  @Test
  void aReviewOfAnUnknownEpisodeNamesTheAssessmentAndItsEpisodeColumn() throws Exception {
    RowsException e = read(loaded("UPDATE assessment SET episode_id = 'E-GONE'"
        + " WHERE assessment_id = 'IFS-F004-R02'"), validated());
    assertThat(e.problems()).hasSize(1);
    Problem problem = e.problems().get(0);
    assertThat(problem.type()).isEqualTo(ProblemType.UNKNOWN_REFERENCE);
    assertThat(problem.item().find("table").flatMap(Item::id)).contains("assessment");
    assertThat(problem.item().find("assessment_id").flatMap(Item::id)).contains("IFS-F004-R02");
    assertThat(problem.field()).isEqualTo("episode_id");
    assertThat(e.getMessage()).isEqualTo("table 'assessment', assessment_id 'IFS-F004-R02',"
        + " field episode_id: unknown reference; expected an episode of subject 'IFS-F004' in"
        + " table 'episode', found 'E-GONE', which is not one");
  }

  @Test
  void scoresOffTheirScaleNameTheScoreRowAndColumnNeverTheValue() throws Exception {
    RowsException e = read(loaded(
        "UPDATE indicator_score SET status = 'RATED', number = 250 WHERE assessment_id = 'IFS-F002-R01'"
            + " AND indicator = 'SCHOOL-ATT' AND person_id = 'IFS-F002-C1'",
        "UPDATE indicator_score SET level = 'Zebedee' WHERE assessment_id = 'IFS-F010-R01'"
            + " AND indicator = 'TENANCY-RISK'"), validated());
    assertThat(e.problems()).extracting(Problem::type).containsExactly(
        ProblemType.VALUE_OFF_SCALE, ProblemType.VALUE_OFF_SCALE);
    Problem number = e.problems().get(0);
    assertThat(number.item().toString()).isEqualTo("table 'indicator_score', assessment_id"
        + " 'IFS-F002-R01', indicator 'SCHOOL-ATT', person_id 'IFS-F002-C1'");
    assertThat(number.field()).isEqualTo("number");
    assertThat(number.found()).isEqualTo("a number above the upper bound 100");
    Problem level = e.problems().get(1);
    assertThat(level.item().toString()).startsWith("table 'indicator_score', assessment_id"
        + " 'IFS-F010-R01', indicator 'TENANCY-RISK'");
    assertThat(level.field()).isEqualTo("level");
    assertThat(e.getMessage()).doesNotContain("250", "Zebedee", "Moonbeam");
  }

  @Test
  void aClientsRowsSplitByAQueryNotOrderedByClientAreTold() throws Exception {
    List<RowQuery> queries = new ArrayList<>(CaseQueries.queries());
    queries.replaceAll(q -> q.kind() != RowKind.EPISODES ? q
        : RowQuery.of(RowKind.EPISODES, "episode", "SELECT client_id, episode_id, programme,"
            + " local_authority, delivery_model, start_date, end_date, closure_reason"
            + " FROM episode ORDER BY start_date, episode_id")
            .withColumn(Column.SUBJECT_ID, "client_id"));
    RowsException e = read(loaded(), JdbcRecords.of(queries));
    // The rows out of order come first: the cause of the reviews whose episode is missed.
    Problem split = e.problems().get(0);
    assertThat(split.item().find("table").flatMap(Item::id)).contains("episode");
    assertThat(split.item().find("episode_id")).isPresent();
    assertThat(split.field()).isEqualTo("client_id");
    assertThat(e.problems().get(0).message()).matches("table 'episode', episode_id '[^']+',"
        + " field client_id: duplicate code; expected rows ordered by 'client_id' in binary"
        + " order .*, found a row of subject '[^']+' after the rows of subject '[^']+'");
  }

  @Test
  void aNameTypedIntoACharacteristicOrAnIdIsDescribedNeverShown() throws Exception {
    RowsException e = read(loaded(
        "UPDATE family_characteristic SET value = '" + NAME + "' WHERE family_id = 'IFS-F003'",
        "UPDATE assessment SET assessment_id = '" + NAME + "'"
            + " WHERE assessment_id = 'IFS-F005-R01'",
        "UPDATE indicator_score SET assessment_id = '" + NAME + "'"
            + " WHERE assessment_id = 'IFS-F005-R01'"), validated());
    assertThat(e.getMessage()).doesNotContain("Zebedee", "Moonbeam")
        .contains("table 'family_characteristic', family_id 'IFS-F003', name 'local-authority',"
            + " field value")
        .contains("table 'assessment', assessment_id (an id of 16 characters with a space at"
            + " position 8), field assessment_id");
  }

  @Test
  void aFailureOfTheDatabaseTellsItsSqlStateNeverItsMessage() throws Exception {
    DataSource source = loaded();
    JdbcRecords quoting = JdbcRecords.of(RowQuery.of(RowKind.SUBJECTS, "client",
        "SELECT client_id AS subject_id, 'CHILD' AS kind FROM client"
            + " WHERE client_id::date IS NOT NULL ORDER BY 1"));
    try (Connection connection = source.getConnection()) {
      assertThatThrownBy(() -> quoting.stream(connection).close())
          .isInstanceOf(DatabaseException.class)
          .hasMessage("database failure running the query of table 'client': SQL state 22007"
              + " (data exception)")
          .hasNoCause();
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }
}
