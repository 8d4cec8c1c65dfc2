package org.obaframework.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RatingStatus;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;

/**
 * Builds one subject's records from its rows, and places every problem, its own and a {@link
 * RecordValidator}'s, at the row and column it comes from. One per subject; not thread-safe.
 */
final class GroupBuilder {
  private static final Pattern RATING = Pattern.compile("ratings\\[(\\d+)\\](?:\\.(\\w+))?");
  private static final Pattern OUTPUT = Pattern.compile("serviceOutputs\\[(\\d+)\\]");
  private static final Pattern ATTRIBUTE = Pattern.compile("attributes\\.(.+)\\[(\\d+)\\]\\..*");
  private static final Map<String, Column> SUBJECT_FIELDS = Map.of("id", Column.SUBJECT_ID,
      "kind", Column.SUBJECT_KIND);
  private static final Map<String, Column> EPISODE_FIELDS = Map.of("id", Column.EPISODE_ID,
      "subject", Column.SUBJECT_ID, "programme", Column.PROGRAMME,
      "localAuthority", Column.LOCAL_AUTHORITY, "deliveryModel", Column.DELIVERY_MODEL,
      "start", Column.START_DATE, "end", Column.END_DATE, "closureReason", Column.CLOSURE_REASON);
  private static final Map<String, Column> REVIEW_FIELDS = Map.of("id", Column.REVIEW_ID,
      "episode", Column.EPISODE_ID, "kind", Column.REVIEW_KIND,
      "assessedOn", Column.ASSESSED_ON, "recordedOn", Column.RECORDED_ON, "rater", Column.RATER);

  private final RowReader.Group group;
  private final String episodeTable;
  private final String reviewTable;
  private final List<Problem> problems = new ArrayList<>();
  private final String subjectId;
  private final Map<String, Row> memberRows = new LinkedHashMap<>();
  /** Each owner's (the subject's: "") attribute rows, by name, in the order of their history. */
  private final Map<String, Map<String, List<Row>>> attributeRows = new HashMap<>();
  private final Map<String, Row> episodeRows = new LinkedHashMap<>();
  private final Map<String, List<Row>> outputRows = new HashMap<>();
  private final Map<String, Row> reviewRows = new LinkedHashMap<>();
  private final Map<String, List<Row>> ratingRows = new LinkedHashMap<>();
  /** Episodes whose problems are told: their reviews are not told again. */
  private Set<String> toldEpisodes = Set.of();

  private GroupBuilder(RowReader.Group group, String episodeTable, String reviewTable) {
    this.group = group;
    this.episodeTable = episodeTable;
    this.reviewTable = reviewTable;
    this.subjectId = group.subject.subject();
  }

  /**
   * Builds a subject's records; null when its rows have a problem (added to {@code into}).
   *
   * @param validator checks the records against a framework, or null
   */
  static @Nullable SubjectRecords build(RowReader.Group group, String episodeTable,
      String reviewTable, @Nullable RecordValidator validator, Problems into) {
    GroupBuilder builder = new GroupBuilder(group, episodeTable, reviewTable);
    SubjectRecords records = builder.build();
    if (records != null && validator != null) {
      for (Problem problem : validator.validate(records)) {
        builder.problems.add(builder.place(problem));
      }
    }
    into.addAll(builder.problems);
    return builder.problems.isEmpty() ? records : null;
  }

  private @Nullable SubjectRecords build() {
    Row subjectRow = group.subject;
    SubjectKind kind = choice(subjectRow, Column.SUBJECT_KIND, SubjectKind.class);
    for (Row row : group.rows(RowKind.ATTRIBUTES)) {
      String owner = row.text(Column.MEMBER_ID);
      attributeRows.computeIfAbsent(owner == null ? "" : owner, o -> new LinkedHashMap<>())
          .computeIfAbsent(String.valueOf(row.text(Column.NAME)), n -> new ArrayList<>())
          .add(row);
    }
    Attributes own = attributes("");
    List<Member> members = members(kind);
    Subject subject = null;
    if (kind != null) {
      try {
        subject = Subject.builder().id(subjectId).kind(kind).attributes(own)
            .members(members).build();
      } catch (ValidationException e) {
        place(e, subjectRow, SUBJECT_FIELDS);
      }
    }
    List<Episode> episodes = episodes();
    List<Review> reviews = reviews();
    if (subject == null || !problems.isEmpty()) {
      return null;
    }
    try {
      return SubjectRecords.of(subject, episodes, reviews);
    } catch (ValidationException e) {
      // Not expected: episodes and reviews are checked above; placed at the subject if it comes.
      place(e, subjectRow, SUBJECT_FIELDS);
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Members and attributes

  private List<Member> members(@Nullable SubjectKind kind) {
    List<Member> members = new ArrayList<>();
    for (Row row : group.rows(RowKind.MEMBERS)) {
      String id = row.text(Column.MEMBER_ID);
      MemberRole role = choice(row, Column.ROLE, MemberRole.class);
      if (id == null || role == null) {
        continue;
      }
      if (kind == SubjectKind.CHILD) {
        problems.add(row.problem(ProblemType.UNKNOWN_MEMBER, Column.MEMBER_ID,
            "no member (only a family has members)", "a member of child "
                + Redaction.id(subjectId)));
        continue;
      }
      if (memberRows.putIfAbsent(id, row) != null) {
        problems.add(row.problem(ProblemType.DUPLICATE_CODE, Column.MEMBER_ID,
            "each member of a family once", Redaction.id(id) + " again"));
        continue;
      }
      try {
        members.add(Member.of(id, role, attributes(id)));
      } catch (ValidationException e) {
        place(e, row, Map.of("id", Column.MEMBER_ID));
      }
    }
    attributeRows.forEach((owner, byName) -> {
      if (!owner.isEmpty() && !memberRows.containsKey(owner)) {
        byName.values().forEach(rows -> rows.forEach(row -> problems.add(row.problem(
            ProblemType.UNKNOWN_MEMBER, Column.MEMBER_ID,
            "a member of subject " + Redaction.id(subjectId),
            Redaction.id(owner)))));
      }
    });
    return members;
  }

  /** The attributes of the subject (owner "") or of a member, each in the order of its history. */
  private Attributes attributes(String owner) {
    Map<String, List<Row>> byName = attributeRows.getOrDefault(owner, Map.of());
    Attributes attributes = Attributes.empty();
    for (List<Row> rows : byName.values()) {
      List<Row> history = new ArrayList<>(rows);
      // Oldest first: the value that holds from the beginning (no date) before any change.
      history.sort(Comparator.comparing((Row r) -> (LocalDate) r.get(Column.VALID_FROM),
          Comparator.nullsFirst(Comparator.naturalOrder())));
      rows.clear();
      rows.addAll(history);
      for (int i = 0; i < history.size(); i++) {
        Row row = history.get(i);
        String name = row.text(Column.NAME);
        String value = row.text(Column.VALUE);
        LocalDate from = (LocalDate) row.get(Column.VALID_FROM);
        if (name == null || value == null) {
          continue;   // told when read
        }
        if (!Redaction.isCode(name)) {
          problems.add(row.problem(ProblemType.INVALID_CODE, Column.NAME,
              "an attribute's name: a code", Redaction.name(name)));
          continue;
        }
        if (from == null && i > 0) {
          problems.add(row.problem(ProblemType.DUPLICATE_CODE, Column.VALID_FROM,
              "one value of " + Redaction.name(name) + " from the beginning, and the others "
                  + "from their dates", "a second value from the beginning"));
          continue;
        }
        try {
          attributes = from == null ? attributes.with(name, value)
              : attributes.withChange(name, value, from);
        } catch (ValidationException e) {
          for (Problem problem : e.problems()) {
            problems.add(row.place(problem,
                problem.type() == ProblemType.DATES_OUT_OF_ORDER ? Column.VALID_FROM
                    : Column.VALUE));
          }
        }
      }
    }
    return attributes;
  }

  // ---------------------------------------------------------------------------------------------
  // Episodes and reviews

  private List<Episode> episodes() {
    for (Row row : group.rows(RowKind.SERVICE_OUTPUTS)) {
      outputRows.computeIfAbsent(String.valueOf(row.text(Column.EPISODE_ID)),
          e -> new ArrayList<>()).add(row);
    }
    List<Episode> episodes = new ArrayList<>();
    Set<String> told = new HashSet<>();
    for (Row row : group.rows(RowKind.EPISODES)) {
      String id = row.text(Column.EPISODE_ID);
      if (id == null) {
        continue;
      }
      if (episodeRows.putIfAbsent(id, row) != null) {
        problems.add(row.problem(ProblemType.DUPLICATE_CODE, Column.EPISODE_ID, "each episode once",
            Redaction.id(id) + " again"));
        continue;
      }
      ClosureReason reason = choice(row, Column.CLOSURE_REASON, ClosureReason.class);
      String programme = row.text(Column.PROGRAMME);
      String localAuthority = row.text(Column.LOCAL_AUTHORITY);
      LocalDate start = (LocalDate) row.get(Column.START_DATE);
      if (programme == null || localAuthority == null || start == null
          || reason == null && row.text(Column.CLOSURE_REASON) != null) {
        told.add(id);
        continue;
      }
      List<String> outputs = new ArrayList<>();
      for (Row output : outputRows.getOrDefault(id, List.of())) {
        String code = output.text(Column.SERVICE_OUTPUT);
        if (code != null && outputs.contains(code)) {
          problems.add(output.problem(ProblemType.DUPLICATE_CODE, Column.SERVICE_OUTPUT,
              "each service output of an episode once", Redaction.code(code) + " again"));
        } else if (code != null) {
          outputs.add(code);
        }
      }
      try {
        Episode.Builder episode = Episode.builder().id(id).subject(subjectId)
            .programme(programme).localAuthority(localAuthority).start(start)
            .addAllServiceOutputs(outputs);
        String model = row.text(Column.DELIVERY_MODEL);
        if (model != null) {
          episode.deliveryModel(model);
        }
        LocalDate end = (LocalDate) row.get(Column.END_DATE);
        if (end != null) {
          episode.end(end);
        }
        if (reason != null) {
          episode.closureReason(reason);
        }
        episodes.add(episode.build());
      } catch (ValidationException e) {
        told.add(id);
        for (Problem problem : e.problems()) {
          Matcher output = OUTPUT.matcher(problem.field());
          if (output.matches()) {
            problems.add(outputRow(id, Integer.parseInt(output.group(1))).place(problem,
                Column.SERVICE_OUTPUT));
          } else {
            problems.add(row.place(problem,
                EPISODE_FIELDS.getOrDefault(problem.field(), Column.EPISODE_ID)));
          }
        }
      }
    }
    outputRows.forEach((episode, rows) -> {
      if (!episodeRows.containsKey(episode)) {
        rows.forEach(row -> problems.add(unknownEpisode(row)));
      }
    });
    toldEpisodes = told;
    return episodes;
  }

  private Problem unknownEpisode(Row row) {
    return row.problem(ProblemType.UNKNOWN_REFERENCE, Column.EPISODE_ID,
        "an episode of subject " + Redaction.id(subjectId) + " in table "
            + Redaction.id(episodeTable),
        Redaction.id(String.valueOf(row.text(Column.EPISODE_ID))) + ", which is not one");
  }

  private List<Review> reviews() {
    for (Row row : group.rows(RowKind.RATINGS)) {
      ratingRows.computeIfAbsent(String.valueOf(row.text(Column.REVIEW_ID)),
          r -> new ArrayList<>()).add(row);
    }
    List<Review> reviews = new ArrayList<>();
    Set<String> told = new HashSet<>();
    for (Row row : group.rows(RowKind.REVIEWS)) {
      String id = row.text(Column.REVIEW_ID);
      String episode = row.text(Column.EPISODE_ID);
      if (id == null) {
        continue;
      }
      if (reviewRows.putIfAbsent(id, row) != null) {
        problems.add(row.problem(ProblemType.DUPLICATE_CODE, Column.REVIEW_ID, "each review once",
            Redaction.id(id) + " again"));
        continue;
      }
      ReviewKind kind = choice(row, Column.REVIEW_KIND, ReviewKind.class);
      Rater rater = choice(row, Column.RATER, Rater.class);
      LocalDate assessed = (LocalDate) row.get(Column.ASSESSED_ON);
      if (episode != null && !episodeRows.containsKey(episode)) {
        problems.add(unknownEpisode(row));
        told.add(id);
        continue;
      }
      List<Rating> ratings = ratings(id);
      if (episode == null || kind == null || rater == null || assessed == null || ratings == null
          || toldEpisodes.contains(episode)) {
        told.add(id);
        continue;
      }
      try {
        Review.Builder review = Review.builder().id(id).episode(episode).kind(kind)
            .assessedOn(assessed).rater(rater).addAllRatings(ratings);
        LocalDate recorded = (LocalDate) row.get(Column.RECORDED_ON);
        if (recorded != null) {
          review.recordedOn(recorded);
        }
        reviews.add(review.build());
      } catch (ValidationException e) {
        place(e, row, REVIEW_FIELDS);
      }
    }
    ratingRows.forEach((review, rows) -> {
      if (!reviewRows.containsKey(review)) {
        rows.forEach(row -> problems.add(row.problem(ProblemType.UNKNOWN_REFERENCE,
            Column.REVIEW_ID, "a review of subject " + Redaction.id(subjectId) + " in table "
                + Redaction.id(reviewTable),
            Redaction.id(review) + ", which is not one")));
      }
    });
    return reviews;
  }

  /** A review's ratings, in the order of their rows; null if one has a problem. */
  private @Nullable List<Rating> ratings(String review) {
    List<Rating> ratings = new ArrayList<>();
    boolean complete = true;
    for (Row row : ratingRows.getOrDefault(review, List.of())) {
      Rating rating = rating(row);
      complete &= rating != null;
      if (rating != null) {
        ratings.add(rating);
      }
    }
    return complete ? ratings : null;
  }

  private @Nullable Rating rating(Row row) {
    String indicator = row.text(Column.INDICATOR);
    String member = row.text(Column.MEMBER_ID);
    RatingStatus status = choice(row, Column.STATUS, RatingStatus.class);
    if (indicator == null || status == null && row.text(Column.STATUS) != null) {
      return null;
    }
    List<Column> given = new ArrayList<>();
    for (Column column : List.of(Column.LEVEL, Column.NUMBER, Column.FLAG)) {
      if (row.get(column) != null) {
        given.add(column);
      }
    }
    boolean rated = status == null || status == RatingStatus.RATED;
    if (rated && given.size() != 1) {
      problems.add(row.problem(ProblemType.MISSING_VALUE, given.isEmpty() ? Column.LEVEL
              : given.get(1), "one value, in " + valueColumns(row) + ", for a rated indicator",
          given.isEmpty() ? "none" : "values in " + given.size() + " columns"));
      return null;
    }
    if (!rated && !given.isEmpty()) {
      problems.add(row.problem(ProblemType.WRONG_TYPE, given.get(0),
          "no value for a rating " + status, "a value"));
      return null;
    }
    Column column = given.isEmpty() ? Column.STATUS : given.get(0);
    try {
      Rating rating;
      if (!rated) {
        rating = status == RatingStatus.NOT_APPLICABLE ? Rating.notApplicable(indicator)
            : Rating.notAssessed(indicator);
      } else if (column == Column.LEVEL) {
        rating = Rating.of(indicator, (String) row.get(Column.LEVEL));
      } else if (column == Column.NUMBER) {
        rating = Rating.of(indicator, (Double) row.get(Column.NUMBER));
      } else {
        rating = Rating.of(indicator, (Boolean) row.get(Column.FLAG));
      }
      return member == null ? rating : rating.about(member);
    } catch (ValidationException e) {
      for (Problem problem : e.problems()) {
        Column at = problem.field().equals("indicator") ? Column.INDICATOR
            : problem.field().equals("member") ? Column.MEMBER_ID : column;
        problems.add(row.place(problem, at));
      }
      return null;
    }
  }

  private static String valueColumns(Row row) {
    return Redaction.name(row.query.label(Column.LEVEL)) + ", "
        + Redaction.name(row.query.label(Column.NUMBER)) + " or "
        + Redaction.name(row.query.label(Column.FLAG));
  }

  // ---------------------------------------------------------------------------------------------
  // Reading choices and placing problems

  /** Reads one of an enum's constants by its name; null, with a problem, if it is none. */
  private <E extends Enum<E>> @Nullable E choice(Row row, Column column, Class<E> type) {
    String text = row.text(column);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    problems.add(row.problem(ProblemType.INVALID_CODE, column, "one of " + names,
        Redaction.value(text, names)));
    return null;
  }

  /** Places a builder's problems at a row, by their fields. */
  private void place(ValidationException e, Row row, Map<String, Column> fields) {
    for (Problem problem : e.problems()) {
      problems.add(row.place(problem, fields.getOrDefault(problem.field(),
          row.query.kind().key().get(0))));
    }
  }

  /** Places a validator's problem at the row and column of the record and field it names. */
  private Problem place(Problem problem) {
    Item item = problem.item();
    String field = problem.field();
    if (item.find(Item.REVIEW).isPresent()) {
      String id = item.find(Item.REVIEW).get().id().orElseThrow();
      Row row = reviewRows.get(id);
      Matcher rating = RATING.matcher(field);
      if (row != null && rating.matches()) {
        Row ratingRow = ratingRows.get(id).get(Integer.parseInt(rating.group(1)));
        String part = rating.group(2);
        Column column = part == null
            ? ratingRow.get(Column.MEMBER_ID) != null ? Column.MEMBER_ID : Column.INDICATOR
            : part.equals("value") ? valueColumn(ratingRow)
            : part.equals("member") ? Column.MEMBER_ID : Column.INDICATOR;
        return ratingRow.place(problem, column);
      }
      if (row != null) {
        return row.place(problem, REVIEW_FIELDS.getOrDefault(field, Column.REVIEW_ID));
      }
    }
    if (item.find(Item.EPISODE).isPresent()) {
      String id = item.find(Item.EPISODE).get().id().orElseThrow();
      Row row = episodeRows.get(id);
      Matcher output = OUTPUT.matcher(field);
      if (row != null && output.matches()) {
        return outputRow(id, Integer.parseInt(output.group(1))).place(problem,
            Column.SERVICE_OUTPUT);
      }
      if (row != null) {
        return row.place(problem, EPISODE_FIELDS.getOrDefault(field, Column.EPISODE_ID));
      }
    }
    Matcher attribute = ATTRIBUTE.matcher(field);
    if (attribute.matches()) {
      String owner = item.find(Item.MEMBER).flatMap(Item::id).orElse("");
      List<Row> rows = attributeRows.getOrDefault(owner, Map.of()).get(attribute.group(1));
      int at = Integer.parseInt(attribute.group(2));
      if (rows != null && at < rows.size()) {
        return rows.get(at).place(problem, Column.VALID_FROM);
      }
    }
    if (item.find(Item.MEMBER).isPresent()) {
      Row row = memberRows.get(item.find(Item.MEMBER).get().id().orElseThrow());
      if (row != null) {
        return row.place(problem, Column.MEMBER_ID);
      }
    }
    return group.subject.place(problem, SUBJECT_FIELDS.getOrDefault(field, Column.SUBJECT_ID));
  }

  private static Column valueColumn(Row row) {
    return row.get(Column.LEVEL) != null ? Column.LEVEL
        : row.get(Column.NUMBER) != null ? Column.NUMBER
        : row.get(Column.FLAG) != null ? Column.FLAG : Column.STATUS;
  }

  /** The row of an episode's n-th distinct service output. */
  private Row outputRow(String episode, int n) {
    List<String> seen = new ArrayList<>();
    for (Row row : outputRows.getOrDefault(episode, List.of())) {
      String code = row.text(Column.SERVICE_OUTPUT);
      if (code != null && !seen.contains(code)) {
        if (seen.size() == n) {
          return row;
        }
        seen.add(code);
      }
    }
    return episodeRows.get(episode);
  }
}
