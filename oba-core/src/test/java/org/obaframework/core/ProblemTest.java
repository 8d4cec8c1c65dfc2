package org.obaframework.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Typed problems (issue 19): a problem holds its item (kind and id) and field path as data, and
 * its message is derived from them; a reader places it by its item, never by its message.
 */
class ProblemTest {
  private static final Item REVIEW = Item.of(Item.REVIEW, "R-17")
      .partOf(Item.of(Item.EPISODE, "E-4"));

  @Test
  void theMessageIsDerivedFromTheParts() {
    Problem problem = Problem.of(ProblemType.VALUE_OFF_SCALE, REVIEW, "ratings[2].value",
        "one of [low, high]", "a level code of 6 characters that is not on the scale");

    assertThat(problem.message()).isEqualTo("review 'R-17' of episode 'E-4', field "
        + "ratings[2].value: value off the scale; expected one of [low, high], found a level "
        + "code of 6 characters that is not on the scale");
    assertThat(problem.location()).isEqualTo("review 'R-17' of episode 'E-4'");
    assertThat(problem).hasToString(problem.message());
  }

  @Test
  void theItemIsDataAReaderLooksUp() {
    String longest = "R" + "x".repeat(127);
    Item item = Item.of(Item.REVIEW, longest).partOf(Item.of(Item.EPISODE, "E-4"));

    assertThat(item.find(Item.REVIEW).flatMap(Item::id)).hasValue(longest);
    assertThat(item.find(Item.EPISODE).flatMap(Item::id)).hasValue("E-4");
    assertThat(item.find(Item.SUBJECT)).isEmpty();
    assertThat(item.toString()).isEqualTo("review 'R" + "x".repeat(39) + "...' of episode "
        + "'E-4'");
  }

  @Test
  void anIdThatIsNotAnIdIsDescribedAndNotKept() {
    Item item = Item.of(Item.SUBJECT, "Jane Smith");

    assertThat(item.id()).isEmpty();
    assertThat(item.isIdentified()).isFalse();
    assertThat(item).hasToString("subject (an id of 10 characters with a space at position 5)");
  }

  @Test
  void aPlacedProblemShowsItsPositionAndItsItem() {
    Problem placed = Problem.of(ProblemType.DATE_AFTER_AS_OF, REVIEW, "assessedOn",
        "a date on or before the as-of date 2026-03-31", "a date 2 days after the as-of date")
        .at("/reviews/3/assessedOn", 12, 20);

    assertThat(placed.location()).isEqualTo("/reviews/3/assessedOn (line 12, column 20)");
    assertThat(placed.message()).startsWith("/reviews/3/assessedOn (line 12, column 20), "
        + "review 'R-17' of episode 'E-4', field assessedOn: date after the as-of date");
    assertThat(placed.position().orElseThrow().line()).isEqualTo(12);
    assertThat(placed.item()).isEqualTo(REVIEW);
  }

  @Test
  void withinPutsTheOuterItemFirst() {
    Problem problem = Problem.of(ProblemType.RULE_DOES_NOT_FIT, Item.named(Item.RULE,
        "improved by at least 50").applyingTo(Item.of(Item.INDICATOR, "SDQ")), "amount",
        "at most 40", "50").within(Item.of(Item.BETTER_OFF_MEASURE, "M"));

    assertThat(problem.location()).isEqualTo("better-off measure 'M', better-off rule "
        + "'improved by at least 50' for indicator 'SDQ'");
    assertThat(problem.item().find(Item.INDICATOR).flatMap(Item::id)).hasValue("SDQ");
  }

  @Test
  @SuppressWarnings("deprecation")
  void theOldEntryPointsStillWorkAndEscapeWhatTheyAreGiven() {
    Problem old = Problem.of(ProblemType.UNKNOWN_REFERENCE, "programme 'IFS'", "serviceArea",
        "one of [FS]", "'XX'\nNo problems");

    assertThat(old.message()).isEqualTo("programme 'IFS', field serviceArea: unknown "
        + "reference; expected one of [FS], found 'XX'\\nNo problems");
    assertThat(old.within("framework 'F'").location()).isEqualTo("framework 'F', programme "
        + "'IFS'");
  }

  @Test
  void aValidationExceptionCountsTheProblemsItDoesNotList() {
    ValidationException listed = new ValidationException(List.of(
        Problem.of(ProblemType.MISSING_VALUE, Item.of("x"), "a", "a value", "none"))) { };

    assertThat(listed.unlisted()).isZero();
  }
}
