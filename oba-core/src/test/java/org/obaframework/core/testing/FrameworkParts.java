package org.obaframework.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.obaframework.core.framework.ExternalFramework;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ServiceOutput;

/**
 * The parts an {@link OutcomesFramework.Builder} is given, kept apart so that a test can change
 * one of them before building: the generated valid framework, or a single-point corruption of it.
 *
 * @param code the framework's code
 * @param name the framework's name
 * @param version the framework's version
 * @param serviceAreas the service areas
 * @param indicators the indicators
 * @param programmes the programmes
 * @param measures the performance measures
 * @param serviceOutputs the service outputs
 * @param externalFrameworks the external frameworks
 */
public record FrameworkParts(
    String code,
    Label name,
    String version,
    List<ServiceArea> serviceAreas,
    List<Indicator> indicators,
    List<Programme> programmes,
    List<PerformanceMeasure> measures,
    List<ServiceOutput> serviceOutputs,
    List<ExternalFramework> externalFrameworks) {

  /** Copies the lists, so that a value never changes. */
  public FrameworkParts {
    serviceAreas = List.copyOf(serviceAreas);
    indicators = List.copyOf(indicators);
    programmes = List.copyOf(programmes);
    measures = List.copyOf(measures);
    serviceOutputs = List.copyOf(serviceOutputs);
    externalFrameworks = List.copyOf(externalFrameworks);
  }

  /** Returns a fresh builder holding these parts. */
  public OutcomesFramework.Builder builder() {
    return OutcomesFramework.builder()
        .code(code)
        .name(name)
        .version(version)
        .addAllServiceAreas(serviceAreas)
        .addAllIndicators(indicators)
        .addAllProgrammes(programmes)
        .addAllMeasures(measures)
        .addAllServiceOutputs(serviceOutputs)
        .addAllExternalFrameworks(externalFrameworks);
  }

  /** Builds the framework. */
  public OutcomesFramework build() {
    return builder().build();
  }

  /** Returns the indicator with the given code. */
  public Indicator indicator(String indicatorCode) {
    return indicators.stream().filter(i -> i.code().equals(indicatorCode)).findFirst()
        .orElseThrow();
  }

  /** Returns the measure with the given code. */
  public PerformanceMeasure measure(String measureCode) {
    return measures.stream().filter(m -> m.code().equals(measureCode)).findFirst().orElseThrow();
  }

  /** Returns the codes of the indicators of one level. */
  public List<String> indicatorsAt(RatedAt level) {
    return indicators.stream().filter(i -> i.ratedAt() == level).map(Indicator::code).toList();
  }

  /** Returns a copy with another code. */
  public FrameworkParts withCode(String newCode) {
    return new FrameworkParts(newCode, name, version, serviceAreas, indicators, programmes,
        measures, serviceOutputs, externalFrameworks);
  }

  /** Returns a copy with other service areas. */
  public FrameworkParts withServiceAreas(List<ServiceArea> items) {
    return new FrameworkParts(code, name, version, items, indicators, programmes, measures,
        serviceOutputs, externalFrameworks);
  }

  /** Returns a copy with other indicators. */
  public FrameworkParts withIndicators(List<Indicator> items) {
    return new FrameworkParts(code, name, version, serviceAreas, items, programmes, measures,
        serviceOutputs, externalFrameworks);
  }

  /** Returns a copy with other programmes. */
  public FrameworkParts withProgrammes(List<Programme> items) {
    return new FrameworkParts(code, name, version, serviceAreas, indicators, items, measures,
        serviceOutputs, externalFrameworks);
  }

  /** Returns a copy with other measures. */
  public FrameworkParts withMeasures(List<PerformanceMeasure> items) {
    return new FrameworkParts(code, name, version, serviceAreas, indicators, programmes, items,
        serviceOutputs, externalFrameworks);
  }

  /** Returns a copy with other service outputs. */
  public FrameworkParts withServiceOutputs(List<ServiceOutput> items) {
    return new FrameworkParts(code, name, version, serviceAreas, indicators, programmes, measures,
        items, externalFrameworks);
  }

  /** Returns a copy with other external frameworks. */
  public FrameworkParts withExternalFrameworks(List<ExternalFramework> items) {
    return new FrameworkParts(code, name, version, serviceAreas, indicators, programmes, measures,
        serviceOutputs, items);
  }

  /** Returns a copy of a list with one element replaced by the result of a function. */
  public static <T> List<T> replaced(List<T> items, T old, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(items);
    int index = copy.indexOf(old);
    if (index < 0) {
      throw new IllegalArgumentException("not in the list: " + old);
    }
    copy.set(index, change.apply(old));
    return copy;
  }

  /** Returns a copy of a list with an element inserted at a position. */
  public static <T> List<T> inserted(List<T> items, int index, T item) {
    List<T> copy = new ArrayList<>(items);
    copy.add(index, item);
    return copy;
  }

  /** Returns a copy of a list with an element appended. */
  public static <T> List<T> appended(List<T> items, T item) {
    return inserted(items, items.size(), item);
  }

  /** Returns a readable outline: every part by code, with what it refers to. */
  @Override
  public String toString() {
    String nl = "\n    ";
    return "FrameworkParts[" + code + " v" + version
        + nl + "areas " + serviceAreas.stream().map(ServiceArea::code).toList()
        + nl + "indicators " + indicators.stream()
            .map(i -> i.code() + "(" + i.ratedAt() + ", " + i.polarity() + ", " + i.scale()
                + ", areas " + i.serviceAreas() + ", outcomes " + i.outcomes() + ")")
            .collect(Collectors.joining(nl + "  ", nl + "  ", ""))
        + nl + "programmes " + programmes.stream()
            .map(p -> p.code() + "(area " + p.serviceArea() + ", indicators " + p.indicators()
                + ", models " + p.deliveryModels().stream().map(m -> m.code()).toList()
                + ", measures " + p.measures() + ")")
            .collect(Collectors.joining(nl + "  ", nl + "  ", ""))
        + nl + "measures " + measures.stream()
            .map(m -> m.code() + "(" + m.role()
                + (m.priority().isPresent() ? " #" + m.priority().getAsInt() : "") + ", "
                + m.quadrant() + ", " + m.countingUnit() + ", indicators " + m.indicators() + ")")
            .collect(Collectors.joining(nl + "  ", nl + "  ", ""))
        + nl + "outputs " + serviceOutputs.stream().map(ServiceOutput::code).toList()
        + nl + "external " + externalFrameworks.stream().map(ExternalFramework::code).toList()
        + "]";
  }
}
