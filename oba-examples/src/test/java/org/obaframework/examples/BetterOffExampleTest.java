package org.obaframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BetterOffExampleTest {
  @Test
  void explainsWhyTheFamilyIsBetterOff() {
    assertThat(BetterOffExample.run()).isEqualTo(String.join("\n",
        "Decision[IFS-ATTENDANCE, FAMILY F-0001, episode E-0001, JOINT, BETTER_OFF]",
        "Measure IFS-ATTENDANCE for family F-0001, episode E-0001 of programme IFS "
            + "(2025-04-07 to open), as rated by joint.",
        "Eligible, child F-0001-C1: SCHOOL-ATT worse than 90 % at baseline.",
        "SCHOOL-ATT (School attendance) for child F-0001-C1: 68 % in review R-0001 on "
            + "2025-04-21, then 88 % in review R-0002 on 2025-12-08: improved by 20 percentage "
            + "points; rule \"improved by at least 10 percentage points\": better off.",
        "Child F-0001-C1: better off.",
        "Not eligible, child F-0001-C2: not SCHOOL-ATT worse than 90 % at baseline.",
        "Family rule ANY_MEMBER: better off.",
        "Decision: better off.",
        ""));
  }
}
