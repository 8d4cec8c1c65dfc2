package org.obaframework.json;

import java.util.List;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;

/**
 * Thrown when a JSON document cannot be read: it is malformed, breaks a limit, does not have the
 * format's shape, or describes something oba's rules forbid. Lists every {@link Problem} found (up
 * to {@link FrameworkJson#MAX_PROBLEMS}), each located by a JSON Pointer with line and column,
 * such as {@code /indicators/2/scale/levels/1 (line 14, column 9)}.
 *
 * <p>Part of oba's one exception family: a {@link ValidationException}, so callers that handle
 * invalid definitions handle invalid documents too.
 */
public final class JsonFormatException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception listing the given problems.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonFormatException(List<Problem> problems) {
    super(problems);
  }
}
