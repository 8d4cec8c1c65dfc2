package org.obaframework.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.DeliveryModel;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomeRef;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ServiceOutput;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
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
 * One small, valid framework and one small, valid batch of records that fits it, for tests to
 * corrupt at one point.
 *
 * <p>The framework {@code TEST-FW} has two service areas (FS, RC), six indicators, two programmes
 * (IFS in FS, RES in RC), four measures, two service outputs and the four UK nations' external
 * frameworks. The records are three subjects (children C-0001 and C-0002, family F-0001 with an
 * adult and two children), three episodes and seven reviews, valid as of {@link #AS_OF}.
 *
 * <p>Every method returns fresh builders or values, so tests may change what they get.
 */
public final class Fixtures {
  /** The code of the fixture framework. */
  public static final String FRAMEWORK = "TEST-FW";
  /** The as-of date the fixture records are valid at. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  private Fixtures() {}

  // ---------------------------------------------------------------------------------------------
  // The framework
  // ---------------------------------------------------------------------------------------------

  /** Returns the fixture framework. */
  public static OutcomesFramework framework() {
    return frameworkBuilder().build();
  }

  /** Returns a builder holding every part of the fixture framework. */
  public static OutcomesFramework.Builder frameworkBuilder() {
    return OutcomesFramework.builder()
        .code(FRAMEWORK)
        .name(Label.of("Test outcomes framework").with(Label.WELSH, "Fframwaith prawf"))
        .serviceAreas(serviceAreas())
        .indicators(indicators())
        .programmes(programmes())
        .measures(measures())
        .serviceOutputs(serviceOutputs())
        .externalFrameworks(ExternalFrameworks.ukNations());
  }

  /** Returns the service areas: FS and RC. */
  public static List<ServiceArea> serviceAreas() {
    return List.of(
        ServiceArea.of("FS", Label.of("Family support")),
        ServiceArea.of("RC", Label.of("Residential care")));
  }

  /** Returns the service outputs: RES-SUPPORT and FAMILY-SESSIONS. */
  public static List<ServiceOutput> serviceOutputs() {
    return List.of(
        ServiceOutput.of("RES-SUPPORT", Label.of("Residential support")),
        ServiceOutput.of("FAMILY-SESSIONS", Label.of("Family sessions")));
  }

  /** Returns the indicators, in the framework's order. */
  public static List<Indicator> indicators() {
    return List.of(
        riskCare().build(),
        schoolAttendance().build(),
        sdq().build(),
        evicted().build(),
        parentWellBeing().build(),
        placementStable().build());
  }

  /** RISK-CARE: ordinal none, low, medium, high; lower is better; child; FS. */
  public static Indicator.Builder riskCare() {
    return Indicator.builder()
        .code("RISK-CARE")
        .name(Label.of("Risk of entering care").with(Label.WELSH, "Risg o fynd i ofal"))
        .definition(Label.of("How likely the child is to come into care"))
        .scale(OrdinalScale.of("none", "low", "medium", "high"))
        .polarity(Polarity.LOWER_IS_BETTER)
        .ratedAt(RatedAt.CHILD)
        .addServiceAreas("FS")
        .addOutcomes(ExternalFrameworks.SHANARRI.ref("SAFE"))
        .addOutcomes(ExternalFrameworks.EVERY_CHILD_MATTERS.ref("STAY-SAFE"));
  }

  /** SCHOOL-ATT: numeric 0 to 100 %; higher is better; child; FS and RC. */
  public static Indicator.Builder schoolAttendance() {
    return Indicator.builder()
        .code("SCHOOL-ATT")
        .name(Label.of("School attendance"))
        .definition(Label.of("How often the child attends school"))
        .technicalDefinition(Label.of("Sessions attended / possible sessions, last half term"))
        .scale(NumericScale.of("%", 0, 100))
        .polarity(Polarity.HIGHER_IS_BETTER)
        .ratedAt(RatedAt.CHILD)
        .addServiceAreas("FS", "RC")
        .addOutcomes(ExternalFrameworks.SHANARRI.ref("ACHIEVING"));
  }

  /** SDQ: whole numbers 0 to 40 points; lower is better; child; FS. */
  public static Indicator.Builder sdq() {
    return Indicator.builder()
        .code("SDQ")
        .name(Label.of("Strengths and difficulties"))
        .definition(Label.of("Total difficulties score"))
        .scale(NumericScale.wholeNumbers("points", 0, 40))
        .polarity(Polarity.LOWER_IS_BETTER)
        .addServiceAreas("FS")
        .addOutcomes(ExternalFrameworks.SHANARRI.ref("HEALTHY"));
  }

  /** EVICTED: binary; lower is better; family; FS. */
  public static Indicator.Builder evicted() {
    return Indicator.builder()
        .code("EVICTED")
        .name(Label.of("Already evicted"))
        .definition(Label.of("The family has been evicted"))
        .scale(BinaryScale.of(Label.of("Evicted"), Label.of("Not evicted")))
        .polarity(Polarity.LOWER_IS_BETTER)
        .ratedAt(RatedAt.FAMILY)
        .addServiceAreas("FS")
        .addOutcomes(OutcomeRef.of("SHANARRI", "NURTURED"));
  }

  /** PARENT-WB: ordinal low, fair, good; higher is better; adult; FS. */
  public static Indicator.Builder parentWellBeing() {
    return Indicator.builder()
        .code("PARENT-WB")
        .name(Label.of("Parent's well-being"))
        .definition(Label.of("How well the parent is coping"))
        .scale(OrdinalScale.of("low", "fair", "good"))
        .polarity(Polarity.HIGHER_IS_BETTER)
        .ratedAt(RatedAt.ADULT)
        .addServiceAreas("FS");
  }

  /** RC-STABLE: binary yes/no; higher is better; child; RC. */
  public static Indicator.Builder placementStable() {
    return Indicator.builder()
        .code("RC-STABLE")
        .name(Label.of("Stable placement"))
        .definition(Label.of("The child has stayed in one placement"))
        .scale(BinaryScale.YES_NO)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .addServiceAreas("RC")
        .addOutcomes(ExternalFrameworks.SHANARRI.ref("SAFE"));
  }

  /** Returns the programmes: IFS and RES. */
  public static List<Programme> programmes() {
    return List.of(ifs().build(), res().build());
  }

  /** IFS: intensive family support, in FS, with two delivery models and three measures. */
  public static Programme.Builder ifs() {
    return Programme.builder()
        .code("IFS")
        .name(Label.of("Intensive family support"))
        .serviceArea("FS")
        .addIndicators("RISK-CARE", "SCHOOL-ATT", "SDQ", "EVICTED", "PARENT-WB")
        .addDeliveryModels(
            DeliveryModel.of("EXISTING", Label.of("Support in an existing tenancy")),
            DeliveryModel.of("RESIDENTIAL", Label.of("Residential unit")))
        .addMeasures("IFS-FAMILIES", "IFS-RISK-DOWN", "IFS-SDQ");
  }

  /** RES: residential care, in RC, with one measure. */
  public static Programme.Builder res() {
    return Programme.builder()
        .code("RES")
        .name(Label.of("Residential care"))
        .serviceArea("RC")
        .addIndicators("SCHOOL-ATT", "RC-STABLE")
        .addMeasures("RES-STABLE");
  }

  /** Returns the measures. */
  public static List<PerformanceMeasure> measures() {
    return List.of(
        familiesServed().build(),
        PerformanceMeasure.builder()
            .code("IFS-RISK-DOWN")
            .name(Label.of("Children whose risk of entering care fell"))
            .quadrant(Quadrant.BETTER_OFF_PERCENT)
            .role(MeasureRole.HEADLINE)
            .countingUnit(CountingUnit.CHILD)
            .addIndicators("RISK-CARE")
            .build(),
        sdqDevelopment().build(),
        PerformanceMeasure.builder()
            .code("RES-STABLE")
            .name(Label.of("Children in a stable placement"))
            .quadrant(Quadrant.BETTER_OFF_PERCENT)
            .role(MeasureRole.HEADLINE)
            .countingUnit(CountingUnit.CHILD)
            .addIndicators("RC-STABLE")
            .build());
  }

  /** IFS-FAMILIES: how many families were served; secondary; draws on no indicator. */
  public static PerformanceMeasure.Builder familiesServed() {
    return PerformanceMeasure.builder()
        .code("IFS-FAMILIES")
        .name(Label.of("Families served"))
        .quadrant(Quadrant.HOW_MUCH)
        .countingUnit(CountingUnit.FAMILY);
  }

  /** IFS-SDQ: on the data development agenda with priority 1; draws on SDQ. */
  public static PerformanceMeasure.Builder sdqDevelopment() {
    return PerformanceMeasure.builder()
        .code("IFS-SDQ")
        .name(Label.of("Children whose difficulties eased"))
        .quadrant(Quadrant.BETTER_OFF_PERCENT)
        .role(MeasureRole.DATA_DEVELOPMENT)
        .priority(1)
        .countingUnit(CountingUnit.CHILD)
        .addIndicators("SDQ");
  }

  // ---------------------------------------------------------------------------------------------
  // The records
  // ---------------------------------------------------------------------------------------------

  /** Returns the fixture batch of records. */
  public static Records records() {
    return Records.of(subjects(), episodes(), reviews());
  }

  /** Returns the subjects: C-0001, F-0001, C-0002. */
  public static List<Subject> subjects() {
    return List.of(child().build(), family().build(), Subject.child("C-0002").build());
  }

  /** C-0001: a child with a few attributes. */
  public static Subject.Builder child() {
    return Subject.child("C-0001")
        .attributes(Attributes.empty()
            .with(Attributes.SEX, "F")
            .with(Attributes.AGE_BAND, "10-15")
            .with(Attributes.LOCAL_AUTHORITY, "LA-1")
            .withChange(Attributes.LOCAL_AUTHORITY, "LA-2", LocalDate.of(2025, 9, 1)));
  }

  /** F-0001: a family with an adult (A1) and two children (C1, C2). */
  public static Subject.Builder family() {
    return Subject.family("F-0001")
        .attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, "LA-2"))
        .addMembers(
            Member.of("F-0001-A1", MemberRole.ADULT),
            Member.of("F-0001-C1", MemberRole.CHILD,
                Attributes.empty().with(Attributes.AGE_BAND, "5-9")),
            Member.of("F-0001-C2", MemberRole.CHILD));
  }

  /** Returns the episodes: E-0001 (C-0001, IFS, closed), E-0002 (F-0001, IFS, open), E-0003. */
  public static List<Episode> episodes() {
    return List.of(e1().build(), e2().build(), e3().build());
  }

  /** E-0001: C-0001 in IFS, 2025-04-07 to 2026-01-30, closed as planned. */
  public static Episode.Builder e1() {
    return Episode.builder()
        .id("E-0001")
        .subject("C-0001")
        .programme("IFS")
        .localAuthority("LA-1")
        .deliveryModel("EXISTING")
        .start(LocalDate.of(2025, 4, 7))
        .end(LocalDate.of(2026, 1, 30))
        .closureReason(ClosureReason.PLANNED)
        .addServiceOutputs("FAMILY-SESSIONS");
  }

  /** E-0002: F-0001 in IFS, delivered residentially, from 2025-06-02, open. */
  public static Episode.Builder e2() {
    return Episode.builder()
        .id("E-0002")
        .subject("F-0001")
        .programme("IFS")
        .localAuthority("LA-2")
        .deliveryModel("RESIDENTIAL")
        .start(LocalDate.of(2025, 6, 2))
        .addServiceOutputs("RES-SUPPORT");
  }

  /** E-0003: C-0002 in RES, from 2025-09-01, open. */
  public static Episode.Builder e3() {
    return Episode.builder()
        .id("E-0003")
        .subject("C-0002")
        .programme("RES")
        .localAuthority("LA-1")
        .start(LocalDate.of(2025, 9, 1))
        .addServiceOutputs("RES-SUPPORT");
  }

  /** Returns the reviews R-0001 to R-0007. */
  public static List<Review> reviews() {
    return List.of(r1().build(), r2().build(), r3().build(), r4().build(), r5().build(),
        r6().build(), r7().build());
  }

  /** R-0001: baseline of E-0001 by the practitioner; ratings[0] is RISK-CARE. */
  public static Review.Builder r1() {
    return Review.builder()
        .id("R-0001")
        .episode("E-0001")
        .kind(ReviewKind.BASELINE)
        .assessedOn(LocalDate.of(2025, 4, 21))
        .rater(Rater.PRACTITIONER)
        .addRatings(
            Rating.of("RISK-CARE", "high"),
            Rating.of("SCHOOL-ATT", 72.5),
            Rating.of("SDQ", 18));
  }

  /** R-0002: a second baseline of E-0001, by the child: allowed, since the rater differs. */
  public static Review.Builder r2() {
    return Review.builder()
        .id("R-0002")
        .episode("E-0001")
        .kind(ReviewKind.BASELINE)
        .assessedOn(LocalDate.of(2025, 4, 22))
        .rater(Rater.CHILD_OR_YOUNG_PERSON)
        .addRatings(Rating.of("RISK-CARE", "medium"));
  }

  /** R-0003: closure review of E-0001 on its last day. */
  public static Review.Builder r3() {
    return Review.builder()
        .id("R-0003")
        .episode("E-0001")
        .kind(ReviewKind.CLOSURE)
        .assessedOn(LocalDate.of(2026, 1, 30))
        .rater(Rater.PRACTITIONER)
        .addRatings(
            Rating.of("RISK-CARE", "low"),
            Rating.of("SCHOOL-ATT", 91),
            Rating.notAssessed("SDQ"));
  }

  /** R-0004: follow-up of E-0001 after its end. */
  public static Review.Builder r4() {
    return Review.builder()
        .id("R-0004")
        .episode("E-0001")
        .kind(ReviewKind.FOLLOW_UP)
        .assessedOn(LocalDate.of(2026, 3, 2))
        .rater(Rater.PRACTITIONER)
        .addRatings(Rating.of("RISK-CARE", "none"));
  }

  /** R-0005: baseline of the family's E-0002, rating the family, each child and the adult. */
  public static Review.Builder r5() {
    return Review.builder()
        .id("R-0005")
        .episode("E-0002")
        .kind(ReviewKind.BASELINE)
        .assessedOn(LocalDate.of(2025, 6, 10))
        .rater(Rater.JOINT)
        .addRatings(
            Rating.of("EVICTED", false),
            Rating.of("RISK-CARE", "high").about("F-0001-C1"),
            Rating.of("SCHOOL-ATT", 60).about("F-0001-C1"),
            Rating.notApplicable("SCHOOL-ATT").about("F-0001-C2"),
            Rating.of("PARENT-WB", "low").about("F-0001-A1"));
  }

  /** R-0006: review of E-0002, recorded two days after it was assessed. */
  public static Review.Builder r6() {
    return Review.builder()
        .id("R-0006")
        .episode("E-0002")
        .kind(ReviewKind.REVIEW)
        .assessedOn(LocalDate.of(2025, 12, 1))
        .recordedOn(LocalDate.of(2025, 12, 3))
        .rater(Rater.JOINT)
        .addRatings(
            Rating.of("EVICTED", false),
            Rating.of("RISK-CARE", "medium").about("F-0001-C1"),
            Rating.of("SCHOOL-ATT", 84.25).about("F-0001-C1"),
            Rating.of("PARENT-WB", "fair").about("F-0001-A1"));
  }

  /** R-0007: baseline of E-0003 by the practitioner; two ratings. */
  public static Review.Builder r7() {
    return Review.builder()
        .id("R-0007")
        .episode("E-0003")
        .kind(ReviewKind.BASELINE)
        .assessedOn(LocalDate.of(2025, 9, 5))
        .rater(Rater.PRACTITIONER)
        .addRatings(Rating.of("RC-STABLE", true), Rating.of("SCHOOL-ATT", 80));
  }

  // ---------------------------------------------------------------------------------------------
  // Corrupting
  // ---------------------------------------------------------------------------------------------

  /**
   * Returns a copy of {@code items} where the item with the same key as {@code replacement} is
   * replaced by it, in place; or, if there is none, with {@code replacement} appended.
   */
  public static <T> List<T> replacing(List<T> items, Function<T, String> key, T replacement) {
    List<T> copy = new ArrayList<>(items);
    String wanted = key.apply(replacement);
    for (int i = 0; i < copy.size(); i++) {
      if (key.apply(copy.get(i)).equals(wanted)) {
        copy.set(i, replacement);
        return copy;
      }
    }
    copy.add(replacement);
    return copy;
  }

  /** Returns a copy of {@code items} with {@code extra} appended. */
  public static <T> List<T> plus(List<T> items, T extra) {
    List<T> copy = new ArrayList<>(items);
    copy.add(extra);
    return copy;
  }

  /** Returns the fixture framework's builder with one indicator replaced (or added). */
  public static OutcomesFramework.Builder withIndicator(Indicator indicator) {
    return frameworkBuilder().indicators(replacing(indicators(), Indicator::code, indicator));
  }

  /** Returns the fixture framework's builder with one programme replaced (or added). */
  public static OutcomesFramework.Builder withProgramme(Programme programme) {
    return frameworkBuilder().programmes(replacing(programmes(), Programme::code, programme));
  }

  /** Returns the fixture framework's builder with one measure replaced (or added). */
  public static OutcomesFramework.Builder withMeasure(PerformanceMeasure measure) {
    return frameworkBuilder().measures(replacing(measures(), PerformanceMeasure::code, measure));
  }

  /** Returns the fixture records with one subject replaced (or added). */
  public static Records withSubject(Subject subject) {
    return Records.of(replacing(subjects(), Subject::id, subject), episodes(), reviews());
  }

  /** Returns the fixture records with one episode replaced (or added). */
  public static Records withEpisode(Episode episode) {
    return Records.of(subjects(), replacing(episodes(), Episode::id, episode), reviews());
  }

  /** Returns the fixture records with one review replaced (or added). */
  public static Records withReview(Review review) {
    return Records.of(subjects(), episodes(), replacing(reviews(), Review::id, review));
  }
}
