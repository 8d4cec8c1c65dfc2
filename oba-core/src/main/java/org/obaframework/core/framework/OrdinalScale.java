package org.obaframework.core.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
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
  private final Map<Integer, Integer> positionsByScore;

  private OrdinalScale(List<OrdinalLevel> levels) {
    this.levels = List.copyOf(levels);
    Map<String, Integer> byCode = new HashMap<>();
    Map<Integer, Integer> byScore = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      byCode.put(levels.get(i).code(), i);
      byScore.put(levels.get(i).score(), i);
    }
    this.positions = Map.copyOf(byCode);
    this.positionsByScore = Map.copyOf(byScore);
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
      problems.add(Problem.of(ProblemType.EMPTY_SCALE, Item.of("ordinal scale"),
          "levels", "at least 2 levels", levels.size() + ""));
    }
    Set<String> codes = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      OrdinalLevel level = levels.get(i);
      String field = "levels[" + i + "]";
      boolean newCode = codes.add(level.code());
      if (!newCode) {
        problems.add(Problem.of(ProblemType.DUPLICATE_LEVEL, Item.of("ordinal scale"),
            field + ".code", "a code not used by another level",
            Redaction.code(level.code())));
      }
      // A label that repeats only because it is the repeated code is one mistake, not two.
      boolean sameAsCode = level.label().text().equals(level.code());
      if (!labels.add(level.label().text()) && (newCode || !sameAsCode)) {
        problems.add(Problem.of(ProblemType.DUPLICATE_LEVEL, Item.of("ordinal scale"),
            field + ".label", "a label not used by another level",
            "the label of an earlier level"));
      }
      if (i > 0 && level.score() <= levels.get(i - 1).score()) {
        problems.add(Problem.of(ProblemType.UNORDERED_LEVELS, Item.of("ordinal scale"),
            field + ".score",
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
      String code = Checks.code(Item.of("ordinal scale"), "levels[" + i + "].code", codes[i]);
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

  /**
   * Tells whether a value lies on this scale: a level named by its code, or a number equal to a
   * level's score (a 1-10 journey of change is often recorded as numbers).
   *
   * @param value the value
   * @return true if the value names a level of this scale
   */
  @Override
  public boolean accepts(ScaleValue value) {
    return positionOf(value) != null;
  }

  private @Nullable Integer positionOf(ScaleValue value) {
    if (value instanceof ScaleValue.Level level) {
      return positions.get(level.code());
    }
    if (value instanceof ScaleValue.Numeric numeric) {
      double number = numeric.value();
      return number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE
          ? positionsByScore.get((int) number) : null;
    }
    return null;
  }

  /**
   * Returns the level a value names: by its code, or by its score.
   *
   * @param value a value
   * @return the level, or empty if the value names no level of this scale
   */
  public Optional<OrdinalLevel> level(ScaleValue value) {
    Integer position = positionOf(value);
    return position == null ? Optional.empty() : Optional.of(levels.get(position));
  }

  @Override
  public Optional<Label> labelOf(ScaleValue value) {
    return level(value).map(OrdinalLevel::label);
  }

  @Override
  public String describe(ScaleValue value) {
    if (accepts(value)) {
      return value instanceof ScaleValue.Level ? "a level of the scale" : "a level's score";
    }
    if (value instanceof ScaleValue.Level level) {
      List<String> codes = levels.stream().map(OrdinalLevel::code).toList();
      return "a level code of " + level.code().length() + " characters that is not on the scale"
          + Redaction.suggest(level.code(), codes);
    }
    if (value instanceof ScaleValue.Numeric numeric) {
      int least = levels.stream().mapToInt(OrdinalLevel::score).min().orElse(0);
      int most = levels.stream().mapToInt(OrdinalLevel::score).max().orElse(0);
      double number = numeric.value();
      return number < least || number > most ? Redaction.number(number, least, most)
          .replace(" bound ", " score ") : "a number that is no level's score";
    }
    return "yes or no, not a level";
  }

  @Override
  public String expectation() {
    return "one of [" + codes() + "] or a level's score";
  }

  private String codes() {
    return levels.stream().map(OrdinalLevel::code).collect(Collectors.joining(", "));
  }

  @Override
  public double position(ScaleValue value) {
    Integer position = positionOf(value);
    if (position == null) {
      throw Checks.fail(ProblemType.VALUE_OFF_SCALE, Item.of("ordinal scale"), "value",
          expectation(), describe(value));
    }
    return position;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrdinalScale that && levels.equals(that.levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return "ordinal[" + codes() + "]";
  }
}
