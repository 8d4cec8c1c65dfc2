package org.obaframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void buildsTheFrameworkAndReportsTheRatingOffTheScale() {
    String out = QuickStart.run();
    assertThat(out)
        .contains("OutcomesFramework[DEMO v1: 1 service area, 1 indicator, 1 programme")
        .contains("Welsh name of RISK-CARE: Risg o fynd i ofal")
        .contains("Records[1 subject, 1 episode, 2 reviews]")
        .contains("1 problem(s):")
        .contains("review 'R-0002' of episode 'E-0001', field ratings[0].value: value off the scale;"
            + " expected one of [none, low, medium, high] or a level's score for indicator"
            + " 'RISK-CARE', found a level code of 6 characters that is not on the scale");
  }
}
