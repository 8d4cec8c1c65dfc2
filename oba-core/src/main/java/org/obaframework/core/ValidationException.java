package org.obaframework.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a definition or a batch of records breaks oba's rules; lists every {@link Problem}
 * found, not just the first.
 *
 * <p>A factory that checks one value throws it with a single problem; a validation step over a
 * whole framework or batch of records throws it with all of them.
 */
public class ValidationException extends ObaException {
  private static final long serialVersionUID = 1L;
  /** How many problems the message lists before it summarises the rest. */
  private static final int LISTED = 20;

  private final List<Problem> problems;
  private final long unlisted;

  /**
   * Creates an exception listing the given problems.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValidationException(List<Problem> problems) {
    this(problems, 0);
  }

  /**
   * Creates an exception listing the given problems, and counting more found but not listed (a
   * reader lists up to a limit, so that no input fills the heap with problems).
   *
   * @param problems the problems listed, at least one
   * @param unlisted how many more problems were found, not listed
   * @throws IllegalArgumentException if {@code problems} is empty or {@code unlisted} negative
   */
  protected ValidationException(List<Problem> problems, long unlisted) {
    super(summary(problems, unlisted));
    // An unmodifiable list that is also Serializable, so problems survive serialization.
    this.problems = List.copyOf(problems);
    this.unlisted = unlisted;
  }

  /**
   * Creates an exception with one problem.
   *
   * @param problem the problem
   */
  public ValidationException(Problem problem) {
    this(List.of(problem));
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return the problems, never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found beyond those listed by {@link #problems()}: none, unless
   * a reader reached its limit of problems listed.
   *
   * @return the count of problems not listed
   */
  public long unlisted() {
    return unlisted;
  }

  private static String summary(List<Problem> problems, long unlisted) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    if (unlisted < 0) {
      throw new IllegalArgumentException("unlisted problems cannot be negative: " + unlisted);
    }
    if (problems.size() == 1 && unlisted == 0) {
      return problems.get(0).message();
    }
    String listed = problems.stream()
        .limit(LISTED)
        .map(p -> "\n  - " + p.message())
        .collect(Collectors.joining());
    long rest = problems.size() - Math.min(LISTED, problems.size()) + unlisted;
    return (problems.size() + unlisted) + " problems:" + listed
        + (rest > 0 ? "\n  ... and " + rest + " more" : "");
  }
}
