package org.obaframework.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalFrameworksTest {

  @Test
  void ukNationsHaveFourFrameworksOfFiveAndEightOutcomes() {
    List<ExternalFramework> nations = ExternalFrameworks.ukNations();

    assertThat(nations).extracting(ExternalFramework::code)
        .containsExactly("ECM", "SHANARRI", "WALES-SSWBA-2014", "NI-CYPS-2030");
    assertThat(nations).extracting(f -> f.nation().orElseThrow()).containsExactly(
        Nation.ENGLAND, Nation.SCOTLAND, Nation.WALES, Nation.NORTHERN_IRELAND);
    assertThat(nations).extracting(f -> f.outcomes().size()).containsExactly(5, 8, 8, 8);
    assertThat(nations).allSatisfy(f -> assertThat(f.source()).isNotBlank());
  }

  @Test
  void outcomesAreFoundByCode() {
    assertThat(ExternalFrameworks.SHANARRI.outcome("NURTURED"))
        .hasValueSatisfying(o -> assertThat(o.name().text()).isEqualTo("Nurtured"));
    assertThat(ExternalFrameworks.SHANARRI.outcome("HAPPY")).isEmpty();
  }
}
