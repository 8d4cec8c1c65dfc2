package org.obaframework.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Thrown by a builder when required fields have not been set: one {@link Problem} per field.
 *
 * <p>For example building an indicator with neither scale nor polarity fails with {@code 2
 * problems: Indicator builder, field scale: missing value; expected a value, found none} and the
 * same for {@code polarity}.
 */
public final class MissingValueException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the fields a builder lacks.
   *
   * @param fields the names of the fields not set, at least one
   */
  public MissingValueException(String... fields) {
    super(problems(fields));
  }

  private static List<Problem> problems(String... fields) {
    String location = builtType().map(type -> type + " builder").orElse("builder");
    List<Problem> problems = new ArrayList<>();
    for (String field : fields) {
      problems.add(Problem.of(ProblemType.MISSING_VALUE, Item.of(location), field, "a value", "none"));
    }
    if (problems.isEmpty()) {
      problems.add(Problem.of(ProblemType.MISSING_VALUE, Item.of(location), "?", "a value", "none"));
    }
    return problems;
  }

  /** Finds the type being built: the caller is the builder oba's generated code declares. */
  private static Optional<String> builtType() {
    return StackWalker.getInstance().walk(frames -> frames
        .map(StackWalker.StackFrame::getClassName)
        .filter(name -> name.startsWith("org.obaframework.") && name.endsWith("$Builder"))
        .findFirst())
        .map(name -> name.substring(name.lastIndexOf('.') + 1, name.length() - "$Builder".length()))
        .map(name -> name.startsWith("Immutable") ? name.substring("Immutable".length()) : name);
  }
}
