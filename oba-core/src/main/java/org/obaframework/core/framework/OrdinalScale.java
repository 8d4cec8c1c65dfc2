package org.obaframework.core.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A scale of ordered, labelled levels, such as risk of entering care (none, low, medium, high) or
 * a 1-10 journey of change.
 *
 * <pre>{@code
 * OrdinalScale risk = OrdinalScale.of("none", "low", "medium", "high");
 * risk.position(ScaleValue.level("medium"));   // 2.0
 * }</pre>
 *
 * <p>Levels are listed in order of their scores, which must strictly increase; a difference
 * between two ratings is counted in levels (positions), not in scores. Immutable and thread-safe.
 */
public final class OrdinalScale implements Scale {
  private final List<OrdinalLevel> levels;
  private final Map<String, Integer> positions;

  private OrdinalScale(List<OrdinalLevel> levels) {
    this.levels = List.copyOf(levels);
    Map<String, Integer> byCode = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      byCode.put(levels.get(i).code(), i);
    }
    this.positions = Map.copyOf(byCode);
  }

  /**
   * Returns a scale of the given levels.
   *
   * @param levels at least two levels, in order of strictly increasing score
   * @return the scale
   * @throws ValidationException listing every problem: fewer than two levels, a code or label used
   *     twice, scores not strictly increasing
   */
  public static OrdinalScale of(List<OrdinalLevel> levels) {
    List<Problem> problems = new ArrayList<>();
    if (levels.size() < 2) {
      problems.add(Problem.of(ProblemType.EMPTY_SCALE, "ordinal scale",
          "levels", "at least 2 levels", levels.size() + ""));
    }
    Set<String> codes = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      OrdinalLevel level = levels.get(i);
      String field = "levels[" + i + "]";
      if (!codes.add(level.code())) {
        problems.add(Problem.of(ProblemType.DUPLICATE_LEVEL,
            "ordinal scale", field + ".code", "a code not used by another level",
            Checks.quote(level.code())));
      }
      if (!labels.add(level.label().text())) {
        problems.add(Problem.of(ProblemType.DUPLICATE_LEVEL,
            "ordinal scale", field + ".label", "a label not used by another level",
            Checks.quote(level.label().text())));
      }
      if (i > 0 && level.score() <= levels.get(i - 1).score()) {
        problems.add(Problem.of(ProblemType.UNORDERED_LEVELS,
            "ordinal scale", field + ".score",
            "a score above " + levels.get(i - 1).score() + " (scores strictly increase)",
            Integer.toString(level.score())));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new OrdinalScale(levels);
  }

  /**
   * Returns a scale of levels named by their codes, labelled by their codes and scored 1, 2, 3,
   * ... in the order given.
   *
   * @param codes at least two distinct codes, lowest first
   * @return the scale
   * @throws ValidationException if there are fewer than two codes, a code is malformed or repeated
   */
  public static OrdinalScale of(String... codes) {
    List<OrdinalLevel> levels = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      String code = Checks.code("ordinal scale", "levels[" + i + "].code", codes[i]);
      levels.add(OrdinalLevel.of(code, Label.of(code), i + 1));
    }
    return of(levels);
  }

  /**
   * Returns the levels, lowest first.
   *
   * @return an unmodifiable list
   */
  public List<OrdinalLevel> levels() {
    return levels;
  }

  /**
   * Returns the level with the given code.
   *
   * @param code a level's code
   * @return the level, or empty if the scale has none with that code
   */
  public Optional<OrdinalLevel> level(String code) {
    Integer position = positions.get(code);
    return position == null ? Optional.empty() : Optional.of(levels.get(position));
  }

  @Override
  public boolean accepts(ScaleValue value) {
    return value instanceof ScaleValue.Level
        && positions.containsKey(((ScaleValue.Level) value).code());
  }

  @Override
  public String expectation() {
    return "one of [" + levels.stream().map(OrdinalLevel::code).collect(Collectors.joining(", "))
        + "]";
  }

  @Override
  public double position(ScaleValue value) {
    if (!accepts(value)) {
      throw Checks.fail(ProblemType.VALUE_OFF_SCALE, "ordinal scale", "value", expectation(),
          Checks.quote(value.toString()));
    }
    return positions.get(((ScaleValue.Level) value).code());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrdinalScale && levels.equals(((OrdinalScale) other).levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return "ordinal" + expectation().substring("one of ".length());
  }
}
