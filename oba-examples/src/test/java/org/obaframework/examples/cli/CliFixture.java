package org.obaframework.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.obaframework.core.aggregate.BetterOffDefinition;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;

/**
 * A small framework, records and measures for the command-line tests, built through the public
 * API: 30 families in three local authorities (14, 12 and 4 families, so that DfE disclosure
 * control hides the smallest), one episode each, a baseline review and, for most, a later one.
 */
final class CliFixture {
  static final ReportingPeriod PERIOD = ReportingPeriod.financialYear(2025);
  static final int FAMILIES = 30;

  private CliFixture() {}

  static OutcomesFramework framework() {
    Indicator tenancy = Indicator.builder()
        .code("TENANCY-RISK")
        .name(Label.of("Risk of losing the tenancy"))
        .definition(Label.of("How likely the family is to lose its home"))
        .scale(OrdinalScale.of("none", "low", "medium", "high"))
        .polarity(Polarity.LOWER_IS_BETTER)
        .ratedAt(RatedAt.FAMILY)
        .addServiceAreas("FS")
        .build();
    Indicator attendance = Indicator.builder()
        .code("SCHOOL-ATT")
        .name(Label.of("School attendance"))
        .definition(Label.of("How often the child goes to school"))
        .scale(NumericScale.of("%", 0, 100))
        .polarity(Polarity.HIGHER_IS_BETTER)
        .ratedAt(RatedAt.CHILD)
        .addServiceAreas("FS")
        .build();
    return OutcomesFramework.builder()
        .code("CLI-TEST")
        .name(Label.of("Family support (test)"))
        .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")))
        .addIndicators(tenancy, attendance)
        .addProgrammes(Programme.builder().code("FS").name(Label.of("Family support"))
            .serviceArea("FS").addIndicators("TENANCY-RISK", "SCHOOL-ATT")
            .addMeasures("FS-FAMILIES", "FS-CHILDREN", "FS-TENANCY", "FS-ATTENDANCE").build())
        .addMeasures(
            PerformanceMeasure.builder().code("FS-FAMILIES").name(Label.of("Families supported"))
                .quadrant(Quadrant.HOW_MUCH).countingUnit(CountingUnit.FAMILY).build(),
            PerformanceMeasure.builder().code("FS-CHILDREN").name(Label.of("Children supported"))
                .quadrant(Quadrant.HOW_MUCH).countingUnit(CountingUnit.CHILD).build(),
            PerformanceMeasure.builder().code("FS-TENANCY")
                .name(Label.of("Families whose tenancy risk fell"))
                .quadrant(Quadrant.BETTER_OFF_PERCENT).countingUnit(CountingUnit.FAMILY)
                .role(MeasureRole.HEADLINE).addIndicators("TENANCY-RISK").build(),
            PerformanceMeasure.builder().code("FS-ATTENDANCE")
                .name(Label.of("Children whose attendance improved"))
                .quadrant(Quadrant.BETTER_OFF_PERCENT).countingUnit(CountingUnit.CHILD)
                .addIndicators("SCHOOL-ATT").build())
        .build();
  }

  static List<MeasureDefinition> measures() {
    Pairing practitioner = Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER));
    return List.of(
        CountMeasure.of("FS-FAMILIES", Label.of("Families supported"), "FS",
            CountingUnit.FAMILY),
        CountMeasure.of("FS-CHILDREN", Label.of("Children supported"), "FS",
            CountingUnit.CHILD),
        BetterOffDefinition.of(Label.of("Families whose tenancy risk fell"),
            BetterOffMeasure.builder().code("FS-TENANCY").programme("FS")
                .countingUnit(CountingUnit.FAMILY).addIndicators("TENANCY-RISK")
                .pairing(practitioner).build()),
        BetterOffDefinition.of(Label.of("Children whose attendance improved"),
            BetterOffMeasure.builder().code("FS-ATTENDANCE").programme("FS")
                .countingUnit(CountingUnit.CHILD).addIndicators("SCHOOL-ATT")
                .defaultRule(BetterOffRule.improvedByAtLeast(10))
                .addEligibility(BaselineCondition.worseThan("SCHOOL-ATT", ScaleValue.of(90)))
                .pairing(practitioner).build()));
  }

  /** Family i's local authority: 14 in LA-1, 12 in LA-2, 4 in LA-3. */
  static String localAuthority(int i) {
    return i <= 14 ? "LA-1" : i <= 26 ? "LA-2" : "LA-3";
  }

  static Records records() {
    return records(FAMILIES);
  }

  /** Records of {@code families} families; the first {@value #FAMILIES} are {@link #records()}. */
  static Records records(int families) {
    List<Subject> subjects = new ArrayList<>();
    List<Episode> episodes = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    for (int i = 1; i <= families; i++) {
      String id = String.format("F-%04d", i);
      String la = localAuthority(i);
      Subject.Builder family = Subject.family(id)
          .attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, la)
              .with(Attributes.NATION, i <= 26 ? "wales" : "england"))
          .addMembers(Member.of(id + "-A1", MemberRole.ADULT),
              Member.of(id + "-C1", MemberRole.CHILD));
      if (i % 2 == 0) {
        family.addMembers(Member.of(id + "-C2", MemberRole.CHILD));
      }
      subjects.add(family.build());
      // Families after the first FAMILIES start on the same days again, within the period.
      LocalDate start = LocalDate.of(2025, 4, 7).plusDays((i - 1) % FAMILIES * 10L);
      String episode = "E-" + id.substring(2);
      episodes.add(Episode.builder().id(episode).subject(id).programme("FS")
          .localAuthority(la).start(start).build());
      Review.Builder baseline = Review.builder().id("R-" + id.substring(2) + "-1")
          .episode(episode).kind(ReviewKind.BASELINE).assessedOn(start.plusDays(7))
          .rater(Rater.PRACTITIONER)
          .addRatings(Rating.of("TENANCY-RISK", i % 3 == 0 ? "medium" : "high"))
          .addRatings(Rating.of("SCHOOL-ATT", 70 + i % 15).about(id + "-C1"));
      if (i % 2 == 0) {
        baseline.addRatings(Rating.of("SCHOOL-ATT", 95).about(id + "-C2"));
      }
      reviews.add(baseline.build());
      LocalDate later = start.plusDays(60);
      if (!later.isAfter(PERIOD.end())) {
        Review.Builder review = Review.builder().id("R-" + id.substring(2) + "-2")
            .episode(episode).kind(ReviewKind.REVIEW).assessedOn(later)
            .rater(Rater.PRACTITIONER)
            .addRatings(Rating.of("TENANCY-RISK", i % 4 == 0 ? (i % 3 == 0 ? "medium" : "high")
                : "low"))
            .addRatings(Rating.of("SCHOOL-ATT", 70 + i % 15 + (i % 2 == 0 ? 15 : 5))
                .about(id + "-C1"));
        if (i % 2 == 0) {
          review.addRatings(Rating.of("SCHOOL-ATT", 96).about(id + "-C2"));
        }
        reviews.add(review.build());
      }
    }
    return Records.of(subjects, episodes, reviews);
  }

  static DataSet dataSet() {
    Records records = records();
    return new DataSet("test data", framework(), records::groups, measures(), PERIOD);
  }
}
