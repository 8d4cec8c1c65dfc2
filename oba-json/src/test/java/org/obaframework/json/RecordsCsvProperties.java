package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.SubjectRecords;

/**
 * Issue 18: records round-trip through CSV. Over random records made with public factories only
 * (families and children, members, attribute histories, episodes with and without reviews,
 * reviews with and without ratings, every kind of value and status):
 * the long format read back gives equal records; the tidy ratings export, read back and exported
 * again, gives the same file; the wide format read back and written again gives the same file.
 */
class RecordsCsvProperties {
  private static final RecordsCsv CSV = RecordsCsv.standard();

  @Test
  void theLongFormatReadBackGivesEqualRecords() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Records records = RecordSamples.random(seed);
      String csv = CSV.write(records);
      assertThat(CSV.readAll(csv)).as("%s", csv).isEqualTo(records.groups().toList());
    });
  }

  @Test
  void theTidyRatingsExportReadBackExportsTheSameFile() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Records records = RecordSamples.random(seed);
      String exported = ratings(records.groups().toList());
      List<SubjectRecords> read = CSV.readAll(exported);
      assertThat(ratings(read)).as("%s", exported).isEqualTo(exported);
      // Every rating is there, with its review, episode and subject as they were.
      assertThat(read.stream().flatMap(g -> g.reviews().stream()).toList())
          .isEqualTo(records.reviews().stream().filter(r -> !r.ratings().isEmpty()).toList());
    });
  }

  @Test
  void theWideFormatReadBackGivesTheSameRecordsUpToTheOrderOfEachReviewsRatings() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Records records = RecordSamples.random(seed);
      String wide = CSV.writeWide(records);
      List<SubjectRecords> read = CSV.readAll(wide);
      assertThat(read.stream().map(SubjectRecords::subject).toList())
          .isEqualTo(records.subjects());
      assertThat(read.stream().flatMap(g -> g.episodes().stream()).toList())
          .isEqualTo(records.episodes());
      List<Review> reviews = read.stream().flatMap(g -> g.reviews().stream()).toList();
      assertThat(reviews).hasSameSizeAs(records.reviews());
      for (int i = 0; i < reviews.size(); i++) {
        Review original = records.reviews().get(i);
        // A row holds a member's ratings, a column an indicator's: the ratings come back in
        // that order, the review's own first.
        Review back = reviews.get(i);
        assertThat(List.of(back.id(), back.episode(), back.kind(), back.assessedOn(),
            back.recordedOn(), back.rater())).isEqualTo(List.of(original.id(),
            original.episode(), original.kind(), original.assessedOn(), original.recordedOn(),
            original.rater()));
        assertThat(back.ratings())
            .containsExactlyInAnyOrderElementsOf(original.ratings());
      }
      // Written again, the file is read back and written the same.
      String again = CSV.writeWide(records(read));
      assertThat(CSV.writeWide(records(CSV.readAll(again)))).isEqualTo(again);
    });
  }

  private static String ratings(List<SubjectRecords> groups) {
    StringWriter out = new StringWriter();
    TidyCsv.ratings(groups.stream(), out);
    return out.toString();
  }

  private static Records records(List<SubjectRecords> groups) {
    List<org.obaframework.core.records.Subject> subjects = new ArrayList<>();
    List<org.obaframework.core.records.Episode> episodes = new ArrayList<>();
    List<org.obaframework.core.records.Review> reviews = new ArrayList<>();
    for (SubjectRecords group : groups) {
      subjects.add(group.subject());
      episodes.addAll(group.episodes());
      reviews.addAll(group.reviews());
    }
    return Records.of(subjects, episodes, reviews);
  }
}
