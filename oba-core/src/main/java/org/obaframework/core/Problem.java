package org.obaframework.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a definition or a record: its type, where it is, which field, what was
 * expected and what was found.
 *
 * <p>For example {@code Problem.of(ProblemType.UNKNOWN_REFERENCE, "programme 'IFS'",
 * "serviceArea", "one of [FS, RC]", "'XX'")} reads {@code programme 'IFS', field serviceArea:
 * unknown reference; expected one of [FS, RC], found 'XX'}.
 *
 * <p>Immutable and thread-safe. The texts never contain a child's attribute values or free text:
 * locations name records by their pseudonymous ids.
 */
public final class Problem implements Serializable {
  private static final long serialVersionUID = 1L;
  private final ProblemType type;
  private final String location;
  private final String field;
  private final String expected;
  private final String found;

  private Problem(ProblemType type, String location, String field, String expected, String found) {
    this.type = Objects.requireNonNull(type, "type");
    this.location = Objects.requireNonNull(location, "location");
    this.field = Objects.requireNonNull(field, "field");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = Objects.requireNonNull(found, "found");
  }

  /**
   * Creates a problem.
   *
   * @param type the kind of problem
   * @param location the item concerned, such as {@code "review 'R-17' of episode 'E-4'"}
   * @param field the field concerned, such as {@code "ratings[2].value"}
   * @param expected what the field should hold
   * @param found what the field holds
   * @return the problem
   */
  public static Problem of(
      ProblemType type, String location, String field, String expected, String found) {
    return new Problem(type, location, field, expected, found);
  }

  /**
   * Returns the kind of problem.
   *
   * @return the type
   */
  public ProblemType type() {
    return type;
  }

  /**
   * Returns the item concerned, such as {@code "indicator 'RISK'"}.
   *
   * @return the location
   */
  public String location() {
    return location;
  }

  /**
   * Returns the field concerned, such as {@code "scale.levels[2]"}.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * Returns what the field should hold.
   *
   * @return the expectation
   */
  public String expected() {
    return expected;
  }

  /**
   * Returns what the field holds.
   *
   * @return the finding
   */
  public String found() {
    return found;
  }

  /**
   * Returns a copy of this problem placed inside a larger item: the location becomes {@code
   * outer + ", " + location}.
   *
   * @param outer the enclosing item, such as {@code "framework 'AfC'"}
   * @return the placed problem
   */
  public Problem within(String outer) {
    return new Problem(type, outer + ", " + location, field, expected, found);
  }

  /**
   * Returns the readable message: location, field, description of the type, expected and found.
   *
   * @return the message
   */
  public String message() {
    return location + ", field " + field + ": " + type.description()
        + "; expected " + expected + ", found " + found;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem
        && type == ((Problem) other).type
        && location.equals(((Problem) other).location)
        && field.equals(((Problem) other).field)
        && expected.equals(((Problem) other).expected)
        && found.equals(((Problem) other).found);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, location, field, expected, found);
  }

  /** Returns {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
