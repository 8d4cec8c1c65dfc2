package org.obaframework.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RecordsTable;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;

/**
 * The columnar {@link RecordsTable} gives back every subject it was given, equal, and so the
 * same evaluation answers: the children and families (1-4 episodes, follow-ups, raters, members'
 * ratings) of {@link UnitOfJudgementProperties}, under every measure and breakdown there.
 */
class RecordsTableProperties {
  private static final long SEED = 20261208L;

  @Test
  void aTableGivesBackItsSubjectsAndTheSameResults() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(lists().of(UnitOfJudgementProperties.subjects()).ofSizeBetween(1, 12))
        .checkAssert(list -> {
          List<SubjectRecords> distinct = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            distinct.add(UnitOfJudgementProperties.renamed(list.get(i), i));
          }
          RecordsTable table = RecordsTable.of(distinct.stream());
          assertThat(table.size()).isEqualTo(distinct.size());
          assertThat(table.ratings()).isEqualTo(distinct.stream().flatMap(s -> s.reviews()
              .stream()).mapToLong(r -> r.ratings().size()).sum());
          assertThat(table.stream().toList()).isEqualTo(distinct);
          for (int i = 0; i < distinct.size(); i++) {
            assertThat(table.get(i).toString()).isEqualTo(distinct.get(i).toString());
          }
          Results expected = UnitOfJudgementProperties.EVALUATION.evaluate(distinct.stream());
          assertThat(UnitOfJudgementProperties.EVALUATION.evaluate(table.stream().parallel()))
              .isEqualTo(expected);
        });
  }

  @Test
  void keepsRecordingDatesSeveralEpisodesAndEmptyReviews() {
    LocalDate day = LocalDate.of(2025, 5, 1);
    SubjectRecords child = SubjectRecords.of(Subject.child("C-1").build(),
        List.of(Episode.builder().id("E-1").subject("C-1").programme("FS")
            .localAuthority("LA").start(day).build(),
            Episode.builder().id("E-2").subject("C-1").programme("FS").localAuthority("LB")
                .start(day.plusDays(3)).end(day.plusDays(9)).build()),
        List.of(Review.builder().id("R-2").episode("E-2").kind(ReviewKind.BASELINE)
            .rater(Rater.PRACTITIONER).assessedOn(day.plusDays(4)).recordedOn(day.plusDays(6))
            .addRatings(Rating.of("WB", 3), Rating.notAssessed("CARING")).build(),
            Review.builder().id("R-1").episode("E-1").kind(ReviewKind.REVIEW)
                .rater(Rater.PRACTITIONER).assessedOn(day).build()));
    RecordsTable table = RecordsTable.of(java.util.stream.Stream.of(child, child));
    assertThat(table.get(0)).isEqualTo(child);
    assertThat(table.get(1).reviews().get(0).recordedOn()).isEqualTo(day.plusDays(6));
    assertThat(table.get(1).reviews().get(1).ratings()).isEmpty();
    assertThat(table.ratings()).isEqualTo(4);
    assertThatThrownBy(() -> table.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    RecordsTable.Builder builder = RecordsTable.builder();
    builder.build();
    assertThatThrownBy(() -> builder.add(child)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("built");
  }
}
