package org.obaframework.core.framework;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * An indicator: something rated for a child, a family or an adult at a baseline review and at
 * later reviews, on a scale, with a polarity that says which way is better.
 *
 * <pre>{@code
 * Indicator attendance = Indicator.builder()
 *     .code("SCHOOL-ATT")
 *     .name(Label.of("School attendance").with(Label.WELSH, "Presenoldeb yn yr ysgol"))
 *     .definition(Label.of("How often the child attends school"))
 *     .technicalDefinition(Label.of("Sessions attended / possible sessions, last half term"))
 *     .scale(NumericScale.of("%", 0, 100))
 *     .polarity(Polarity.HIGHER_IS_BETTER)
 *     .ratedAt(RatedAt.CHILD)
 *     .addServiceAreas("FS")
 *     .addOutcomes(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("ENJOY-ACHIEVE"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. The builder checks the codes; {@link OutcomesFramework} checks
 * that the service areas and outcomes named exist.
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable code, which records use to name the indicator.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the name.
   *
   * @return the name
   */
  public abstract Label name();

  /**
   * Returns the lay definition, in words a child or family would understand.
   *
   * @return the definition
   */
  public abstract Label definition();

  /**
   * Returns the technical definition, for analysts, if given.
   *
   * @return the technical definition
   */
  public abstract Optional<Label> technicalDefinition();

  /**
   * Returns the version of the definition; {@code "1"} unless set.
   *
   * @return the version
   */
  @Value.Default
  public String version() {
    return "1";
  }

  /**
   * Returns the scale ratings are made on.
   *
   * @return the scale
   */
  public abstract Scale scale();

  /**
   * Returns which direction is better.
   *
   * @return the polarity
   */
  public abstract Polarity polarity();

  /**
   * Returns the level the indicator is rated at; {@link RatedAt#CHILD} unless set.
   *
   * @return the level
   */
  @Value.Default
  public RatedAt ratedAt() {
    return RatedAt.CHILD;
  }

  /**
   * Returns the codes of the service areas the indicator belongs to.
   *
   * @return the codes, in the order given
   */
  public abstract Set<String> serviceAreas();

  /**
   * Returns the external outcomes the indicator contributes to: its crosswalk.
   *
   * @return the links, in the order given
   */
  public abstract Set<OutcomeRef> outcomes();

  @Value.Check
  void check() {
    Checks.code(Item.of(Item.INDICATOR), "code", code());
    Item location = Item.of(Item.INDICATOR, code());
    Checks.text(location, "version", version());
    int i = 0;
    for (String area : serviceAreas()) {
      Checks.code(location, "serviceAreas[" + i++ + "]", area);
    }
  }

  /** Returns the code, version, scale, polarity and level; never the definitions. */
  @Override
  public String toString() {
    return "Indicator[" + code() + " v" + version() + ", " + scale() + ", " + polarity() + ", "
        + ratedAt() + "]";
  }

  /**
   * Builds an indicator; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code, name, definition, scale or polarity
   * is not set, and a {@link ValidationException} when a code is malformed.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
