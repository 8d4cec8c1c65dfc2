package org.obaframework.core.framework;

import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * One outcome of an external framework, such as "Stay safe" of Every Child Matters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the outcome's code within its framework
 * @param name the outcome's wording
 */
public record ExternalOutcome(String code, Label name) {
  /**
   * Checks the code.
   *
   * @throws ValidationException if the code is malformed
   */
  public ExternalOutcome {
    Checks.code(Item.of("external outcome"), "code", code);
  }

  /**
   * Returns an outcome.
   *
   * @param code the outcome's code
   * @param name the outcome's wording
   * @return the outcome
   * @throws ValidationException if the code is malformed
   */
  public static ExternalOutcome of(String code, Label name) {
    return new ExternalOutcome(code, name);
  }
}
