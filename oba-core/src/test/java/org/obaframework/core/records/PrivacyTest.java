package org.obaframework.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Fixtures;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

/**
 * No value type of the records prints a subject's attribute values, a rated value or free text:
 * only pseudonymous ids, codes of the framework, dates, kinds and counts.
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
      .with(Attributes.LOCAL_AUTHORITY, MOVED_TO, LocalDate.of(2025, 9, 1));
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

    assertPrivate(group.toString()).isEqualTo("SubjectRecords[F-0001: 1 episodes, 1 reviews]");
  }

  @Test
  void recordsPrintCounts() {
    Records records = Records.of(List.of(childSubject, family), List.of(episode),
        List.of(review));

    assertPrivate(records.toString()).isEqualTo("Records[2 subjects, 1 episodes, 1 reviews]");
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
    assertThatThrownBy(() -> attributes.with(Attributes.LOCAL_AUTHORITY, "LA-SECRET-EARLIER",
            LocalDate.of(2025, 8, 1)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertPrivate(e.getMessage())
            .contains("local-authority", "2025-09-01", "2025-08-01")
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

  /** Asserts the text holds no secret, nor the sex as a token; returns an assert for more. */
  private static AbstractStringAssert<?> assertPrivate(String text) {
    return assertThat(text)
        .doesNotContain(SECRETS)
        .doesNotContainPattern("(?<![\\w-])" + SEX + "(?![\\w-])");
  }
}
