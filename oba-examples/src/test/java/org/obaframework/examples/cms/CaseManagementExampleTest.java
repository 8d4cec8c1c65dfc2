package org.obaframework.examples.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.examples.ifs.IfsData;

/**
 * The case-management example on a real PostgreSQL: the card streamed from the database is the
 * IFS card, its published cells are the card's, replaced whole; the live figures after a review
 * deleted and a family purged are the card of a full evaluation; and the README shows this code.
 */
class CaseManagementExampleTest {
  private static final ReportOptions DFE = ReportOptions.defaults()
      .withDisclosure(DisclosurePolicy.DFE).withTitle(IfsData.TITLE);
  private static Database database;

  @BeforeAll
  static void start() {
    database = Database.shared();
  }

  private static DataSource loaded() throws Exception {
    return database.withIfs();
  }

  @Test
  void theCardFromTheDatabaseIsPublishedCellByCellAndReplacedWhole() throws Exception {
    DataSource source = loaded();
    try (Connection connection = source.getConnection()) {
      ReportCard card = CaseManagementExample.report(connection);
      assertThat(card.toText()).isEqualTo(IfsData.reportCard(DFE,
          Breakdown.localAuthority(LocalAuthorityRule.EPISODE)).toText());
      int cells = count(connection, "SELECT count(*) FROM oba_published_cell");
      assertThat(cells).isEqualTo(PublishedCells.rows(CaseManagementExample.CARD, card).size())
          .isEqualTo(card.lines().size() + card.tables().stream()
              .mapToInt(t -> t.rows().size()).sum());
      CaseManagementExample.report(connection);
      assertThat(count(connection, "SELECT count(*) FROM oba_published_cell"))
          .as("published again: replaced, not added").isEqualTo(cells);
      assertThat(count(connection, "SELECT number FROM oba_published_cell WHERE measure ="
          + " 'IFS-FAMILIES' AND breakdown = 'all'")).isEqualTo(157);
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT number, denominator, percent, ci_lower,"
              + " ci_upper, status FROM oba_published_cell WHERE measure = 'IFS-STABLE-HOME'"
              + " AND breakdown = 'all'")) {
        row.next();
        assertThat(row.getLong(1)).isEqualTo(120);
        assertThat(row.getLong(2)).isEqualTo(150);
        assertThat(row.getDouble(3)).isEqualTo(80.0);
        assertThat(row.getDouble(4)).isBetween(0.72, 0.74);
        assertThat(row.getDouble(5)).isBetween(0.85, 0.87);
        assertThat(row.getString(6)).isEqualTo("shown");
      }
      assertThat(count(connection, "SELECT count(*) FROM oba_published_cell WHERE status ="
          + " 'hidden' AND number IS NULL AND number_text = '[c]'"))
          .as("DfE hides small counts of local authorities").isPositive();
      assertThat(count(connection, "SELECT count(*) FROM oba_published_cell WHERE status ="
          + " 'hidden' AND (number IS NOT NULL OR percent IS NOT NULL OR ci_lower IS NOT NULL)"))
          .as("a hidden cell publishes no number").isZero();
    }
  }

  @Test
  void liveFiguresAfterAReviewDeletedAndAFamilyPurgedAreTheFullEvaluations() throws Exception {
    DataSource source = loaded();
    try (Connection connection = source.getConnection()) {
      String review = IfsData.records().get(3).reviews().get(1).id();
      String purged = IfsData.records().get(7).subject().id();
      ReportCard live = CaseManagementExample.keepLive(connection, review, purged);
      ReportCard full;
      try (Stream<SubjectRecords> clients = CaseQueries.records().stream(connection)) {
        full = ReportCard.of(CaseManagementExample.evaluation(),
            CaseManagementExample.evaluation().evaluate(clients), DFE);
      }
      assertThat(live.toText()).isEqualTo(full.toText())
          .isNotEqualTo(IfsData.reportCard(DFE,
              Breakdown.localAuthority(LocalAuthorityRule.EPISODE)).toText());
      assertThat(live.line("IFS-FAMILIES").orElseThrow().number().shown()).hasValue(156);
      assertThat(count(connection, "SELECT count(*) FROM oba_contribution WHERE client_id = '"
          + purged + "'")).as("the purged family's contribution is gone").isZero();
    }
  }

  @Test
  void mainLoadsAnEmptyDatabaseAndPrintsTheCard() throws Exception {
    String name = "main";
    try (Connection connection = database.fresh().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      CaseManagementExample.main(new String[] {database.url(name)});
      CaseManagementExample.main(new String[] {database.url(name)});   // loaded once
    } finally {
      System.setOut(out);
    }
    String card = IfsData.reportCard(DFE, Breakdown.localAuthority(LocalAuthorityRule.EPISODE))
        .toText();
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(card + "\n" + card + "\n");
  }

  @Test
  void theReadmeShowsTheExamplesCode() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Embedding oba in a case-management system");
    assertThat(section).isPositive();
    String text = readme.substring(section, readme.indexOf("\n## ", section + 1));
    String code = Files.readString(Path.of(
        "src/main/java/org/obaframework/examples/cms/CaseManagementExample.java"),
        StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(text);
    while (blocks.find()) {
      for (String line : blocks.group(1).split("\n")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    assertThat(lines).hasSizeGreaterThan(15);
    assertThat(lines).allSatisfy(line -> assertThat(code).contains(line));
    for (String script : Migrations.SCRIPTS) {
      assertThat(text).contains(script);
    }
    assertThat(text).contains("CREATE TABLE indicator_score");
  }

  private static int count(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    }
  }
}
