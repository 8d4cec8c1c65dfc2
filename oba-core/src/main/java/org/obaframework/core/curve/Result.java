package org.obaframework.core.curve;

import java.util.Optional;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Label;
import org.obaframework.core.internal.Checks;

/**
 * A population result: a condition of well-being for a whole population in an area, in plain
 * language, which no single agency can deliver alone.
 *
 * <pre>{@code
 * Result poverty = Result.builder()
 *     .code("CYP-POVERTY")
 *     .statement(Label.of("Children in Wales are not disadvantaged by poverty")
 *         .with(Label.WELSH, "Nid yw plant yng Nghymru o dan anfantais oherwydd tlodi"))
 *     .population(Label.of("Children and young people aged 0-17"))
 *     .geography(Geography.of("W92000004", Label.of("Wales").with(Label.WELSH, "Cymru")))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. The builder checks the code; {@link PopulationAccountability}
 * checks that codes are distinct.
 */
@Value.Immutable
public abstract class Result {
  Result() {}

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
   * Returns the statement of the condition of well-being, such as "Children in Wales are not
   * disadvantaged by poverty".
   *
   * @return the statement
   */
  public abstract Label statement();

  /**
   * Returns the population the result is about, such as "Children and young people aged 0-17".
   *
   * @return the population
   */
  public abstract Label population();

  /**
   * Returns the area the population lives in.
   *
   * @return the geography
   */
  public abstract Geography geography();

  /**
   * Returns a longer description, if given.
   *
   * @return the description
   */
  public abstract Optional<Label> description();

  @Value.Check
  void check() {
    Checks.code(Item.of("result"), "code", code());
  }

  /** Returns the code and the area's code, such as {@code Result[CYP-POVERTY in W92000004]}. */
  @Override
  public String toString() {
    return "Result[" + code() + " in " + geography().code() + "]";
  }

  /**
   * Builds a result; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code, statement, population or geography is
   * not set, and a {@link ValidationException} when the code is malformed.
   */
  public static final class Builder extends ImmutableResult.Builder {
    Builder() {}
  }
}
