package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.SubjectRecords;

/**
 * A measure bound to a framework, checked once: a pure function from one subject's records to
 * its units, which an {@link Evaluation} reads subject after subject.
 */
@FunctionalInterface
interface Bound {
  /**
   * Returns what one subject's units add to the measure in a period.
   *
   * @param records the subject's records
   * @param period the reporting period
   * @param asOf the as-of date: nothing later is seen
   * @return the contributions, one per unit; empty if the subject has none in the period
   * @throws ValidationException if the records do not fit the framework, such as a rated value
   *     off its indicator's scale
   */
  List<Contribution> contributions(SubjectRecords records, ReportingPeriod period,
      LocalDate asOf);

  /**
   * Passes what one subject's units add to the measure to a sink, one call per unit, in the
   * order of {@link #contributions}: the way an {@link Evaluation} reads a measure, which a
   * measure may implement without building a list or a {@link Contribution} per unit. Every call
   * of the sink happens on the calling thread before this method returns, and no reference to
   * the sink is kept: an evaluation reuses one sink for subject after subject.
   *
   * @throws ValidationException as {@link #contributions}
   */
  default void contribute(SubjectRecords records, ReportingPeriod period, LocalDate asOf,
      UnitSink sink) {
    for (Contribution contribution : contributions(records, period, asOf)) {
      sink.accept(contribution.tally(), contribution.member(), contribution.episodes());
    }
  }

  /** Receives one unit's contribution: a {@link Contribution}'s parts. Need not be thread-safe. */
  @FunctionalInterface
  interface UnitSink {
    /**
     * Receives one unit's contribution.
     *
     * @param tally the unit's tally
     * @param member the member the unit is, if it is one of a family
     * @param episodes the episodes whose breakdown keys the unit counts under, at least one
     */
    void accept(Tally tally, Optional<Member> member, List<Episode> episodes);
  }

  /**
   * Binds a definition to a framework.
   *
   * @throws ValidationException listing every way the definition does not fit the framework
   */
  static Bound of(MeasureDefinition measure, OutcomesFramework framework) {
    List<Problem> problems = measure.problems(framework);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    if (measure instanceof CountMeasure count) {
      return count.bind(framework);
    } else if (measure instanceof ProcessMeasure process) {
      return process.bind(framework);
    } else if (measure instanceof BetterOffDefinition betterOff) {
      return betterOff.bind(framework);
    } else if (measure instanceof BaselineProfile profile) {
      return profile.bind(framework);
    }
    return ((TransitionMeasure) measure).bind(framework);
  }

  /**
   * The subject's episodes of a programme that are open on some day of the period up to the
   * as-of date, in the order given.
   */
  static List<Episode> episodesIn(SubjectRecords records, String programme,
      ReportingPeriod period, LocalDate asOf) {
    LocalDate last = lastDay(period, asOf);
    List<Episode> found = new ArrayList<>();
    for (Episode episode : records.episodes()) {
      if (episode.programme().equals(programme) && !episode.start().isAfter(last)
          && episode.end().map(end -> !end.isBefore(period.start())).orElse(true)) {
        found.add(episode);
      }
    }
    return found;
  }

  /** The last day a measure sees: the period's end, or the as-of date if earlier. */
  static LocalDate lastDay(ReportingPeriod period, LocalDate asOf) {
    return period.end().isBefore(asOf) ? period.end() : asOf;
  }

  /** The problem of a definition naming a programme the framework lacks, if it does. */
  static List<Problem> programmeProblems(MeasureDefinition definition,
      OutcomesFramework framework) {
    List<Problem> problems = new ArrayList<>();
    if (framework.programme(definition.programme()).isEmpty()) {
      problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
          Item.of(Item.MEASURE, definition.code()), "programme",
          "a programme of framework " + Redaction.quote(framework.code()),
          Redaction.code(definition.programme())));
    }
    return problems;
  }
}
