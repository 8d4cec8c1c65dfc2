package org.obaframework.core.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.obaframework.core.ProblemAssertions.assertOneProblem;
import static org.obaframework.core.ProblemAssertions.assertRejected;
import static org.obaframework.core.curve.PopulationFixtures.HBAI;
import static org.obaframework.core.curve.PopulationFixtures.HUNGER;
import static org.obaframework.core.curve.PopulationFixtures.MEALS;
import static org.obaframework.core.curve.PopulationFixtures.POVERTY;
import static org.obaframework.core.curve.PopulationFixtures.POVERTY_STATEMENT;
import static org.obaframework.core.curve.PopulationFixtures.POVERTY_STATEMENT_CY;
import static org.obaframework.core.curve.PopulationFixtures.REL_POVERTY;
import static org.obaframework.core.curve.PopulationFixtures.SCHOOL;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Fixtures;
import org.obaframework.core.MissingValueException;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;

class PopulationAccountabilityTest {

  // ---------------------------------------------------------------------------------------------
  // Valid examples
  // ---------------------------------------------------------------------------------------------

  @Test
  void welshPovertyResultReadsInBothLanguages() {
    Result poverty = PopulationFixtures.poverty().build();

    assertThat(poverty.statement().text()).isEqualTo(POVERTY_STATEMENT);
    assertThat(poverty.statement().in(Locale.forLanguageTag("cy"))).isEqualTo(POVERTY_STATEMENT_CY);
    assertThat(poverty.geography().code()).isEqualTo("W92000004");
    assertThat(poverty.geography().name().in(Locale.forLanguageTag("cy"))).isEqualTo("Cymru");
    assertThat(poverty.description()).isEmpty();
    assertThat(poverty).hasToString("Result[CYP-POVERTY in W92000004]");
  }

  @Test
  void relativePovertyIndicatorHoldsItsDefinitionSourceAndPowers() {
    PopulationIndicator indicator = PopulationFixtures.relativePoverty().build();

    assertThat(indicator.dataSource().name()).isEqualTo(HBAI);
    assertThat(indicator.dataSource().url())
        .contains("https://www.gov.wales/children-low-income-families");
    assertThat(indicator.name().exactly(Label.WELSH))
        .contains("% y plant sy'n byw mewn tlodi incwm cymharol");
    assertThat(indicator.role()).isEqualTo(MeasureRole.HEADLINE);
    assertThat(indicator.priority()).isEmpty();
    assertThat(indicator.unit()).isEqualTo("%");
    assertThat(indicator.result()).isEqualTo(POVERTY);
    assertThat(indicator).hasToString("PopulationIndicator[CYP-REL-POVERTY for CYP-POVERTY in"
        + " W92000004, HEADLINE, LOWER_IS_BETTER, powers HIGH/HIGH/MEDIUM]");
  }

  @Test
  void roleDefaultsToSecondary() {
    assertThat(PopulationFixtures.mealsTakeUp().build().role()).isEqualTo(MeasureRole.SECONDARY);
  }

  @Test
  void candidateHeadlineNeedsHighCommunicationAndProxyPowerAndSomeData() {
    PopulationIndicator.Builder base = PopulationFixtures.relativePoverty();
    assertThat(base.build().isCandidateHeadline()).as("HIGH/HIGH/MEDIUM").isTrue();
    assertThat(PopulationFixtures.relativePoverty().dataPower(Power.HIGH).build()
        .isCandidateHeadline()).as("HIGH/HIGH/HIGH").isTrue();
    assertThat(PopulationFixtures.relativePoverty().dataPower(Power.LOW).build()
        .isCandidateHeadline()).as("no data: data development instead").isFalse();
    assertThat(PopulationFixtures.relativePoverty().communicationPower(Power.MEDIUM).build()
        .isCandidateHeadline()).as("MEDIUM communication").isFalse();
    assertThat(PopulationFixtures.relativePoverty().proxyPower(Power.LOW).build()
        .isCandidateHeadline()).as("LOW proxy").isFalse();
    assertThat(PopulationFixtures.hunger().build().isCandidateHeadline()).isFalse();
  }

  @Test
  void wholeAccountabilityBuildsAndLooksUp() {
    PopulationAccountability wales = PopulationFixtures.accountability().build();

    assertThat(wales.result(POVERTY)).map(Result::code).contains(POVERTY);
    assertThat(wales.result("NOPE")).isEmpty();
    assertThat(wales.indicator(MEALS)).map(PopulationIndicator::code).contains(MEALS);
    assertThat(wales.indicator("NOPE")).isEmpty();
    assertThat(wales.partner("WG")).map(Partner::role).contains("Sets the child poverty strategy");
    assertThat(wales.indicatorsOf(POVERTY)).extracting(PopulationIndicator::code)
        .containsExactly(REL_POVERTY, MEALS, HUNGER);
    assertThat(wales.indicatorsOf(SCHOOL)).isEmpty();
    assertThat(wales.contributionsTo(POVERTY)).extracting(MeasureContribution::measure)
        .containsExactly("IFS-RISK-DOWN", "IFS-FAMILIES");
    assertThat(wales.contributionsTo(SCHOOL)).isEmpty();
    assertThat(wales.problems(Fixtures.framework())).isEmpty();
    assertThat(PopulationFixtures.accountability().problems()).isEmpty();
    assertThat(wales).hasToString("PopulationAccountability[WALES-CYP: 2 results, 3 indicators,"
        + " 2 partners, 2 contributions]");
  }

  @Test
  void builderRequiresCodeAndName() {
    MissingValueException e = catchThrowableOfType(MissingValueException.class,
        () -> PopulationAccountability.builder().build());
    assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder("code", "name");
  }

  // ---------------------------------------------------------------------------------------------
  // Whole-container validation: every problem at once
  // ---------------------------------------------------------------------------------------------

  @Test
  void duplicateResultCode() {
    assertOneProblem(PopulationFixtures.accountability()
            .addResults(PopulationFixtures.poverty().build()).problems(),
        ProblemType.DUPLICATE_CODE,
        List.of("population accountability 'WALES-CYP'", "result 'CYP-POVERTY'", "results[2]",
            "a second result"));
  }

  @Test
  void duplicateIndicatorCode() {
    assertOneProblem(PopulationFixtures.accountability()
            .addIndicators(PopulationFixtures.mealsTakeUp().build()).problems(),
        ProblemType.DUPLICATE_CODE,
        List.of("population indicator 'CYP-FSM-TAKEUP'", "indicators[3]",
            "a second population indicator"));
  }

  @Test
  void duplicatePartnerCode() {
    assertOneProblem(PopulationFixtures.accountability()
            .addPartners(Partner.of("WG", Label.of("Another"), "Something else")).problems(),
        ProblemType.DUPLICATE_CODE, List.of("partner 'WG'", "partners[2]", "a second partner"));
  }

  @Test
  void indicatorNamingUnknownResult() {
    assertOneProblem(PopulationFixtures.accountability()
            .addIndicators(PopulationFixtures.mealsTakeUp().code("CYP-HOMELESS")
                .result("CYP-HOUSED").build()).problems(),
        ProblemType.UNKNOWN_REFERENCE,
        List.of("population indicator 'CYP-HOMELESS'", "field result", "unknown reference",
            "one of [CYP-POVERTY, CYP-LEARNING]", "'CYP-HOUSED'"));
  }

  @Test
  void contributionNamingUnknownResult() {
    assertOneProblem(PopulationFixtures.accountability()
            .addContributions(MeasureContribution.of("RES-STABLE", "CYP-SAFE")).problems(),
        ProblemType.UNKNOWN_REFERENCE,
        List.of("measure contribution 'RES-STABLE' -> 'CYP-SAFE'", "contributions[2].result",
            "one of [CYP-POVERTY, CYP-LEARNING]", "'CYP-SAFE'"));
  }

  @Test
  void contributionGivenTwice() {
    assertOneProblem(PopulationFixtures.accountability()
            .addContributions(MeasureContribution.of("IFS-FAMILIES", POVERTY, "again"))
            .problems(),
        ProblemType.DUPLICATE_CODE,
        List.of("'IFS-FAMILIES' -> 'CYP-POVERTY'", "contributions[2]",
            "one link per measure and result"));
  }

  @Test
  void twoDataDevelopmentIndicatorsOfOnePriority() {
    assertOneProblem(PopulationFixtures.accountability()
            .addIndicators(PopulationFixtures.hunger().code("CYP-HOUSING-COST").build())
            .problems(),
        ProblemType.INVALID_PRIORITY,
        List.of("population indicator 'CYP-HOUSING-COST'", "priority",
            "no other data development indicator", "1, as 'CYP-FOOD-INSECURE' has"));
  }

  @Test
  void malformedCode() {
    assertOneProblem(PopulationFixtures.accountability().code("wales cyp").problems(),
        ProblemType.INVALID_CODE, List.of("population accountability", "field code", "found a text of 9 characters with a space at position 6"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> PopulationFixtures.accountability()
        .addResults(PopulationFixtures.poverty().build())
        .addIndicators(PopulationFixtures.hunger().code("CYP-X").result("NOPE").build())
        .addContributions(MeasureContribution.of("IFS-SDQ", "NOPE"))
        .build());

    assertThat(e.problems()).extracting(Problem::type).containsExactly(
        ProblemType.DUPLICATE_CODE, ProblemType.UNKNOWN_REFERENCE,
        ProblemType.UNKNOWN_REFERENCE, ProblemType.INVALID_PRIORITY);
    assertThat(e.getMessage()).startsWith("4 problems:");
  }

  // ---------------------------------------------------------------------------------------------
  // References into an outcomes framework
  // ---------------------------------------------------------------------------------------------

  @Test
  void contributionNamingMeasureTheFrameworkLacks() {
    PopulationAccountability wales = PopulationFixtures.accountability()
        .addContributions(MeasureContribution.of("IFS-HOUSED", POVERTY))
        .build();

    assertOneProblem(wales.problems(Fixtures.framework()), ProblemType.UNKNOWN_REFERENCE,
        List.of("population accountability 'WALES-CYP'",
            "measure contribution 'IFS-HOUSED' -> 'CYP-POVERTY'", "contributions[2].measure",
            "a performance measure of framework 'TEST-FW'", "IFS-RISK-DOWN", "'IFS-HOUSED'"));
  }

  // ---------------------------------------------------------------------------------------------
  // The parts' own invariants
  // ---------------------------------------------------------------------------------------------

  @Test
  void dataDevelopmentIndicatorNeedsPriority() {
    assertRejected(() -> PopulationFixtures.hunger().priority(java.util.OptionalInt.empty())
            .build(), ValidationException.class, ProblemType.INVALID_PRIORITY,
        List.of("population indicator 'CYP-FOOD-INSECURE'", "priority",
            "a priority (1 first) for a data development indicator", "none"));
  }

  @Test
  void otherIndicatorsCarryNoPriority() {
    assertRejected(() -> PopulationFixtures.relativePoverty().priority(2).build(),
        ValidationException.class, ProblemType.INVALID_PRIORITY,
        List.of("'CYP-REL-POVERTY'", "no priority for a HEADLINE indicator", "found 2"));
  }

  @Test
  void priorityStartsAtOne() {
    assertRejected(() -> PopulationFixtures.hunger().priority(0).build(),
        ValidationException.class, ProblemType.INVALID_PRIORITY,
        List.of("a priority of 1 or more", "found 0"));
  }

  @Test
  void indicatorUnitMustNotBeBlank() {
    assertRejected(() -> PopulationFixtures.relativePoverty().unit(" ").build(),
        ValidationException.class, ProblemType.INVALID_TEXT,
        List.of("population indicator 'CYP-REL-POVERTY'", "field unit", "a non-blank text"));
  }

  @Test
  void indicatorCodesAreChecked() {
    assertRejected(() -> PopulationFixtures.relativePoverty().code("rel poverty").build(),
        ValidationException.class, ProblemType.INVALID_CODE,
        List.of("population indicator", "field code", "found a text of 11 characters with a space at position 4"));
    assertRejected(() -> PopulationFixtures.relativePoverty().result("").build(),
        ValidationException.class, ProblemType.INVALID_CODE,
        List.of("population indicator 'CYP-REL-POVERTY'", "field result"));
  }

  @Test
  void indicatorBuilderNamesMissingFields() {
    MissingValueException e = catchThrowableOfType(MissingValueException.class,
        () -> PopulationIndicator.builder().code("X").build());
    assertThat(e.problems()).extracting(Problem::field).contains("name", "definition",
        "technicalDefinition", "geography", "dataSource", "communicationPower", "proxyPower",
        "dataPower", "polarity", "unit", "result");
  }

  @Test
  void resultCodeIsChecked() {
    assertRejected(() -> PopulationFixtures.poverty().code("child poverty").build(),
        ValidationException.class, ProblemType.INVALID_CODE,
        List.of("result", "field code", "found a text of 13 characters with a space at position 6"));
  }

  @Test
  void geographyCodeIsChecked() {
    assertRejected(() -> Geography.of("W92 000004", Label.of("Wales")),
        ValidationException.class, ProblemType.INVALID_CODE,
        List.of("geography", "field code", "found a text of 10 characters with a space at position 4"));
  }

  @Test
  void dataSourceNeedsNameAndWebAddress() {
    assertThat(DataSource.of(HBAI).url()).isEmpty();
    assertThat(DataSource.of(HBAI, "http://example.org/x")).hasToString(HBAI
        + " <http://example.org/x>");
    assertRejected(() -> DataSource.of(" "), ValidationException.class,
        ProblemType.INVALID_TEXT, List.of("data source", "field name", "a non-blank text"));
    for (String bad : List.of("www.gov.wales", "ftp://gov.wales/x", "https://", "not a url",
        "mailto:stats@gov.wales")) {
      assertRejected(() -> DataSource.of(HBAI, bad), ValidationException.class,
          ProblemType.INVALID_TEXT,
          List.of("data source", "field url", "an absolute http or https URL",
              "found a text of " + bad.length() + " characters"));
    }
  }

  @Test
  void partnerNeedsCodeAndRole() {
    assertRejected(() -> Partner.of("WG", Label.of("Welsh Government"), ""),
        ValidationException.class, ProblemType.INVALID_TEXT,
        List.of("partner 'WG'", "field role", "a non-blank text"));
    assertRejected(() -> Partner.of("Welsh Government", Label.of("Welsh Government"), "Funds"),
        ValidationException.class, ProblemType.INVALID_CODE,
        List.of("partner", "field code", "found a text of 16 characters with a space at position 6"));
    assertThat(PopulationFixtures.welshGovernment()).hasToString("Partner[WG Welsh Government]");
  }

  @Test
  void contributionChecksCodesAndNote() {
    assertRejected(() -> MeasureContribution.of("IFS FAMILIES", POVERTY),
        ValidationException.class, ProblemType.INVALID_CODE,
        List.of("measure contribution", "field measure", "found a text of 12 characters with a space at position 4"));
    assertRejected(() -> MeasureContribution.of("IFS-FAMILIES", POVERTY, "  "),
        ValidationException.class, ProblemType.INVALID_TEXT,
        List.of("measure contribution 'IFS-FAMILIES' -> 'CYP-POVERTY'", "field note"));
  }

  @Test
  void contributionToStringShowsCodesNeverTheNote() {
    MeasureContribution link =
        MeasureContribution.of("IFS-RISK-DOWN", POVERTY, "Families kept together keep work");
    assertThat(link).hasToString("IFS-RISK-DOWN -> CYP-POVERTY (with note)");
    assertThat(link.toString()).doesNotContain("Families");
    assertThat(MeasureContribution.of("IFS-FAMILIES", POVERTY))
        .hasToString("IFS-FAMILIES -> CYP-POVERTY");
    assertThat(link.note()).isEqualTo(Optional.of("Families kept together keep work"));
  }
}
