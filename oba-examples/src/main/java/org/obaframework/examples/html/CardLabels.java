package org.obaframework.examples.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.TransitionMeasure;
import org.obaframework.core.framework.DeliveryModel;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;

/**
 * The human names a report card's codes stand for, taken from the framework and the measure
 * definitions: measure names (in every language the framework gives), the levels of an
 * indicator's scale in a transition matrix, programme and delivery-model keys, and names the
 * framework does not hold, such as local authorities, given by the caller.
 *
 * <pre>{@code
 * CardLabels labels = CardLabels.of(framework, measures)
 *     .withKey("local-authority", "W06000015", Label.of("Cardiff").with("cy", "Caerdydd"));
 * HtmlReportCard.of(card).withLabels(labels).withLocale(Locale.forLanguageTag("cy")).render();
 * }</pre>
 *
 * <p>A code without a label is shown as it is: a key such as {@code LA-1} is a name already.
 * Breakdowns of oba's own kinds (local authority, delivery model, programme, periods, the common
 * attributes) are named by the renderer's message bundle. Immutable and thread-safe.
 */
public final class CardLabels {
  private static final CardLabels NONE = new CardLabels(Optional.empty(), List.of(), Map.of(),
      Map.of());

  private final Optional<OutcomesFramework> framework;
  private final List<MeasureDefinition> measures;
  private final Map<String, Label> breakdowns;
  private final Map<String, Map<String, Label>> keys;

  private CardLabels(Optional<OutcomesFramework> framework, List<MeasureDefinition> measures,
      Map<String, Label> breakdowns, Map<String, Map<String, Label>> keys) {
    this.framework = framework;
    this.measures = List.copyOf(measures);
    this.breakdowns = Map.copyOf(breakdowns);
    Map<String, Map<String, Label>> copy = new HashMap<>();
    keys.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    this.keys = Map.copyOf(copy);
  }

  /**
   * Returns no labels: the card's own English names, and codes as they are.
   *
   * @return the labels
   */
  public static CardLabels none() {
    return NONE;
  }

  /**
   * Returns the labels of a framework and the measures evaluated under it.
   *
   * @param framework the framework
   * @param measures the measure definitions of the card
   * @return the labels
   */
  public static CardLabels of(OutcomesFramework framework,
      List<? extends MeasureDefinition> measures) {
    return new CardLabels(Optional.of(framework), new ArrayList<>(measures), Map.of(), Map.of());
  }

  /**
   * Returns a copy that names a breakdown, such as {@code "region"}.
   *
   * @param name the breakdown's name, as the card's tables give it
   * @param label its name in words
   * @return the copy
   */
  public CardLabels withBreakdown(String name, Label label) {
    Map<String, Label> more = new HashMap<>(breakdowns);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(label, "label"));
    return new CardLabels(framework, measures, more, keys);
  }

  /**
   * Returns a copy that names a key of a breakdown, such as a local authority's code.
   *
   * @param breakdown the breakdown's name, such as {@code "local-authority"}
   * @param key the key, such as {@code "W06000015"}
   * @param label its name in words
   * @return the copy
   */
  public CardLabels withKey(String breakdown, String key, Label label) {
    Map<String, Map<String, Label>> more = new HashMap<>(keys);
    Map<String, Label> of = new HashMap<>(more.getOrDefault(breakdown, Map.of()));
    of.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(label, "label"));
    more.put(breakdown, of);
    return new CardLabels(framework, measures, breakdowns, more);
  }

  /**
   * Returns the framework, if the labels come from one.
   *
   * @return the framework
   */
  public Optional<OutcomesFramework> framework() {
    return framework;
  }

  /**
   * A measure's name: its definition's, in each language the definition gives, else in the
   * framework's performance measure's languages.
   */
  Optional<Label> measure(String code) {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    performance(code).ifPresent(m -> texts.putAll(m.name().texts()));
    boolean defined = false;
    for (MeasureDefinition each : measures) {
      if (each.code().equals(code)) {
        texts.putAll(each.name().texts());
        defined = true;
        break;
      }
    }
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    Optional<Label> framework = performance(code).map(PerformanceMeasure::name);
    return Optional.of(defined || framework.isEmpty() ? Label.of(texts) : framework.get());
  }

  /** The framework's performance measure of a code. */
  Optional<PerformanceMeasure> performance(String code) {
    return framework.flatMap(f -> f.measure(code));
  }

  /** Which way is better for a measure: the framework's, else higher. */
  Polarity polarity(String code) {
    return performance(code).flatMap(PerformanceMeasure::polarity)
        .orElse(Polarity.HIGHER_IS_BETTER);
  }

  /** The measures the framework wants but has no data for, in priority order. */
  List<PerformanceMeasure> dataDevelopment() {
    List<PerformanceMeasure> wanted = new ArrayList<>();
    framework.ifPresent(f -> f.measures().stream()
        .filter(m -> m.role() == MeasureRole.DATA_DEVELOPMENT)
        .sorted((a, b) -> Integer.compare(a.priority().orElse(Integer.MAX_VALUE),
            b.priority().orElse(Integer.MAX_VALUE)))
        .forEach(wanted::add));
    return wanted;
  }

  /** The label of a level of the indicator a transition measure follows. */
  Optional<Label> level(String measure, String level) {
    if (framework.isEmpty()) {
      return Optional.empty();
    }
    for (MeasureDefinition each : measures) {
      if (each.code().equals(measure) && each instanceof TransitionMeasure transitions) {
        return framework.get().indicator(transitions.indicator())
            .filter(i -> i.scale() instanceof OrdinalScale)
            .flatMap(i -> ((OrdinalScale) i.scale()).level(level))
            .map(OrdinalLevel::label);
      }
    }
    return Optional.empty();
  }

  /** A breakdown's name given by the caller. */
  Optional<Label> breakdown(String name) {
    return Optional.ofNullable(breakdowns.get(name));
  }

  /**
   * A key's label: the caller's, else for a programme or delivery model the framework's name of
   * it.
   */
  Optional<Label> key(String breakdown, String key) {
    Label given = keys.getOrDefault(breakdown, Map.of()).get(key);
    if (given != null) {
      return Optional.of(given);
    }
    if (framework.isEmpty()) {
      return Optional.empty();
    }
    if (breakdown.equals("programme")) {
      return framework.get().programme(key).map(Programme::name);
    }
    if (breakdown.equals("delivery-model")) {
      for (Programme programme : framework.get().programmes()) {
        Optional<DeliveryModel> model = programme.deliveryModel(key);
        if (model.isPresent()) {
          return Optional.of(model.get().name());
        }
      }
    }
    return Optional.empty();
  }

  /** Says which framework the labels come from. */
  @Override
  public String toString() {
    return "CardLabels[" + framework.map(OutcomesFramework::code).orElse("none") + ", "
        + measures.size() + " measures]";
  }
}
