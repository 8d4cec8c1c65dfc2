package org.obaframework.core.curve;

import java.util.OptionalInt;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.internal.Checks;

/**
 * A population indicator: a measure that helps quantify the achievement of a population result,
 * such as the percentage of children living in relative income poverty.
 *
 * <pre>{@code
 * PopulationIndicator relativePoverty = PopulationIndicator.builder()
 *     .code("CYP-REL-POVERTY")
 *     .name(Label.of("% of children living in relative income poverty")
 *         .with(Label.WELSH, "% y plant sy'n byw mewn tlodi incwm cymharol"))
 *     .definition(Label.of("Children living in homes with much less money than most"))
 *     .technicalDefinition(Label.of("Children in households below 60% of median income after"
 *         + " housing costs, three-year average"))
 *     .geography(Geography.of("W92000004", Label.of("Wales")))
 *     .dataSource(DataSource.of("Welsh Government, Children in low income families"))
 *     .communicationPower(Power.HIGH)
 *     .proxyPower(Power.HIGH)
 *     .dataPower(Power.MEDIUM)
 *     .role(MeasureRole.HEADLINE)
 *     .polarity(Polarity.LOWER_IS_BETTER)
 *     .unit("%")
 *     .result("CYP-POVERTY")
 *     .build();
 * relativePoverty.isCandidateHeadline();   // true
 * }</pre>
 *
 * <p>As for a performance measure, an indicator on the data development agenda carries its
 * priority (1 first) and others carry none. Immutable and thread-safe. The builder checks the
 * codes, the unit and the priority; {@link PopulationAccountability} checks that the result
 * exists and that priorities are distinct.
 */
@Value.Immutable
public abstract class PopulationIndicator {
  PopulationIndicator() {}

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
   * Returns the name, as a report shows it.
   *
   * @return the name
   */
  public abstract Label name();

  /**
   * Returns the lay definition, in words the public would understand.
   *
   * @return the definition
   */
  public abstract Label definition();

  /**
   * Returns the technical definition, for analysts: numerator, denominator, period, source
   * variables.
   *
   * @return the technical definition
   */
  public abstract Label technicalDefinition();

  /**
   * Returns the area the indicator is measured for.
   *
   * @return the geography
   */
  public abstract Geography geography();

  /**
   * Returns where the data come from.
   *
   * @return the data source
   */
  public abstract DataSource dataSource();

  /**
   * Returns the communication power: would the public and partners understand it.
   *
   * @return the rating
   */
  public abstract Power communicationPower();

  /**
   * Returns the proxy power: does it say something central about the result.
   *
   * @return the rating
   */
  public abstract Power proxyPower();

  /**
   * Returns the data power: is quality data available on a timely basis, by geography and over
   * time.
   *
   * @return the rating
   */
  public abstract Power dataPower();

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
   * Returns which direction is better.
   *
   * @return the polarity
   */
  public abstract Polarity polarity();

  /**
   * Returns the unit values are given in, such as {@code %} or {@code per 10,000 children}.
   *
   * @return the unit, not blank
   */
  public abstract String unit();

  /**
   * Returns the code of the population result the indicator belongs to.
   *
   * @return the code
   */
  public abstract String result();

  /**
   * Tells whether the indicator is a candidate headline by Friedman's "forced choice": its
   * communication and proxy power are both {@link Power#HIGH} and its data power is not {@link
   * Power#LOW}. An indicator high on communication and proxy power but without data belongs on
   * the data development agenda instead. The choice of headlines stays a human one; this only
   * shortlists.
   *
   * @return true if communication and proxy power are high and data power is medium or high
   */
  public boolean isCandidateHeadline() {
    return communicationPower() == Power.HIGH && proxyPower() == Power.HIGH
        && dataPower() != Power.LOW;
  }

  @Value.Check
  void check() {
    Checks.code(Item.of("population indicator"), "code", code());
    Item location = Item.of("population indicator", code());
    Checks.code(location, "result", result());
    Checks.text(location, "unit", unit());
    boolean development = role() == MeasureRole.DATA_DEVELOPMENT;
    if (development && priority().isEmpty()) {
      throw Checks.fail(ProblemType.INVALID_PRIORITY, location, "priority",
          "a priority (1 first) for a data development indicator", "none");
    }
    if (!development && priority().isPresent()) {
      throw Checks.fail(ProblemType.INVALID_PRIORITY, location, "priority",
          "no priority for a " + role() + " indicator", Integer.toString(priority().getAsInt()));
    }
    if (priority().isPresent() && priority().getAsInt() < 1) {
      throw Checks.fail(ProblemType.INVALID_PRIORITY, location, "priority",
          "a priority of 1 or more", Integer.toString(priority().getAsInt()));
    }
  }

  /** Returns the code, result, geography, role (with priority), polarity and the three powers. */
  @Override
  public String toString() {
    return "PopulationIndicator[" + code() + " for " + result() + " in " + geography().code()
        + ", " + role() + (priority().isPresent() ? " " + priority().getAsInt() : "") + ", "
        + polarity() + ", powers " + communicationPower() + "/" + proxyPower() + "/"
        + dataPower() + "]";
  }

  /**
   * Builds a population indicator; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when a required field is not set, and a {@link
   * ValidationException} when a code is malformed, the unit blank, or role and priority do not
   * fit.
   */
  public static final class Builder extends ImmutablePopulationIndicator.Builder {
    Builder() {}
  }
}
