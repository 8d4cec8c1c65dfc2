package org.obaframework.core.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;

/** A small framework and record builders shared by the change tests. */
final class Fixtures {
  static final Indicator RISK = indicator("RISK", OrdinalScale.of("none", "low", "medium", "high"),
      Polarity.LOWER_IS_BETTER, RatedAt.CHILD);
  static final Indicator GBO = indicator("GBO", NumericScale.wholeNumbers("points", 0, 10),
      Polarity.HIGHER_IS_BETTER, RatedAt.CHILD);
  static final Indicator CONDUCT = indicator("SDQ-CONDUCT",
      NumericScale.wholeNumbers("points", 0, 10), Polarity.LOWER_IS_BETTER, RatedAt.CHILD);
  static final Indicator CGAS = indicator("CGAS", NumericScale.wholeNumbers("points", 1, 100),
      Polarity.HIGHER_IS_BETTER, RatedAt.CHILD);
  static final Indicator EVICTED = indicator("EVICTED", BinaryScale.YES_NO,
      Polarity.LOWER_IS_BETTER, RatedAt.FAMILY);
  static final Indicator TENANCY = indicator("TENANCY",
      OrdinalScale.of("none", "low", "medium", "high"), Polarity.LOWER_IS_BETTER, RatedAt.FAMILY);
  static final Indicator STRESS = indicator("STRESS", NumericScale.wholeNumbers("points", 0, 40),
      Polarity.LOWER_IS_BETTER, RatedAt.ADULT);

  static final OutcomesFramework FRAMEWORK = OutcomesFramework.builder()
      .code("TEST")
      .name(Label.of("Test framework"))
      .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")))
      .addIndicators(RISK, GBO, CONDUCT, CGAS, EVICTED, TENANCY, STRESS)
      .addProgrammes(Programme.builder().code("CHILD-P").name(Label.of("Child programme"))
          .serviceArea("FS").addIndicators("RISK", "GBO").build())
      .addProgrammes(Programme.builder().code("FAMILY-P").name(Label.of("Family programme"))
          .serviceArea("FS").addIndicators("TENANCY", "RISK", "STRESS").build())
      .build();

  static final LocalDate START = LocalDate.of(2025, 4, 7);
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  private Fixtures() {}

  static Indicator indicator(String code, Scale scale, Polarity polarity, RatedAt ratedAt) {
    return Indicator.builder()
        .code(code)
        .name(Label.of(code))
        .definition(Label.of("Definition of " + code))
        .scale(scale)
        .polarity(polarity)
        .ratedAt(ratedAt)
        .addServiceAreas("FS")
        .build();
  }

  static Episode.Builder episode(String id, String subject, String programme) {
    return Episode.builder().id(id).subject(subject).programme(programme).localAuthority("LA-1")
        .start(START);
  }

  static Review review(String id, String episode, ReviewKind kind, LocalDate on, Rater rater,
      Rating... ratings) {
    return Review.builder().id(id).episode(episode).kind(kind).assessedOn(on).rater(rater)
        .addRatings(ratings).build();
  }

  static LocalDate day(int daysAfterStart) {
    return START.plusDays(daysAfterStart);
  }

  /** A paired change of one indicator from one value to another, 90 days apart. */
  static Change change(Indicator indicator, ScaleValue from, ScaleValue to) {
    return Change.builder()
        .subject("C-1").episode("E-1").indicator(indicator).rater(Rater.PRACTITIONER)
        .startReview("R-1").startDate(day(0)).startValue(from)
        .endReview("R-2").endDate(day(90)).endValue(to)
        .build();
  }

  static Change change(Indicator indicator, double from, double to) {
    return change(indicator, ScaleValue.of(from), ScaleValue.of(to));
  }

  static Change change(Indicator indicator, String from, String to) {
    return change(indicator, ScaleValue.level(from), ScaleValue.level(to));
  }

  /** A change that was not paired, for want of a later review. */
  static Change unpaired(Indicator indicator, ScaleValue from) {
    return Change.builder()
        .subject("C-1").episode("E-1").indicator(indicator).rater(Rater.PRACTITIONER)
        .startReview("R-1").startDate(day(0)).startValue(from)
        .reason(UnpairedReason.NO_LATER_REVIEW)
        .build();
  }

  static List<Review> list(Review... reviews) {
    return List.of(reviews);
  }

  static Optional<String> self() {
    return Optional.empty();
  }
}
