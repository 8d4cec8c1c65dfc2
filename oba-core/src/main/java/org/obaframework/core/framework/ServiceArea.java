package org.obaframework.core.framework;

import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A service area, such as family support, residential care or CAMH services: a range of indicators belongs to each.
 *
 * <pre>{@code
 * ServiceArea fs = ServiceArea.of("FS",
 *     Label.of("Family support").with(Label.WELSH, "Cymorth i deuluoedd"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code
 * @param name the name
 */
public record ServiceArea(String code, Label name) {
  /**
   * Checks the code.
   *
   * @throws ValidationException if the code is malformed
   */
  public ServiceArea {
    Checks.code(Item.of(Item.SERVICE_AREA), "code", code);
  }

  /**
   * Returns a service area.
   *
   * @param code the stable code
   * @param name the name
   * @return the service area
   * @throws ValidationException if the code is malformed
   */
  public static ServiceArea of(String code, Label name) {
    return new ServiceArea(code, name);
  }
}
