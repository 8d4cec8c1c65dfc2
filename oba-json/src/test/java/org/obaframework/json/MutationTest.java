package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.records.Records;

/**
 * Seeded random mutations of the golden documents, byte-level and structural: every read either
 * succeeds, and then writing and reading again gives an equal value, or throws {@link
 * JsonFormatException}; never any other exception.
 */
class MutationTest {
  private static final int MUTATIONS = 3_000;
  private static final Pattern TOKEN = Pattern.compile(
      "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[{}\\[\\]:,]");
  private static final Pattern PROPERTY = Pattern.compile(
      "\"[A-Za-z-]+\": (?:\"[^\"]*\"|-?[0-9.]+|true|false)");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final String[] SNIPPETS = {"{", "}", "[", "]", ",", ":", "\"", "null", "1e999",
      "-0", "\"x\"", "\\u0000", "true", "\"2024-02-30\"", "{\"a\":1}", "\n", "\u00e9", "\\"};

  @Test
  void mutatedFrameworkDocumentsAreReadOrRejected() throws IOException {
    FrameworkJson json = FrameworkJson.standard();
    run(FrameworkJsonTest.golden(), 1L, MUTATIONS, text -> {
      OutcomesFramework read = json.read(text);
      assertThat(json.read(json.write(read))).isEqualTo(read);
      return read;
    });
  }

  @Test
  void mutatedRecordsDocumentsAreReadOrRejected() throws IOException {
    RecordsJson json = RecordsJson.standard();
    run(RecordSamples.resource(RecordSamples.GOLDEN), 2L, MUTATIONS, text -> {
      Records read = json.read(text);
      RecordSamples.assertSame(json.read(json.write(read)), read);
      return read;
    });
  }

  @Test
  void mutatedRecordsNdjsonIsReadOrRejected() throws IOException {
    RecordsNdjson ndjson = RecordsNdjson.standard();
    run(RecordSamples.resource(RecordSamples.GOLDEN_NDJSON), 3L, MUTATIONS / 3, text -> {
      var read = ndjson.readAll(text);
      Records again = Records.of(read.stream().map(g -> g.subject()).toList(),
          read.stream().flatMap(g -> g.episodes().stream()).toList(),
          read.stream().flatMap(g -> g.reviews().stream()).toList());
      assertThat(ndjson.readAll(ndjson.write(again))).isEqualTo(read);
      return read;
    });
  }

  @Test
  void mutatedMeasuresDocumentsAreReadOrRejected() throws IOException {
    MeasuresJson json = MeasuresJson.standard();
    run(MeasureSamples.document(), 5L, MUTATIONS, text -> {
      List<org.obaframework.core.aggregate.MeasureDefinition> read = json.read(text);
      assertThat(json.read(json.write(read))).isEqualTo(read);
      return read;
    });
  }

  @Test
  void mutatedMeasuresDocumentsAreCheckedAgainstTheFrameworkOrRejected() throws IOException {
    MeasuresJson json = MeasuresJson.standard();
    var framework = MeasureSamples.framework();
    run(MeasureSamples.document(), 6L, MUTATIONS / 3, text -> {
      var read = json.read(text, framework);
      // What is read fits the framework: an evaluation of it is built and runs.
      Evaluation.builder().framework(framework).period(ReportingPeriod.financialYear(2024))
          .asOf(LocalDate.of(2025, 3, 31)).measures(read).build().evaluate(Stream.empty());
      return read;
    });
  }

  private static void run(String golden, long seed, int count,
      Function<String, Object> read) {
    Random random = new Random(seed);
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < count; i++) {
      String mutant = mutate(golden, random);
      try {
        read.apply(mutant);
        accepted++;
      } catch (JsonFormatException e) {
        assertThat(e.problems()).isNotEmpty();
        rejected++;
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("mutation " + i + " failed with " + e + " on:\n" + mutant, e);
      }
    }
    assertThat(accepted + rejected).isEqualTo(count);
    assertThat(rejected).as("most mutations break the document").isGreaterThan(count / 3);
  }

  static String mutate(String text, Random random) {
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      text = mutateOnce(text, random);
    }
    return text;
  }

  static String mutateOnce(String text, Random random) {
    if (text.isEmpty()) {
      return SNIPPETS[random.nextInt(SNIPPETS.length)];
    }
    int at = random.nextInt(text.length());
    switch (random.nextInt(8)) {
      case 0:
        return text.substring(0, at) + text.substring(at + 1);
      case 1:
        return text.substring(0, at) + (char) (32 + random.nextInt(95)) + text.substring(at);
      case 2:
        return text.substring(0, at) + (char) random.nextInt(256) + text.substring(at + 1);
      case 3:
        return text.substring(0, at) + SNIPPETS[random.nextInt(SNIPPETS.length)]
            + text.substring(at);
      case 4:
        return swapTokens(text, random);
      case 5:
        return property(text, random, random.nextBoolean());
      case 6:
        return changeNumber(text, random);
      default:
        return text.substring(0, at);
    }
  }

  private static List<int[]> spans(Pattern pattern, String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    return spans;
  }

  private static String swapTokens(String text, Random random) {
    List<int[]> tokens = spans(TOKEN, text);
    if (tokens.size() < 2) {
      return text;
    }
    int i = random.nextInt(tokens.size());
    int j = random.nextInt(tokens.size());
    int[] a = tokens.get(Math.min(i, j));
    int[] b = tokens.get(Math.max(i, j));
    if (a == b) {
      return text;
    }
    return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
        + text.substring(a[0], a[1]) + text.substring(b[1]);
  }

  /** Duplicates a property ({@code "name": scalar}) in place, or drops it with its comma. */
  private static String property(String text, Random random, boolean duplicate) {
    List<int[]> properties = spans(PROPERTY, text);
    if (properties.isEmpty()) {
      return text;
    }
    int[] p = properties.get(random.nextInt(properties.size()));
    String property = text.substring(p[0], p[1]);
    if (duplicate) {
      return text.substring(0, p[1]) + ", " + property + text.substring(p[1]);
    }
    int end = p[1] < text.length() && text.charAt(p[1]) == ',' ? p[1] + 1 : p[1];
    return text.substring(0, p[0]) + text.substring(end);
  }

  private static String changeNumber(String text, Random random) {
    List<int[]> numbers = spans(NUMBER, text);
    if (numbers.isEmpty()) {
      return text;
    }
    int[] n = numbers.get(random.nextInt(numbers.size()));
    String[] replacements = {"0", "-1", "2", "1.5", "99999999999999999999", "1e308", "1e999",
        "-0.0", "2147483648", "3"};
    return text.substring(0, n[0]) + replacements[random.nextInt(replacements.length)]
        + text.substring(n[1]);
  }
}
