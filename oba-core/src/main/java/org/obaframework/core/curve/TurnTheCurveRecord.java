package org.obaframework.core.curve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;

/**
 * A turn-the-curve record for one performance measure or population indicator, as of a date: the
 * story behind the baseline (the factors contributing to and restricting it), the partners with a
 * role to play, what works (marking the no-cost and low-cost ideas) and the action plan.
 *
 * <pre>{@code
 * TurnTheCurveRecord march = TurnTheCurveRecord.builder()
 *     .subject("CYP-REL-POVERTY")
 *     .subjectKind(CurveSubjectKind.POPULATION_INDICATOR)
 *     .asOf(LocalDate.of(2026, 3, 31))
 *     .addContributingFactors("Low take-up of free school meals")
 *     .addRestrictingFactors("Rising rents in the private sector")
 *     .addPartners(Partner.of("WG", Label.of("Welsh Government"), "Anti-poverty strategy"))
 *     .addIdeas(Idea.of("Benefit checks at every assessment", Cost.NO_COST))
 *     .addActions(Action.of("Add a benefit check to the assessment", "Family support lead",
 *         LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), ActionStatus.IN_PROGRESS))
 *     .build();
 * march.overdueActions(LocalDate.of(2026, 4, 1));   // the benefit check action
 * TurnTheCurveRecord.latest(versions, "CYP-REL-POVERTY", LocalDate.of(2026, 4, 30));
 * }</pre>
 *
 * <p>Records are versioned by date: a later review of the curve is a new record for the same
 * subject with a later {@link #asOf()}, and {@link #latest} finds the version in force on a day.
 * A builder's {@code from(record)} starts the next version from the last.
 *
 * <p>The factors, ideas and actions are professionals' free text, which may mention local
 * circumstances; {@code toString} prints only the subject, the date and counts. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class TurnTheCurveRecord {
  TurnTheCurveRecord() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the code of the measure or indicator whose curve this record is about.
   *
   * @return the code
   */
  public abstract String subject();

  /**
   * Returns whether the subject is a performance measure or a population indicator.
   *
   * @return the kind
   */
  public abstract CurveSubjectKind subjectKind();

  /**
   * Returns the date of this version of the record.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the story behind the baseline: factors pushing the curve the right way.
   *
   * @return the factors, in the order given; free text
   */
  public abstract List<String> contributingFactors();

  /**
   * Returns the story behind the baseline: factors holding the curve back.
   *
   * @return the factors, in the order given; free text
   */
  public abstract List<String> restrictingFactors();

  /**
   * Returns the partners with a role to play in turning the curve. They are kept whole, not as
   * codes, so that a record about a performance measure stands without a {@link
   * PopulationAccountability}.
   *
   * @return the partners, in the order given
   */
  public abstract List<Partner> partners();

  /**
   * Returns what works: the ideas considered.
   *
   * @return the ideas, in the order given
   */
  public abstract List<Idea> ideas();

  /**
   * Returns the action plan.
   *
   * @return the actions, in the order given
   */
  public abstract List<Action> actions();

  /**
   * Returns the ideas that cost nothing or little, which can start at once.
   *
   * @return the ideas of {@link Cost#NO_COST} or {@link Cost#LOW_COST}, in the order given
   */
  public List<Idea> noOrLowCostIdeas() {
    List<Idea> found = new ArrayList<>();
    for (Idea idea : ideas()) {
      if (idea.isNoOrLowCost()) {
        found.add(idea);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the actions overdue on a day: still planned or in progress, and due before it.
   *
   * @param today the day to judge by; oba reads no clock
   * @return the overdue actions, in the order given
   * @see Action#isOverdue(LocalDate)
   */
  public List<Action> overdueActions(LocalDate today) {
    List<Action> found = new ArrayList<>();
    for (Action action : actions()) {
      if (action.isOverdue(today)) {
        found.add(action);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the version of a subject's record in force on a day: of the versions about {@code
   * subject}, the one with the latest {@link #asOf()} on or before {@code asOf}. The order of
   * {@code versions} does not matter, and versions about other subjects are ignored.
   *
   * <pre>{@code
   * // versions of CYP-REL-POVERTY as of 2025-09-30 and 2026-03-31
   * latest(versions, "CYP-REL-POVERTY", LocalDate.of(2026, 1, 1));   // the 2025-09-30 version
   * latest(versions, "CYP-REL-POVERTY", LocalDate.of(2025, 1, 1));   // empty: none yet
   * }</pre>
   *
   * @param versions records of any subjects, in any order
   * @param subject the code of the measure or indicator
   * @param asOf the day
   * @return the version in force, or empty if the subject had none on or before that day
   * @throws ValidationException if two versions about the subject share the date of the version
   *     in force, so that which is in force is ambiguous
   */
  public static Optional<TurnTheCurveRecord> latest(
      List<TurnTheCurveRecord> versions, String subject, LocalDate asOf) {
    return latest(versions, subject, Optional.empty(), asOf);
  }

  /**
   * Returns the version in force on a day for a subject of one kind: a performance measure and a
   * population indicator may share a code.
   *
   * @param versions records of any subjects, in any order
   * @param subject the code of the measure or indicator
   * @param kind whether the subject is a performance measure or a population indicator
   * @param asOf the day
   * @return the version in force, or empty if the subject had none on or before that day
   * @throws ValidationException if two versions about the subject share the date of the version
   *     in force
   */
  public static Optional<TurnTheCurveRecord> latest(List<TurnTheCurveRecord> versions,
      String subject, CurveSubjectKind kind, LocalDate asOf) {
    return latest(versions, subject, Optional.of(kind), asOf);
  }

  private static Optional<TurnTheCurveRecord> latest(List<TurnTheCurveRecord> versions,
      String subject, Optional<CurveSubjectKind> kind, LocalDate asOf) {
    TurnTheCurveRecord best = null;
    int sameDate = 0;
    for (TurnTheCurveRecord version : versions) {
      if (!version.subject().equals(subject) || version.asOf().isAfter(asOf)
          || kind.isPresent() && version.subjectKind() != kind.get()) {
        continue;
      }
      if (best == null || version.asOf().isAfter(best.asOf())) {
        best = version;
        sameDate = 1;
      } else if (version.asOf().equals(best.asOf())) {
        sameDate++;
      }
    }
    if (sameDate > 1) {
      // Two versions of one date would make the answer depend on the order of the list.
      throw Checks.fail(ProblemType.DUPLICATE_CODE,
          Item.of("turn-the-curve record", subject), "asOf",
          "one version per subject and date", sameDate + " versions as of " + best.asOf());
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the problems of the subject's reference: a performance measure the framework lacks,
   * or a population indicator the population accountability lacks, whichever the kind says.
   *
   * @param framework the framework the performance measures belong to
   * @param population the population accountability the indicators belong to
   * @return the problem, or an empty list when the subject exists
   */
  public List<Problem> problems(OutcomesFramework framework, PopulationAccountability population) {
    boolean measure = subjectKind() == CurveSubjectKind.PERFORMANCE_MEASURE;
    boolean exists = measure
        ? framework.measure(subject()).isPresent()
        : population.indicator(subject()).isPresent();
    if (exists) {
      return List.of();
    }
    Set<String> known = new LinkedHashSet<>();
    if (measure) {
      framework.measures().forEach(m -> known.add(m.code()));
    } else {
      population.indicators().forEach(i -> known.add(i.code()));
    }
    String expected = (measure
        ? "a performance measure of framework " + Redaction.quote(framework.code())
        : "a population indicator of " + Redaction.quote(population.code()))
        + ", " + Checks.oneOf(known);
    return List.of(Problem.of(ProblemType.UNKNOWN_REFERENCE, location(), "subject", expected,
        Redaction.code(subject())));
  }

  private Item location() {
    return Item.of("turn-the-curve record", subject()).noting("as of " + asOf());
  }

  @Value.Check
  void check() {
    Checks.code(Item.of("turn-the-curve record"), "subject", subject());
    Item location = location();
    for (int i = 0; i < contributingFactors().size(); i++) {
      Checks.text(location, "contributingFactors[" + i + "]", contributingFactors().get(i));
    }
    for (int i = 0; i < restrictingFactors().size(); i++) {
      Checks.text(location, "restrictingFactors[" + i + "]", restrictingFactors().get(i));
    }
    Set<String> partners = new HashSet<>();
    for (int i = 0; i < partners().size(); i++) {
      String code = partners().get(i).code();
      if (!partners.add(code)) {
        throw Checks.fail(ProblemType.DUPLICATE_CODE, location, "partners[" + i + "].code",
            "a code used by no other partner", "a second partner coded " + Redaction.code(code));
      }
    }
  }

  /** Returns the subject, its kind, the date and counts; never the free text. */
  @Override
  public String toString() {
    return "TurnTheCurveRecord[" + subject() + " (" + subjectKind() + ") as of " + asOf() + ": "
        + contributingFactors().size() + " contributing and " + restrictingFactors().size()
        + " restricting factors, " + partners().size() + " partners, " + ideas().size()
        + " ideas (" + noOrLowCostIdeas().size() + " no or low cost), " + actions().size()
        + " actions]";
  }

  /**
   * Builds a turn-the-curve record; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when subject, subject kind or date is not set,
   * and a {@link ValidationException} when the subject code is malformed, a factor blank or a
   * partner repeated.
   */
  public static final class Builder extends ImmutableTurnTheCurveRecord.Builder {
    Builder() {}
  }
}
