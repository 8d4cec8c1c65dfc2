package org.obaframework.examples;

import java.time.LocalDate;
import java.util.List;
import org.obaframework.core.Problem;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;

/**
 * The README's first example: a tiny framework, one child's records, and their validation.
 *
 * <p>{@link #main} prints the framework and what the validator found;
 * {@code src/main/jshell/quickstart.jsh} is the same example for JShell.
 */
public final class QuickStart {
  private QuickStart() {}

  /** The framework: one service area, one indicator, one programme. */
  static OutcomesFramework framework() {
    Indicator risk = Indicator.builder()
        .code("RISK-CARE")
        .name(Label.of("Risk of entering care").with(Label.WELSH, "Risg o fynd i ofal"))
        .definition(Label.of("How likely the child is to come into care"))
        .scale(OrdinalScale.of("none", "low", "medium", "high"))
        .polarity(Polarity.LOWER_IS_BETTER)
        .ratedAt(RatedAt.CHILD)
        .addServiceAreas("FS")
        .addOutcomes(ExternalFrameworks.WALES_WELL_BEING.ref("PROTECTION"))
        .build();
    return OutcomesFramework.builder()
        .code("DEMO")
        .name(Label.of("Demo framework"))
        .addServiceAreas(ServiceArea.of("FS", Label.of("Family support")))
        .addIndicators(risk)
        .addProgrammes(Programme.builder()
            .code("FS-1")
            .name(Label.of("Family support"))
            .serviceArea("FS")
            .addIndicators("RISK-CARE")
            .build())
        .addAllExternalFrameworks(ExternalFrameworks.ukNations())
        .build();
  }

  /** One child with an episode, a baseline review and a later review, one rating off the scale. */
  static Records records() {
    Subject child = Subject.child("C-0001")
        .attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, "LA-1"))
        .build();
    Episode episode = Episode.builder()
        .id("E-0001").subject("C-0001").programme("FS-1").localAuthority("LA-1")
        .start(LocalDate.of(2025, 4, 7))
        .build();
    Review baseline = Review.builder()
        .id("R-0001").episode("E-0001").kind(ReviewKind.BASELINE)
        .assessedOn(LocalDate.of(2025, 4, 14)).rater(Rater.PRACTITIONER)
        .addRatings(Rating.of("RISK-CARE", "high"))
        .build();
    Review later = Review.builder()
        .id("R-0002").episode("E-0001").kind(ReviewKind.REVIEW)
        .assessedOn(LocalDate.of(2025, 10, 13)).rater(Rater.PRACTITIONER)
        .addRatings(Rating.of("RISK-CARE", "severe"))
        .build();
    return Records.of(List.of(child), List.of(episode), List.of(baseline, later));
  }

  /**
   * Builds the framework and records and returns what validation found, as text.
   *
   * @return the report
   */
  public static String run() {
    OutcomesFramework framework = framework();
    Records records = records();
    List<Problem> problems = RecordValidator.of(framework, LocalDate.of(2026, 3, 31))
        .validate(records);
    StringBuilder out = new StringBuilder()
        .append(framework).append('\n')
        .append("Welsh name of RISK-CARE: ")
        .append(framework.indicator("RISK-CARE").orElseThrow().name()
            .in(java.util.Locale.forLanguageTag("cy")))
        .append('\n')
        .append(records).append('\n')
        .append(problems.size()).append(" problem(s):\n");
    problems.forEach(p -> out.append("  ").append(p).append('\n'));
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
