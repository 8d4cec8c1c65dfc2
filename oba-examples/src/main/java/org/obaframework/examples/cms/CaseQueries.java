package org.obaframework.examples.cms;

import java.util.List;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.jdbc.Column;
import org.obaframework.jdbc.JdbcRecords;
import org.obaframework.jdbc.RowKind;
import org.obaframework.jdbc.RowQuery;

/**
 * The queries that read oba's records from the case-management schema ({@link Migrations}), each
 * ordered by client in binary order and answered from an index on the client's id, and named by
 * the tables and columns problems should name.
 *
 * <pre>{@code
 * JdbcRecords source = CaseQueries.records().validatedBy(RecordValidator.of(framework, asOf));
 * try (Stream<SubjectRecords> clients = source.stream(connection)) {
 *   Results results = evaluation.evaluate(clients.parallel());
 * }
 * }</pre>
 */
public final class CaseQueries {
  private CaseQueries() {}

  /**
   * Returns the queries: clients; family members; the characteristics of families, of children
   * who are clients and of families' members; episodes; service outputs; assessments; scores.
   *
   * @return the queries
   */
  public static List<RowQuery> queries() {
    return List.of(
        RowQuery.of(RowKind.SUBJECTS, "client",
            "SELECT client_id, CASE WHEN family_id IS NULL THEN 'CHILD' ELSE 'FAMILY' END AS kind"
                + " FROM client ORDER BY client_id COLLATE \"C\"")
            .withColumn(Column.SUBJECT_ID, "client_id"),
        RowQuery.of(RowKind.MEMBERS, "family_member",
            "SELECT family_id, person_id, role FROM family_member"
                + " ORDER BY family_id COLLATE \"C\", position")
            .withColumn(Column.SUBJECT_ID, "family_id")
            .withColumn(Column.MEMBER_ID, "person_id"),
        RowQuery.of(RowKind.ATTRIBUTES, "family_characteristic",
            "SELECT family_id, name, value, valid_from FROM family_characteristic"
                + " ORDER BY family_id COLLATE \"C\", name, valid_from NULLS FIRST")
            .withColumn(Column.SUBJECT_ID, "family_id"),
        RowQuery.of(RowKind.ATTRIBUTES, "person_characteristic",
            "SELECT c.person_id, ch.name, ch.value, ch.valid_from FROM person_characteristic ch"
                + " JOIN client c ON c.person_id = ch.person_id"
                + " ORDER BY c.person_id COLLATE \"C\", ch.name, ch.valid_from NULLS FIRST")
            .withColumn(Column.SUBJECT_ID, "person_id"),
        RowQuery.of(RowKind.ATTRIBUTES, "person_characteristic",
            "SELECT m.family_id, ch.person_id, ch.name, ch.value, ch.valid_from"
                + " FROM person_characteristic ch JOIN family_member m ON m.person_id = ch.person_id"
                + " ORDER BY m.family_id COLLATE \"C\", m.position, ch.name,"
                + " ch.valid_from NULLS FIRST")
            .withColumn(Column.SUBJECT_ID, "family_id")
            .withColumn(Column.MEMBER_ID, "person_id"),
        RowQuery.of(RowKind.EPISODES, "episode",
            "SELECT client_id, episode_id, programme, local_authority, delivery_model, start_date,"
                + " end_date, closure_reason FROM episode"
                + " ORDER BY client_id COLLATE \"C\", start_date, episode_id")
            .withColumn(Column.SUBJECT_ID, "client_id"),
        RowQuery.of(RowKind.SERVICE_OUTPUTS, "service_output",
            "SELECT client_id, episode_id, output FROM service_output"
                + " ORDER BY client_id COLLATE \"C\", episode_id, output")
            .withColumn(Column.SUBJECT_ID, "client_id")
            .withColumn(Column.SERVICE_OUTPUT, "output"),
        RowQuery.of(RowKind.REVIEWS, "assessment",
            "SELECT client_id, assessment_id, episode_id, kind, assessed_on, recorded_on, rater"
                + " FROM assessment ORDER BY client_id COLLATE \"C\", assessed_on, assessment_id")
            .withColumn(Column.SUBJECT_ID, "client_id")
            .withColumn(Column.REVIEW_ID, "assessment_id"),
        RowQuery.of(RowKind.RATINGS, "indicator_score",
            "SELECT client_id, assessment_id, indicator, person_id, status, level, number, flag"
                + " FROM indicator_score"
                + " ORDER BY client_id COLLATE \"C\", assessment_id, position")
            .withColumn(Column.SUBJECT_ID, "client_id")
            .withColumn(Column.REVIEW_ID, "assessment_id")
            .withColumn(Column.MEMBER_ID, "person_id"));
  }

  /**
   * Returns the reader of the schema's records, not validated against a framework: {@link
   * JdbcRecords#validatedBy(RecordValidator)} adds that.
   *
   * @return the reader
   */
  public static JdbcRecords records() {
    return JdbcRecords.of(queries());
  }
}
