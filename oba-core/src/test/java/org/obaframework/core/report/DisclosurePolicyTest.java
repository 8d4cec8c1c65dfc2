package org.obaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.core.ProblemAssertions.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

class DisclosurePolicyTest {
  @Test
  void presetsFollowTheirPublishers() {
    assertThat(DisclosurePolicy.DFE.threshold()).isEqualTo(5);
    assertThat(DisclosurePolicy.DFE.hasSecondarySuppression()).isTrue();
    assertThat(DisclosurePolicy.DFE.rounds()).isFalse();
    assertThat(DisclosurePolicy.DFE.symbol()).isEqualTo("[c]");
    assertThat(DisclosurePolicy.ONS_10_5.isPrimary(9)).isTrue();
    assertThat(DisclosurePolicy.ONS_10_5.isPrimary(10)).isFalse();
    assertThat(DisclosurePolicy.ONS_10_5.roundingBase()).isEqualTo(5);
    assertThat(DisclosurePolicy.STATS_WALES.isPrimary(1)).isFalse();
    assertThat(DisclosurePolicy.STATS_WALES.roundingBase()).isEqualTo(5);
    assertThat(DisclosurePolicy.NONE.isPrimary(1)).isFalse();
    assertThat(DisclosurePolicy.NONE.rounds()).isFalse();
    for (DisclosurePolicy preset : List.of(DisclosurePolicy.NONE, DisclosurePolicy.DFE,
        DisclosurePolicy.ONS_10_5, DisclosurePolicy.STATS_WALES)) {
      assertThat(preset.isPrimary(0)).isFalse();
    }
  }

  @Test
  void primaryRangeIsOneToTheThresholdAndZerosOnlyWhenAsked() {
    DisclosurePolicy policy = DisclosurePolicy.custom().suppressUpTo(3).build();
    assertThat(policy.isPrimary(0)).isFalse();
    assertThat(policy.isPrimary(1)).isTrue();
    assertThat(policy.isPrimary(3)).isTrue();
    assertThat(policy.isPrimary(4)).isFalse();
    assertThat(DisclosurePolicy.custom().suppressZeros().build().isPrimary(0)).isTrue();
  }

  @Test
  void roundsHalvesUp() {
    DisclosurePolicy five = DisclosurePolicy.ONS_10_5;
    assertThat(five.round(0)).isEqualTo(0);
    assertThat(five.round(2)).isEqualTo(0);
    assertThat(five.round(3)).isEqualTo(5);
    assertThat(five.round(12)).isEqualTo(10);
    assertThat(five.round(13)).isEqualTo(15);
    assertThat(five.round(15)).isEqualTo(15);
    DisclosurePolicy ten = DisclosurePolicy.custom().roundTo(10).build();
    assertThat(ten.round(5)).isEqualTo(10);
    assertThat(ten.round(14)).isEqualTo(10);
    assertThat(DisclosurePolicy.DFE.round(13)).isEqualTo(13);
  }

  @Test
  void parsesPresetNamesAsTheCommandLineGivesThem() {
    assertThat(DisclosurePolicy.parse("dfe")).isSameAs(DisclosurePolicy.DFE);
    assertThat(DisclosurePolicy.parse("ons-10-5")).isSameAs(DisclosurePolicy.ONS_10_5);
    assertThat(DisclosurePolicy.parse("statswales")).isSameAs(DisclosurePolicy.STATS_WALES);
    assertThat(DisclosurePolicy.parse("none")).isSameAs(DisclosurePolicy.NONE);
    assertThat(DisclosurePolicy.parse("DfE")).isSameAs(DisclosurePolicy.DFE);
    assertThat(DisclosurePolicy.DFE).hasToString("dfe");
    assertThat(DisclosurePolicy.ONS_10_5).hasToString("ons-10-5");
  }

  @Test
  void customPoliciesPrintEveryRuleAndParseBack() {
    DisclosurePolicy policy = DisclosurePolicy.custom().suppressUpTo(9).suppressZeros()
        .roundTo(10).symbol("*").build();
    assertThat(policy).hasToString(
        "custom:threshold=9,zeros=suppressed,secondary=yes,rounding=10,symbol=*,rows=folded");
    assertThat(DisclosurePolicy.parse(policy.toString())).isEqualTo(policy);
    DisclosurePolicy plain = DisclosurePolicy.custom().withoutSecondarySuppression().build();
    assertThat(plain).hasToString(
        "custom:threshold=0,zeros=shown,secondary=no,rounding=0,symbol=[c],rows=folded");
    assertThat(DisclosurePolicy.parse(plain.toString())).isEqualTo(plain);
    assertThat(DisclosurePolicy.parse("custom:threshold=3"))
        .isEqualTo(DisclosurePolicy.custom().suppressUpTo(3).build());
  }

  @Test
  void rowsWhoseCountsAreAllHiddenAreFoldedUnlessThePolicyNamesThem() {
    assertThat(DisclosurePolicy.DFE.foldsHiddenRows()).isTrue();
    DisclosurePolicy named = DisclosurePolicy.custom().suppressUpTo(5).nameHiddenRows().build();
    assertThat(named.foldsHiddenRows()).isFalse();
    assertThat(named.toString()).endsWith(",rows=named");
    assertThat(DisclosurePolicy.parse(named.toString())).isEqualTo(named);
    assertThat(named).isNotEqualTo(DisclosurePolicy.custom().suppressUpTo(5).build());
  }

  @Test
  void eachPolicyStatesItsSensitiveCountsAndTheirProtectionInterval() {
    assertThat(DisclosurePolicy.DFE.isSensitive(5)).isTrue();
    assertThat(DisclosurePolicy.DFE.isSensitive(6)).isFalse();
    assertThat(DisclosurePolicy.DFE.isSensitive(0)).isFalse();
    assertThat(DisclosurePolicy.DFE.protectionWidth()).isEqualTo(5);
    assertThat(DisclosurePolicy.ONS_10_5.isSensitive(9)).isTrue();
    assertThat(DisclosurePolicy.ONS_10_5.protectionWidth()).isEqualTo(9);
    // Rounding alone: 1 to 4 are sensitive, and none may be told exactly.
    assertThat(DisclosurePolicy.STATS_WALES.isSensitive(4)).isTrue();
    assertThat(DisclosurePolicy.STATS_WALES.isSensitive(5)).isFalse();
    assertThat(DisclosurePolicy.STATS_WALES.protectionWidth()).isEqualTo(1);
    assertThat(DisclosurePolicy.STATS_WALES.hasSecondarySuppression()).isTrue();
    assertThat(DisclosurePolicy.custom().roundTo(10).build().protectionWidth()).isEqualTo(1);
    assertThat(DisclosurePolicy.NONE.isSensitive(1)).isFalse();
    assertThat(DisclosurePolicy.NONE.protectionWidth()).isZero();
    DisclosurePolicy zeros = DisclosurePolicy.custom().suppressZeros().build();
    assertThat(zeros.isSensitive(0)).isTrue();
    assertThat(zeros.protectionWidth()).isEqualTo(1);
  }

  @Test
  void eachPolicyStatesTheProtectionItGivesForTheLegend() {
    assertThat(DisclosurePolicy.NONE.protection()).isEqualTo("Every count is shown as it is.");
    assertThat(DisclosurePolicy.DFE.protection()).isEqualTo("Counts from 1 to 5 are hidden; "
        + "further counts are hidden so that no number of the card narrows a count from 1 to 5 "
        + "to a range less than 5 wide; percents and intervals are shown only beside shown "
        + "counts; a breakdown row whose counts are all hidden or 0 is folded into (other), so "
        + "that its key is not published.");
    assertThat(DisclosurePolicy.STATS_WALES.protection()).startsWith(
        "Every count is rounded to the nearest 5; further counts are hidden so that no number "
        + "of the card tells a count from 1 to 4 exactly; percents and intervals are computed "
        + "from the published, rounded counts");
    assertThat(DisclosurePolicy.custom().suppressUpTo(3).withoutSecondarySuppression().build()
        .protection()).contains("no further count is hidden");
  }

  @Test
  void aCustomPolicyIsNotAPreset() {
    DisclosurePolicy likeDfe = DisclosurePolicy.custom().suppressUpTo(5).build();
    assertThat(likeDfe).isNotEqualTo(DisclosurePolicy.DFE);
    assertThat(likeDfe.name()).isEqualTo("custom");
  }

  @Test
  void rejectsANegativeThreshold() {
    assertRejected(() -> DisclosurePolicy.custom().suppressUpTo(-1),
        ValidationException.class, ProblemType.OUT_OF_RANGE,
        List.of("disclosure policy", "threshold", "0 or more", "-1"));
  }

  @Test
  void rejectsANegativeOrUselessRoundingBase() {
    for (int base : new int[] {-5, 1}) {
      assertRejected(() -> DisclosurePolicy.custom().roundTo(base),
          ValidationException.class, ProblemType.OUT_OF_RANGE,
          List.of("disclosure policy", "rounding", "0 for none, or 2 and above",
              Integer.toString(base)));
    }
  }

  @Test
  void rejectsASymbolThatIsBlankANumberOrHoldsACommaOrSpace() {
    for (String symbol : new String[] {"", " ", "12", "[c],", "c c"}) {
      assertRejected(() -> DisclosurePolicy.custom().symbol(symbol),
          ValidationException.class, ProblemType.INVALID_TEXT,
          List.of("disclosure policy", "symbol", "not a number"));
    }
  }

  @Test
  void rejectsAnUnknownName() {
    for (String text : new String[] {"dfe2", "", "custom:threshold=x", "custom:colour=red",
        "custom:zeros=maybe", "custom:threshold"}) {
      assertRejected(() -> DisclosurePolicy.parse(text),
          ValidationException.class, ProblemType.UNKNOWN_REFERENCE,
          List.of("disclosure policy", "name", "one of [none, dfe, ons-10-5, statswales]"));
    }
    assertRejected(() -> DisclosurePolicy.parse("custom:rounding=1"),
        ValidationException.class, ProblemType.OUT_OF_RANGE, List.of("rounding"));
  }
}
