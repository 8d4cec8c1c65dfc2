package org.obaframework.core.framework;

import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A yes/no scale, such as "already evicted" or "attends school regularly".
 *
 * <p>Yes is at position 1 and no at 0; choose the indicator's polarity accordingly. Immutable and
 * thread-safe.
 */
public final class BinaryScale implements Scale {
  /** A binary scale labelled "Yes" and "No". */
  public static final BinaryScale YES_NO = new BinaryScale(Label.of("Yes"), Label.of("No"));

  private final Label yes;
  private final Label no;

  private BinaryScale(Label yes, Label no) {
    this.yes = yes;
    this.no = no;
  }

  /**
   * Returns a binary scale with its own labels, such as "Evicted" and "Not evicted".
   *
   * @param yes the label of yes
   * @param no the label of no
   * @return the scale
   * @throws ValidationException if the two labels have the same fallback text
   */
  public static BinaryScale of(Label yes, Label no) {
    if (yes.text().equals(no.text())) {
      throw Checks.fail(ProblemType.DUPLICATE_LEVEL, Item.of("binary scale"), "labels",
          "two different labels", "the same label twice");
    }
    return new BinaryScale(yes, no);
  }

  /**
   * Returns the label of yes.
   *
   * @return the label
   */
  public Label yes() {
    return yes;
  }

  /**
   * Returns the label of no.
   *
   * @return the label
   */
  public Label no() {
    return no;
  }

  /**
   * Returns the label of a value of this scale.
   *
   * @param value yes or no
   * @return its label
   */
  public Label label(ScaleValue.Flag value) {
    return value.yes() ? yes : no;
  }

  @Override
  public Optional<Label> labelOf(ScaleValue value) {
    return value instanceof ScaleValue.Flag flag ? Optional.of(label(flag)) : Optional.empty();
  }

  @Override
  public boolean accepts(ScaleValue value) {
    return value instanceof ScaleValue.Flag;
  }

  @Override
  public String describe(ScaleValue value) {
    if (value instanceof ScaleValue.Level level) {
      return "a level code of " + level.code().length() + " characters, not yes or no";
    }
    return value instanceof ScaleValue.Numeric ? "a number, not yes or no" : "yes or no";
  }

  @Override
  public String expectation() {
    return "yes or no";
  }

  @Override
  public double position(ScaleValue value) {
    if (!(value instanceof ScaleValue.Flag flag)) {
      throw Checks.fail(ProblemType.VALUE_OFF_SCALE, Item.of("binary scale"), "value",
          expectation(), describe(value));
    }
    return flag.yes() ? 1 : 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BinaryScale that && yes.equals(that.yes) && no.equals(that.no);
  }

  @Override
  public int hashCode() {
    return 31 * yes.hashCode() + no.hashCode();
  }

  @Override
  public String toString() {
    return "binary(" + yes + " / " + no + ")";
  }
}
