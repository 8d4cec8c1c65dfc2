package org.obaframework.core.framework;

import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * One level of an ordinal scale: a code, a label and a score, such as {@code high} "High risk" 3,
 * or step 7 of a 1-10 journey of change.
 *
 * <p>The score orders the levels: a scale lists its levels with strictly increasing scores.
 * Immutable and thread-safe; {@code toString} is the code.
 *
 * @param code the level's code, stable across versions of the scale
 * @param label the level's label
 * @param score the level's score
 */
public record OrdinalLevel(String code, Label label, int score) {
  /**
   * Checks the code.
   *
   * @throws ValidationException if the code is not a code
   */
  public OrdinalLevel {
    Checks.code(Item.of("ordinal level"), "code", code);
  }

  /**
   * Returns a level.
   *
   * @param code the level's code
   * @param label the level's label
   * @param score the level's score
   * @return the level
   * @throws ValidationException if the code is not a code
   */
  public static OrdinalLevel of(String code, Label label, int score) {
    return new OrdinalLevel(code, label, score);
  }

  @Override
  public String toString() {
    return code;
  }
}
