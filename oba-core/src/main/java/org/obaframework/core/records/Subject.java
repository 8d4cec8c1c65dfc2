package org.obaframework.core.records;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.internal.Checks;

/**
 * A subject of outcome records: a child or young person, or a family with its members.
 *
 * <pre>{@code
 * Subject child = Subject.child("C-0042")
 *     .attributes(Attributes.empty().with(Attributes.AGE_BAND, "10-15"))
 *     .build();
 * Subject family = Subject.family("F-0001")
 *     .addMembers(Member.of("F-0001-A1", MemberRole.ADULT), Member.of("F-0001-C1", MemberRole.CHILD))
 *     .build();
 * }</pre>
 *
 * <p>The id is pseudonymous: never a name or a case number that identifies a child outside the
 * host system. Only a family has members, with distinct ids. Immutable and thread-safe; {@code
 * toString} prints the id, kind, member count and attribute names, never attribute values.
 */
@Value.Immutable
public abstract class Subject {
  Subject() {}

  /**
   * Returns a builder for a child or young person.
   *
   * @param id the pseudonymous id
   * @return the builder
   */
  public static Builder child(String id) {
    return new Builder().id(id).kind(SubjectKind.CHILD);
  }

  /**
   * Returns a builder for a family.
   *
   * @param id the pseudonymous id
   * @return the builder
   */
  public static Builder family(String id) {
    return new Builder().id(id).kind(SubjectKind.FAMILY);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the pseudonymous id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns whether this is a child or a family.
   *
   * @return the kind
   */
  public abstract SubjectKind kind();

  /**
   * Returns the breakdown attributes; empty unless set.
   *
   * @return the attributes
   */
  @Value.Default
  public Attributes attributes() {
    return Attributes.empty();
  }

  /**
   * Returns the members of a family; empty for a child.
   *
   * @return the members
   */
  public abstract List<Member> members();

  /**
   * Returns the member with the given id.
   *
   * @param id a member's id
   * @return the member, or empty if there is none
   */
  public Optional<Member> member(String id) {
    for (Member member : members()) {
      if (member.id().equals(id)) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.id(Item.of(Item.SUBJECT), "id", id());
    Item location = Item.of(Item.SUBJECT, id());
    if (kind() == SubjectKind.CHILD && !members().isEmpty()) {
      throw Checks.fail(ProblemType.UNKNOWN_MEMBER, location, "members",
          "no members (only a family has members)", Checks.count(members().size(), "member"));
    }
    Set<String> ids = new HashSet<>();
    for (Member member : members()) {
      if (!ids.add(member.id())) {
        throw Checks.fail(ProblemType.DUPLICATE_CODE, location, "members",
            "distinct member ids", "two members with id " + Redaction.id(member.id()));
      }
    }
  }

  /** Returns the id, kind, member count and attribute names; never attribute values. */
  @Override
  public String toString() {
    return "Subject[" + id() + ", " + kind()
        + (members().isEmpty() ? "" : ", " + Checks.count(members().size(), "member"))
        + ", " + attributes() + "]";
  }

  /** Builds a subject; not thread-safe. */
  public static final class Builder extends ImmutableSubject.Builder {
    Builder() {}
  }
}
