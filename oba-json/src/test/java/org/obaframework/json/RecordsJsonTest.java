package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ProblemType;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.SubjectRecords;

class RecordsJsonTest {
  private final RecordsJson json = RecordsJson.standard();
  private final RecordsNdjson ndjson = RecordsNdjson.standard();

  private static void update(String resource, String written) throws IOException {
    if (Boolean.getBoolean("oba.golden.update")) {
      // mvn test -Doba.golden.update=true rewrites the golden files after an intended change.
      Files.writeString(Path.of("src/test/resources" + resource), written, StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheGoldenDocumentByteForByte() throws IOException {
    String written = json.write(RecordSamples.golden());
    update(RecordSamples.GOLDEN, written);
    assertThat(written).isEqualTo(RecordSamples.resource(RecordSamples.GOLDEN));
    assertThat(written).endsWith("}\n").doesNotContain("\r")
        .contains("\n  \"formatVersion\": 1,");
  }

  @Test
  void readsTheGoldenDocumentAsTheRecordsItWasWrittenFrom() throws IOException {
    RecordSamples.assertSame(json.read(RecordSamples.resource(RecordSamples.GOLDEN)),
        RecordSamples.golden());
  }

  @Test
  void writesTheGoldenNdjsonByteForByte() throws IOException {
    String written = ndjson.write(RecordSamples.golden());
    update(RecordSamples.GOLDEN_NDJSON, written);
    assertThat(written).isEqualTo(RecordSamples.resource(RecordSamples.GOLDEN_NDJSON));
    assertThat(written.split("\n")).hasSize(7).allSatisfy(line -> assertThat(line)
        .startsWith("{").endsWith("}").doesNotContain("\": "));
    assertThat(written).startsWith("{\"formatVersion\":1}\n{\"type\":\"subject\",");
  }

  @Test
  void readsTheGoldenNdjsonAsTheSubjectsGroups() throws IOException {
    List<SubjectRecords> read = ndjson.readAll(RecordSamples.resource(RecordSamples.GOLDEN_NDJSON));
    assertThat(read).isEqualTo(RecordSamples.golden().groups().toList());
    assertThat(read.get(0).reviewsOf("E-1")).hasSize(1);
  }

  @Test
  void readsLinesSplitAcrossReadsOfAnySize() throws IOException {
    String text = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON);
    List<SubjectRecords> expected = RecordSamples.golden().groups().toList();
    for (int chunk : new int[] {1, 2, 3, 7, 64, 1 << 20}) {
      assertThat(ndjson.readAll(new ChunkedReader(text, chunk))).as("chunks of %d", chunk)
          .isEqualTo(expected);
    }
    String unterminated = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    assertThat(ndjson.readAll(new ChunkedReader(unterminated, 5))).isEqualTo(expected);
  }

  @Test
  void sharesEqualRatingsBetweenReviewsAndReadsThemEqual() throws IOException {
    String text = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON);
    List<SubjectRecords> read = ndjson.readAll(text + text.substring(text.indexOf('\n') + 1)
        .replace("\"id\":\"", "\"id\":\"again-").replace("\"subject\":\"",
            "\"subject\":\"again-").replace("\"episode\":\"", "\"episode\":\"again-"));
    List<org.obaframework.core.records.Rating> ratings = new ArrayList<>();
    read.forEach(group -> group.reviews().forEach(review -> ratings.addAll(review.ratings())));
    boolean shared = false;
    for (int i = 0; i < ratings.size(); i++) {
      for (int j = i + 1; j < ratings.size(); j++) {
        if (ratings.get(i).equals(ratings.get(j)) && ratings.get(i).member().isEmpty()) {
          assertThat(ratings.get(j)).isSameAs(ratings.get(i));
          shared = true;
        }
      }
    }
    assertThat(shared).as("the twice-written reviews repeat their ratings").isTrue();
    int again = read.size() / 2;
    assertThat(read.get(again).reviews().get(0).assessedOn())
        .isSameAs(read.get(0).reviews().get(0).assessedOn());
    int half = read.size() / 2;
    for (int g = 0; g < half; g++) {
      for (int r = 0; r < read.get(g).reviews().size(); r++) {
        assertThat(read.get(half + g).reviews().get(r).ratings())
            .isEqualTo(read.get(g).reviews().get(r).ratings());
      }
    }
  }

  @Test
  void rejectsALineLongerThanTheLimitWithoutHoldingIt() {
    // A header, then one line a few characters over the limit, produced on the fly.
    String header = "{\"formatVersion\":1}\n";
    java.io.Reader longLine = new java.io.Reader() {
      private long given;
      private final long total = header.length() + (long) RecordsNdjson.MAX_LINE_LENGTH + 10;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (given >= total) {
          return -1;
        }
        int n = (int) Math.min(length, total - given);
        for (int i = 0; i < n; i++) {
          long at = given + i;
          buffer[offset + i] = at < header.length() ? header.charAt((int) at) : 'x';
        }
        given += n;
        return n;
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> ndjson.readAll(longLine)).isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("line 2").hasMessageContaining(
            "a line of at most " + RecordsNdjson.MAX_LINE_LENGTH + " characters");
  }

  /** Gives at most {@code chunk} characters a read, as a network stream may. */
  private static final class ChunkedReader extends java.io.Reader {
    private final String text;
    private final int chunk;
    private int at;

    ChunkedReader(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (at >= text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), text.length() - at);
      text.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void readsCarriageReturnLineEnds() throws IOException {
    String crlf = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON).replace("\n", "\r\n");
    assertThat(ndjson.readAll(crlf)).isEqualTo(RecordSamples.golden().groups().toList());
  }

  @Test
  void streamsLazilyAndFailsAtTheEndWithEveryProblem() throws IOException {
    String golden = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON);
    // A problem on the last line (7): the first group is yielded, then the stream fails.
    String bad = golden.replace("\"rater\":\"JOINT\"", "\"rater\":\"NOBODY\"")
        .replace("\"kind\":\"BASELINE\"", "\"kind\":\"FIRST\"");
    List<SubjectRecords> seen = new ArrayList<>();
    try (Stream<SubjectRecords> groups = ndjson.read(new StringReader(bad))) {
      Iterator<SubjectRecords> each = groups.iterator();
      assertThatThrownBy(() -> each.forEachRemaining(seen::add))
          .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
              .extracting(p -> p.location())
              .containsExactly("/kind (line 4, column 52)", "/rater (line 7, column 122)"));
    }
    assertThat(seen).isEmpty();
    String late = golden.replace("\"rater\":\"JOINT\"", "\"rater\":\"NOBODY\"");
    seen.clear();
    assertThatThrownBy(() -> ndjson.read(new StringReader(late)).forEach(seen::add))
        .isInstanceOf(JsonFormatException.class);
    assertThat(seen).hasSize(1);
    assertThatThrownBy(() -> ndjson.readAll(late)).isInstanceOf(JsonFormatException.class);
    Iterator<SubjectRecords> again = ndjson.read(new StringReader(late)).iterator();
    again.next();
    assertThatThrownBy(again::hasNext).isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(again::hasNext).as("asked again, the stream fails again")
        .isInstanceOf(JsonFormatException.class);
  }

  @Test
  void streamsAFileLargerThanItHoldsOneSubjectAtATime() {
    int subjects = 10_000;
    GeneratedLines file = new GeneratedLines(subjects);
    try (Stream<SubjectRecords> groups = ndjson.read(file)) {
      Iterator<SubjectRecords> each = groups.iterator();
      assertThat(each.next().subject().id()).isEqualTo("S0");
      // Only the first group's lines (and the reader's buffer) have been read.
      assertThat(file.linesMade).isLessThan(100);
      long rest = 0;
      long records = 0;
      while (each.hasNext()) {
        SubjectRecords group = each.next();
        records += group.episodes().size() + group.reviews().size();
        rest++;
      }
      assertThat(rest).isEqualTo(subjects - 1);
      assertThat(records).isEqualTo(2L * (subjects - 1));
    }
  }

  /** A file made line by line as it is read, never held whole. */
  private static final class GeneratedLines extends java.io.Reader {
    private final int subjects;
    private int linesMade;
    private String pending = "{\"formatVersion\":1}\n";
    private int position;

    GeneratedLines(int subjects) {
      this.subjects = subjects;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position == pending.length()) {
        int subject = linesMade / 3;
        if (subject >= subjects) {
          return -1;
        }
        String s = "S" + subject;
        String e = "E" + subject;
        pending = switch (linesMade % 3) {
          case 0 -> "{\"type\":\"subject\",\"id\":\"" + s + "\",\"kind\":\"CHILD\","
              + "\"attributes\":{},\"members\":[]}\n";
          case 1 -> "{\"type\":\"episode\",\"id\":\"" + e + "\",\"subject\":\"" + s + "\","
              + "\"programme\":\"IFS\",\"localAuthority\":\"LA\",\"start\":\"2024-01-01\","
              + "\"serviceOutputs\":[]}\n";
          default -> "{\"type\":\"review\",\"id\":\"R" + subject + "\",\"episode\":\"" + e
              + "\",\"kind\":\"BASELINE\",\"assessedOn\":\"2024-01-02\","
              + "\"recordedOn\":\"2024-01-02\",\"rater\":\"JOINT\",\"ratings\":[]}\n";
        };
        position = 0;
        linesMade++;
      }
      int count = Math.min(length, pending.length() - position);
      pending.getChars(position, position + count, buffer, offset);
      position += count;
      return count;
    }

    @Override
    public void close() {}
  }

  @Test
  void readingWithAFrameworkPlacesTheValidatorsProblemsAtTheRecord() throws IOException {
    String golden = RecordSamples.resource(RecordSamples.GOLDEN);
    String unknown = golden.replace("\"programme\": \"IFS\",\n      \"localAuthority\": "
        + "\"W06000015\",\n      \"start\": \"2023", "\"programme\": \"NOPE\",\n      "
        + "\"localAuthority\": \"W06000015\",\n      \"start\": \"2023");
    assertThat(unknown).isNotEqualTo(golden);
    assertThatThrownBy(() -> json.read(unknown, Frameworks.golden(), LocalDate.of(2025, 1, 1)))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.type()).isEqualTo(ProblemType.UNKNOWN_REFERENCE);
              assertThat(p.location()).startsWith("/episodes/1/programme (line ");
            }));
    assertThatThrownBy(() -> json.read(golden, Frameworks.golden(), LocalDate.of(2020, 1, 1)))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.location()).startsWith("/reviews/0")));
  }

  @Test
  void readsFromStreamsAndWritesToThem() throws IOException {
    Records golden = RecordSamples.golden();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    json.write(golden, out);
    RecordSamples.assertSame(json.read(new java.io.ByteArrayInputStream(out.toByteArray())),
        golden);
    java.io.StringWriter lines = new java.io.StringWriter();
    ndjson.write(golden.groups(), lines);
    assertThat(lines.toString()).isEqualTo(ndjson.write(golden));
  }

  @Test
  void unknownPropertiesAreReadWhenAllowed() throws IOException {
    String extra = RecordSamples.resource(RecordSamples.GOLDEN)
        .replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"producer\": \"x\",");
    assertThatThrownBy(() -> json.read(extra)).isInstanceOf(JsonFormatException.class);
    RecordSamples.assertSame(json.with(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES).read(extra),
        RecordSamples.golden());
  }
}
