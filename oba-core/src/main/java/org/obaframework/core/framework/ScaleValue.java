package org.obaframework.core.framework;

import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A value on a scale: yes or no, a level of an ordinal scale, or a number.
 *
 * <pre>{@code
 * ScaleValue.of(true);          // on a binary scale
 * ScaleValue.level("medium");   // on an ordinal scale
 * ScaleValue.of(92.5);          // on a numeric scale
 * }</pre>
 *
 * <p>A value alone is not checked against any scale; {@link Scale#accepts(ScaleValue)} does that.
 * Immutable and thread-safe; {@code toString} is canonical: {@code yes}, {@code no}, the level's
 * code, or the number.
 */
public sealed interface ScaleValue permits ScaleValue.Flag, ScaleValue.Level, ScaleValue.Numeric {

  /** Yes. */
  Flag YES = new Flag(true);
  /** No. */
  Flag NO = new Flag(false);

  /**
   * Returns yes or no.
   *
   * @param yes true for yes
   * @return {@link #YES} or {@link #NO}
   */
  static Flag of(boolean yes) {
    return yes ? YES : NO;
  }

  /**
   * Returns a reference to a level of an ordinal scale.
   *
   * @param code the level's code
   * @return the value
   * @throws ValidationException if the code is not a code
   */
  static Level level(String code) {
    return new Level(code);
  }

  /**
   * Returns a number.
   *
   * @param value a finite number
   * @return the value
   * @throws ValidationException if the number is not finite
   */
  static Numeric of(double value) {
    return new Numeric(value);
  }

  /**
   * Parses the canonical text {@code toString()} writes: {@code yes} or {@code no}, a number, or
   * else a level's code. A level whose code reads as a number or as yes or no parses as that
   * number or flag; on an ordinal scale a number names the level with that score.
   *
   * @param text the text
   * @return the value
   * @throws ValidationException if the text is none of these
   */
  static ScaleValue parse(CharSequence text) {
    String string = text.toString();
    if (string.equals("yes") || string.equals("no")) {
      return of(string.equals("yes"));
    }
    if (Checks.NUMBER.matcher(string).matches()) {
      return of(Double.parseDouble(string));
    }
    return level(string);
  }

  /**
   * A value of a binary scale.
   *
   * @param yes true for yes
   */
  record Flag(boolean yes) implements ScaleValue {
    @Override
    public String toString() {
      return yes ? "yes" : "no";
    }
  }

  /**
   * A level of an ordinal scale, named by its code.
   *
   * @param code the level's code
   */
  record Level(String code) implements ScaleValue {
    /**
     * Checks the code.
     *
     * @throws ValidationException if the code is not a code
     */
    public Level {
      Checks.code(Item.of("value"), "level", code);
    }

    @Override
    public String toString() {
      return code;
    }
  }

  /**
   * A value of a numeric scale.
   *
   * @param value a finite number
   */
  record Numeric(double value) implements ScaleValue {
    /**
     * Checks the number.
     *
     * @throws ValidationException if the number is not finite
     */
    public Numeric {
      if (!Double.isFinite(value)) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("value"), "number", "a finite number",
            Double.toString(value));
      }
      value += 0.0; // -0.0 becomes 0.0: one value, one canonical text
    }

    @Override
    public String toString() {
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value)
          : Double.toString(value);
    }
  }
}
