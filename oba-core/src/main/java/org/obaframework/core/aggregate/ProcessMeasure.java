package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.EpisodeChoice;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.SubjectRecords;

/**
 * How well did we do it? The proportion of episodes or reviews of a programme meeting a
 * {@link ProcessCondition}, or of children, families or adults whose episodes meet it.
 *
 * <pre>{@code
 * ProcessMeasure.of("IFS-BASELINE-4W", Label.of("Baseline review within 4 weeks"), "IFS",
 *     ProcessCondition.baselineWithin(28));                          // of episodes
 * ProcessMeasure.of("IFS-BASELINE-4W-C", Label.of("Children seen within 4 weeks"), "IFS",
 *     ProcessCondition.baselineWithin(28))
 *     .withUnit(CountingUnit.CHILD, EpisodeChoice.ANY);              // of children, any episode
 * }</pre>
 *
 * <p>The condition judges each episode it applies to (an episode started in the period for a
 * baseline within days, ended in the period for a planned closure, open in the period otherwise)
 * or each review. Counted per child, family or adult, a unit is judged on those of its episodes
 * the {@link EpisodeChoice} takes among the episodes the condition judges, and counts once; a
 * family's children and adults are judged on the family's episodes. Immutable and thread-safe.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param programme the programme's code
 * @param condition the condition
 * @param unit what is counted: {@link ProcessCondition#unit()} (episodes, or reviews), or
 *     children, families or adults for a condition of episodes
 * @param episodeChoice which episodes a child, family or adult is judged on; {@link
 *     EpisodeChoice#LATEST} for episodes and reviews
 */
public record ProcessMeasure(String code, Label name, String programme,
    ProcessCondition condition, CountingUnit unit, EpisodeChoice episodeChoice)
    implements MeasureDefinition {
  /**
   * Checks the codes and the unit of judgement.
   *
   * @throws ValidationException if a code is malformed, the unit does not fit the condition
   *     (reviews for a condition of reviews; episodes, children, families or adults for a
   *     condition of episodes), or episodes or reviews are given an episode choice
   */
  public ProcessMeasure {
    Checks.code(Item.of(Item.MEASURE), "code", code);
    Item location = Item.of(Item.MEASURE, code);
    Checks.code(location, "programme", programme);
    boolean reviews = condition.unit() == CountingUnit.REVIEW;
    if (reviews ? unit != CountingUnit.REVIEW : unit == CountingUnit.REVIEW) {
      throw Checks.fail(ProblemType.UNSUPPORTED_CHOICE, location, "unit",
          reviews ? "REVIEW, as the condition judges reviews"
              : "EPISODE, CHILD, FAMILY or ADULT, as the condition judges episodes",
          unit.toString());
    }
    if ((unit == CountingUnit.EPISODE || unit == CountingUnit.REVIEW)
        && episodeChoice != EpisodeChoice.LATEST) {
      throw Checks.fail(ProblemType.UNSUPPORTED_CHOICE, location, "episodeChoice",
          "no episode choice for " + unit + " units", episodeChoice.toString());
    }
  }

  /**
   * Returns a How well measure of episodes or reviews, as its condition judges.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param condition the condition
   * @throws ValidationException if a code is malformed
   */
  public ProcessMeasure(String code, Label name, String programme, ProcessCondition condition) {
    this(code, name, programme, condition, condition.unit(), EpisodeChoice.LATEST);
  }

  /**
   * Returns a How well measure of episodes or reviews, as its condition judges.
   *
   * @param code the measure's code
   * @param name the measure's name
   * @param programme the programme's code
   * @param condition the condition
   * @return the definition
   * @throws ValidationException if a code is malformed
   */
  public static ProcessMeasure of(String code, Label name, String programme,
      ProcessCondition condition) {
    return new ProcessMeasure(code, name, programme, condition);
  }

  /**
   * Returns a copy that counts other units: episodes, or children, families or adults judged on
   * the episodes a choice takes.
   *
   * @param unit EPISODE, CHILD, FAMILY or ADULT for a condition of episodes
   * @param episodeChoice which episodes a child, family or adult is judged on ({@link
   *     EpisodeChoice#LATEST} for episodes)
   * @return the copy
   * @throws ValidationException if the unit does not fit the condition, or episodes are given an
   *     episode choice
   */
  public ProcessMeasure withUnit(CountingUnit unit, EpisodeChoice episodeChoice) {
    return new ProcessMeasure(code, name, programme, condition, unit, episodeChoice);
  }

  @Override
  public Section section() {
    return Section.HOW_WELL;
  }

  @Override
  public Tally empty(OutcomesFramework framework) {
    return Proportion.EMPTY;
  }

  @Override
  public List<Problem> problems(OutcomesFramework framework) {
    List<Problem> problems = Bound.programmeProblems(this, framework);
    if (condition instanceof ProcessCondition.HasServiceOutput has) {
      String output = has.serviceOutput();
      if (framework.serviceOutput(output).isEmpty()) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
            Item.of(Item.MEASURE, code), "condition.serviceOutput",
            "a service output of framework " + Redaction.quote(framework.code()),
            Redaction.code(output)));
      }
    }
    return problems;
  }

  /** Binds the measure to a framework it fits. */
  Bound bind(OutcomesFramework framework) {
    return this::contributions;
  }

  private List<Contribution> contributions(SubjectRecords records, ReportingPeriod period,
      LocalDate asOf) {
    List<Contribution> out = new ArrayList<>();
    List<Episode> judged = new ArrayList<>();
    List<Proportion> tallies = new ArrayList<>();
    LocalDate last = Bound.lastDay(period, asOf);
    for (Episode episode : Bound.episodesIn(records, programme, period, asOf)) {
      List<Review> reviews = new ArrayList<>();
      for (Review review : records.reviewsOf(episode.id())) {
        if (!review.assessedOn().isAfter(last)) {
          reviews.add(review);
        }
      }
      reviews.sort(Comparator.comparing(Review::assessedOn).thenComparing(Review::kind)
          .thenComparing(Review::id));
      if (condition instanceof ProcessCondition.ReviewsWithin within) {
        reviewsOnTime(within.days(), episode, reviews, period, out);
      } else {
        episodeProportion(episode, reviews, period, last).ifPresent(p -> {
          judged.add(episode);
          tallies.add(p);
        });
      }
    }
    if (unit == CountingUnit.EPISODE) {
      for (int e = 0; e < judged.size(); e++) {
        out.add(new Contribution(tallies.get(e), Optional.empty(), List.of(judged.get(e))));
      }
    } else if (!judged.isEmpty()) {
      List<Episode> chosen = Units.judged(judged, episodeChoice, period, asOf);
      List<Proportion> parts = new ArrayList<>();
      for (Episode episode : chosen) {
        parts.add(tallies.get(judged.indexOf(episode)));
      }
      Units.each(records, unit, Units.combine(parts, episodeChoice), chosen,
          (tally, member, episodes) -> out.add(new Contribution(tally, member, episodes)));
    }
    return out;
  }

  private Optional<Proportion> episodeProportion(Episode episode, List<Review> reviews,
      ReportingPeriod period, LocalDate asOf) {
    if (condition instanceof ProcessCondition.BaselineWithin within) {
      if (!period.contains(episode.start())) {
        return Optional.empty();
      }
      int days = within.days();
      LocalDate due = episode.start().plusDays(days);
      boolean onTime = reviews.stream().anyMatch(r -> r.kind() == ReviewKind.BASELINE
          && !r.assessedOn().isAfter(due));
      if (!onTime && due.isAfter(asOf)) {
        return Optional.of(new Proportion(0, 0, 1, 0, 0));   // not yet due
      }
      return Optional.of(Proportion.of(onTime));
    }
    if (condition instanceof ProcessCondition.ViewRecorded view) {
      var raters = view.raters();
      return Optional.of(Proportion.of(reviews.stream().anyMatch(r -> raters.contains(r.rater()))));
    }
    if (condition instanceof ProcessCondition.PlannedClosure) {
      if (episode.end().isEmpty() || !period.contains(episode.end().get())
          || episode.end().get().isAfter(asOf)) {
        return Optional.empty();
      }
      return Optional.of(episode.closureReason()
          .map(reason -> Proportion.of(reason.isPlanned()))
          .orElse(new Proportion(0, 0, 1, 0, 0)));   // ended without a reason: excluded
    }
    String output = ((ProcessCondition.HasServiceOutput) condition).serviceOutput();
    return Optional.of(Proportion.of(episode.serviceOutputs().contains(output)));
  }

  private static void reviewsOnTime(int days, Episode episode, List<Review> reviews,
      ReportingPeriod period, List<Contribution> out) {
    LocalDate previous = null;
    for (Review review : reviews) {
      if (review.kind() == ReviewKind.FOLLOW_UP) {
        continue;
      }
      if (previous != null && review.assessedOn().equals(previous)) {
        continue;   // another rater's review of the same occasion
      }
      if (review.kind() != ReviewKind.BASELINE && period.contains(review.assessedOn())) {
        LocalDate since = previous != null ? previous : episode.start();
        boolean onTime = ChronoUnit.DAYS.between(since, review.assessedOn()) <= days;
        out.add(new Contribution(Proportion.of(onTime), Optional.empty(), List.of(episode)));
      }
      previous = review.assessedOn();
    }
  }
}
