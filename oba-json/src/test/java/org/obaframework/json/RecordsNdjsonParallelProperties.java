package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.json.NdjsonReads.inParts;
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
 * Reading a file in parts, each on a thread of its own, gives what reading it on one does: over
 * random valid files and random mutations of them, cut by {@link RecordsNdjson#read(java.nio.file.Path)}'s
 * spliterator into as many parts as it allows (a subject or a few each), the same groups in the
 * same order, or the same problems, in the same order, places and words.
 */
class RecordsNdjsonParallelProperties {
  private static final RecordsNdjson NDJSON = RecordsNdjson.standard();

  @TempDir
  Path directory;

  /** Asserts that the reads agree; returns what the parts gave, and how many there were. */
  private NdjsonReads.Parts assertAgree(RecordsNdjson ndjson, byte[] file) throws IOException {
    Path path = Files.write(directory.resolve("records.ndjson"), file);
    Outcome one = NdjsonReads.whole(() -> ndjson.read(new StringReader(
        new String(file, StandardCharsets.UTF_8))));
    Outcome onePath = NdjsonReads.whole(() -> ndjson.read(path));
    NdjsonReads.Parts several = inParts(ndjson, path);
    assertThat(several.outcome().problems())
        .as("problems of:\n%s", new String(file, StandardCharsets.UTF_8))
        .containsExactlyElementsOf(onePath.problems());
    assertThat(several.outcome().groups()).isEqualTo(onePath.groups());
    assertThat(several.outcome().failure()).isEqualTo(onePath.failure());
    if (onePath.failure() == null) {
      assertThat(onePath).isEqualTo(one);
    }
    return several;
  }

  private void assertAgree(String text) {
    byte[] file = text.getBytes(StandardCharsets.UTF_8);
    try {
      assertAgree(NDJSON, file);
      assertAgree(NDJSON.with(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void validFilesAreReadAlike() {
    qt().withFixedSeed(20261127L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      assertAgree(NDJSON.write(RecordSamples.random(random.nextLong())));
    });
  }

  @Test
  void mutatedFilesAreReadOrRejectedAlike() {
    qt().withFixedSeed(20261128L).withExamples(600).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String written = NDJSON.write(RecordSamples.random(random.nextLong()));
      assertAgree(random.nextBoolean() ? RecordsNdjsonProperties.mutate(written, random)
          : MutationTest.mutateOnce(written, random));
    });
  }

  @Test
  void aSubjectRepeatedInALaterPartIsTheSameProblem() throws IOException {
    String written = NDJSON.write(RecordSamples.random(7L));
    List<String> lines = written.lines().toList();
    String firstSubject = lines.stream().filter(l -> l.startsWith("{\"type\":\"subject\""))
        .findFirst().orElseThrow();
    byte[] file = (written + firstSubject + "\n").getBytes(StandardCharsets.UTF_8);
    NdjsonReads.Parts several = assertAgree(NDJSON, file);
    assertThat(several.count()).isGreaterThan(1);
    // Placed on the file's line, not on the part's: the file was read again from its start.
    assertThat(several.outcome().problems()).extracting(Problem::location)
        .anySatisfy(at -> assertThat(at).contains("line " + (lines.size() + 1) + ","));
    assertThat(several.outcome().problems()).extracting(Problem::found)
        .anySatisfy(found -> assertThat(found).contains("again, first on line 2"));
  }

  @Test
  void validFilesAreReadInManyPartsEachOnItsOwn() throws IOException {
    // A guard on the properties above: were the parts not read on their own, or the file not
    // cut, they would hold trivially. Read last first, each part gives its own groups.
    for (long seed = 0; seed < 20; seed++) {
      String written = NDJSON.write(RecordSamples.random(seed));
      List<SubjectRecords> expected = NDJSON.readAll(written);
      NdjsonReads.Parts several = assertAgree(NDJSON, written.getBytes(StandardCharsets.UTF_8));
      assertThat(several.outcome().groups()).isEqualTo(expected);
      if (expected.size() > 2) {
        assertThat(several.count()).as("parts of:\n%s", written).isGreaterThan(1);
      }
    }
  }

  @Test
  void anEmptyFileAndABadHeaderAreTheSameProblems() throws IOException {
    assertThat(assertAgree(NDJSON, new byte[0]).outcome().problems()).hasSize(1);
    assertThat(assertAgree(NDJSON, "{\"formatVersion\":2}\n".getBytes(StandardCharsets.UTF_8))
        .outcome().problems()).isNotEmpty();
  }

  @Test
  void badUtf8IsTheSameProblem() throws IOException {
    String written = NDJSON.write(RecordSamples.random(3L));
    byte[] file = written.getBytes(StandardCharsets.UTF_8);
    file[file.length - 3] = (byte) 0xC3;
    Path path = Files.write(directory.resolve("records.ndjson"), file);
    Outcome one = NdjsonReads.whole(() -> NDJSON.read(path));
    assertThat(inParts(NDJSON, path).outcome()).isEqualTo(one);
    assertThat(one.problems()).extracting(Problem::message)
        .anySatisfy(message -> assertThat(message).contains("not UTF-8"));
  }
}
