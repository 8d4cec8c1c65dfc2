package org.obaframework.core.curve;

import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Label;
import org.obaframework.core.internal.Checks;

/**
 * An area a population lives in, named by its official code, such as an ONS GSS code.
 *
 * <pre>{@code
 * Geography wales = Geography.of("W92000004", Label.of("Wales").with(Label.WELSH, "Cymru"));
 * Geography cardiff = Geography.of("W06000015", Label.of("Cardiff").with(Label.WELSH, "Caerdydd"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the area's code, such as {@code W92000004}
 * @param name the area's name
 */
public record Geography(String code, Label name) {
  /**
   * Checks the code.
   *
   * @throws ValidationException if the code is malformed
   */
  public Geography {
    Checks.code(Item.of("geography"), "code", code);
  }

  /**
   * Returns a geography.
   *
   * @param code the area's code, such as {@code W92000004}
   * @param name the area's name
   * @return the geography
   * @throws ValidationException if the code is malformed
   */
  public static Geography of(String code, Label name) {
    return new Geography(code, name);
  }

  /** Returns the code and the name, such as {@code W92000004 Wales}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
