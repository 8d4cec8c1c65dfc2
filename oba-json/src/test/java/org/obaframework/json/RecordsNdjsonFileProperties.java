package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.obaframework.json.NdjsonReads.inParts;
import static org.obaframework.json.NdjsonReads.iterate;
import static org.obaframework.json.NdjsonReads.overReader;
import static org.obaframework.json.NdjsonReads.overStream;
import static org.obaframework.json.NdjsonReads.whole;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.Problem;
import org.obaframework.json.NdjsonReads.Outcome;

/**
 * Reading a file with {@link RecordsNdjson#read(Path)} gives what {@link
 * RecordsNdjson#read(java.io.InputStream)} gives over the file's bytes (and, for a file in UTF-8,
 * {@link RecordsNdjson#read(java.io.Reader)} over its characters): sequentially, the same groups
 * before the same failure; in parallel, on a pool of four threads, and cut into every part its
 * spliterator allows, each read on a thread of its own, the same groups in the same order, or
 * the same failure (its type, words and problems). Over random valid files of several subjects,
 * and files with a problem injected: a bad value, a line out of order, a subject split across
 * the file, a bad header, bytes that are not UTF-8, or another shape (spaces after a subject
 * line's brace, where it cannot be cut; CRLF line ends).
 */
class RecordsNdjsonFileProperties {
  private static final RecordsNdjson NDJSON = RecordsNdjson.standard();
  private static final byte[] SUBJECT_LINE =
      "\n{\"type\":\"subject\"".getBytes(StandardCharsets.US_ASCII);
  private static final ForkJoinPool FOUR = new ForkJoinPool(4);

  @TempDir
  Path directory;

  @AfterAll
  static void stopPool() {
    FOUR.shutdownNow();
  }

  /** Reads in parallel on {@link #FOUR}. */
  static Outcome inParallel(RecordsNdjson ndjson, Path file) {
    try {
      return FOUR.submit(() -> whole(() -> ndjson.read(file).parallel())).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Asserts that the reads agree; returns how many times the parallel one cut the file. */
  private int assertAgree(RecordsNdjson ndjson, byte[] bytes) throws IOException {
    Path file = Files.write(directory.resolve("records.ndjson"), bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Outcome oneByOne = iterate(() -> overStream(ndjson, file));
    assertThat(iterate(() -> ndjson.read(file))).as("sequential read of:\n%s", text)
        .isEqualTo(oneByOne);
    if (Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
      assertThat(iterate(() -> overReader(ndjson, file))).as("read of the characters of:\n%s",
          text).isEqualTo(oneByOne);
    }

    Outcome all = whole(() -> overStream(ndjson, file));
    assertThat(inParallel(ndjson, file)).as("parallel read of:\n%s", text).isEqualTo(all);
    NdjsonReads.Parts parts = inParts(ndjson, file);
    assertThat(parts.outcome()).as("read in %d parts of:\n%s", parts.count(), text)
        .isEqualTo(all);
    return parts.count() - 1;
  }

  /** As {@link #assertAgree(RecordsNdjson, byte[])}, with unknown properties allowed too. */
  private int assertAgree(byte[] bytes) {
    try {
      int cuts = assertAgree(NDJSON, bytes);
      assertAgree(NDJSON.with(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES), bytes);
      return cuts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A valid file of several random batches of records, their ids made distinct by batch.
   */
  static String file(Random random, int batches) {
    StringBuilder file = new StringBuilder();
    for (int b = 0; b < batches; b++) {
      String written = NDJSON.write(RecordSamples.random(random.nextLong()));
      if (b > 0) {
        written = written.substring(written.indexOf('\n') + 1);
      }
      // Ids start with S and a digit; nothing else in a random batch does.
      file.append(written.replaceAll("\"S(?=[0-9])", "\"B" + b + "-S"));
    }
    return file.toString();
  }

  /** Whether the parallel read must cut the file: a subject's line starts in its second half. */
  static boolean cuttable(byte[] file) {
    int from = file.length / 2 - 1;
    if (file.length < 2 || from < 0) {
      return false;
    }
    for (int at = from; at + SUBJECT_LINE.length <= file.length; at++) {
      if (Arrays.equals(file, at, at + SUBJECT_LINE.length, SUBJECT_LINE, 0,
          SUBJECT_LINE.length)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void validFilesAreReadAlikeAndCut() {
    AtomicLong cut = new AtomicLong();
    qt().withFixedSeed(20261129L).withExamples(150).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String text = file(random, 2 + random.nextInt(10));
      assertThat(NDJSON.readAll(text)).as("a valid file").isNotNull();
      int cuts = assertAgree(utf8(text));
      if (cuttable(utf8(text))) {
        assertThat(cuts).as("cuts of:\n%s", text).isPositive();
        cut.incrementAndGet();
      }
    });
    // A guard on the property: files that cannot be cut would make it hold trivially.
    assertThat(cut.get()).isGreaterThan(100);
  }

  @Test
  void filesWithAProblemAreRejectedAlike() {
    AtomicLong cut = new AtomicLong();
    qt().withFixedSeed(20261130L).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      byte[] injected = inject(file(random, 2 + random.nextInt(8)), random);
      // Counts the files cut: a guard, as above.
      cut.addAndGet(Math.min(1, assertAgree(injected)));
    });
    assertThat(cut.get()).isGreaterThan(100);
  }

  /** Injects one kind of problem, or of shape, at random. */
  static byte[] inject(String text, Random random) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    switch (random.nextInt(7)) {
      case 0:
        return utf8(RecordsNdjsonProperties.mutate(text, random));
      case 1:
        return utf8(MutationTest.mutateOnce(text, random));
      case 2: {
        // A line out of order.
        if (lines.size() < 2) {
          return utf8(text);
        }
        int from = 1 + random.nextInt(lines.size() - 1);
        int to = 1 + random.nextInt(lines.size() - 1);
        lines.add(to, lines.remove(from));
        return utf8(joined(lines));
      }
      case 3:
        return utf8(joined(splitSubject(lines, random)));
      case 4: {
        String[] headers = {"{\"formatVersion\":2}", "{\"formatVersion\":1,\"x\":1}", "[]",
            "\uFEFF{\"formatVersion\":1}", "{ \"formatVersion\": 1 }"};
        if (random.nextBoolean()) {
          lines.remove(0);
        } else {
          lines.set(0, headers[random.nextInt(headers.length)]);
        }
        return utf8(joined(lines));
      }
      case 5: {
        byte[] bytes = utf8(text);
        byte[] bad = {(byte) 0xC3, (byte) 0xFF, (byte) 0x80, (byte) 0xED};
        bytes[random.nextInt(bytes.length)] = bad[random.nextInt(bad.length)];
        return bytes;
      }
      default: {
        // A valid file of another shape: spaces after a brace, not cut there; CRLF line ends.
        if (random.nextBoolean()) {
          return utf8(joined(lines).replace("\n", "\r\n"));
        }
        lines.replaceAll(line -> line.startsWith("{\"type\":\"subject\"") && random.nextBoolean()
            ? "{ " + line.substring(1) : line);
        return utf8(joined(lines));
      }
    }
  }

  /**
   * Splits a subject's group in two: its later lines move to the file's end, after its subject's
   * line again; or, without a group of two lines, a subject's line is repeated at the end.
   */
  static List<String> splitSubject(List<String> lines, Random random) {
    List<int[]> groups = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("{\"type\":\"subject\"")) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).startsWith("{\"type\":\"subject\"")) {
          end++;
        }
        groups.add(new int[] {i, end});
      }
    }
    List<int[]> long2 = groups.stream().filter(g -> g[1] - g[0] >= 2).toList();
    if (long2.isEmpty()) {
      if (!groups.isEmpty()) {
        lines.add(lines.get(groups.get(random.nextInt(groups.size()))[0]));
      }
      return lines;
    }
    int[] group = long2.get(random.nextInt(long2.size()));
    int from = group[0] + 1 + random.nextInt(group[1] - group[0] - 1);
    List<String> moved = new ArrayList<>(lines.subList(from, group[1]));
    lines.subList(from, group[1]).clear();
    lines.add(lines.get(group[0]));
    lines.addAll(moved);
    return lines;
  }

  private static String joined(List<String> lines) {
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSubjectSplitInTwoPartsIsTheOneThreadReadsProblem() throws IOException {
    Random random = new Random(11L);
    String text = file(random, 12);
    List<String> lines = new ArrayList<>(text.lines().toList());
    String firstSubject = lines.stream().filter(l -> l.startsWith("{\"type\":\"subject\""))
        .findFirst().orElseThrow();
    lines.add(firstSubject);
    byte[] bytes = utf8(joined(lines));
    int cuts = assertAgree(NDJSON, bytes);
    assertThat(cuts).isPositive();
    Path file = directory.resolve("records.ndjson");
    Outcome parallel = inParts(NDJSON, file).outcome();
    assertThat(parallel.problems()).extracting(Problem::found)
        .anySatisfy(found -> assertThat(found).contains("again, first on line 2"));
    assertThat(parallel.problems()).extracting(Problem::location)
        .anySatisfy(location -> assertThat(location).contains("line " + lines.size()));
  }

  @Test
  void badUtf8IsTheSameProblemInParallel() throws IOException {
    byte[] bytes = utf8(file(new Random(5L), 12));
    bytes[bytes.length - 3] = (byte) 0xC3;
    assertAgree(NDJSON, bytes);
    Outcome parallel = inParts(NDJSON, directory.resolve("records.ndjson")).outcome();
    assertThat(parallel.failure()).startsWith(JsonFormatException.class.getName());
    int lines = (int) new String(bytes, StandardCharsets.UTF_8).lines().count();
    assertThat(parallel.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.location()).startsWith("(root) (line " + lines + ", column ");
      assertThat(problem.message()).contains("not UTF-8",
          "byte " + (bytes.length - 3) + " of the file");
    });
  }
}
