package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.Problem;
import org.obaframework.core.records.Records;
import org.obaframework.core.report.DisclosurePolicy;

/**
 * One way to read and write, as Jackson's {@code readValue}: every reader of oba-json takes a
 * {@code String}, a {@code Reader}, an {@code InputStream} and a {@code Path}, under one name, and
 * gives equal results (or the same {@link JsonFormatException}, listing the same problems, with
 * the same lines and columns) from each; every writer writes the same bytes to a {@code Writer},
 * an {@code OutputStream} and a {@code Path} as it returns as a {@code String}.
 */
class ReadersAndWritersTest {
  private static final List<Class<?>> DOCUMENTS = List.of(FrameworkJson.class,
      MeasuresJson.class, RecordsJson.class, RecordsNdjson.class, TurnTheCurveJson.class,
      ReportCardJson.class, CurveJson.class, RecordsCsv.class);
  private static final List<Class<?>> INPUTS = List.of(String.class, Reader.class,
      InputStream.class, Path.class);
  private static final List<Class<?>> OUTPUTS = List.of(Writer.class, OutputStream.class,
      Path.class);

  @TempDir
  Path directory;

  /** The four ways of reading one document kind, and how to compare what they read. */
  private record Reading<T>(Function<String, T> string, Function<Reader, T> reader,
      Function<InputStream, T> stream, Function<Path, T> path, Function<T, Object> comparable) {}

  @Test
  void everyReaderGivesEqualResultsFromTheFourKindsOfInput() throws Exception {
    FrameworkJson framework = FrameworkJson.standard();
    check(new Reading<>(framework::read, framework::read, framework::read, framework::read,
        f -> f), framework.write(Frameworks.golden()));
    MeasuresJson measures = MeasuresJson.standard();
    check(new Reading<>(measures::read, measures::read, measures::read, measures::read,
        m -> m), measures.write(MeasureSamples.golden()));
    RecordsJson records = RecordsJson.standard();
    check(new Reading<>(records::read, records::read, records::read, records::read,
        r -> records.write(r)), records.write(RecordSamples.golden()));
    RecordsNdjson ndjson = RecordsNdjson.standard();
    check(new Reading<>(ndjson::readAll, ndjson::readAll, ndjson::readAll, ndjson::readAll,
        groups -> groups), ndjson.write(RecordSamples.golden()));
    check(new Reading<>(text -> ndjson.read(text).toList(), reader -> ndjson.read(reader)
        .toList(), in -> ndjson.read(in).toList(), file -> {
          try (Stream<org.obaframework.core.records.SubjectRecords> groups = ndjson.read(file)) {
            return groups.toList();
          }
        }, groups -> groups), ndjson.write(RecordSamples.golden()));
    RecordsCsv csv = RecordsCsv.standard();
    check(new Reading<>(csv::readAll, csv::readAll, csv::readAll, csv::readAll, g -> g),
        csv.write(RecordSamples.golden()));
    check(new Reading<>(csv::readAll, csv::readAll, csv::readAll, csv::readAll, g -> g),
        csv.writeWide(RecordSamples.golden()));
    TurnTheCurveJson curve = TurnTheCurveJson.standard();
    check(new Reading<>(curve::read, curve::read, curve::read, curve::read, r -> r),
        curve.write(OutputFixtures.record()));
    check(new Reading<>(ReportCardJson::read, ReportCardJson::read, ReportCardJson::read,
        ReportCardJson::read, c -> c),
        ReportCardJson.write(OutputFixtures.card(DisclosurePolicy.DFE)));
  }

  @Test
  void everyReaderReportsTheSameProblemsFromTheFourKindsOfInput() throws Exception {
    // Two problems each: a property the format does not define, and a value of the wrong type.
    FrameworkJson framework = FrameworkJson.standard();
    checkBad(new Reading<>(framework::read, framework::read, framework::read, framework::read,
        f -> f), "{\"formatVersion\": 1, \"code\": 7, \"name\": {\"en\": \"A\"},\n"
        + " \"colour\": \"red\", \"indicators\": [], \"programmes\": []}");
    MeasuresJson measures = MeasuresJson.standard();
    checkBad(new Reading<>(measures::read, measures::read, measures::read, measures::read,
        m -> m), "{\"formatVersion\": 1, \"measures\": 4,\n \"colour\": \"red\"}");
    RecordsJson records = RecordsJson.standard();
    checkBad(new Reading<>(records::read, records::read, records::read, records::read,
        r -> r), "{\"formatVersion\": 1, \"subjects\": [{\"id\": 5, \"kind\": \"CHILD\"}],\n"
        + " \"colour\": \"red\"}");
    RecordsNdjson ndjson = RecordsNdjson.standard();
    checkBad(new Reading<>(ndjson::readAll, ndjson::readAll, ndjson::readAll, ndjson::readAll,
        groups -> groups), "{\"formatVersion\":1}\n{\"type\":\"subject\",\"id\":5,"
        + "\"kind\":\"CHILD\"}\n{\"type\":\"subject\",\"id\":\"C-1\",\"kind\":\"CHILD\","
        + "\"colour\":\"red\"}\n");
    RecordsCsv csv = RecordsCsv.standard();
    checkBad(new Reading<>(csv::readAll, csv::readAll, csv::readAll, csv::readAll, g -> g),
        BadCsvCatalogueTest.GOOD.replace("BASELINE,2025-04-07", "FIRST,2025-04-07")
            .replace("SAFE,,yes", "SAFE,DONE,yes"));
    TurnTheCurveJson curve = TurnTheCurveJson.standard();
    checkBad(new Reading<>(curve::read, curve::read, curve::read, curve::read, r -> r),
        "{\"formatVersion\": 1, \"subject\": 3,\n \"colour\": \"red\"}");
    checkBad(new Reading<>(ReportCardJson::read, ReportCardJson::read, ReportCardJson::read,
        ReportCardJson::read, c -> c), "{\"formatVersion\": 1, \"title\": 3,\n"
        + " \"colour\": \"red\"}");
  }

  @Test
  void everyWriterWritesTheSameBytesToAWriterAStreamAndAFile() throws Exception {
    Records records = RecordSamples.golden();
    FrameworkJson framework = FrameworkJson.standard();
    var golden = Frameworks.golden();
    checkWriter(framework.write(golden), w -> framework.write(golden, w),
        s -> framework.write(golden, s), p -> framework.write(golden, p));
    MeasuresJson measures = MeasuresJson.standard();
    var definitions = MeasureSamples.golden();
    checkWriter(measures.write(definitions), w -> measures.write(definitions, w),
        s -> measures.write(definitions, s), p -> measures.write(definitions, p));
    RecordsJson json = RecordsJson.standard();
    checkWriter(json.write(records), w -> json.write(records, w), s -> json.write(records, s),
        p -> json.write(records, p));
    RecordsNdjson ndjson = RecordsNdjson.standard();
    checkWriter(ndjson.write(records), w -> ndjson.write(records, w),
        s -> ndjson.write(records, s), p -> ndjson.write(records, p));
    checkWriter(ndjson.write(records), w -> ndjson.write(records.groups(), w),
        s -> ndjson.write(records.groups(), s), p -> ndjson.write(records.groups(), p));
    RecordsCsv csv = RecordsCsv.standard();
    checkWriter(csv.write(records), w -> csv.write(records, w), s -> csv.write(records, s),
        p -> csv.write(records, p));
    checkWriter(csv.write(records), w -> csv.write(records.groups(), w),
        s -> csv.write(records.groups(), s), p -> csv.write(records.groups(), p));
    checkWriter(csv.writeWide(records), w -> csv.writeWide(records, w),
        s -> csv.writeWide(records, s), p -> csv.writeWide(records, p));
    TurnTheCurveJson curve = TurnTheCurveJson.standard();
    var record = OutputFixtures.record();
    checkWriter(curve.write(record), w -> curve.write(record, w), s -> curve.write(record, s),
        p -> curve.write(record, p));
    var card = OutputFixtures.card(DisclosurePolicy.DFE);
    checkWriter(ReportCardJson.write(card), w -> ReportCardJson.write(card, w),
        s -> ReportCardJson.write(card, s), p -> ReportCardJson.write(card, p));
    var baseline = OutputFixtures.baseline();
    var actuals = OutputFixtures.actuals();
    checkWriter(CurveJson.write(baseline, actuals), w -> CurveJson.write(baseline, actuals, w),
        s -> CurveJson.write(baseline, actuals, s), p -> CurveJson.write(baseline, actuals, p));
    var history = OutputFixtures.history();
    checkWriter(CurveJson.write(history), w -> CurveJson.write(history, w),
        s -> CurveJson.write(history, s), p -> CurveJson.write(history, p));
  }

  /** Found by reflection, so that a reader or writer added later cannot miss a kind. */
  @Test
  void everyReadAndWriteMethodHasAllItsKindsUnderOneName() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : DOCUMENTS) {
      for (Method method : type.getMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || method.getParameterCount() == 0) {
          continue;
        }
        Class<?>[] parameters = method.getParameterTypes();
        if (method.getName().startsWith("read")
            && INPUTS.contains(parameters[0])) {
          for (Class<?> input : INPUTS) {
            Class<?>[] other = parameters.clone();
            other[0] = input;
            find(type, method, other, missing);
          }
        }
        int last = parameters.length - 1;
        if (method.getName().startsWith("write") && OUTPUTS.contains(parameters[last])) {
          for (Class<?> output : OUTPUTS) {
            Class<?>[] other = parameters.clone();
            other[last] = output;
            find(type, method, other, missing);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void aFileThatCannotBeReadIsAnUncheckedIoExceptionNamingNoContent() {
    Path absent = directory.resolve("absent.json");
    assertThatThrownBy(() -> FrameworkJson.standard().read(absent))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> RecordsNdjson.standard().readAll(absent))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> ReportCardJson.read(absent))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aFileWrittenReplacesTheOldOneWholeAndLeavesNoTemporaryFile() throws Exception {
    Path file = directory.resolve("framework.json");
    Files.writeString(file, "old");
    FrameworkJson.standard().write(Frameworks.golden(), file);
    assertThat(Files.readString(file)).isEqualTo(FrameworkJson.standard()
        .write(Frameworks.golden()));
    // A batch that cannot be written (two measures with one code) leaves the file as it was.
    var twice = List.of(MeasureSamples.golden().get(0), MeasureSamples.golden().get(0));
    assertThatThrownBy(() -> MeasuresJson.standard().write(twice, file))
        .isInstanceOf(org.obaframework.core.ValidationException.class);
    assertThat(Files.readString(file)).isEqualTo(FrameworkJson.standard()
        .write(Frameworks.golden()));
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(file);
    }
  }

  private static void find(Class<?> type, Method method, Class<?>[] parameters,
      List<String> missing) {
    try {
      Method other = type.getMethod(method.getName(), parameters);
      if (!other.getGenericReturnType().equals(method.getGenericReturnType())) {
        missing.add(type.getSimpleName() + "." + method.getName() + Arrays.toString(parameters)
            + " returns another type");
      }
    } catch (NoSuchMethodException e) {
      missing.add(type.getSimpleName() + "." + method.getName() + Arrays.toString(parameters));
    }
  }

  private <T> void check(Reading<T> reading, String document) throws Exception {
    Object expected = reading.comparable().apply(reading.string().apply(document));
    assertThat(reading.comparable().apply(reading.reader().apply(new StringReader(document))))
        .isEqualTo(expected);
    assertThat(reading.comparable().apply(reading.stream().apply(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))))
        .isEqualTo(expected);
    Path file = Files.writeString(directory.resolve("document"), document);
    assertThat(reading.comparable().apply(reading.path().apply(file))).isEqualTo(expected);
  }

  private <T> void checkBad(Reading<T> reading, String document) throws Exception {
    List<Problem> expected = problems(() -> reading.string().apply(document));
    assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
    assertThat(expected).allSatisfy(p -> assertThat(p.position()).isPresent());
    assertThat(problems(() -> reading.reader().apply(new StringReader(document))))
        .isEqualTo(expected);
    assertThat(problems(() -> reading.stream().apply(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))))
        .isEqualTo(expected);
    Path file = Files.writeString(directory.resolve("bad"), document);
    assertThat(problems(() -> reading.path().apply(file))).isEqualTo(expected);
  }

  private static List<Problem> problems(Runnable read) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, read::run);
    assertThat(e).as("a JsonFormatException").isNotNull();
    return e.problems();
  }

  private void checkWriter(String expected, Consumer<Writer> toWriter,
      Consumer<OutputStream> toStream, Consumer<Path> toFile) {
    StringWriter writer = new StringWriter();
    toWriter.accept(writer);
    assertThat(writer.toString()).isEqualTo(expected);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    toStream.accept(bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    Path file = directory.resolve("written");
    toFile.accept(file);
    try {
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
