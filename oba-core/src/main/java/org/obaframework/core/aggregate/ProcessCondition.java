package org.obaframework.core.aggregate;

import java.util.Set;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.records.Rater;

/**
 * A condition of how well a service was delivered, for a How well measure: each is a proportion
 * of episodes or of reviews.
 *
 * <pre>{@code
 * ProcessCondition.baselineWithin(28);             // baseline review within 4 weeks of start
 * ProcessCondition.reviewsWithin(91);              // each review within 13 weeks of the last
 * ProcessCondition.viewRecorded(Set.of(Rater.CHILD_OR_YOUNG_PERSON));
 * ProcessCondition.plannedClosure();               // closures planned rather than unplanned
 * ProcessCondition.hasServiceOutput("PLAN");       // a plan in place
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe, with structural equality.
 */
public sealed interface ProcessCondition permits ProcessCondition.BaselineWithin,
    ProcessCondition.ReviewsWithin, ProcessCondition.ViewRecorded,
    ProcessCondition.PlannedClosure, ProcessCondition.HasServiceOutput {

  /**
   * Returns what the condition counts: episodes or reviews.
   *
   * @return {@link CountingUnit#EPISODE} or {@link CountingUnit#REVIEW}
   */
  CountingUnit unit();

  /**
   * Describes the condition, such as {@code "baseline review within 28 days of the start"}.
   *
   * @return the description
   */
  String description();

  /**
   * Episodes started in the period whose baseline review was within some days of the start; an
   * episode not yet that old by the as-of date, without a baseline yet, is excluded.
   *
   * @param days the days allowed, 0 or more
   * @return the condition
   * @throws ValidationException if days is negative
   */
  static ProcessCondition baselineWithin(int days) {
    return new BaselineWithin(days);
  }

  /**
   * Reviews (not baselines or follow-ups) assessed in the period that came within some days of
   * the episode's previous review; reviews of one day by several raters are one occasion. A
   * review that was due but never happened is not counted: report the gap with {@link
   * #baselineWithin(int)} and counts of reviews.
   *
   * @param days the days allowed, 1 or more
   * @return the condition
   * @throws ValidationException if days is below 1
   */
  static ProcessCondition reviewsWithin(int days) {
    return new ReviewsWithin(days);
  }

  /**
   * Episodes open in the period with at least one review rated by one of some raters, such as the
   * child's own view.
   *
   * @param raters the raters whose view counts, at least one
   * @return the condition
   * @throws ValidationException if no rater is given
   */
  static ProcessCondition viewRecorded(Set<Rater> raters) {
    return new ViewRecorded(raters);
  }

  /**
   * Episodes ended in the period whose closure was planned; an ended episode without a closure
   * reason is excluded.
   *
   * @return the condition
   */
  static ProcessCondition plannedClosure() {
    return new PlannedClosure();
  }

  /**
   * Episodes open in the period that were given a service output, such as a plan in place.
   *
   * @param serviceOutput the output's code
   * @return the condition
   * @throws ValidationException if the code is malformed
   */
  static ProcessCondition hasServiceOutput(String serviceOutput) {
    return new HasServiceOutput(serviceOutput);
  }

  /**
   * A baseline review within some days of the start.
   *
   * @param days the days allowed
   */
  record BaselineWithin(int days) implements ProcessCondition {
    /**
     * Checks the days.
     *
     * @throws ValidationException if days is negative
     */
    public BaselineWithin {
      if (days < 0) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("process condition"), "days", "0 or more",
            Integer.toString(days));
      }
    }

    @Override
    public CountingUnit unit() {
      return CountingUnit.EPISODE;
    }

    @Override
    public String description() {
      return "baseline review within " + days + " days of the start";
    }
  }

  /**
   * Each review within some days of the previous one.
   *
   * @param days the days allowed
   */
  record ReviewsWithin(int days) implements ProcessCondition {
    /**
     * Checks the days.
     *
     * @throws ValidationException if days is below 1
     */
    public ReviewsWithin {
      if (days < 1) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("process condition"), "days", "1 or more",
            Integer.toString(days));
      }
    }

    @Override
    public CountingUnit unit() {
      return CountingUnit.REVIEW;
    }

    @Override
    public String description() {
      return "review within " + days + " days of the previous one";
    }
  }

  /**
   * A view recorded by one of some raters.
   *
   * @param raters the raters whose view counts
   */
  record ViewRecorded(Set<Rater> raters) implements ProcessCondition {
    /**
     * Checks and copies the raters.
     *
     * @throws ValidationException if no rater is given
     */
    public ViewRecorded {
      if (raters.isEmpty()) {
        throw Checks.fail(ProblemType.MISSING_VALUE, Item.of("process condition"), "raters",
            "at least one rater", "none");
      }
      raters = Set.copyOf(raters);
    }

    @Override
    public CountingUnit unit() {
      return CountingUnit.EPISODE;
    }

    @Override
    public String description() {
      return "view recorded by " + raters.stream().map(Enum::name).sorted().toList();
    }
  }

  /** A planned closure. */
  record PlannedClosure() implements ProcessCondition {
    @Override
    public CountingUnit unit() {
      return CountingUnit.EPISODE;
    }

    @Override
    public String description() {
      return "closure planned";
    }
  }

  /**
   * A service output given.
   *
   * @param serviceOutput the output's code
   */
  record HasServiceOutput(String serviceOutput) implements ProcessCondition {
    /**
     * Checks the code.
     *
     * @throws ValidationException if the code is malformed
     */
    public HasServiceOutput {
      Checks.code(Item.of("process condition"), "serviceOutput", serviceOutput);
    }

    @Override
    public CountingUnit unit() {
      return CountingUnit.EPISODE;
    }

    @Override
    public String description() {
      return "given " + serviceOutput;
    }
  }
}
