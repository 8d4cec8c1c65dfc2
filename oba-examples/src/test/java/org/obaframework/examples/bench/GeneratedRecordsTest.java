package org.obaframework.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.Proportion;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.ReportCard;

/** Checks the benchmark's records and evaluation on a few subjects; never times anything. */
class GeneratedRecordsTest {
  private static final int SUBJECTS = 500;

  @Test
  void generatesValidRecordsOfThreeReviewsOfEightRatingsEach() {
    List<SubjectRecords> groups = GeneratedRecords.generate(SUBJECTS, 1L);
    List<Subject> subjects = new ArrayList<>();
    List<Episode> episodes = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    for (SubjectRecords group : groups) {
      subjects.add(group.subject());
      episodes.addAll(group.episodes());
      reviews.addAll(group.reviews());
    }
    assertThat(subjects).hasSize(SUBJECTS);
    assertThat(episodes).hasSize(SUBJECTS);
    assertThat(reviews).hasSize(SUBJECTS * GeneratedRecords.REVIEWS_PER_SUBJECT)
        .allSatisfy(r -> assertThat(r.ratings()).hasSize(GeneratedRecords.INDICATORS_PER_REVIEW));
    assertThat(RecordValidator.of(GeneratedRecords.FRAMEWORK, GeneratedRecords.AS_OF)
        .validate(Records.of(subjects, episodes, reviews))).isEmpty();
  }

  @Test
  void isDeterministicAndEvaluatesTheSameSequentiallyAndInParallel() {
    Evaluation evaluation = GeneratedRecords.evaluation();
    Results sequential = evaluation.evaluate(GeneratedRecords.generate(SUBJECTS, 7L).stream());
    Results again = evaluation.evaluate(GeneratedRecords.generate(SUBJECTS, 7L).stream());
    Results parallel = evaluation.evaluate(
        GeneratedRecords.generate(SUBJECTS, 7L).parallelStream());
    assertThat(again).isEqualTo(sequential);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.rows("BO-RISK-CARE", "local-authority"))
        .hasSize(GeneratedRecords.LOCAL_AUTHORITIES);
    for (String code : GeneratedRecords.indicatorCodes()) {
      Proportion betterOff = (Proportion) sequential.total("BO-" + code).orElseThrow();
      assertThat(betterOff.denominator()).as(code).isEqualTo(SUBJECTS);
      assertThat(betterOff.numerator()).as(code).isBetween(1L, (long) SUBJECTS - 1);
    }
    assertThat(ReportCard.of(evaluation, sequential).lines())
        .hasSize(GeneratedRecords.INDICATORS_PER_REVIEW);
  }
}
