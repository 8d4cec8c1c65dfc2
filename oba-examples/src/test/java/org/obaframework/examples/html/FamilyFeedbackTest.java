package org.obaframework.examples.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ValidationException;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffEvaluator;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Decision;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.change.Standing;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

class FamilyFeedbackTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  static final OutcomesFramework FRAMEWORK = OutcomesFramework.builder()
      .code("FEEDBACK")
      .name(Label.of("Feedback test"))
      .addServiceAreas(ServiceArea.of("IFS", Label.of("Intensive family support")))
      .addIndicators(
          Indicator.builder().code("SCHOOL-ATT")
              .name(Label.of("School attendance").with(Label.WELSH, "Presenoldeb yn yr ysgol"))
              .definition(Label.of("How often the child goes to school"))
              .scale(NumericScale.of("%", 0, 100)).polarity(Polarity.HIGHER_IS_BETTER)
              .ratedAt(RatedAt.CHILD).addServiceAreas("IFS").build(),
          Indicator.builder().code("TENANCY")
              .name(Label.of("Risk of losing the home"))
              .definition(Label.of("How likely the family is to lose their home"))
              .scale(OrdinalScale.of(List.of(
                  OrdinalLevel.of("none", Label.of("No risk"), 0),
                  OrdinalLevel.of("low", Label.of("Low risk"), 1),
                  OrdinalLevel.of("high", Label.of("High risk <now>"), 2))))
              .polarity(Polarity.LOWER_IS_BETTER)
              .ratedAt(RatedAt.FAMILY).addServiceAreas("IFS").build())
      .addMeasures(PerformanceMeasure.builder().code("ATTENDANCE")
          .name(Label.of("Going to school more often")).quadrant(Quadrant.BETTER_OFF_PERCENT)
          .role(MeasureRole.HEADLINE).countingUnit(CountingUnit.FAMILY)
          .addIndicators("SCHOOL-ATT").build())
      .addProgrammes(Programme.builder().code("IFS").name(Label.of("Intensive family support"))
          .serviceArea("IFS").addIndicators("SCHOOL-ATT", "TENANCY").addMeasures("ATTENDANCE")
          .build())
      .build();

  static final BetterOffMeasure ATTENDANCE = BetterOffMeasure.builder()
      .code("ATTENDANCE").programme("IFS").countingUnit(CountingUnit.FAMILY)
      .addIndicators("SCHOOL-ATT")
      .defaultRule(BetterOffRule.improvedByAtLeast(10))
      .addEligibility(BaselineCondition.worseThan("SCHOOL-ATT", ScaleValue.of(90)))
      .familyRule(FamilyRule.ANY_MEMBER)
      .build();

  static final BetterOffMeasure CHILD_ATTENDANCE = BetterOffMeasure.builder()
      .from(ATTENDANCE).code("CHILD-ATTENDANCE").countingUnit(CountingUnit.CHILD).build();

  static final BetterOffMeasure HOME = BetterOffMeasure.builder()
      .code("HOME").programme("IFS").countingUnit(CountingUnit.FAMILY)
      .addIndicators("TENANCY")
      .defaultRule(BetterOffRule.reaches(ScaleValue.level("low"),
          BetterOffRule.Maintained.COUNTS))
      .familyRule(FamilyRule.FAMILY_INDICATORS)
      .build();

  /**
   * A family: C1's attendance 68 % then 88 %, C2's 96 % then 97 %, C3's 70 % then 74 %; the
   * risk to their home rated high at the start and not yet reviewed.
   */
  static SubjectRecords family() {
    Subject family = Subject.family("F-0001")
        .addMembers(Member.of("F-0001-A1", MemberRole.ADULT),
            Member.of("F-0001-C1", MemberRole.CHILD), Member.of("F-0001-C2", MemberRole.CHILD),
            Member.of("F-0001-C3", MemberRole.CHILD))
        .build();
    Episode episode = Episode.builder().id("E-0001").subject("F-0001").programme("IFS")
        .localAuthority("LA-1").start(LocalDate.of(2025, 4, 7)).build();
    Review baseline = Review.builder().id("R-0001").episode("E-0001")
        .kind(ReviewKind.BASELINE).assessedOn(LocalDate.of(2025, 4, 21)).rater(Rater.JOINT)
        .addRatings(Rating.of("SCHOOL-ATT", 68).about("F-0001-C1"),
            Rating.of("SCHOOL-ATT", 96).about("F-0001-C2"),
            Rating.of("SCHOOL-ATT", 70).about("F-0001-C3"),
            Rating.of("TENANCY", "high"))
        .build();
    Review review = Review.builder().id("R-0002").episode("E-0001")
        .kind(ReviewKind.REVIEW).assessedOn(LocalDate.of(2025, 12, 8)).rater(Rater.JOINT)
        .addRatings(Rating.of("SCHOOL-ATT", 88).about("F-0001-C1"),
            Rating.of("SCHOOL-ATT", 97).about("F-0001-C2"),
            Rating.of("SCHOOL-ATT", 74).about("F-0001-C3"))
        .build();
    return SubjectRecords.of(family, List.of(episode), List.of(baseline, review));
  }

  private static List<Decision> decisions(BetterOffMeasure... measures) {
    List<Decision> all = new ArrayList<>();
    for (BetterOffMeasure measure : measures) {
      all.addAll(BetterOffEvaluator.of(FRAMEWORK, measure).decide(family(), AS_OF));
    }
    return all;
  }

  private static FamilyFeedback feedback() {
    return FamilyFeedback.of(FRAMEWORK)
        .withMeasures(List.of(ATTENDANCE, CHILD_ATTENDANCE, HOME));
  }

  @Test
  void saysWhatWasRatedWhenAndByWhomAndWhatChanged() throws Exception {
    List<Decision> decisions = decisions(ATTENDANCE, HOME);
    assertThat(decisions).extracting(Decision::standing)
        .containsExactly(Standing.BETTER_OFF, Standing.NOT_PAIRED);
    String text = feedback().toText(decisions);
    assertThat(text).isEqualTo(String.join("\n",
        "How things have changed: family F-0001",
        "This is a summary of the ratings made during your support, to talk through together. "
            + "It says what was rated at the start and later, and what has changed. Where "
            + "something has not been looked at again yet, it says so.",
        "",
        "Going to school more often",
        "These ratings were made by you and your practitioner together.",
        "- School attendance for child F-0001-C1: at the start (April 2025) it was 68%. In "
            + "December 2025 it was 88%. This has got better by 20 percentage points. This is the "
            + "change the plan was aiming for.",
        "- School attendance for child F-0001-C3: at the start (April 2025) it was 70%. In "
            + "December 2025 it was 74%. This has got better by 4 percentage points. It is a step "
            + "forward, though not yet as much as the plan is aiming for.",
        "Overall: things have got better, in the way this part of the plan hoped for.",
        "",
        "Risk of losing the home",
        "These ratings were made by you and your practitioner together.",
        "- Risk of losing the home: at the start (April 2025) it was \u201cHigh risk <now>\u201d. "
            + "It has not been reviewed again yet.",
        "Overall: it is too early to say, because this has not been reviewed again yet.",
        ""));
    assertThat(text).doesNotContain("R-0001", "E-0001", "ATTENDANCE", "SCHOOL-ATT",
        "2025-04-21", "NOT_PAIRED", "better off");
    Golden.assertMatches(feedback().toHtml(decisions), "family-feedback.html");
  }

  @Test
  void isHonestAboutChildrenItDoesNotApplyTo() {
    List<Decision> decisions = decisions(CHILD_ATTENDANCE);
    assertThat(decisions).extracting(Decision::unitId)
        .containsExactly("F-0001-C1", "F-0001-C2", "F-0001-C3");
    String text = feedback().toText(decisions);
    // The child-level measure is not one of the framework's performance measures, so its
    // indicators name it.
    assertThat(text).contains("School attendance, for child F-0001-C2\n"
        + "Overall: this part of the plan is for people who needed help with it at the start. "
        + "That was not the case here, so there is no change to measure.\n");
    assertThat(text).contains("School attendance, for child F-0001-C3\n"
        + "These ratings were made by you and your practitioner together.\n"
        + "- School attendance: at the start (April 2025) it was 70%.");
    assertThat(text).contains("Overall: we have not yet seen the change this part of the plan "
        + "is aiming for.");
  }

  @Test
  void writesAnAccessibleSelfContainedPageWithEverythingEscaped() {
    String html = feedback().withLocale(Locale.forLanguageTag("cy"))
        .toHtml(decisions(ATTENDANCE, HOME));
    HtmlReportCardTest.assertNoExternalRequests(html);
    assertThat(html).doesNotContain("<now>").contains("High risk &lt;now&gt;");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("h1").text()).isEqualTo("How things have changed: family F-0001");
    assertThat(doc.select("h2").eachText()).containsExactly("Going to school more often",
        "Risk of losing the home");
    assertThat(doc.select("li strong span[lang=cy]").eachText())
        .containsExactly("Presenoldeb yn yr ysgol", "Presenoldeb yn yr ysgol");
    assertThat(doc.select("p.overall")).hasSize(2);
  }

  @Test
  void saysNothingHasBeenRatedWhenThereIsNoRatingAtAll() {
    SubjectRecords records = family();
    SubjectRecords unrated = SubjectRecords.of(records.subject(), records.episodes(),
        List.of());
    List<Decision> decisions = BetterOffEvaluator.of(FRAMEWORK, HOME).decide(unrated, AS_OF);
    assertThat(feedback().toText(decisions)).contains("Risk of losing the home\n"
        + "- Risk of losing the home: there is no rating from the start of support yet, so we "
        + "cannot say how it has changed.\n"
        + "Overall: it is too early to say, because nothing has been rated for this yet.\n");
  }

  @Test
  void saysWhoseRatingIsMissing() {
    BetterOffMeasure byPractitioner = BetterOffMeasure.builder().from(HOME)
        .pairing(Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER))).build();
    List<Decision> decisions = BetterOffEvaluator.of(FRAMEWORK, byPractitioner)
        .decide(family(), AS_OF);
    assertThat(FamilyFeedback.of(FRAMEWORK).withMeasures(List.of(byPractitioner))
        .toText(decisions)).contains("Risk of losing the home\n"
            + "These ratings were made by your practitioner.\n"
            + "- Risk of losing the home: there is no rating from the start of support yet, so "
            + "we cannot say how it has changed.\n"
            + "Overall: it is too early to say, because nothing has been rated for this yet.\n");
  }

  @Test
  void aLevelKeptThatTheMeasureCountsIsNotCalledAnImprovement() {
    // Low risk at the start and later: better off under HOME (reaching low, kept, counts), but
    // nothing got better, and the family is told so.
    SubjectRecords family = family();
    Review start = Review.builder().id("R-0001").episode("E-0001").kind(ReviewKind.BASELINE)
        .assessedOn(LocalDate.of(2025, 4, 21)).rater(Rater.JOINT)
        .addRatings(Rating.of("TENANCY", "low")).build();
    Review later = Review.builder().id("R-0002").episode("E-0001").kind(ReviewKind.REVIEW)
        .assessedOn(LocalDate.of(2025, 12, 8)).rater(Rater.JOINT)
        .addRatings(Rating.of("TENANCY", "low")).build();
    SubjectRecords kept = SubjectRecords.of(family.subject(), family.episodes(),
        List.of(start, later));
    List<Decision> decisions = BetterOffEvaluator.of(FRAMEWORK, HOME).decide(kept, AS_OF);
    assertThat(decisions).extracting(Decision::standing).containsExactly(Standing.BETTER_OFF);
    String text = feedback().toText(decisions);
    assertThat(text).contains("This has stayed the same, at the level the plan is aiming for.")
        .contains("Overall: things are where this part of the plan hoped they would be.")
        .doesNotContain("got better");
  }

  @Test
  void refusesDecisionsAboutSeveralSubjectsOrNone() {
    SubjectRecords other = SubjectRecords.of(Subject.family("F-0002")
            .addMembers(Member.of("F-0002-C1", MemberRole.CHILD)).build(),
        List.of(Episode.builder().id("E-0002").subject("F-0002").programme("IFS")
            .localAuthority("LA-1").start(LocalDate.of(2025, 5, 1)).build()), List.of());
    List<Decision> mixed = new ArrayList<>(decisions(HOME));
    mixed.addAll(BetterOffEvaluator.of(FRAMEWORK, HOME).decide(other, AS_OF));
    assertThatThrownBy(() -> feedback().toText(mixed))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("family feedback")
        .hasMessageContaining("decisions about one child or family")
        .hasMessageContaining("F-0001, F-0002");
    assertThatThrownBy(() -> feedback().toHtml(List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least one decision");
  }
}
