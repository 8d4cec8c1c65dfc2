package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.Change;
import org.obaframework.core.change.ChangeCalculator;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.SubjectKind;

/**
 * A baseline profile: the proportion of children, families or adults whose baseline rating meets
 * a condition, such as "families already evicted" or "children at high or medium risk of entering
 * care".
 *
 * <pre>{@code
 * BaselineProfile.of("IFS-EVICTED", Label.of("Families already evicted"), "IFS",
 *     CountingUnit.FAMILY, BaselineCondition.is("EVICTED", true));
 * BaselineProfile.of("IFS-SCHOOL", Label.of("Families with school problems"), "IFS",
 *     CountingUnit.FAMILY, BaselineCondition.is("SCHOOL-PROBLEM", true));  // any child
 * }</pre>
 *
 * <p>The denominator is the units with a baseline rating of the condition's indicator (on their
 * latest episode of the programme open in the period); units without one are counted as not
 * paired (not assessed at baseline). A family meets a condition on a member-level indicator when
 * any member does. When several raters rated the baseline, the earliest rating counts. Immutable
 * and thread-safe.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param programme the programme's code
 * @param unit children, families or adults
 * @param condition the condition on the baseline rating
 */
public record BaselineProfile(String code, Label name, String programme, CountingUnit unit,
    BaselineCondition condition) implements MeasureDefinition {
  /**
   * Checks the codes and the unit.
   *
   * @throws ValidationException if a code is malformed or the unit is an episode or a review
   */
  public BaselineProfile {
    Checks.code(Item.of(Item.MEASURE), "code", code);
    Checks.code(Item.of(Item.MEASURE, code), "programme", programme);
    if (unit == CountingUnit.EPISODE || unit == CountingUnit.REVIEW) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of(Item.MEASURE, code),
          "unit", "CHILD, FAMILY or ADULT", unit.toString());
    }
  }

  /**
   * Returns a baseline profile measure.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param unit children, families or adults
   * @param condition the condition on the baseline rating
   * @return the definition
   * @throws ValidationException if a code is malformed or the unit is an episode or a review
   */
  public static BaselineProfile of(String code, Label name, String programme, CountingUnit unit,
      BaselineCondition condition) {
    return new BaselineProfile(code, name, programme, unit, condition);
  }

  @Override
  public Section section() {
    return Section.BASELINE_PROFILE;
  }

  @Override
  public Tally empty(OutcomesFramework framework) {
    return Proportion.EMPTY;
  }

  @Override
  public List<Problem> problems(OutcomesFramework framework) {
    List<Problem> problems = MeasureDefinition.programmeProblems(this, framework);
    Optional<Programme> programme = framework.programme(programme());
    if (programme.isPresent() && !programme.get().indicators().contains(condition.indicator())) {
      problems.add(Problem.of(ProblemType.INDICATOR_NOT_IN_PROGRAMME,
          Item.of(Item.MEASURE, code), "condition.indicator",
          "an indicator of programme " + Redaction.quote(programme()) + ", "
              + Checks.oneOf(programme.get().indicators()),
          Redaction.code(condition.indicator())));
    } else {
      // The condition's problems name their field within the measure.
      framework.indicator(condition.indicator()).ifPresent(indicator ->
          condition.problemsFor(indicator).forEach(p -> problems.add(p
              .withField("condition." + p.field()).within(Item.of(Item.MEASURE, code)))));
    }
    return problems;
  }

  @Override
  public Bound bind(OutcomesFramework framework) {
    MeasureDefinition.check(problems(framework));
    Indicator indicator = framework.indicator(condition.indicator()).orElseThrow();
    ChangeCalculator calculator = ChangeCalculator.of(framework, Pairing.latest());
    return (records, period, asOf) -> {
      Optional<Episode> latest = MeasureDefinition.episodesIn(records, programme, period, asOf)
          .stream().max(Comparator.comparing(Episode::start).thenComparing(Episode::id));
      if (latest.isEmpty()) {
        return List.of();
      }
      Episode episode = latest.get();
      List<Change> rows = new ArrayList<>();
      for (Change change : calculator.changes(records, MeasureDefinition.lastDay(period, asOf),
          java.util.Set.of(condition.indicator()))) {
        if (change.episode().equals(episode.id())
            && change.indicator().code().equals(indicator.code())) {
          rows.add(change);
        }
      }
      List<Contribution> out = new ArrayList<>();
      boolean child = records.subject().kind() == SubjectKind.CHILD;
      if (unit == CountingUnit.FAMILY) {
        if (!child) {
          List<Optional<ScaleValue>> values = new ArrayList<>();
          if (indicator.ratedAt() == RatedAt.FAMILY) {
            values.add(baseline(rows, Optional.empty()));
          } else {
            for (Member member : records.subject().members()) {
              values.add(baseline(rows, Optional.of(member.id())));
            }
          }
          out.add(new Contribution(tally(indicator, values), Optional.empty(), List.of(episode)));
        }
      } else if (child) {
        if (unit == CountingUnit.CHILD) {
          out.add(new Contribution(tally(indicator, List.of(baseline(rows, Optional.empty()))),
              Optional.empty(), List.of(episode)));
        }
      } else {
        MemberRole role = unit == CountingUnit.CHILD ? MemberRole.CHILD : MemberRole.ADULT;
        for (Member member : records.subject().members()) {
          if (member.role() == role) {
            Optional<String> person = indicator.ratedAt() == RatedAt.FAMILY
                ? Optional.empty() : Optional.of(member.id());
            out.add(new Contribution(tally(indicator, List.of(baseline(rows, person))),
                Optional.of(member), List.of(episode)));
          }
        }
      }
      return out;
    };
  }

  /** The earliest baseline rating of a person, among raters. */
  private static Optional<ScaleValue> baseline(List<Change> rows, Optional<String> person) {
    return rows.stream()
        .filter(row -> row.member().equals(person) && row.startValue().isPresent())
        .min(Comparator.comparing((Change row) -> row.startDate().orElse(LocalDate.MAX))
            .thenComparing(row -> row.rater().map(Enum::ordinal).orElse(Integer.MAX_VALUE)))
        .flatMap(Change::startValue);
  }

  /** In the numerator when any value meets the condition; not paired when none was rated. */
  private Proportion tally(Indicator indicator, List<Optional<ScaleValue>> values) {
    boolean rated = false;
    for (Optional<ScaleValue> value : values) {
      if (value.isPresent()) {
        rated = true;
        if (condition.test(indicator, value.get())) {
          return Proportion.of(true);
        }
      }
    }
    return rated ? Proportion.of(false) : new Proportion(0, 0, 0, 1, 0);
  }
}
