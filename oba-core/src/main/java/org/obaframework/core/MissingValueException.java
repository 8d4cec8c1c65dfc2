package org.obaframework.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown by a builder when a required field has not been set.
 *
 * <p>For example building an indicator without a scale fails with {@code Indicator, field scale:
 * missing value; expected a value, found none}.
 */
public final class MissingValueException extends ValidationException {
  private static final long serialVersionUID = 1L;
  private static final Pattern GENERATED =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  /**
   * Creates the exception from a builder's report of the fields it lacks.
   *
   * @param builderMessage the report, naming the type and the fields not set
   */
  public MissingValueException(String builderMessage) {
    super(problem(builderMessage));
  }

  private static Problem problem(String builderMessage) {
    Matcher matcher = GENERATED.matcher(builderMessage);
    return matcher.matches()
        ? Problem.of(ProblemType.MISSING_VALUE, matcher.group(1), matcher.group(2), "a value",
            "none")
        : Problem.of(ProblemType.MISSING_VALUE, "builder", "?", "a value", builderMessage);
  }
}
