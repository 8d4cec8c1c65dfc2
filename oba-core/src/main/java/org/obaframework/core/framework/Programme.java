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
 * A programme of intervention within a service area: the indicators relevant to each child in it,
 * the ways it is delivered, and its performance measures.
 *
 * <pre>{@code
 * Programme ifs = Programme.builder()
 *     .code("IFS")
 *     .name(Label.of("Intensive family support"))
 *     .serviceArea("IFS")
 *     .addIndicators("TENANCY-RISK", "ASB", "SCHOOL-ATT")
 *     .addDeliveryModels(DeliveryModel.of("EXISTING", Label.of("Support in an existing tenancy")))
 *     .addMeasures("IFS-FAMILIES")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. The builder checks the codes and that delivery models are
 * distinct; {@link OutcomesFramework} checks the references.
 */
@Value.Immutable
public abstract class Programme {
  Programme() {}

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
   * Returns the name.
   *
   * @return the name
   */
  public abstract Label name();

  /**
   * Returns the code of the service area the programme belongs to.
   *
   * @return the code
   */
  public abstract String serviceArea();

  /**
   * Returns the codes of the indicators relevant to the programme's children and families.
   *
   * @return the codes, in the order given
   */
  public abstract List<String> indicators();

  /**
   * Returns the ways the programme is delivered.
   *
   * @return the delivery models, possibly none
   */
  public abstract List<DeliveryModel> deliveryModels();

  /**
   * Returns the codes of the programme's performance measures.
   *
   * @return the codes, in the order given
   */
  public abstract List<String> measures();

  /**
   * Returns the delivery model with the given code.
   *
   * @param code a delivery model's code
   * @return the model, or empty if the programme has none with that code
   */
  public Optional<DeliveryModel> deliveryModel(String code) {
    return deliveryModels().stream().filter(m -> m.code().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.code(Item.of(Item.PROGRAMME), "code", code());
    Item location = Item.of(Item.PROGRAMME, code());
    Checks.code(location, "serviceArea", serviceArea());
    for (int i = 0; i < indicators().size(); i++) {
      Checks.code(location, "indicators[" + i + "]", indicators().get(i));
    }
    for (int i = 0; i < measures().size(); i++) {
      Checks.code(location, "measures[" + i + "]", measures().get(i));
    }
    Set<String> models = new HashSet<>();
    for (int i = 0; i < deliveryModels().size(); i++) {
      DeliveryModel model = deliveryModels().get(i);
      if (!models.add(model.code())) {
        throw Checks.fail(ProblemType.DUPLICATE_CODE, location, "deliveryModels[" + i + "].code",
            "distinct delivery model codes", "two coded " + Redaction.code(model.code()));
      }
    }
  }

  /** Returns the code, service area and counts of indicators, delivery models and measures. */
  @Override
  public String toString() {
    return "Programme[" + code() + " in " + serviceArea() + ": "
        + Checks.count(indicators().size(), "indicator") + ", "
        + Checks.count(deliveryModels().size(), "delivery model") + ", "
        + Checks.count(measures().size(), "measure") + "]";
  }

  /**
   * Builds a programme; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code, name or service area is not set, and
   * a {@link ValidationException} when a code is malformed or a delivery model repeated.
   */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }
}
