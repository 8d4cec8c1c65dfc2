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
  /**
   * The pair of nobody's ratings: no rater rated the indicator for the person, and the pairing
   * takes each rater separately. One instance, so that a row with no rater is told by identity.
   */
  static final ReviewPair NOBODY = ReviewPair.unpaired(UnpairedReason.NO_BASELINE, null, null,
      null, null);
  private static final List<Optional<Rater>> NO_RATER = List.of(Optional.empty());

  private final OutcomesFramework framework;
  private final Pairing pairing;
  /** Each programme's indicators, looked up once rather than for every subject. */
  private final Map<String, List<Indicator>> indicatorsByProgramme;
  /** The pairing's one rater as {@link #raters} lists it, made once; empty for each rater. */
  private final List<Optional<Rater>> named;

  private ChangeCalculator(OutcomesFramework framework, Pairing pairing) {
    this.framework = framework;
    this.pairing = pairing;
    Map<String, List<Indicator>> byProgramme = new HashMap<>();
    for (Programme programme : framework.programmes()) {
      byProgramme.put(programme.code(), List.copyOf(framework.indicatorsOf(programme)));
    }
    this.indicatorsByProgramme = Map.copyOf(byProgramme);
    this.named = pairing.raters().rater().isPresent()
        ? List.of(pairing.raters().rater()) : List.of();
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
      List<Indicator> indicators = indicatorsOf(episode);
      List<Review> reviews = records.reviewsOf(episode.id());
      for (Indicator indicator : indicators) {
        if (wanted != null && !wanted.contains(indicator.code())) {
          continue;
        }
        for (int person = 0; person <= subject.members().size(); person++) {
          if (!rates(subject, indicator, person)) {
            continue;
          }
          Optional<String> member = member(subject, person);
          for (Optional<Rater> rater : raters(episode, reviews, indicator.code(), member, asOf)) {
            changes.add(Change.of(subject.id(), episode.id(), indicator, member, rater,
                pair(episode, reviews, indicator.code(), member, rater, asOf)));
          }
        }
      }
    }
    return Collections.unmodifiableList(changes);
  }

  /**
   * The indicators of an episode's programme.
   *
   * @throws ValidationException if the programme is not in the framework
   */
  List<Indicator> indicatorsOf(Episode episode) {
    List<Indicator> indicators = indicatorsByProgramme.get(episode.programme());
    if (indicators == null) {
      throw Checks.fail(ProblemType.UNKNOWN_REFERENCE, Item.of(Item.EPISODE, episode.id()),
          "programme", "a programme of framework " + Redaction.quote(framework.code()),
          Redaction.declared(episode.programme(),
              framework.programmes().stream().map(p -> p.code()).toList()));
    }
    return indicators;
  }

  /**
   * Whether an indicator is rated for a person of a subject: person 0 is the subject itself,
   * rated at child level when a child and as a whole at family level when a family; person k is
   * the k-th member, rated at the level of their role. A child subject is rated on nothing else.
   */
  static boolean rates(Subject subject, Indicator indicator, int person) {
    if (person == 0) {
      return indicator.ratedAt()
          == (subject.kind() == SubjectKind.CHILD ? RatedAt.CHILD : RatedAt.FAMILY);
    }
    MemberRole role = subject.members().get(person - 1).role();
    return indicator.ratedAt() == (role == MemberRole.CHILD ? RatedAt.CHILD : RatedAt.ADULT);
  }

  /** The member a person is: empty for the subject itself (person 0). */
  static Optional<String> member(Subject subject, int person) {
    return person == 0 ? Optional.empty() : Optional.of(subject.members().get(person - 1).id());
  }

  /** The pairing's one rater, as {@link #raters} lists it; empty for each rater separately. */
  List<Optional<Rater>> named() {
    return named;
  }

  /**
   * The raters to pair: the chosen one, or each who rated, in the order of {@link Rater}; one
   * empty rater if nobody did.
   */
  List<Optional<Rater>> raters(Episode episode, List<Review> reviews, String indicator,
      Optional<String> member, LocalDate asOf) {
    if (!named.isEmpty()) {
      return named;
    }
    Set<Rater> found = EnumSet.noneOf(Rater.class);
    for (Review review : reviews) {
      if (Pairing.isCandidate(review, episode, indicator, member, asOf)) {
        found.add(review.rater());
      }
    }
    if (found.isEmpty()) {
      return NO_RATER;
    }
    List<Optional<Rater>> raters = new ArrayList<>();
    for (Rater rater : found) {
      raters.add(Optional.of(rater));
    }
    return raters;
  }

  /** The pair of one rater's ratings, or {@link #NOBODY}'s. */
  private ReviewPair pair(Episode episode, List<Review> reviews, String indicator,
      Optional<String> member, Optional<Rater> rater, LocalDate asOf) {
    return rater.isPresent()
        ? pairing.pair(episode, reviews, indicator, member, rater.get(), asOf) : NOBODY;
  }

  /**
   * The pair that {@link #changes} holds for an indicator and person as one rater sees them: that
   * rater's, or {@link #NOBODY} when no rater rated it; null when others rated it but not that
   * rater (or, with no rater, when someone did). A rater the pairing names is every row's.
   */
  @Nullable ReviewPair row(Episode episode, List<Review> reviews, String indicator,
      Optional<String> member, Optional<Rater> view, LocalDate asOf) {
    if (!named.isEmpty()) {
      return pair(episode, reviews, indicator, member, named.get(0), asOf);   // every row's rater
    }
    List<Optional<Rater>> raters = raters(episode, reviews, indicator, member, asOf);
    if (raters.contains(view)) {
      return pair(episode, reviews, indicator, member, view, asOf);
    }
    return raters == NO_RATER ? NOBODY : null;
  }

  /** Returns the framework's code and the pairing. */
  @Override
  public String toString() {
    return "ChangeCalculator[" + framework.code() + ", " + pairing + "]";
  }
}
