package org.obaframework.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

/**
 * JdbcRecords on a real PostgreSQL, with tables whose columns have the default labels: rows
 * merged into each subject's records, in order, sequentially, in parallel and one subject at a
 * time; the transaction the caller owns left as it was; and every problem located.
 */
class JdbcRecordsTest {
  private static EmbeddedPostgres postgres;
  private static DataSource data;

  private static final String SCHEMA = """
      CREATE TABLE subjects (subject_id text COLLATE "C", kind text);
      CREATE TABLE members (subject_id text COLLATE "C", member_id text, role text, pos int);
      CREATE TABLE attributes (subject_id text COLLATE "C", member_id text, name text,
        value text, valid_from date);
      CREATE TABLE episodes (subject_id text COLLATE "C", episode_id text, programme text,
        local_authority text, delivery_model text, start_date date, end_date date,
        closure_reason text);
      CREATE TABLE outputs (subject_id text COLLATE "C", episode_id text, service_output text);
      CREATE TABLE reviews (subject_id text COLLATE "C", review_id text, episode_id text,
        kind text, assessed_on date, recorded_on date, rater text);
      CREATE TABLE ratings (subject_id text COLLATE "C", review_id text, pos int,
        indicator text, member_id text, status text, level text, number numeric,
        flag boolean);
      INSERT INTO subjects VALUES ('C-2', 'CHILD'), ('F-1', 'FAMILY'), ('C-10', 'CHILD');
      INSERT INTO members VALUES ('F-1', 'F-1-A1', 'ADULT', 1), ('F-1', 'F-1-C1', 'CHILD', 2);
      INSERT INTO attributes VALUES ('F-1', NULL, 'local-authority', 'LA-2', '2025-09-01'),
        ('F-1', NULL, 'local-authority', 'LA-1', NULL), ('F-1', 'F-1-C1', 'sex', 'F', NULL),
        ('C-2', NULL, 'age-band', '5-9', NULL);
      INSERT INTO episodes VALUES
        ('F-1', 'E-1', 'IFS', 'LA-1', 'HOME', '2025-04-07', '2026-01-31', 'PLANNED'),
        ('C-2', 'E-2', 'IFS', 'LA-3', NULL, '2025-05-01', NULL, NULL),
        ('C-10', 'E-10', 'IFS', 'LA-3', NULL, '2025-06-01', NULL, NULL);
      INSERT INTO outputs VALUES ('F-1', 'E-1', 'RES'), ('F-1', 'E-1', 'INTENSIVE');
      INSERT INTO reviews VALUES
        ('F-1', 'R-1', 'E-1', 'BASELINE', '2025-04-20', '2025-04-22', 'JOINT'),
        ('F-1', 'R-2', 'E-1', 'CLOSURE', '2026-01-20', NULL, 'JOINT'),
        ('C-2', 'R-3', 'E-2', 'BASELINE', '2025-05-10', NULL, 'PRACTITIONER');
      INSERT INTO ratings VALUES
        ('F-1', 'R-1', 1, 'TENANCY', NULL, NULL, 'high', NULL, NULL),
        ('F-1', 'R-1', 2, 'EVICTED', NULL, 'RATED', NULL, NULL, false),
        ('F-1', 'R-1', 3, 'ATT', 'F-1-C1', NULL, NULL, 68.5, NULL),
        ('F-1', 'R-2', 1, 'TENANCY', NULL, NULL, 'low', NULL, NULL),
        ('F-1', 'R-2', 2, 'ATT', 'F-1-C1', 'NOT_ASSESSED', NULL, NULL, NULL),
        ('C-2', 'R-3', 1, 'ATT', NULL, 'NOT_APPLICABLE', NULL, NULL, NULL);
      """;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
    data = postgres.getPostgresDatabase();
    try (Connection connection = data.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(SCHEMA);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  /** The queries, each ordered by {@code by} first. */
  private static List<RowQuery> queries(String by) {
    return List.of(
        RowQuery.of(RowKind.SUBJECTS, "subjects", "SELECT * FROM subjects ORDER BY " + by),
        RowQuery.of(RowKind.MEMBERS, "members", "SELECT * FROM members ORDER BY " + by + ", pos"),
        RowQuery.of(RowKind.ATTRIBUTES, "attributes", "SELECT * FROM attributes ORDER BY " + by),
        RowQuery.of(RowKind.EPISODES, "episodes", "SELECT * FROM episodes ORDER BY " + by),
        RowQuery.of(RowKind.SERVICE_OUTPUTS, "outputs", "SELECT * FROM outputs ORDER BY " + by),
        RowQuery.of(RowKind.REVIEWS, "reviews",
            "SELECT * FROM reviews ORDER BY " + by + ", assessed_on"),
        RowQuery.of(RowKind.RATINGS, "ratings",
            "SELECT * FROM ratings ORDER BY " + by + ", review_id, pos"));
  }

  private static final JdbcRecords RECORDS = JdbcRecords.of(queries("subject_id"))
      .withFetchSize(2);

  static List<SubjectRecords> expected() {
    Subject family = Subject.family("F-1")
        .attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, "LA-1")
            .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", LocalDate.of(2025, 9, 1)))
        .addMembers(Member.of("F-1-A1", MemberRole.ADULT),
            Member.of("F-1-C1", MemberRole.CHILD, Attributes.empty().with(Attributes.SEX, "F")))
        .build();
    Episode e1 = Episode.builder().id("E-1").subject("F-1").programme("IFS").localAuthority("LA-1")
        .deliveryModel("HOME").start(LocalDate.of(2025, 4, 7)).end(LocalDate.of(2026, 1, 31))
        .closureReason(ClosureReason.PLANNED).addServiceOutputs("RES", "INTENSIVE").build();
    Review r1 = Review.builder().id("R-1").episode("E-1").kind(ReviewKind.BASELINE)
        .assessedOn(LocalDate.of(2025, 4, 20)).recordedOn(LocalDate.of(2025, 4, 22))
        .rater(Rater.JOINT).addRatings(Rating.of("TENANCY", "high"), Rating.of("EVICTED", false),
            Rating.of("ATT", 68.5).about("F-1-C1")).build();
    Review r2 = Review.builder().id("R-2").episode("E-1").kind(ReviewKind.CLOSURE)
        .assessedOn(LocalDate.of(2026, 1, 20)).rater(Rater.JOINT)
        .addRatings(Rating.of("TENANCY", "low"), Rating.notAssessed("ATT").about("F-1-C1"))
        .build();
    Subject child = Subject.child("C-2")
        .attributes(Attributes.empty().with(Attributes.AGE_BAND, "5-9")).build();
    Episode e2 = Episode.builder().id("E-2").subject("C-2").programme("IFS").localAuthority("LA-3")
        .start(LocalDate.of(2025, 5, 1)).build();
    Review r3 = Review.builder().id("R-3").episode("E-2").kind(ReviewKind.BASELINE)
        .assessedOn(LocalDate.of(2025, 5, 10)).rater(Rater.PRACTITIONER)
        .addRatings(Rating.notApplicable("ATT")).build();
    Episode e10 = Episode.builder().id("E-10").subject("C-10").programme("IFS")
        .localAuthority("LA-3").start(LocalDate.of(2025, 6, 1)).build();
    return List.of(SubjectRecords.of(Subject.child("C-10").build(), List.of(e10), List.of()),
        SubjectRecords.of(child, List.of(e2), List.of(r3)),
        SubjectRecords.of(family, List.of(e1), List.of(r1, r2)));
  }

  @Test
  void mergesEveryQuerysRowsIntoEachSubjectsRecordsInBinaryOrder() throws Exception {
    try (Connection connection = data.getConnection()) {
      try (Stream<SubjectRecords> subjects = RECORDS.stream(connection)) {
        assertThat(subjects.toList()).isEqualTo(expected());
        assertThat(connection.getAutoCommit()).isFalse();
        assertThat(connection.getTransactionIsolation())
            .isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
      }
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(connection.getTransactionIsolation())
          .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  @Test
  void aParallelStreamOnTheCallersPoolGivesTheSameSubjects() throws Exception {
    ForkJoinPool pool = new ForkJoinPool(3);
    try (Connection connection = data.getConnection();
        Stream<SubjectRecords> subjects = RECORDS.stream(connection)) {
      Set<SubjectRecords> read = pool.submit(() -> subjects.parallel()
          .collect(Collectors.toSet())).get();
      assertThat(read).containsExactlyInAnyOrderElementsOf(expected());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void readsOneSubjectAndLeavesTheCallersTransactionOpen() throws Exception {
    try (Connection connection = data.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO subjects VALUES ('C-99', 'CHILD')");
      }
      assertThat(RECORDS.read(connection, "F-1")).contains(expected().get(2));
      assertThat(RECORDS.read(connection, "C-99")).contains(SubjectRecords.of(
          Subject.child("C-99").build(), List.of(), List.of()));
      assertThat(RECORDS.read(connection, "C-404")).isEmpty();
      assertThat(connection.getAutoCommit()).isFalse();
      connection.rollback();
    }
  }

  @Test
  void rowsOutOfOrderOrderedByAnotherCollationAreToldUnlessTheReaderIsToldTheOrder()
      throws Exception {
    // Numeric order: C-2, C-10, F-1 - not binary order, where C-10 comes before C-2.
    JdbcRecords numeric = JdbcRecords.of(queries(
        "substring(subject_id, 1, 1), substring(subject_id, 3)::int"));
    try (Connection connection = data.getConnection();
        Stream<SubjectRecords> subjects = numeric.stream(connection)) {
      RowsException e = (RowsException) org.assertj.core.api.Assertions.catchThrowable(
          subjects::toList);
      assertThat(e.problems().get(0).message()).isEqualTo("table 'subjects', subject_id 'C-10',"
          + " field subject_id: duplicate code; expected rows ordered by 'subject_id' in binary"
          + " order (ORDER BY ... COLLATE \"C\" in PostgreSQL), so that each subject's rows are"
          + " read together, once, found a row of subject 'C-10' after the rows of subject"
          + " 'C-2'");
    }
    java.util.Comparator<String> byNumber = java.util.Comparator
        .comparing((String id) -> id.substring(0, 1))
        .thenComparingInt(id -> Integer.parseInt(id.substring(2)));
    try (Connection connection = data.getConnection();
        Stream<SubjectRecords> subjects = numeric.withSubjectOrder(byNumber).stream(connection)) {
      assertThat(subjects.map(s -> s.subject().id())).containsExactly("C-2", "C-10", "F-1");
    }
  }

  @Test
  void rowsOfNoSubjectAndSubjectsTwiceAreTold() throws Exception {
    JdbcRecords orphans = JdbcRecords.of(
        RowQuery.of(RowKind.SUBJECTS, "subjects", "SELECT * FROM (VALUES ('C-2', 'CHILD'),"
            + " ('C-2', 'CHILD')) s (subject_id, kind)"),
        RowQuery.of(RowKind.EPISODES, "episodes", "SELECT * FROM episodes ORDER BY subject_id"));
    try (Connection connection = data.getConnection();
        Stream<SubjectRecords> subjects = orphans.stream(connection)) {
      RowsException e = (RowsException) org.assertj.core.api.Assertions.catchThrowable(
          subjects::toList);
      assertThat(e.problems()).extracting(Problem::message).containsExactly(
          "table 'subjects', subject_id 'C-2', field subject_id: duplicate code; expected rows"
              + " ordered by 'subject_id' in binary order (ORDER BY ... COLLATE \"C\" in"
              + " PostgreSQL), so that each subject's rows are read together, once, found subject"
              + " 'C-2' again",
          "table 'episodes', episode_id 'E-10', field subject_id: unknown reference; expected a"
              + " subject of table 'subjects', found subject 'C-10', which has no row there",
          "table 'episodes', episode_id 'E-1', field subject_id: unknown reference; expected a"
              + " subject of table 'subjects', found subject 'F-1', which has no row there");
    }
  }

  @Test
  void aMissingColumnIsToldBeforeAnyRowIsRead() throws Exception {
    JdbcRecords missing = JdbcRecords.of(RowQuery.of(RowKind.SUBJECTS, "clients",
        "SELECT subject_id AS client_id, kind FROM subjects"));
    try (Connection connection = data.getConnection()) {
      assertThatThrownBy(() -> missing.stream(connection))
          .isInstanceOf(RowsException.class)
          .hasMessage("table 'clients', field subject_id: missing value; expected a column"
              + " labelled 'subject_id' in the result of the query of SUBJECTS"
              + " (Column.SUBJECT_ID), found a result of 2 columns without it");
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @Test
  void valuesThatCannotBeReadAreToldByKindNeverShown() throws Exception {
    JdbcRecords bad = JdbcRecords.of(
        RowQuery.of(RowKind.SUBJECTS, "subjects", "SELECT 'C-1' AS subject_id, 'KID' AS kind"),
        RowQuery.of(RowKind.EPISODES, "episodes", "SELECT 'C-1' AS subject_id, 'E-1' AS"
            + " episode_id, 'IFS' AS programme, 'Jane Smith' AS local_authority, NULL AS"
            + " delivery_model, 'Jane Smith' AS start_date, 'Jane Smith' AS closure_reason"))
        .withMaxProblems(2);
    try (Connection connection = data.getConnection();
        Stream<SubjectRecords> subjects = bad.stream(connection)) {
      RowsException e = (RowsException) org.assertj.core.api.Assertions.catchThrowable(
          subjects::toList);
      assertThat(e.problems()).extracting(Problem::type)
          .containsExactly(ProblemType.WRONG_TYPE, ProblemType.INVALID_CODE);
      assertThat(e.problems().get(0).found()).isEqualTo("a text of 10 characters that is not a"
          + " date");
      assertThat(e.problems().get(0).item()).isEqualTo(Item.of("episode_id", "E-1")
          .within(Item.of("table", "episodes")));
      assertThat(e.problems().get(0).field()).isEqualTo("start_date");
      assertThat(e.problems().get(1).message()).isEqualTo("table 'subjects', subject_id 'C-1',"
          + " field kind: invalid code; expected one of [CHILD, FAMILY], found a text of 3"
          + " characters");
      assertThat(e.unlisted()).isEqualTo(1);
      assertThat(e.getMessage()).doesNotContain("Jane", "Smith", "KID");
    }
  }

  @Test
  void queriesAreCheckedAsTheyAreMade() {
    assertThatThrownBy(() -> JdbcRecords.of(RowQuery.of(RowKind.EPISODES, "episodes", "SELECT")))
        .hasMessageContaining("a query of rows SUBJECTS");
    assertThatThrownBy(() -> RowQuery.of(RowKind.SUBJECTS, "subjects", "SELECT")
        .withColumn(Column.RATER, "rater")).hasMessageContaining("is not one of rows SUBJECTS");
    assertThatThrownBy(() -> RECORDS.withFetchSize(0)).hasMessageContaining("1 or more");
    List<String> kinds = new ArrayList<>();
    RECORDS.queries().forEach(q -> kinds.add(q.toString()));
    assertThat(kinds).first().isEqualTo("RowQuery[SUBJECTS from subjects]");
  }

  @Test
  void theDatabasesMessageIsNeverRepeated() throws Exception {
    JdbcRecords failing = JdbcRecords.of(RowQuery.of(RowKind.SUBJECTS, "subjects",
        "SELECT 'Jane Smith'::date AS subject_id, 'CHILD' AS kind"));
    try (Connection connection = data.getConnection()) {
      assertThatThrownBy(() -> failing.stream(connection))
          .isInstanceOf(DatabaseException.class)
          .hasMessage("database failure running the query of table 'subjects': SQL state 22007"
              + " (data exception)")
          .hasNoCause()
          .extracting(t -> ((DatabaseException) t).sqlState()).isEqualTo("22007");
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT 1")) {
        assertThat(row.next()).as("the connection is usable").isTrue();
      }
    }
  }
}
