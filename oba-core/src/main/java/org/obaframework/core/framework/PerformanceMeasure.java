package org.obaframework.core.framework;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * The definition of a performance measure: its quadrant, its role in the report card, what it
 * counts, and the indicators it draws on.
 *
 * <pre>{@code
 * PerformanceMeasure tenancy = PerformanceMeasure.builder()
 *     .code("IFS-STABLE-TENANCY")
 *     .name(Label.of("Families living in a stable tenancy without risk of homelessness"))
 *     .quadrant(Quadrant.BETTER_OFF_PERCENT)
 *     .role(MeasureRole.HEADLINE)
 *     .countingUnit(CountingUnit.FAMILY)
 *     .addIndicators("TENANCY-RISK")
 *     .build();
 * }</pre>
 *
 * <p>A measure on the data development agenda carries its priority (1 first); other measures carry
 * none. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PerformanceMeasure {
  PerformanceMeasure() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the name, as a report card shows it.
   *
   * @return the name
   */
  public abstract Label name();

  /**
   * Returns a longer description, if given.
   *
   * @return the description
   */
  public abstract Optional<Label> description();

  /**
   * Returns the quadrant.
   *
   * @return the quadrant
   */
  public abstract Quadrant quadrant();

  /**
   * Returns the role; {@link MeasureRole#SECONDARY} unless set.
   *
   * @return the role
   */
  @Value.Default
  public MeasureRole role() {
    return MeasureRole.SECONDARY;
  }

  /**
   * Returns the priority on the data development agenda, 1 first; present exactly when the role
   * is {@link MeasureRole#DATA_DEVELOPMENT}.
   *
   * @return the priority
   */
  public abstract OptionalInt priority();

  /**
   * Returns what the measure counts.
   *
   * @return the counting unit
   */
  public abstract CountingUnit countingUnit();

  /**
   * Returns which direction of the measure is better, when it is not the obvious one: higher is
   * better for counts served and percents better off, but a How well measure such as "% of
   * closures unplanned" is better lower.
   *
   * @return the polarity, if declared
   */
  public abstract Optional<Polarity> polarity();

  /**
   * Returns the codes of the indicators the measure draws on, if any.
   *
   * @return the codes, in the order given
   */
  public abstract Set<String> indicators();

  @Value.Check
  void check() {
    Checks.code(Item.of(Item.PERFORMANCE_MEASURE), "code", code());
    Item location = Item.of(Item.PERFORMANCE_MEASURE, code());
    boolean development = role() == MeasureRole.DATA_DEVELOPMENT;
    if (development && priority().isEmpty()) {
      throw Checks.fail(ProblemType.INVALID_PRIORITY, location, "priority",
          "a priority (1 first) for a data development measure", "none");
    }
    if (!development && priority().isPresent()) {
      throw Checks.fail(ProblemType.INVALID_PRIORITY, location, "priority",
          "no priority for a " + role() + " measure", Integer.toString(priority().getAsInt()));
    }
    if (priority().isPresent() && priority().getAsInt() < 1) {
      throw Checks.fail(ProblemType.INVALID_PRIORITY, location, "priority",
          "a priority of 1 or more", Integer.toString(priority().getAsInt()));
    }
    int i = 0;
    for (String indicator : indicators()) {
      Checks.code(location, "indicators[" + i++ + "]", indicator);
    }
  }

  /** Returns the code, quadrant, role (with priority) and counting unit. */
  @Override
  public String toString() {
    return "PerformanceMeasure[" + code() + ", " + quadrant() + ", " + role()
        + (priority().isPresent() ? " " + priority().getAsInt() : "") + ", " + countingUnit()
        + "]";
  }

  /**
   * Builds a performance measure; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code, name, quadrant or counting unit is
   * not set, and a {@link ValidationException} when a code is malformed or role and priority do
   * not fit.
   */
  public static final class Builder extends ImmutablePerformanceMeasure.Builder {
    Builder() {}
  }
}
