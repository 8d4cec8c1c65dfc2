package org.obaframework.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.RecordsNdjson;

/**
 * Runs {@link NdjsonBenchmark}'s code path on a thousand children: writes them to a file as the
 * benchmark's setup does, and reads them back equal; never times anything.
 */
class NdjsonRoundTripTest {
  private static final int SUBJECTS = 1_000;
  private static final long SEED = 11L;

  @Test
  void writesAndReadsBackTheGeneratedRecordsEqual(@TempDir Path dir) throws IOException {
    RecordsNdjson ndjson = RecordsNdjson.standard();
    List<SubjectRecords> expected = GeneratedRecords.generate(SUBJECTS, SEED);
    assertThat(GeneratedRecords.stream(SUBJECTS, SEED).toList()).isEqualTo(expected);

    Path file = dir.resolve("records.ndjson");
    try (Stream<SubjectRecords> groups = GeneratedRecords.stream(SUBJECTS, SEED);
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ndjson.write(groups, writer);
    }
    // 1 header, then per child 1 subject, 1 episode and 3 review lines.
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .hasSize(1 + SUBJECTS * (2 + GeneratedRecords.REVIEWS_PER_SUBJECT));

    List<SubjectRecords> read;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Stream<SubjectRecords> groups = ndjson.read(reader)) {
      read = groups.toList();
    }
    assertThat(read).isEqualTo(expected);
    assertThat(NdjsonBenchmark.countReviews(file))
        .isEqualTo((long) SUBJECTS * GeneratedRecords.REVIEWS_PER_SUBJECT);
  }

  @Test
  void theCountingWriterCountsEveryCharacterWritten() {
    RecordsNdjson ndjson = RecordsNdjson.standard();
    List<SubjectRecords> records = GeneratedRecords.generate(SUBJECTS, SEED);
    NdjsonBenchmark.CountingWriter counting = new NdjsonBenchmark.CountingWriter();
    ndjson.write(records.stream(), counting);
    StringWriter text = new StringWriter();
    ndjson.write(records.stream(), text);
    assertThat(counting.count()).isEqualTo(text.toString().length());
  }
}
