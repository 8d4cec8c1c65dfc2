package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.records.SubjectRecords;

/** {@link RecordsNdjson#read(Path)}: an evaluation in parallel, and closing the file. */
class RecordsNdjsonFileTest {
  private static final RecordsNdjson NDJSON = RecordsNdjson.standard();

  @TempDir
  Path directory;

  /** 400 families of {@link OutputFixtures}, in two local authorities. */
  private static List<SubjectRecords> families() {
    String[] to = {"none", "low", "medium", "high"};
    List<SubjectRecords> families = new ArrayList<>();
    for (int i = 1; i <= 400; i++) {
      families.add(OutputFixtures.family("F-" + i, i % 5 == 0 ? "LA-2" : "LA-1", i % 3, "high",
          to[i % 4], i % 7 == 0, i % 40));
    }
    return families;
  }

  private Path write(List<SubjectRecords> groups) throws IOException {
    Path file = directory.resolve("families.ndjson");
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      NDJSON.write(groups.stream(), writer);
    }
    return file;
  }

  @Test
  void anEvaluationInParallelEqualsTheSequentialOne() throws Exception {
    List<SubjectRecords> families = families();
    Path file = write(families);
    Results expected = OutputFixtures.EVALUATION.evaluate(families.stream());

    try (Stream<SubjectRecords> groups = NDJSON.read(file)) {
      assertThat(OutputFixtures.EVALUATION.evaluate(groups)).isEqualTo(expected);
    }
    // The file is far under the parts the public read cuts: it is read whole, in parallel too.
    try (Stream<SubjectRecords> groups = NDJSON.read(file)) {
      assertThat(OutputFixtures.EVALUATION.evaluate(groups.parallel())).isEqualTo(expected);
    }
    ForkJoinPool four = new ForkJoinPool(4);
    try {
      Results parallel = four.submit(() -> {
        try (Stream<SubjectRecords> groups = NDJSON.read(file)) {
          return OutputFixtures.EVALUATION.evaluate(groups.parallel());
        }
      }).get();
      assertThat(parallel).isEqualTo(expected);
    } finally {
      four.shutdownNow();
    }
    // The file is cut into parts, each evaluated on its own.
    try (Stream<SubjectRecords> groups = NDJSON.read(file)) {
      Spliterator<SubjectRecords> second = groups.spliterator();
      Spliterator<SubjectRecords> first = second.trySplit();
      assertThat(first).isNotNull();
      Results halves = OutputFixtures.EVALUATION.evaluate(StreamSupport.stream(second, false))
          .merge(OutputFixtures.EVALUATION.evaluate(StreamSupport.stream(first, false)));
      assertThat(halves).isEqualTo(expected);
    }
    assertThat(NdjsonReads.inParts(NDJSON, file).count()).isGreaterThanOrEqualTo(3);
    assertThat(Files.size(file)).isGreaterThan(4 * 4096L);
  }

  @Test
  void theGroupsInParallelAreInTheFilesOrder() throws IOException {
    List<SubjectRecords> families = families();
    Path file = write(families);
    try (Stream<SubjectRecords> groups = NDJSON.read(file)) {
      assertThat(groups.parallel().toList()).isEqualTo(families);
    }
    NdjsonReads.Parts parts = NdjsonReads.inParts(NDJSON, file);
    assertThat(parts.outcome().groups()).isEqualTo(families);
    assertThat(parts.count()).isGreaterThan(1);
  }

  @Test
  void charactersOfSeveralBytesAcrossBuffersAndPartsAreReadWhole() throws IOException {
    // Unknown properties with characters of 2, 3 and 4 bytes, over 3 MiB: the default parts cut
    // it, and buffers of 64 KiB end within a character.
    List<SubjectRecords> families = families();
    Path file = write(families);
    String note = ",\"note\":\"" + "\u00e9\u0175\ud83d\ude00".repeat(220) + "\"}";
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder noted = new StringBuilder(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      noted.append(line, 0, line.length() - 1).append(note).append('\n');
    }
    Files.writeString(file, noted, StandardCharsets.UTF_8);
    assertThat(Files.size(file)).isGreaterThan(3L << 20);
    RecordsNdjson lenient = NDJSON.with(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES);

    try (Stream<SubjectRecords> groups = lenient.read(file)) {
      assertThat(groups.toList()).isEqualTo(families);
    }
    try (Stream<SubjectRecords> groups = lenient.read(file)) {
      assertThat(groups.parallel().toList()).isEqualTo(families);
    }
    NdjsonReads.Parts parts = NdjsonReads.inParts(lenient, file);
    assertThat(parts.outcome().groups()).isEqualTo(families);
    assertThat(parts.count()).isGreaterThan(1);
  }

  @Test
  void aFileWithCrlfLineEndsIsCutToo() throws IOException {
    // Its first line is {"formatVersion":1} too, and \r\n is read as \n is.
    List<SubjectRecords> families = families();
    Path file = write(families);
    Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
    try (Stream<SubjectRecords> groups = NDJSON.read(file)) {
      assertThat(groups.parallel().toList()).isEqualTo(families);
    }
    NdjsonReads.Parts parts = NdjsonReads.inParts(NDJSON, file);
    assertThat(parts.outcome().groups()).isEqualTo(families);
    assertThat(parts.count()).isGreaterThan(1);
  }

  @Test
  void aPartInterruptedFailsWithItsOwnCauseAsTheOneThreadRead() throws IOException {
    // An interrupt closes the file under every part: the part's failure says why, where a second
    // read of the file could only say that it is closed. One thread takes the parts in turn.
    Path file = write(families());
    try (Stream<SubjectRecords> groups = NDJSON.read(file)) {
      Spliterator<SubjectRecords> suffix = groups.spliterator();
      Spliterator<SubjectRecords> prefix = suffix.trySplit();
      assertThat(prefix).isNotNull();
      assertThat(prefix.tryAdvance(group -> { })).isTrue();
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> suffix.tryAdvance(group -> { }))
            .isInstanceOf(UncheckedIOException.class)
            .hasCauseInstanceOf(ClosedByInterruptException.class);
      } finally {
        Thread.interrupted();
      }
    }
  }

  @Test
  void aByteNotUtf8IsAProblemOfItsLineAfterTheGroupsBeforeIt() throws IOException {
    // 65,536 characters in 73,728 bytes, then a byte that is not UTF-8 in a line's unknown
    // property: a problem placed at that line and column, with the byte's offset, after the
    // groups of the lines before it, read sequentially; in parallel, the same problem.
    List<String> lines = Files.readString(write(families())).lines().toList();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8(lines.get(0) + "\n"));
    int characters = lines.get(0).length() + 1;
    int accents = 0;
    int i = 1;
    while (accents < 8192) {
      String line = lines.get(i++);
      String start = line.substring(0, line.length() - 1) + ",\"note\":\"";
      String pad = (bytes.size() + start.length()) % 2 == 0 ? "" : "a";
      int count = Math.min(200, 8192 - accents);
      String noted = start + pad + "\u00e9".repeat(count) + "\"}\n";
      bytes.writeBytes(utf8(noted));
      characters += noted.length();
      accents += count;
    }
    String line = lines.get(i++);
    String start = line.substring(0, line.length() - 1) + ",\"note\":\"";
    String before = start + "a".repeat(65_536 - characters - start.length());
    bytes.writeBytes(utf8(before));
    assertThat(bytes.size()).isEqualTo(9 * 8192);
    bytes.write(0xFF);
    bytes.writeBytes(utf8("\"}\n"));
    lines.subList(i, lines.size()).forEach(rest -> bytes.writeBytes(utf8(rest + "\n")));
    Path file = Files.write(directory.resolve("bad.ndjson"), bytes.toByteArray());
    RecordsNdjson lenient = NDJSON.with(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES);

    int badLine = i;
    NdjsonReads.Outcome read = NdjsonReads.iterate(() -> lenient.read(file));
    assertThat(read.failure()).startsWith(JsonFormatException.class.getName());
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo("(root) (line " + badLine + ", column "
          + (before.length() + 1) + ")");
      assertThat(problem.message()).contains("not UTF-8", "byte " + 9 * 8192 + " of the file");
    });
    // The groups of the subjects whose lines all came before: those of the lines before.
    List<SubjectRecords> expected = lenient.readAll(new String(bytes.toByteArray(), 0,
        bytes.size(), StandardCharsets.UTF_8).lines().limit(badLine - 1)
        .reduce(new StringBuilder(), (all, each) -> all.append(each).append('\n'),
            StringBuilder::append).toString());
    assertThat(read.groups()).isNotEmpty().isEqualTo(expected.subList(0, read.groups().size()));
    assertThat(expected.size() - read.groups().size()).isLessThanOrEqualTo(1);
    assertThat(NdjsonReads.iterate(() -> NdjsonReads.overStream(lenient, file)))
        .isEqualTo(read);
    assertThat(NdjsonReads.inParts(lenient, file).outcome())
        .isEqualTo(NdjsonReads.whole(() -> lenient.read(file)));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void closingTwiceIsHarmlessAndReadingAfterClosingFails() throws IOException {
    Path file = write(families());
    Stream<SubjectRecords> groups = NDJSON.read(file);
    Iterator<SubjectRecords> each = groups.iterator();
    assertThat(each.next().subject().id()).isEqualTo("F-1");
    groups.close();
    groups.close();
    assertThatThrownBy(each::hasNext).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed").hasMessageContaining(file.toString());
  }

  @Test
  void aMissingFileFailsAtOnce() {
    Path missing = directory.resolve("missing.ndjson");
    assertThatThrownBy(() -> NDJSON.read(missing)).isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void closedStreamsLeaveNoFileOpen() throws IOException {
    Path descriptors = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(descriptors), "a /proc file system");
    Path good = write(families());
    Path bad = directory.resolve("bad.ndjson");
    Files.writeString(bad, Files.readString(good) + "{\"type\":\"subject\",\"id\":\"F-1\"}\n");
    int before = count(descriptors);

    List<Stream<SubjectRecords>> open = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Stream<SubjectRecords> groups = NDJSON.read(i % 2 == 0 ? good : bad).parallel();
      open.add(groups);
      try {
        assertThat(groups.count()).isEqualTo(400);
      } catch (JsonFormatException e) {
        assertThat(e.problems()).isNotEmpty();
      }
    }
    // A guard: the count sees the files the streams keep open.
    assertThat(count(descriptors)).isGreaterThanOrEqualTo(before + 30);
    open.forEach(Stream::close);
    assertThat(count(descriptors)).isLessThan(before + 5);
  }

  private static int count(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return (int) entries.count();
    }
  }
}
