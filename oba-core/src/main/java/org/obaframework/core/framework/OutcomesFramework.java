package org.obaframework.core.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;
import org.obaframework.core.internal.Indexes;

/**
 * A whole outcomes framework: service areas, indicators, programmes, performance measures,
 * service outputs and the external frameworks it reports against.
 *
 * <pre>{@code
 * OutcomesFramework afc = OutcomesFramework.builder()
 *     .code("AFC")
 *     .name(Label.of("Action for Children Outcomes Framework"))
 *     .addServiceAreas(ServiceArea.of("IFS", Label.of("Intensive family support")))
 *     .addIndicators(tenancyRisk, schoolAttendance)
 *     .addProgrammes(ifs)
 *     .addMeasures(stableTenancy)
 *     .addAllExternalFrameworks(ExternalFrameworks.ukNations())
 *     .build();
 * }</pre>
 *
 * <p>Building checks the whole framework and throws a {@link ValidationException} listing every
 * problem at once: duplicate codes, references to things that do not exist, an indicator without
 * a service area, a programme without indicators or naming an indicator outside its service area,
 * a programme's measure drawing on an indicator outside the programme, two data development
 * measures of one priority. A framework that exists is therefore consistent. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomesFramework {
  OutcomesFramework() {}

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
   * Returns the version; {@code "1"} unless set.
   *
   * @return the version
   */
  @Value.Default
  public String version() {
    return "1";
  }

  /**
   * Returns the service areas.
   *
   * @return the service areas, in the order given
   */
  public abstract List<ServiceArea> serviceAreas();

  /**
   * Returns the indicators.
   *
   * @return the indicators, in the order given
   */
  public abstract List<Indicator> indicators();

  /**
   * Returns the programmes of intervention.
   *
   * @return the programmes, in the order given
   */
  public abstract List<Programme> programmes();

  /**
   * Returns the performance measures.
   *
   * @return the measures, in the order given
   */
  public abstract List<PerformanceMeasure> measures();

  /**
   * Returns the service outputs episodes may record.
   *
   * @return the outputs, in the order given
   */
  public abstract List<ServiceOutput> serviceOutputs();

  /**
   * Returns the external frameworks indicators may link to.
   *
   * @return the external frameworks, in the order given
   */
  public abstract List<ExternalFramework> externalFrameworks();

  /**
   * Returns the service area with the given code.
   *
   * @param code a code
   * @return the service area, or empty if there is none
   */
  public Optional<ServiceArea> serviceArea(String code) {
    return Optional.ofNullable(serviceAreaIndex().get(code));
  }

  /**
   * Returns the indicator with the given code.
   *
   * @param code a code
   * @return the indicator, or empty if there is none
   */
  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(indicatorIndex().get(code));
  }

  /**
   * Returns the programme with the given code.
   *
   * @param code a code
   * @return the programme, or empty if there is none
   */
  public Optional<Programme> programme(String code) {
    return Optional.ofNullable(programmeIndex().get(code));
  }

  /**
   * Returns the performance measure with the given code.
   *
   * @param code a code
   * @return the measure, or empty if there is none
   */
  public Optional<PerformanceMeasure> measure(String code) {
    return Optional.ofNullable(measureIndex().get(code));
  }

  /**
   * Returns the service output with the given code.
   *
   * @param code a code
   * @return the output, or empty if there is none
   */
  public Optional<ServiceOutput> serviceOutput(String code) {
    return Optional.ofNullable(serviceOutputIndex().get(code));
  }

  /**
   * Returns the external framework with the given code.
   *
   * @param code a code
   * @return the external framework, or empty if there is none
   */
  public Optional<ExternalFramework> externalFramework(String code) {
    return Optional.ofNullable(externalFrameworkIndex().get(code));
  }

  /**
   * Returns the indicators relevant to a programme, in the programme's order.
   *
   * @param programme a programme of this framework (a code this framework lacks, which only a
   *     programme of another framework can name, is left out)
   * @return the indicators
   */
  public List<Indicator> indicatorsOf(Programme programme) {
    List<Indicator> found = new ArrayList<>();
    for (String code : programme.indicators()) {
      indicator(code).ifPresent(found::add);
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the performance measures of a programme, in the programme's order.
   *
   * @param programme a programme of this framework
   * @return the measures
   */
  public List<PerformanceMeasure> measuresOf(Programme programme) {
    List<PerformanceMeasure> found = new ArrayList<>();
    for (String code : programme.measures()) {
      measure(code).ifPresent(found::add);
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the indicators that belong to a service area, in the framework's order.
   *
   * @param serviceArea the code of a service area
   * @return the indicators; empty if none belongs to it
   */
  public List<Indicator> indicatorsIn(String serviceArea) {
    List<Indicator> found = new ArrayList<>();
    for (Indicator indicator : indicators()) {
      if (indicator.serviceAreas().contains(serviceArea)) {
        found.add(indicator);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the crosswalk to one external framework: for each of its outcomes, in its order, the
   * indicators that contribute to it (possibly none). Outcomes of two nations' frameworks meet
   * through the indicators linked to both; oba does not equate the nations' outcomes itself.
   *
   * @param externalFramework the code of an external framework of this framework
   * @return an unmodifiable map from outcome to indicators
   * @throws ValidationException if this framework has no external framework with that code
   */
  public Map<ExternalOutcome, List<Indicator>> crosswalk(String externalFramework) {
    ExternalFramework external = externalFramework(externalFramework).orElseThrow(() ->
        Checks.fail(ProblemType.UNKNOWN_REFERENCE, Item.of(Item.FRAMEWORK, code()),
            "externalFrameworks", Checks.oneOf(externalFrameworkIndex().keySet()),
            Redaction.code(externalFramework)));
    Map<ExternalOutcome, List<Indicator>> crosswalk = new LinkedHashMap<>();
    for (ExternalOutcome outcome : external.outcomes()) {
      OutcomeRef ref = OutcomeRef.of(external.code(), outcome.code());
      List<Indicator> contributing = new ArrayList<>();
      for (Indicator indicator : indicators()) {
        if (indicator.outcomes().contains(ref)) {
          contributing.add(indicator);
        }
      }
      crosswalk.put(outcome, Collections.unmodifiableList(contributing));
    }
    return Collections.unmodifiableMap(crosswalk);
  }

  @Value.Lazy
  Map<String, ServiceArea> serviceAreaIndex() {
    return Indexes.byCode(serviceAreas(), ServiceArea::code);
  }

  @Value.Lazy
  Map<String, Indicator> indicatorIndex() {
    return Indexes.byCode(indicators(), Indicator::code);
  }

  @Value.Lazy
  Map<String, Programme> programmeIndex() {
    return Indexes.byCode(programmes(), Programme::code);
  }

  @Value.Lazy
  Map<String, PerformanceMeasure> measureIndex() {
    return Indexes.byCode(measures(), PerformanceMeasure::code);
  }

  @Value.Lazy
  Map<String, ServiceOutput> serviceOutputIndex() {
    return Indexes.byCode(serviceOutputs(), ServiceOutput::code);
  }

  @Value.Lazy
  Map<String, ExternalFramework> externalFrameworkIndex() {
    return Indexes.byCode(externalFrameworks(), ExternalFramework::code);
  }


  @Value.Check
  void check() {
    List<Problem> problems = FrameworkValidator.validate(this);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Returns a short summary: code, version and how many of each part.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "OutcomesFramework[" + code() + " v" + version() + ": "
        + Checks.count(serviceAreas().size(), "service area") + ", "
        + Checks.count(indicators().size(), "indicator") + ", "
        + Checks.count(programmes().size(), "programme") + ", "
        + Checks.count(measures().size(), "measure") + "]";
  }

  /**
   * Builds a framework; not thread-safe. {@code build()} throws a {@link
   * org.obaframework.core.MissingValueException} when code or name is not set, and a {@link
   * ValidationException} listing every problem of the whole framework.
   */
  public static final class Builder extends ImmutableOutcomesFramework.Builder {
    Builder() {}

    /**
     * Returns every problem the framework built from this builder would have, without throwing.
     *
     * @return the problems; empty when {@link #build()} would succeed
     */
    public List<Problem> problems() {
      try {
        build();
        return List.of();
      } catch (ValidationException e) {
        return e.problems();
      }
    }
  }
}
