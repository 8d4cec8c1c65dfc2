package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.BetterOffEvaluator;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.SubjectRecords;

/**
 * Is anyone better off? A {@link BetterOffMeasure} as a report card measure: the number better
 * off is the numerator, the percent is numerator over denominator.
 *
 * <pre>{@code
 * BetterOffDefinition.of(Label.of("Families in a stable tenancy"), stableTenancy);
 * }</pre>
 *
 * <p>Each unit is decided as of the period's end (or the as-of date if earlier), on the episodes
 * of the programme open in the period that its measure's {@link
 * org.obaframework.core.change.EpisodeChoice} takes (the latest by default), and is placed in
 * breakdowns by those episodes. Its standing counts once in the total: in the numerator when
 * better off, and in the denominator as better off, no change or deteriorated. The measure's
 * pairing must name one rater, so that each unit counts once; compare views with one measure per
 * rater. Immutable and thread-safe.
 *
 * @param name the measure's name
 * @param measure the better-off measure
 */
public record BetterOffDefinition(Label name, BetterOffMeasure measure)
    implements MeasureDefinition {
  /**
   * Returns a better-off measure for the report card.
   *
   * @param name the measure's name
   * @param measure the better-off measure
   * @return the definition
   */
  public static BetterOffDefinition of(Label name, BetterOffMeasure measure) {
    return new BetterOffDefinition(name, measure);
  }

  @Override
  public String code() {
    return measure.code();
  }

  @Override
  public String programme() {
    return measure.programme();
  }

  @Override
  public Section section() {
    return Section.BETTER_OFF;
  }

  @Override
  public Tally empty(OutcomesFramework framework) {
    return Proportion.EMPTY;
  }

  @Override
  public List<Problem> problems(OutcomesFramework framework) {
    List<Problem> problems = new ArrayList<>(measure.problems(framework));
    if (measure.pairing().raters().isEachSeparately()) {
      // Each rater's view would count the same child or family again in one denominator.
      problems.add(Problem.of(ProblemType.UNSUPPORTED_CHOICE,
          Item.of(Item.BETTER_OFF_MEASURE, measure.code()), "pairing.raters",
          "one named rater, such as RaterChoice.only(Rater.PRACTITIONER), since a report card "
              + "counts each unit once (make one measure per rater to compare views)",
          "EACH_SEPARATELY"));
    }
    return problems;
  }

  /** Binds the measure to a framework it fits. */
  Bound bind(OutcomesFramework framework) {
    return new BoundMeasure(BetterOffEvaluator.of(framework, measure),
        measure.countingUnit() == CountingUnit.CHILD
            || measure.countingUnit() == CountingUnit.ADULT);
  }

  /**
   * The measure bound: each unit's standing, not its decision, as a report card needs no change
   * or explanation; contributed without a list or a {@link Contribution} per unit.
   */
  private static final class BoundMeasure implements Bound {
    private final BetterOffEvaluator evaluator;
    /** Whether a unit is a member of its subject (a child or an adult), not the subject. */
    private final boolean member;

    BoundMeasure(BetterOffEvaluator evaluator, boolean member) {
      this.evaluator = evaluator;
      this.member = member;
    }

    @Override
    public List<Contribution> contributions(SubjectRecords records, ReportingPeriod period,
        LocalDate asOf) {
      List<Contribution> out = new ArrayList<>(1);
      contribute(records, period, asOf, (tally, unit, episodes) ->
          out.add(new Contribution(tally, unit, episodes)));
      return out;
    }

    @Override
    public void contribute(SubjectRecords records, ReportingPeriod period, LocalDate asOf,
        UnitSink sink) {
      evaluator.standings(records, period.start(), Bound.lastDay(period, asOf),
          (unitId, episodes, standing) -> sink.accept(Proportion.of(standing),
              member ? records.subject().member(unitId) : Optional.empty(), episodes));
    }
  }
}
