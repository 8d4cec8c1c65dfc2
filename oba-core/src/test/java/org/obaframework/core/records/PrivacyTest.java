package org.obaframework.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Fixtures;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.framework.ExternalFramework;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.framework.ExternalOutcome;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Programme;

/**
 * No value type of the records prints a subject's attribute values, a rated value or free text:
 * only pseudonymous ids, codes of the framework, dates, kinds and counts. No message quotes a
 * malformed id or attribute value (either may be a name), and no definition of the framework
 * prints its definitions, descriptions or sources.
 */
class PrivacyTest {
  private static final String SEX = "F";
  private static final String LOCAL_AUTHORITY = "LA-SECRET";
  private static final String MOVED_TO = "LA-SECRET-MOVED";
  private static final String ETHNICITY = "ETH-SECRET";
  private static final String MEMBER_ETHNICITY = "ETH-MEMBER-SECRET";
  private static final String AGE_BAND = "AGE-SECRET";
  private static final String LEVEL = "high-secret-level";
  private static final double NUMBER = 73.25;

  /** Every secret but the sex, which is a single letter and checked as a token. */
  private static final String[] SECRETS = {LOCAL_AUTHORITY, MOVED_TO, ETHNICITY,
      MEMBER_ETHNICITY, AGE_BAND, LEVEL, "73.25", "73,25"};

  private final Attributes attributes = Attributes.empty()
      .with(Attributes.SEX, SEX)
      .with(Attributes.LOCAL_AUTHORITY, LOCAL_AUTHORITY)
      .with(Attributes.ETHNICITY, ETHNICITY)
      .withChange(Attributes.LOCAL_AUTHORITY, MOVED_TO, LocalDate.of(2025, 9, 1));
  private final Member adult = Member.of("F-0001-A1", MemberRole.ADULT,
      Attributes.empty().with(Attributes.SEX, SEX).with(Attributes.ETHNICITY, MEMBER_ETHNICITY));
  private final Member child = Member.of("F-0001-C1", MemberRole.CHILD,
      Attributes.empty().with(Attributes.AGE_BAND, AGE_BAND).with(Attributes.SEX, SEX));
  private final Subject childSubject = Subject.child("C-0001").attributes(attributes).build();
  private final Subject family = Subject.family("F-0001")
      .attributes(attributes)
      .addMembers(adult, child)
      .build();
  private final Episode episode = Episode.builder()
      .id("E-0001")
      .subject("F-0001")
      .programme("IFS")
      .localAuthority("LA-1")
      .deliveryModel("RESIDENTIAL")
      .start(LocalDate.of(2025, 4, 7))
      .end(LocalDate.of(2026, 1, 30))
      .closureReason(ClosureReason.PLANNED)
      .addServiceOutputs("RES-SUPPORT")
      .build();
  private final Rating levelRating = Rating.of("RISK-CARE", LEVEL).about("F-0001-C1");
  private final Rating numberRating = Rating.of("SCHOOL-ATT", NUMBER).about("F-0001-C1");
  private final Rating flagRating = Rating.of("EVICTED", true);
  private final Review review = Review.builder()
      .id("R-0001")
      .episode("E-0001")
      .kind(ReviewKind.BASELINE)
      .assessedOn(LocalDate.of(2025, 4, 21))
      .rater(Rater.JOINT)
      .addRatings(levelRating, numberRating, flagRating)
      .build();

  @Test
  void attributesPrintNamesOnly() {
    assertPrivate(attributes.toString())
        .isEqualTo("Attributes[sex, local-authority, ethnicity]");
  }

  @Test
  void attributeChangePrintsItsDateOnly() {
    List<Attributes.Change> history = attributes.history(Attributes.LOCAL_AUTHORITY);

    assertThat(history).hasSize(2);
    assertPrivate(history.get(0).toString()).isEqualTo("Change[always]");
    assertPrivate(history.get(1).toString()).isEqualTo("Change[2025-09-01]");
  }

  @Test
  void memberPrintsIdRoleAndAttributeNames() {
    assertPrivate(adult.toString()).contains("F-0001-A1", "ADULT", "ethnicity");
    assertPrivate(child.toString()).contains("F-0001-C1", "CHILD", "age-band");
  }

  @Test
  void childSubjectPrintsIdAndAttributeNames() {
    assertPrivate(childSubject.toString()).contains("C-0001", "CHILD", "local-authority");
  }

  @Test
  void familySubjectPrintsIdAndMemberCountButNotMembersAttributes() {
    assertPrivate(family.toString()).contains("F-0001", "FAMILY", "2 members");
  }

  @Test
  void episodePrintsIdsAndCodes() {
    assertPrivate(episode.toString()).contains("E-0001", "F-0001", "IFS");
  }

  @Test
  void episodeDoesNotPrintTheLocalAuthority() {
    Episode inSubjectsAuthority = Episode.builder()
        .from(episode)
        .localAuthority(LOCAL_AUTHORITY)
        .build();

    assertPrivate(inSubjectsAuthority.toString()).contains("E-0001");
  }

  @Test
  void ratingsPrintIndicatorMemberAndStatusButNoValue() {
    assertPrivate(levelRating.toString()).isEqualTo("Rating[RISK-CARE about F-0001-C1, RATED]");
    assertPrivate(numberRating.toString()).isEqualTo("Rating[SCHOOL-ATT about F-0001-C1, RATED]");
    assertPrivate(flagRating.toString()).isEqualTo("Rating[EVICTED, RATED]")
        .doesNotContain("yes", "true");
  }

  @Test
  void reviewPrintsIdsDatesRaterAndCountButNoRatings() {
    assertPrivate(review.toString()).contains("R-0001", "E-0001", "BASELINE", "3 ratings")
        .doesNotContain("RISK-CARE", "yes", "true");
  }

  @Test
  void subjectRecordsPrintIdAndCounts() {
    SubjectRecords group = SubjectRecords.of(family, List.of(episode), List.of(review));

    assertPrivate(group.toString()).isEqualTo("SubjectRecords[F-0001: 1 episode, 1 review]");
  }

  @Test
  void recordsPrintCounts() {
    Records records = Records.of(List.of(childSubject, family), List.of(episode),
        List.of(review));

    assertPrivate(records.toString()).isEqualTo("Records[2 subjects, 1 episode, 1 review]");
  }

  @Test
  void blankAttributeValueMessageQuotesNoAttributeValue() {
    assertThatThrownBy(() -> attributes.with(Attributes.AGE_BAND, "   "))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertPrivate(e.getMessage()).contains("age-band", "a blank value"));
    assertThatThrownBy(() -> adult.attributes().with(Attributes.ETHNICITY, ""))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertPrivate(e.getMessage()).contains("ethnicity", "a blank value"));
  }

  @Test
  void attributeChangeOutOfOrderMessageQuotesNoAttributeValue() {
    assertThatThrownBy(() -> attributes.withChange(Attributes.LOCAL_AUTHORITY, "LA-SECRET-EARLIER",
            LocalDate.of(2025, 8, 1)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertPrivate(e.getMessage())
            .contains("local-authority", "a date 31 days before the previous change")
            .doesNotContain("2025-09-01", "2025-08-01")
            .doesNotContain("LA-SECRET-EARLIER"));
  }

  @Test
  void validationProblemsOtherThanOffScaleQuoteNoRatedValue() {
    // The child's episode E-0001 is in IFS; RC-STABLE belongs to RES, and R-0001 already rates
    // RISK-CARE; EVICTED is a family indicator: each of these problems concerns a rated value.
    Review corrupted = Fixtures.r1()
        .addRatings(Rating.of("RC-STABLE", true), Rating.of("RISK-CARE", LEVEL),
            Rating.of("EVICTED", false))
        .build();
    List<Problem> problems = RecordValidator.of(Fixtures.framework(), Fixtures.AS_OF)
        .validate(Fixtures.withReview(corrupted));

    // A value off the scale is quoted as what was found ("found 'high-secret-level'"), so those
    // problems are left out here.
    assertThat(problems).extracting(Problem::type).containsExactly(
        ProblemType.INDICATOR_NOT_IN_PROGRAMME, ProblemType.DUPLICATE_RATING,
        ProblemType.VALUE_OFF_SCALE, ProblemType.WRONG_LEVEL);
    problems.stream()
        .filter(p -> !p.field().endsWith(".value"))
        .forEach(p -> assertPrivate(p.message()).doesNotContain("yes", "no'"));
  }

  // ---------------------------------------------------------------------------------------------
  // Malformed ids and attribute values that may be names

  @Test
  void aMalformedIdThatIsANameNeverAppearsInTheMessage() {
    List<ThrowingCallable> uses = List.of(
        () -> Subject.child("Jane Smith").build(),
        () -> Subject.family("Jane Smith").build(),
        () -> Member.of("Jane Smith", MemberRole.CHILD),
        () -> Fixtures.e1().subject("Jane Smith").build(),
        () -> Fixtures.e1().id("Jane Smith").build(),
        () -> Fixtures.r1().id("Jane Smith").build(),
        () -> Rating.of("SDQ", 12).about("Jane Smith"),
        () -> Subject.child("Jane Smith, 12 Acacia Avenue, Cardiff CF10 1AA" + "x".repeat(90))
            .build());
    for (ThrowingCallable use : uses) {
      assertThatThrownBy(use)
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(e.getMessage())
              .contains("found an id of")
              .doesNotContain("Jane", "Smith", "Acacia", "CF10"))
          .satisfies(e -> assertThat(((ValidationException) e).problems())
              .allSatisfy(p -> assertThat(p.found()).doesNotContain("Jane", "Smith")));
    }
  }

  @Test
  void anAttributeValueThatIsFreeTextIsRejectedWithoutQuotingIt() {
    String value = "Jane Smith lives here";
    List<ThrowingCallable> uses = List.of(
        () -> attributes.with(Attributes.ETHNICITY, value),
        () -> attributes.withChange(Attributes.ETHNICITY, value, LocalDate.of(2025, 10, 1)),
        () -> Attributes.empty().with(Attributes.SEX, value),
        () -> Member.of("F-0001-C3", MemberRole.CHILD, Attributes.empty()
            .with(Attributes.AGE_BAND, "Jane is 7")));
    for (ThrowingCallable use : uses) {
      assertThatThrownBy(use)
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).type())
              .isEqualTo(ProblemType.INVALID_CODE))
          .satisfies(e -> assertPrivate(e.getMessage())
              .contains("that is not a code")
              .doesNotContain("Jane", "Smith", "lives", "is 7"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Definitions: summaries never print definitions, descriptions or sources

  private static final String[] FREE_TEXT = {
      "How likely the child is to come into care", "Risk of entering care", "Risg o fynd",
      "Sessions attended", "How often the child attends", "Total difficulties score",
      "Intensive family support", "Support in an existing tenancy", "Residential unit",
      "Children whose difficulties eased", "Families served", "SECRET DESCRIPTION",
      "Local council, 2025", "Local plan", "Children are safe", "Getting it right",
      "Test outcomes framework", "Fframwaith prawf"};

  @Test
  void definitionsPrintNoDefinitionDescriptionOrSource() {
    Indicator riskCare = Fixtures.riskCare()
        .technicalDefinition(Label.of("SECRET DESCRIPTION of the method")).build();
    Indicator attendance = Fixtures.schoolAttendance().build();
    Programme ifs = Fixtures.ifs().build();
    PerformanceMeasure sdq = Fixtures.sdqDevelopment()
        .description(Label.of("SECRET DESCRIPTION of the measure")).build();
    ExternalFramework local = ExternalFramework.builder().code("LOCAL")
        .name(Label.of("Local plan")).source("Local council, 2025")
        .addOutcomes(ExternalOutcome.of("SAFE", Label.of("Children are safe"))).build();
    OutcomesFramework framework = Fixtures.framework();

    assertThat(riskCare.toString()).contains("RISK-CARE").doesNotContain(FREE_TEXT);
    assertThat(attendance.toString()).contains("SCHOOL-ATT").doesNotContain(FREE_TEXT);
    assertThat(ifs.toString()).contains("IFS").doesNotContain(FREE_TEXT);
    assertThat(sdq.toString()).contains("IFS-SDQ").doesNotContain(FREE_TEXT);
    assertThat(local.toString()).contains("LOCAL").doesNotContain(FREE_TEXT);
    assertThat(ExternalFrameworks.SHANARRI.toString()).contains("SHANARRI")
        .doesNotContain(FREE_TEXT);
    assertThat(framework.toString()).contains("TEST-FW").doesNotContain(FREE_TEXT);
    for (Object part : List.of(framework.indicators(), framework.programmes(),
        framework.measures(), framework.externalFrameworks())) {
      assertThat(part.toString()).doesNotContain(FREE_TEXT);
    }
  }

  /** Asserts the text holds no secret, nor the sex as a token; returns an assert for more. */
  private static AbstractStringAssert<?> assertPrivate(String text) {
    return assertThat(text)
        .doesNotContain(SECRETS)
        .doesNotContainPattern("(?<![\\w-])" + SEX + "(?![\\w-])");
  }
}
