package org.obaframework.examples.cms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.obaframework.core.Redaction;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.jdbc.DatabaseException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes oba's records into the case-management schema ({@link Migrations}), as a host system
 * would hold them: a child who is a client is a person; a family is a family with its members,
 * each a person; each episode comes from a referral of its own; each review is an assessment with
 * its indicator scores. It fills the schema from the IFS synthetic data or the benchmark's
 * generator, and makes the changes of the live-figures tests (a client's records replaced, or
 * purged at a family's request).
 *
 * <pre>{@code
 * try (CaseLoader loader = CaseLoader.of(connection)) {
 *   IfsData.records().forEach(loader::insert);
 * }
 * connection.commit();
 * }</pre>
 *
 * <p>Rows are sent in batches with PostgreSQL's {@code COPY}; nothing is committed: the
 * transaction is the caller's (open one with auto-commit off). Not thread-safe: one loader per
 * connection.
 */
public final class CaseLoader implements AutoCloseable {
  /** Rows are sent in batches of about this many scores. */
  private static final int BATCH = 20_000;

  private final Connection connection;
  private final CopyManager copier;
  private final List<Batch> batches = new ArrayList<>();
  private final Batch person;
  private final Batch personCharacteristic;
  private final Batch family;
  private final Batch familyCharacteristic;
  private final Batch member;
  private final Batch client;
  private final Batch referral;
  private final Batch episode;
  private final Batch output;
  private final Batch assessment;
  private final Batch score;

  /**
   * One table's rows added since they were last sent, as the text of PostgreSQL's {@code COPY ...
   * FROM STDIN}: a bulk load many times faster than inserts, and the same for one client's rows.
   */
  private final class Batch {
    final String copy;
    final StringBuilder text = new StringBuilder();
    int rows;

    Batch(String table, String columns) {
      copy = "COPY " + table + " (" + columns + ") FROM STDIN";
      batches.add(this);
    }

    void add(Object... values) {
      for (int i = 0; i < values.length; i++) {
        text.append(i == 0 ? "" : "\t");
        Object value = values[i];
        if (value == null) {
          text.append("\\N");
        } else {
          escape(value.toString());
        }
      }
      text.append('\n');
      rows++;
    }

    /** Escapes the characters COPY's text format gives a meaning to. */
    private void escape(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
    }

    void send() throws SQLException {
      if (rows > 0) {
        try {
          copier.copyIn(copy, new java.io.StringReader(text.toString()));
        } catch (java.io.IOException e) {
          throw new SQLException("COPY failed to read its own text", "58030");
        }
        text.setLength(0);
        rows = 0;
      }
    }
  }

  private CaseLoader(Connection connection) throws SQLException {
    this.connection = connection;
    this.copier = connection.unwrap(PGConnection.class).getCopyAPI();
    person = new Batch("person", "person_id");
    personCharacteristic = new Batch("person_characteristic",
        "person_id, name, value, valid_from");
    family = new Batch("family", "family_id");
    familyCharacteristic = new Batch("family_characteristic",
        "family_id, name, value, valid_from");
    member = new Batch("family_member", "family_id, person_id, role, position");
    client = new Batch("client", "client_id, person_id, family_id");
    referral = new Batch("referral", "referral_id, client_id, received_on");
    episode = new Batch("episode", "episode_id, referral_id, client_id, programme,"
        + " local_authority, delivery_model, start_date, end_date, closure_reason");
    output = new Batch("service_output", "episode_id, client_id, output");
    assessment = new Batch("assessment", "assessment_id, episode_id, client_id, kind,"
        + " assessed_on, recorded_on, rater");
    score = new Batch("indicator_score", "assessment_id, client_id, position, indicator,"
        + " person_id, status, level, number, flag");
  }

  /**
   * Returns a loader writing with a connection.
   *
   * @param connection the connection, in a transaction of the caller's
   * @return the loader
   * @throws DatabaseException if the connection is not PostgreSQL's
   */
  public static CaseLoader of(Connection connection) {
    try {
      return new CaseLoader(connection);
    } catch (SQLException e) {
      throw DatabaseException.of("preparing the statements of the case loader", e);
    }
  }

  /**
   * Writes every subject of a stream.
   *
   * @param subjects the subjects' records
   * @return how many subjects were written
   * @throws DatabaseException if the database refuses a row
   */
  public long insertAll(Stream<SubjectRecords> subjects) {
    long[] count = {0};
    subjects.forEachOrdered(s -> {
      insert(s);
      count[0]++;
    });
    flush();
    return count[0];
  }

  /**
   * Writes one subject's records: the rows are sent with the next batch, or by {@link #flush()}.
   *
   * @param records the subject's records
   * @throws DatabaseException if the database refuses a row
   */
  public void insert(SubjectRecords records) {
    try {
      Subject subject = records.subject();
      String id = subject.id();
      if (subject.kind() == SubjectKind.CHILD) {
        person.add(id);
        characteristics(personCharacteristic, id, subject.attributes());
        client.add(id, id, null);
      } else {
        family.add(id);
        characteristics(familyCharacteristic, id, subject.attributes());
        List<Member> members = subject.members();
        for (int i = 0; i < members.size(); i++) {
          Member m = members.get(i);
          person.add(m.id());
          characteristics(personCharacteristic, m.id(), m.attributes());
          member.add(id, m.id(), m.role().name(), i);
        }
        client.add(id, null, id);
      }
      for (Episode e : records.episodes()) {
        String referralId = "REF-" + e.id();
        referral.add(referralId, id, e.start());
        episode.add(e.id(), referralId, id, e.programme(), e.localAuthority(),
            e.deliveryModel().orElse(null), e.start(), e.end().orElse(null),
            e.closureReason().map(Enum::name).orElse(null));
        for (String code : e.serviceOutputs()) {
          output.add(e.id(), id, code);
        }
      }
      for (Review r : records.reviews()) {
        assessment.add(r.id(), r.episode(), id, r.kind().name(), r.assessedOn(),
            r.recordedOn().equals(r.assessedOn()) ? null : r.recordedOn(), r.rater().name());
        List<Rating> ratings = r.ratings();
        for (int i = 0; i < ratings.size(); i++) {
          Rating rating = ratings.get(i);
          Optional<ScaleValue> value = rating.value();
          score.add(r.id(), id, i, rating.indicator(), rating.member().orElse(null),
              rating.status().name(),
              value.filter(v -> v instanceof ScaleValue.Level)
                  .map(v -> ((ScaleValue.Level) v).code()).orElse(null),
              value.filter(v -> v instanceof ScaleValue.Numeric)
                  .map(v -> ((ScaleValue.Numeric) v).value()).orElse(null),
              value.filter(v -> v instanceof ScaleValue.Flag)
                  .map(v -> ((ScaleValue.Flag) v).yes()).orElse(null));
        }
      }
      if (score.rows >= BATCH || person.rows >= BATCH) {
        flush();
      }
    } catch (SQLException e) {
      throw DatabaseException.of("writing the records of subject "
          + Redaction.id(records.subject().id()), e);
    }
  }

  private static void characteristics(Batch batch, String owner, Attributes attributes)
      throws SQLException {
    for (String name : attributes.names()) {
      for (Attributes.Change change : attributes.history(name)) {
        batch.add(owner, name, change.value(), change.from().orElse(null));
      }
    }
  }

  /**
   * Sends the rows of every batch, in the order of the tables' foreign keys.
   *
   * @throws DatabaseException if the database refuses a row
   */
  public void flush() {
    try {
      for (Batch batch : batches) {
        batch.send();
      }
    } catch (SQLException e) {
      throw DatabaseException.of("writing a batch of records", e.getNextException() == null ? e
          : e.getNextException());
    }
  }

  /**
   * Replaces a client's records with new ones: its rows are deleted, then the new ones written.
   *
   * @param records the client's records as they now are
   * @throws DatabaseException if the database refuses a row
   */
  public void replace(SubjectRecords records) {
    flush();
    delete(records.subject().id());
    insert(records);
    flush();
  }

  /**
   * Deletes every row of a client, as when its records are purged at a family's request: scores,
   * assessments, service outputs, episodes, referrals, the client, and the child or the family
   * with its members and characteristics (a member who belongs to another family is kept).
   *
   * @param clientId the client's id
   * @return whether the client existed
   * @throws DatabaseException if the database fails
   */
  public boolean delete(String clientId) {
    flush();
    try {
      for (String sql : List.of(
          "DELETE FROM indicator_score WHERE client_id = ?",
          "DELETE FROM assessment WHERE client_id = ?",
          "DELETE FROM service_output WHERE client_id = ?",
          "DELETE FROM episode WHERE client_id = ?",
          "DELETE FROM referral WHERE client_id = ?")) {
        execute(sql, clientId);
      }
      int clients = execute("DELETE FROM client WHERE client_id = ?", clientId);
      execute("DELETE FROM family_characteristic WHERE family_id = ?", clientId);
      execute("CREATE TEMPORARY TABLE IF NOT EXISTS oba_purged (person_id text COLLATE \"C\")"
          + " ON COMMIT DELETE ROWS");
      execute("INSERT INTO oba_purged SELECT person_id FROM family_member WHERE family_id = ?"
          + " UNION SELECT ?", clientId, clientId);
      execute("DELETE FROM family_member WHERE family_id = ?", clientId);
      execute("DELETE FROM family WHERE family_id = ?", clientId);
      String orphans = "SELECT person_id FROM oba_purged p WHERE NOT EXISTS (SELECT 1 FROM"
          + " family_member m WHERE m.person_id = p.person_id) AND NOT EXISTS (SELECT 1 FROM"
          + " client c WHERE c.person_id = p.person_id)";
      execute("DELETE FROM person_characteristic WHERE person_id IN (" + orphans + ")");
      execute("DELETE FROM person WHERE person_id IN (" + orphans + ")");
      execute("DELETE FROM oba_purged");
      return clients > 0;
    } catch (SQLException e) {
      throw DatabaseException.of("deleting the records of client " + Redaction.id(clientId), e);
    }
  }

  private int execute(String sql, String... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /**
   * Sends what is left; commits nothing.
   *
   * @throws DatabaseException if the database refuses a row
   */
  @Override
  public void close() {
    flush();
  }
}
