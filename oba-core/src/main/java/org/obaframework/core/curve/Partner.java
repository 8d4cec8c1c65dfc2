package org.obaframework.core.curve;

import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Label;
import org.obaframework.core.internal.Checks;

/**
 * A partner with a role to play in turning a curve: an agency, service or community group. No
 * single agency is responsible for a population result, so partners are named together.
 *
 * <pre>{@code
 * Partner housing = Partner.of("CARDIFF-HOUSING",
 *     Label.of("Cardiff Council housing").with(Label.WELSH, "Tai Cyngor Caerdydd"),
 *     "Prevents eviction of families with children");
 * }</pre>
 *
 * <p>Partners are organisations, never children or families. Immutable and thread-safe.
 *
 * @param code the stable code
 * @param name the name
 * @param role what the partner does towards the result, not blank
 */
public record Partner(String code, Label name, String role) {
  /**
   * Checks the code and the role.
   *
   * @throws ValidationException if the code is malformed or the role blank
   */
  public Partner {
    Checks.code(Item.of("partner"), "code", code);
    Checks.text(Item.of("partner", code), "role", role);
  }

  /**
   * Returns a partner.
   *
   * @param code the stable code
   * @param name the name
   * @param role what the partner does towards the result, not blank
   * @return the partner
   * @throws ValidationException if the code is malformed or the role blank
   */
  public static Partner of(String code, Label name, String role) {
    return new Partner(code, name, role);
  }

  /** Returns the code and the name, such as {@code Partner[CARDIFF-HOUSING Cardiff housing]}. */
  @Override
  public String toString() {
    return "Partner[" + code + " " + name + "]";
  }
}
