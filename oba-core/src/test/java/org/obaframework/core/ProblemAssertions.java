package org.obaframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

/** Assertions on the problems of the catalogue tests: their type and the key words of messages. */
public final class ProblemAssertions {
  private ProblemAssertions() {}

  /** Something that may throw: building or parsing a bad definition or record. */
  @FunctionalInterface
  public interface Action {
    /**
     * Runs the action.
     *
     * @throws Throwable whatever it throws
     */
    void run() throws Throwable;
  }

  /**
   * Asserts that {@code action} throws an exception of {@code type} with exactly one problem of
   * {@code problemType}, whose message contains every one of {@code words}.
   *
   * @return the exception, for further checks
   */
  public static ValidationException assertRejected(Action action,
      Class<? extends ValidationException> type, ProblemType problemType, List<String> words) {
    Throwable thrown = catchThrowable(action::run);
    assertThat(thrown).isInstanceOf(type);
    ValidationException exception = (ValidationException) thrown;
    assertThat(exception.problems()).hasSize(1);
    assertThat(exception.problems().get(0).type()).isEqualTo(problemType);
    assertThat(exception).hasMessage(exception.problems().get(0).message());
    assertThat(exception.getMessage()).contains(words);
    return exception;
  }

  /**
   * Asserts that {@code problems} holds exactly one problem, of {@code problemType}, whose message
   * contains every one of {@code words}.
   */
  public static void assertOneProblem(List<Problem> problems, ProblemType problemType,
      List<String> words) {
    assertThat(problems)
        .as("problems: %s", problems)
        .hasSize(1);
    assertThat(problems.get(0).type()).isEqualTo(problemType);
    assertThat(problems.get(0).message()).contains(words);
  }
}
