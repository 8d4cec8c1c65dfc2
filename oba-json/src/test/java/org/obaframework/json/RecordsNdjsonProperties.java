package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.internal.Located;
import org.obaframework.json.internal.LocatedParser;

/**
 * Each line of NDJSON is read as JSON is: over random valid files and single random mutations of
 * them (of their bytes, properties and lines), a line is malformed exactly when Jackson's parser
 * finds it so, numbers read to the double Jackson reads, and every problem is located on a line
 * of the file, at a column within it; valid files read back to the records written.
 */
class RecordsNdjsonProperties {
  private static final RecordsNdjson NDJSON = RecordsNdjson.standard();
  private static final Pattern LOCATION =
      Pattern.compile("^(\\(root\\)|/.*) \\(line (\\d+), column (\\d+)\\)$", Pattern.DOTALL);

  /** What reading a file gave: its groups, or the problems it was rejected with. */
  private record Outcome(List<SubjectRecords> groups, List<Problem> problems) {}

  private static Outcome read(RecordsNdjson ndjson, String text) {
    try {
      return new Outcome(ndjson.readAll(text), List.of());
    } catch (JsonFormatException e) {
      return new Outcome(List.of(), e.problems());
    }
  }

  private static void assertReadAsJson(String text) {
    assertReadAsJson(NDJSON, text);
    assertReadAsJson(NDJSON.with(RecordsJson.Feature.ALLOW_UNKNOWN_PROPERTIES), text);
  }

  /**
   * Asserts that every problem is on a line of the file, at a column within it, and that each
   * line read is malformed exactly when Jackson finds it so.
   */
  private static Outcome assertReadAsJson(RecordsNdjson ndjson, String text) {
    Outcome outcome = read(ndjson, text);
    List<String> lines = List.of(text.split("\n", -1));
    int last = 0;
    for (Problem problem : outcome.problems()) {
      Matcher at = LOCATION.matcher(problem.location());
      assertThat(at.matches()).as("%s located, in:%n%s", problem, text).isTrue();
      int line = Integer.parseInt(at.group(2));
      int column = Integer.parseInt(at.group(3));
      assertThat(line).as("%s on a line of:%n%s", problem, text).isBetween(1, lines.size());
      String of = lines.get(line - 1);
      assertThat(column).as("%s within its line %s", problem, of)
          .isBetween(1, of.length() + 1);
      last = Math.max(last, line);
    }
    boolean stopped = outcome.problems().size() >= FrameworkJson.MAX_PROBLEMS
        || outcome.problems().stream().anyMatch(p -> p.location().contains("(line 1,"));
    for (int line = 2; line <= lines.size() && !stopped; line++) {
      String of = lines.get(line - 1).replaceAll("\r$", "");
      if (line == lines.size() && of.isEmpty()) {
        break;   // after the file's last line end
      }
      boolean jackson = LocatedParser.parse(new StringReader(of)).problems().stream()
          .anyMatch(p -> p.type() == ProblemType.MALFORMED_DOCUMENT);
      int number = line;
      boolean ours = outcome.problems().stream().anyMatch(p -> p.type()
          == ProblemType.MALFORMED_DOCUMENT && p.location().contains("(line " + number + ","));
      assertThat(ours).as("line %d malformed as Jackson finds it (%s): %s%nin:%n%s", line,
          jackson, outcome.problems(), text).isEqualTo(jackson);
    }
    return outcome;
  }

  /** A compact property: a name and a scalar, an array of strings, or an empty object. */
  private static final Pattern PROPERTY = Pattern.compile("\"[A-Za-z-]+\":(?:\"[^\"]*\""
      + "|-?[0-9.eE+]+|true|false|null|\\[(?:\"[^\"]*\"(?:,\"[^\"]*\")*)?\\]|\\{\\})");
  private static final String[] VALUES = {"null", "1", "-0", "2.5", "1e999",
      "99999999999999999999", "true", "\"x\"", "\"\"", "\"2024-02-30\"", "\"2024-01-01\"",
      "\"NOT_ASSESSED\"", "\"CHILD\"", "[]", "{}", "[\"A\",\"A\"]", "{\"a\":[]}"};
  private static final String[] NAMES = {"type", "id", "kind", "value", "status", "member",
      "from", "end", "closureReason", "deliveryModel", "recordedOn", "x"};

  /**
   * Mutates a file once: at random, one of {@link MutationTest}'s byte-level and token mutations,
   * or a change of the structure of a line (a property repeated, dropped, renamed or given
   * another value) or of the order of lines (a line repeated, dropped or moved).
   */
  static String mutate(String text, Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return MutationTest.mutateOnce(text, random);
      case 1:
        return property(text, random);
      default:
        if (random.nextBoolean()) {
          return property(text, random);
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        int from = random.nextInt(lines.size());
        int to = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
          case 0 -> lines.add(to, lines.get(from));
          case 1 -> lines.remove(from);
          default -> lines.add(to, lines.remove(from));
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
  }

  private static String property(String text, Random random) {
    List<int[]> spans = spans(text);
    if (spans.isEmpty()) {
      return text;
    }
    List<String> changes = changes(text, spans.get(random.nextInt(spans.size())));
    return changes.get(random.nextInt(changes.size()));
  }

  private static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = PROPERTY.matcher(text);
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    return spans;
  }

  /** Every change of one property: repeated, dropped, renamed, or given another value. */
  private static List<String> changes(String text, int[] p) {
    String before = text.substring(0, p[0]);
    String property = text.substring(p[0], p[1]);
    String after = text.substring(p[1]);
    int colon = property.indexOf("\":") + 2;
    List<String> changes = new ArrayList<>();
    changes.add(before + property + "," + property + after);
    // Dropped with a comma next to it, so that the line stays well-formed JSON.
    if (after.startsWith(",")) {
      changes.add(before + after.substring(1));
    } else if (before.endsWith(",")) {
      changes.add(before.substring(0, before.length() - 1) + after);
    } else {
      changes.add(before + after);
    }
    for (String name : NAMES) {
      changes.add(before + "\"" + name + property.substring(colon - 2) + after);
    }
    for (String value : VALUES) {
      changes.add(before + property.substring(0, colon) + value + after);
    }
    return changes;
  }

  @Test
  void everyChangeOfEachGoldenPropertyIsReadAsJson() throws IOException {
    String golden = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON);
    int rejected = 0;
    List<int[]> spans = spans(golden);
    for (int[] span : spans) {
      for (String changed : changes(golden, span)) {
        assertReadAsJson(changed);
        rejected += read(NDJSON, changed).problems().isEmpty() ? 0 : 1;
      }
    }
    assertThat(spans).hasSizeGreaterThan(40);
    assertThat(rejected).isGreaterThan(spans.size() * 10);
  }

  @Test
  void numbersStringsAndSpacesAreReadAsJacksonReadsThem() throws IOException {
    String golden = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON);
    String[] values = {"87.5", "0", "-0", "-0.0", "1E2", "1e+2", "1e-5", "2.50", "0.1",
        "123456789012345678", "1234567890123456789", "-9223372036854775808",
        "99999999999999999999", "1e308", "1e309", "4.9e-324", "1e-400", "00", "01", "1.", ".5",
        "+1", "1e", "-", "--1", "1.5.5", "0x10", "NaN", "Infinity", "1 ", " 1", "\t1\r",
        "0.30000000000000004", "2.2250738585072011e-308", "1" + "0".repeat(38) + ".5",
        "\"STUCK\"", "\"ST\\u0055CK\"", "\"ST\\\"UCK\"", "\"\"", "\"é\"", "\"A\tB\"",
        "true", "tru", "truex", "false ", "null", "nul", "[]", "{}", "[true]"};
    String field = "\"value\":87.5";
    assertThat(golden).contains(field);
    int numbers = 0;
    for (String value : values) {
      String changed = golden.replace(field, "\"value\":" + value);
      Outcome outcome = assertReadAsJson(NDJSON, changed);
      Located root = LocatedParser.parse(new StringReader("[" + value + "]")).root();
      if (root != null && root.items().size() == 1
          && (root.items().get(0).kind() == Located.Kind.INTEGER
              || root.items().get(0).kind() == Located.Kind.DECIMAL)
          && root.items().get(0).scalar() instanceof Number number
          && Double.isFinite(number.doubleValue())) {
        ScaleValue read = ScaleValue.of(number.doubleValue());
        assertThat(outcome.groups()).as(value).flatExtracting(SubjectRecords::reviews)
            .flatExtracting(review -> review.ratings())
            .anySatisfy(rating -> assertThat(rating.value()).isEqualTo(Optional.of(read)));
        numbers++;
      }
    }
    assertThat(numbers).isGreaterThan(15);
    // Spaces wherever JSON allows them, and where it does not.
    String line = golden.lines().filter(l -> l.contains(field)).findFirst().orElseThrow();
    for (int at = 0; at <= line.length(); at++) {
      for (String space : new String[] {" ", "\t", "\r"}) {
        assertReadAsJson(golden.replace(line, line.substring(0, at) + space + line.substring(at)));
      }
    }
  }

  @Test
  void validFilesAreReadBack() {
    qt().withFixedSeed(20261130L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      var records = RecordSamples.random(seed);
      String written = NDJSON.write(records);
      assertThat(assertReadAsJson(NDJSON, written).groups())
          .isEqualTo(records.groups().toList());
    });
  }

  @Test
  void mutatedFilesAreReadAsJson() {
    qt().withFixedSeed(20261201L).withExamples(1_500).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String written = NDJSON.write(RecordSamples.random(random.nextLong()));
      assertReadAsJson(mutate(written, random));
    });
  }

  @Test
  void mutatedGoldenFilesAreReadAsJson() throws IOException {
    String golden = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON);
    qt().withFixedSeed(20261202L).withExamples(1_500).forAll(longs().all()).checkAssert(seed ->
        assertReadAsJson(mutate(golden, new Random(seed))));
  }
}
