package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.obaframework.core.records.Records;

/** Properties of the records document and NDJSON over random batches, each drawn from a seed. */
class RecordsJsonProperties {
  private final RecordsJson json = RecordsJson.standard();
  private final RecordsNdjson ndjson = RecordsNdjson.standard();

  @Test
  void readingWhatWasWrittenGivesEqualRecords() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Records records = RecordSamples.random(seed);
      RecordSamples.assertSame(json.read(json.write(records)), records);
    });
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      String written = json.write(RecordSamples.random(seed));
      assertThat(json.write(json.read(written))).isEqualTo(written);
    });
  }

  @Test
  void readingWrittenNdjsonGivesEqualGroups() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Records records = RecordSamples.random(seed);
      String written = ndjson.write(records);
      assertThat(ndjson.readAll(written)).isEqualTo(records.groups().toList());
      assertThat(written.lines().count())
          .isEqualTo(1 + records.subjects().size() + records.episodes().size()
              + records.reviews().size());
    });
  }
}
