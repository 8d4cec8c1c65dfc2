package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;

/**
 * How much did we do? A distinct count of children, families, adults, episodes or reviews in a
 * period, optionally only those given a service output, or only reviews by some raters or of some
 * kinds.
 *
 * <pre>{@code
 * CountMeasure.of("IFS-FAMILIES", Label.of("Families supported"), "IFS", CountingUnit.FAMILY);
 * CountMeasure.of("IFS-CHILDREN", Label.of("Children supported"), "IFS", CountingUnit.CHILD);
 * CountMeasure.ofOutput("IFS-RESIDENTIAL", Label.of("Families given residential support"),
 *     "IFS", CountingUnit.FAMILY, "RES-SUPPORT");
 * CountMeasure.of("IFS-PRACTITIONER-REVIEWS", Label.of("Practitioner reviews"), "IFS",
 *     CountingUnit.REVIEW).withRaters(Set.of(Rater.PRACTITIONER))
 *     .withReviewKinds(Set.of(ReviewKind.REVIEW, ReviewKind.CLOSURE));
 * }</pre>
 *
 * <p>A child, family or adult counts once if any of its episodes of the programme is open in the
 * period (children and adults of a family are its members; a child subject is one child), however
 * many episodes it has and however they overlap; an episode counts if open in the period; a
 * review if assessed in the period (follow-ups only when their kind is asked for). With raters or
 * review kinds, only reviews by those raters and of those kinds count, and a child, family,
 * adult or episode counts only if it has such a review assessed in the period. Immutable and
 * thread-safe.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param programme the programme's code
 * @param unit what is counted
 * @param serviceOutput if present, only units with an episode given this output count
 * @param raters if not empty, only reviews by these raters count
 * @param reviewKinds if not empty, only reviews of these kinds count; empty, every kind but
 *     {@link ReviewKind#FOLLOW_UP}
 */
public record CountMeasure(String code, Label name, String programme, CountingUnit unit,
    Optional<String> serviceOutput, Set<Rater> raters, Set<ReviewKind> reviewKinds)
    implements MeasureDefinition {
  /** The kinds of review counted when none is asked for: every kind but follow-up. */
  private static final Set<ReviewKind> USUAL_KINDS =
      EnumSet.complementOf(EnumSet.of(ReviewKind.FOLLOW_UP));

  /**
   * Checks the codes and copies the sets.
   *
   * @throws ValidationException if a code is malformed
   */
  public CountMeasure {
    Checks.code(Item.of(Item.MEASURE), "code", code);
    Checks.code(Item.of(Item.MEASURE, code), "programme", programme);
    serviceOutput.ifPresent(o -> Checks.code(Item.of(Item.MEASURE, code),
        "serviceOutput", o));
    raters = Set.copyOf(raters);
    reviewKinds = Set.copyOf(reviewKinds);
  }

  /**
   * Returns a count of units, of any rater's reviews.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param unit what is counted
   * @param serviceOutput if present, only units with an episode given this output count
   * @throws ValidationException if a code is malformed
   */
  public CountMeasure(String code, Label name, String programme, CountingUnit unit,
      Optional<String> serviceOutput) {
    this(code, name, programme, unit, serviceOutput, Set.of(), Set.of());
  }

  /**
   * Returns a count of units.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param unit what is counted
   * @return the definition
   * @throws ValidationException if a code is malformed
   */
  public static CountMeasure of(String code, Label name, String programme, CountingUnit unit) {
    return new CountMeasure(code, name, programme, unit, Optional.empty());
  }

  /**
   * Returns a count of units given a service output, such as families given residential support.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param unit what is counted
   * @param serviceOutput the output's code
   * @return the definition
   * @throws ValidationException if a code is malformed
   */
  public static CountMeasure ofOutput(String code, Label name, String programme,
      CountingUnit unit, String serviceOutput) {
    return new CountMeasure(code, name, programme, unit, Optional.of(serviceOutput));
  }

  /**
   * Returns a copy that counts only reviews by some raters (and, for other units, only units
   * with such a review in the period).
   *
   * @param raters the raters; empty for any
   * @return the copy
   */
  public CountMeasure withRaters(Set<Rater> raters) {
    return new CountMeasure(code, name, programme, unit, serviceOutput, raters, reviewKinds);
  }

  /**
   * Returns a copy that counts only reviews of some kinds (and, for other units, only units with
   * such a review in the period).
   *
   * @param kinds the kinds; empty for every kind but follow-up
   * @return the copy
   */
  public CountMeasure withReviewKinds(Set<ReviewKind> kinds) {
    return new CountMeasure(code, name, programme, unit, serviceOutput, raters, kinds);
  }

  /** Whether only some reviews count: by raters or kinds asked for. */
  private boolean filtersReviews() {
    return !raters.isEmpty() || !reviewKinds.isEmpty();
  }

  /** Whether a review counts: by a rater and of a kind asked for, assessed in the period. */
  private boolean counts(Review review, ReportingPeriod period, LocalDate asOf) {
    return (reviewKinds.isEmpty() ? USUAL_KINDS : reviewKinds).contains(review.kind())
        && (raters.isEmpty() || raters.contains(review.rater()))
        && period.contains(review.assessedOn()) && !review.assessedOn().isAfter(asOf);
  }

  @Override
  public Section section() {
    return Section.HOW_MUCH;
  }

  @Override
  public Tally empty(OutcomesFramework framework) {
    return Count.ZERO;
  }

  @Override
  public List<Problem> problems(OutcomesFramework framework) {
    List<Problem> problems = Bound.programmeProblems(this, framework);
    serviceOutput.filter(o -> framework.serviceOutput(o).isEmpty()).ifPresent(o ->
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
            Item.of(Item.MEASURE, code), "serviceOutput",
            "a service output of framework " + Redaction.quote(framework.code()),
            Redaction.code(o))));
    return problems;
  }

  /** Binds the measure to a framework it fits. */
  Bound bind(OutcomesFramework framework) {
    return (records, period, asOf) -> {
      List<Episode> episodes = new ArrayList<>();
      for (Episode episode : filtersReviews() ? begun(records, period, asOf)
          : Bound.episodesIn(records, programme, period, asOf)) {
        if (serviceOutput.map(o -> episode.serviceOutputs().contains(o)).orElse(true)
            && (!filtersReviews() || unit == CountingUnit.REVIEW
                || records.reviewsOf(episode.id()).stream()
                    .anyMatch(r -> counts(r, period, asOf)))) {
          episodes.add(episode);
        }
      }
      if (episodes.isEmpty()) {
        return List.of();
      }
      List<Contribution> out = new ArrayList<>();
      boolean child = records.subject().kind() == SubjectKind.CHILD;
      switch (unit) {
        case CHILD -> {
          if (child) {
            out.add(new Contribution(Count.ONE, Optional.empty(), episodes));
          } else {
            members(records, MemberRole.CHILD, episodes, out);
          }
        }
        case ADULT -> {
          if (!child) {
            members(records, MemberRole.ADULT, episodes, out);
          }
        }
        case FAMILY -> {
          if (!child) {
            out.add(new Contribution(Count.ONE, Optional.empty(), episodes));
          }
        }
        case EPISODE -> episodes.forEach(e -> out.add(new Contribution(Count.ONE,
            Optional.empty(), List.of(e))));
        default -> {
          for (Episode episode : episodes) {
            for (Review review : records.reviewsOf(episode.id())) {
              if (counts(review, period, asOf)) {
                out.add(new Contribution(Count.ONE, Optional.empty(), List.of(episode)));
              }
            }
          }
        }
      }
      return out;
    };
  }

  /**
   * The subject's episodes of the programme begun by the period's last day: those whose reviews
   * may lie in the period (a follow-up comes after its episode's end).
   */
  private List<Episode> begun(SubjectRecords records, ReportingPeriod period, LocalDate asOf) {
    LocalDate last = Bound.lastDay(period, asOf);
    List<Episode> found = new ArrayList<>();
    for (Episode episode : records.episodes()) {
      if (episode.programme().equals(programme) && !episode.start().isAfter(last)) {
        found.add(episode);
      }
    }
    return found;
  }

  private static void members(SubjectRecords records, MemberRole role, List<Episode> episodes,
      List<Contribution> out) {
    for (Member member : records.subject().members()) {
      if (member.role() == role) {
        out.add(new Contribution(Count.ONE, Optional.of(member), episodes));
      }
    }
  }
}
