package org.obaframework.examples.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.aggregate.Summary;
import org.obaframework.core.aggregate.Transitions;
import org.obaframework.core.aggregate.TransitionMeasure;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.examples.ifs.IfsData;
import org.obaframework.examples.ifs.IfsFramework;

/**
 * Figures kept live in PostgreSQL through a long seeded sequence of the changes a
 * case-management system makes all day (reviews recorded, corrected and deleted, scores
 * corrected, episodes ended, moved, deleted, families and children added, replaced and purged at
 * their request), each followed by {@link LiveFigures#update} in the change's transaction: at
 * every checkpoint the live figures equal a full evaluation of the database, cell by cell, for
 * every measure and breakdown (counts, proportions, transition matrices and summaries).
 */
class LiveFiguresTest {
  private static final long SEED = 20261207L;
  private static final int STEPS = 2_000;
  private static final int CHECKPOINT = 500;
  private static final OutcomesFramework FRAMEWORK = IfsData.framework();
  private static Database database;

  /** The IFS measures with a change profile of a numeric indicator (summaries) added. */
  private static final Evaluation EVALUATION = Evaluation.builder()
      .from(IfsData.evaluation(Breakdown.localAuthority(LocalAuthorityRule.EPISODE),
          Breakdown.deliveryModel(), Breakdown.period(PeriodKind.FINANCIAL_QUARTER)))
      .addMeasures(TransitionMeasure.of("ATT-CHANGE", Label.of("Attendance change"),
          IfsFramework.PROGRAMME, IfsFramework.SCHOOL_ATTENDANCE,
          Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER))))
      .build();

  private enum Change {
    INSERT_REVIEW, CORRECT_SCORE, DELETE_REVIEW, END_EPISODE, MOVE_EPISODE, DELETE_EPISODE,
    INSERT_CLIENT, REPLACE_CLIENT, PURGE_CLIENT
  }

  @BeforeAll
  static void start() {
    database = Database.shared();
  }

  @Test
  void liveFiguresEqualAFullEvaluationAfterThousandsOfChanges() throws Exception {
    DataSource source = database.fresh();
    LiveFigures live = LiveFigures.of("ifs", EVALUATION, CaseQueries.records());
    List<SubjectRecords> templates = IfsData.records();
    try (Connection connection = source.getConnection()) {
      connection.setAutoCommit(false);
      try (CaseLoader loader = CaseLoader.of(connection)) {
        loader.insertAll(templates.stream());
      }
      live.rebuild(connection);
      connection.commit();
      SplittableRandom random = new SplittableRandom(SEED);
      Map<Change, Integer> made = new EnumMap<>(Change.class);
      List<String> clients = new ArrayList<>(strings(connection,
          "SELECT client_id FROM client ORDER BY client_id"));
      int checks = 0;
      for (int step = 1; step <= STEPS; step++) {
        Change change = Change.values()[random.nextInt(Change.values().length)];
        String client = change(connection, change, random, templates, step, clients);
        if (client != null) {
          live.update(connection, client);
          made.merge(change, 1, Integer::sum);
        }
        connection.commit();
        if (step % CHECKPOINT == 0) {
          assertEqualsFullEvaluation(connection, live, step);
          checks++;
        }
      }
      assertThat(made.values().stream().mapToInt(Integer::intValue).sum())
          .as("changes made: %s", made).isGreaterThan(STEPS * 3 / 4);
      assertThat(made).as("every kind of change made").hasSize(Change.values().length);
      assertThat(checks).isEqualTo(STEPS / CHECKPOINT);
      Results results = live.results(connection);
      assertThat(results.tallies().values()).as("summaries and transitions are kept live too")
          .anyMatch(t -> t instanceof Summary).anyMatch(t -> t instanceof Transitions);
      ReportOptions dfe = ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE);
      try (Stream<SubjectRecords> all = CaseQueries.records().stream(connection)) {
        assertThat(live.card(connection, dfe).toText())
            .isEqualTo(ReportCard.of(EVALUATION, EVALUATION.evaluate(all), dfe).toText());
      }
      connection.commit();
    }
  }

  private static void assertEqualsFullEvaluation(Connection connection, LiveFigures live,
      int step) {
    Results full;
    try (Stream<SubjectRecords> clients = CaseQueries.records().stream(connection)) {
      full = EVALUATION.evaluate(clients);
    }
    Results kept = live.results(connection);
    assertThat(kept.tallies().keySet()).as("cells after %s changes", step)
        .containsExactlyInAnyOrderElementsOf(full.tallies().keySet());
    full.tallies().forEach((key, tally) -> assertThat(kept.tallies().get(key))
        .as("cell %s after %s changes", key, step).isEqualTo(tally));
  }

  /** Makes one change in the database; returns the client changed, or null if none could be. */
  private static String change(Connection c, Change change, SplittableRandom random,
      List<SubjectRecords> templates, int step, List<String> clients) throws SQLException {
    if (clients.isEmpty() && change != Change.INSERT_CLIENT) {
      return null;
    }
    String client = clients.isEmpty() ? null : clients.get(random.nextInt(clients.size()));
    switch (change) {
      case INSERT_CLIENT: {
        SubjectRecords template = templates.get(random.nextInt(templates.size()));
        SubjectRecords renamed = renamed(template, "N" + step + "-");
        try (CaseLoader loader = CaseLoader.of(c)) {
          loader.insert(renamed);
        }
        clients.add(renamed.subject().id());
        return renamed.subject().id();
      }
      case REPLACE_CLIENT: {
        SubjectRecords template = templates.get(random.nextInt(templates.size()));
        SubjectRecords renamed = renamed(template, "R" + step + "-");
        SubjectRecords replacement = withId(renamed, client);
        try (CaseLoader loader = CaseLoader.of(c)) {
          loader.replace(replacement);
        }
        return client;
      }
      case PURGE_CLIENT: {
        try (CaseLoader loader = CaseLoader.of(c)) {
          assertThat(loader.delete(client)).isTrue();
        }
        clients.remove(client);
        return client;
      }
      default:
        return episodeChange(c, change, random, client, step);
    }
  }

  private static String episodeChange(Connection c, Change change, SplittableRandom random,
      String client, int step) throws SQLException {
    List<String> episodes = strings(c, "SELECT episode_id FROM episode WHERE client_id = ?"
        + " ORDER BY episode_id", client);
    if (episodes.isEmpty()) {
      return null;
    }
    String episode = episodes.get(random.nextInt(episodes.size()));
    List<String> assessments = strings(c, "SELECT assessment_id FROM assessment"
        + " WHERE episode_id = ? ORDER BY assessment_id", episode);
    switch (change) {
      case DELETE_REVIEW: {
        if (assessments.isEmpty()) {
          return null;
        }
        String assessment = assessments.get(random.nextInt(assessments.size()));
        update(c, "DELETE FROM indicator_score WHERE assessment_id = ?", assessment);
        update(c, "DELETE FROM assessment WHERE assessment_id = ?", assessment);
        return client;
      }
      case INSERT_REVIEW: {
        if (assessments.isEmpty()) {
          return null;
        }
        String from = assessments.get(random.nextInt(assessments.size()));
        String id = "A" + step + "-" + from;
        LocalDate start = date(c, "SELECT start_date FROM episode WHERE episode_id = ?", episode);
        LocalDate end = date(c, "SELECT coalesce(end_date, DATE '2026-03-31') FROM episode"
            + " WHERE episode_id = ?", episode);
        LocalDate on = start.plusDays(random.nextLong(end.toEpochDay() - start.toEpochDay() + 1));
        update(c, "INSERT INTO assessment (assessment_id, episode_id, client_id, kind,"
            + " assessed_on, rater) SELECT ?, episode_id, client_id, 'REVIEW', ?, rater"
            + " FROM assessment WHERE assessment_id = ?", id, on, from);
        update(c, "INSERT INTO indicator_score (assessment_id, client_id, position, indicator,"
            + " person_id, status, level, number, flag) SELECT ?, client_id, position, indicator,"
            + " person_id, status, level, number, flag FROM indicator_score"
            + " WHERE assessment_id = ?", id, from);
        correct(c, random, id);
        return client;
      }
      case CORRECT_SCORE: {
        if (assessments.isEmpty()) {
          return null;
        }
        correct(c, random, assessments.get(random.nextInt(assessments.size())));
        return client;
      }
      case END_EPISODE: {
        LocalDate start = date(c, "SELECT start_date FROM episode WHERE episode_id = ?", episode);
        boolean reopen = random.nextInt(4) == 0;
        LocalDate end = start.plusDays(random.nextInt(400));
        LocalDate asOf = IfsData.AS_OF;
        update(c, "UPDATE episode SET end_date = ?, closure_reason = ? WHERE episode_id = ?",
            reopen ? null : end.isAfter(asOf) ? asOf : end,
            reopen ? null : List.of("PLANNED", "UNPLANNED", "MOVED_AWAY").get(random.nextInt(3)),
            episode);
        return client;
      }
      case MOVE_EPISODE: {
        update(c, "UPDATE episode SET local_authority = ?, delivery_model = ?"
            + " WHERE episode_id = ?", "LA-" + (1 + random.nextInt(6)),
            List.of(IfsFramework.EXISTING_TENANCY, IfsFramework.MANAGED_TENANCY,
                IfsFramework.RESIDENTIAL_UNIT).get(random.nextInt(3)), episode);
        return client;
      }
      case DELETE_EPISODE: {
        update(c, "DELETE FROM indicator_score WHERE assessment_id IN (SELECT assessment_id"
            + " FROM assessment WHERE episode_id = ?)", episode);
        update(c, "DELETE FROM assessment WHERE episode_id = ?", episode);
        update(c, "DELETE FROM service_output WHERE episode_id = ?", episode);
        update(c, "DELETE FROM episode WHERE episode_id = ?", episode);
        return client;
      }
      default:
        throw new IllegalStateException(change.name());
    }
  }

  /** Corrects one score of an assessment: another level, a whole number, the other answer. */
  private static void correct(Connection c, SplittableRandom random, String assessment)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT position, indicator, status"
        + " FROM indicator_score WHERE assessment_id = ? ORDER BY position")) {
      select.setString(1, assessment);
      List<Object[]> scores = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          scores.add(new Object[] {rows.getInt(1), rows.getString(2), rows.getString(3)});
        }
      }
      if (scores.isEmpty()) {
        return;
      }
      Object[] score = scores.get(random.nextInt(scores.size()));
      Indicator indicator = FRAMEWORK.indicator((String) score[1]).orElseThrow();
      String level = null;
      Double number = null;
      Boolean flag = null;
      String status = random.nextInt(10) == 0 ? "NOT_APPLICABLE" : "RATED";
      if (status.equals("RATED")) {
        if (indicator.scale() instanceof OrdinalScale ordinal) {
          List<OrdinalLevel> levels = ordinal.levels();
          level = levels.get(random.nextInt(levels.size())).code();
        } else if (indicator.scale() instanceof NumericScale numeric) {
          number = (double) Math.round(numeric.lower()
              + random.nextDouble() * (numeric.upper() - numeric.lower()));
        } else {
          flag = random.nextBoolean();
        }
      }
      update(c, "UPDATE indicator_score SET status = ?, level = ?, number = ?, flag = ?"
          + " WHERE assessment_id = ? AND position = ?", status, level, number, flag,
          assessment, score[0]);
    }
  }

  /** A template's records with every id prefixed: a new client. */
  private static SubjectRecords renamed(SubjectRecords template, String prefix) {
    Subject s = template.subject();
    Subject.Builder subject = Subject.builder().id(prefix + s.id()).kind(s.kind())
        .attributes(s.attributes());
    for (Member m : s.members()) {
      subject.addMembers(Member.of(prefix + m.id(), m.role(), m.attributes()));
    }
    List<Episode> episodes = template.episodes().stream().map(e -> Episode.builder().from(e)
        .id(prefix + e.id()).subject(prefix + s.id()).build()).toList();
    List<Review> reviews = template.reviews().stream().map(r -> Review.builder().from(r)
        .id(prefix + r.id()).episode(prefix + r.episode())
        .ratings(r.ratings().stream().map(rating -> rating.member().isEmpty() ? rating
            : about(rating, prefix + rating.member().get())).toList())
        .build()).toList();
    return SubjectRecords.of(subject.build(), episodes, reviews);
  }

  private static Rating about(Rating rating, String member) {
    return rating.about(member);
  }

  /** The records with the subject's id changed, its members' and records' ids kept. */
  private static SubjectRecords withId(SubjectRecords records, String id) {
    Subject subject = Subject.builder().from(records.subject()).id(id).build();
    return SubjectRecords.of(subject, records.episodes().stream()
        .map(e -> Episode.builder().from(e).subject(id).build()).toList(), records.reviews());
  }

  private static List<String> strings(Connection c, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      set(select, parameters);
      List<String> values = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  private static LocalDate date(Connection c, String sql, Object parameter) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      set(select, parameter);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getObject(1, LocalDate.class);
      }
    }
  }

  private static void update(Connection c, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      set(statement, parameters);
      statement.executeUpdate();
    }
  }

  private static void set(PreparedStatement statement, Object... parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == null) {
        statement.setNull(i + 1, java.sql.Types.OTHER);
      } else {
        statement.setObject(i + 1, parameters[i]);
      }
    }
  }

}
