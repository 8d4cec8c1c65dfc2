package org.obaframework.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.obaframework.core.Fixtures.AS_OF;
import static org.obaframework.core.Fixtures.episodes;
import static org.obaframework.core.Fixtures.plus;
import static org.obaframework.core.Fixtures.reviews;
import static org.obaframework.core.Fixtures.subjects;
import static org.obaframework.core.Fixtures.withEpisode;
import static org.obaframework.core.Fixtures.withReview;
import static org.obaframework.core.Fixtures.withSubject;
import static org.obaframework.core.ProblemAssertions.assertOneProblem;
import static org.obaframework.core.ProblemAssertions.assertRejected;

import java.time.LocalDate;
import java.util.List;
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
import org.obaframework.core.framework.OutcomesFramework;

/**
 * A catalogue of bad records: each is rejected with the right exception or problem type and a
 * message that names the record, the field, what was expected and what was found.
 */
class BadRecordCatalogueTest {
  private static final OutcomesFramework FRAMEWORK = Fixtures.framework();
  private static final RecordValidator VALIDATOR = RecordValidator.of(FRAMEWORK, AS_OF);
  private static final String ID_SYNTAX = "expected 1-128 letters, digits, '.', '_', ':', '/' "
      + "or '-', starting with a letter or digit";
  private static final String CODE_SYNTAX = "expected 1-64 letters, digits, '.', '_' or '-'";

  @Test
  void theFixtureRecordsHaveNoProblems() {
    Records records = Fixtures.records();

    assertThat(VALIDATOR.validate(records)).isEmpty();
    assertThatCode(() -> VALIDATOR.check(records)).doesNotThrowAnyException();
    assertThat(records.groups()).hasSize(3);
  }

  // ---------------------------------------------------------------------------------------------
  // Values and builders that reject a bad record at once
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("badValues")
  void rejectsBadValue(Action record, Class<? extends ValidationException> type,
      ProblemType problemType, List<String> words) {
    assertRejected(record, type, problemType, words);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        // Ids and codes
        // Malformed ids are described, never quoted: an id that breaks the syntax may be a name.
        invalid("subject id with a space", () -> Subject.child("C 0001").build(),
            "subject, field id", ID_SYNTAX,
            "found an id of 6 characters with a space at position 2"),
        invalid("subject id of 129 characters, described by its length",
            () -> Subject.family("F".repeat(129)).build(),
            "subject, field id", ID_SYNTAX, "found an id of 129 characters"),
        invalid("episode id with '#'", () -> Fixtures.e1().id("E#1").build(),
            "episode, field id", ID_SYNTAX, "found an id of 3 characters with '#' at position 2"),
        invalid("empty review id", () -> Fixtures.r1().id("").build(),
            "review, field id", ID_SYNTAX, "found an empty id"),
        invalid("blank member id", () -> Member.of(" ", MemberRole.ADULT),
            "member, field id", ID_SYNTAX, "with a space at position 1"),
        invalid("subject id starting with '-'", () -> Subject.child("-C1").build(),
            "subject, field id", ID_SYNTAX, "found an id of 3 characters with '-' at position 1"),
        invalid("subject id with a letter outside ASCII", () -> Subject.child("Zo\u00eb-1").build(),
            "subject, field id", "found an id of 5 characters with '\u00eb' at position 3"),
        invalid("episode naming a malformed subject id",
            () -> Fixtures.e1().subject("C 0001").build(),
            "episode 'E-0001', field subject", ID_SYNTAX,
            "found an id of 6 characters with a space at position 2"),
        invalid("episode naming a malformed programme code",
            () -> Fixtures.e1().programme("I F S").build(),
            "episode 'E-0001', field programme", CODE_SYNTAX,
            "found a text of 5 characters with a space at position 2"),
        invalid("episode naming a malformed local authority code",
            () -> Fixtures.e1().localAuthority("LA 1").build(),
            "episode 'E-0001', field localAuthority", CODE_SYNTAX,
            "found a text of 4 characters with a space at position 3"),
        invalid("episode naming a malformed service output code",
            () -> Fixtures.e1().addServiceOutputs("RES SUPPORT").build(),
            "episode 'E-0001', field serviceOutputs[1]",
            "found a text of 11 characters with a space at position 4"),
        invalid("review naming a malformed episode id",
            () -> Fixtures.r1().episode("E 0001").build(),
            "review 'R-0001', field episode", ID_SYNTAX,
            "found an id of 6 characters with a space at position 2"),
        invalid("rating naming a malformed indicator code", () -> Rating.of("risk care", true),
            "rating, field indicator", CODE_SYNTAX,
            "found a text of 9 characters with a space at position 5"),
        invalid("rating about a malformed member id",
            () -> Rating.of("SDQ", 12).about("F-0001 C1"),
            "rating, field member", ID_SYNTAX,
            "found an id of 9 characters with a space at position 7"),
        invalid("rating at a malformed level code", () -> Rating.of("RISK-CARE", "very high"),
            "value, field level", CODE_SYNTAX,
            "found a text of 9 characters with a space at position 5"),
        invalid("malformed attribute name",
            () -> Attributes.empty().with("age band", "10-15"),
            "attributes, field name", CODE_SYNTAX,
            "found a text of 8 characters with a space at position 4"),
        thrown("rating of a NaN number", ValidationException.class, ProblemType.OUT_OF_RANGE,
            () -> Rating.of("SCHOOL-ATT", Double.NaN),
            "value, field number", "expected a finite number", "found NaN"),

        // Subjects
        thrown("child subject with members", ValidationException.class,
            ProblemType.UNKNOWN_MEMBER,
            () -> Fixtures.child().addMembers(Member.of("C-0001-M1", MemberRole.CHILD)).build(),
            "subject 'C-0001', field members", "unknown member",
            "expected no members (only a family has members)", "found 1 member"),
        thrown("family with two members of one id", ValidationException.class,
            ProblemType.DUPLICATE_CODE,
            () -> Fixtures.family().addMembers(Member.of("F-0001-C1", MemberRole.ADULT)).build(),
            "subject 'F-0001', field members", "expected distinct member ids",
            "found two members with id 'F-0001-C1'"),
        missing("subject without a kind", () -> Subject.builder().id("C-0009").build(),
            "Subject builder, field kind"),

        // Episodes and reviews
        thrown("episode ending before its start", ValidationException.class,
            ProblemType.DATES_OUT_OF_ORDER,
            () -> Fixtures.e1().end(LocalDate.of(2025, 4, 6)).build(),
            "episode 'E-0001', field end", "dates out of order",
            "expected a date on or after the start", "found a date 1 day before the start"),
        thrown("closure reason on an open episode", ValidationException.class,
            ProblemType.MISSING_VALUE,
            () -> Fixtures.e2().closureReason(ClosureReason.UNPLANNED).build(),
            "episode 'E-0002', field end",
            "expected an end date, since the episode has a closure reason", "found none"),
        missing("episode without a start",
            () -> Episode.builder().id("E-0009").subject("C-0001").programme("IFS")
                .localAuthority("LA-1").build(),
            "Episode builder, field start"),
        thrown("review recorded before it was assessed", ValidationException.class,
            ProblemType.DATES_OUT_OF_ORDER,
            () -> Fixtures.r6().recordedOn(LocalDate.of(2025, 11, 30)).build(),
            "review 'R-0006', field recordedOn",
            "expected a date on or after the date assessed",
            "found a date 1 day before the date assessed"),
        missing("review without a rater",
            () -> Review.builder().id("R-0009").episode("E-0001").kind(ReviewKind.REVIEW)
                .assessedOn(LocalDate.of(2025, 5, 1)).build(),
            "Review builder, field rater"),

        // Attributes
        thrown("attribute change on the day of the previous change", ValidationException.class,
            ProblemType.DATES_OUT_OF_ORDER,
            () -> Attributes.empty()
                .withChange(Attributes.LOCAL_AUTHORITY, "LA-1", LocalDate.of(2025, 9, 1))
                .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", LocalDate.of(2025, 9, 1)),
            "attributes, field local-authority", "dates out of order",
            "expected a change after the previous change",
            "found a date on the previous change"),
        thrown("attribute change before the previous change", ValidationException.class,
            ProblemType.DATES_OUT_OF_ORDER,
            () -> Attributes.empty()
                .withChange(Attributes.LOCAL_AUTHORITY, "LA-1", LocalDate.of(2025, 9, 1))
                .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", LocalDate.of(2025, 8, 1)),
            "attributes, field local-authority", "expected a change after the previous change",
            "found a date 31 days before the previous change"),
        thrown("attribute value that is free text", ValidationException.class,
            ProblemType.INVALID_CODE,
            () -> Attributes.empty().with(Attributes.SEX, "Jane Smith lives here"),
            "attributes, field sex", "invalid code",
            "expected a short code or band: 1-32 letters, digits, '.', '_', '+' or '-', "
                + "starting with a letter or digit",
            "found a value of 21 characters that is not a code"),
        thrown("attribute value of 33 characters", ValidationException.class,
            ProblemType.INVALID_CODE,
            () -> Attributes.empty().with(Attributes.ETHNICITY, "E".repeat(33)),
            "attributes, field ethnicity", "found a value of 33 characters that is not a code"),
        thrown("attribute value starting with '+'", ValidationException.class,
            ProblemType.INVALID_CODE,
            () -> Attributes.empty().with(Attributes.AGE_BAND, "+16"),
            "attributes, field age-band", "found a value of 3 characters that is not a code"),
        thrown("dated attribute change to a value with a space", ValidationException.class,
            ProblemType.INVALID_CODE,
            () -> Attributes.empty().with(Attributes.LOCAL_AUTHORITY, "LA-1")
                .withChange(Attributes.LOCAL_AUTHORITY, "LA 2", LocalDate.of(2025, 9, 1)),
            "attributes, field local-authority",
            "found a value of 4 characters that is not a code"),
        thrown("blank attribute value", ValidationException.class, ProblemType.MISSING_VALUE,
            () -> Attributes.empty().with(Attributes.SEX, "F").with(Attributes.ETHNICITY, "  "),
            "attributes, field ethnicity", "missing value", "expected a non-blank value",
            "found a blank value"),
        thrown("empty attribute value of a dated change", ValidationException.class,
            ProblemType.MISSING_VALUE,
            () -> Attributes.empty()
                .withChange(Attributes.LOCAL_AUTHORITY, "", LocalDate.of(2025, 9, 1)),
            "attributes, field local-authority", "expected a non-blank value",
            "found a blank value"),

        // Groups of one subject's records
        thrown("subject's records holding another subject's episode", ValidationException.class,
            ProblemType.UNKNOWN_REFERENCE,
            () -> SubjectRecords.of(Fixtures.child().build(),
                List.of(Fixtures.e1().build(), Fixtures.e2().build()),
                List.of(Fixtures.r1().build())),
            "episode 'E-0002', field subject", "unknown reference",
            "expected the group's subject 'C-0001'", "found 'F-0001'"),
        thrown("subject's records holding a review of an episode not in the group",
            ValidationException.class, ProblemType.UNKNOWN_REFERENCE,
            () -> SubjectRecords.of(Fixtures.child().build(), List.of(Fixtures.e1().build()),
                List.of(Fixtures.r1().build(), Fixtures.r5().build())),
            "review 'R-0005', field episode",
            "expected an episode of subject 'C-0001', one of [E-0001]", "found 'E-0002'"));
  }

  // ---------------------------------------------------------------------------------------------
  // Batches: RecordValidator.validate
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("badBatches")
  void reportsRecordProblem(Supplier<Records> records, ProblemType problemType,
      List<String> words) {
    List<Problem> problems = VALIDATOR.validate(records.get());

    assertOneProblem(problems, problemType, words);
    assertThatThrownBy(() -> VALIDATOR.check(records.get()))
        .isInstanceOf(ValidationException.class)
        .hasMessage(problems.get(0).message());
  }

  static Stream<Arguments> badBatches() {
    return Stream.of(
        // Ids and references between records
        inBatch("two subjects of one id",
            () -> Records.of(plus(subjects(), Subject.child("C-0001").build()), episodes(),
                reviews()),
            ProblemType.DUPLICATE_CODE,
            "subject 'C-0001', field id", "duplicate code",
            "expected an id used by no other subject", "found a second subject with this id"),
        inBatch("two episodes of one id",
            () -> Records.of(subjects(), plus(episodes(), Fixtures.e3().build()), reviews()),
            ProblemType.DUPLICATE_CODE,
            "episode 'E-0003', field id", "expected an id used by no other episode",
            "found a second episode with this id"),
        inBatch("two reviews of one id",
            () -> Records.of(subjects(), episodes(), plus(reviews(), Fixtures.r7().build())),
            ProblemType.DUPLICATE_CODE,
            "review 'R-0007', field id", "expected an id used by no other review",
            "found a second review with this id"),
        inBatch("episode of an unknown subject",
            () -> withEpisode(Fixtures.e3().id("E-0099").subject("C-0404").build()),
            ProblemType.UNKNOWN_REFERENCE,
            "episode 'E-0099', field subject", "unknown reference",
            "expected a subject of the batch", "found 'C-0404'"),
        inBatch("episode of an unknown subject, with reviews",
            () -> Records.of(subjects(),
                plus(episodes(), Fixtures.e3().id("E-0099").subject("C-0404").build()),
                plus(plus(reviews(), Fixtures.r7().id("R-0098").episode("E-0099").build()),
                    Fixtures.r7().id("R-0099").episode("E-0099").kind(ReviewKind.REVIEW)
                        .build())),
            ProblemType.UNKNOWN_REFERENCE,
            "episode 'E-0099', field subject", "expected a subject of the batch",
            "found 'C-0404' (its 2 reviews are left unchecked)"),
        inBatch("review of an unknown episode",
            () -> withReview(Fixtures.r7().id("R-0099").episode("E-0404").build()),
            ProblemType.UNKNOWN_REFERENCE,
            "review 'R-0099', field episode", "expected an episode of the batch",
            "found 'E-0404'"),

        // Episodes against the framework and the as-of date
        inBatch("episode in an unknown programme",
            () -> withEpisode(Fixtures.e3().programme("FOSTER").build()),
            ProblemType.UNKNOWN_REFERENCE,
            "episode 'E-0003', field programme", "expected one of [IFS, RES]",
            "found an undeclared code of 6 characters"),
        inBatch("episode with an unknown delivery model",
            () -> withEpisode(Fixtures.e2().deliveryModel("FOSTER").build()),
            ProblemType.UNKNOWN_REFERENCE,
            "episode 'E-0002', field deliveryModel",
            "expected a delivery model of programme 'IFS', one of [EXISTING, RESIDENTIAL]",
            "found an undeclared code of 6 characters"),
        inBatch("episode with a delivery model of a programme that has none",
            () -> withEpisode(Fixtures.e3().deliveryModel("EXISTING").build()),
            ProblemType.UNKNOWN_REFERENCE,
            "episode 'E-0003', field deliveryModel",
            "expected a delivery model of programme 'RES', none defined", "found an undeclared code of 8 characters"),
        inBatch("episode with an unknown service output",
            () -> withEpisode(Fixtures.e3().addServiceOutputs("TAXI").build()),
            ProblemType.UNKNOWN_REFERENCE,
            "episode 'E-0003', field serviceOutputs",
            "expected one of [RES-SUPPORT, FAMILY-SESSIONS]", "found an undeclared code of 4 characters"),
        inBatch("episode starting after the as-of date",
            () -> withEpisode(Fixtures.e3().id("E-0004").subject("C-0001")
                .start(LocalDate.of(2026, 4, 1)).build()),
            ProblemType.DATE_AFTER_AS_OF,
            "episode 'E-0004', field start", "date after the as-of date",
            "expected a date on or before the as-of date 2026-03-31", "found a date 1 day after the as-of date"),
        inBatch("episode ending after the as-of date",
            () -> withEpisode(Fixtures.e3().end(LocalDate.of(2026, 4, 30)).build()),
            ProblemType.DATE_AFTER_AS_OF,
            "episode 'E-0003', field end",
            "expected a date on or before the as-of date 2026-03-31", "found a date 30 days after the as-of date"),

        // Attributes against the as-of date
        inBatch("subject's attribute changing after the as-of date",
            () -> withSubject(Fixtures.child().attributes(Attributes.empty()
                .with(Attributes.LOCAL_AUTHORITY, "LA-1")
                .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", LocalDate.of(2026, 4, 1)))
                .build()),
            ProblemType.DATE_AFTER_AS_OF,
            "subject 'C-0001', field attributes.local-authority[1].from",
            "date after the as-of date",
            "expected a date on or before the as-of date 2026-03-31", "found a date 1 day after the as-of date"),
        inBatch("member's attribute changing after the as-of date",
            () -> withSubject(Fixtures.family().members(List.of(
                Member.of("F-0001-A1", MemberRole.ADULT),
                Member.of("F-0001-C1", MemberRole.CHILD, Attributes.empty()
                    .withChange(Attributes.AGE_BAND, "5-9", LocalDate.of(2024, 3, 1))
                    .withChange(Attributes.AGE_BAND, "10-15", LocalDate.of(2026, 5, 1))),
                Member.of("F-0001-C2", MemberRole.CHILD))).build()),
            ProblemType.DATE_AFTER_AS_OF,
            "member 'F-0001-C1' of subject 'F-0001', field attributes.age-band[1].from",
            "expected a date on or before the as-of date 2026-03-31", "found a date 31 days after the as-of date"),
        inBatch("attribute changing after the as-of date of a subject without episodes",
            () -> withSubject(Subject.child("C-0003").attributes(Attributes.empty()
                .withChange(Attributes.SEX, "M", LocalDate.of(2027, 1, 1))).build()),
            ProblemType.DATE_AFTER_AS_OF,
            "subject 'C-0003', field attributes.sex[0].from",
            "found a date 276 days after the as-of date"),


        // Reviews against each other
        inBatch("two closures of one episode by the same rater",
            () -> withReview(Fixtures.r3().id("R-0020").assessedOn(LocalDate.of(2026, 1, 29))
                .build()),
            ProblemType.DUPLICATE_CLOSURE,
            "review 'R-0020' of episode 'E-0001', field kind", "two closure reviews",
            "expected one CLOSURE review per episode and rater",
            "found a second CLOSURE by PRACTITIONER"),
        inBatch("review before the rater's baseline",
            () -> withReview(Review.builder().id("R-0021").episode("E-0001")
                .kind(ReviewKind.REVIEW).rater(Rater.PRACTITIONER)
                .assessedOn(LocalDate.of(2025, 4, 14))
                .addRatings(Rating.of("RISK-CARE", "high")).build()),
            ProblemType.REVIEW_BEFORE_BASELINE,
            "review 'R-0021' of episode 'E-0001', field assessedOn",
            "review before the baseline",
            "expected a date on or after the BASELINE by PRACTITIONER",
            "found a date 7 days before that baseline"),
        inBatch("closure before the rater's baseline",
            () -> withReview(Review.builder().id("R-0022").episode("E-0001")
                .kind(ReviewKind.CLOSURE).rater(Rater.CHILD_OR_YOUNG_PERSON)
                .assessedOn(LocalDate.of(2025, 4, 15)).build()),
            ProblemType.REVIEW_BEFORE_BASELINE,
            "review 'R-0022' of episode 'E-0001', field assessedOn",
            "expected a date on or after the BASELINE by CHILD_OR_YOUNG_PERSON",
            "found a date 7 days before that baseline"),
        inBatch("baseline listed after a review it follows",
            () -> Records.of(subjects(), episodes(), List.of(
                Fixtures.r6().assessedOn(LocalDate.of(2025, 6, 5))
                    .recordedOn(LocalDate.of(2025, 6, 5)).build(),
                Fixtures.r5().build())),
            ProblemType.REVIEW_BEFORE_BASELINE,
            "review 'R-0006' of episode 'E-0002', field assessedOn",
            "expected a date on or after the BASELINE by JOINT",
            "found a date 5 days before that baseline"),

        // Reviews against their episodes
        inBatch("review recorded after the as-of date",
            () -> withReview(Fixtures.r6().assessedOn(LocalDate.of(2026, 3, 30))
                .recordedOn(LocalDate.of(2026, 4, 1)).build()),
            ProblemType.DATE_AFTER_AS_OF,
            "review 'R-0006' of episode 'E-0002', field recordedOn",
            "expected a date on or before the as-of date 2026-03-31", "found a date 1 day after the as-of date"),
        inBatch("review before its episode's start",
            () -> withReview(Fixtures.r7().assessedOn(LocalDate.of(2025, 8, 31)).build()),
            ProblemType.REVIEW_OUTSIDE_EPISODE,
            "review 'R-0007' of episode 'E-0003', field assessedOn",
            "review outside its episode",
            "expected a date on or after the episode's start",
            "found a date 1 day before the episode's start"),
        inBatch("review after its episode's end",
            () -> withReview(Fixtures.r3().assessedOn(LocalDate.of(2026, 2, 2)).build()),
            ProblemType.REVIEW_OUTSIDE_EPISODE,
            "review 'R-0003' of episode 'E-0001', field assessedOn",
            "expected a date on or before the episode's end (or kind FOLLOW_UP)",
            "found a date 3 days after the episode's end"),
        inBatch("follow-up before its episode's end",
            () -> withReview(Fixtures.r4().assessedOn(LocalDate.of(2026, 1, 15)).build()),
            ProblemType.REVIEW_OUTSIDE_EPISODE,
            "review 'R-0004' of episode 'E-0001', field assessedOn",
            "expected a follow-up after the episode's end",
            "found a date 15 days before the episode's end"),
        inBatch("follow-up on its episode's last day",
            () -> withReview(Fixtures.r4().assessedOn(LocalDate.of(2026, 1, 30)).build()),
            ProblemType.REVIEW_OUTSIDE_EPISODE,
            "review 'R-0004' of episode 'E-0001', field assessedOn",
            "expected a follow-up after the episode's end",
            "found a date on the episode's end"),
        inBatch("follow-up of an open episode",
            () -> withReview(Fixtures.r7().id("R-0010").kind(ReviewKind.FOLLOW_UP)
                .assessedOn(LocalDate.of(2026, 1, 10)).build()),
            ProblemType.REVIEW_OUTSIDE_EPISODE,
            "review 'R-0010' of episode 'E-0003', field assessedOn",
            "expected a follow-up after the episode's end (the episode is open)",
            "found a follow-up of an open episode"),
        inBatch("closure review of an open episode",
            () -> withReview(Fixtures.r7().id("R-0011").kind(ReviewKind.CLOSURE)
                .assessedOn(LocalDate.of(2026, 2, 1)).build()),
            ProblemType.CLOSURE_OF_OPEN_EPISODE,
            "review 'R-0011' of episode 'E-0003', field kind",
            "closure review of an open episode",
            "expected an episode with an end date for a CLOSURE review",
            "found an open episode"),
        inBatch("two baselines of one episode by the same rater",
            () -> withReview(Fixtures.r7().id("R-0012")
                .assessedOn(LocalDate.of(2025, 9, 6)).build()),
            ProblemType.DUPLICATE_BASELINE,
            "review 'R-0012' of episode 'E-0003', field kind", "two baseline reviews",
            "expected one BASELINE review per episode and rater",
            "found a second BASELINE by PRACTITIONER"),

        // Ratings against the framework
        inBatch("rating of an unknown indicator",
            () -> withReview(Fixtures.r7().addRatings(Rating.of("HAPPINESS", 3)).build()),
            ProblemType.UNKNOWN_INDICATOR,
            "review 'R-0007' of episode 'E-0003', field ratings[2].indicator",
            "unknown indicator", "expected an indicator of framework 'TEST-FW'",
            "found an undeclared code of 9 characters"),
        inBatch("rating of an indicator not in the episode's programme",
            () -> withReview(Fixtures.r7().addRatings(Rating.of("RISK-CARE", "low")).build()),
            ProblemType.INDICATOR_NOT_IN_PROGRAMME,
            "review 'R-0007' of episode 'E-0003', field ratings[2].indicator",
            "expected an indicator of programme 'RES', one of [SCHOOL-ATT, RC-STABLE]",
            "found 'RISK-CARE'"),
        offScale("ordinal rating at an unknown level", Rating.of("RISK-CARE", "extreme"),
            "expected one of [none, low, medium, high] or a level's score for indicator "
                + "'RISK-CARE'",
            "found a level code of 7 characters that is not on the scale"),
        offScale("ordinal rating given a number that is no level's score",
            Rating.of("RISK-CARE", 5),
            "expected one of [none, low, medium, high] or a level's score for indicator "
                + "'RISK-CARE'",
            "found a number above the upper score 4"),
        offScale("ordinal rating given a fraction between two scores",
            Rating.of("RISK-CARE", 2.5), "found a number that is no level's score"),
        offScale("numeric rating above the upper bound", Rating.of("SCHOOL-ATT", 100.5),
            "expected a number from 0 to 100 % for indicator 'SCHOOL-ATT'",
            "found a number above the upper bound 100"),
        offScale("numeric rating below the lower bound", Rating.of("SCHOOL-ATT", -1),
            "expected a number from 0 to 100 % for indicator 'SCHOOL-ATT'",
            "found a number below the lower bound 0"),
        offScale("whole-number rating given 2.5", Rating.of("SDQ", 2.5),
            "expected a whole number from 0 to 40 points for indicator 'SDQ'",
            "found a number with a fraction, on a scale of whole numbers"),
        offScale("numeric rating given a level", Rating.of("SCHOOL-ATT", "high"),
            "expected a number from 0 to 100 % for indicator 'SCHOOL-ATT'",
            "found a level code of 4 characters, not a number"),
        offScale("ordinal rating given yes", Rating.of("RISK-CARE", true),
            "expected one of [none, low, medium, high] or a level's score for indicator "
                + "'RISK-CARE'",
            "found yes or no, not a level"),
        inBatch("binary rating given a number",
            () -> withReview(Fixtures.r7()
                .ratings(List.of(Rating.of("RC-STABLE", 1), Rating.of("SCHOOL-ATT", 80)))
                .build()),
            ProblemType.VALUE_OFF_SCALE,
            "review 'R-0007' of episode 'E-0003', field ratings[0].value",
            "expected yes or no for indicator 'RC-STABLE'", "found a number, not yes or no"),

        // Ratings against the subject
        inBatch("child rated on a family-level indicator",
            () -> withReview(Fixtures.r1().ratings(List.of(Rating.of("EVICTED", false))).build()),
            ProblemType.WRONG_LEVEL,
            "review 'R-0001' of episode 'E-0001', field ratings[0]", "rated at the wrong level",
            "expected a rating of FAMILY level for indicator 'EVICTED'",
            "found a rating of CHILD level"),
        inBatch("family as a whole rated on a child-level indicator",
            () -> withReview(Fixtures.r5().addRatings(Rating.of("SDQ", 12)).build()),
            ProblemType.WRONG_LEVEL,
            "review 'R-0005' of episode 'E-0002', field ratings[5]",
            "expected a rating of CHILD level for indicator 'SDQ'",
            "found a rating of FAMILY level"),
        inBatch("adult member rated on a child-level indicator",
            () -> withReview(
                Fixtures.r5().addRatings(Rating.of("SDQ", 12).about("F-0001-A1")).build()),
            ProblemType.WRONG_LEVEL,
            "review 'R-0005' of episode 'E-0002', field ratings[5]",
            "expected a rating of CHILD level for indicator 'SDQ'",
            "found a rating of ADULT level"),
        inBatch("child member rated on an adult-level indicator",
            () -> withReview(Fixtures.r5()
                .addRatings(Rating.of("PARENT-WB", "good").about("F-0001-C2")).build()),
            ProblemType.WRONG_LEVEL,
            "review 'R-0005' of episode 'E-0002', field ratings[5]",
            "expected a rating of ADULT level for indicator 'PARENT-WB'",
            "found a rating of CHILD level"),
        inBatch("rating about an unknown member",
            () -> withReview(
                Fixtures.r5().addRatings(Rating.of("SDQ", 10).about("F-0001-C9")).build()),
            ProblemType.UNKNOWN_MEMBER,
            "review 'R-0005' of episode 'E-0002', field ratings[5].member", "unknown member",
            "expected a member of family 'F-0001', one of [F-0001-A1, F-0001-C1, F-0001-C2]",
            "found 'F-0001-C9'"),
        inBatch("rating about a member of a child subject",
            () -> withReview(
                Fixtures.r1().addRatings(Rating.of("SDQ", 10).about("C-0001-X")).build()),
            ProblemType.UNKNOWN_MEMBER,
            "review 'R-0001' of episode 'E-0001', field ratings[3].member",
            "expected no member for a rating of a child subject", "found 'C-0001-X'"),
        inBatch("indicator rated twice in one review",
            () -> withReview(Fixtures.r1().addRatings(Rating.of("RISK-CARE", "low")).build()),
            ProblemType.DUPLICATE_RATING,
            "review 'R-0001' of episode 'E-0001', field ratings[3].indicator",
            "indicator rated twice", "expected each indicator rated once per person in a review",
            "found 'RISK-CARE' again"),
        inBatch("indicator rated twice for one member in one review",
            () -> withReview(Fixtures.r5()
                .addRatings(Rating.notAssessed("SCHOOL-ATT").about("F-0001-C1")).build()),
            ProblemType.DUPLICATE_RATING,
            "review 'R-0005' of episode 'E-0002', field ratings[5].indicator",
            "found 'SCHOOL-ATT' again about 'F-0001-C1'"));
  }

  // ---------------------------------------------------------------------------------------------
  // Single cases that need more than one assertion
  // ---------------------------------------------------------------------------------------------

  @Test
  void twoBaselinesOfOneEpisodeByDifferentRatersAreNoProblem() {
    Records records = withReview(Fixtures.r7().id("R-0013").rater(Rater.CHILD_OR_YOUNG_PERSON)
        .assessedOn(LocalDate.of(2025, 9, 6)).build());

    assertThat(VALIDATOR.validate(records)).isEmpty();
  }

  @Test
  void reviewAssessedAfterTheAsOfDateIsReportedForBothDates() {
    Records records = withReview(Fixtures.r7().id("R-0014").kind(ReviewKind.REVIEW)
        .assessedOn(LocalDate.of(2026, 4, 2)).build());

    List<Problem> problems = VALIDATOR.validate(records);

    assertThat(problems).extracting(Problem::type)
        .containsExactly(ProblemType.DATE_AFTER_AS_OF, ProblemType.DATE_AFTER_AS_OF);
    assertThat(problems).extracting(Problem::field).containsExactly("assessedOn", "recordedOn");
    assertThat(problems.get(0).message()).contains(
        "review 'R-0014' of episode 'E-0003', field assessedOn",
        "expected a date on or before the as-of date 2026-03-31", "found a date 2 days after the as-of date");
  }

  @Test
  void reportsEveryProblemOfABatchAtOnce() {
    Records records = Records.of(
        plus(subjects(), Subject.child("C-0001").build()),
        Fixtures.replacing(episodes(), Episode::id,
            Fixtures.e3().programme("FOSTER").build()),
        Fixtures.replacing(reviews(), Review::id,
            Fixtures.r1().addRatings(Rating.of("SCHOOL-ATT", 120)).build()));

    List<Problem> problems = VALIDATOR.validate(records);

    assertThat(problems).extracting(Problem::type).containsExactlyInAnyOrder(
        ProblemType.DUPLICATE_CODE, ProblemType.UNKNOWN_REFERENCE,
        ProblemType.DUPLICATE_RATING, ProblemType.VALUE_OFF_SCALE);
    assertThatThrownBy(() -> VALIDATOR.check(records))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("4 problems:")
        .hasMessageContainingAll(
            "subject 'C-0001', field id",
            "episode 'E-0003', field programme",
            "review 'R-0001' of episode 'E-0001', field ratings[3].indicator",
            "review 'R-0001' of episode 'E-0001', field ratings[3].value");
  }

  @Test
  void blankAttributeValueMessageQuotesNoAttributeValue() {
    Attributes attributes = Attributes.empty()
        .with(Attributes.SEX, "F")
        .with(Attributes.ETHNICITY, "ETH-SECRET")
        .with(Attributes.LOCAL_AUTHORITY, "LA-SECRET");

    assertThatThrownBy(() -> attributes.with(Attributes.AGE_BAND, " \t "))
        .isInstanceOf(ValidationException.class)
        .hasMessage("attributes, field age-band: missing value; expected a non-blank value, "
            + "found a blank value")
        .message()
        .doesNotContain("ETH-SECRET", "LA-SECRET", "'F'", "\t");
  }

  @Test
  void validatingOneSubjectReportsAnEpisodeIdUsedTwice() {
    SubjectRecords group = SubjectRecords.of(Fixtures.child().build(),
        List.of(Fixtures.e1().build(), Fixtures.e1().build()),
        List.of(Fixtures.r1().build(), Fixtures.r2().build()));

    List<Problem> problems = VALIDATOR.validate(group);

    assertThat(problems).extracting(Problem::location).containsExactly("episode 'E-0001'");
    assertThat(problems.get(0).type()).isEqualTo(ProblemType.DUPLICATE_CODE);
    // The same wording as the batch's: one wording for an id used twice, wherever it is found.
    List<Problem> inBatch = VALIDATOR.validate(
        Records.of(subjects(), plus(episodes(), Fixtures.e1().build()), reviews()));
    assertThat(problems).isEqualTo(inBatch);
    assertThat(problems.get(0).message()).isEqualTo("episode 'E-0001', field id: duplicate code; "
        + "expected an id used by no other episode, found a second episode with this id");
  }

  @Test
  void aReviewIdUsedTwiceReadsAlikeInABatchAndInAGroup() {
    Review again = Fixtures.r2().id("R-0001").build();
    List<Problem> inBatch = VALIDATOR.validate(
        Records.of(subjects(), episodes(), plus(reviews(), again)));
    List<Problem> inGroup = VALIDATOR.validate(SubjectRecords.of(Fixtures.child().build(),
        List.of(Fixtures.e1().build()),
        List.of(Fixtures.r1().build(), Fixtures.r3().build(), again)));

    assertThat(inBatch).extracting(Problem::message).containsExactly(
        "review 'R-0001', field id: duplicate code; expected an id used by no other review, "
            + "found a second review with this id");
    assertThat(inGroup).extracting(Problem::message).containsExactlyElementsOf(
        inBatch.stream().map(Problem::message).toList());
  }

  @Test
  void theReviewsOfAnEpisodeOfAnUnknownSubjectAreNotReportedAgain() {
    Records records = Records.of(subjects(),
        plus(episodes(), Fixtures.e3().id("E-0099").subject("C-0404").build()),
        plus(plus(reviews(), Fixtures.r7().id("R-0098").episode("E-0099").build()),
            Fixtures.r7().id("R-0099").episode("E-0404").build()));

    List<Problem> problems = VALIDATOR.validate(records);

    // R-0098 is counted in its episode's problem; R-0099's episode is missing altogether.
    assertThat(problems).extracting(Problem::location)
        .containsExactlyInAnyOrder("episode 'E-0099'", "review 'R-0099'");
    assertThat(problems).extracting(Problem::message).noneMatch(m -> m.contains("R-0098"));
  }

  @Test
  void episodesOfOneProgrammeMayFollowEachOtherAndOfTwoMayOverlap() {
    Records records = Records.of(subjects(),
        plus(plus(episodes(),
            // The day after E-0001 ends, in the same programme.
            Fixtures.e1().id("E-0010").start(LocalDate.of(2026, 1, 31))
                .end(LocalDate.of(2026, 3, 1)).build()),
            // During E-0001, in another programme.
            Fixtures.e3().id("E-0011").subject("C-0001").start(LocalDate.of(2025, 5, 1))
                .build()),
        reviews());

    assertThat(VALIDATOR.validate(records)).isEmpty();
  }

  @Test
  void concurrentEpisodesOfOneProgrammeAreValidAndEachKeepsItsReviewsWithinItself() {
    // Issue 13: E-0010 starts while E-0001 is open (a re-referral), E-0011 spans it (a transfer
    // recorded as a second episode): one child, three overlapping episodes of one programme.
    Records records = Records.of(subjects(),
        plus(plus(episodes(), Fixtures.e1().id("E-0010").start(LocalDate.of(2026, 1, 10))
                .end(LocalDate.of(2026, 3, 1)).build()),
            Fixtures.e1().id("E-0011").start(LocalDate.of(2025, 1, 6)).end(AS_OF).build()),
        reviews());

    assertThat(VALIDATOR.validate(records)).isEmpty();

    // A review of E-0010 dated within E-0001 but before E-0010 began is still outside its own
    // episode; an id used by two concurrent episodes is still a duplicate.
    Records outside = Records.of(subjects(), records.episodes(), plus(reviews(),
        Review.builder().id("R-0040").episode("E-0010").kind(ReviewKind.BASELINE)
            .rater(Rater.PRACTITIONER).assessedOn(LocalDate.of(2025, 12, 1)).build()));
    assertThat(VALIDATOR.validate(outside)).extracting(Problem::type, Problem::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            ProblemType.REVIEW_OUTSIDE_EPISODE, "review 'R-0040' of episode 'E-0010'"));
    Records twice = Records.of(subjects(), plus(records.episodes(),
        Fixtures.e1().id("E-0010").start(LocalDate.of(2026, 1, 12)).build()), reviews());
    assertThat(VALIDATOR.validate(twice)).extracting(Problem::type)
        .contains(ProblemType.DUPLICATE_CODE);
  }

  @Test
  void reviewsOnOrAfterTheirRatersBaselineAreNoProblem() {
    Records records = Records.of(subjects(), episodes(), plus(plus(plus(reviews(),
        // On the practitioner's baseline day.
        Review.builder().id("R-0030").episode("E-0001").kind(ReviewKind.REVIEW)
            .rater(Rater.PRACTITIONER).assessedOn(LocalDate.of(2025, 4, 21)).build()),
        // By a rater with no baseline in the episode, before the others' baselines.
        Review.builder().id("R-0031").episode("E-0001").kind(ReviewKind.REVIEW)
            .rater(Rater.JOINT).assessedOn(LocalDate.of(2025, 4, 8)).build()),
        // A second closure, by another rater.
        Fixtures.r3().id("R-0032").rater(Rater.CHILD_OR_YOUNG_PERSON).build()));

    assertThat(VALIDATOR.validate(records)).isEmpty();
  }

  @Test
  void aReviewBetweenTwoBaselinesOfItsRaterIsOnlyASecondBaseline() {
    Records records = withReview(Fixtures.r7().id("R-0033")
        .assessedOn(LocalDate.of(2025, 9, 20)).build());
    Records withReview = Records.of(records.subjects(), records.episodes(),
        plus(records.reviews(), Fixtures.r7().id("R-0034").kind(ReviewKind.REVIEW)
            .assessedOn(LocalDate.of(2025, 9, 10)).build()));

    assertThat(VALIDATOR.validate(withReview)).extracting(Problem::type)
        .containsExactly(ProblemType.DUPLICATE_BASELINE);
  }

  @Test
  void attributesUpToTheAsOfDateAndShortCodesAreNoProblem() {
    Records records = withSubject(Fixtures.child().attributes(Attributes.empty()
        .with(Attributes.AGE_BAND, "16+")
        .with(Attributes.ETHNICITY, "W".repeat(32))
        .with(Attributes.NATION, "W06000015")
        .with(Attributes.LOCAL_AUTHORITY, "LA-1")
        .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", AS_OF)).build());

    assertThat(VALIDATOR.validate(records)).isEmpty();
  }

  @Test
  void anOrdinalRatingByALevelsScoreIsNoProblem() {
    // RISK-CARE's levels none, low, medium, high score 1 to 4.
    Records records = withReview(Fixtures.r1().ratings(List.of(Rating.of("RISK-CARE", 4),
        Rating.of("SCHOOL-ATT", 72.5))).build());

    assertThat(VALIDATOR.validate(records)).isEmpty();
  }

  @Test
  void anEpisodeWithOnlyAnIdLacksEachRequiredField() {
    assertThatThrownBy(() -> Episode.builder().id("E-0009").build())
        .isInstanceOf(MissingValueException.class)
        .hasMessageStartingWith("4 problems:")
        .satisfies(e -> {
          List<Problem> problems = ((MissingValueException) e).problems();
          assertThat(problems).extracting(Problem::location).containsOnly("Episode builder");
          assertThat(problems).extracting(Problem::field)
              .containsExactly("subject", "programme", "localAuthority", "start");
          assertThat(problems).extracting(Problem::type).containsOnly(ProblemType.MISSING_VALUE);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private static Arguments thrown(String name, Class<? extends ValidationException> type,
      ProblemType problemType, Action record, String... words) {
    return argumentSet(name, record, type, problemType, List.of(words));
  }

  private static Arguments invalid(String name, Action record, String... words) {
    String[] all = new String[words.length + 1];
    all[0] = "invalid code";
    System.arraycopy(words, 0, all, 1, words.length);
    return thrown(name, ValidationException.class, ProblemType.INVALID_CODE, record, all);
  }

  private static Arguments missing(String name, Action record, String where) {
    return thrown(name, MissingValueException.class, ProblemType.MISSING_VALUE, record,
        where + ": missing value; expected a value, found none");
  }

  private static Arguments inBatch(String name, Supplier<Records> records,
      ProblemType problemType, String... words) {
    return argumentSet(name, records, problemType, List.of(words));
  }

  /** A case where R-0001 (episode E-0001 of child C-0001, in IFS) has one rating, off scale. */
  private static Arguments offScale(String name, Rating rating, String... words) {
    String[] all = new String[words.length + 2];
    all[0] = "review 'R-0001' of episode 'E-0001', field ratings[0].value";
    all[1] = "value off the scale";
    System.arraycopy(words, 0, all, 2, words.length);
    return inBatch(name,
        () -> withReview(Fixtures.r1().ratings(List.of(rating)).build()),
        ProblemType.VALUE_OFF_SCALE, all);
  }
}
