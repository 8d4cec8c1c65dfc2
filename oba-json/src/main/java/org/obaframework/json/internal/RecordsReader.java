package org.obaframework.json.internal;

import static org.obaframework.json.internal.RecordsFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RatingStatus;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.json.ReadLimits;

/**
 * Reads subjects, episodes and reviews from their {@link Located} values, collecting every problem
 * of shape and of meaning, each at the JSON Pointer, line and column of the value concerned.
 *
 * <p>Not thread-safe: one reader per document (or per file of NDJSON lines).
 */
public final class RecordsReader extends DocumentReader {
  private static final Set<String> ROOT = Set.of(FORMAT, SUBJECTS, EPISODES, REVIEWS);
  private static final Set<String> SUBJECT_FIELDS = Set.of(ID, KIND, ATTRIBUTES, MEMBERS);
  private static final Set<String> MEMBER_FIELDS = Set.of(ID, ROLE, ATTRIBUTES);
  private static final Set<String> CHANGE_FIELDS = Set.of(VALUE, FROM);
  private static final Set<String> EPISODE_FIELDS = Set.of(ID, SUBJECT, PROGRAMME,
      LOCAL_AUTHORITY, DELIVERY_MODEL, START, END, CLOSURE_REASON, SERVICE_OUTPUTS);
  private static final Set<String> REVIEW_FIELDS = Set.of(ID, EPISODE, KIND, ASSESSED_ON,
      RECORDED_ON, RATER, RATINGS);
  private static final Set<String> RATING_FIELDS = Set.of(INDICATOR, MEMBER, STATUS, VALUE);
  private static final String DATE_SYNTAX = "an ISO 8601 date, yyyy-mm-dd";
  private static final Set<String> TYPED = Set.of("type");
  private static final Set<String> SUBJECT_TYPED = withType(SUBJECT_FIELDS);
  private static final Set<String> EPISODE_TYPED = withType(EPISODE_FIELDS);
  private static final Set<String> REVIEW_TYPED = withType(REVIEW_FIELDS);
  private final Shared shared;


  /**
   * Creates a reader.
   *
   * @param allowUnknown whether to ignore properties the format does not define
   */
  public RecordsReader(boolean allowUnknown) {
    this(allowUnknown, new Shared());
  }

  /**
   * Creates a reader that shares equal ratings and codes with other readers of one input.
   *
   * @param allowUnknown whether to ignore properties the format does not define
   * @param shared the values read so far, shared by the readers of one input
   */
  public RecordsReader(boolean allowUnknown, Shared shared) {
    this(allowUnknown, shared, ReadLimits.PROBLEMS);
  }

  /**
   * Creates a reader that shares equal ratings and codes with other readers of one input.
   *
   * @param allowUnknown whether to ignore properties the format does not define
   * @param shared the values read so far, shared by the readers of one input
   * @param listed the most problems listed; the rest are counted
   */
  public RecordsReader(boolean allowUnknown, Shared shared, int listed) {
    super(allowUnknown, listed);
    this.shared = shared;
  }

  /**
   * The values the readers of one input share: one instance of each equal rating about no
   * particular member (a review of 8 indicators on small scales repeats the same ratings over
   * and over), of each date, and of each code. Records are immutable values, so sharing changes
   * no result and saves most of a loaded rating's memory. At most {@value #LIMIT} of each are
   * kept; later ones are used as read. Not thread-safe, like the readers.
   */
  public static final class Shared {
    /** The most ratings, dates and codes kept, of each. */
    public static final int LIMIT = 1 << 16;
    private final Map<Rating, Rating> ratings = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();

    /** Creates an empty set of shared values. */
    public Shared() {}

    Rating rating(Rating rating) {
      return rating.member().isPresent() ? rating : keep(ratings, rating);
    }

    @Nullable LocalDate date(@Nullable LocalDate date) {
      return date == null ? null : keep(dates, date);
    }

    @Nullable String code(@Nullable String code) {
      return code == null ? null : keep(codes, code);
    }

    /** The value equal to {@code value} kept before; else {@code value}, kept if there is room. */
    private static <T> T keep(Map<T, T> kept, T value) {
      T known = kept.get(value);
      if (known != null) {
        return known;
      }
      if (kept.size() < LIMIT) {
        kept.put(value, value);
      }
      return value;
    }
  }

  /**
   * Returns the problems found so far.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Reads a whole records document.
   *
   * @param root the document's root value
   * @return the batch, or null if there were problems
   */
  public @Nullable Records document(Located root) {
    root(root);
    if (!format(root, ROOT)) {
      return null;
    }
    long before = count();
    List<Subject> subjects = list(root, SUBJECTS, n -> subject(n, Set.of()));
    List<Episode> episodes = list(root, EPISODES, n -> episode(n, Set.of()));
    List<Review> reviews = list(root, REVIEWS, n -> review(n, Set.of()));
    return count() > before ? null : Records.of(subjects, episodes, reviews);
  }

  /**
   * Checks a header: an object with the supported format version, and with nothing else.
   *
   * @param root the header's value
   * @param known the properties the header may have
   * @return whether the version is supported (other problems may still have been found)
   */
  public boolean format(Located root, Set<String> known) {
    return format(root, FORMAT_VERSION, known);
  }

  /**
   * Reads a subject.
   *
   * @param node the subject's object
   * @param extra properties allowed besides the subject's own, such as an NDJSON line's type
   * @return the subject, or null if there were problems
   */
  public @Nullable Subject subject(Located node, Set<String> extra) {
    if (!isKind(node, Located.Kind.OBJECT, SUBJECT)) {
      return null;
    }
    long before = count();
    properties(node, union(SUBJECT_FIELDS, extra));
    String id = string(node, ID, true);
    SubjectKind kind = enumeration(node, KIND, SubjectKind.class, true);
    Attributes attributes = attributes(node);
    List<Member> members = list(node, MEMBERS, this::member);
    if (count() > before || id == null || kind == null || attributes == null) {
      return null;
    }
    return build(node, () -> Subject.builder().id(id).kind(kind).attributes(attributes)
        .addAllMembers(members).build());
  }

  private @Nullable Member member(Located node) {
    long before = count();
    properties(node, MEMBER_FIELDS);
    String id = string(node, ID, true);
    MemberRole role = enumeration(node, ROLE, MemberRole.class, true);
    Attributes attributes = attributes(node);
    if (count() > before || id == null || role == null || attributes == null) {
      return null;
    }
    return build(node, () -> Member.of(id, role, attributes));
  }

  private @Nullable Attributes attributes(Located parent) {
    Located node = present(parent, ATTRIBUTES, true,
        "an object from attribute name to its history");
    if (node == null || !isKind(node, Located.Kind.OBJECT, ATTRIBUTES)) {
      return null;
    }
    long before = count();
    Attributes attributes = Attributes.empty();
    for (Map.Entry<String, Located> entry : node.fields().entrySet()) {
      String name = entry.getKey();
      Located history = entry.getValue();
      if (!isKind(history, Located.Kind.ARRAY, name)) {
        continue;
      }
      if (history.items().isEmpty()) {
        problem(ProblemType.MISSING_VALUE, history, name, "at least one value", "none");
        continue;
      }
      for (int i = 0; i < history.items().size(); i++) {
        Located change = history.items().get(i);
        if (!isKind(change, Located.Kind.OBJECT, name)) {
          attributes = null;
          continue;
        }
        properties(change, CHANGE_FIELDS);
        String value = string(change, VALUE, true);
        LocalDate from = date(change, FROM, false);
        if (i > 0 && change.field(FROM) == null) {
          missing(change, FROM, "the date of the change, since an earlier value is listed");
        }
        if (value == null || attributes == null || (from == null && i > 0)) {
          attributes = null;
          continue;
        }
        Attributes so = attributes;
        attributes = build(change, () -> from == null
            ? so.with(name, value) : so.withChange(name, value, from));
      }
    }
    return count() > before ? null : attributes;
  }

  /**
   * Reads an episode.
   *
   * @param node the episode's object
   * @param extra properties allowed besides the episode's own
   * @return the episode, or null if there were problems
   */
  public @Nullable Episode episode(Located node, Set<String> extra) {
    if (!isKind(node, Located.Kind.OBJECT, EPISODE)) {
      return null;
    }
    long before = count();
    properties(node, union(EPISODE_FIELDS, extra));
    String id = string(node, ID, true);
    String subject = string(node, SUBJECT, true);
    String programme = shared.code(string(node, PROGRAMME, true));
    String authority = shared.code(string(node, LOCAL_AUTHORITY, true));
    String model = shared.code(string(node, DELIVERY_MODEL, false));
    LocalDate start = date(node, START, true);
    LocalDate end = date(node, END, false);
    ClosureReason reason = enumeration(node, CLOSURE_REASON, ClosureReason.class, false);
    List<String> outputs = distinct(node, SERVICE_OUTPUTS);
    if (count() > before || id == null || subject == null || programme == null
        || authority == null || start == null) {
      return null;
    }
    return build(node,
        () -> episode(id, subject, programme, authority, start, outputs, model, end, reason));
  }

  /**
   * Builds an episode from its read fields; shared by this reader and the fast line reader.
   *
   * @return the episode
   * @throws org.obaframework.core.ValidationException if oba-core refuses it
   */
  static Episode episode(String id, String subject, String programme, String authority,
      LocalDate start, List<String> outputs, @Nullable String model, @Nullable LocalDate end,
      @Nullable ClosureReason reason) {
    Episode.Builder builder = Episode.builder();
    builder.id(id).subject(subject).programme(programme).localAuthority(authority)
        .start(start).addAllServiceOutputs(outputs);
    if (model != null) {
      builder.deliveryModel(model);
    }
    if (end != null) {
      builder.end(end);
    }
    if (reason != null) {
      builder.closureReason(reason);
    }
    return builder.build();
  }

  /**
   * Reads a review.
   *
   * @param node the review's object
   * @param extra properties allowed besides the review's own
   * @return the review, or null if there were problems
   */
  public @Nullable Review review(Located node, Set<String> extra) {
    if (!isKind(node, Located.Kind.OBJECT, REVIEW)) {
      return null;
    }
    long before = count();
    properties(node, union(REVIEW_FIELDS, extra));
    String id = string(node, ID, true);
    String episode = string(node, EPISODE, true);
    ReviewKind kind = enumeration(node, KIND, ReviewKind.class, true);
    LocalDate assessed = date(node, ASSESSED_ON, true);
    LocalDate recorded = date(node, RECORDED_ON, true);
    Rater rater = enumeration(node, RATER, Rater.class, true);
    List<Rating> ratings = list(node, RATINGS, this::rating);
    if (count() > before || id == null || episode == null || kind == null
        || assessed == null || recorded == null || rater == null) {
      return null;
    }
    return build(node, () -> Review.builder().id(id).episode(episode).kind(kind)
        .assessedOn(assessed).recordedOn(recorded).rater(rater).addAllRatings(ratings).build());
  }

  private @Nullable Rating rating(Located node) {
    long before = count();
    properties(node, RATING_FIELDS);
    String indicator = string(node, INDICATOR, true);
    String member = string(node, MEMBER, false);
    Located status = node.field(STATUS);
    Located value = node.field(VALUE);
    RatingStatus unrated = null;
    if (status != null) {
      String names = RatingStatus.NOT_APPLICABLE + ", " + RatingStatus.NOT_ASSESSED;
      if (isKind(status, Located.Kind.STRING, STATUS)) {
        if (status.text().equals(RatingStatus.NOT_APPLICABLE.name())) {
          unrated = RatingStatus.NOT_APPLICABLE;
        } else if (status.text().equals(RatingStatus.NOT_ASSESSED.name())) {
          unrated = RatingStatus.NOT_ASSESSED;
        } else {
          problem(ProblemType.INVALID_CODE, status, STATUS, "one of [" + names + "]",
              foundConstant(RatingStatus.class, status));
        }
      }
      if (value != null) {
        problem(ProblemType.WRONG_TYPE, value, VALUE,
            "no value, since the rating has a status", value.describe());
      }
    } else if (value == null) {
      missing(node, VALUE, "a value (true or false, a level's code or a number) or a status");
    }
    ScaleValue scale = null;
    if (value != null && status == null) {
      switch (value.kind()) {
        case BOOLEAN -> scale = ScaleValue.of((Boolean) value.scalar());
        case STRING -> scale = build(value, () -> ScaleValue.level(value.text()));
        case INTEGER, DECIMAL -> {
          double number = ((Number) value.scalar()).doubleValue();
          if (Double.isFinite(number)) {
            scale = ScaleValue.of(number);
          } else {
            problem(ProblemType.OUT_OF_RANGE, value, VALUE, "a finite number",
                value.scalar().toString());
          }
        }
        default -> problem(ProblemType.WRONG_TYPE, value, VALUE,
            "true or false, a level's code (a string) or a number", value.describe());
      }
    }
    if (count() > before || indicator == null) {
      return null;
    }
    RatingStatus finalStatus = unrated;
    ScaleValue finalScale = scale;
    Rating rating = build(node, () -> finalStatus == RatingStatus.NOT_APPLICABLE
        ? Rating.notApplicable(indicator) : finalStatus == RatingStatus.NOT_ASSESSED
        ? Rating.notAssessed(indicator) : Rating.of(indicator, finalScale));
    if (rating != null && member != null) {
      Rating plain = rating;
      rating = build(node.field(MEMBER), () -> plain.about(member));
    }
    return rating == null ? null : shared.rating(rating);
  }

  private @Nullable LocalDate date(Located parent, String field, boolean required) {
    return shared.date(date(parent, field, required, DATE_SYNTAX, ProblemType.WRONG_TYPE));
  }

  private static Set<String> withType(Set<String> own) {
    Set<String> all = new HashSet<>(own);
    all.addAll(TYPED);
    return Set.copyOf(all);
  }

  private static Set<String> union(Set<String> own, Set<String> extra) {
    if (extra.isEmpty()) {
      return own;
    }
    // NDJSON lines add "type" to every record: those unions are made once.
    if (extra.equals(TYPED)) {
      return own == SUBJECT_FIELDS ? SUBJECT_TYPED : own == EPISODE_FIELDS ? EPISODE_TYPED
          : own == REVIEW_FIELDS ? REVIEW_TYPED : withType(own);
    }
    Set<String> all = new HashSet<>(own);
    all.addAll(extra);
    return all;
  }

  /** Reads an array of strings, each once: a repeat is a problem, never silently dropped. */
  private List<String> distinct(Located parent, String field) {
    List<String> read = new ArrayList<>();
    Located array = present(parent, field, true, "an array of codes");
    if (array == null || !isKind(array, Located.Kind.ARRAY, field)) {
      return read;
    }
    Set<String> seen = new HashSet<>();
    for (Located item : array.items()) {
      if (!isKind(item, Located.Kind.STRING, field)) {
        continue;
      }
      if (!seen.add(item.text())) {
        problem(ProblemType.DUPLICATE_CODE, item, field, "each code listed once",
            "the code of " + field + "[" + read.indexOf(item.text()) + "] again");
      } else {
        read.add(item.text());
      }
    }
    return read;
  }

  /** Runs a factory of oba-core, placing each problem it finds at the field it names, if any. */
  @Override
  protected <T> @Nullable T build(@Nullable Located node, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ValidationException e) {
      for (Problem problem : e.problems()) {
        Located at = node;
        if (at != null && at.kind() == Located.Kind.OBJECT
            && at.field(problem.field()) != null) {
          at = at.field(problem.field());
        }
        problem(problem.type(), at, problem.field(), problem.expected(), problem.found());
      }
      return null;
    }
  }
}
