package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.SubjectKind;
import org.obaframework.core.records.SubjectRecords;

/** Records from CSV: the long and wide formats as documented, read as a spreadsheet saves them. */
class RecordsCsvTest {
  @Test
  void readsTheWideFormatAsDocumented() {
    List<SubjectRecords> read = RecordsCsv.standard().readAll(
        "subject,episode,programme,localAuthority,start,review,kind,assessedOn,rater,SAFE,SCHOOL\n"
        + "C-1,E-1,FSP,W06000015,2025-04-07,R-1,BASELINE,2025-04-07,PRACTITIONER,no,72\n"
        + "C-1,E-1,FSP,W06000015,2025-04-07,R-2,REVIEW,2025-10-06,PRACTITIONER,yes,NOT_ASSESSED\n");
    SubjectRecords child = read.get(0);
    assertThat(child.subject().kind()).isEqualTo(SubjectKind.CHILD);
    assertThat(child.episodes().get(0).start()).isEqualTo(LocalDate.of(2025, 4, 7));
    Review review = child.reviews().get(1);
    assertThat(review.recordedOn()).isEqualTo(LocalDate.of(2025, 10, 6));
    assertThat(review.ratings()).containsExactly(Rating.of("SAFE", true),
        Rating.notAssessed("SCHOOL"));
    assertThat(child.reviews().get(0).ratings()).containsExactly(Rating.of("SAFE", false),
        Rating.of("SCHOOL", 72));
  }

  @Test
  void readsASpreadsheetsExportWithAByteOrderMarkQuotesAndWindowsLineEnds() {
    String csv = "\uFEFFsubject,episode,programme,localAuthority,start,review,kind,assessedOn,"
        + "rater,indicator,value\r\n"
        + "C-1,E-1,\"FSP\",W1,2025-04-07,R-1,BASELINE,2025-04-07,PRACTITIONER,SAFE,no\r\n";
    assertThat(RecordsCsv.standard().readAll(csv).get(0).reviews().get(0).ratings())
        .containsExactly(Rating.of("SAFE", false));
  }

  @Test
  void streamsOneSubjectAtATimeAndFailsOnlyWhenItReachesAProblem() {
    String csv = BadCsvCatalogueTest.GOOD.replace("SAFE,,yes", "SAFE,DONE,yes");
    Iterator<SubjectRecords> groups = RecordsCsv.standard().read(csv).iterator();
    assertThat(groups.next().subject().id()).isEqualTo("C-1");
    assertThatThrownBy(groups::hasNext).isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("/status (line 4, column 69)");
  }

  @Test
  void readsAFileLazilyAndClosesItWithTheStream(@TempDir Path directory) throws Exception {
    Path file = Files.writeString(directory.resolve("ratings.csv"), BadCsvCatalogueTest.GOOD);
    List<String> subjects = new ArrayList<>();
    try (Stream<SubjectRecords> groups = RecordsCsv.standard().read(file)) {
      groups.forEach(g -> subjects.add(g.subject().id()));
    }
    assertThat(subjects).containsExactly("C-1", "C-2");
    Files.delete(file);
  }

  @Test
  void theTidyExportIsTheLongFormatsRatingRows() {
    assertThat(TidyCsv.RATING_COLUMNS).isEqualTo(RecordsCsv.COLUMNS);
    assertThat(RecordsCsv.COLUMNS.subList(0, 11)).containsExactly("subject", "member",
        "episode", "programme", "review", "kind", "assessedOn", "rater", "indicator", "status",
        "value");
  }
}
