package org.obaframework.core.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.Change;
import org.obaframework.core.change.ChangeCalculator;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;

/**
 * A change profile of one indicator: for an ordinal or binary indicator the transition matrix
 * from the baseline level to the later level (whose margins are the two distributions), for a
 * numeric one a {@link Summary} of the differences in the polarity's direction.
 *
 * <pre>{@code
 * TransitionMeasure.of("IFS-RISK-MOVES", Label.of("Risk of entering care, baseline to latest"),
 *     "IFS", "RISK-CARE", Pairing.latest());
 * }</pre>
 *
 * <p>Each paired change of the indicator (per person, by the one rater the pairing names) on the
 * latest episode open in the period counts once: a profile of paired changes, whose number not
 * paired the better-off measures report; a binary scale's levels are {@code no} and {@code yes}. Immutable and
 * thread-safe.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param programme the programme's code
 * @param indicator the indicator's code
 * @param pairing which reviews are compared
 */
public record TransitionMeasure(String code, Label name, String programme, String indicator,
    Pairing pairing) implements MeasureDefinition {
  /**
   * Checks the codes.
   *
   * @throws ValidationException if a code is malformed
   */
  public TransitionMeasure {
    Checks.code(Item.of(Item.MEASURE), "code", code);
    Checks.code(Item.of(Item.MEASURE, code), "programme", programme);
    Checks.code(Item.of(Item.MEASURE, code), "indicator", indicator);
  }

  /**
   * Returns a change profile measure.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param indicator the indicator's code
   * @param pairing which reviews are compared
   * @return the definition
   * @throws ValidationException if a code is malformed
   */
  public static TransitionMeasure of(String code, Label name, String programme, String indicator,
      Pairing pairing) {
    return new TransitionMeasure(code, name, programme, indicator, pairing);
  }

  @Override
  public Section section() {
    return Section.CHANGE_PROFILE;
  }

  @Override
  public Tally empty(OutcomesFramework framework) {
    Indicator found = framework.indicator(indicator).orElseThrow(() -> new ValidationException(
        problems(framework)));
    List<String> levels = levels(found);
    return levels.isEmpty() ? Summary.EMPTY : Transitions.empty(levels);
  }

  private static List<String> levels(Indicator indicator) {
    if (indicator.scale() instanceof OrdinalScale) {
      return ((OrdinalScale) indicator.scale()).levels().stream().map(OrdinalLevel::code)
          .toList();
    }
    return indicator.scale() instanceof BinaryScale ? List.of("no", "yes") : List.of();
  }

  @Override
  public List<Problem> problems(OutcomesFramework framework) {
    List<Problem> problems = MeasureDefinition.programmeProblems(this, framework);
    if (pairing.raters().isEachSeparately()) {
      // Each rater's view would count the same person's change again.
      problems.add(Problem.of(ProblemType.UNSUPPORTED_CHOICE,
          Item.of(Item.MEASURE, code), "pairing.raters",
          "one named rater, such as RaterChoice.only(Rater.PRACTITIONER), so that each change "
              + "counts once", "EACH_SEPARATELY"));
    }
    framework.programme(programme).ifPresent(p -> {
      if (!p.indicators().contains(indicator)) {
        problems.add(Problem.of(ProblemType.INDICATOR_NOT_IN_PROGRAMME,
            Item.of(Item.MEASURE, code), "indicator",
            "an indicator of programme " + Redaction.quote(programme) + ", "
                + Checks.oneOf(p.indicators()), Redaction.code(indicator)));
      }
    });
    return problems;
  }

  @Override
  public Bound bind(OutcomesFramework framework) {
    MeasureDefinition.check(problems(framework));
    Indicator found = framework.indicator(indicator).orElseThrow();
    List<String> levels = levels(found);
    ChangeCalculator calculator = ChangeCalculator.of(framework, pairing);
    return (records, period, asOf) -> {
      Optional<Episode> latest = MeasureDefinition.episodesIn(records, programme, period, asOf)
          .stream().max(Comparator.comparing(Episode::start).thenComparing(Episode::id));
      if (latest.isEmpty()) {
        return List.of();
      }
      List<Contribution> out = new ArrayList<>();
      for (Change change : calculator.changes(records, MeasureDefinition.lastDay(period, asOf),
          java.util.Set.of(indicator))) {
        if (!change.episode().equals(latest.get().id())
            || !change.indicator().code().equals(indicator) || !change.isPaired()) {
          continue;
        }
        Tally tally = levels.isEmpty()
            ? Summary.of(change.difference().getAsDouble())
            : Transitions.empty(levels).plus(level(found, change.startValue().orElseThrow()),
                level(found, change.endValue().orElseThrow()));
        out.add(new Contribution(tally,
            change.member().flatMap(m -> records.subject().member(m)), List.of(latest.get())));
      }
      return out;
    };
  }

  private static String level(Indicator indicator, ScaleValue value) {
    if (indicator.scale() instanceof OrdinalScale) {
      return ((OrdinalScale) indicator.scale()).level(value).orElseThrow().code();
    }
    return value.toString();
  }
}
