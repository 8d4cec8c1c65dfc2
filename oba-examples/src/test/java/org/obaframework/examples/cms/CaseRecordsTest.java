package org.obaframework.examples.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
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
    database = Database.start();
    ifs = database.withIfs();
  }

  @AfterAll
  static void stop() throws Exception {
    database.close();
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
}
