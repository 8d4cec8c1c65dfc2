package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.obaframework.core.ProblemAssertions.assertOneProblem;
import static org.obaframework.core.ProblemAssertions.assertRejected;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Fixtures;
import org.obaframework.core.MissingValueException;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.aggregate.PeriodKind;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.report.DisclosurePolicy;

class CommissioningSpecificationTest {
  private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2026);
  private static final ReportingPeriod Q1 = ReportingPeriod.financialQuarter(2026, 1);

  private static List<Problem> problemsOf(CommissioningSpecification.Builder builder) {
    try {
      builder.build();
      return List.of();
    } catch (ValidationException e) {
      return e.problems();
    }
  }

  @Test
  void specificationHoldsMeasuresTargetsFrequencyAndDisclosure() {
    CommissioningSpecification spec = PopulationFixtures.specification().build();

    assertThat(spec.measures()).containsExactly("IFS-FAMILIES", "IFS-RISK-DOWN");
    assertThat(spec.reportingFrequency()).isEqualTo(PeriodKind.FINANCIAL_QUARTER);
    assertThat(spec.disclosure()).isEqualTo(DisclosurePolicy.STATS_WALES);
    assertThat(spec.problems(Fixtures.framework())).isEmpty();
    assertThat(spec).hasToString("CommissioningSpecification[CARDIFF-IFS-2026: 2 measures,"
        + " 3 targets, reported by FINANCIAL_QUARTER, disclosure statswales]");
  }

  @Test
  void targetLooksUpByMeasureAndPeriod() {
    CommissioningSpecification spec = PopulationFixtures.specification().build();

    assertThat(spec.target("IFS-RISK-DOWN", YEAR)).isEqualTo(OptionalDouble.of(60));
    assertThat(spec.target("IFS-RISK-DOWN", Q1)).isEqualTo(OptionalDouble.of(55));
    assertThat(spec.target("IFS-FAMILIES", YEAR)).isEqualTo(OptionalDouble.of(120));
    assertThat(spec.target("IFS-FAMILIES", Q1)).as("no quarterly target").isEmpty();
    assertThat(spec.target("IFS-RISK-DOWN", ReportingPeriod.financialQuarter(2026, 2)))
        .isEmpty();
    assertThat(spec.target("RES-STABLE", YEAR)).as("not asked for").isEmpty();
    assertThat(spec.targetsFor("IFS-RISK-DOWN")).extracting(Target::period)
        .containsExactly(YEAR, Q1);
    assertThat(spec.targetsFor("RES-STABLE")).isEmpty();
    assertThat(spec.targets().get(1))
        .hasToString("IFS-RISK-DOWN 2026-04-01/2026-06-30: 55.0");
  }

  @Test
  void repeatedMeasureIsKeptOnce() {
    CommissioningSpecification spec =
        PopulationFixtures.specification().addMeasures("IFS-FAMILIES").build();
    assertThat(spec.measures()).containsExactly("IFS-FAMILIES", "IFS-RISK-DOWN");
  }

  @Test
  void targetForAMeasureTheContractDoesNotAskFor() {
    assertOneProblem(problemsOf(PopulationFixtures.specification()
            .addTargets(Target.of("RES-STABLE", YEAR, 90))),
        ProblemType.UNKNOWN_REFERENCE,
        List.of("commissioning specification 'CARDIFF-IFS-2026'", "targets[3].measure",
            "a measure the contract asks for, one of [IFS-FAMILIES, IFS-RISK-DOWN]",
            "'RES-STABLE'"));
  }

  @Test
  void twoTargetsForOneMeasureAndPeriod() {
    assertOneProblem(problemsOf(PopulationFixtures.specification()
            .addTargets(Target.of("IFS-RISK-DOWN", Q1, 58))),
        ProblemType.DUPLICATE_CODE,
        List.of("commissioning specification 'CARDIFF-IFS-2026'", "targets[3]",
            "one target per measure and period",
            "a second target for 'IFS-RISK-DOWN' in 2026-04-01/2026-06-30"));
  }

  @Test
  void noMeasures() {
    assertOneProblem(problemsOf(PopulationFixtures.specification().measures(List.of())
            .targets(List.of())),
        ProblemType.MISSING_VALUE, List.of("field measures", "at least one performance measure"));
  }

  @Test
  void blankTextsAndMalformedCodes() {
    assertOneProblem(problemsOf(PopulationFixtures.specification().commissioner(" ")),
        ProblemType.INVALID_TEXT, List.of("field commissioner", "a non-blank text"));
    assertOneProblem(problemsOf(PopulationFixtures.specification().contractName("")),
        ProblemType.INVALID_TEXT, List.of("field contractName", "a non-blank text"));
    assertOneProblem(problemsOf(PopulationFixtures.specification().code("cardiff ifs")),
        ProblemType.INVALID_CODE, List.of("commissioning specification", "field code",
            "found a text of 11 characters with a space at position 8"));
    assertOneProblem(problemsOf(PopulationFixtures.specification().addMeasures("IFS HOUSED")),
        ProblemType.INVALID_CODE, List.of("field measures[2]", "found a text of 10 characters with a space at position 4"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> PopulationFixtures.specification()
        .commissioner("")
        .addTargets(Target.of("RES-STABLE", YEAR, 90), Target.of("IFS-FAMILIES", YEAR, 100))
        .build());

    assertThat(e.problems()).extracting(Problem::type).containsExactly(
        ProblemType.INVALID_TEXT, ProblemType.UNKNOWN_REFERENCE, ProblemType.DUPLICATE_CODE);
    assertThat(e.getMessage()).startsWith("3 problems:");
  }

  @Test
  void builderNamesMissingFields() {
    MissingValueException e = catchThrowableOfType(MissingValueException.class,
        () -> CommissioningSpecification.builder().code("X").build());
    assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
        "commissioner", "contractName", "reportingFrequency", "disclosure");
  }

  @Test
  void measuresTheFrameworkLacks() {
    CommissioningSpecification spec =
        PopulationFixtures.specification().addMeasures("IFS-HOUSED").build();

    assertOneProblem(spec.problems(Fixtures.framework()), ProblemType.UNKNOWN_REFERENCE,
        List.of("commissioning specification 'CARDIFF-IFS-2026'", "field measures[2]",
            "a performance measure of framework 'TEST-FW'", "IFS-RISK-DOWN", "'IFS-HOUSED'"));
  }

  @Test
  void targetValueMustBeFinite() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      assertRejected(() -> Target.of("IFS-FAMILIES", YEAR, bad), ValidationException.class,
          ProblemType.OUT_OF_RANGE,
          List.of("target 'IFS-FAMILIES'", "field value", "a finite number"));
    }
    assertRejected(() -> Target.of("IFS FAMILIES", YEAR, 1), ValidationException.class,
        ProblemType.INVALID_CODE, List.of("target", "field measure", "found a text of 12 characters with a space at position 4"));
  }
}
