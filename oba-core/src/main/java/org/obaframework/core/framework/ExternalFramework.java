package org.obaframework.core.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * An outcome framework outside oba that indicators can be reported against, such as Every Child
 * Matters or GIRFEC's SHANARRI; {@link ExternalFrameworks} has the four UK nations' lists.
 *
 * <pre>{@code
 * ExternalFramework local = ExternalFramework.builder()
 *     .code("CARDIFF-PLAN")
 *     .name(Label.of("Cardiff children's plan"))
 *     .nation(Nation.WALES)
 *     .source("Cardiff Council, 2025")
 *     .addOutcomes(ExternalOutcome.of("SAFE", Label.of("Children are safe")))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExternalFramework {
  ExternalFramework() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable code, such as {@code SHANARRI}.
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
   * Returns the nation whose framework this is, if it belongs to one.
   *
   * @return the nation
   */
  public abstract Optional<Nation> nation();

  /**
   * Returns where the framework is published, so that its wording can be checked.
   *
   * @return the source
   */
  public abstract String source();

  /**
   * Returns the outcomes, in the framework's own order.
   *
   * @return the outcomes, at least one
   */
  public abstract List<ExternalOutcome> outcomes();

  /**
   * Returns the outcome with the given code.
   *
   * @param code an outcome's code
   * @return the outcome, or empty if there is none with that code
   */
  public Optional<ExternalOutcome> outcome(String code) {
    return outcomes().stream().filter(o -> o.code().equals(code)).findFirst();
  }

  /**
   * Returns a link to one of this framework's outcomes.
   *
   * @param code an outcome's code
   * @return the link
   * @throws ValidationException if this framework has no outcome with that code
   */
  public OutcomeRef ref(String code) {
    if (outcome(code).isEmpty()) {
      throw Checks.fail(ProblemType.UNKNOWN_REFERENCE, Item.of(Item.EXTERNAL_FRAMEWORK, code()),
          "outcomes", "an outcome of this framework",
          Redaction.code(code));
    }
    return OutcomeRef.of(code(), code);
  }

  @Value.Check
  void check() {
    Item location = Item.of(Item.EXTERNAL_FRAMEWORK, code());
    Checks.code(Item.of(Item.EXTERNAL_FRAMEWORK), "code", code());
    Checks.text(location, "source", source());
    if (outcomes().isEmpty()) {
      throw Checks.fail(ProblemType.MISSING_VALUE, location, "outcomes", "at least one outcome",
          "none");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < outcomes().size(); i++) {
      ExternalOutcome outcome = outcomes().get(i);
      if (!codes.add(outcome.code())) {
        throw Checks.fail(ProblemType.DUPLICATE_CODE, location, "outcomes[" + i + "].code",
            "distinct outcome codes", "two outcomes coded " + Redaction.code(outcome.code()));
      }
    }
  }

  /** Returns the code, nation and number of outcomes. */
  @Override
  public String toString() {
    return "ExternalFramework[" + code() + nation().map(n -> ", " + n).orElse("") + ", "
        + Checks.count(outcomes().size(), "outcome") + "]";
  }

  /**
   * Builds an external framework; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code, name or source is not set, and a
   * {@link ValidationException} when there is no outcome or an outcome code is repeated.
   */
  public static final class Builder extends ImmutableExternalFramework.Builder {
    Builder() {}
  }
}
