package org.obaframework.core.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;

/**
 * Computes every {@link Change} of one subject: for each episode, each indicator of the episode's
 * programme, each person the indicator is rated for, and each rater the pairing asks for.
 *
 * <pre>{@code
 * ChangeCalculator calculator = ChangeCalculator.of(framework, Pairing.latest());
 * List<Change> changes = calculator.changes(records, LocalDate.of(2026, 3, 31));
 * }</pre>
 *
 * <p>The persons follow the indicator's {@link org.obaframework.core.framework.RatedAt level}: a
 * child subject is rated on child-level indicators; a family is rated as a whole on family-level
 * indicators, and through its child members or its adult members on child- and adult-level
 * indicators. A child subject has no changes on family- or adult-level indicators. When the
 * pairing takes each rater separately, there is one change per rater who rated the indicator for
 * the person in the episode; if nobody did, there is still one change, with no rater, {@link
 * UnpairedReason#NO_BASELINE}: nothing is dropped. Episodes that start after the as-of date are
 * left out, since they had not begun.
 *
 * <p>A pure function of the framework, the pairing, the records and the as-of date; it assumes
 * records checked by {@link org.obaframework.core.records.RecordValidator} and ignores ratings of
 * indicators outside the programme and about unknown members. Immutable and thread-safe.
 */
public final class ChangeCalculator {
  private final OutcomesFramework framework;
  private final Pairing pairing;
  /** Each programme's indicators, looked up once rather than for every subject. */
  private final Map<String, List<Indicator>> indicatorsByProgramme;

  private ChangeCalculator(OutcomesFramework framework, Pairing pairing) {
    this.framework = framework;
    this.pairing = pairing;
    Map<String, List<Indicator>> byProgramme = new HashMap<>();
    for (Programme programme : framework.programmes()) {
      byProgramme.put(programme.code(), List.copyOf(framework.indicatorsOf(programme)));
    }
    this.indicatorsByProgramme = Map.copyOf(byProgramme);
  }

  /**
   * Returns a calculator.
   *
   * @param framework the framework defining the programmes and indicators
   * @param pairing which two ratings to compare
   * @return the calculator
   */
  public static ChangeCalculator of(OutcomesFramework framework, Pairing pairing) {
    return new ChangeCalculator(framework, pairing);
  }

  /**
   * Returns the framework.
   *
   * @return the framework
   */
  public OutcomesFramework framework() {
    return framework;
  }

  /**
   * Returns the pairing.
   *
   * @return the pairing
   */
  public Pairing pairing() {
    return pairing;
  }

  /**
   * Returns every change of one subject as of a date, in the order of the episodes, the
   * programme's indicators, the persons (the subject itself, then members in order) and the
   * raters (in the order of {@link Rater}).
   *
   * @param records the subject's records
   * @param asOf reviews assessed after this day are ignored, and episodes ending after it are open
   * @return the changes, unmodifiable; empty if the subject has no episode begun by {@code asOf}
   * @throws ValidationException if an episode's programme is not in the framework, or a rated
   *     value is not on its indicator's scale
   */
  public List<Change> changes(SubjectRecords records, LocalDate asOf) {
    return compute(records, asOf, null);
  }

  /**
   * Returns the changes of one subject on some indicators only, as {@link #changes(SubjectRecords,
   * LocalDate)} would list them: what a measure needs, without computing the rest.
   *
   * @param records the subject's records
   * @param asOf reviews assessed after this day are ignored, and episodes ending after it are open
   * @param indicators the codes of the indicators wanted
   * @return the changes, unmodifiable
   * @throws ValidationException if an episode's programme is not in the framework, or a rated
   *     value is not on its indicator's scale
   */
  public List<Change> changes(SubjectRecords records, LocalDate asOf, Set<String> indicators) {
    return compute(records, asOf, Set.copyOf(indicators));
  }

  private List<Change> compute(SubjectRecords records, LocalDate asOf,
      @Nullable Set<String> wanted) {
    Subject subject = records.subject();
    List<Change> changes = new ArrayList<>();
    for (Episode episode : records.episodes()) {
      if (episode.start().isAfter(asOf)) {
        continue;
      }
      List<Indicator> indicators = indicatorsByProgramme.get(episode.programme());
      if (indicators == null) {
        throw Checks.fail(ProblemType.UNKNOWN_REFERENCE, Item.of(Item.EPISODE, episode.id()),
            "programme", "a programme of framework " + Redaction.quote(framework.code()),
            Redaction.declared(episode.programme(),
                framework.programmes().stream().map(p -> p.code()).toList()));
      }
      List<Review> reviews = records.reviewsOf(episode.id());
      for (Indicator indicator : indicators) {
        if (wanted != null && !wanted.contains(indicator.code())) {
          continue;
        }
        for (Optional<String> member : persons(subject, indicator)) {
          for (Optional<Rater> rater : raters(episode, reviews, indicator.code(), member, asOf)) {
            ReviewPair pair = rater.isPresent()
                ? pairing.pair(episode, reviews, indicator.code(), member, rater.get(), asOf)
                : ReviewPair.unpaired(UnpairedReason.NO_BASELINE, null, null, null, null);
            changes.add(Change.of(subject.id(), episode.id(), indicator, member, rater, pair));
          }
        }
      }
    }
    return Collections.unmodifiableList(changes);
  }

  /** The persons an indicator is rated for: empty for the subject itself, else a member's id. */
  private static List<Optional<String>> persons(Subject subject, Indicator indicator) {
    if (subject.kind() == SubjectKind.CHILD) {
      return indicator.ratedAt() == RatedAt.CHILD
          ? List.of(Optional.empty()) : List.of();
    }
    List<Optional<String>> persons = new ArrayList<>();
    switch (indicator.ratedAt()) {
      case FAMILY:
        persons.add(Optional.empty());
        break;
      case CHILD:
        addMembers(subject, MemberRole.CHILD, persons);
        break;
      default:
        addMembers(subject, MemberRole.ADULT, persons);
        break;
    }
    return persons;
  }

  private static void addMembers(Subject subject, MemberRole role, List<Optional<String>> into) {
    for (Member member : subject.members()) {
      if (member.role() == role) {
        into.add(Optional.of(member.id()));
      }
    }
  }

  /** The raters to pair: the chosen one, or each who rated; one empty rater if nobody did. */
  private List<Optional<Rater>> raters(Episode episode, List<Review> reviews, String indicator,
      Optional<String> member, LocalDate asOf) {
    if (pairing.raters().rater().isPresent()) {
      return List.of(pairing.raters().rater());
    }
    Set<Rater> found = EnumSet.noneOf(Rater.class);
    for (Review review : reviews) {
      if (Pairing.isCandidate(review, episode, indicator, member, asOf)) {
        found.add(review.rater());
      }
    }
    if (found.isEmpty()) {
      return List.of(Optional.empty());
    }
    List<Optional<Rater>> raters = new ArrayList<>();
    for (Rater rater : found) {
      raters.add(Optional.of(rater));
    }
    return raters;
  }

  /** Returns the framework's code and the pairing. */
  @Override
  public String toString() {
    return "ChangeCalculator[" + framework.code() + ", " + pairing + "]";
  }
}
