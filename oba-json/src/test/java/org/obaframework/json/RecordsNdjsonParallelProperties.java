package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.json.NdjsonReads.iterate;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.Problem;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.NdjsonReads.Outcome;

/**
 * Reading a file on several threads gives what reading it on one does: over random valid files and
 * random mutations of them, cut into blocks of random sizes, the same groups in the same order
 * before the same problems, in the same order, places and words.
 */
class RecordsNdjsonParallelProperties {
  private static final RecordsNdjson NDJSON = RecordsNdjson.standard();

  @TempDir
  Path directory;

  private Outcome assertAgree(RecordsNdjson ndjson, byte[] file, int threads, int blockBytes)
      throws IOException {
    Path path = Files.write(directory.resolve("records.ndjson"), file);
    Outcome one = iterate(() -> ndjson.read(new StringReader(
        new String(file, StandardCharsets.UTF_8))));
    Outcome onePath = iterate(() -> ndjson.read(path, 1));
    Outcome several = iterate(() -> ndjson.read(path, threads, blockBytes));
    assertThat(several.problems()).as("problems of:\n%s", new String(file, StandardCharsets.UTF_8))
        .containsExactlyElementsOf(onePath.problems());
    assertThat(several.groups()).isEqualTo(onePath.groups());
    assertThat(several.failure()).isEqualTo(onePath.failure());
    if (onePath.failure() == null) {
      assertThat(onePath).isEqualTo(one);
    }
    return several;
  }

  private void assertAgree(String text, Random random) {
    byte[] file = text.getBytes(StandardCharsets.UTF_8);
    int threads = 2 + random.nextInt(3);
    int blockBytes = 1 + random.nextInt(Math.max(1, file.length / 2));
    try {
      assertAgree(NDJSON, file, threads, blockBytes);
      assertAgree(NDJSON.with(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES), file, threads,
          blockBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void validFilesAreReadAlike() {
    qt().withFixedSeed(20261127L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String written = NDJSON.write(RecordSamples.random(random.nextLong()));
      assertAgree(written, random);
    });
  }

  @Test
  void mutatedFilesAreReadOrRejectedAlike() {
    qt().withFixedSeed(20261128L).withExamples(600).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String written = NDJSON.write(RecordSamples.random(random.nextLong()));
      assertAgree(random.nextBoolean() ? RecordsNdjsonProperties.mutate(written, random)
          : MutationTest.mutateOnce(written, random), random);
    });
  }

  @Test
  void aSubjectRepeatedInALaterBlockIsTheSameProblem() throws IOException {
    String written = NDJSON.write(RecordSamples.random(7L));
    List<String> lines = written.lines().toList();
    String firstSubject = lines.stream().filter(l -> l.startsWith("{\"type\":\"subject\""))
        .findFirst().orElseThrow();
    byte[] file = (written + firstSubject + "\n").getBytes(StandardCharsets.UTF_8);
    long before = RecordsNdjson.ONE_THREAD_REREADS.get();
    Outcome several = assertAgree(NDJSON, file, 2, 1);
    assertThat(RecordsNdjson.ONE_THREAD_REREADS.get()).isGreaterThan(before);
    assertThat(several.problems()).extracting(Problem::found)
        .anySatisfy(found -> assertThat(found).contains("again, first on line 2"));
  }

  @Test
  void validFilesAreReadInManyBlocksWithoutReadingAgain() throws IOException {
    // A guard on the properties above: were every read to turn to one thread, they would hold
    // trivially.
    for (long seed = 0; seed < 20; seed++) {
      String written = NDJSON.write(RecordSamples.random(seed));
      List<SubjectRecords> expected = NDJSON.readAll(written);
      long before = RecordsNdjson.ONE_THREAD_REREADS.get();
      Outcome several = assertAgree(NDJSON, written.getBytes(StandardCharsets.UTF_8), 3, 64);
      assertThat(RecordsNdjson.ONE_THREAD_REREADS.get()).isEqualTo(before);
      assertThat(several.groups()).isEqualTo(expected);
    }
  }

  @Test
  void anEmptyFileAndABadHeaderAreTheSameProblems() throws IOException {
    assertThat(assertAgree(NDJSON, new byte[0], 2, 1).problems()).hasSize(1);
    assertThat(assertAgree(NDJSON, "{\"formatVersion\":2}\n".getBytes(StandardCharsets.UTF_8),
        2, 1).problems()).isNotEmpty();
  }

  @Test
  void badUtf8IsTheSameFailure() throws IOException {
    String written = NDJSON.write(RecordSamples.random(3L));
    byte[] file = written.getBytes(StandardCharsets.UTF_8);
    file[file.length - 3] = (byte) 0xC3;
    assertThat(assertAgree(NDJSON, file, 2, 16).failure()).isNotNull();
  }
}
