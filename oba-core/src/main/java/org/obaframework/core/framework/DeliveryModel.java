package org.obaframework.core.framework;

import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A way a programme is delivered, such as support in an existing tenancy or in a residential unit.
 *
 * <pre>{@code
 * DeliveryModel residential = DeliveryModel.of("RESIDENTIAL", Label.of("Residential unit"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code
 * @param name the name
 */
public record DeliveryModel(String code, Label name) {
  /**
   * Checks the code.
   *
   * @throws ValidationException if the code is malformed
   */
  public DeliveryModel {
    Checks.code(Item.of("delivery model"), "code", code);
  }

  /**
   * Returns a delivery model.
   *
   * @param code the stable code
   * @param name the name
   * @return the delivery model
   * @throws ValidationException if the code is malformed
   */
  public static DeliveryModel of(String code, Label name) {
    return new DeliveryModel(code, name);
  }
}
