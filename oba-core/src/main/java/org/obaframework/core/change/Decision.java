package org.obaframework.core.change;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.records.Rater;

/**
 * The decision of a better-off measure for one counted unit: a child, a family, an adult or an
 * episode, with where it stands, the changes that were judged, and an explanation in plain words.
 *
 * <pre>{@code
 * for (Decision d : evaluator.decide(records, asOf)) {
 *   if (d.standing().isInNumerator()) ...
 *   System.out.println(d.explain());   // for a practitioner, an auditor, or the family
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe, with equality over all its parts. {@code toString} names the measure, unit, episode, rater and
 * standing only; the explanation, which quotes rated values, is for the people the record is
 * about and those who work with them, never for logs.
 */
public final class Decision {
  private final String measure;
  private final CountingUnit unit;
  private final String unitId;
  private final String subject;
  private final String episode;
  private final Optional<Rater> rater;
  private final Standing standing;
  private final List<Change> changes;
  // The explanation is written on first request: aggregating standings never needs its words.
  // Both fields are volatile so that any thread sees either the supplier or the finished list;
  // two threads may both write it, to equal lists, which is harmless.
  private volatile @Nullable List<String> explanation;
  private volatile @Nullable Supplier<List<String>> explainer;

  Decision(String measure, CountingUnit unit, String unitId, String subject, String episode,
      Optional<Rater> rater, Standing standing, List<Change> changes, List<String> explanation) {
    this(measure, unit, unitId, subject, episode, rater, standing, changes);
    this.explanation = List.copyOf(explanation);
  }

  /**
   * A decision whose explanation is written by {@code explainer} when first asked for; the
   * explainer must return the same lines every time.
   */
  Decision(String measure, CountingUnit unit, String unitId, String subject, String episode,
      Optional<Rater> rater, Standing standing, List<Change> changes,
      Supplier<List<String>> explainer) {
    this(measure, unit, unitId, subject, episode, rater, standing, changes);
    this.explainer = explainer;
  }

  private Decision(String measure, CountingUnit unit, String unitId, String subject,
      String episode, Optional<Rater> rater, Standing standing, List<Change> changes) {
    this.measure = measure;
    this.unit = unit;
    this.unitId = unitId;
    this.subject = subject;
    this.episode = episode;
    this.rater = rater;
    this.standing = standing;
    this.changes = List.copyOf(changes);
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
   * Returns the id of the episode judged.
   *
   * @return the episode's id
   */
  public String episode() {
    return episode;
  }

  /**
   * Returns the rater whose ratings were judged, when the measure judges each rater separately
   * or names one.
   *
   * @return the rater; empty when no rating was found to judge
   */
  public Optional<Rater> rater() {
    return rater;
  }

  /**
   * Returns where the unit stands: not eligible, excluded, not paired, in the denominator, or in
   * the numerator.
   *
   * @return the standing
   */
  public Standing standing() {
    return standing;
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
   * Returns the explanation, one sentence a line: which reviews were paired, which values, which
   * rule, and the outcome.
   *
   * @return the lines
   */
  public List<String> explanation() {
    List<String> lines = explanation;
    if (lines != null) {
      return lines;
    }
    Supplier<List<String>> supplier = explainer;
    if (supplier != null) {
      lines = List.copyOf(supplier.get());
      explanation = lines;
      explainer = null;
      return lines;
    }
    // Another thread finished in between: it wrote the list before it cleared the supplier.
    return Objects.requireNonNull(explanation);
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
    if (!(other instanceof Decision)) {
      return false;
    }
    Decision that = (Decision) other;
    return measure.equals(that.measure) && unit == that.unit && unitId.equals(that.unitId)
        && subject.equals(that.subject) && episode.equals(that.episode)
        && rater.equals(that.rater) && standing == that.standing
        && changes.equals(that.changes) && explanation().equals(that.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, unit, unitId, subject, episode, rater, standing, changes,
        explanation());
  }

  /** Returns the measure, unit, episode, rater and standing; never a rated value. */
  @Override
  public String toString() {
    return "Decision[" + measure + ", " + unit + " " + unitId + ", episode " + episode
        + rater.map(r -> ", " + r).orElse("") + ", " + standing + "]";
  }
}
