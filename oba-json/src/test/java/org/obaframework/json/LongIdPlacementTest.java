package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.framework.Label;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 19 and 20: a problem about an item with the longest id or code oba allows (128
 * characters for a record's id, 64 for a code) is placed at that item in every reader, by
 * looking up its kind and id, never by reading the message (which cuts a long id short).
 */
class LongIdPlacementTest {
  private static final String ID = "R" + "x".repeat(126) + "9";
  private static final String CODE = "C" + "x".repeat(62) + "9";
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** A family whose ids are all 128 characters; its second review rates a level off scale. */
  private static Records records() {
    String family = "F" + ID.substring(1);
    String member = "M" + ID.substring(1);
    String episode = "E" + ID.substring(1);
    Episode open = Episode.builder().id(episode).subject(family).programme("IFS")
        .localAuthority("LA-1").start(LocalDate.of(2025, 4, 7)).build();
    Review baseline = Review.builder().id("B" + ID.substring(1)).episode(episode)
        .kind(ReviewKind.BASELINE).assessedOn(LocalDate.of(2025, 4, 14))
        .rater(Rater.PRACTITIONER).addRatings(Rating.of("TENANCY", "high")).build();
    Review later = Review.builder().id(ID).episode(episode).kind(ReviewKind.REVIEW)
        .assessedOn(LocalDate.of(2025, 10, 1)).rater(Rater.PRACTITIONER)
        .addRatings(Rating.of("EVICTED", false), Rating.of("TENANCY", "severe")).build();
    Subject subject = Subject.family(family).addMembers(Member.of(member, MemberRole.ADULT))
        .build();
    return Records.of(List.of(subject), List.of(open), List.of(baseline, later));
  }

  @Test
  void recordsJsonPlacesTheValidatorsProblemAtTheReviewWithA128CharacterId() {
    String json = RecordsJson.standard().write(records());
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> RecordsJson.standard().read(json, OutputFixtures.FRAMEWORK, AS_OF));
    Problem problem = single(e.problems(), ProblemType.VALUE_OFF_SCALE);
    assertThat(problem.item().find(Item.REVIEW).flatMap(Item::id)).hasValue(ID);
    assertThat(problem.position().orElseThrow().pointer()).isEqualTo("/reviews/1/ratings/1/value");
    assertThat(problem.position().orElseThrow().line())
        .isEqualTo(lineOf(json, "\"severe\""));
  }

  @Test
  void ndjsonPlacesTheValidatorsProblemAtTheLineOfTheReviewWithA128CharacterId() {
    String ndjson = RecordsNdjson.standard().write(records());
    List<Problem> problems = new ArrayList<>();
    RecordValidator validator = RecordValidator.of(OutputFixtures.FRAMEWORK, AS_OF);
    for (SubjectRecords group : RecordsNdjson.standard().readAll(ndjson)) {
      problems.addAll(validator.validate(group));
    }
    List<Problem> placed = RecordLines.place(new StringReader(ndjson), problems);
    Problem problem = single(placed, ProblemType.VALUE_OFF_SCALE);
    assertThat(problem.position().orElseThrow().line()).isEqualTo(lineOf(ndjson, ID));
    assertThat(problem.position().orElseThrow().pointer()).isEqualTo("/ratings/1/value");
    assertThat(problem.message()).startsWith("/ratings/1/value (line 5, column ");
  }

  @Test
  void ndjsonPlacesAProblemOfAMemberWithA128CharacterIdAtItsSubjectsLine() {
    // A rating about a member the family does not have: the problem names the review; one
    // about the member's attributes names the member, found among its subject's members.
    Problem aboutMember = Problem.of(ProblemType.DATE_AFTER_AS_OF,
        Item.of(Item.MEMBER, "M" + ID.substring(1)).partOf(Item.of(Item.SUBJECT,
            "F" + ID.substring(1))), "attributes", "a date", "a date after it");
    String ndjson = RecordsNdjson.standard().write(records());
    Problem placed = RecordLines.place(new StringReader(ndjson), List.of(aboutMember)).get(0);
    assertThat(placed.position().orElseThrow().line()).isEqualTo(2);
    assertThat(placed.position().orElseThrow().pointer()).isEqualTo("/members/0/attributes");
  }

  @Test
  void ndjsonPlacesAProblemOfALineWithA128CharacterIdOnThatLine() {
    String ndjson = RecordsNdjson.standard().write(records())
        .replace("\"rater\":\"PRACTITIONER\",\"ratings\":[{\"indicator\":\"EVICTED\"",
            "\"rater\":\"NOBODY\",\"ratings\":[{\"indicator\":\"EVICTED\"");
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> RecordsNdjson.standard().readAll(ndjson));
    Problem problem = single(e.problems(), ProblemType.INVALID_CODE);
    assertThat(problem.position().orElseThrow().line()).isEqualTo(lineOf(ndjson, ID));
    assertThat(problem.position().orElseThrow().pointer()).isEqualTo("/rater");
  }

  @Test
  void frameworkJsonPlacesAProblemAtTheProgrammeWithA64CharacterCode() {
    String json = FrameworkJson.standard().write(OutputFixtures.FRAMEWORK)
        .replace("\"code\": \"IFS\"", "\"code\": \"" + CODE + "\"")
        .replace("\"serviceArea\": \"FS\"", "\"serviceArea\": \"XX\"");
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> FrameworkJson.standard().read(json));
    Problem problem = single(e.problems(), ProblemType.UNKNOWN_REFERENCE);
    assertThat(problem.item().find(Item.PROGRAMME).flatMap(Item::id)).hasValue(CODE);
    assertThat(problem.position().orElseThrow().pointer())
        .isEqualTo("/programmes/0/serviceArea");
    assertThat(problem.position().orElseThrow().line()).isEqualTo(lineOf(json, "\"XX\""));
  }

  @Test
  void measuresJsonPlacesAProblemAtTheMeasureWithA64CharacterCode() {
    List<org.obaframework.core.aggregate.MeasureDefinition> measures =
        new ArrayList<>(OutputFixtures.MEASURES);
    measures.add(org.obaframework.core.aggregate.CountMeasure.of(CODE, Label.of("Families"),
        "NOPE", org.obaframework.core.framework.CountingUnit.FAMILY));
    String json = MeasuresJson.standard().write(measures);
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> MeasuresJson.standard().read(json, OutputFixtures.FRAMEWORK));
    Problem problem = single(e.problems(), ProblemType.UNKNOWN_REFERENCE);
    assertThat(problem.item().find(Item.MEASURE).flatMap(Item::id)).hasValue(CODE);
    assertThat(problem.position().orElseThrow().pointer()).endsWith("/programme");
    assertThat(problem.position().orElseThrow().line()).isEqualTo(lineOf(json, "\"NOPE\""));
  }

  @Test
  void turnTheCurveJsonPlacesAProblemAtThePartnerWithA64CharacterCode() {
    org.obaframework.core.curve.Partner partner = org.obaframework.core.curve.Partner.of(CODE,
        Label.of("A partner"), "Helps");
    org.obaframework.core.curve.Partner other = org.obaframework.core.curve.Partner.of(
        "OTHER-PARTNER", Label.of("Another partner"), "Helps too");
    String json = TurnTheCurveJson.standard().write(org.obaframework.core.curve
        .TurnTheCurveRecord.builder().from(OutputFixtures.random(3)).partners(List.of(partner,
            other)).build()).replace("\"OTHER-PARTNER\"", "\"" + CODE + "\"");
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> TurnTheCurveJson.standard().read(json));
    Problem problem = single(e.problems(), ProblemType.DUPLICATE_CODE);
    assertThat(problem.position().orElseThrow().pointer()).isEqualTo("/partners/1/code");
  }

  @Test
  void reportCardJsonPlacesAProblemAtTheLineWithA64CharacterCode() {
    ObjectNode card = (ObjectNode) MAPPER.readTree(ReportCardJson.write(
        ReportCardJsonProperties.randomCard(7)));
    ObjectNode line = (ObjectNode) card.get("lines").get(0);
    line.put("code", CODE);
    line.put("section", "NOWHERE");
    String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(card);
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> ReportCardJson.read(json));
    Problem problem = single(e.problems(), ProblemType.INVALID_CODE);
    assertThat(problem.position().orElseThrow().pointer()).isEqualTo("/lines/0/section");
    assertThat(problem.position().orElseThrow().line()).isEqualTo(lineOf(json, "NOWHERE"));
  }

  private static Problem single(List<Problem> problems, ProblemType type) {
    List<Problem> of = problems.stream().filter(p -> p.type() == type).toList();
    assertThat(of).as("problems %s", problems).hasSize(1);
    return of.get(0);
  }

  private static int lineOf(String text, String part) {
    int at = text.indexOf(part);
    assertThat(at).as("%s in the document", part).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
