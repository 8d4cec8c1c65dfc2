package org.obaframework.core.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * The breakdown attributes of a subject or member, such as local authority, age band or sex, each
 * with its history: a value can change over time.
 *
 * <pre>{@code
 * Attributes a = Attributes.empty()
 *     .with(Attributes.SEX, "F")
 *     .with(Attributes.LOCAL_AUTHORITY, "LA-1")
 *     .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", LocalDate.of(2025, 9, 1));  // moved
 * a.valueAt(Attributes.LOCAL_AUTHORITY, LocalDate.of(2025, 6, 30));       // LA-1
 * }</pre>
 *
 * <p>Keep only what breakdowns need: no names, no addresses, no free text. Names are codes; values
 * are short codes or bands (1-32 letters, digits, '.', '_', '+' or '-'), which the factories
 * enforce. Immutable and thread-safe; {@code toString} lists the names, never the values.
 */
public final class Attributes {
  /** The local authority responsible. */
  public static final String LOCAL_AUTHORITY = "local-authority";
  /** The UK nation. */
  public static final String NATION = "nation";
  /** The age band, such as {@code 5-9}. */
  public static final String AGE_BAND = "age-band";
  /** Sex. */
  public static final String SEX = "sex";
  /** Disability. */
  public static final String DISABILITY = "disability";
  /** Ethnicity. */
  public static final String ETHNICITY = "ethnicity";

  private static final Attributes EMPTY = new Attributes(Map.of());
  /** Values are short codes or bands, such as {@code F}, {@code 10-15}, {@code 16+}, {@code W06000015}. */
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,31}");

  private final Map<String, List<Change>> history;

  /**
   * One value of an attribute and the date from which it holds.
   *
   * @param value the value
   * @param from the first day it holds; empty when it holds from the beginning
   */
  public record Change(String value, Optional<LocalDate> from) {
    @Override
    public String toString() {
      return "Change[" + from.map(LocalDate::toString).orElse("always") + "]";
    }
  }

  private Attributes(Map<String, List<Change>> history) {
    this.history = history;
  }

  /**
   * Returns attributes with no values.
   *
   * @return the empty attributes
   */
  public static Attributes empty() {
    return EMPTY;
  }

  /**
   * Returns a copy with an attribute that holds one value throughout, replacing its history.
   *
   * @param name the attribute's name, a code such as {@link #SEX}
   * @param value the value, not blank
   * @return the changed copy
   * @throws ValidationException if the name is not a code or the value is not a short code
   */
  public Attributes with(String name, String value) {
    check(name, value);
    Map<String, List<Change>> copy = new LinkedHashMap<>(history);
    copy.put(name, List.of(new Change(value, Optional.empty())));
    return new Attributes(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns a copy where an attribute takes a new value from a date on, keeping its history.
   *
   * @param name the attribute's name, a code
   * @param value the new value, not blank
   * @param from the first day the new value holds, after every earlier change of this attribute
   * @return the changed copy
   * @throws ValidationException if the name is not a code, the value is not a short code, or
   *     {@code from} is not after the attribute's last change
   */
  public Attributes withChange(String name, String value, LocalDate from) {
    check(name, value);
    List<Change> changes = new ArrayList<>(history.getOrDefault(name, List.of()));
    if (!changes.isEmpty()) {
      Optional<LocalDate> last = changes.get(changes.size() - 1).from();
      if (last.isPresent() && !from.isAfter(last.get())) {
        throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, Item.of("attributes"), name,
            "a change after the previous change",
            Redaction.date(from, last.get(), "the previous change"));
      }
    }
    changes.add(new Change(value, Optional.of(from)));
    Map<String, List<Change>> copy = new LinkedHashMap<>(history);
    copy.put(name, List.copyOf(changes));
    return new Attributes(Collections.unmodifiableMap(copy));
  }

  private static void check(String name, String value) {
    Checks.code(Item.of("attributes"), "name", name);
    if (value.isBlank()) {
      throw Checks.fail(ProblemType.MISSING_VALUE, Item.of("attributes"), name, "a non-blank value",
          "a blank value");
    }
    if (!VALUE.matcher(value).matches()) {
      // Never quote an attribute value: it may be a name or other identifying text.
      throw Checks.fail(ProblemType.INVALID_CODE, Item.of("attributes"), name,
          "a short code or band: 1-32 letters, digits, '.', '_', '+' or '-', starting with a "
              + "letter or digit",
          "a value of " + value.length() + " characters that is not a code");
    }
  }

  /**
   * Returns the value an attribute held on a date.
   *
   * @param name the attribute's name
   * @param date the date
   * @return the value, or empty if the attribute has none on that date
   */
  public Optional<String> valueAt(String name, LocalDate date) {
    List<Change> changes = history.getOrDefault(name, List.of());
    for (int i = changes.size() - 1; i >= 0; i--) {
      Change change = changes.get(i);
      if (change.from().isEmpty() || !change.from().get().isAfter(date)) {
        return Optional.of(change.value());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns an attribute's latest value.
   *
   * @param name the attribute's name
   * @return the value, or empty if the attribute has none
   */
  public Optional<String> latest(String name) {
    List<Change> changes = history.getOrDefault(name, List.of());
    return changes.isEmpty()
        ? Optional.empty()
        : Optional.of(changes.get(changes.size() - 1).value());
  }

  /**
   * Returns the history of an attribute, oldest first.
   *
   * @param name the attribute's name
   * @return the changes, empty if the attribute has no value
   */
  public List<Change> history(String name) {
    return history.getOrDefault(name, List.of());
  }

  /**
   * Returns the names of the attributes that have values.
   *
   * @return the names, in the order first given
   */
  public Set<String> names() {
    return history.keySet();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attributes && history.equals(((Attributes) other).history);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  /** Returns the attributes' names, never their values. */
  @Override
  public String toString() {
    return "Attributes" + names();
  }
}
