package org.obaframework.core.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.internal.Logs;
import org.slf4j.Logger;

/**
 * Checks records against a framework as of a date, and reports every problem with the record's
 * id and field, what was expected and what was found.
 *
 * <pre>{@code
 * RecordValidator validator = RecordValidator.of(framework, LocalDate.of(2026, 3, 31));
 * List<Problem> problems = validator.validate(records);
 * validator.check(records);   // or throw a ValidationException listing them all
 * }</pre>
 *
 * <p>It finds: ids used twice; episodes of unknown subjects and reviews of unknown episodes;
 * unknown programmes, delivery models and service outputs; dates after the as-of date (also of
 * attribute changes); reviews dated outside their episode;
 * two baselines or two closures of one episode by one rater; reviews dated before the rater's
 * baseline; closure reviews of open episodes; unknown indicators, indicators outside the episode's programme, values off the scale,
 * ratings at the wrong level (a child rated on a family indicator), ratings about members who do
 * not exist, and one indicator rated twice for one person in one review. A subject may have any
 * number of episodes, in one programme or several, one after another or overlapping (a
 * re-referral while an episode is open, two programmes at once, a transfer between teams): each
 * is checked on its own, and each measure says which it judges. The as-of date is an argument:
 * validation never reads the clock. Immutable and thread-safe.
 */
public final class RecordValidator {
  // Logs counts only: never ids, ratings, attributes or free text of a child's record; and only
  // when the application has an SLF4J provider (Logs), so that oba is quiet by default.
  private static final Logger LOG = Logs.of(RecordValidator.class);

  private final OutcomesFramework framework;
  private final LocalDate asOf;

  private RecordValidator(OutcomesFramework framework, LocalDate asOf) {
    this.framework = framework;
    this.asOf = asOf;
  }

  /**
   * Returns a validator.
   *
   * @param framework the framework records must fit
   * @param asOf the date of the validation: no record may be dated after it
   * @return the validator
   */
  public static RecordValidator of(OutcomesFramework framework, LocalDate asOf) {
    return new RecordValidator(framework, asOf);
  }

  /**
   * Returns every problem of a batch of records.
   *
   * @param records the batch
   * @return the problems: first those that keep records out of any subject's group (ids used
   *     twice, episodes of unknown subjects, reviews of unknown episodes), then each subject's in
   *     the order of the subjects; empty if there are none
   */
  public List<Problem> validate(Records records) {
    Records.Grouping grouping = records.group();
    List<Problem> problems = new ArrayList<>(grouping.problems);
    for (SubjectRecords group : grouping.groups) {
      problems.addAll(validate(group));
    }
    LOG.debug("Validated {} subjects, {} episodes and {} reviews against framework {} as of {}: "
        + "{} problems", records.subjects().size(), records.episodes().size(),
        records.reviews().size(), framework.code(), asOf, problems.size());
    return List.copyOf(problems);
  }

  /**
   * Returns every problem of one subject's records.
   *
   * @param group the subject's records
   * @return the problems; empty if there are none
   */
  public List<Problem> validate(SubjectRecords group) {
    List<Problem> problems = new ArrayList<>();
    Subject subject = group.subject();
    Item subjectItem = Item.of(Item.SUBJECT, subject.id());
    attributes(subjectItem, subject.attributes(), problems);
    for (Member member : subject.members()) {
      attributes(Item.of(Item.MEMBER, member.id()).partOf(subjectItem), member.attributes(),
          problems);
    }
    Set<String> reviewIds = new HashSet<>();
    List<Episode> checked = new ArrayList<>();
    for (Episode episode : group.episodes()) {
      if (checked.stream().anyMatch(e -> e.id().equals(episode.id()))) {
        // Its reviews cannot be told apart from the first episode's: they are checked there.
        problems.add(Checks.duplicate("episode", episode.id()));
        continue;
      }
      checked.add(episode);
      Optional<Programme> programme = episode(episode, problems);
      List<Review> reviews = group.reviewsOf(episode.id());
      Map<Rater, LocalDate> baselines = new EnumMap<>(Rater.class);
      for (Review review : reviews) {
        if (review.kind() == ReviewKind.BASELINE) {
          baselines.merge(review.rater(), review.assessedOn(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      Set<Rater> baselineSeen = EnumSet.noneOf(Rater.class);
      Set<Rater> closureSeen = EnumSet.noneOf(Rater.class);
      for (Review review : reviews) {
        if (!reviewIds.add(review.id())) {
          problems.add(Checks.duplicate("review", review.id()));
        }
        Item location = Item.of(Item.REVIEW, review.id())
            .partOf(Item.of(Item.EPISODE, episode.id()));
        sequence(review, location, baselines, baselineSeen, closureSeen, problems);
        review(subject, episode, programme, review, location, problems);
      }
    }
    return List.copyOf(problems);
  }

  /**
   * Checks a batch of records.
   *
   * @param records the batch
   * @throws ValidationException listing every problem, if there is any
   */
  public void check(Records records) {
    List<Problem> problems = validate(records);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private Optional<Programme> episode(Episode episode, List<Problem> problems) {
    Item location = Item.of(Item.EPISODE, episode.id());
    Optional<Programme> programme = framework.programme(episode.programme());
    if (programme.isEmpty()) {
      List<String> codes = framework.programmes().stream().map(Programme::code).toList();
      problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE, location, "programme",
          Checks.oneOf(codes), Redaction.declared(episode.programme(), codes)));
    } else {
      List<String> models = programme.get().deliveryModels().stream()
          .map(m -> m.code()).toList();
      if (episode.deliveryModel().isPresent() && !models.contains(episode.deliveryModel().get())) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE, location, "deliveryModel",
            "a delivery model of programme " + Redaction.quote(episode.programme()) + ", "
                + Checks.oneOf(models),
            Redaction.declared(episode.deliveryModel().get(), models)));
      }
    }
    List<String> serviceOutputs = episode.serviceOutputs().stream()
        .filter(output -> framework.serviceOutput(output).isEmpty()).toList();
    if (!serviceOutputs.isEmpty()) {
      List<String> codes = framework.serviceOutputs().stream().map(o -> o.code()).toList();
      List<String> all = List.copyOf(episode.serviceOutputs());
      for (String output : serviceOutputs) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE, location,
            "serviceOutputs[" + all.indexOf(output) + "]", Checks.oneOf(codes),
            Redaction.declared(output, codes)));
      }
    }
    notAfterAsOf(location, "start", episode.start(), problems);
    episode.end().ifPresent(end -> notAfterAsOf(location, "end", end, problems));
    return programme;
  }

  private void attributes(Item location, Attributes attributes, List<Problem> problems) {
    for (String name : attributes.names()) {
      List<Attributes.Change> history = attributes.history(name);
      for (int i = 0; i < history.size(); i++) {
        int at = i;
        history.get(i).from().ifPresent(from -> notAfterAsOf(location,
            "attributes." + Redaction.key(name) + "[" + at + "].from", from, problems));
      }
    }
  }

  /** One baseline and one closure per rater, and no review before the rater's baseline. */
  private static void sequence(Review review, Item location, Map<Rater, LocalDate> baselines,
      Set<Rater> baselineSeen, Set<Rater> closureSeen, List<Problem> problems) {
    Rater rater = review.rater();
    if (review.kind() == ReviewKind.BASELINE && !baselineSeen.add(rater)) {
      problems.add(Problem.of(ProblemType.DUPLICATE_BASELINE, location, "kind",
          "one BASELINE review per episode and rater", "a second BASELINE by " + rater));
    }
    if (review.kind() == ReviewKind.CLOSURE && !closureSeen.add(rater)) {
      problems.add(Problem.of(ProblemType.DUPLICATE_CLOSURE, location, "kind",
          "one CLOSURE review per episode and rater", "a second CLOSURE by " + rater));
    }
    LocalDate baseline = baselines.get(rater);
    if (review.kind() != ReviewKind.BASELINE && baseline != null
        && review.assessedOn().isBefore(baseline)) {
      problems.add(Problem.of(ProblemType.REVIEW_BEFORE_BASELINE, location, "assessedOn",
          "a date on or after the BASELINE by " + rater,
          Redaction.date(review.assessedOn(), baseline, "that baseline")));
    }
  }

  private void review(Subject subject, Episode episode, Optional<Programme> programme,
      Review review, Item location, List<Problem> problems) {
    notAfterAsOf(location, "assessedOn", review.assessedOn(), problems);
    notAfterAsOf(location, "recordedOn", review.recordedOn(), problems);
    LocalDate date = review.assessedOn();
    if (date.isBefore(episode.start())) {
      problems.add(Problem.of(ProblemType.REVIEW_OUTSIDE_EPISODE, location, "assessedOn",
          "a date on or after the episode's start",
          Redaction.date(date, episode.start(), "the episode's start")));
    }
    Optional<LocalDate> end = episode.end();
    if (review.kind() == ReviewKind.FOLLOW_UP) {
      if (end.isEmpty() || !date.isAfter(end.get())) {
        problems.add(Problem.of(ProblemType.REVIEW_OUTSIDE_EPISODE, location, "assessedOn",
            "a follow-up after the episode's end" + (end.isEmpty() ? " (the episode is open)" : ""),
            end.isEmpty() ? "a follow-up of an open episode"
                : Redaction.date(date, end.get(), "the episode's end")));
      }
    } else if (end.isPresent() && date.isAfter(end.get())) {
      problems.add(Problem.of(ProblemType.REVIEW_OUTSIDE_EPISODE, location, "assessedOn",
          "a date on or before the episode's end (or kind FOLLOW_UP)",
          Redaction.date(date, end.get(), "the episode's end")));
    }
    if (review.kind() == ReviewKind.CLOSURE && end.isEmpty()) {
      problems.add(Problem.of(ProblemType.CLOSURE_OF_OPEN_EPISODE, location, "kind",
          "an episode with an end date for a CLOSURE review", "an open episode"));
    }
    Set<String> rated = new HashSet<>();
    List<Rating> ratings = review.ratings();
    for (int i = 0; i < ratings.size(); i++) {
      rating(subject, programme, ratings.get(i), location, "ratings[" + i + "]", rated, problems);
    }
  }

  private void rating(Subject subject, Optional<Programme> programme, Rating rating,
      Item location, String field, Set<String> rated, List<Problem> problems) {
    String person = rating.member().orElse("");
    Optional<Indicator> found = framework.indicator(rating.indicator());
    if (!rated.add(rating.indicator() + "\u0000" + person)) {
      problems.add(Problem.of(ProblemType.DUPLICATE_RATING, location, field + ".indicator",
          "each indicator rated once per person in a review",
          (found.isPresent() ? Redaction.quote(rating.indicator()) : "the same code") + " again"
              + rating.member().map(m -> " about " + Redaction.id(m)).orElse("")));
    }
    if (found.isEmpty()) {
      problems.add(Problem.of(ProblemType.UNKNOWN_INDICATOR, location, field + ".indicator",
          "an indicator of framework " + Redaction.quote(framework.code()),
          Redaction.declared(rating.indicator(),
              framework.indicators().stream().map(Indicator::code).toList())));
      return;
    }
    Indicator indicator = found.get();
    if (programme.isPresent() && !programme.get().indicators().contains(indicator.code())) {
      problems.add(Problem.of(ProblemType.INDICATOR_NOT_IN_PROGRAMME, location,
          field + ".indicator",
          "an indicator of programme " + Redaction.quote(programme.get().code()) + ", "
              + Checks.oneOf(programme.get().indicators()),
          Redaction.quote(indicator.code())));
    }
    Optional<ScaleValue> value = rating.value();
    if (value.isPresent() && !indicator.scale().accepts(value.get())) {
      problems.add(Problem.of(ProblemType.VALUE_OFF_SCALE, location, field + ".value",
          indicator.scale().expectation() + " for indicator " + Redaction.quote(indicator.code()),
          indicator.scale().describe(value.get())));
    }
    level(subject, indicator, rating, location, field, problems);
  }

  private static void level(Subject subject, Indicator indicator, Rating rating, Item location,
      String field, List<Problem> problems) {
    RatedAt about;
    if (rating.member().isEmpty()) {
      about = subject.kind() == SubjectKind.CHILD ? RatedAt.CHILD : RatedAt.FAMILY;
    } else if (subject.kind() == SubjectKind.CHILD) {
      problems.add(Problem.of(ProblemType.UNKNOWN_MEMBER, location, field + ".member",
          "no member for a rating of a child subject", Redaction.id(rating.member().get())));
      return;
    } else {
      Optional<Member> member = subject.member(rating.member().get());
      if (member.isEmpty()) {
        problems.add(Problem.of(ProblemType.UNKNOWN_MEMBER, location, field + ".member",
            "a member of family " + Redaction.id(subject.id()) + ", "
                + Checks.oneOf(subject.members().stream().map(Member::id).toList()),
            Redaction.id(rating.member().get())));
        return;
      }
      about = member.get().role() == MemberRole.CHILD ? RatedAt.CHILD : RatedAt.ADULT;
    }
    if (about != indicator.ratedAt()) {
      problems.add(Problem.of(ProblemType.WRONG_LEVEL, location, field,
          "a rating of " + indicator.ratedAt() + " level for indicator "
              + Redaction.quote(indicator.code()),
          "a rating of " + about + " level"));
    }
  }

  private void notAfterAsOf(Item location, String field, LocalDate date,
      List<Problem> problems) {
    if (date.isAfter(asOf)) {
      problems.add(Problem.of(ProblemType.DATE_AFTER_AS_OF, location, field,
          "a date on or before the as-of date " + asOf,
          Redaction.date(date, asOf, "the as-of date")));
    }
  }
}
