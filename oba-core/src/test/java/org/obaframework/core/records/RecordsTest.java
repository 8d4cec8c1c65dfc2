package org.obaframework.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.core.Fixtures.plus;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Fixtures;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;

class RecordsTest {

  @Test
  void groupsRecordsBySubjectInTheOrderOfTheSubjects() {
    List<SubjectRecords> groups = Fixtures.records().groups().collect(Collectors.toList());

    assertThat(groups).extracting(g -> g.subject().id())
        .containsExactly("C-0001", "F-0001", "C-0002");
    assertThat(groups.get(0).episodes()).extracting(Episode::id).containsExactly("E-0001");
    assertThat(groups.get(0).reviews()).extracting(Review::id)
        .containsExactly("R-0001", "R-0002", "R-0003", "R-0004");
    assertThat(groups.get(1).reviewsOf("E-0002")).extracting(Review::id)
        .containsExactly("R-0005", "R-0006");
    assertThat(groups.get(2).episode("E-0003")).isPresent();
    assertThat(groups.get(2).reviewsOf("E-0001")).isEmpty();
  }

  @Test
  void findsEachEpisodesReviewsWithOneEpisodeOrMany() {
    java.time.LocalDate day = java.time.LocalDate.of(2025, 4, 1);
    Subject child = Subject.child("C-1").build();
    Episode first = Episode.builder().id("E-1").subject("C-1").programme("IFS")
        .localAuthority("LA-1").start(day).build();
    Episode second = Episode.builder().from(first).id("E-2").start(day.plusDays(200)).build();
    List<Review> reviews = List.of(
        Review.builder().id("R-1").episode("E-1").kind(ReviewKind.BASELINE).assessedOn(day)
            .rater(Rater.PRACTITIONER).addRatings(Rating.of("X", true)).build(),
        Review.builder().id("R-2").episode("E-2").kind(ReviewKind.BASELINE)
            .assessedOn(day.plusDays(200)).rater(Rater.PRACTITIONER)
            .addRatings(Rating.of("X", false)).build(),
        Review.builder().id("R-3").episode("E-1").kind(ReviewKind.REVIEW)
            .assessedOn(day.plusDays(90)).rater(Rater.PRACTITIONER)
            .addRatings(Rating.of("X", false)).build());

    SubjectRecords one = SubjectRecords.of(child, List.of(first),
        List.of(reviews.get(0), reviews.get(2)));
    assertThat(one.reviewsOf("E-1")).containsExactly(reviews.get(0), reviews.get(2));
    assertThat(one.reviewsOf("E-2")).isEmpty();
    assertThatThrownBy(() -> one.reviewsOf("E-1").add(reviews.get(1)))
        .isInstanceOf(UnsupportedOperationException.class);

    SubjectRecords two = SubjectRecords.of(child, List.of(first, second), reviews);
    assertThat(two.reviewsOf("E-1")).containsExactly(reviews.get(0), reviews.get(2));
    assertThat(two.reviewsOf("E-2")).containsExactly(reviews.get(1));
    assertThat(two.reviewsOf("E-3")).isEmpty();
    assertThat(SubjectRecords.of(child, List.of(first), List.of()).reviewsOf("E-1")).isEmpty();
  }

  @Test
  void subjectWithoutEpisodesHasAnEmptyGroup() {
    Records records = Records.of(plus(Fixtures.subjects(), Subject.child("C-0003").build()),
        Fixtures.episodes(), Fixtures.reviews());

    SubjectRecords last = records.groups().reduce((a, b) -> b).orElseThrow();

    assertThat(last.subject().id()).isEqualTo("C-0003");
    assertThat(last.episodes()).isEmpty();
    assertThat(last.reviews()).isEmpty();
  }

  @Test
  void groupsThrowOnOrphansRatherThanDropThem() {
    Records records = Records.of(Fixtures.subjects(),
        plus(Fixtures.episodes(), Fixtures.e3().id("E-0099").subject("C-0404").build()),
        plus(Fixtures.reviews(), Fixtures.r7().id("R-0099").episode("E-0404").build()));

    assertThatThrownBy(records::groups)
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("2 problems:")
        .hasMessageContainingAll("episode 'E-0099', field subject", "found 'C-0404'",
            "review 'R-0099', field episode", "found 'E-0404'")
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(Problem::type)
            .containsOnly(ProblemType.UNKNOWN_REFERENCE));
  }

  @Test
  void groupsThrowOnIdsUsedTwice() {
    Records records = Records.of(Fixtures.subjects(), Fixtures.episodes(),
        plus(Fixtures.reviews(), Fixtures.r1().build()));

    assertThatThrownBy(records::groups)
        .isInstanceOf(ValidationException.class)
        .hasMessage("review 'R-0001', field id: duplicate code; "
            + "expected an id used by no other review, found a second review with this id");
  }
}
