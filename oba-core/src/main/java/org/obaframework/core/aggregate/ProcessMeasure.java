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
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.SubjectRecords;

/**
 * How well did we do it? The proportion of episodes or reviews of a programme meeting a
 * {@link ProcessCondition}.
 *
 * <pre>{@code
 * ProcessMeasure.of("IFS-BASELINE-4W", Label.of("Baseline review within 4 weeks"), "IFS",
 *     ProcessCondition.baselineWithin(28));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the measure's code
 * @param name the measure's name
 * @param programme the programme's code
 * @param condition the condition
 */
public record ProcessMeasure(String code, Label name, String programme,
    ProcessCondition condition) implements MeasureDefinition {
  /**
   * Checks the codes.
   *
   * @throws ValidationException if a code is malformed
   */
  public ProcessMeasure {
    Checks.code(Item.of(Item.MEASURE), "code", code);
    Checks.code(Item.of(Item.MEASURE, code), "programme", programme);
  }

  /**
   * Returns a How well measure.
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
    List<Problem> problems = MeasureDefinition.programmeProblems(this, framework);
    if (condition instanceof ProcessCondition.HasServiceOutput) {
      String output = ((ProcessCondition.HasServiceOutput) condition).serviceOutput();
      if (framework.serviceOutput(output).isEmpty()) {
        problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE,
            Item.of(Item.MEASURE, code), "condition.serviceOutput",
            "a service output of framework " + Redaction.quote(framework.code()),
            Redaction.code(output)));
      }
    }
    return problems;
  }

  @Override
  public Bound bind(OutcomesFramework framework) {
    MeasureDefinition.check(problems(framework));
    return this::contributions;
  }

  private List<Contribution> contributions(SubjectRecords records, ReportingPeriod period,
      LocalDate asOf) {
    List<Contribution> out = new ArrayList<>();
    for (Episode episode : MeasureDefinition.episodesIn(records, programme, period, asOf)) {
      List<Review> reviews = new ArrayList<>();
      LocalDate last = MeasureDefinition.lastDay(period, asOf);
      for (Review review : records.reviewsOf(episode.id())) {
        if (!review.assessedOn().isAfter(last)) {
          reviews.add(review);
        }
      }
      reviews.sort(Comparator.comparing(Review::assessedOn).thenComparing(Review::kind)
          .thenComparing(Review::id));
      if (condition instanceof ProcessCondition.ReviewsWithin) {
        reviewsOnTime(((ProcessCondition.ReviewsWithin) condition).days(), episode, reviews,
            period, out);
      } else {
        episodeProportion(episode, reviews, period, last)
            .ifPresent(p -> out.add(new Contribution(p, Optional.empty(), List.of(episode))));
      }
    }
    return out;
  }

  private Optional<Proportion> episodeProportion(Episode episode, List<Review> reviews,
      ReportingPeriod period, LocalDate asOf) {
    if (condition instanceof ProcessCondition.BaselineWithin) {
      if (!period.contains(episode.start())) {
        return Optional.empty();
      }
      int days = ((ProcessCondition.BaselineWithin) condition).days();
      LocalDate due = episode.start().plusDays(days);
      boolean onTime = reviews.stream().anyMatch(r -> r.kind() == ReviewKind.BASELINE
          && !r.assessedOn().isAfter(due));
      if (!onTime && due.isAfter(asOf)) {
        return Optional.of(new Proportion(0, 0, 1, 0, 0));   // not yet due
      }
      return Optional.of(Proportion.of(onTime));
    }
    if (condition instanceof ProcessCondition.ViewRecorded) {
      var raters = ((ProcessCondition.ViewRecorded) condition).raters();
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
