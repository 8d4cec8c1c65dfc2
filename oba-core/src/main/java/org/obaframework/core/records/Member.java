package org.obaframework.core.records;

import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A member of a family: an adult or a child, with a pseudonymous id and breakdown attributes.
 *
 * <p>Immutable and thread-safe; {@code toString} never prints attribute values.
 *
 * @param id the member's pseudonymous id, unique within the family
 * @param role adult or child
 * @param attributes the member's breakdown attributes
 */
public record Member(String id, MemberRole role, Attributes attributes) {
  /**
   * Checks the id.
   *
   * @throws ValidationException if the id is malformed
   */
  public Member {
    Checks.id(Item.of(Item.MEMBER), "id", id);
  }

  /**
   * Returns a member.
   *
   * @param id the pseudonymous id
   * @param role adult or child
   * @param attributes the breakdown attributes
   * @return the member
   * @throws ValidationException if the id is malformed
   */
  public static Member of(String id, MemberRole role, Attributes attributes) {
    return new Member(id, role, attributes);
  }

  /**
   * Returns a member without attributes.
   *
   * @param id the pseudonymous id
   * @param role adult or child
   * @return the member
   * @throws ValidationException if the id is malformed
   */
  public static Member of(String id, MemberRole role) {
    return new Member(id, role, Attributes.empty());
  }

  @Override
  public String toString() {
    return "Member[" + id + ", " + role + ", " + attributes + "]";
  }
}
