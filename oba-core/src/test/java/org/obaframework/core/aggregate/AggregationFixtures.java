package org.obaframework.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.obaframework.core.change.BaselineCondition;
import org.obaframework.core.change.BetterOffMeasure;
import org.obaframework.core.change.BetterOffRule;
import org.obaframework.core.change.FamilyRule;
import org.obaframework.core.change.Pairing;
import org.obaframework.core.change.RaterChoice;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.DeliveryModel;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ServiceOutput;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

/** A small intensive family support framework, measures and families for aggregation tests. */
final class AggregationFixtures {
  static final LocalDate START = LocalDate.of(2025, 4, 7);
  static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2025);
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  static final OutcomesFramework FRAMEWORK = OutcomesFramework.builder()
      .code("IFS-TEST")
      .name(Label.of("Intensive family support"))
      .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")))
      .addIndicators(
          indicator("TENANCY", OrdinalScale.of("none", "low", "medium", "high"),
              Polarity.LOWER_IS_BETTER, RatedAt.FAMILY),
          indicator("EVICTED", BinaryScale.YES_NO, Polarity.LOWER_IS_BETTER, RatedAt.FAMILY),
          indicator("ATT", NumericScale.of("%", 0, 100), Polarity.HIGHER_IS_BETTER,
              RatedAt.CHILD))
      .addProgrammes(Programme.builder().code("IFS").name(Label.of("IFS")).serviceArea("FS")
          .addIndicators("TENANCY", "EVICTED", "ATT")
          .addDeliveryModels(DeliveryModel.of("EXISTING", Label.of("Existing tenancy")),
              DeliveryModel.of("RESIDENTIAL", Label.of("Residential unit")))
          .build())
      .addServiceOutputs(ServiceOutput.of("RES", Label.of("Residential support")))
      .build();

  static final BetterOffMeasure STABLE = BetterOffMeasure.builder()
      .code("STABLE").programme("IFS").countingUnit(CountingUnit.FAMILY)
      .addIndicators("TENANCY")
      .defaultRule(BetterOffRule.reaches(ScaleValue.level("low"),
          BetterOffRule.Maintained.COUNTS))
      .familyRule(FamilyRule.FAMILY_INDICATORS)
      .pairing(Pairing.latest().withRaters(RaterChoice.only(Rater.PRACTITIONER)))
      .build();

  static final List<MeasureDefinition> MEASURES = List.of(
      BaselineProfile.of("EVICTED-AT-START", Label.of("Families already evicted"), "IFS",
          CountingUnit.FAMILY, BaselineCondition.is("EVICTED", true)),
      CountMeasure.of("FAMILIES", Label.of("Families supported"), "IFS", CountingUnit.FAMILY),
      CountMeasure.of("CHILDREN", Label.of("Children supported"), "IFS", CountingUnit.CHILD),
      CountMeasure.of("ADULTS", Label.of("Adults supported"), "IFS", CountingUnit.ADULT),
      CountMeasure.of("EPISODES", Label.of("Episodes"), "IFS", CountingUnit.EPISODE),
      CountMeasure.ofOutput("RESIDENTIAL", Label.of("Families given residential support"),
          "IFS", CountingUnit.FAMILY, "RES"),
      ProcessMeasure.of("BASELINE-4W", Label.of("Baseline review within 4 weeks"), "IFS",
          ProcessCondition.baselineWithin(28)),
      BetterOffDefinition.of(Label.of("Families with a stable tenancy"), STABLE));

  private AggregationFixtures() {}

  static Indicator indicator(String code, org.obaframework.core.framework.Scale scale,
      Polarity polarity, RatedAt ratedAt) {
    return Indicator.builder().code(code).name(Label.of(code)).definition(Label.of(code))
        .scale(scale).polarity(polarity).ratedAt(ratedAt).addServiceAreas("FS").build();
  }

  static Evaluation.Builder evaluation() {
    return Evaluation.builder().framework(FRAMEWORK).period(YEAR).asOf(AS_OF)
        .measures(MEASURES);
  }

  /**
   * A family of {@code children} children and one adult in one local authority, with a
   * baseline and a later tenancy risk.
   */
  static SubjectRecords family(String id, String localAuthority, int children, String from,
      String to, boolean evicted, int baselineDay) {
    Subject.Builder subject = Subject.family(id).addMembers(Member.of(id + "-A1",
        MemberRole.ADULT));
    for (int c = 1; c <= children; c++) {
      subject.addMembers(Member.of(id + "-C" + c, MemberRole.CHILD));
    }
    Episode episode = Episode.builder().id("E-" + id).subject(id).programme("IFS")
        .localAuthority(localAuthority).start(START).build();
    List<Review> reviews = new ArrayList<>();
    reviews.add(review("R-" + id + "-1", episode.id(), ReviewKind.BASELINE,
        START.plusDays(baselineDay), Rating.of("TENANCY", from), Rating.of("EVICTED", evicted)));
    reviews.add(review("R-" + id + "-2", episode.id(), ReviewKind.REVIEW, START.plusDays(200),
        Rating.of("TENANCY", to)));
    return SubjectRecords.of(subject.build(), List.of(episode), reviews);
  }

  static Review review(String id, String episode, ReviewKind kind, LocalDate on,
      Rating... ratings) {
    return Review.builder().id(id).episode(episode).kind(kind).assessedOn(on)
        .rater(Rater.PRACTITIONER).addRatings(ratings).build();
  }
}
