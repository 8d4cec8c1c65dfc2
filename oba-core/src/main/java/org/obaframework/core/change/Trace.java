package org.obaframework.core.change;

import java.util.List;
import java.util.Optional;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;

/**
 * How a {@link Decision} was reached, step by step, as data: the episode judged and whose ratings,
 * an exclusion if any, each person judged (their eligibility, each indicator's change and its
 * verdict under the rule, and where they stand by the composite), the family rule that combined
 * them, and the standing.
 *
 * <pre>{@code
 * Trace trace = decision.trace();
 * for (Trace.Person person : trace.persons()) {
 *   for (Trace.Judgement judgement : person.indicators()) {
 *     judgement.indicator();   // the indicator judged
 *     judgement.change();      // the two reviews compared and their values, or empty
 *     judgement.verdict();     // BETTER_OFF, WORSE_OFF, NEITHER, NOT_PAIRED or NOT_APPLICABLE
 *   }
 * }
 * }</pre>
 *
 * <p>{@link Decision#explain()} is rendered from the trace, and so is any other account of the
 * decision, such as feedback to a family in plain words: the evaluator decides once and records
 * what it did, and never writes text. Steps not taken are not recorded: a person who fails an
 * eligibility condition has no later conditions and no indicators; an excluded episode has no
 * persons.
 *
 * <p>A unit judged on each of several episodes ({@link EpisodeChoice#ANY} or {@link
 * EpisodeChoice#ALL}) has a trace of each episode in {@link #parts()}, combined by the choice;
 * its own trace then has no persons.
 *
 * <p>Immutable and thread-safe, with equality over all its parts. {@code toString} names the
 * episode, the rater, the persons and the standing only: the changes hold rated values.
 *
 * @param episode the episode judged; of a unit judged on several episodes, the latest of them
 * @param rater whose ratings were judged; empty when no rating was found to judge
 * @param exclusion why the unit was excluded before anyone was judged, if it was
 * @param persons the persons judged, in order: the unit itself, or a family's persons
 * @param composite how each person's indicators combine
 * @param familyRule the rule that combined a family's persons, when the unit is a family (or a
 *     family's episode) and someone was judged
 * @param standing where the unit stands
 * @param episodeChoice how the standings of {@link #parts()} combine, when there are parts
 * @param parts the trace of each episode of a unit judged on several, in the order of the
 *     episodes; empty for a unit judged on one
 */
public record Trace(Episode episode, Optional<Rater> rater, Optional<Exclusion> exclusion,
    List<Person> persons, Composite composite, Optional<FamilyRule> familyRule,
    Standing standing, Optional<EpisodeChoice> episodeChoice, List<Trace> parts) {

  /**
   * Copies the lists.
   */
  public Trace {
    persons = List.copyOf(persons);
    parts = List.copyOf(parts);
  }

  /**
   * Returns the episodes judged: the episode, or each part's.
   *
   * @return the episodes, at least one
   */
  public List<Episode> episodes() {
    return parts.isEmpty() ? List.of(episode) : parts.stream().map(Trace::episode).toList();
  }

  /**
   * Returns the changes judged, one per indicator and person judged that had a rating, in the
   * order they were judged (episode by episode, for a unit judged on several).
   *
   * @return the changes
   */
  public List<Change> changes() {
    if (!parts.isEmpty()) {
      return parts.stream().flatMap(part -> part.changes().stream()).toList();
    }
    return persons.stream().flatMap(person -> person.indicators().stream())
        .flatMap(judgement -> judgement.change().stream()).toList();
  }

  /**
   * Returns the episode's id (or the episodes' ids), the rater, the number of persons and the
   * standing.
   */
  @Override
  public String toString() {
    return "Trace[episode " + (parts.isEmpty() ? episode.id()
        : String.join("+", episodes().stream().map(Episode::id).toList()) + " "
            + episodeChoice.map(Object::toString).orElse(""))
        + rater.map(r -> ", " + r).orElse("")
        + exclusion.map(e -> ", " + e).orElse("") + ", " + persons.size() + " persons"
        + familyRule.map(r -> ", " + r).orElse("") + ", " + standing + "]";
  }

  /** Why a unit was excluded before anyone in it was judged. */
  public enum Exclusion {
    /** The episode closed, by the as-of date, for a reason the measure excludes. */
    EPISODE_CLOSED,
    /** No one in the unit is rated at the levels of the measure's indicators. */
    NOBODY_AT_LEVELS
  }

  /** What a person's baseline showed for one eligibility condition. */
  public enum Baseline {
    /** The baseline meets the condition. */
    MET,
    /** The baseline does not meet the condition. */
    NOT_MET,
    /** There is no baseline rating to test. */
    NO_BASELINE
  }

  /**
   * One person judged: the subject itself or one member of a family, at the level they are rated.
   *
   * @param level the level the person is rated at: a family as a whole, a child or an adult
   * @param member the family member, or empty for the subject itself
   * @param eligibility each eligibility condition tested, in the measure's order, up to the first
   *     that is not met
   * @param indicators each indicator judged for the person, in the measure's order; none when
   *     the person is not eligible
   * @param standing where the person stands by the composite, or not eligible
   */
  public record Person(RatedAt level, Optional<String> member, List<Eligibility> eligibility,
      List<Judgement> indicators, Standing standing) {

    /**
     * Copies the lists.
     */
    public Person {
      eligibility = List.copyOf(eligibility);
      indicators = List.copyOf(indicators);
    }

    /** Returns the level, the member, the numbers of conditions and indicators, the standing. */
    @Override
    public String toString() {
      return "Person[" + level + member.map(m -> " " + m).orElse("") + ", "
          + eligibility.size() + " conditions, " + indicators.size() + " indicators, "
          + standing + "]";
    }
  }

  /**
   * One eligibility condition tested on a person's baseline.
   *
   * @param condition the condition
   * @param indicator the condition's indicator
   * @param baseline what the baseline showed
   */
  public record Eligibility(BaselineCondition condition, Indicator indicator,
      Baseline baseline) {}

  /**
   * One indicator judged for a person.
   *
   * @param indicator the indicator
   * @param change the change judged: the two reviews compared and their values, or why they
   *     could not be paired; empty when the rater rated nothing to judge for the person
   * @param rule the measure's rule for the indicator
   * @param verdict the verdict under the rule
   */
  public record Judgement(Indicator indicator, Optional<Change> change, BetterOffRule rule,
      BetterOffRule.Verdict verdict) {

    /** Returns the indicator's code, the change's reviews and the verdict; never a value. */
    @Override
    public String toString() {
      return "Judgement[" + indicator.code() + change.map(c -> ", " + c).orElse("") + ", "
          + verdict + "]";
    }
  }
}
