package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.Problem;
import org.obaframework.core.records.SubjectRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lines of records NDJSON as other writers write them: properties in any order, names and values
 * escaped, spaces; and a record's problems, the same on a line as in the document.
 */
class RecordsNdjsonTest {
  private static final RecordsNdjson NDJSON = RecordsNdjson.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String golden() throws IOException {
    return RecordSamples.resource(RecordSamples.GOLDEN_NDJSON);
  }

  /** Each line of a file with its properties, and its objects', sorted by name, at any depth. */
  private static String sorted(String file) {
    StringBuilder out = new StringBuilder();
    for (String line : file.lines().toList()) {
      out.append(MAPPER.writeValueAsString(sorted(MAPPER.readTree(line)))).append('\n');
    }
    return out.toString();
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      node.properties().forEach(e -> fields.put(e.getKey(), sorted(e.getValue())));
      ObjectNode copy = MAPPER.createObjectNode();
      fields.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      var copy = MAPPER.createArrayNode();
      node.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }

  @Test
  void linesWithTheirPropertiesInAnyOrderAreReadAlike() throws IOException {
    String golden = golden();
    String sorted = sorted(golden);
    assertThat(sorted).isNotEqualTo(golden).contains("\"type\":\"subject\"}");
    assertThat(NDJSON.readAll(sorted)).isEqualTo(NDJSON.readAll(golden));
  }

  @Test
  void escapedNamesAndValuesAndSpacesAreReadAsTheirText() throws IOException {
    String golden = golden();
    String escaped = golden.replace("\"id\":", "\"\\u0069d\": ").replace(",\"", " , \"")
        .replace("\"type\":\"review\"", "\"type\":\"r\\u0065view\"");
    assertThat(escaped).isNotEqualTo(golden);
    assertThat(NDJSON.readAll(escaped)).isEqualTo(NDJSON.readAll(golden));
  }

  @Test
  void aRecordHasTheSameProblemsOnALineAsInTheDocument() {
    String document = BadRecordsCatalogueTest.BASE;
    String[][] changes = {{"\"kind\":\"FAMILY\"", "\"kind\":\"PET\",\"x\":1"},
        {"\"start\":\"2024-01-01\"", "\"start\":\"2024-02-30\""},
        {"\"value\":true", "\"value\":null"},
        {"{\"indicator\":\"SAFE\",\"value\":true}", "{\"indicator\":\"SAFE\"}"},
        {"\"rater\":\"JOINT\"", "\"rater\":\"JOINT\",\"rater\":\"NOBODY\""},
        {"[\"OUT\"]", "[\"OUT\",\"OUT\"]"}};
    for (String[] change : changes) {
      String bad = MarkedDocument.with(document, change[0], change[1]);
      List<Problem> inDocument = problems(() -> RecordsJson.standard().read(bad));
      // The same records, one per line: the problems are the same but for where they are.
      var tree = MAPPER.readTree(bad);
      StringBuilder lines = new StringBuilder("{\"formatVersion\":1}\n");
      for (String kind : List.of("subject", "episode", "review")) {
        ObjectNode record = (ObjectNode) tree.get(kind + "s").get(0);
        ObjectNode typed = MAPPER.createObjectNode().put("type", kind);
        typed.setAll(record);
        lines.append(typed).append('\n');
      }
      // The tree keeps the last of a repeated property: the line repeats it again.
      String line = change[1].contains("\"rater\":\"NOBODY\"")
          ? lines.toString().replace("\"rater\":\"NOBODY\"", change[1]) : lines.toString();
      List<Problem> onLines = problems(() -> NDJSON.readAll(line));
      assertThat(withoutPlaces(onLines)).as(change[1]).isEqualTo(withoutPlaces(inDocument))
          .isNotEmpty();
    }
  }

  private static List<Problem> problems(Runnable read) {
    try {
      read.run();
    } catch (JsonFormatException e) {
      return e.problems();
    }
    return List.of();
  }

  /** The problems without where they are, and a line's own property, its type. */
  private static List<String> withoutPlaces(List<Problem> problems) {
    List<String> all = new ArrayList<>();
    for (Problem problem : problems) {
      all.add(problem.type() + " " + problem.field() + " "
          + problem.expected().replace(", type]", "]") + " " + problem.found());
    }
    return all;
  }

  @Test
  void bytesThatAreNotUtf8AreAProblemOfTheirLine() throws IOException {
    byte[] file = golden().getBytes(StandardCharsets.UTF_8);
    int at = golden().indexOf("\"kind\"");
    file[at + 2] = (byte) 0xFF;
    int line = (int) golden().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - golden().lastIndexOf('\n', at);
    assertThatThrownBy(() -> NDJSON.read(new ByteArrayInputStream(file)).toList())
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(problem -> {
              assertThat(problem.location())
                  .isEqualTo("(root) (line " + line + ", column " + (column + 2) + ")");
              assertThat(problem.message()).contains("malformed document", "UTF-8 text",
                  "not UTF-8", "from byte " + (at + 2) + " of the file");
            }));
  }

  /** The line a problem is on. */
  private static int line(Problem problem) {
    Matcher at = Pattern.compile("\\(line (\\d+), column").matcher(problem.location());
    assertThat(at.find()).as(problem.location()).isTrue();
    return Integer.parseInt(at.group(1));
  }

  @Test
  void problemsPastTheLimitAreCountedAndTheFirstListedInTheFilesOrder(@TempDir Path dir)
      throws IOException {
    // 30 subjects' lines, each followed by an empty line; from the 11th, their ids used before:
    // problems of the lines and ids used twice, interleaved, 50 in all.
    StringBuilder text = new StringBuilder("{\"formatVersion\":1}\n");
    for (int i = 0; i < 30; i++) {
      text.append("{\"type\":\"subject\",\"id\":\"S-").append(i % 10)
          .append("\",\"kind\":\"CHILD\",\"attributes\":{},\"members\":[]}\n\n");
    }
    Path file = dir.resolve("bad.ndjson");
    Files.writeString(file, text);
    Map<String, Function<RecordsNdjson, Stream<SubjectRecords>>> reads = Map.of(
        "a reader", ndjson -> ndjson.read(new java.io.StringReader(text.toString())),
        "bytes", ndjson -> ndjson.read(new ByteArrayInputStream(
            text.toString().getBytes(StandardCharsets.UTF_8))),
        "a path", ndjson -> ndjson.read(file),
        "a path in parallel", ndjson -> ndjson.read(file).parallel());
    for (var read : reads.entrySet()) {
      JsonFormatException all = failure(read.getValue().apply(
          NDJSON.withLimits(ReadLimits.defaults().withProblems(1_000))));
      assertThat(all.unlisted()).as(read.getKey()).isZero();
      assertThat(all.problems()).as(read.getKey()).hasSize(50)
          .extracting(RecordsNdjsonTest::line).isSorted()
          .contains(22, 23, 61);   // the 11th subject's line, the empty line after it, the last
      for (int limit : new int[] {1, 21, 22, 49, 50}) {
        JsonFormatException capped = failure(read.getValue().apply(
            NDJSON.withLimits(ReadLimits.defaults().withProblems(limit))));
        assertThat(capped.problems()).as("%s, %d", read.getKey(), limit)
            .containsExactlyElementsOf(all.problems().subList(0, limit));
        assertThat(capped.unlisted()).as("%s, %d", read.getKey(), limit).isEqualTo(50 - limit);
      }
    }
  }

  private static JsonFormatException failure(Stream<SubjectRecords> read) {
    try (read) {
      read.toList();
    } catch (JsonFormatException e) {
      return e;
    }
    throw new AssertionError("read without failing");
  }
}
