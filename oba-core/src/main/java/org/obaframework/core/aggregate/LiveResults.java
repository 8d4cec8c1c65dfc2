package org.obaframework.core.aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.internal.Checks;

/**
 * An evaluation's figures kept live as records change: each subject's contribution (its {@link
 * Results} alone), kept by the subject's id, and their total, which is updated by taking a
 * subject's old contribution away and adding its new one, never by evaluating everyone again.
 *
 * <pre>{@code
 * LiveResults live = LiveResults.of(evaluation, records.groups());   // every subject, once
 * live.put(familyWithNewReview);      // a review recorded: the family's old contribution out, new in
 * live.remove("F-0042");              // records purged at the family's request
 * ReportCard card = ReportCard.of(evaluation, live.results());
 * }</pre>
 *
 * <p>{@link #results()} always equals {@code evaluation.evaluate(...)} over the subjects held, cell
 * by cell: every unit a measure counts (a child, a family, an adult, an episode, a review) belongs
 * to one subject, so a total is the sum of the subjects' contributions, distinct counts included,
 * and a breakdown's rows and totals alike. Counts, proportions and transition matrices subtract
 * exactly. A {@link Summary} (the changes of a numeric indicator in a change profile) subtracts
 * its count and sums (exactly for whole numbers, else up to rounding, as merging adds them); its
 * least and greatest values are not sums, so when a subject that held one leaves, that cell alone
 * is recomputed by merging the contributions kept of the subjects left in it. Disclosure control
 * is not a sum at all: it is applied to the whole card each time one is made from {@link
 * #results()}, from the aggregates, without reading a record.
 *
 * <p>Thread-safe: updates may come from any thread; a subject is evaluated outside the lock and
 * its contribution applied under it, in time proportional to its own cells. Memory holds each
 * subject's contribution; for figures kept in a database, {@link Results#minus(Results,
 * java.util.function.Function)} and {@link Results#of(Map)} do the same arithmetic on results
 * read from its tables.
 */
public final class LiveResults {
  private final Evaluation evaluation;
  private final Map<String, Results> contributions = new HashMap<>();
  private final Map<Results.Key, Tally> totals = new HashMap<>();
  /** For each summary cell, the subjects that contribute to it. */
  private final Map<Results.Key, Set<String>> summaryCells = new HashMap<>();
  private @Nullable Results snapshot = Results.empty();

  private LiveResults(Evaluation evaluation) {
    this.evaluation = evaluation;
  }

  /**
   * Returns live results of no subject yet.
   *
   * @param evaluation the evaluation whose figures are kept
   * @return the live results
   */
  public static LiveResults of(Evaluation evaluation) {
    return new LiveResults(Objects.requireNonNull(evaluation, "evaluation"));
  }

  /**
   * Returns live results of the subjects of a stream, each evaluated on its own (a parallel
   * stream evaluates them in parallel).
   *
   * @param evaluation the evaluation whose figures are kept
   * @param subjects one group per subject, each subject once
   * @return the live results
   * @throws ValidationException as {@link Evaluation#evaluate(SubjectRecords)} does
   */
  public static LiveResults of(Evaluation evaluation, Stream<SubjectRecords> subjects) {
    LiveResults live = of(evaluation);
    subjects.forEach(live::put);
    return live;
  }

  /**
   * Returns the evaluation whose figures are kept.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * Puts a subject's records, new or changed: its old contribution, if any, is taken away and
   * its new one added.
   *
   * @param records all the subject's records as they now are
   * @return the subject's new contribution
   * @throws ValidationException as {@link Evaluation#evaluate(SubjectRecords)} does; the figures
   *     are then unchanged
   */
  public Results put(SubjectRecords records) {
    Results contribution = evaluation.evaluate(records);
    put(records.subject().id(), contribution);
    return contribution;
  }

  /**
   * Puts a subject's contribution computed elsewhere (by {@link Evaluation#evaluate(
   * SubjectRecords)} of the same evaluation, on another thread or machine): its old
   * contribution, if any, is taken away and this one added.
   *
   * @param subject the subject's id
   * @param contribution the subject's results alone
   */
  public synchronized void put(String subject, Results contribution) {
    Objects.requireNonNull(contribution, "contribution");
    take(subject);
    if (contribution.tallies().isEmpty()) {
      // A subject none of whose units is counted still belongs to the figures.
      contributions.put(subject, contribution);
      return;
    }
    contributions.put(subject, contribution);
    contribution.tallies().forEach((key, tally) -> {
      totals.merge(key, tally, Tally::merge);
      if (tally instanceof Summary) {
        summaryCells.computeIfAbsent(key, k -> new HashSet<>()).add(subject);
      }
    });
    snapshot = null;
  }

  /**
   * Removes a subject, as when its records are purged at a family's request: its contribution is
   * taken away.
   *
   * @param subject the subject's id
   * @return whether the subject was held
   */
  public synchronized boolean remove(String subject) {
    return take(subject) != null;
  }

  /** Takes a subject's contribution away from the totals; returns it, or null. */
  private @Nullable Results take(String subject) {
    Results old = contributions.remove(Objects.requireNonNull(subject, "subject"));
    if (old == null || old.tallies().isEmpty()) {
      return old;
    }
    old.tallies().forEach((key, part) -> {
      Set<String> contributors = summaryCells.get(key);
      if (contributors != null) {
        contributors.remove(subject);
        if (contributors.isEmpty()) {
          summaryCells.remove(key);
        }
      }
      Results.Remainder remainder = Results.subtract(key, totals.get(key), part);
      Tally rest = remainder.known() ? remainder.tally() : recompute(key, contributors);
      if (rest == null) {
        totals.remove(key);
      } else {
        totals.put(key, rest);
      }
    });
    snapshot = null;
    return old;
  }

  /** Merges a summary cell's tallies of the subjects left in it; null if none is left. */
  private @Nullable Tally recompute(Results.Key key, @Nullable Set<String> contributors) {
    Tally merged = null;
    for (String subject : contributors == null ? Set.<String>of() : contributors) {
      Tally tally = contributions.get(subject).tallies().get(key);
      merged = merged == null ? tally : merged.merge(tally);
    }
    return merged;
  }

  /**
   * Returns a subject's contribution.
   *
   * @param subject the subject's id
   * @return its results alone, or empty if the subject is not held
   */
  public synchronized Optional<Results> contribution(String subject) {
    return Optional.ofNullable(contributions.get(subject));
  }

  /**
   * Returns how many subjects are held.
   *
   * @return the count
   */
  public synchronized int size() {
    return contributions.size();
  }

  /**
   * Returns the figures now: the results of every subject held.
   *
   * @return the results, equal to evaluating the subjects held
   */
  public synchronized Results results() {
    Results now = snapshot;
    if (now == null) {
      now = Results.of(totals);
      snapshot = now;
    }
    return now;
  }

  @Override
  public synchronized String toString() {
    return "LiveResults[" + Checks.count(contributions.size(), "subject") + ", "
        + Checks.count(totals.size(), "cell") + "]";
  }
}
