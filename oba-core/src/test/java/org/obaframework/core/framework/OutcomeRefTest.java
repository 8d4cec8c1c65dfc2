package org.obaframework.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeRefTest {

  @Test
  void parseAndToStringAreInverses() {
    OutcomeRef ref = OutcomeRef.parse("SHANARRI/SAFE");

    assertThat(ref).isEqualTo(OutcomeRef.of("SHANARRI", "SAFE"));
    assertThat(ref.framework()).isEqualTo("SHANARRI");
    assertThat(ref.outcome()).isEqualTo("SAFE");
    assertThat(ref).hasToString("SHANARRI/SAFE");
    assertThat(OutcomeRef.parse(ref.toString())).isEqualTo(ref);
  }

  @Test
  void externalFrameworksMakeLinksToTheirOutcomes() {
    OutcomeRef ref = ExternalFrameworks.WALES_WELL_BEING.ref("SOCIAL-ECONOMIC");

    assertThat(ref).hasToString("WALES-SSWBA-2014/SOCIAL-ECONOMIC");
    assertThat(OutcomeRef.parse(ref.toString())).isEqualTo(ref);
  }
}
