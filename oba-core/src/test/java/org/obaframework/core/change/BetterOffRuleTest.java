package org.obaframework.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.core.change.Fixtures.CGAS;
import static org.obaframework.core.change.Fixtures.CONDUCT;
import static org.obaframework.core.change.Fixtures.EVICTED;
import static org.obaframework.core.change.Fixtures.GBO;
import static org.obaframework.core.change.Fixtures.RISK;
import static org.obaframework.core.change.Fixtures.change;
import static org.obaframework.core.change.Fixtures.unpaired;

import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.BetterOffRule.Maintained;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;

class BetterOffRuleTest {
  private static final BetterOffRule GBO_RELIABLE =
      BetterOffRule.reliableChange(MinimumChanges.GOAL_BASED_OUTCOMES);

  @Test
  void goalBasedOutcomesFourToSevenIsAReliableImprovement() {
    assertThat(GBO_RELIABLE.decide(change(GBO, 4, 7))).isTrue();
  }

  @Test
  void goalBasedOutcomesFourToSixIsNotReliable() {
    Change change = change(GBO, 4, 6);
    assertThat(change.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(GBO_RELIABLE.decide(change)).isFalse();
    assertThat(BetterOffRule.anyImprovement().decide(change)).isTrue();
  }

  @Test
  void cgasUsesTheComputedMinimumOf1073() {
    BetterOffRule rule = BetterOffRule.reliableChange(MinimumChange.fromReliability(12.90, 0.91));
    assertThat(rule.decide(change(CGAS, 45, 56))).isTrue();    // 11 >= 10.73
    assertThat(rule.decide(change(CGAS, 45, 55))).isFalse();   // 10 < 10.73
    assertThat(BetterOffRule.reliableChange(MinimumChanges.CGAS).decide(change(CGAS, 45, 56)))
        .isTrue();
  }

  @Test
  void reliableChangeAlsoTellsAReliableDeterioration() {
    BetterOffRule.ReliableChange rule = new BetterOffRule.ReliableChange(
        MinimumChanges.GOAL_BASED_OUTCOMES);
    assertThat(rule.worseOff(change(GBO, 7, 4))).isTrue();
    assertThat(rule.worseOff(change(GBO, 7, 5))).isFalse();
    assertThat(rule.decide(change(GBO, 7, 4))).isFalse();
  }

  @Test
  void riskHighToLowIsAnImprovementOfTwoLevels() {
    Change change = change(RISK, "high", "low");
    assertThat(change.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(change.difference()).hasValue(2.0);
    assertThat(BetterOffRule.improvedByAtLeast(1).decide(change)).isTrue();
    assertThat(BetterOffRule.improvedByAtLeast(2).decide(change)).isTrue();
    assertThat(BetterOffRule.improvedByAtLeast(3).decide(change)).isFalse();
    assertThat(BetterOffRule.improvedByAtLeast(1).description(RISK))
        .isEqualTo("improved by at least 1 level");
    assertThat(BetterOffRule.improvedByAtLeast(2).description(RISK))
        .isEqualTo("improved by at least 2 levels");
  }

  @Test
  void riskHighToLowReachesLowOrNone() {
    BetterOffRule rule = BetterOffRule.reaches(ScaleValue.level("low"), Maintained.DOES_NOT_COUNT);
    assertThat(rule.decide(change(RISK, "high", "low"))).isTrue();
    assertThat(rule.decide(change(RISK, "high", "none"))).isTrue();
    assertThat(rule.decide(change(RISK, "high", "medium"))).isFalse();
    assertThat(rule.description(RISK)).isEqualTo("reaches low or none (from short of it)");
  }

  @Test
  void whetherStayingAtTheTargetCountsIsAnOption() {
    BetterOffRule crossing =
        BetterOffRule.reaches(ScaleValue.level("low"), Maintained.DOES_NOT_COUNT);
    BetterOffRule staying = BetterOffRule.reaches(ScaleValue.level("low"), Maintained.COUNTS);
    Change stayedLow = change(RISK, "low", "low");
    Change noneToLow = change(RISK, "none", "low");
    assertThat(crossing.decide(stayedLow)).isFalse();
    assertThat(staying.decide(stayedLow)).isTrue();
    assertThat(staying.decide(noneToLow)).isTrue();   // still at low or none
    assertThat(staying.decide(change(RISK, "low", "medium"))).isFalse();
    assertThat(staying.description(RISK)).isEqualTo("reaches low or none (staying there counts)");
  }

  @Test
  void aLowerIsBetterQuestionnaireScoreImprovesWhenItFalls() {
    Change fell = change(CONDUCT, 8, 3);
    assertThat(fell.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(fell.difference()).hasValue(5.0);
    Change rose = change(CONDUCT, 3, 8);
    assertThat(rose.outcome()).isEqualTo(ChangeOutcome.DETERIORATED);
    assertThat(rose.difference()).hasValue(-5.0);

    BetterOffRule reliable = BetterOffRule.reliableChange(MinimumChanges.SDQ_PARENT_CONDUCT);
    assertThat(reliable.decide(fell)).isTrue();
    assertThat(reliable.decide(change(CONDUCT, 8, 5))).isFalse();
    assertThat(reliable.decide(rose)).isFalse();

    BetterOffRule threshold = BetterOffRule.reaches(ScaleValue.of(4), Maintained.DOES_NOT_COUNT);
    assertThat(threshold.decide(fell)).isTrue();
    assertThat(threshold.decide(change(CONDUCT, 8, 5))).isFalse();
    assertThat(threshold.description(CONDUCT))
        .isEqualTo("reaches 4 points or less (from short of it)");
  }

  @Test
  void aThresholdMayLieBetweenWholeNumbers() {
    BetterOffRule rule = BetterOffRule.reaches(ScaleValue.of(4.5), Maintained.DOES_NOT_COUNT);
    assertThat(rule.decide(change(CONDUCT, 8, 4))).isTrue();
    assertThat(rule.decide(change(CONDUCT, 8, 5))).isFalse();
  }

  @Test
  void reliableRecoveryNeedsReliableChangeAndCrossingTheCutOff() {
    // SDQ conduct, lower is better: 5 or more is clinical in this example.
    BetterOffRule rule = BetterOffRule.reliableRecovery(MinimumChanges.SDQ_PARENT_CONDUCT, 5);
    assertThat(rule.decide(change(CONDUCT, 9, 4))).isTrue();    // 5 points, 9 -> 4
    assertThat(rule.decide(change(CONDUCT, 9, 5))).isFalse();   // ends at the cut-off: clinical
    assertThat(rule.decide(change(CONDUCT, 7, 4))).isFalse();   // crosses, 3 points: not reliable
    assertThat(rule.decide(change(CONDUCT, 4, 0))).isFalse();   // reliable, never clinical
    // CGAS, higher is better: 70 or below is clinical.
    BetterOffRule cgas = BetterOffRule.reliableRecovery(MinimumChanges.CGAS, 70);
    assertThat(cgas.decide(change(CGAS, 55, 75))).isTrue();
    assertThat(cgas.decide(change(CGAS, 55, 70))).isFalse();
    assertThat(cgas.description()).contains("reliable recovery").contains("cut-off 70");
  }

  @Test
  void noRuleCountsAnUnpairedChange() {
    Change change = unpaired(GBO, ScaleValue.of(2));
    assertThat(BetterOffRule.anyImprovement().decide(change)).isFalse();
    assertThat(BetterOffRule.improvedByAtLeast(1).decide(change)).isFalse();
    assertThat(BetterOffRule.reaches(ScaleValue.of(1), Maintained.COUNTS).decide(change)).isFalse();
    assertThat(GBO_RELIABLE.decide(change)).isFalse();
    assertThat(BetterOffRule.reliableRecovery(MinimumChanges.GOAL_BASED_OUTCOMES, 5)
        .decide(change)).isFalse();
  }

  @Test
  void rejectsATargetOnABinaryScale() {
    assertThatThrownBy(() -> BetterOffRule.reaches(ScaleValue.NO, Maintained.COUNTS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("rule does not fit")
        .hasMessageContaining("no target on a binary scale");
    BetterOffRule rule = BetterOffRule.reaches(ScaleValue.level("low"), Maintained.COUNTS);
    assertThatThrownBy(() -> rule.checkFor(EVICTED))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("indicator 'EVICTED'")
        .hasMessageContaining("no target on a binary scale");
    assertThatThrownBy(() -> GBO_RELIABLE.checkFor(EVICTED))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no threshold on a binary scale");
    assertThatThrownBy(() -> BetterOffRule.reliableRecovery(MinimumChanges.GAD_7, 10)
        .checkFor(EVICTED))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a numeric scale for a clinical cut-off");
  }

  @Test
  void rejectsATargetLevelNotOnTheScale() {
    BetterOffRule rule = BetterOffRule.reaches(ScaleValue.level("lowish"), Maintained.COUNTS);
    assertThatThrownBy(() -> rule.decide(change(RISK, "high", "low")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("indicator 'RISK'")
        .hasMessageContaining("field target")
        .hasMessageContaining("one of [none, low, medium, high]")
        .hasMessageContaining("found a level 'lowish'")
        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
            .isEqualTo(ProblemType.RULE_DOES_NOT_FIT));
  }

  @Test
  void aTargetLevelNamedByItsScoreIsThatLevel() {
    // RISK's levels none, low, medium, high score 1 to 4: the score 2 names "low".
    BetterOffRule byScore = BetterOffRule.reaches(ScaleValue.of(2), Maintained.DOES_NOT_COUNT);
    assertThat(byScore.problemsFor(RISK)).isEmpty();
    assertThat(byScore.description(RISK)).isEqualTo("reaches low or none (from short of it)");
    assertThat(byScore.decide(change(RISK, "high", "low"))).isTrue();
    assertThat(byScore.decide(change(RISK, "high", "none"))).isTrue();
  }

  @Test
  void aTargetByScoreDecidesAsTheSameTargetByCode() {
    BetterOffRule byCode = BetterOffRule.reaches(ScaleValue.level("low"), Maintained.DOES_NOT_COUNT);
    BetterOffRule byScore = BetterOffRule.reaches(ScaleValue.of(2), Maintained.DOES_NOT_COUNT);
    for (String end : new String[] {"none", "low", "medium", "high"}) {
      assertThat(byScore.decide(change(RISK, "high", end))).as("high -> %s", end)
          .isEqualTo(byCode.decide(change(RISK, "high", end)));
    }
  }

  @Test
  void rejectsATargetOfTheWrongKindOrOutOfBounds() {
    // An ordinal scale takes a number only when it is a level's score (RISK scores 1 to 4).
    assertThatThrownBy(() -> BetterOffRule.reaches(ScaleValue.of(7), Maintained.COUNTS)
        .checkFor(RISK))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("one of [none, low, medium, high] or a level's score")
        .hasMessageContaining("found a number '7'");
    assertThatThrownBy(() -> BetterOffRule.reaches(ScaleValue.of(2.5), Maintained.COUNTS)
        .checkFor(RISK))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("found a number '2.5'");
    assertThatThrownBy(() -> BetterOffRule.reaches(ScaleValue.level("low"), Maintained.COUNTS)
        .checkFor(GBO))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("found a level 'low'");
    assertThatThrownBy(() -> BetterOffRule.reaches(ScaleValue.of(11), Maintained.COUNTS)
        .checkFor(GBO))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a number from 0 to 10")
        .hasMessageContaining("found 11");
    assertThatThrownBy(() -> BetterOffRule.reliableRecovery(MinimumChanges.CGAS, 120)
        .checkFor(CGAS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field cutOff")
        .hasMessageContaining("a number from 1 to 100");
    assertThatThrownBy(() -> BetterOffRule.reliableRecovery(MinimumChanges.CGAS, 1)
        .checkFor(RISK))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a numeric scale for a clinical cut-off");
  }

  @Test
  void rejectsAnAmountOfZeroOrLessOrBeyondTheScale() {
    for (double k : new double[] {0, -1, Double.NaN}) {
      assertThatThrownBy(() -> BetterOffRule.improvedByAtLeast(k))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("field amount")
          .hasMessageContaining("a finite number above 0");
    }
    assertThatThrownBy(() -> BetterOffRule.improvedByAtLeast(4).checkFor(RISK))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at most 3")
        .hasMessageContaining("found 4");
    assertThatThrownBy(() -> BetterOffRule.reliableChange(MinimumChanges.CGAS).checkFor(GBO))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("indicator 'GBO'")
        .hasMessageContaining("at most 10")
        .hasMessageContaining("found 11");
  }

  @Test
  void absorbsBinaryRoundingInAmounts() {
    var percent = Fixtures.indicator("ATT", NumericScale.of("%", 0, 100),
        Polarity.HIGHER_IS_BETTER, RatedAt.CHILD);
    assertThat(BetterOffRule.improvedByAtLeast(0.3).decide(change(percent, 6.8, 7.1))).isTrue();
    assertThat(BetterOffRule.improvedByAtLeast(0.3).description(percent))
        .isEqualTo("improved by at least 0.3 percentage points");
  }

  @Test
  void rulesAreDataWithEqualityAndDescriptions() {
    assertThat(BetterOffRule.improvedByAtLeast(2)).isEqualTo(BetterOffRule.improvedByAtLeast(2));
    assertThat(BetterOffRule.anyImprovement()).isEqualTo(new BetterOffRule.AnyImprovement());
    assertThat(BetterOffRule.anyImprovement().description()).isEqualTo("any improvement");
    assertThat(GBO_RELIABLE.description())
        .isEqualTo("reliable improvement of at least 3 (" + MinimumChanges.GOAL_BASED_OUTCOMES
            .source() + ")");
    assertThat(BetterOffRule.reaches(ScaleValue.level("low"), Maintained.COUNTS).toString())
        .isEqualTo("reaches low or better (staying there counts)");
    assertThat(BetterOffRule.reaches(ScaleValue.level("medium"), Maintained.COUNTS)
        .description(Fixtures.indicator("R2", RISK.scale(), Polarity.HIGHER_IS_BETTER,
            RatedAt.CHILD)))
        .isEqualTo("reaches medium or high (staying there counts)");
  }

  @Test
  void worseOffIsTheMirrorOfEachRule() {
    assertThat(BetterOffRule.anyImprovement().worseOff(change(RISK, "low", "medium"))).isTrue();
    assertThat(BetterOffRule.anyImprovement().worseOff(change(RISK, "medium", "low"))).isFalse();
    BetterOffRule twoLevels = BetterOffRule.improvedByAtLeast(2);
    assertThat(twoLevels.worseOff(change(RISK, "none", "medium"))).isTrue();
    assertThat(twoLevels.worseOff(change(RISK, "none", "low"))).isFalse();
    BetterOffRule lowOrNone = BetterOffRule.reaches(ScaleValue.level("low"),
        BetterOffRule.Maintained.DOES_NOT_COUNT);
    assertThat(lowOrNone.worseOff(change(RISK, "low", "medium"))).as("lost the target").isTrue();
    assertThat(lowOrNone.worseOff(change(RISK, "medium", "high"))).as("never had it").isFalse();
    BetterOffRule recovery = BetterOffRule.reliableRecovery(MinimumChanges.GOAL_BASED_OUTCOMES, 5);
    assertThat(recovery.worseOff(change(GBO, 8, 5))).isTrue();
    assertThat(recovery.worseOff(change(GBO, 8, 6))).isFalse();
    assertThat(BetterOffRule.anyImprovement().worseOff(unpaired(RISK, ScaleValue.level("low"))))
        .isFalse();
  }
}
