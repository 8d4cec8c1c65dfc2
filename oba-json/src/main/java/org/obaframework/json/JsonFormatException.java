package org.obaframework.json;

import java.util.List;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;

/**
 * Thrown when a JSON document cannot be read: it is malformed, breaks a limit, does not have the
 * format's shape, or describes something oba's rules forbid. Lists every {@link Problem} found,
 * up to the reader's {@link ReadLimits#problems()} (by default {@value ReadLimits#PROBLEMS}),
 * and counts the rest ({@link #unlisted()}); each problem is located by a JSON Pointer with line
 * and column, such as {@code /indicators/2/scale/levels/1 (line 14, column 9)}.
 *
 * <p>Part of oba's one exception family: a {@link ValidationException}, so callers that handle
 * invalid definitions handle invalid documents too.
 */
public final class JsonFormatException extends ValidationException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates an exception listing the given problems.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonFormatException(List<Problem> problems) {
    super(problems);
  }

  /**
   * Creates an exception listing the given problems, and counting more found but not listed.
   *
   * @param problems the problems listed, at least one
   * @param unlisted how many more were found
   * @throws IllegalArgumentException if {@code problems} is empty or {@code unlisted} negative
   */
  public JsonFormatException(List<Problem> problems, long unlisted) {
    super(problems, unlisted);
  }

  /**
   * Returns the exception for the problems a reader found: the first {@code listed} of them
   * listed, the rest counted with {@code unlisted}.
   *
   * @param problems the problems kept, at least one
   * @param unlisted how many more were found and counted only
   * @param listed the most problems listed
   * @return the exception
   */
  static JsonFormatException of(List<Problem> problems, long unlisted, int listed) {
    if (problems.size() <= listed) {
      return new JsonFormatException(problems, unlisted);
    }
    return new JsonFormatException(problems.subList(0, listed),
        unlisted + problems.size() - listed);
  }
}
