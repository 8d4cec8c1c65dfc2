package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.SubjectRecords;

/**
 * Issue 20: a bad record is told once, at itself; the records that refer to it are not then
 * told, one by one, that what they refer to is unknown.
 */
class CascadeTest {
  private static Records family() {
    SubjectRecords group = OutputFixtures.families().get(0);
    return Records.of(List.of(group.subject()), group.episodes(), group.reviews());
  }

  @Test
  void aBadEpisodeLineIsToldOnceNotAgainByEachOfItsReviews() {
    String ndjson = RecordsNdjson.standard().write(family())
        .replace("\"programme\":\"IFS\"", "\"programme\":\"I F S\"");
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> RecordsNdjson.standard().readAll(ndjson));
    assertThat(e.problems()).extracting(Problem::type).containsExactly(ProblemType.INVALID_CODE);
    assertThat(e.getMessage()).contains("field programme").doesNotContain("unknown reference");
  }

  @Test
  void aBadEpisodeOfADocumentIsToldOnceNotAgainByEachOfItsReviews() {
    String json = RecordsJson.standard().write(family())
        .replace("\"programme\": \"IFS\"", "\"programme\": \"I F S\"");
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> RecordsJson.standard().read(json, OutputFixtures.FRAMEWORK, OutputFixtures.AS_OF));
    assertThat(e.problems()).extracting(Problem::type).containsExactly(ProblemType.INVALID_CODE);
  }

  @Test
  void aReviewOfAnEpisodeOfAnUnknownSubjectIsNotToldOnItsOwn() {
    String json = RecordsJson.standard().write(family())
        .replace("\"subject\": \"F-1\"", "\"subject\": \"F-404\"");
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> RecordsJson.standard().read(json, OutputFixtures.FRAMEWORK, OutputFixtures.AS_OF));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ProblemType.UNKNOWN_REFERENCE);
      assertThat(p.found()).contains("its 2 reviews are left unchecked");
    });
  }
}
