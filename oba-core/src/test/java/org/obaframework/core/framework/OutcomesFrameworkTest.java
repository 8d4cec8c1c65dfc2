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

  private static List<String> codes(Map<ExternalOutcome, List<Indicator>> crosswalk,
      String outcome) {
    return crosswalk.entrySet().stream()
        .filter(e -> e.getKey().code().equals(outcome))
        .flatMap(e -> e.getValue().stream())
        .map(Indicator::code)
        .toList();
  }
}
