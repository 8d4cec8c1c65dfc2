package org.obaframework.core.change;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.records.Rater;

/**
 * The decision of a better-off measure for one counted unit: a child, a family, an adult or an
 * episode, with where it stands, the {@link Trace} of how it was reached, and an explanation in
 * plain words rendered from the trace.
 *
 * <pre>{@code
 * for (Decision d : evaluator.decide(records, asOf)) {
 *   if (d.standing().isInNumerator()) ...
 *   d.trace().persons();                // who was judged, on which changes, by which rule
 *   System.out.println(d.explain());   // for a practitioner, an auditor, or the family
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe, a value with equality over its measure, unit, subject and trace.
 * {@code toString} names the measure, unit, episode, rater and standing only; the explanation,
 * which quotes rated values, is for the people the record is about and those who work with them,
 * never for logs.
 */
public final class Decision {
  private final String measure;
  private final CountingUnit unit;
  private final String unitId;
  private final String subject;
  private final Trace trace;
  /** The changes judged, gathered once from the trace. */
  private final List<Change> changes;

  Decision(String measure, CountingUnit unit, String unitId, String subject, Trace trace) {
    this.measure = measure;
    this.unit = unit;
    this.unitId = unitId;
    this.subject = subject;
    this.trace = trace;
    this.changes = trace.changes();
  }

  /**
   * Returns the code of the measure.
   *
   * @return the measure's code
   */
  public String measure() {
    return measure;
  }

  /**
   * Returns what the unit is: a child, a family, an adult or an episode.
   *
   * @return the counting unit
   */
  public CountingUnit unit() {
    return unit;
  }

  /**
   * Returns the id of the unit: a child subject's or member's id, a family's id, an adult
   * member's id, or an episode's id.
   *
   * @return the id
   */
  public String unitId() {
    return unitId;
  }

  /**
   * Returns the id of the subject the unit belongs to.
   *
   * @return the subject's id
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the id of the episode judged; of a unit judged on each of several episodes, the
   * latest of them ({@link #episodes()} lists them all).
   *
   * @return the episode's id
   */
  public String episode() {
    return trace.episode().id();
  }

  /**
   * Returns the ids of the episodes judged: one, unless the measure judges each of a unit's
   * episodes ({@link EpisodeChoice#ANY} or {@link EpisodeChoice#ALL}).
   *
   * @return the episodes' ids, in the order of the records
   */
  public List<String> episodes() {
    return trace.episodes().stream().map(e -> e.id()).toList();
  }

  /**
   * Returns the rater whose ratings were judged, when the measure judges each rater separately
   * or names one.
   *
   * @return the rater; empty when no rating was found to judge
   */
  public Optional<Rater> rater() {
    return trace.rater();
  }

  /**
   * Returns where the unit stands: not eligible, excluded, not paired, in the denominator, or in
   * the numerator.
   *
   * @return the standing
   */
  public Standing standing() {
    return trace.standing();
  }

  /**
   * Returns the changes judged for the unit, one per indicator and person.
   *
   * @return the changes
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Returns how the decision was reached, step by step: eligibility, the changes judged and
   * their verdicts, the composite, the family rule and the standing.
   *
   * @return the trace
   */
  public Trace trace() {
    return trace;
  }

  /**
   * Returns the explanation, one sentence a line: which reviews were paired, which values, which
   * rule, and the outcome. Rendered from the {@link #trace()} on each call.
   *
   * @return the lines
   */
  public List<String> explanation() {
    return Explanation.lines(this);
  }

  /**
   * Returns the explanation as one text, a line each.
   *
   * @return the text
   */
  public String explain() {
    return String.join("\n", explanation());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Decision that && measure.equals(that.measure) && unit == that.unit
        && unitId.equals(that.unitId) && subject.equals(that.subject)
        && trace.equals(that.trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, unit, unitId, subject, trace);
  }

  /** Returns the measure, unit, episodes, rater and standing; never a rated value. */
  @Override
  public String toString() {
    List<String> episodes = episodes();
    return "Decision[" + measure + ", " + unit + " " + unitId
        + (episodes.size() == 1 ? ", episode " + episode()
            : ", episodes " + String.join(", ", episodes))
        + rater().map(r -> ", " + r).orElse("") + ", " + standing() + "]";
  }
}
