package org.obaframework.examples.cms;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
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
 * <p>Rows are sent in batches; nothing is committed: the transaction is the caller's (open one
 * with auto-commit off). Not thread-safe: one loader per connection.
 */
public final class CaseLoader implements AutoCloseable {
  /** Statements are sent in batches of about this many rows. */
  private static final int BATCH = 2_000;

  private final Connection connection;
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

  /** One prepared statement and the rows added to it since it was last sent. */
  private final class Batch {
    final PreparedStatement statement;
    int rows;

    Batch(String sql) throws SQLException {
      statement = connection.prepareStatement(sql);
      batches.add(this);
    }

    void add(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value == null) {
          statement.setNull(i + 1, Types.OTHER);
        } else if (value instanceof LocalDate date) {
          statement.setDate(i + 1, Date.valueOf(date));
        } else {
          statement.setObject(i + 1, value);
        }
      }
      statement.addBatch();
      rows++;
    }

    void send() throws SQLException {
      if (rows > 0) {
        statement.executeBatch();
        rows = 0;
      }
    }
  }

  private CaseLoader(Connection connection) throws SQLException {
    this.connection = connection;
    person = new Batch("INSERT INTO person (person_id) VALUES (?)");
    personCharacteristic = new Batch("INSERT INTO person_characteristic (person_id, name, value,"
        + " valid_from) VALUES (?, ?, ?, ?)");
    family = new Batch("INSERT INTO family (family_id) VALUES (?)");
    familyCharacteristic = new Batch("INSERT INTO family_characteristic (family_id, name, value,"
        + " valid_from) VALUES (?, ?, ?, ?)");
    member = new Batch("INSERT INTO family_member (family_id, person_id, role, position)"
        + " VALUES (?, ?, ?, ?)");
    client = new Batch("INSERT INTO client (client_id, person_id, family_id) VALUES (?, ?, ?)");
    referral = new Batch("INSERT INTO referral (referral_id, client_id, received_on)"
        + " VALUES (?, ?, ?)");
    episode = new Batch("INSERT INTO episode (episode_id, referral_id, client_id, programme,"
        + " local_authority, delivery_model, start_date, end_date, closure_reason)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    output = new Batch("INSERT INTO service_output (episode_id, client_id, output)"
        + " VALUES (?, ?, ?)");
    assessment = new Batch("INSERT INTO assessment (assessment_id, episode_id, client_id, kind,"
        + " assessed_on, recorded_on, rater) VALUES (?, ?, ?, ?, ?, ?, ?)");
    score = new Batch("INSERT INTO indicator_score (assessment_id, client_id, position,"
        + " indicator, person_id, status, level, number, flag)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  /**
   * Returns a loader writing with a connection.
   *
   * @param connection the connection, in a transaction of the caller's
   * @return the loader
   * @throws DatabaseException if the statements cannot be prepared
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
   * Sends what is left and closes the statements; commits nothing.
   *
   * @throws DatabaseException if the database refuses a row
   */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      for (Batch batch : batches) {
        try {
          batch.statement.close();
        } catch (SQLException e) {
          // Best effort: the connection's end releases it.
        }
      }
    }
  }
}
