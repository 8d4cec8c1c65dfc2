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

  /**
   * Creates an exception listing the given problems.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValidationException(List<Problem> problems) {
    super(summary(problems));
    // An unmodifiable list that is also Serializable, so problems survive serialization.
    this.problems = List.copyOf(problems);
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

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    String listed = problems.stream()
        .limit(LISTED)
        .map(p -> "\n  - " + p.message())
        .collect(Collectors.joining());
    String rest = problems.size() > LISTED
        ? "\n  ... and " + (problems.size() - LISTED) + " more"
        : "";
    return problems.size() + " problems:" + listed + rest;
  }
}
