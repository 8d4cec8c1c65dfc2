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
import org.obaframework.core.change.EpisodeChoice;
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
import org.obaframework.core.records.SubjectRecords;

/**
 * A baseline profile: the proportion of children, families, adults or episodes whose baseline
 * rating meets a condition, such as "families already evicted" or "children at high or medium
 * risk of entering care".
 *
 * <pre>{@code
 * BaselineProfile.of("IFS-EVICTED", Label.of("Families already evicted"), "IFS",
 *     CountingUnit.FAMILY, BaselineCondition.is("EVICTED", true));
 * BaselineProfile.of("IFS-SCHOOL", Label.of("Families with school problems"), "IFS",
 *     CountingUnit.FAMILY, BaselineCondition.is("SCHOOL-PROBLEM", true));  // any child
 * BaselineProfile.of("IFS-RISK", Label.of("Children at risk at any referral"), "IFS",
 *     CountingUnit.CHILD, BaselineCondition.atLevels("RISK", "high"))
 *     .withEpisodeChoice(EpisodeChoice.ANY);
 * }</pre>
 *
 * <p>The denominator is the units with a baseline rating of the condition's indicator; units
 * without one are counted as not paired (not assessed at baseline). A child, family or adult is
 * judged on the episodes of the programme open in the period that its {@link EpisodeChoice}
 * takes (the latest by default; each for any or all, counting once); an episode unit judges each
 * episode. A family meets a condition on a member-level indicator when any member does. When
 * several raters rated the baseline, the earliest rating counts. Immutable and thread-safe.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param programme the programme's code
 * @param unit children, families, adults or episodes
 * @param condition the condition on the baseline rating
 * @param episodeChoice which episodes a child, family or adult is judged on; {@link
 *     EpisodeChoice#LATEST} for episodes
 */
public record BaselineProfile(String code, Label name, String programme, CountingUnit unit,
    BaselineCondition condition, EpisodeChoice episodeChoice) implements MeasureDefinition {
  /**
   * Checks the codes and the unit.
   *
   * @throws ValidationException if a code is malformed, the unit is a review, or an episode unit
   *     is given an episode choice
   */
  public BaselineProfile {
    Checks.code(Item.of(Item.MEASURE), "code", code);
    Checks.code(Item.of(Item.MEASURE, code), "programme", programme);
    if (unit == CountingUnit.REVIEW) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of(Item.MEASURE, code),
          "unit", "CHILD, FAMILY, ADULT or EPISODE", unit.toString());
    }
    if (unit == CountingUnit.EPISODE && episodeChoice != EpisodeChoice.LATEST) {
      throw Checks.fail(ProblemType.UNSUPPORTED_CHOICE, Item.of(Item.MEASURE, code),
          "episodeChoice", "no episode choice for EPISODE units", episodeChoice.toString());
    }
  }

  /**
   * Returns a baseline profile measure judging each unit on its latest episode.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param unit children, families, adults or episodes
   * @param condition the condition on the baseline rating
   * @throws ValidationException if a code is malformed or the unit is a review
   */
  public BaselineProfile(String code, Label name, String programme, CountingUnit unit,
      BaselineCondition condition) {
    this(code, name, programme, unit, condition, EpisodeChoice.LATEST);
  }

  /**
   * Returns a baseline profile measure judging each unit on its latest episode.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param unit children, families, adults or episodes
   * @param condition the condition on the baseline rating
   * @return the definition
   * @throws ValidationException if a code is malformed or the unit is a review
   */
  public static BaselineProfile of(String code, Label name, String programme, CountingUnit unit,
      BaselineCondition condition) {
    return new BaselineProfile(code, name, programme, unit, condition);
  }

  /**
   * Returns a copy that judges each child, family or adult on the episodes a choice takes.
   *
   * @param choice the episode choice
   * @return the copy
   * @throws ValidationException if the unit is an episode and the choice is not the latest
   */
  public BaselineProfile withEpisodeChoice(EpisodeChoice choice) {
    return new BaselineProfile(code, name, programme, unit, condition, choice);
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
    List<Problem> problems = Bound.programmeProblems(this, framework);
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

  /** Binds the measure to a framework it fits. */
  Bound bind(OutcomesFramework framework) {
    Indicator indicator = framework.indicator(condition.indicator()).orElseThrow();
    ChangeCalculator calculator = ChangeCalculator.of(framework, Pairing.latest());
    return (records, period, asOf) -> {
      List<Episode> candidates = Bound.episodesIn(records, programme, period, asOf);
      if (candidates.isEmpty()) {
        return List.of();
      }
      List<Change> rows = new ArrayList<>();
      for (Change change : calculator.changes(records, Bound.lastDay(period, asOf),
          java.util.Set.of(condition.indicator()))) {
        if (change.indicator().code().equals(indicator.code())) {
          rows.add(change);
        }
      }
      List<Contribution> out = new ArrayList<>();
      boolean child = records.subject().kind() == SubjectKind.CHILD;
      if (unit == CountingUnit.EPISODE) {
        for (Episode episode : candidates) {
          out.add(new Contribution(child ? person(indicator, rows, episode, Optional.empty())
              : family(indicator, records, rows, episode), Optional.empty(), List.of(episode)));
        }
        return out;
      }
      List<Episode> judged = Units.judged(candidates, episodeChoice, period, asOf);
      if (unit == CountingUnit.FAMILY) {
        if (!child) {
          List<Proportion> parts = new ArrayList<>();
          for (Episode episode : judged) {
            parts.add(family(indicator, records, rows, episode));
          }
          out.add(new Contribution(Units.combine(parts, episodeChoice), Optional.empty(),
              judged));
        }
      } else if (child) {
        if (unit == CountingUnit.CHILD) {
          List<Proportion> parts = new ArrayList<>();
          for (Episode episode : judged) {
            parts.add(person(indicator, rows, episode, Optional.empty()));
          }
          out.add(new Contribution(Units.combine(parts, episodeChoice), Optional.empty(),
              judged));
        }
      } else {
        MemberRole role = unit == CountingUnit.CHILD ? MemberRole.CHILD : MemberRole.ADULT;
        for (Member member : records.subject().members()) {
          if (member.role() == role) {
            Optional<String> person = indicator.ratedAt() == RatedAt.FAMILY
                ? Optional.empty() : Optional.of(member.id());
            List<Proportion> parts = new ArrayList<>();
            for (Episode episode : judged) {
              parts.add(person(indicator, rows, episode, person));
            }
            out.add(new Contribution(Units.combine(parts, episodeChoice), Optional.of(member),
                judged));
          }
        }
      }
      return out;
    };
  }

  /** A family's tally in an episode: its own rating, or any member's. */
  private Proportion family(Indicator indicator, SubjectRecords records, List<Change> rows,
      Episode episode) {
    List<Optional<ScaleValue>> values = new ArrayList<>();
    if (indicator.ratedAt() == RatedAt.FAMILY) {
      values.add(baseline(rows, episode, Optional.empty()));
    } else {
      for (Member member : records.subject().members()) {
        values.add(baseline(rows, episode, Optional.of(member.id())));
      }
    }
    return tally(indicator, values);
  }

  /** A person's tally in an episode. */
  private Proportion person(Indicator indicator, List<Change> rows, Episode episode,
      Optional<String> person) {
    return tally(indicator, List.of(baseline(rows, episode, person)));
  }

  /** The earliest baseline rating of a person in an episode, among raters. */
  private static Optional<ScaleValue> baseline(List<Change> rows, Episode episode,
      Optional<String> person) {
    return rows.stream()
        .filter(row -> row.episode().equals(episode.id()) && row.member().equals(person)
            && row.startValue().isPresent())
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
