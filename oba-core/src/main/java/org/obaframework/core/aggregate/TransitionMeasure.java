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
import org.obaframework.core.change.EpisodeChoice;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;

/**
 * A change profile of one indicator: for an ordinal or binary indicator the transition matrix
 * from the baseline level to the later level (whose margins are the two distributions), for a
 * numeric one a {@link Summary} of the differences in the polarity's direction.
 *
 * <pre>{@code
 * TransitionMeasure.of("IFS-RISK-MOVES", Label.of("Risk of entering care, baseline to latest"),
 *     "IFS", "RISK-CARE", Pairing.latest());
 * TransitionMeasure.of("IFS-HOUSING-MOVES", Label.of("Housing, first referral"), "IFS",
 *     "HOUSING", Pairing.latest()).withUnit(CountingUnit.FAMILY, EpisodeChoice.FIRST);
 * }</pre>
 *
 * <p>Each paired change of the indicator (per person, by the one rater the pairing names) counts
 * once for each unit it belongs to: by default a unit is a person at the indicator's level (a
 * child for a child-level indicator, a family for a family-level one) judged on the latest
 * episode of the programme open in the period. A declared counting unit and episode choice
 * count as a better-off measure does: children, families or adults on the one episode the choice
 * takes (the latest, the first, or the longest in the period: a unit has one transition), or each
 * episode; a child or adult counted on a family-level indicator moves as the family's rating
 * does. Pairing never crosses episodes. Only paired changes enter the matrix; a binary scale's
 * levels are {@code no} and {@code yes}. Immutable and thread-safe.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param programme the programme's code
 * @param indicator the indicator's code
 * @param pairing which reviews are compared
 * @param unit what is counted, if declared: else a person at the indicator's level
 * @param episodeChoice which episode a child, family or adult is judged on: {@link
 *     EpisodeChoice#LATEST}, {@link EpisodeChoice#FIRST} or {@link EpisodeChoice#LONGEST}
 */
public record TransitionMeasure(String code, Label name, String programme, String indicator,
    Pairing pairing, Optional<CountingUnit> unit, EpisodeChoice episodeChoice)
    implements MeasureDefinition {
  /**
   * Checks the codes and the unit of judgement.
   *
   * @throws ValidationException if a code is malformed, the unit is a review, the episode
   *     choice judges each episode, or an episode unit is given an episode choice
   */
  public TransitionMeasure {
    Checks.code(Item.of(Item.MEASURE), "code", code);
    Item location = Item.of(Item.MEASURE, code);
    Checks.code(location, "programme", programme);
    Checks.code(location, "indicator", indicator);
    if (unit.isPresent() && unit.get() == CountingUnit.REVIEW) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, location, "unit",
          "CHILD, FAMILY, ADULT or EPISODE", "REVIEW");
    }
    if (episodeChoice.isEach()) {
      throw Checks.fail(ProblemType.UNSUPPORTED_CHOICE, location, "episodeChoice",
          "LATEST, FIRST or LONGEST, since a unit has one transition", episodeChoice.toString());
    }
    if (unit.isPresent() && unit.get() == CountingUnit.EPISODE
        && episodeChoice != EpisodeChoice.LATEST) {
      throw Checks.fail(ProblemType.UNSUPPORTED_CHOICE, location, "episodeChoice",
          "no episode choice for EPISODE units", episodeChoice.toString());
    }
  }

  /**
   * Returns a change profile measure counting each person at the indicator's level on the
   * latest episode.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param indicator the indicator's code
   * @param pairing which reviews are compared
   * @throws ValidationException if a code is malformed
   */
  public TransitionMeasure(String code, Label name, String programme, String indicator,
      Pairing pairing) {
    this(code, name, programme, indicator, pairing, Optional.empty(), EpisodeChoice.LATEST);
  }

  /**
   * Returns a change profile measure counting each person at the indicator's level on the
   * latest episode.
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

  /**
   * Returns a copy with a declared counting unit and episode choice.
   *
   * @param unit children, families, adults or episodes
   * @param episodeChoice the latest, first or longest episode; the latest for episodes
   * @return the copy
   * @throws ValidationException if the unit is a review, the choice judges each episode, or an
   *     episode unit is given a choice
   */
  public TransitionMeasure withUnit(CountingUnit unit, EpisodeChoice episodeChoice) {
    return new TransitionMeasure(code, name, programme, indicator, pairing, Optional.of(unit),
        episodeChoice);
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
    if (indicator.scale() instanceof OrdinalScale ordinal) {
      return ordinal.levels().stream().map(OrdinalLevel::code).toList();
    }
    return indicator.scale() instanceof BinaryScale ? List.of("no", "yes") : List.of();
  }

  @Override
  public List<Problem> problems(OutcomesFramework framework) {
    List<Problem> problems = Bound.programmeProblems(this, framework);
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
    framework.indicator(indicator).ifPresent(found -> unit.ifPresent(counted -> {
      RatedAt level = found.ratedAt();
      boolean fits = switch (counted) {
        case FAMILY -> level == RatedAt.FAMILY;
        case CHILD -> level == RatedAt.CHILD || level == RatedAt.FAMILY;
        case ADULT -> level == RatedAt.ADULT || level == RatedAt.FAMILY;
        default -> true;
      };
      if (!fits) {
        problems.add(Problem.of(ProblemType.WRONG_LEVEL, Item.of(Item.MEASURE, code), "unit",
            counted == CountingUnit.FAMILY
                ? "a family-level indicator to count FAMILY units (a family has one transition)"
                : "an indicator rated at " + counted + " or FAMILY level to count " + counted
                    + " units",
            Redaction.quote(indicator) + " rated at " + level + " level"));
      }
    }));
    return problems;
  }

  /** Binds the measure to a framework it fits. */
  Bound bind(OutcomesFramework framework) {
    Indicator found = framework.indicator(indicator).orElseThrow();
    List<String> levels = levels(found);
    ChangeCalculator calculator = ChangeCalculator.of(framework, pairing);
    boolean perEpisode = unit.isPresent() && unit.get() == CountingUnit.EPISODE;
    // A child or adult counted on a family-level indicator moves as the family does.
    Optional<MemberRole> members = unit.isPresent() && found.ratedAt() == RatedAt.FAMILY
        && (unit.get() == CountingUnit.CHILD || unit.get() == CountingUnit.ADULT)
        ? Optional.of(unit.get() == CountingUnit.CHILD ? MemberRole.CHILD : MemberRole.ADULT)
        : Optional.empty();
    return (records, period, asOf) -> {
      List<Episode> candidates = Bound.episodesIn(records, programme, period, asOf);
      if (candidates.isEmpty()) {
        return List.of();
      }
      List<Episode> judged = perEpisode ? candidates
          : Units.judged(candidates, episodeChoice, period, asOf);
      List<Contribution> out = new ArrayList<>();
      for (Change change : calculator.changes(records, Bound.lastDay(period, asOf),
          java.util.Set.of(indicator))) {
        if (!change.indicator().code().equals(indicator) || !change.isPaired()) {
          continue;
        }
        Optional<Episode> episode = judged.stream()
            .filter(e -> e.id().equals(change.episode())).findFirst();
        if (episode.isEmpty()) {
          continue;
        }
        Tally tally = levels.isEmpty()
            ? Summary.of(change.difference().getAsDouble())
            : Transitions.empty(levels).plus(level(found, change.startValue().orElseThrow()),
                level(found, change.endValue().orElseThrow()));
        if (members.isPresent()) {
          for (Member member : records.subject().members()) {
            if (member.role() == members.get()) {
              out.add(new Contribution(tally, Optional.of(member), List.of(episode.get())));
            }
          }
        } else if (unit.isEmpty() || perEpisode || counts(unit.get(), records)) {
          out.add(new Contribution(tally,
              change.member().flatMap(m -> records.subject().member(m)), List.of(episode.get())));
        }
      }
      return out;
    };
  }

  /**
   * Whether a subject holds units of a declared kind at the indicator's own level: a family
   * subject holds families and its members, a child subject only itself as a child.
   */
  private static boolean counts(CountingUnit unit, SubjectRecords records) {
    boolean child = records.subject().kind() == SubjectKind.CHILD;
    return unit == CountingUnit.FAMILY ? !child
        : unit != CountingUnit.ADULT || !child;
  }

  private static String level(Indicator indicator, ScaleValue value) {
    if (indicator.scale() instanceof OrdinalScale ordinal) {
      return ordinal.level(value).orElseThrow().code();
    }
    return value.toString();
  }
}
