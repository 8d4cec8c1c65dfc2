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
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.SubjectRecords;

/**
 * The definition, as data, of how a performance measure is computed from records: How much
 * ({@link CountMeasure}), How well ({@link ProcessMeasure}), Is anyone better off ({@link
 * BetterOffDefinition}), a baseline profile ({@link BaselineProfile}), or a change profile
 * ({@link TransitionMeasure}).
 *
 * <p>Its code usually names a {@link org.obaframework.core.framework.PerformanceMeasure} of the
 * framework, which gives the measure's role on the report card. Implementations are immutable
 * and thread-safe.
 */
public sealed interface MeasureDefinition permits CountMeasure, ProcessMeasure,
    BetterOffDefinition, BaselineProfile, TransitionMeasure {

  /**
   * Returns the measure's code.
   *
   * @return the code
   */
  String code();

  /**
   * Returns the measure's name, as the report card shows it.
   *
   * @return the name
   */
  Label name();

  /**
   * Returns the code of the programme whose episodes the measure reads.
   *
   * @return the programme's code
   */
  String programme();

  /**
   * Returns the report card section the measure belongs to.
   *
   * @return the section
   */
  Section section();

  /**
   * Returns the tally of no unit: a zero count, an empty proportion, an empty matrix.
   *
   * @param framework the framework, which gives the levels of a transition matrix
   * @return the empty tally
   */
  Tally empty(OutcomesFramework framework);

  /**
   * Returns every way the definition does not fit a framework.
   *
   * @param framework the framework
   * @return the problems; empty if it fits
   */
  List<Problem> problems(OutcomesFramework framework);

  /**
   * Binds the definition to a framework, checked once, for evaluating subject after subject.
   *
   * @param framework the framework
   * @return the bound measure
   * @throws ValidationException listing every way the definition does not fit the framework
   */
  Bound bind(OutcomesFramework framework);

  /** A measure bound to a framework: a pure function from one subject's records to its units. */
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
     * measure may implement without building a list or a {@link Contribution} per unit.
     *
     * <pre>{@code
     * List<Tally> tallies = new ArrayList<>();
     * bound.contribute(records, period, asOf, (tally, member, episodes) -> tallies.add(tally));
     * }</pre>
     *
     * <p>Every call of the sink happens on the calling thread before this method returns, and
     * no reference to the sink is kept: an evaluation reuses one sink for subject after subject.
     *
     * @param records the subject's records
     * @param period the reporting period
     * @param asOf the as-of date: nothing later is seen
     * @param sink receives each unit's contribution
     * @throws ValidationException if the records do not fit the framework, such as a rated value
     *     off its indicator's scale
     */
    default void contribute(SubjectRecords records, ReportingPeriod period, LocalDate asOf,
        UnitSink sink) {
      for (Contribution contribution : contributions(records, period, asOf)) {
        sink.accept(contribution.tally(), contribution.member(), contribution.episodes());
      }
    }
  }

  /**
   * Receives one unit's contribution to a measure: a {@link Contribution}'s parts, as {@link
   * Bound#contribute} passes them.
   *
   * <p>Implementations need not be thread-safe: each call of {@code contribute} calls its sink on
   * its own thread, and only until it returns.
   */
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
   * Returns the subject's episodes of a programme that are open on some day of the period up to
   * the as-of date.
   *
   * @param records the subject's records
   * @param programme the programme's code
   * @param period the reporting period
   * @param asOf the as-of date
   * @return the episodes, in the order given
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

  /**
   * Returns the last day a measure sees: the period's end, or the as-of date if earlier.
   *
   * @param period the reporting period
   * @param asOf the as-of date
   * @return the earlier of the two
   */
  static LocalDate lastDay(ReportingPeriod period, LocalDate asOf) {
    return period.end().isBefore(asOf) ? period.end() : asOf;
  }

  /** The problem of a definition naming a programme the framework lacks, if it does. */
  static List<Problem> programmeProblems(MeasureDefinition definition,
      OutcomesFramework framework) {
    if (framework.programme(definition.programme()).isPresent()) {
      return new ArrayList<>();
    }
    List<Problem> problems = new ArrayList<>();
    problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
        Item.of(Item.MEASURE, definition.code()), "programme",
        "a programme of framework " + Redaction.quote(framework.code()),
        Redaction.code(definition.programme())));
    return problems;
  }

  /** Throws the problems, if any. */
  static void check(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }
}
