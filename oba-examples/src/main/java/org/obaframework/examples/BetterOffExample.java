package org.obaframework.examples;

import java.time.LocalDate;
import java.util.List;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffEvaluator;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Decision;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
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

/**
 * "Is anyone better off?" for one family: school attendance improved by at least 10 points, among
 * families with a child whose attendance was below 90 % at the baseline review, with the
 * explanation a practitioner could share with the family.
 */
public final class BetterOffExample {
  private BetterOffExample() {}

  /**
   * Decides the measure for one family and returns the explanation.
   *
   * @return the decision and its explanation
   */
  public static String run() {
    Indicator attendance = Indicator.builder()
        .code("SCHOOL-ATT")
        .name(Label.of("School attendance").with(Label.WELSH, "Presenoldeb yn yr ysgol"))
        .definition(Label.of("How often the child goes to school"))
        .scale(NumericScale.of("%", 0, 100))
        .polarity(Polarity.HIGHER_IS_BETTER)
        .ratedAt(RatedAt.CHILD)
        .addServiceAreas("IFS")
        .build();
    OutcomesFramework framework = OutcomesFramework.builder()
        .code("DEMO")
        .name(Label.of("Demo framework"))
        .addServiceAreas(ServiceArea.of("IFS", Label.of("Intensive family support")))
        .addIndicators(attendance)
        .addProgrammes(Programme.builder().code("IFS").name(Label.of("Intensive family support"))
            .serviceArea("IFS").addIndicators("SCHOOL-ATT").build())
        .build();
    BetterOffMeasure measure = BetterOffMeasure.builder()
        .code("IFS-ATTENDANCE")
        .programme("IFS")
        .countingUnit(CountingUnit.FAMILY)
        .addIndicators("SCHOOL-ATT")
        .defaultRule(BetterOffRule.improvedByAtLeast(10))
        .addEligibility(BaselineCondition.worseThan("SCHOOL-ATT", ScaleValue.of(90)))
        .familyRule(FamilyRule.ANY_MEMBER)
        .build();

    Subject family = Subject.family("F-0001")
        .addMembers(Member.of("F-0001-A1", MemberRole.ADULT),
            Member.of("F-0001-C1", MemberRole.CHILD), Member.of("F-0001-C2", MemberRole.CHILD))
        .build();
    Episode episode = Episode.builder().id("E-0001").subject("F-0001").programme("IFS")
        .localAuthority("LA-1").start(LocalDate.of(2025, 4, 7)).build();
    Review baseline = Review.builder().id("R-0001").episode("E-0001")
        .kind(ReviewKind.BASELINE).assessedOn(LocalDate.of(2025, 4, 21)).rater(Rater.JOINT)
        .addRatings(Rating.of("SCHOOL-ATT", 68).about("F-0001-C1"),
            Rating.of("SCHOOL-ATT", 96).about("F-0001-C2"))
        .build();
    Review review = Review.builder().id("R-0002").episode("E-0001")
        .kind(ReviewKind.REVIEW).assessedOn(LocalDate.of(2025, 12, 8)).rater(Rater.JOINT)
        .addRatings(Rating.of("SCHOOL-ATT", 88).about("F-0001-C1"),
            Rating.of("SCHOOL-ATT", 97).about("F-0001-C2"))
        .build();

    List<Decision> decisions = BetterOffEvaluator.of(framework, measure).decide(
        SubjectRecords.of(family, List.of(episode), List.of(baseline, review)),
        LocalDate.of(2026, 3, 31));
    StringBuilder out = new StringBuilder();
    for (Decision decision : decisions) {
      out.append(decision).append('\n').append(decision.explain()).append('\n');
    }
    return out.toString();
  }

  /**
   * Prints {@link #run()}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
