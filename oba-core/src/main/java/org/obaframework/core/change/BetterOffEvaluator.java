package org.obaframework.core.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Episode;
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
 * open in the period seen (started by the as-of date, and not ended before the period's first
 * day, if one is given) gets none. A child, family or adult is judged on the episodes its
 * measure's {@link EpisodeChoice} chooses among those (the latest by default; each, combined,
 * for {@link EpisodeChoice#ANY} and {@link EpisodeChoice#ALL}); an episode unit on each. A
 * subject may have several episodes, overlapping or not; each is paired within itself. A
 * decision's standing nests numerator within denominator within initial population by
 * construction, and splits the denominator into better off, no change and deteriorated. Nothing
 * is dropped: a unit that cannot be judged is returned as not eligible, excluded or not paired,
 * with the reason in its trace.
 *
 * <p>The measure is decided by one implementation. {@link #decide} records each step in a
 * decision's {@link Trace}, from which its explanation is rendered; {@link #standings}, what a
 * report card asks, takes the same steps and records nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class BetterOffEvaluator {
  /** The person of a unit that is a family (or a family's episode): the family's persons. */
  private static final int FAMILY_UNIT = -1;
  private static final List<Optional<Rater>> NO_RATER = List.of(Optional.empty());

  private final OutcomesFramework framework;
  private final BetterOffMeasure measure;
  private final ChangeCalculator calculator;
  /**
   * The indicators a decision reads, the judged ones and eligibility's, in the programme's order:
   * an episode's rows are these indicators for each person of the subject. Arrays, not lists, as
   * they are read for every unit.
   */
  private final Indicator[] needed;
  private final Indicator[] judged;
  private final BetterOffRule[] rules;
  /** The measure's deterioration rule, or null when each rule's mirror judges deterioration. */
  private final @Nullable Deterioration[] deterioration;
  /** For each judged indicator, its row in {@link #needed}. */
  private final int[] judgedRow;
  private final BaselineCondition[] conditions;
  private final Indicator[] conditionIndicators;
  /** For each eligibility condition, its indicator's row in {@link #needed}. */
  private final int[] conditionRow;
  /** The levels of the judged indicators: those of a family's persons. */
  private final Set<RatedAt> levels;
  /** The one view of a pairing that names a rater: that rater's; empty for each rater. */
  private final List<Optional<Rater>> named;

  private BetterOffEvaluator(OutcomesFramework framework, BetterOffMeasure measure) {
    this.framework = framework;
    this.measure = measure;
    this.calculator = ChangeCalculator.of(framework, measure.pairing());
    Set<String> codes = new LinkedHashSet<>(measure.indicators());
    measure.eligibility().forEach(condition -> codes.add(condition.indicator()));
    List<Indicator> rows = new ArrayList<>();
    for (Indicator indicator : framework.indicatorsOf(
        framework.programme(measure.programme()).orElseThrow())) {
      if (codes.contains(indicator.code())) {
        rows.add(indicator);
      }
    }
    this.needed = rows.toArray(new Indicator[0]);
    int count = measure.indicators().size();
    this.judged = new Indicator[count];
    this.rules = new BetterOffRule[count];
    this.judgedRow = new int[count];
    this.deterioration = new Deterioration[count];
    Set<RatedAt> judgedLevels = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      judged[i] = framework.indicator(measure.indicators().get(i)).orElseThrow();
      rules[i] = measure.ruleFor(judged[i].code());
      Deterioration worse = measure.deteriorationFor(judged[i].code());
      deterioration[i] = worse.overrides(rules[i]) ? worse : null;
      judgedLevels.add(judged[i].ratedAt());
      judgedRow[i] = rows.indexOf(judged[i]);
    }
    this.levels = Set.copyOf(judgedLevels);
    this.conditions = measure.eligibility().toArray(new BaselineCondition[0]);
    this.conditionIndicators = new Indicator[conditions.length];
    this.conditionRow = new int[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      conditionIndicators[i] = framework.indicator(conditions[i].indicator()).orElseThrow();
      conditionRow[i] = rows.indexOf(conditionIndicators[i]);
    }
    this.named = calculator.named();
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
    return new BetterOffEvaluator(framework, measure);
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
   * Decides the measure for every unit of one subject, each decision with its trace.
   *
   * @param records the subject's records
   * @param asOf the date of the evaluation: later reviews and episodes are not seen
   * @return the decisions, in the order of episodes, raters and units
   * @throws ValidationException if an episode begun by the as-of date names a programme the
   *     framework lacks, or a rated value the measure reads is off its indicator's scale
   */
  public List<Decision> decide(SubjectRecords records, LocalDate asOf) {
    return decide(records, LocalDate.MIN, asOf);
  }

  /**
   * Decides the measure for every unit of one subject as a report card of a period would: on
   * the episodes open on some day from {@code from} to {@code asOf}, each decision with its trace.
   *
   * <pre>{@code
   * evaluator.decide(subjectRecords, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
   * }</pre>
   *
   * @param records the subject's records
   * @param from the first day of the period: episodes ended before it are not judged
   * @param asOf the date of the evaluation: later reviews and episodes are not seen
   * @return the decisions, in the order of episodes, raters and units
   * @throws ValidationException as {@link #decide(SubjectRecords, LocalDate)}
   */
  public List<Decision> decide(SubjectRecords records, LocalDate from, LocalDate asOf) {
    Recorder recorder = new Recorder(records.subject());
    evaluate(records, from, asOf, recorder, recorder);
    return List.copyOf(recorder.decisions);
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
     * @param episodes the episodes the unit was judged on, as {@link Decision#episodes()}: one,
     *     unless the measure judges each of a unit's episodes
     * @param standing the unit's standing
     */
    void accept(String unitId, List<Episode> episodes, Standing standing);
  }

  /**
   * Decides the measure for every unit of one subject as {@link #decide(SubjectRecords,
   * LocalDate)} does, reporting only each unit's id, episode and standing, in the same order.
   *
   * <pre>{@code
   * evaluator.standings(subjectRecords, asOf, (unit, episodes, standing) -> counts.add(standing));
   * }</pre>
   *
   * <p>It takes the steps {@code decide} takes and records none of them: no {@link Decision},
   * {@link Change} or trace is built. It is what report cards call.
   *
   * @param records the subject's records
   * @param asOf the date of the evaluation: later reviews and episodes are not seen
   * @param sink receives each unit's standing; when an exception is thrown, it may have received
   *     the units of episodes or raters decided before
   * @throws ValidationException as {@link #decide(SubjectRecords, LocalDate)}
   */
  public void standings(SubjectRecords records, LocalDate asOf, StandingSink sink) {
    evaluate(records, LocalDate.MIN, asOf, Tracer.NONE, sink);
  }

  /**
   * Decides the measure for every unit of one subject as {@link #decide(SubjectRecords,
   * LocalDate, LocalDate)} does, reporting only each unit's id, episodes and standing: what a
   * report card of the period from {@code from} to {@code asOf} counts.
   *
   * @param records the subject's records
   * @param from the first day of the period: episodes ended before it are not judged
   * @param asOf the date of the evaluation: later reviews and episodes are not seen
   * @param sink receives each unit's standing
   * @throws ValidationException as {@link #decide(SubjectRecords, LocalDate)}
   */
  public void standings(SubjectRecords records, LocalDate from, LocalDate asOf,
      StandingSink sink) {
    evaluate(records, from, asOf, Tracer.NONE, sink);
  }

  /**
   * Decides every unit: on the episodes of the programme open on some day from {@code from} to
   * the as-of date that the measure's episode choice takes, or on each such episode when the
   * measure counts episodes.
   */
  private void evaluate(SubjectRecords records, LocalDate from, LocalDate asOf, Tracer trace,
      StandingSink sink) {
    List<Episode> episodes = records.episodes();
    EpisodeChoice choice = measure.episodeChoice();
    @Nullable Episode chosen = null;
    int candidates = 0;
    boolean others = false;   // an episode begun of another programme
    for (int e = 0; e < episodes.size(); e++) {
      Episode episode = episodes.get(e);
      if (episode.start().isAfter(asOf)) {
        continue;
      }
      if (!episode.programme().equals(measure.programme())) {
        others = true;
      } else if (isOpenFrom(episode, from)) {
        candidates++;
        if (chosen == null || choice.prefers(episode, chosen, from, asOf)) {
          chosen = episode;
        }
      }
    }
    if (chosen == null) {
      return;
    }
    for (int e = 0; others && e < episodes.size(); e++) {
      if (!episodes.get(e).start().isAfter(asOf)) {
        calculator.indicatorsOf(episodes.get(e));   // every episode begun names a known programme
      }
    }
    boolean each = measure.countingUnit() == CountingUnit.EPISODE;
    if (!each && (candidates == 1 || !choice.isEach())) {
      decide(records, chosen, episodes.size() == 1 ? episodes : List.of(chosen), asOf, trace,
          sink);
      return;
    }
    Combiner combiner = each ? null : new Combiner(choice, trace, sink);
    for (Episode episode : episodes) {
      if (episode.programme().equals(measure.programme()) && !episode.start().isAfter(asOf)
          && isOpenFrom(episode, from)) {
        if (combiner == null) {
          decide(records, episode, List.of(episode), asOf, trace, sink);
        } else {
          decide(records, episode, List.of(episode), asOf, combiner.tracer(), combiner);
        }
      }
    }
    if (combiner != null) {
      combiner.finish();
    }
  }

  /** Whether an episode is open on some day from {@code from} on: not ended before it. */
  private static boolean isOpenFrom(Episode episode, LocalDate from) {
    return episode.end().isEmpty() || !episode.end().get().isBefore(from);
  }

  /**
   * Combines each unit's standings in several episodes into one, by the measure's episode choice
   * ({@link EpisodeChoice#ANY} or {@link EpisodeChoice#ALL}), one unit per id and rater in the
   * order first decided; when decisions are recorded, each episode's trace becomes a part of the
   * unit's trace.
   */
  private final class Combiner implements StandingSink {
    private final EpisodeChoice choice;
    private final Tracer outer;
    private final StandingSink sink;
    private final List<String> units = new ArrayList<>();
    private final List<Optional<Rater>> raters = new ArrayList<>();
    private final List<List<Episode>> episodes = new ArrayList<>();
    private final List<Standing> standings = new ArrayList<>();
    private final List<List<Trace>> parts = new ArrayList<>();
    private final @Nullable Recorder recorder;
    /** The rater of the view being decided, as {@link Tracer#unit} tells it. */
    private Optional<Rater> view = Optional.empty();

    Combiner(EpisodeChoice choice, Tracer outer, StandingSink sink) {
      this.choice = choice;
      this.outer = outer;
      this.sink = sink;
      this.recorder = outer instanceof Recorder r ? new Recorder(r.subject) : null;
    }

    /** The tracer of each episode's decisions: a recorder of their traces, or none. */
    Tracer tracer() {
      Recorder parts = recorder;
      return new Tracer() {
        @Override
        public void unit(Episode episode, Optional<Rater> rater) {
          view = rater;
          if (parts != null) {
            parts.unit(episode, rater);
          }
        }

        @Override
        public void excluded(Trace.Exclusion exclusion) {
          if (parts != null) {
            parts.excluded(exclusion);
          }
        }

        @Override
        public void person(int person, RatedAt level) {
          if (parts != null) {
            parts.person(person, level);
          }
        }

        @Override
        public void eligibility(int condition, Trace.Baseline baseline) {
          if (parts != null) {
            parts.eligibility(condition, baseline);
          }
        }

        @Override
        public void verdict(int judged, int person, @Nullable ReviewPair row,
            BetterOffRule.Verdict verdict) {
          if (parts != null) {
            parts.verdict(judged, person, row, verdict);
          }
        }

        @Override
        public void decided(Standing standing) {
          if (parts != null) {
            parts.decided(standing);
          }
        }

        @Override
        public void family(FamilyRule rule, Standing standing) {
          if (parts != null) {
            parts.family(rule, standing);
          }
        }
      };
    }

    @Override
    public void accept(String unitId, List<Episode> judged, Standing standing) {
      int at = 0;
      while (at < units.size()
          && !(units.get(at).equals(unitId) && raters.get(at).equals(view))) {
        at++;
      }
      if (at == units.size()) {
        units.add(unitId);
        raters.add(view);
        episodes.add(new ArrayList<>());
        standings.add(standing);
        parts.add(new ArrayList<>());
      } else {
        standings.set(at, choice.combine(standings.get(at), standing));
      }
      episodes.get(at).addAll(judged);
      Recorder parts = recorder;
      if (parts != null) {
        parts.accept(unitId, judged, standing);
        this.parts.get(at).add(parts.decisions.remove(parts.decisions.size() - 1).trace());
      }
    }

    /** Passes each unit's combined standing on, with its parts' traces when recorded. */
    void finish() {
      for (int u = 0; u < units.size(); u++) {
        if (outer instanceof Recorder r) {
          r.combined(units.get(u), raters.get(u), choice, parts.get(u), standings.get(u));
        } else {
          sink.accept(units.get(u), List.copyOf(episodes.get(u)), standings.get(u));
        }
      }
    }
  }

  /**
   * Decides the units of one episode, once for each rater's view of it; {@code judged} is the
   * episode as a list, for the sink.
   */
  private void decide(SubjectRecords records, Episode episode, List<Episode> judged,
      LocalDate asOf, Tracer trace, StandingSink sink) {
    Subject subject = records.subject();
    List<Review> reviews = records.reviewsOf(episode.id());
    boolean closed = episode.closureReason().isPresent() && episode.end().isPresent()
        && !episode.end().get().isAfter(asOf)
        && measure.excludedClosureReasons().contains(episode.closureReason().get());
    List<Optional<Rater>> views = views(subject, episode, reviews, asOf);
    for (int v = 0; v < views.size(); v++) {
      Optional<Rater> view = views.get(v);
      units(subject, episode, judged, view, rows(subject, episode, reviews, view, asOf), closed,
          trace, sink);
    }
  }

  /**
   * Decides the units the measure counts in an episode as one rater saw it: a child subject is
   * its own one child; a family has its members of the role, or is one family unit.
   */
  private void units(Subject subject, Episode episode, List<Episode> judged,
      Optional<Rater> view, @Nullable ReviewPair[] rows, boolean closed, Tracer trace,
      StandingSink sink) {
    boolean child = subject.kind() == SubjectKind.CHILD;
    CountingUnit counting = measure.countingUnit();
    if (counting == CountingUnit.EPISODE) {
      unit(episode.id(), child ? 0 : FAMILY_UNIT, subject, episode, judged, view, rows, closed,
          trace, sink);
    } else if (counting == CountingUnit.FAMILY) {
      if (!child) {
        unit(subject.id(), FAMILY_UNIT, subject, episode, judged, view, rows, closed, trace,
            sink);
      }
    } else if (child) {
      if (counting == CountingUnit.CHILD) {
        unit(subject.id(), 0, subject, episode, judged, view, rows, closed, trace, sink);
      }
    } else {
      MemberRole role = counting == CountingUnit.CHILD ? MemberRole.CHILD : MemberRole.ADULT;
      for (int k = 0; k < subject.members().size(); k++) {
        if (subject.members().get(k).role() == role) {
          unit(subject.members().get(k).id(), k + 1, subject, episode, judged, view, rows,
              closed, trace, sink);
        }
      }
    }
  }

  /**
   * The raters whose views of the episode are judged: each who rated a needed indicator for
   * anyone, in the order {@link ChangeCalculator#changes} lists them, or one view with no rater
   * when nobody did. A rater the pairing names is every row's rater.
   */
  private List<Optional<Rater>> views(Subject subject, Episode episode, List<Review> reviews,
      LocalDate asOf) {
    List<Optional<Rater>> views = List.of();
    for (Indicator indicator : needed) {
      for (int person = 0; person <= subject.members().size(); person++) {
        if (!ChangeCalculator.rates(subject, indicator, person)) {
          continue;
        }
        if (!named.isEmpty()) {
          return named;
        }
        List<Optional<Rater>> raters = calculator.raters(episode, reviews, indicator.code(),
            ChangeCalculator.member(subject, person), asOf);
        if (raters.get(0).isEmpty()) {
          continue;   // nobody rated it
        }
        if (views.isEmpty()) {
          views = raters;
        } else if (!views.containsAll(raters)) {
          List<Optional<Rater>> more = new ArrayList<>(views);
          for (Optional<Rater> rater : raters) {
            if (!more.contains(rater)) {
              more.add(rater);
            }
          }
          views = more;
        }
      }
    }
    return views.isEmpty() ? NO_RATER : views;
  }

  /**
   * An episode's rows as one rater saw them: for each needed indicator and each person of the
   * subject (the subject itself, then its members), the pair {@link ChangeCalculator} would
   * compute, or null when there is none.
   *
   * @throws ValidationException if a value is off its indicator's scale
   */
  private @Nullable ReviewPair[] rows(Subject subject, Episode episode, List<Review> reviews,
      Optional<Rater> view, LocalDate asOf) {
    int persons = 1 + subject.members().size();
    @Nullable ReviewPair[] rows = new ReviewPair[needed.length * persons];
    for (int i = 0; i < needed.length; i++) {
      Indicator indicator = needed[i];
      for (int person = 0; person < persons; person++) {
        if (!ChangeCalculator.rates(subject, indicator, person)) {
          continue;
        }
        Optional<String> member = ChangeCalculator.member(subject, person);
        @Nullable ReviewPair row = calculator.row(episode, reviews, indicator.code(), member,
            view, asOf);
        if (row != null && (!onScale(indicator, row.startValueOrNull())
            || !onScale(indicator, row.endValueOrNull()))) {
          // The change would be refused: let it say why, as ChangeCalculator's changes do.
          Change.of(subject.id(), episode.id(), indicator, member, raterOf(row, view), row);
        }
        rows[i * persons + person] = row;
      }
    }
    return rows;
  }

  private static boolean onScale(Indicator indicator, @Nullable ScaleValue value) {
    return value == null || indicator.scale().accepts(value);
  }

  /** Whose ratings a row holds: the view's, or no one's. */
  private static Optional<Rater> raterOf(ReviewPair row, Optional<Rater> view) {
    return row == ChangeCalculator.NOBODY ? Optional.empty() : view;
  }

  /**
   * The row of an indicator for a person of a subject with so many persons: their own, or the
   * family's for a family-level indicator.
   */
  private static @Nullable ReviewPair row(@Nullable ReviewPair[] rows, int persons, int row,
      Indicator indicator, int person) {
    return rows[row * persons + (indicator.ratedAt() == RatedAt.FAMILY ? 0 : person)];
  }

  /** Decides one unit: one person, or a family's persons by the family rule. */
  private void unit(String unitId, int person, Subject subject, Episode episode,
      List<Episode> judged, Optional<Rater> view, @Nullable ReviewPair[] rows, boolean closed,
      Tracer trace, StandingSink sink) {
    trace.unit(episode, view);
    Standing standing;
    if (closed) {
      trace.excluded(Trace.Exclusion.EPISODE_CLOSED);
      standing = Standing.EXCLUDED;
    } else if (person == FAMILY_UNIT) {
      standing = family(subject, rows, trace);
    } else {
      standing = person(subject, person, false, rows, trace);
    }
    sink.accept(unitId, judged, standing);
  }

  /**
   * Decides a family by its persons: the family itself for family-level indicators, then, unless
   * only those count, its children for child-level ones and its adults for adult-level ones.
   */
  private Standing family(Subject subject, @Nullable ReviewPair[] rows, Tracer trace) {
    int[] persons = new int[1 + subject.members().size()];
    int count = 0;
    if (levels.contains(RatedAt.FAMILY)) {
      persons[count++] = 0;
    }
    if (measure.familyRule() != FamilyRule.FAMILY_INDICATORS) {
      count = members(subject, MemberRole.CHILD, RatedAt.CHILD, persons, count);
      count = members(subject, MemberRole.ADULT, RatedAt.ADULT, persons, count);
    }
    if (count == 0) {
      trace.excluded(Trace.Exclusion.NOBODY_AT_LEVELS);
      return Standing.EXCLUDED;
    }
    boolean all = measure.familyRule() == FamilyRule.ALL_MEMBERS;
    Standing standing = person(subject, persons[0], true, rows, trace);
    for (int p = 1; p < count; p++) {
      Standing next = person(subject, persons[p], true, rows, trace);
      standing = all ? Standing.allOf(standing, next) : Standing.anyOf(standing, next);
    }
    trace.family(measure.familyRule(), standing);
    return standing;
  }

  /** Adds the members of a role to a family's persons, when the measure judges their level. */
  private int members(Subject subject, MemberRole role, RatedAt level, int[] persons, int count) {
    int added = count;
    for (int k = 0; k < subject.members().size() && levels.contains(level); k++) {
      if (subject.members().get(k).role() == role) {
        persons[added++] = k + 1;
      }
    }
    return added;
  }

  /**
   * Decides one person: eligibility, then each indicator's verdict, then the composite. In a
   * family each indicator belongs to the persons of its level; alone, a child or adult is also
   * judged on family-level indicators, by the family's ratings.
   */
  private Standing person(Subject subject, int person, boolean inFamily,
      @Nullable ReviewPair[] rows, Tracer trace) {
    RatedAt level = level(subject, person);
    trace.person(person, level);
    int persons = 1 + subject.members().size();
    if (conditions.length > 0 && !eligible(persons, person, level, rows, trace)) {
      trace.decided(Standing.NOT_ELIGIBLE);
      return Standing.NOT_ELIGIBLE;
    }
    int applicable = 0;
    int paired = 0;
    int better = 0;
    int worse = 0;
    for (int j = 0; j < judged.length; j++) {
      Indicator indicator = judged[j];
      if (indicator.ratedAt() != level
          && (inFamily || indicator.ratedAt() != RatedAt.FAMILY)) {
        continue;
      }
      @Nullable ReviewPair row = row(rows, persons, judgedRow[j], indicator, person);
      BetterOffRule.Verdict verdict = verdict(indicator, rules[j], deterioration[j], row);
      trace.verdict(j, person, row, verdict);
      applicable += verdict != BetterOffRule.Verdict.NOT_APPLICABLE ? 1 : 0;
      paired += verdict.isPaired() ? 1 : 0;
      better += verdict == BetterOffRule.Verdict.BETTER_OFF ? 1 : 0;
      worse += verdict == BetterOffRule.Verdict.WORSE_OFF ? 1 : 0;
    }
    Standing standing = measure.composite().combine(applicable, paired, better, worse);
    trace.decided(standing);
    return standing;
  }

  /** The level a person is rated at: the subject itself as a child or a family, or a member's. */
  private static RatedAt level(Subject subject, int person) {
    if (person == 0) {
      return subject.kind() == SubjectKind.CHILD ? RatedAt.CHILD : RatedAt.FAMILY;
    }
    return subject.members().get(person - 1).role() == MemberRole.CHILD ? RatedAt.CHILD
        : RatedAt.ADULT;
  }

  /** Tests the eligibility conditions in order, up to the first that is not met. */
  private boolean eligible(int persons, int person, RatedAt level, @Nullable ReviewPair[] rows,
      Tracer trace) {
    for (int i = 0; i < conditions.length; i++) {
      Trace.Baseline baseline = baseline(i, persons, person, level, rows);
      trace.eligibility(i, baseline);
      if (baseline != Trace.Baseline.MET) {
        return false;
      }
    }
    return true;
  }

  /**
   * The verdict on one indicator's row: its reason when unpaired, else the rule's judgement, with
   * worse off judged by the measure's deterioration rule when it overrides the rule's mirror.
   */
  private static BetterOffRule.Verdict verdict(Indicator indicator, BetterOffRule rule,
      @Nullable Deterioration deterioration, @Nullable ReviewPair row) {
    if (row == null) {
      return BetterOffRule.Verdict.NOT_PAIRED;
    }
    @Nullable UnpairedReason reason = row.reasonOrNull();
    if (reason != null) {
      return BetterOffRule.Verdict.of(reason);
    }
    return deterioration == null
        ? rule.judge(indicator, row.startValueOrNull(), row.endValueOrNull())
        : deterioration.judge(rule, indicator, row.startValueOrNull(), row.endValueOrNull());
  }

  /**
   * Tests an eligibility condition on a person's baseline: their own, the family's for a
   * family-level condition, and for the family as a whole any member's.
   */
  private Trace.Baseline baseline(int i, int persons, int person, RatedAt level,
      @Nullable ReviewPair[] rows) {
    BaselineCondition condition = conditions[i];
    Indicator indicator = conditionIndicators[i];
    if (level == RatedAt.FAMILY && indicator.ratedAt() != RatedAt.FAMILY) {
      boolean rated = false;
      for (int member = 1; member < persons; member++) {
        @Nullable ReviewPair row = rows[conditionRow[i] * persons + member];
        @Nullable ScaleValue start = row == null ? null : row.startValueOrNull();
        if (start != null) {
          rated = true;
          if (condition.test(indicator, start)) {
            return Trace.Baseline.MET;
          }
        }
      }
      return rated ? Trace.Baseline.NOT_MET : Trace.Baseline.NO_BASELINE;
    }
    @Nullable ReviewPair row = row(rows, persons, conditionRow[i], indicator, person);
    @Nullable ScaleValue start = row == null ? null : row.startValueOrNull();
    return start == null ? Trace.Baseline.NO_BASELINE
        : condition.test(indicator, start) ? Trace.Baseline.MET : Trace.Baseline.NOT_MET;
  }

  /**
   * Receives the steps of a decision as they are taken. The report card's path passes {@link
   * #NONE}, which records nothing; {@link #decide} passes a {@link Recorder}.
   */
  private interface Tracer {
    Tracer NONE = new Tracer() {};

    /** A unit's decision begins, on an episode as one rater saw it. */
    default void unit(Episode episode, Optional<Rater> view) {}

    /** The unit is excluded before anyone is judged. */
    default void excluded(Trace.Exclusion exclusion) {}

    /** A person's decision begins. */
    default void person(int person, RatedAt level) {}

    /** The person's baseline was tested on the i-th condition. */
    default void eligibility(int condition, Trace.Baseline baseline) {}

    /** The j-th judged indicator's verdict for the person, on its row (or none). */
    default void verdict(int judged, int person, @Nullable ReviewPair row,
        BetterOffRule.Verdict verdict) {}

    /** The person's decision ends. */
    default void decided(Standing standing) {}

    /** The family rule combined the family's persons. */
    default void family(FamilyRule rule, Standing standing) {}
  }

  /** Records the steps as each unit's {@link Trace}, and its {@link Decision} at the end. */
  private final class Recorder implements Tracer, StandingSink {
    final Subject subject;
    final List<Decision> decisions = new ArrayList<>();
    @Nullable Episode episode;   // set as each unit begins
    Optional<Rater> view = Optional.empty();
    Optional<Trace.Exclusion> exclusion = Optional.empty();
    Optional<FamilyRule> familyRule = Optional.empty();
    final List<Trace.Person> persons = new ArrayList<>();
    // The person being decided.
    RatedAt level = RatedAt.CHILD;
    Optional<String> member = Optional.empty();
    final List<Trace.Eligibility> eligibility = new ArrayList<>();
    final List<Trace.Judgement> judgements = new ArrayList<>();

    Recorder(Subject subject) {
      this.subject = subject;
    }

    @Override
    public void unit(Episode episode, Optional<Rater> view) {
      this.episode = episode;
      this.view = view;
      exclusion = Optional.empty();
      familyRule = Optional.empty();
      persons.clear();
    }

    @Override
    public void excluded(Trace.Exclusion exclusion) {
      this.exclusion = Optional.of(exclusion);
    }

    @Override
    public void person(int person, RatedAt level) {
      this.level = level;
      member = ChangeCalculator.member(subject, person);
      eligibility.clear();
      judgements.clear();
    }

    @Override
    public void eligibility(int condition, Trace.Baseline baseline) {
      eligibility.add(new Trace.Eligibility(conditions[condition],
          conditionIndicators[condition], baseline));
    }

    @Override
    public void verdict(int judged, int person, @Nullable ReviewPair row,
        BetterOffRule.Verdict verdict) {
      Indicator indicator = BetterOffEvaluator.this.judged[judged];
      Optional<Change> change = row == null ? Optional.empty()
          : Optional.of(Change.of(subject.id(), Objects.requireNonNull(episode).id(), indicator,
              indicator.ratedAt() == RatedAt.FAMILY ? Optional.empty()
                  : ChangeCalculator.member(subject, person), raterOf(row, view), row));
      judgements.add(new Trace.Judgement(indicator, change, rules[judged], verdict));
    }

    @Override
    public void decided(Standing standing) {
      persons.add(new Trace.Person(level, member, eligibility, judgements, standing));
    }

    @Override
    public void family(FamilyRule rule, Standing standing) {
      familyRule = Optional.of(rule);
    }

    @Override
    public void accept(String unitId, List<Episode> judged, Standing standing) {
      decisions.add(new Decision(measure.code(), measure.countingUnit(), unitId, subject.id(),
          new Trace(Objects.requireNonNull(episode), view, exclusion, persons,
              measure.composite(), familyRule, standing, Optional.empty(), List.of())));
    }

    /** Records a unit judged on each of several episodes, from each episode's trace. */
    void combined(String unitId, Optional<Rater> rater, EpisodeChoice choice, List<Trace> parts,
        Standing standing) {
      // The unit's episode is its latest judged, as {@link EpisodeChoice#LATEST} would take.
      Trace latest = parts.get(0);
      for (Trace part : parts) {
        if (EpisodeChoice.LATEST.prefers(part.episode(), latest.episode(), LocalDate.MIN,
            LocalDate.MAX)) {
          latest = part;
        }
      }
      decisions.add(new Decision(measure.code(), measure.countingUnit(), unitId, subject.id(),
          new Trace(latest.episode(), rater, Optional.empty(), List.of(), measure.composite(),
              Optional.empty(), standing, Optional.of(choice), parts)));
    }
  }

  @Override
  public String toString() {
    return "BetterOffEvaluator[" + framework.code() + ", " + measure + "]";
  }
}
