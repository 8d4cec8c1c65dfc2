package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;

/**
 * Issue 18: forgiving where it is safe, strict where it matters. A missing collection reads as
 * empty and a field the builder defaults is optional with the same default; unknown properties,
 * wrong types and bad references stay errors; every problem of a document is reported at once,
 * also after a format error; a value of the wrong type is described by its kind, with a hint at
 * the common mistakes.
 */
class ForgivingDocumentsTest {
  static final String FRAMEWORK = "{\"formatVersion\": 1, \"code\": \"MINI\","
      + " \"name\": {\"en\": \"Minimal\"},"
      + " \"serviceAreas\": [{\"code\": \"FS\", \"name\": {\"en\": \"Family support\"}}],"
      + " \"indicators\": [{\"code\": \"SAFE\", \"name\": {\"en\": \"Feels safe\"},"
      + "   \"definition\": {\"en\": \"Says they feel safe\"},"
      + "   \"scale\": {\"type\": \"binary\", \"yes\": {\"en\": \"Yes\"}, \"no\": {\"en\": \"No\"}},"
      + "   \"polarity\": \"HIGHER_IS_BETTER\", \"serviceAreas\": [\"FS\"]}],"
      + " \"programmes\": [{\"code\": \"FSP\", \"name\": {\"en\": \"Support\"},"
      + "   \"serviceArea\": \"FS\", \"indicators\": [\"SAFE\"]}],"
      + " \"measures\": [{\"code\": \"SAFER\", \"name\": {\"en\": \"Safer\"},"
      + "   \"quadrant\": \"BETTER_OFF_PERCENT\", \"countingUnit\": \"CHILD\"}]}";

  static OutcomesFramework expectedFramework() {
    return OutcomesFramework.builder().code("MINI").name(Label.of("Minimal"))
        .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")))
        .addIndicators(Indicator.builder().code("SAFE").name(Label.of("Feels safe"))
            .definition(Label.of("Says they feel safe"))
            .scale(BinaryScale.of(Label.of("Yes"), Label.of("No")))
            .polarity(Polarity.HIGHER_IS_BETTER).addServiceAreas("FS").build())
        .addProgrammes(Programme.builder().code("FSP").name(Label.of("Support"))
            .serviceArea("FS").addIndicators("SAFE").build())
        .addMeasures(PerformanceMeasure.builder().code("SAFER").name(Label.of("Safer"))
            .quadrant(Quadrant.BETTER_OFF_PERCENT).countingUnit(CountingUnit.CHILD).build())
        .build();
  }

  @Test
  void aFrameworkLeavesOutWhatTheBuilderDefaults() {
    OutcomesFramework read = FrameworkJson.standard().read(FRAMEWORK);
    assertThat(read).isEqualTo(expectedFramework());
    // The builder's defaults, and empty collections.
    assertThat(read.version()).isEqualTo("1");
    assertThat(read.indicator("SAFE").orElseThrow().version()).isEqualTo("1");
    assertThat(read.indicator("SAFE").orElseThrow().ratedAt()).isEqualTo(RatedAt.CHILD);
    assertThat(read.measure("SAFER").orElseThrow().role()).isEqualTo(MeasureRole.SECONDARY);
    assertThat(read.serviceOutputs()).isEmpty();
    assertThat(read.externalFrameworks()).isEmpty();
    assertThat(read.programme("FSP").orElseThrow().deliveryModels()).isEmpty();
    // Written whole, read back the same.
    assertThat(FrameworkJson.standard().read(FrameworkJson.standard().write(read)))
        .isEqualTo(read);
  }

  @Test
  void theSchemasAcceptWhatTheReadersForgive() {
    assertThat(schema(FrameworkJson.schema()).validate(FRAMEWORK, InputFormat.JSON)).isEmpty();
    assertThat(schema(MeasuresJson.schema()).validate("{\"formatVersion\": 1, \"measures\": ["
        + "{\"type\": \"betterOff\", \"code\": \"SAFER\", \"name\": {\"en\": \"Safer\"},"
        + " \"programme\": \"FSP\", \"countingUnit\": \"CHILD\", \"indicators\": [\"SAFE\"],"
        + " \"pairing\": {\"raters\": \"PRACTITIONER\"}}]}", InputFormat.JSON)).isEmpty();
    assertThat(schema(RecordsJson.schema()).validate("{\"formatVersion\": 1,"
        + " \"subjects\": [{\"id\": \"C-1\", \"kind\": \"CHILD\"}],"
        + " \"reviews\": [{\"id\": \"R-1\", \"episode\": \"E-1\", \"kind\": \"BASELINE\","
        + "   \"assessedOn\": \"2025-04-07\", \"rater\": \"PRACTITIONER\"}]}", InputFormat.JSON))
        .isEmpty();
    assertThat(schema(TurnTheCurveJson.schema()).validate("{\"formatVersion\": 1,"
        + " \"subject\": \"SAFER\", \"subjectKind\": \"PERFORMANCE_MEASURE\","
        + " \"asOf\": \"2026-03-31\"}", InputFormat.JSON)).isEmpty();
  }

  private static Schema schema(String text) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(text, InputFormat.JSON);
  }

  @Test
  void measuresLeaveOutThePairingsEndTheRulesAndEvenTheList() {
    MeasuresJson json = MeasuresJson.standard();
    assertThat(json.read("{\"formatVersion\": 1}")).isEmpty();
    List<MeasureDefinition> read = json.read("{\"formatVersion\": 1, \"measures\": ["
        + "{\"type\": \"betterOff\", \"code\": \"SAFER\", \"name\": {\"en\": \"Safer\"},"
        + " \"programme\": \"FSP\", \"countingUnit\": \"CHILD\", \"indicators\": [\"SAFE\"],"
        + " \"pairing\": {\"raters\": \"PRACTITIONER\"}}]}",
        FrameworkJson.standard().read(FRAMEWORK));
    BetterOffMeasure measure = ((BetterOffDefinition) read.get(0)).measure();
    assertThat(measure.pairing()).isEqualTo(Pairing.latest()
        .withRaters(RaterChoice.only(Rater.PRACTITIONER)));
    assertThat(measure).isEqualTo(BetterOffMeasure.builder().code("SAFER").programme("FSP")
        .countingUnit(CountingUnit.CHILD).addIndicators("SAFE")
        .pairing(Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER))).build());
    // Without a pairing, the builder's (the latest review, each rater separately), which a
    // report card's measure cannot take: it is told to name its rater.
    Problem problem = single(() -> json.read("{\"formatVersion\": 1, \"measures\": ["
        + "{\"type\": \"betterOff\", \"code\": \"SAFER\", \"name\": {\"en\": \"Safer\"},"
        + " \"programme\": \"FSP\", \"countingUnit\": \"CHILD\", \"indicators\": [\"SAFE\"]}]}",
        FrameworkJson.standard().read(FRAMEWORK)));
    assertThat(problem.field()).isEqualTo("pairing.raters");
    assertThat(problem.expected()).contains("one named rater");
    assertThat(problem.position().orElseThrow().pointer()).isEqualTo("/measures/0");
  }

  @Test
  void recordsLeaveOutEmptyCollectionsAttributesAndTheDayRecorded() {
    Records read = RecordsJson.standard().read("{\"formatVersion\": 1,"
        + " \"subjects\": [{\"id\": \"C-1\", \"kind\": \"CHILD\"}],"
        + " \"episodes\": [{\"id\": \"E-1\", \"subject\": \"C-1\", \"programme\": \"FSP\","
        + "   \"localAuthority\": \"W06000015\", \"start\": \"2025-04-07\"}],"
        + " \"reviews\": [{\"id\": \"R-1\", \"episode\": \"E-1\", \"kind\": \"BASELINE\","
        + "   \"assessedOn\": \"2025-04-07\", \"rater\": \"PRACTITIONER\","
        + "   \"ratings\": [{\"indicator\": \"SAFE\", \"value\": false}]}]}");
    assertThat(read.subjects().get(0).attributes()).isEqualTo(Attributes.empty());
    assertThat(read.subjects().get(0).members()).isEmpty();
    assertThat(read.episodes().get(0).serviceOutputs()).isEmpty();
    Review review = read.reviews().get(0);
    assertThat(review.recordedOn()).isEqualTo(LocalDate.of(2025, 4, 7));
    assertThat(RecordsJson.standard().read("{\"formatVersion\": 1}").subjects()).isEmpty();
    // The same record, one per line.
    assertThat(RecordsNdjson.standard().readAll("{\"formatVersion\":1}\n"
        + "{\"type\":\"subject\",\"id\":\"C-1\",\"kind\":\"CHILD\"}\n"
        + "{\"type\":\"episode\",\"id\":\"E-1\",\"subject\":\"C-1\",\"programme\":\"FSP\","
        + "\"localAuthority\":\"W06000015\",\"start\":\"2025-04-07\"}\n"
        + "{\"type\":\"review\",\"id\":\"R-1\",\"episode\":\"E-1\",\"kind\":\"BASELINE\","
        + "\"assessedOn\":\"2025-04-07\",\"rater\":\"PRACTITIONER\"}\n").get(0).reviews().get(0)
        .recordedOn()).isEqualTo(LocalDate.of(2025, 4, 7));
  }

  @Test
  void aTurnTheCurveRecordLeavesOutItsEmptyLists() {
    assertThat(TurnTheCurveJson.standard().read("{\"formatVersion\": 1, \"subject\": \"SAFER\","
        + " \"subjectKind\": \"PERFORMANCE_MEASURE\", \"asOf\": \"2026-03-31\"}").ideas())
        .isEmpty();
  }

  @Test
  void unknownPropertiesWrongTypesAndBadReferencesStayErrors() {
    assertRejected(() -> FrameworkJson.standard().read(FRAMEWORK.replace("\"code\": \"MINI\"",
        "\"code\": \"MINI\", \"colour\": \"red\"")), ProblemType.UNKNOWN_PROPERTY);
    assertRejected(() -> FrameworkJson.standard().read(FRAMEWORK.replace(
        "\"serviceAreas\": [\"FS\"]", "\"serviceAreas\": \"FS\"")), ProblemType.WRONG_TYPE);
    assertRejected(() -> FrameworkJson.standard().read(FRAMEWORK.replace(
        "\"indicators\": [\"SAFE\"]", "\"indicators\": [\"SAFE\", \"HAPPY\"]")),
        ProblemType.UNKNOWN_REFERENCE);
  }

  @Test
  void aFormatErrorHidesNoOtherProblemOfTheFramework() {
    // Item problems (a polarity misspelt, an unknown property) and a whole-framework problem
    // (the programme names an indicator the framework lacks): all reported at once; the
    // programme's reference to the indicator left out for its own problem is not echoed.
    String broken = FRAMEWORK
        .replace("\"polarity\": \"HIGHER_IS_BETTER\"", "\"polarity\": \"UP\"")
        .replace("\"quadrant\"", "\"colour\": 1, \"quadrant\"")
        .replace("\"indicators\": [\"SAFE\"]", "\"indicators\": [\"SAFE\", \"HAPPY\"]");
    assertThatThrownBy(() -> FrameworkJson.standard().read(broken))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .extracting(p -> p.type() + " " + p.position().orElseThrow().pointer())
            .containsExactlyInAnyOrder("INVALID_CODE /indicators/0/polarity",
                "UNKNOWN_PROPERTY /measures/0/colour",
                "UNKNOWN_REFERENCE /programmes/0/indicators/1"));
  }

  @Test
  void aFormatErrorHidesNoOtherProblemOfTheRecords() {
    // C-1's review has a date that does not parse: C-1 is left out of the checks; C-2's episode
    // names a programme the framework lacks, which is still reported.
    String records = "{\"formatVersion\": 1,"
        + " \"subjects\": [{\"id\": \"C-1\", \"kind\": \"CHILD\"}, {\"id\": \"C-2\", \"kind\": \"CHILD\"}],"
        + " \"episodes\": [{\"id\": \"E-1\", \"subject\": \"C-1\", \"programme\": \"FSP\","
        + "   \"localAuthority\": \"W1\", \"start\": \"2025-04-07\"},"
        + "  {\"id\": \"E-2\", \"subject\": \"C-2\", \"programme\": \"OTHER\","
        + "   \"localAuthority\": \"W1\", \"start\": \"2025-04-07\"}],"
        + " \"reviews\": [{\"id\": \"R-1\", \"episode\": \"E-1\", \"kind\": \"BASELINE\","
        + "   \"assessedOn\": \"2025-04-31\", \"rater\": \"PRACTITIONER\"},"
        + "  {\"id\": \"R-2\", \"episode\": \"E-1\", \"kind\": \"REVIEW\","
        + "   \"assessedOn\": \"2025-09-01\", \"rater\": \"PRACTITIONER\"}]}";
    assertThatThrownBy(() -> RecordsJson.standard().read(records,
        FrameworkJson.standard().read(FRAMEWORK), LocalDate.of(2026, 3, 31)))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .extracting(p -> p.type() + " " + p.position().orElseThrow().pointer())
            .containsExactly("WRONG_TYPE /reviews/0/assessedOn",
                "UNKNOWN_REFERENCE /episodes/1/programme"));
  }

  @Test
  void aValueOfTheWrongTypeIsDescribedByItsKindWithAHint() {
    String quoted = FRAMEWORK.replace("\"binary\", \"yes\": {\"en\": \"Yes\"}, \"no\": {\"en\":"
        + " \"No\"}", "\"numeric\", \"unit\": \"%\", \"lower\": \"0\", \"upper\": 100");
    Problem problem = single(() -> FrameworkJson.standard().read(quoted));
    assertThat(problem.type()).isEqualTo(ProblemType.WRONG_TYPE);
    assertThat(problem.expected()).isEqualTo("a number");
    assertThat(problem.found()).isEqualTo(
        "a string of 1 character that holds a number: write the number without quotes");
    Problem array = single(() -> FrameworkJson.standard().read(FRAMEWORK.replace(
        "\"serviceAreas\": [\"FS\"]", "\"serviceAreas\": \"FS\"")));
    assertThat(array.found()).isEqualTo(
        "a string of 2 characters: put even a single value in an array, [ ]");
  }

  @Test
  void aStatusWrittenAsAValuePointsToTheStatusField() {
    for (String value : List.of("not-applicable", "N/A", "NOT_ASSESSED", "not assessed")) {
      Problem problem = single(() -> RecordsJson.standard().read("{\"formatVersion\": 1,"
          + " \"reviews\": [{\"id\": \"R-1\", \"episode\": \"E-1\", \"kind\": \"BASELINE\","
          + " \"assessedOn\": \"2025-04-07\", \"rater\": \"PRACTITIONER\","
          + " \"ratings\": [{\"indicator\": \"SAFE\", \"value\": \"" + value + "\"}]}]}"));
      assertThat(problem.position().orElseThrow().pointer())
          .isEqualTo("/reviews/0/ratings/0/value");
      assertThat(problem.expected()).contains("\"status\": \"NOT_APPLICABLE\"");
      assertThat(problem.found()).isEqualTo("a text that names a status")
          .doesNotContain(value);
    }
  }

  private static Problem single(Runnable read) {
    JsonFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        JsonFormatException.class, read::run);
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private static void assertRejected(Runnable read, ProblemType type) {
    assertThatThrownBy(read::run).isInstanceOfSatisfying(JsonFormatException.class,
        e -> assertThat(e.problems()).extracting(Problem::type).contains(type));
  }
}
