package org.obaframework.core.framework;

import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * Something a service gives in an episode, which How much measures count, such as residential support.
 *
 * <pre>{@code
 * ServiceOutput residential = ServiceOutput.of("RES-SUPPORT", Label.of("Residential support"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code
 * @param name the name
 */
public record ServiceOutput(String code, Label name) {
  /**
   * Checks the code.
   *
   * @throws ValidationException if the code is malformed
   */
  public ServiceOutput {
    Checks.code(Item.of(Item.SERVICE_OUTPUT), "code", code);
  }

  /**
   * Returns a service output.
   *
   * @param code the stable code
   * @param name the name
   * @return the service output
   * @throws ValidationException if the code is malformed
   */
  public static ServiceOutput of(String code, Label name) {
    return new ServiceOutput(code, name);
  }
}
