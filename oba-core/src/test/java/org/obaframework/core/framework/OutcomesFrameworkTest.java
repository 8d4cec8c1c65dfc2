package org.obaframework.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Fixtures;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

class OutcomesFrameworkTest {
  private final OutcomesFramework framework = Fixtures.framework();

  @Test
  void crosswalkListsEveryOutcomeInOrderWithItsIndicators() {
    Map<ExternalOutcome, List<Indicator>> crosswalk = framework.crosswalk("SHANARRI");

    assertThat(crosswalk.keySet()).extracting(ExternalOutcome::code).containsExactly(
        "SAFE", "HEALTHY", "ACHIEVING", "NURTURED", "ACTIVE", "RESPECTED", "RESPONSIBLE",
        "INCLUDED");
    assertThat(codes(crosswalk, "SAFE")).containsExactly("RISK-CARE", "RC-STABLE");
    assertThat(codes(crosswalk, "HEALTHY")).containsExactly("SDQ");
    assertThat(codes(crosswalk, "ACHIEVING")).containsExactly("SCHOOL-ATT");
    assertThat(codes(crosswalk, "NURTURED")).containsExactly("EVICTED");
    assertThat(codes(crosswalk, "ACTIVE")).isEmpty();
  }

  @Test
  void crosswalkToAnotherNationsFramework() {
    Map<ExternalOutcome, List<Indicator>> crosswalk = framework.crosswalk("ECM");

    assertThat(crosswalk).hasSize(5);
    assertThat(codes(crosswalk, "STAY-SAFE")).containsExactly("RISK-CARE");
    assertThat(codes(crosswalk, "BE-HEALTHY")).isEmpty();
  }

  @Test
  void crosswalkIsUnmodifiable() {
    Map<ExternalOutcome, List<Indicator>> crosswalk = framework.crosswalk("SHANARRI");

    assertThatThrownBy(crosswalk::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> crosswalk.values().iterator().next().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void crosswalkToAnUnknownExternalFrameworkThrows() {
    assertThatThrownBy(() -> framework.crosswalk("CARDIFF-PLAN"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("framework 'TEST-FW', field externalFrameworks: unknown reference; "
            + "expected one of [ECM, SHANARRI, WALES-SSWBA-2014, NI-CYPS-2030], "
            + "found 'CARDIFF-PLAN'")
        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
            .isEqualTo(ProblemType.UNKNOWN_REFERENCE));
  }

  @Test
  void findsItsPartsByCode() {
    assertThat(framework.indicator("SDQ")).isPresent();
    assertThat(framework.indicator("NOPE")).isEmpty();
    assertThat(framework.programme("RES").map(Programme::serviceArea)).contains("RC");
    assertThat(framework.measure("IFS-SDQ").map(m -> m.priority().getAsInt())).contains(1);
    assertThat(framework.serviceOutput("RES-SUPPORT")).isPresent();
    assertThat(framework.externalFramework("SHANARRI")).contains(ExternalFrameworks.SHANARRI);
    assertThat(framework.indicatorsOf(framework.programme("RES").orElseThrow()))
        .extracting(Indicator::code).containsExactly("SCHOOL-ATT", "RC-STABLE");
    assertThat(framework).hasToString(
        "OutcomesFramework[TEST-FW v1: 2 service areas, 6 indicators, 2 programmes, 4 measures]");
  }

  @Test
  void listsTheMeasuresOfAProgrammeInItsOrder() {
    Programme ifs = framework.programme("IFS").orElseThrow();

    assertThat(framework.measuresOf(ifs)).extracting(PerformanceMeasure::code)
        .containsExactly("IFS-FAMILIES", "IFS-RISK-DOWN", "IFS-SDQ");
    assertThat(framework.measuresOf(framework.programme("RES").orElseThrow()))
        .extracting(PerformanceMeasure::code).containsExactly("RES-STABLE");
    assertThat(framework.measuresOf(Fixtures.res().measures(List.of()).build())).isEmpty();
    assertThatThrownBy(() -> framework.measuresOf(ifs).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void leavesOutAMeasureOfAnotherFrameworksProgramme() {
    Programme elsewhere = Fixtures.res().code("OTHER").addMeasures("NOT-HERE").build();

    assertThat(framework.measuresOf(elsewhere)).extracting(PerformanceMeasure::code)
        .containsExactly("RES-STABLE");
  }

  @Test
  void listsTheIndicatorsOfAServiceAreaInTheFrameworksOrder() {
    assertThat(framework.indicatorsIn("FS")).extracting(Indicator::code)
        .containsExactly("RISK-CARE", "SCHOOL-ATT", "SDQ", "EVICTED", "PARENT-WB");
    assertThat(framework.indicatorsIn("RC")).extracting(Indicator::code)
        .containsExactly("SCHOOL-ATT", "RC-STABLE");
    assertThat(framework.indicatorsIn("XX")).isEmpty();
    assertThat(framework.indicatorsIn("fs")).as("codes are exact").isEmpty();
    assertThatThrownBy(() -> framework.indicatorsIn("FS").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void definitionsPrintAsConciseSummaries() {
    assertThat(Fixtures.riskCare().build()).hasToString(
        "Indicator[RISK-CARE v1, ordinal[none, low, medium, high], LOWER_IS_BETTER, CHILD]");
    assertThat(Fixtures.schoolAttendance().version("2025-09").build()).hasToString(
        "Indicator[SCHOOL-ATT v2025-09, numeric[0..100 %], HIGHER_IS_BETTER, CHILD]");
    assertThat(Fixtures.ifs().build()).hasToString(
        "Programme[IFS in FS: 5 indicators, 2 delivery models, 3 measures]");
    assertThat(Fixtures.sdqDevelopment().build()).hasToString(
        "PerformanceMeasure[IFS-SDQ, BETTER_OFF_PERCENT, DATA_DEVELOPMENT 1, CHILD]");
    assertThat(Fixtures.familiesServed().build()).hasToString(
        "PerformanceMeasure[IFS-FAMILIES, HOW_MUCH, SECONDARY, FAMILY]");
    assertThat(ExternalFrameworks.SHANARRI).hasToString(
        "ExternalFramework[SHANARRI, SCOTLAND, 8 outcomes]");
    assertThat(ExternalFramework.builder().code("LOCAL").name(Label.of("Local plan"))
        .source("Local council, 2025")
        .addOutcomes(ExternalOutcome.of("SAFE", Label.of("Children are safe"))).build())
        .hasToString("ExternalFramework[LOCAL, 1 outcome]");
  }

  @Test
  void valueTypesHaveNoCopyMethods() {
    // Immutables' with* copy methods are not generated: a changed definition is built anew.
    for (Object value : List.of(Fixtures.riskCare().build(), Fixtures.ifs().build(),
        Fixtures.sdqDevelopment().build(), ExternalFrameworks.SHANARRI, framework)) {
      assertThat(value.getClass().getMethods()).extracting(java.lang.reflect.Method::getName)
          .as("methods of %s", value.getClass().getSimpleName())
          .noneMatch(name -> name.startsWith("with"));
    }
  }

  private static List<String> codes(Map<ExternalOutcome, List<Indicator>> crosswalk,
      String outcome) {
    return crosswalk.entrySet().stream()
        .filter(e -> e.getKey().code().equals(outcome))
        .flatMap(e -> e.getValue().stream())
        .map(Indicator::code)
        .toList();
  }
}
