package org.obaframework.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.obaframework.core.Fixtures.frameworkBuilder;
import static org.obaframework.core.Fixtures.withIndicator;
import static org.obaframework.core.Fixtures.withProgramme;
import static org.obaframework.core.ProblemAssertions.assertOneProblem;
import static org.obaframework.core.ProblemAssertions.assertRejected;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.obaframework.core.Fixtures;
import org.obaframework.core.MissingValueException;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemAssertions.Action;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

/**
 * A catalogue of bad definitions: each is rejected with the right exception or problem type and a
 * message that names the item, the field, what was expected and what was found.
 */
class BadDefinitionCatalogueTest {
  private static final String SYNTAX = "expected 1-64 letters, digits, '.', '_' or '-', "
      + "starting with a letter or digit";
  private static final String FW = "framework 'TEST-FW', ";

  @Test
  void theFixtureFrameworkHasNoProblems() {
    assertThat(frameworkBuilder().problems()).isEmpty();
    assertThat(Fixtures.framework().indicators()).hasSize(6);
  }

  // ---------------------------------------------------------------------------------------------
  // Values and builders that reject a bad definition at once
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("badValues")
  void rejectsBadValue(Action definition, Class<? extends ValidationException> type,
      ProblemType problemType, List<String> words) {
    assertRejected(definition, type, problemType, words);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        // Codes
        invalid("indicator code with a space",
            () -> Fixtures.riskCare().code("RISK CARE").build(),
            "indicator, field code", SYNTAX, "found a text of 9 characters with a space at position 5"),
        invalid("service area code starting with '-'",
            () -> ServiceArea.of("-FS", Label.of("Family support")),
            "service area, field code", SYNTAX, "found a text of 3 characters with '-' at position 1"),
        invalid("delivery model code of 65 characters, quoted cut short",
            () -> DeliveryModel.of("A".repeat(65), Label.of("Long")),
            "delivery model, field code", SYNTAX, "found a text of 65 characters"),
        invalid("empty service output code",
            () -> ServiceOutput.of("", Label.of("Nothing")),
            "service output, field code", SYNTAX, "found an empty text"),
        invalid("external outcome code with a space",
            () -> ExternalOutcome.of("BE HEALTHY", Label.of("Be healthy")),
            "external outcome, field code", "found a text of 10 characters with a space at position 3"),
        invalid("ordinal level code with a space",
            () -> OrdinalLevel.of("high risk", Label.of("High risk"), 3),
            "ordinal level, field code", "found a text of 9 characters with a space at position 5"),
        invalid("indicator naming a malformed service area",
            () -> Fixtures.riskCare().addServiceAreas("F S").build(),
            "indicator 'RISK-CARE', field serviceAreas", SYNTAX, "found a text of 3 characters with a space at position 2"),
        invalid("programme naming a malformed service area",
            () -> Fixtures.res().serviceArea("R C").build(),
            "programme 'RES', field serviceArea", "found a text of 3 characters with a space at position 2"),
        invalid("programme naming a malformed indicator",
            () -> Fixtures.res().addIndicators("school att").build(),
            "programme 'RES', field indicators", SYNTAX, "found a text of 10 characters with a space at position 7"),
        invalid("programme naming a malformed measure",
            () -> Fixtures.res().addMeasures("RES/STABLE").build(),
            "programme 'RES', field measures", SYNTAX, "found a text of 10 characters with '/' at position 4"),
        invalid("programme naming an empty indicator code",
            () -> Fixtures.ifs().indicators(List.of("RISK-CARE", "")).build(),
            "programme 'IFS', field indicators", SYNTAX, "found an empty text"),
        invalid("measure naming a malformed indicator",
            () -> Fixtures.familiesServed().addIndicators("risk care").build(),
            "performance measure 'IFS-FAMILIES', field indicators", "found a text of 9 characters with a space at position 5"),
        invalid("external framework code with a space",
            () -> localFramework().code("LOCAL PLAN").build(),
            "external framework, field code", "found a text of 10 characters with a space at position 6"),

        // Labels and texts
        thrown("blank label text", ValidationException.class, ProblemType.INVALID_TEXT,
            () -> Label.of("  "),
            "label, field en", "invalid text", "expected a non-blank text", "found a blank text of 2 characters"),
        thrown("empty Welsh text added to a label", ValidationException.class,
            ProblemType.INVALID_TEXT, () -> Label.of("Yes").with(Label.WELSH, ""),
            "label, field cy", "expected a non-blank text", "found an empty text"),
        thrown("language tag with an underscore", ValidationException.class,
            ProblemType.INVALID_TEXT, () -> Label.of("en_GB", "Colour"),
            "label, field language", "expected a BCP 47 language tag", "found 'en_GB'"),
        thrown("label from no texts", ValidationException.class, ProblemType.MISSING_VALUE,
            () -> Label.of(Map.of()),
            "label, field texts", "missing value", "expected at least one text", "found none"),
        thrown("label with two texts for one language", ValidationException.class,
            ProblemType.DUPLICATE_CODE, () -> Label.of(twoEnglishTexts()),
            "label, field texts", "expected one text per language", "found two for 'en'"),
        thrown("blank numeric unit", ValidationException.class, ProblemType.INVALID_TEXT,
            () -> NumericScale.of(" ", 0, 1),
            "numeric scale, field unit", "expected a non-blank text", "found a blank text of 1 character"),
        thrown("blank indicator version", ValidationException.class, ProblemType.INVALID_TEXT,
            () -> Fixtures.riskCare().version(" ").build(),
            "indicator 'RISK-CARE', field version", "expected a non-blank text", "found a blank text of 1 character"),
        thrown("blank external framework source", ValidationException.class,
            ProblemType.INVALID_TEXT, () -> localFramework().source("").build(),
            "external framework 'LOCAL', field source", "expected a non-blank text"),

        // Scales
        thrown("ordinal scale with one level", ValidationException.class,
            ProblemType.EMPTY_SCALE, () -> OrdinalScale.of("only"),
            "ordinal scale, field levels", "empty scale", "expected at least 2 levels",
            "found 1"),
        thrown("ordinal scale with no level", ValidationException.class,
            ProblemType.EMPTY_SCALE, () -> OrdinalScale.of(List.of()),
            "ordinal scale, field levels", "expected at least 2 levels", "found 0"),
        thrown("ordinal scale with a level code used twice", ValidationException.class,
            ProblemType.DUPLICATE_LEVEL,
            () -> OrdinalScale.of(List.of(level("low", "Low", 1), level("low", "Lower", 2))),
            "ordinal scale, field levels[1].code", "duplicate level",
            "expected a code not used by another level", "found 'low'"),
        thrown("ordinal scale with a level label used twice", ValidationException.class,
            ProblemType.DUPLICATE_LEVEL,
            () -> OrdinalScale.of(List.of(level("low", "Low", 1), level("high", "Low", 2))),
            "ordinal scale, field levels[1].label", "expected a label not used by another level",
            "found the label of an earlier level"),
        thrown("ordinal scale with decreasing scores", ValidationException.class,
            ProblemType.UNORDERED_LEVELS,
            () -> OrdinalScale.of(List.of(
                level("low", "Low", 1), level("medium", "Medium", 3), level("high", "High", 2))),
            "ordinal scale, field levels[2].score", "levels out of order",
            "expected a score above 3", "found 2"),
        thrown("ordinal scale with equal scores", ValidationException.class,
            ProblemType.UNORDERED_LEVELS,
            () -> OrdinalScale.of(List.of(level("low", "Low", 1), level("high", "High", 1))),
            "ordinal scale, field levels[1].score", "expected a score above 1", "found 1"),
        thrown("numeric scale with bounds inverted", ValidationException.class,
            ProblemType.INVALID_BOUNDS, () -> NumericScale.of("%", 100, 0),
            "numeric scale, field lower, upper", "invalid bounds",
            "expected finite bounds with lower below upper", "found 100 to 0"),
        thrown("whole-number scale with equal bounds", ValidationException.class,
            ProblemType.INVALID_BOUNDS, () -> NumericScale.wholeNumbers("points", 5, 5),
            "numeric scale, field lower, upper", "found 5 to 5"),
        thrown("numeric scale with an infinite upper bound", ValidationException.class,
            ProblemType.INVALID_BOUNDS, () -> NumericScale.of("%", 0, Double.POSITIVE_INFINITY),
            "numeric scale, field lower, upper", "found 0 to Infinity"),
        thrown("numeric scale with a NaN lower bound", ValidationException.class,
            ProblemType.INVALID_BOUNDS, () -> NumericScale.of("%", Double.NaN, 1),
            "numeric scale, field lower, upper", "found NaN to 1"),
        thrown("NaN scale value", ValidationException.class, ProblemType.OUT_OF_RANGE,
            () -> ScaleValue.of(Double.NaN),
            "value, field number", "value out of range", "expected a finite number",
            "found NaN"),
        thrown("negative infinite scale value", ValidationException.class,
            ProblemType.OUT_OF_RANGE, () -> ScaleValue.of(Double.NEGATIVE_INFINITY),
            "value, field number", "expected a finite number", "found -Infinity"),
        invalid("scale level value with a space", () -> ScaleValue.level("very high"),
            "value, field level", SYNTAX, "found a text of 9 characters with a space at position 5"),
        thrown("binary scale with equal labels", ValidationException.class,
            ProblemType.DUPLICATE_LEVEL,
            () -> BinaryScale.of(Label.of("Yes"), Label.of("Yes").with(Label.WELSH, "Ie")),
            "binary scale, field labels", "expected two different labels", "found the same label twice"),

        // Performance measures
        thrown("data development measure without priority", ValidationException.class,
            ProblemType.INVALID_PRIORITY,
            () -> Fixtures.sdqDevelopment().priority(OptionalInt.empty()).build(),
            "performance measure 'IFS-SDQ', field priority", "invalid priority",
            "expected a priority (1 first) for a data development measure", "found none"),
        thrown("priority on a headline measure", ValidationException.class,
            ProblemType.INVALID_PRIORITY,
            () -> Fixtures.familiesServed().role(MeasureRole.HEADLINE).priority(2).build(),
            "performance measure 'IFS-FAMILIES', field priority",
            "expected no priority for a HEADLINE measure", "found 2"),
        thrown("priority on a measure of the default, secondary role", ValidationException.class,
            ProblemType.INVALID_PRIORITY, () -> Fixtures.familiesServed().priority(1).build(),
            "performance measure 'IFS-FAMILIES', field priority",
            "expected no priority for a SECONDARY measure", "found 1"),
        thrown("priority 0", ValidationException.class, ProblemType.INVALID_PRIORITY,
            () -> Fixtures.sdqDevelopment().priority(0).build(),
            "performance measure 'IFS-SDQ', field priority", "expected a priority of 1 or more",
            "found 0"),
        thrown("negative priority", ValidationException.class, ProblemType.INVALID_PRIORITY,
            () -> Fixtures.sdqDevelopment().priority(-3).build(),
            "performance measure 'IFS-SDQ', field priority", "expected a priority of 1 or more",
            "found -3"),

        // Missing required fields (several missing at once: see reportsEveryMissingField)
        missing("indicator without a scale",
            () -> Indicator.builder().code("RISK-CARE").name(Label.of("Risk"))
                .definition(Label.of("Risk")).polarity(Polarity.LOWER_IS_BETTER).build(),
            "Indicator builder, field scale"),
        missing("programme without a code",
            () -> Programme.builder().name(Label.of("Residential")).serviceArea("RC").build(),
            "Programme builder, field code"),
        missing("measure without a counting unit",
            () -> PerformanceMeasure.builder().code("M").name(Label.of("M"))
                .quadrant(Quadrant.HOW_MUCH).build(),
            "PerformanceMeasure builder, field countingUnit"),
        missing("external framework without a source",
            () -> ExternalFramework.builder().code("LOCAL").name(Label.of("Local plan"))
                .addOutcomes(ExternalOutcome.of("SAFE", Label.of("Safe"))).build(),
            "ExternalFramework builder, field source"),
        missing("framework without a name",
            () -> OutcomesFramework.builder().code("TEST-FW").build(),
            "OutcomesFramework builder, field name"),

        // Programmes and external frameworks
        thrown("programme with two delivery models of one code", ValidationException.class,
            ProblemType.DUPLICATE_CODE,
            () -> Fixtures.ifs()
                .addDeliveryModels(DeliveryModel.of("EXISTING", Label.of("Again"))).build(),
            "programme 'IFS', field deliveryModels", "duplicate code",
            "expected distinct delivery model codes", "found two coded 'EXISTING'"),
        thrown("external framework with an outcome twice", ValidationException.class,
            ProblemType.DUPLICATE_CODE,
            () -> localFramework()
                .addOutcomes(ExternalOutcome.of("SAFE", Label.of("Safe again"))).build(),
            "external framework 'LOCAL', field outcomes", "expected distinct outcome codes",
            "found two outcomes coded 'SAFE'"),
        thrown("external framework without outcomes", ValidationException.class,
            ProblemType.MISSING_VALUE,
            () -> ExternalFramework.builder().code("LOCAL").name(Label.of("Local plan"))
                .source("Local council, 2025").build(),
            "external framework 'LOCAL', field outcomes", "expected at least one outcome",
            "found none"),
        thrown("link to an outcome an external framework lacks", ValidationException.class,
            ProblemType.UNKNOWN_REFERENCE, () -> ExternalFrameworks.SHANARRI.ref("HAPPY"),
            "external framework 'SHANARRI', field outcomes", "unknown reference",
            "expected an outcome of this framework", "found 'HAPPY'"),

        // Outcome links
        invalid("outcome link text without a slash", () -> OutcomeRef.parse("SHANARRI-SAFE"),
            "outcome link, field text", "expected FRAMEWORK/OUTCOME, such as 'SHANARRI/SAFE'",
            "found a text of 13 characters with no '/'"),
        invalid("outcome link text without an outcome", () -> OutcomeRef.parse("SHANARRI/"),
            "outcome link, field outcome", SYNTAX, "found an empty text"),
        invalid("outcome link text without a framework", () -> OutcomeRef.parse("/SAFE"),
            "outcome link, field framework", SYNTAX, "found an empty text"),
        invalid("outcome link text with two slashes",
            () -> OutcomeRef.parse("SHANARRI/SAFE/HOME"),
            "outcome link, field outcome", "found a text of 9 characters with '/' at position 5"),
        invalid("outcome link to a malformed outcome code",
            () -> OutcomeRef.of("SHANARRI", "safe place"),
            "outcome link, field outcome", "found a text of 10 characters with a space at position 5"));
  }

  // ---------------------------------------------------------------------------------------------
  // Whole frameworks: OutcomesFramework.Builder.problems() and build()
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("badFrameworks")
  void reportsFrameworkProblem(Supplier<OutcomesFramework.Builder> framework,
      ProblemType problemType, List<String> words) {
    List<Problem> problems = framework.get().problems();

    assertOneProblem(problems, problemType, words);
    assertThatThrownBy(() -> framework.get().build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(problems.get(0).message());
  }

  static Stream<Arguments> badFrameworks() {
    return Stream.of(
        inFramework("framework code with a space",
            () -> frameworkBuilder().code("TEST FW"), ProblemType.INVALID_CODE,
            "framework (an id of 7 characters with a space at position 5), field code", SYNTAX, "found a text of 7 characters with a space at position 5"),
        inFramework("two service areas of one code",
            () -> frameworkBuilder().addServiceAreas(ServiceArea.of("FS", Label.of("Foster"))),
            ProblemType.DUPLICATE_CODE,
            FW + "service area 'FS', field serviceAreas[2].code", "duplicate code",
            "expected a code used by no other service area",
            "found a second service area coded 'FS'"),
        inFramework("two indicators of one code",
            () -> frameworkBuilder()
                .addIndicators(Fixtures.riskCare().name(Label.of("Risk again")).build()),
            ProblemType.DUPLICATE_CODE,
            FW + "indicator 'RISK-CARE', field indicators[6].code",
            "expected a code used by no other indicator",
            "found a second indicator coded 'RISK-CARE'"),
        inFramework("two programmes of one code",
            () -> frameworkBuilder().addProgrammes(Fixtures.res().build()),
            ProblemType.DUPLICATE_CODE,
            FW + "programme 'RES', field programmes[2].code",
            "expected a code used by no other programme",
            "found a second programme coded 'RES'"),
        inFramework("two measures of one code",
            () -> frameworkBuilder().addMeasures(Fixtures.familiesServed().build()),
            ProblemType.DUPLICATE_CODE,
            FW + "performance measure 'IFS-FAMILIES', field measures[4].code",
            "found a second performance measure coded 'IFS-FAMILIES'"),
        inFramework("two service outputs of one code",
            () -> frameworkBuilder()
                .addServiceOutputs(ServiceOutput.of("RES-SUPPORT", Label.of("Again"))),
            ProblemType.DUPLICATE_CODE,
            FW + "service output 'RES-SUPPORT', field serviceOutputs[2].code",
            "found a second service output coded 'RES-SUPPORT'"),
        inFramework("an external framework added twice",
            () -> frameworkBuilder().addExternalFrameworks(ExternalFrameworks.SHANARRI),
            ProblemType.DUPLICATE_CODE,
            FW + "external framework 'SHANARRI', field externalFrameworks[4].code",
            "found a second external framework coded 'SHANARRI'"),
        inFramework("indicator naming an unknown service area",
            () -> withIndicator(Fixtures.schoolAttendance().addServiceAreas("XX").build()),
            ProblemType.UNKNOWN_REFERENCE,
            FW + "indicator 'SCHOOL-ATT', field serviceAreas", "unknown reference",
            "expected one of [FS, RC]", "found 'XX'"),
        inFramework("indicator linked to an unknown external framework",
            () -> withIndicator(Fixtures.parentWellBeing()
                .addOutcomes(OutcomeRef.of("CARDIFF-PLAN", "SAFE")).build()),
            ProblemType.UNKNOWN_REFERENCE,
            FW + "indicator 'PARENT-WB', field outcomes",
            "expected one of [ECM, SHANARRI, WALES-SSWBA-2014, NI-CYPS-2030]",
            "found 'CARDIFF-PLAN'"),
        inFramework("indicator linked to an unknown outcome of a known framework",
            () -> withIndicator(Fixtures.parentWellBeing()
                .addOutcomes(OutcomeRef.of("SHANARRI", "HAPPY")).build()),
            ProblemType.UNKNOWN_REFERENCE,
            FW + "indicator 'PARENT-WB', field outcomes", "expected an outcome of 'SHANARRI'",
            "found 'SHANARRI/HAPPY'"),
        inFramework("programme with no indicators",
            () -> frameworkBuilder().addProgrammes(Programme.builder().code("NEW")
                .name(Label.of("New")).serviceArea("FS").build()),
            ProblemType.MISSING_VALUE,
            FW + "programme 'NEW', field indicators", "missing value",
            "expected at least one indicator relevant to the programme", "found none"),
        inFramework("programme whose indicators were all removed",
            () -> withProgramme(Fixtures.res().indicators(List.of()).measures(List.of()).build()),
            ProblemType.MISSING_VALUE,
            FW + "programme 'RES', field indicators",
            "expected at least one indicator relevant to the programme", "found none"),
        inFramework("indicator in no service area",
            () -> frameworkBuilder().addIndicators(Fixtures.sdq().code("NEW-IND")
                .serviceAreas(List.of()).build()),
            ProblemType.MISSING_VALUE,
            FW + "indicator 'NEW-IND', field serviceAreas", "missing value",
            "expected at least one service area", "found none"),
        inFramework("two data development measures of one priority",
            () -> frameworkBuilder().addMeasures(Fixtures.sdqDevelopment().code("IFS-SDQ-2")
                .build()),
            ProblemType.INVALID_PRIORITY,
            FW + "performance measure 'IFS-SDQ-2', field priority", "invalid priority",
            "expected a priority no other data development measure has",
            "found 1, as 'IFS-SDQ' has"),
        inFramework("data development measure listed before the one whose priority it repeats",
            () -> frameworkBuilder().addMeasures(
                Fixtures.sdqDevelopment().code("FIRST").priority(3).build(),
                Fixtures.sdqDevelopment().code("SECOND").priority(7).build(),
                Fixtures.sdqDevelopment().code("THIRD").priority(3).build()),
            ProblemType.INVALID_PRIORITY,
            FW + "performance measure 'THIRD', field priority", "found 3, as 'FIRST' has"),
        inFramework("programme naming an unknown indicator",
            () -> withProgramme(Fixtures.res().addIndicators("NOPE").build()),
            ProblemType.UNKNOWN_REFERENCE,
            FW + "programme 'RES', field indicators",
            "expected one of [RISK-CARE, SCHOOL-ATT, SDQ, EVICTED, PARENT-WB, RC-STABLE]",
            "found 'NOPE'"),
        inFramework("programme naming an indicator twice",
            () -> withProgramme(Fixtures.res().addIndicators("SCHOOL-ATT").build()),
            ProblemType.DUPLICATE_CODE,
            FW + "programme 'RES', field indicators", "expected each indicator listed once",
            "found 'SCHOOL-ATT' twice"),
        inFramework("programme naming an indicator outside its service area",
            () -> withProgramme(Fixtures.res().addIndicators("SDQ").build()),
            ProblemType.INDICATOR_OUTSIDE_SERVICE_AREA,
            FW + "programme 'RES', field indicators", "indicator outside the service area",
            "expected an indicator of service area 'RC'", "found 'SDQ' of [FS]"),
        inFramework("programme naming an unknown measure",
            () -> withProgramme(Fixtures.res().addMeasures("NOPE").build()),
            ProblemType.UNKNOWN_REFERENCE,
            FW + "programme 'RES', field measures",
            "expected one of [IFS-FAMILIES, IFS-RISK-DOWN, IFS-SDQ, RES-STABLE]",
            "found 'NOPE'"),
        inFramework("programme's measure drawing on an indicator not in the programme",
            () -> withProgramme(Fixtures.res().addMeasures("IFS-RISK-DOWN").build()),
            ProblemType.INDICATOR_NOT_IN_PROGRAMME,
            FW + "programme 'RES', field measures", "indicator not in the programme",
            "expected measure 'IFS-RISK-DOWN' to draw on the programme's indicators "
                + "one of [SCHOOL-ATT, RC-STABLE]",
            "found 'RISK-CARE'"),
        inFramework("measure drawing on an unknown indicator",
            () -> frameworkBuilder().addMeasures(Fixtures.familiesServed().code("NEW-M")
                .addIndicators("NOPE").build()),
            ProblemType.UNKNOWN_REFERENCE,
            FW + "performance measure 'NEW-M', field indicators",
            "expected one of [RISK-CARE, SCHOOL-ATT, SDQ, EVICTED, PARENT-WB, RC-STABLE]",
            "found 'NOPE'"),
        inFramework("programme naming a measure twice",
            () -> withProgramme(Fixtures.res().addMeasures("RES-STABLE").build()),
            ProblemType.DUPLICATE_CODE,
            FW + "programme 'RES', field measures", "expected each measure listed once",
            "found 'RES-STABLE' twice"),
        inFramework("framework with a blank version",
            () -> frameworkBuilder().version(" "), ProblemType.INVALID_TEXT,
            "framework 'TEST-FW', field version", "expected a non-blank version",
            "found a blank version"),
        inFramework("framework without a name",
            () -> OutcomesFramework.builder().code("TEST-FW"), ProblemType.MISSING_VALUE,
            "OutcomesFramework builder, field name", "expected a value", "found none"));
  }

  @Test
  void reportsEveryProblemOfAFrameworkAtOnce() {
    OutcomesFramework.Builder builder = frameworkBuilder()
        .addIndicators(Fixtures.riskCare().name(Label.of("Risk again")).build())
        .programmes(List.of(
            Fixtures.ifs().build(),
            Fixtures.res().addIndicators("SDQ").build(),
            Programme.builder().code("NEW").name(Label.of("New")).serviceArea("XX").build()))
        .addMeasures(Fixtures.familiesServed().code("NEW-M").addIndicators("NOPE").build());

    List<Problem> problems = builder.problems();

    assertThat(problems).extracting(Problem::type).containsExactly(
        ProblemType.DUPLICATE_CODE,
        ProblemType.INDICATOR_OUTSIDE_SERVICE_AREA,
        ProblemType.UNKNOWN_REFERENCE,
        ProblemType.MISSING_VALUE,
        ProblemType.UNKNOWN_REFERENCE);
    assertThat(problems).extracting(Problem::location).containsExactly(
        FW + "indicator 'RISK-CARE'",
        FW + "programme 'RES'",
        FW + "programme 'NEW'",
        FW + "programme 'NEW'",
        FW + "performance measure 'NEW-M'");
    assertThatThrownBy(builder::build)
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("5 problems:")
        .hasMessageContainingAll(
            "found a second indicator coded 'RISK-CARE'",
            "found 'SDQ' of [FS]",
            "programme 'NEW', field serviceArea",
            "programme 'NEW', field indicators: missing value",
            "performance measure 'NEW-M', field indicators");
  }

  @Test
  void programmeInAnUnknownServiceAreaIsReportedOnceNotAgainForEachIndicator() {
    List<Problem> problems = frameworkBuilder().addProgrammes(Programme.builder().code("NEW")
        .name(Label.of("New")).serviceArea("XX").addIndicators("SCHOOL-ATT").build()).problems();

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ProblemType.UNKNOWN_REFERENCE);
      assertThat(p.message()).contains(FW + "programme 'NEW', field serviceArea",
          "unknown reference", "expected one of [FS, RC]", "found 'XX'");
    });
  }

  @Test
  void distinctPrioritiesWithGapsAreNoProblem() {
    OutcomesFramework.Builder builder = frameworkBuilder().addMeasures(
        Fixtures.sdqDevelopment().code("IFS-SDQ-5").priority(5).build(),
        Fixtures.sdqDevelopment().code("IFS-SDQ-2").priority(2).build());

    assertThat(builder.problems()).isEmpty();
  }

  @Test
  void eachMeasureRepeatingAPriorityIsReportedAgainstTheFirst() {
    List<Problem> problems = frameworkBuilder().addMeasures(
        Fixtures.sdqDevelopment().code("IFS-SDQ-2").build(),
        Fixtures.sdqDevelopment().code("IFS-SDQ-3").build()).problems();

    assertThat(problems).extracting(Problem::location).containsExactly(
        FW + "performance measure 'IFS-SDQ-2'", FW + "performance measure 'IFS-SDQ-3'");
    assertThat(problems).extracting(Problem::found).containsOnly("1, as 'IFS-SDQ' has");
  }

  @ParameterizedTest
  @MethodSource("manyMissingFields")
  void reportsEveryMissingField(Action definition, String location, List<String> fields) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(definition::run);

    assertThat(thrown).isInstanceOf(MissingValueException.class);
    List<Problem> problems = ((MissingValueException) thrown).problems();
    assertThat(problems).extracting(Problem::type).containsOnly(ProblemType.MISSING_VALUE);
    assertThat(problems).extracting(Problem::location).containsOnly(location);
    assertThat(problems).extracting(Problem::field).containsExactlyElementsOf(fields);
    assertThat(thrown).hasMessageStartingWith(fields.size() + " problems:");
    for (String field : fields) {
      assertThat(thrown).hasMessageContaining(
          location + ", field " + field + ": missing value; expected a value, found none");
    }
  }

  static Stream<Arguments> manyMissingFields() {
    return Stream.of(
        argumentSet("indicator with only a code",
            (Action) () -> Indicator.builder().code("RISK-CARE").build(),
            "Indicator builder", List.of("name", "definition", "scale", "polarity")),
        argumentSet("measure without quadrant and counting unit",
            (Action) () -> PerformanceMeasure.builder().code("M").name(Label.of("M")).build(),
            "PerformanceMeasure builder", List.of("quadrant", "countingUnit")),
        argumentSet("programme with nothing set",
            (Action) () -> Programme.builder().build(),
            "Programme builder", List.of("code", "name", "serviceArea")),
        argumentSet("external framework with only outcomes",
            (Action) () -> ExternalFramework.builder()
                .addOutcomes(ExternalOutcome.of("SAFE", Label.of("Safe"))).build(),
            "ExternalFramework builder", List.of("code", "name", "source")),
        argumentSet("framework with nothing set",
            (Action) () -> OutcomesFramework.builder().build(),
            "OutcomesFramework builder", List.of("code", "name")));
  }

  @Test
  void reportsEveryProblemOfAnOrdinalScaleAtOnce() {
    assertThatThrownBy(() -> OrdinalScale.of(List.of(
            level("low", "Low", 2), level("low", "Low", 1))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("3 problems:")
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(Problem::type)
            .containsExactly(ProblemType.DUPLICATE_LEVEL, ProblemType.DUPLICATE_LEVEL,
                ProblemType.UNORDERED_LEVELS));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private static Arguments thrown(String name, Class<? extends ValidationException> type,
      ProblemType problemType, Action definition, String... words) {
    return argumentSet(name, definition, type, problemType, List.of(words));
  }

  private static Arguments invalid(String name, Action definition, String... words) {
    return thrown(name, ValidationException.class, ProblemType.INVALID_CODE, definition,
        withDescription("invalid code", words));
  }

  private static Arguments missing(String name, Action definition, String where) {
    return thrown(name, MissingValueException.class, ProblemType.MISSING_VALUE, definition,
        where + ": missing value; expected a value, found none");
  }

  private static Arguments inFramework(String name, Supplier<OutcomesFramework.Builder> framework,
      ProblemType problemType, String... words) {
    return argumentSet(name, framework, problemType, List.of(words));
  }

  private static String[] withDescription(String description, String... words) {
    String[] all = new String[words.length + 1];
    all[0] = description;
    System.arraycopy(words, 0, all, 1, words.length);
    return all;
  }

  private static OrdinalLevel level(String code, String label, int score) {
    return OrdinalLevel.of(code, Label.of(label), score);
  }

  private static Map<String, String> twoEnglishTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en", "Colour");
    texts.put("EN", "Color");
    return texts;
  }

  private static ExternalFramework.Builder localFramework() {
    return ExternalFramework.builder()
        .code("LOCAL")
        .name(Label.of("Local plan"))
        .source("Local council, 2025")
        .addOutcomes(ExternalOutcome.of("SAFE", Label.of("Children are safe")));
  }
}
