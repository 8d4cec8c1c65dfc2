package org.obaframework.examples.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.examples.ifs.IfsData;
import org.obaframework.json.RecordsNdjson;

/** The IFS records through a real PostgreSQL: written, streamed back, and their report card. */
class CaseRecordsTest {
  private static Database database;
  private static DataSource ifs;

  @BeforeAll
  static void load() throws Exception {
    database = Database.shared();
    ifs = database.withIfs();
  }

  @Test
  void theRecordsReadBackAreTheRecordsWritten() throws Exception {
    try (Connection connection = ifs.getConnection()) {
      List<SubjectRecords> back;
      try (Stream<SubjectRecords> read = CaseQueries.records().stream(connection)) {
        back = read.toList();
        assertThat(connection.getAutoCommit()).as("read in a transaction").isFalse();
      }
      List<SubjectRecords> written = IfsData.records().stream()
          .sorted(java.util.Comparator.comparing(r -> r.subject().id())).toList();
      assertThat(back).hasSize(written.size());
      for (int i = 0; i < back.size(); i++) {
        assertThat(back.get(i).subject()).isEqualTo(written.get(i).subject());
        assertThat(back.get(i).episodes()).containsExactlyInAnyOrderElementsOf(
            written.get(i).episodes());
        assertThat(back.get(i).reviews()).containsExactlyInAnyOrderElementsOf(
            written.get(i).reviews());
      }
      assertThat(connection.getAutoCommit()).as("the read's own transaction is ended").isTrue();
    }
  }

  @Test
  void theReportCardFromPostgresqlIsTheOneFromTheNdjsonFileCellByCell() throws Exception {
    Evaluation evaluation = IfsData.evaluation(
        Breakdown.localAuthority(LocalAuthorityRule.EPISODE), Breakdown.deliveryModel());
    Results fromFile;
    try (Stream<SubjectRecords> lines = RecordsNdjson.standard().read(
        new java.io.StringReader(IfsData.recordsNdjson()))) {
      fromFile = evaluation.evaluate(lines);
    }
    Results fromDatabase;
    try (Connection connection = ifs.getConnection();
        Stream<SubjectRecords> clients = CaseQueries.records()
            .validatedBy(RecordValidator.of(IfsData.framework(), IfsData.AS_OF))
            .stream(connection)) {
      fromDatabase = evaluation.evaluate(clients.parallel());
    }
    assertThat(fromDatabase.tallies()).isEqualTo(fromFile.tallies());
    for (DisclosurePolicy policy : List.of(DisclosurePolicy.NONE, DisclosurePolicy.DFE)) {
      ReportOptions options = ReportOptions.defaults().withDisclosure(policy);
      assertThat(ReportCard.of(evaluation, fromDatabase, options).toText())
          .isEqualTo(ReportCard.of(evaluation, fromFile, options).toText());
    }
  }

  @Test
  void concurrentEpisodesAreReadAndEachFamilyIsJudgedOnce() throws Exception {
    // Every third family was transferred: its episode is recorded twice, the second a copy with
    // its own id and reviews, open over the same days (a transfer between teams).
    List<SubjectRecords> written = new java.util.ArrayList<>();
    int transferred = 0;
    for (SubjectRecords records : IfsData.records()) {
      if (written.size() % 3 != 0 || records.episodes().isEmpty()) {
        written.add(records);
        continue;
      }
      org.obaframework.core.records.Episode first = records.episodes().get(0);
      List<org.obaframework.core.records.Episode> episodes =
          new java.util.ArrayList<>(records.episodes());
      List<org.obaframework.core.records.Review> reviews =
          new java.util.ArrayList<>(records.reviews());
      episodes.add(org.obaframework.core.records.Episode.builder().from(first)
          .id(first.id() + "-T").build());
      for (org.obaframework.core.records.Review review : records.reviewsOf(first.id())) {
        reviews.add(org.obaframework.core.records.Review.builder().from(review)
            .id(review.id() + "-T").episode(first.id() + "-T").build());
      }
      written.add(SubjectRecords.of(records.subject(), episodes, reviews));
      transferred++;
    }
    assertThat(transferred).isGreaterThan(10);
    RecordValidator validator = RecordValidator.of(IfsData.framework(), IfsData.AS_OF);
    assertThat(written).as("overlapping episodes are valid records")
        .allSatisfy(records -> assertThat(validator.validate(records)).isEmpty());
    DataSource source = database.fresh();
    try (Connection connection = source.getConnection()) {
      connection.setAutoCommit(false);
      try (CaseLoader loader = CaseLoader.of(connection)) {
        loader.insertAll(written.stream());
      }
      connection.commit();
    }
    Evaluation evaluation = IfsData.evaluation(
        Breakdown.localAuthority(LocalAuthorityRule.EPISODE));
    Results fromDatabase;
    try (Connection connection = source.getConnection();
        Stream<SubjectRecords> clients = CaseQueries.records()
            .validatedBy(RecordValidator.of(IfsData.framework(), IfsData.AS_OF))
            .stream(connection)) {
      fromDatabase = evaluation.evaluate(clients);
    }
    assertThat(fromDatabase.tallies()).isEqualTo(evaluation.evaluate(written.stream()).tallies());
    // Judged on the latest episode, a transferred family is one family, better off or not as
    // before: the better-off figures are the IFS card's.
    Results original = evaluation.evaluate(IfsData.records().stream());
    evaluation.measures().stream()
        .filter(m -> m.section() == org.obaframework.core.aggregate.Section.BETTER_OFF)
        .forEach(m -> assertThat(fromDatabase.rows(m.code(), "local-authority"))
            .as(m.code()).isNotEmpty()
            .isEqualTo(original.rows(m.code(), "local-authority")));
  }
}
