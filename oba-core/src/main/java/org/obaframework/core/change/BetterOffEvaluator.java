package org.obaframework.core.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;

/**
 * Applies a {@link BetterOffMeasure} to one subject's records: a pure function of the framework,
 * the measure, the records and an as-of date.
 *
 * <pre>{@code
 * BetterOffEvaluator evaluator = BetterOffEvaluator.of(framework, measure);
 * List<Decision> decisions = evaluator.decide(subjectRecords, LocalDate.of(2026, 3, 31));
 * }</pre>
 *
 * <p>For each unit the measure counts it returns one {@link Decision} (one per rater when the
 * pairing judges each rater separately); a subject without an episode of the measure's programme
 * started by the as-of date gets none. A child, family or adult is judged on its latest such
 * episode; an episode unit on each. A decision's standing nests numerator within denominator
 * within initial population by construction. Nothing is dropped: a unit that cannot be judged is
 * returned as not eligible, excluded or not paired, with the reason in its explanation.
 *
 * <p>Immutable and thread-safe.
 */
public final class BetterOffEvaluator {
  private final OutcomesFramework framework;
  private final BetterOffMeasure measure;
  private final ChangeCalculator calculator;
  private final List<Indicator> judged;
  /** The indicators whose changes a decision reads: judged ones and eligibility's. */
  private final Set<String> needed;
  /**
   * Whether {@link #standings} may take the direct path; false only to check the direct path
   * against the general one.
   */
  private final boolean direct;
  /**
   * For the direct path: the needed child-level indicators of the measure's programme, in the
   * programme's order, whose changes the general path would compute for a child.
   */
  private final List<Indicator> childNeeded;
  /** For each judged indicator, its index in {@link #childNeeded}, or -1 if a child has none. */
  private final int[] judgedIndex;
  /** For each eligibility condition, its indicator's index in {@link #childNeeded}, or -1. */
  private final int[] eligibilityIndex;
  /** The pairing's one rater, if it names one; looked up once. */
  private final Optional<Rater> rater;
  /** The composite of no verdict, and of each single verdict by ordinal, combined once. */
  private final Standing noVerdict;
  private final Standing[] oneVerdict;

  private BetterOffEvaluator(OutcomesFramework framework, BetterOffMeasure measure,
      boolean direct) {
    this.framework = framework;
    this.measure = measure;
    this.direct = direct;
    this.calculator = ChangeCalculator.of(framework, measure.pairing());
    List<Indicator> indicators = new ArrayList<>();
    for (String code : measure.indicators()) {
      indicators.add(framework.indicator(code).orElseThrow());
    }
    this.judged = List.copyOf(indicators);
    Set<String> codes = new LinkedHashSet<>(measure.indicators());
    measure.eligibility().forEach(condition -> codes.add(condition.indicator()));
    this.needed = Set.copyOf(codes);
    List<Indicator> child = new ArrayList<>();
    framework.programme(measure.programme()).ifPresent(programme -> {
      for (Indicator indicator : framework.indicatorsOf(programme)) {
        if (needed.contains(indicator.code()) && indicator.ratedAt() == RatedAt.CHILD) {
          child.add(indicator);
        }
      }
    });
    this.childNeeded = List.copyOf(child);
    this.judgedIndex = new int[judged.size()];
    for (int i = 0; i < judged.size(); i++) {
      judgedIndex[i] = indexOf(childNeeded, judged.get(i).code());
    }
    this.eligibilityIndex = new int[measure.eligibility().size()];
    for (int i = 0; i < eligibilityIndex.length; i++) {
      eligibilityIndex[i] = indexOf(childNeeded, measure.eligibility().get(i).indicator());
    }
    this.rater = measure.pairing().raters().rater();
    this.noVerdict = measure.composite().combine(List.of());
    Composite.Verdict[] verdicts = Composite.Verdict.values();
    this.oneVerdict = new Standing[verdicts.length];
    for (Composite.Verdict verdict : verdicts) {
      oneVerdict[verdict.ordinal()] = measure.composite().combine(List.of(verdict));
    }
  }

  private static int indexOf(List<Indicator> indicators, String code) {
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns an evaluator of a measure against a framework.
   *
   * @param framework the framework
   * @param measure the measure
   * @return the evaluator
   * @throws ValidationException listing every way the measure does not fit the framework
   */
  public static BetterOffEvaluator of(OutcomesFramework framework, BetterOffMeasure measure) {
    List<Problem> problems = measure.problems(framework);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new BetterOffEvaluator(framework, measure, true);
  }

  /** Returns an evaluator of the same measure whose {@link #standings} always decide in full. */
  BetterOffEvaluator generalPathOnly() {
    return new BetterOffEvaluator(framework, measure, false);
  }

  /**
   * Returns the measure.
   *
   * @return the measure
   */
  public BetterOffMeasure measure() {
    return measure;
  }

  /**
   * Decides the measure for every unit of one subject.
   *
   * @param records the subject's records
   * @param asOf the date of the evaluation: later reviews and episodes are not seen
   * @return the decisions, in the order of episodes, raters and units
   * @throws ValidationException if an episode names a programme the framework lacks
   */
  public List<Decision> decide(SubjectRecords records, LocalDate asOf) {
    return decide(records, asOf, false);
  }

  /**
   * Decides as {@link #decide(SubjectRecords, LocalDate)}, writing each explanation at once when
   * {@code explainNow}, or only when asked for, as the public method does.
   */
  List<Decision> decide(SubjectRecords records, LocalDate asOf, boolean explainNow) {
    List<Episode> episodes = new ArrayList<>();
    for (Episode episode : records.episodes()) {
      if (episode.programme().equals(measure.programme()) && !episode.start().isAfter(asOf)) {
        episodes.add(episode);
      }
    }
    if (episodes.isEmpty()) {
      return List.of();
    }
    if (measure.countingUnit() != CountingUnit.EPISODE) {
      // The latest episode by start, then id; written out, as it runs for every subject.
      Episode latest = episodes.get(0);
      for (int i = 1; i < episodes.size(); i++) {
        Episode episode = episodes.get(i);
        int order = episode.start().compareTo(latest.start());
        if (order > 0 || order == 0 && episode.id().compareTo(latest.id()) > 0) {
          latest = episode;
        }
      }
      episodes = List.of(latest);
    }
    List<Change> all = calculator.changes(records, asOf, needed);
    List<Decision> decisions = new ArrayList<>();
    for (Episode episode : episodes) {
      List<Change> rows = new ArrayList<>();
      for (Change change : all) {
        if (change.episode().equals(episode.id())) {
          rows.add(change);
        }
      }
      for (Optional<Rater> rater : views(rows)) {
        for (Unit unit : units(records.subject(), episode)) {
          decisions.add(new View(records.subject(), episode, rater, rows, asOf, explainNow)
              .decide(unit));
        }
      }
    }
    return List.copyOf(decisions);
  }

  /**
   * Receives the standing of one counted unit, as {@link #standings} reports it.
   *
   * <p>Implementations need not be thread-safe: each call of {@code standings} calls its own.
   */
  @FunctionalInterface
  public interface StandingSink {
    /**
     * Takes one unit's standing.
     *
     * @param unitId the unit's id, as {@link Decision#unitId()}
     * @param episode the episode the unit was judged on
     * @param standing the unit's standing
     */
    void accept(String unitId, Episode episode, Standing standing);
  }

  /**
   * Decides the measure for every unit of one subject as {@link #decide(SubjectRecords,
   * LocalDate)} does, reporting only each unit's id, episode and standing, in the same order.
   *
   * <pre>{@code
   * evaluator.standings(subjectRecords, asOf, (unit, episode, standing) -> counts.add(standing));
   * }</pre>
   *
   * <p>For the common case, a child subject with one episode begun by the as-of date and a
   * measure pairing one named rater's ratings, it decides without building the {@link Change}s
   * and {@link Decision}s that {@code decide} returns; it is what report cards call.
   *
   * @param records the subject's records
   * @param asOf the date of the evaluation: later reviews and episodes are not seen
   * @param sink receives each unit's standing
   * @throws ValidationException as {@link #decide(SubjectRecords, LocalDate)}
   */
  public void standings(SubjectRecords records, LocalDate asOf, StandingSink sink) {
    if (direct && directly(records, asOf, sink)) {
      return;
    }
    for (Decision decision : decide(records, asOf)) {
      sink.accept(decision.unitId(), records.episode(decision.episode()).orElseThrow(),
          decision.standing());
    }
  }

  /**
   * The direct path: decides a child's one unit from its review pairs, as a {@link View} would
   * from the changes, and returns true; or returns false, having told the sink nothing, when the
   * case is not the common one (or a value is off its scale, which the general path reports).
   */
  private boolean directly(SubjectRecords records, LocalDate asOf, StandingSink sink) {
    Subject subject = records.subject();
    CountingUnit counting = measure.countingUnit();
    if (subject.kind() != SubjectKind.CHILD || rater.isEmpty()
        || counting != CountingUnit.CHILD && counting != CountingUnit.EPISODE) {
      return false;
    }
    // One episode begun, of the measure's programme: the general path computes its changes only.
    Episode episode = null;
    for (Episode each : records.episodes()) {
      if (!each.start().isAfter(asOf)) {
        if (episode != null) {
          return false;
        }
        episode = each;
      }
    }
    if (episode == null || !episode.programme().equals(measure.programme())) {
      return false;
    }
    List<Review> reviews = records.reviewsOf(episode.id());
    ReviewPair[] pairs = new ReviewPair[childNeeded.size()];
    for (int i = 0; i < pairs.length; i++) {
      Indicator indicator = childNeeded.get(i);
      ReviewPair pair = measure.pairing().pair(episode, reviews, indicator.code(),
          Optional.empty(), rater.get(), asOf);
      @Nullable ScaleValue start = pair.startValueOrNull();
      @Nullable ScaleValue end = pair.endValueOrNull();
      if (start != null && !indicator.scale().accepts(start)
          || end != null && !indicator.scale().accepts(end)) {
        return false;
      }
      pairs[i] = pair;
    }
    Standing standing = closedForExcludedReason(episode, asOf) ? Standing.EXCLUDED
        : childStanding(subject, episode, pairs);
    sink.accept(counting == CountingUnit.CHILD ? subject.id() : episode.id(), episode, standing);
    return true;
  }

  /** Whether the episode closed by the as-of date for a reason the measure excludes. */
  private boolean closedForExcludedReason(Episode episode, LocalDate asOf) {
    return episode.closureReason().isPresent() && episode.end().isPresent()
        && !episode.end().get().isAfter(asOf)
        && measure.excludedClosureReasons().contains(episode.closureReason().get());
  }

  /** A child judged alone: {@link View#person} without the explanation and the changes kept. */
  private Standing childStanding(Subject subject, Episode episode, ReviewPair[] pairs) {
    List<BaselineCondition> eligibility = measure.eligibility();
    for (int i = 0; i < eligibility.size(); i++) {
      int index = eligibilityIndex[i];
      @Nullable ScaleValue start = index < 0 ? null : pairs[index].startValueOrNull();
      if (start == null || !eligibility.get(i).test(childNeeded.get(index), start)) {
        return Standing.NOT_ELIGIBLE;
      }
    }
    if (judged.size() == 1) {
      // The usual single-indicator measure: its composite's standing for the one verdict.
      return judged.get(0).ratedAt() == RatedAt.ADULT ? noVerdict
          : oneVerdict[verdict(subject, episode, pairs, 0).ordinal()];
    }
    List<Composite.Verdict> verdicts = new ArrayList<>(judged.size());
    for (int i = 0; i < judged.size(); i++) {
      if (judged.get(i).ratedAt() != RatedAt.ADULT) {   // an adult-level one is not the child's
        verdicts.add(verdict(subject, episode, pairs, i));
      }
    }
    return measure.composite().combine(verdicts);
  }

  /** The verdict on the i-th judged indicator: {@link View#verdict} without the explanation. */
  private Composite.Verdict verdict(Subject subject, Episode episode, ReviewPair[] pairs,
      int i) {
    Indicator indicator = judged.get(i);
    int index = judgedIndex[i];
    if (index < 0) {
      return Composite.Verdict.NOT_PAIRED;   // a family-level indicator: no change
    }
    ReviewPair pair = pairs[index];
    @Nullable UnpairedReason reason = pair.reasonOrNull();
    if (reason != null) {
      return reason.outcome() == ChangeOutcome.NOT_APPLICABLE
          ? Composite.Verdict.NOT_APPLICABLE : Composite.Verdict.NOT_PAIRED;
    }
    BetterOffRule rule = measure.ruleFor(indicator.code());
    boolean better;
    boolean worse;
    if (rule instanceof BetterOffRule.AnyImprovement) {
      // Change.outcome() of a pair on the scale, without building the change.
      ChangeOutcome outcome = ChangeOutcome.of(Change.signedDifference(indicator,
          Objects.requireNonNull(pair.startValueOrNull()),
          Objects.requireNonNull(pair.endValueOrNull())));
      better = outcome == ChangeOutcome.IMPROVED;
      worse = outcome == ChangeOutcome.DETERIORATED;
    } else {
      Change change = Change.of(subject.id(), episode.id(), indicator, Optional.empty(), rater,
          pair);
      better = rule.decide(change);
      worse = !better && rule.worseOff(change);
    }
    return better ? Composite.Verdict.BETTER
        : worse ? Composite.Verdict.WORSE : Composite.Verdict.NEITHER;
  }

  /** One view per rater who rated anything, or one without a rater when nobody did. */
  private static List<Optional<Rater>> views(List<Change> rows) {
    // A list, not a set: there are at most a handful of raters, usually one.
    List<Optional<Rater>> raters = new ArrayList<>(2);
    for (Change row : rows) {
      if (row.rater().isPresent() && !raters.contains(row.rater())) {
        raters.add(row.rater());
      }
    }
    return raters.isEmpty() ? List.of(Optional.empty()) : raters;
  }

  /** A counted unit: its id and the persons whose changes decide it. */
  private static final class Unit {
    final String id;
    final List<Person> persons;
    final boolean family;

    Unit(String id, List<Person> persons, boolean family) {
      this.id = id;
      this.persons = persons;
      this.family = family;
    }
  }

  /** A person judged: the subject itself (no member id) or one member, with the level rated. */
  private static final class Person {
    final Optional<String> member;
    final RatedAt level;

    Person(Optional<String> member, RatedAt level) {
      this.member = member;
      this.level = level;
    }

    String name(Subject subject) {
      switch (level) {
        case FAMILY:
          return "family " + subject.id();
        case ADULT:
          return "adult " + member.orElse(subject.id());
        default:
          return "child " + member.orElse(subject.id());
      }
    }
  }

  private List<Unit> units(Subject subject, Episode episode) {
    boolean child = subject.kind() == SubjectKind.CHILD;
    List<Unit> units = new ArrayList<>();
    switch (measure.countingUnit()) {
      case CHILD:
        if (child) {
          units.add(new Unit(subject.id(), List.of(new Person(Optional.empty(), RatedAt.CHILD)),
              false));
        } else {
          members(subject, MemberRole.CHILD, RatedAt.CHILD)
              .forEach(p -> units.add(new Unit(p.member.orElseThrow(), List.of(p), false)));
        }
        break;
      case ADULT:
        if (!child) {
          members(subject, MemberRole.ADULT, RatedAt.ADULT)
              .forEach(p -> units.add(new Unit(p.member.orElseThrow(), List.of(p), false)));
        }
        break;
      case FAMILY:
        if (!child) {
          units.add(new Unit(subject.id(), familyPersons(subject), true));
        }
        break;
      default:
        units.add(child
            ? new Unit(episode.id(), List.of(new Person(Optional.empty(), RatedAt.CHILD)), false)
            : new Unit(episode.id(), familyPersons(subject), true));
        break;
    }
    return units;
  }

  /** The family itself for family-level indicators, and its members for member-level ones. */
  private List<Person> familyPersons(Subject subject) {
    List<Person> persons = new ArrayList<>();
    Set<RatedAt> levels = new LinkedHashSet<>();
    judged.forEach(indicator -> levels.add(indicator.ratedAt()));
    if (levels.contains(RatedAt.FAMILY)) {
      persons.add(new Person(Optional.empty(), RatedAt.FAMILY));
    }
    if (measure.familyRule() != FamilyRule.FAMILY_INDICATORS) {
      if (levels.contains(RatedAt.CHILD)) {
        persons.addAll(members(subject, MemberRole.CHILD, RatedAt.CHILD));
      }
      if (levels.contains(RatedAt.ADULT)) {
        persons.addAll(members(subject, MemberRole.ADULT, RatedAt.ADULT));
      }
    }
    return persons;
  }

  private static List<Person> members(Subject subject, MemberRole role, RatedAt level) {
    List<Person> persons = new ArrayList<>();
    for (Member member : subject.members()) {
      if (member.role() == role) {
        persons.add(new Person(Optional.of(member.id()), level));
      }
    }
    return persons;
  }

  /** The changes of one episode as one rater saw them. */
  private final class View {
    final Subject subject;
    final Episode episode;
    final Optional<Rater> rater;
    final List<Change> rows;
    /** A closure after this day has not happened yet. */
    final LocalDate asOf;
    /**
     * Whether to write the explanation's lines: a decision is first taken without them, and
     * taken again with them when someone asks for its explanation.
     */
    final boolean explaining;
    final List<String> lines = new ArrayList<>();
    final List<Change> used = new ArrayList<>();

    View(Subject subject, Episode episode, Optional<Rater> rater, List<Change> rows,
        LocalDate asOf, boolean explaining) {
      this.asOf = asOf;
      this.explaining = explaining;
      this.subject = subject;
      this.episode = episode;
      this.rater = rater;
      this.rows = rows;
    }

    Decision decide(Unit unit) {
      lines.clear();
      used.clear();
      if (explaining) {
        lines.add("Measure " + measure.code() + " for " + measure.countingUnit().name()
            .toLowerCase(Locale.ROOT) + " " + unit.id + ", episode " + episode.id()
            + " of programme " + episode.programme() + " (" + episode.start() + " to "
            + episode.end().map(LocalDate::toString).orElse("open") + ")"
            + rater.map(r -> ", as rated by " + words(r)).orElse("") + ".");
      }
      Standing standing;
      if (closedForExcludedReason(episode, asOf)) {
        standing = Standing.EXCLUDED;
        if (explaining) {
          lines.add("Excluded: the episode closed for a reason the measure excludes ("
              + episode.closureReason().get() + ").");
        }
      } else if (unit.persons.isEmpty()) {
        standing = Standing.EXCLUDED;
        if (explaining) {
          lines.add("Excluded: nobody in the unit is rated at the measure's levels.");
        }
      } else if (unit.family) {
        standing = family(unit);
      } else {
        standing = person(unit.persons.get(0), false);
      }
      if (explaining) {
        lines.add("Decision: " + words(standing) + ".");
        return new Decision(measure.code(), measure.countingUnit(), unit.id, subject.id(),
            episode.id(), rater, standing, used, lines);
      }
      return new Decision(measure.code(), measure.countingUnit(), unit.id, subject.id(),
          episode.id(), rater, standing, used,
          () -> new View(subject, episode, rater, rows, asOf, true).decide(unit).explanation());
    }

    private Standing family(Unit unit) {
      List<Standing> standings = new ArrayList<>();
      for (Person person : unit.persons) {
        standings.add(person(person, true));
      }
      FamilyRule rule = measure.familyRule();
      List<Standing> eligible = standings.stream().filter(Standing::isEligible).toList();
      Standing standing;
      if (eligible.isEmpty()) {
        standing = Standing.NOT_ELIGIBLE;
      } else if (eligible.stream().allMatch(s -> s == Standing.EXCLUDED)) {
        standing = Standing.EXCLUDED;
      } else if (rule == FamilyRule.ALL_MEMBERS) {
        standing = eligible.contains(Standing.NOT_PAIRED) ? Standing.NOT_PAIRED
            : eligible.contains(Standing.NOT_BETTER_OFF) ? Standing.NOT_BETTER_OFF
            : Standing.BETTER_OFF;
      } else {
        standing = eligible.contains(Standing.BETTER_OFF) ? Standing.BETTER_OFF
            : eligible.contains(Standing.NOT_BETTER_OFF) ? Standing.NOT_BETTER_OFF
            : Standing.NOT_PAIRED;
      }
      if (explaining) {
        lines.add("Family rule " + rule + ": " + words(standing) + ".");
      }
      return standing;
    }

    /** Decides one person: eligibility, then each indicator's verdict, then the composite. */
    private Standing person(Person person, boolean inFamily) {
      String who = explaining ? person.name(subject) : "";
      for (BaselineCondition condition : measure.eligibility()) {
        Indicator indicator = framework.indicator(condition.indicator()).orElseThrow();
        Optional<Boolean> met = eligible(condition, indicator, person);
        if (met.isEmpty()) {
          if (explaining) {
            lines.add("Not eligible, " + who + ": no baseline rating of " + indicator.code()
                + " to test " + condition.description(indicator) + ".");
          }
          return Standing.NOT_ELIGIBLE;
        }
        if (!met.get()) {
          if (explaining) {
            lines.add("Not eligible, " + who + ": not " + condition.description(indicator) + ".");
          }
          return Standing.NOT_ELIGIBLE;
        }
        if (explaining) {
          lines.add("Eligible, " + who + ": " + condition.description(indicator) + ".");
        }
      }
      List<Composite.Verdict> verdicts = new ArrayList<>();
      for (Indicator indicator : judged) {
        if (!judges(person, indicator, inFamily)) {
          continue;
        }
        verdicts.add(verdict(indicator, row(indicator, person), who));
      }
      Standing standing = measure.composite().combine(verdicts);
      if (verdicts.size() > 1 || inFamily) {
        if (explaining) {
          lines.add(capitalised(who) + ": " + words(standing)
              + (verdicts.size() > 1 ? " (" + measure.composite().description() + ")" : "") + ".");
        }
      }
      return standing;
    }

    /** In a family, each indicator belongs to the persons of its level; alone, a child or adult
     * is also judged on family-level indicators, by the family's ratings. */
    private boolean judges(Person person, Indicator indicator, boolean inFamily) {
      return indicator.ratedAt() == person.level
          || !inFamily && indicator.ratedAt() == RatedAt.FAMILY;
    }

    private Composite.Verdict verdict(Indicator indicator, Optional<Change> found, String who) {
      String about = explaining
          ? indicator.code() + " (" + indicator.name().text() + ") for " + who : "";
      if (found.isEmpty()) {
        if (explaining) {
          lines.add(about + ": not paired, no rating" + rater.map(r -> " by " + words(r))
              .orElse("") + ".");
        }
        return Composite.Verdict.NOT_PAIRED;
      }
      Change change = found.get();
      used.add(change);
      if (change.outcome() == ChangeOutcome.NOT_APPLICABLE) {
        if (explaining) {
          lines.add(about + ": not applicable (" + words(change.reason().orElseThrow()) + ").");
        }
        return Composite.Verdict.NOT_APPLICABLE;
      }
      if (!change.isPaired()) {
        if (explaining) {
          lines.add(about + ": not paired (" + words(change.reason().orElseThrow()) + ")"
              + change.startValue().map(v -> "; baseline " + describe(indicator, v)
                  + change.startReview().map(r -> " in review " + r).orElse("")).orElse("")
              + ".");
        }
        return Composite.Verdict.NOT_PAIRED;
      }
      BetterOffRule rule = measure.ruleFor(indicator.code());
      boolean better = rule.decide(change);
      boolean worse = !better && rule.worseOff(change);
      Composite.Verdict verdict = better ? Composite.Verdict.BETTER
          : worse ? Composite.Verdict.WORSE : Composite.Verdict.NEITHER;
      if (explaining) {
        lines.add(about + ": " + describe(indicator, change.startValue().orElseThrow())
            + " in review " + change.startReview().orElseThrow() + " on "
            + change.startDate().orElseThrow() + ", then "
            + describe(indicator, change.endValue().orElseThrow()) + " in review "
            + change.endReview().orElseThrow() + " on " + change.endDate().orElseThrow() + ": "
            + words(change.outcome()) + difference(indicator, change) + "; rule \""
            + rule.description(indicator) + "\": "
            + (better ? "better off" : worse ? "worse off" : "not better off") + ".");
      }
      return verdict;
    }

    /** The change row of an indicator for a person: its own, or the family's for a member. */
    private Optional<Change> row(Indicator indicator, Person person) {
      Optional<String> member = indicator.ratedAt() == RatedAt.FAMILY
          ? Optional.empty() : person.member;
      for (Change change : rows) {
        if (change.indicator().code().equals(indicator.code()) && change.member().equals(member)
            && (change.rater().isEmpty() || change.rater().equals(rater))) {
          return Optional.of(change);
        }
      }
      return Optional.empty();
    }

    /**
     * Tests a baseline condition for a person: on the person's own baseline, on the family's for
     * a family-level condition, and for the family as a whole on any member's.
     */
    private Optional<Boolean> eligible(BaselineCondition condition, Indicator indicator,
        Person person) {
      if (person.level == RatedAt.FAMILY && indicator.ratedAt() != RatedAt.FAMILY) {
        boolean anyRated = false;
        for (Change change : rows) {
          if (change.indicator().code().equals(indicator.code()) && change.member().isPresent()
              && (change.rater().isEmpty() || change.rater().equals(rater))
              && change.startValue().isPresent()) {
            anyRated = true;
            if (condition.test(indicator, change.startValue().get())) {
              return Optional.of(true);
            }
          }
        }
        return anyRated ? Optional.of(false) : Optional.empty();
      }
      return row(indicator, person).flatMap(Change::startValue)
          .map(value -> condition.test(indicator, value));
    }
  }

  private static String difference(Indicator indicator, Change change) {
    double difference = change.difference().orElse(0);
    if (difference == 0) {
      return "";
    }
    String unit = indicator.scale() instanceof OrdinalScale
        ? (Math.abs(difference) == 1 ? " level" : " levels")
        : indicator.scale() instanceof NumericScale
            ? " " + ((NumericScale) indicator.scale()).unit() : "";
    return " by " + Numbers.format(Math.abs(difference)) + unit;
  }

  /** A value in the words of its scale: a level's label, yes or no's label, a number and unit. */
  static String describe(Indicator indicator, ScaleValue value) {
    if (indicator.scale() instanceof OrdinalScale) {
      return ((OrdinalScale) indicator.scale()).level(value)
          .map(level -> "\"" + level.label().text() + "\"").orElse(value.toString());
    }
    if (indicator.scale() instanceof BinaryScale && value instanceof ScaleValue.Flag) {
      return "\"" + ((BinaryScale) indicator.scale()).label((ScaleValue.Flag) value).text() + "\"";
    }
    if (indicator.scale() instanceof NumericScale) {
      return value + " " + ((NumericScale) indicator.scale()).unit();
    }
    return value.toString();
  }

  private static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  @Override
  public String toString() {
    return "BetterOffEvaluator[" + framework.code() + ", " + measure + "]";
  }
}
