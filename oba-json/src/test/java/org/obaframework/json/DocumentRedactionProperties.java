package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.obaframework.core.ObaException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 20: a name and postcode typed into any field of any document never comes back in a
 * message, a log line or a {@code toString}. The fields are found by walking each format's JSON
 * Schema alongside sample documents (golden files, and documents written from random values),
 * not listed by hand; each string place gets the marker (a bad code, id, date, enumerated value,
 * reference or a free text, as the field makes it), each property is renamed to it (an unknown
 * property, or a map's key), and each other value is replaced by it (the wrong type). The samples
 * must reach every string place of every schema.
 */
class DocumentRedactionProperties {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final String DATA = "/org/obaframework/json/";

  /**
   * A format: its schema, its sample documents by seed, its golden files, its reader, and
   * whether it holds records, every field of which is a child's data: what such a document reads
   * into never shows the marker in its {@code toString}. A definition (a framework, measures, a
   * turn-the-curve record, a published card) may accept the marker as a label or free text, which
   * its {@code toString} then shows as the author's own words; its messages never do.
   */
  private record Format(String name, String schema, List<String> golden,
      LongFunction<String> random, Function<String, Object> read, boolean records) {}

  private static final List<Format> FORMATS = List.of(
      new Format("framework", FrameworkJson.SCHEMA, List.of("framework-golden.json"),
          seed -> FrameworkJson.standard().write(Frameworks.random(seed)),
          doc -> FrameworkJson.standard().read(doc), false),
      new Format("records", RecordsJson.SCHEMA, List.of("records-golden.json"),
          seed -> RecordsJson.standard().write(RecordSamples.random(seed)),
          doc -> RecordsJson.standard().read(doc), true),
      new Format("measures", MeasuresJson.SCHEMA, List.of("measures-golden.json"),
          seed -> MeasuresJson.standard().write(MeasureSamples.randomDocument(seed)),
          doc -> MeasuresJson.standard().readDocument(doc, MeasureSamples.framework()), false),
      new Format("turn-the-curve", TurnTheCurveJson.SCHEMA, List.of("turn-the-curve.json"),
          seed -> TurnTheCurveJson.standard().write(OutputFixtures.random(seed)),
          doc -> TurnTheCurveJson.standard().read(doc), false),
      new Format("report card", ReportCardJson.SCHEMA, List.of("report-card-none.json",
          "report-card-dfe.json", "report-card-stats-wales.json"),
          seed -> seed % 2 == 0 ? ReportCardJson.write(ReportCardJsonProperties.randomCard(seed))
              : ReportCardJson.write(ReportCardJsonProperties.randomPublished(seed)),
          ReportCardJson::read, false));

  @BeforeAll
  static void logsAreCaptured() {
    assertThat(CapturingLogs.isActive()).as("the capturing SLF4J provider is in use").isTrue();
  }

  @Test
  void everyFieldOfEveryGoldenDocumentKeepsTheMarkerOutOfMessagesLogsAndToString()
      throws IOException {
    for (Format format : FORMATS) {
      SchemaPlaces schema = schema(format);
      Set<String> reached = new LinkedHashSet<>();
      for (String golden : format.golden()) {
        String document = RecordSamples.resource(DATA + golden);
        for (int variant = 0; variant < 2; variant++) {
          reached.addAll(attack(format, schema, document, variant));
        }
      }
      // Random documents too, each one attacked that reaches a string place not reached yet,
      // until the samples reach every string place of the schema.
      Set<String> missing = new LinkedHashSet<>(schema.stringPaths());
      missing.removeAll(reached);
      for (long seed = 1; seed <= 300 && !missing.isEmpty(); seed++) {
        String document = format.random().apply(seed);
        Set<String> places = new LinkedHashSet<>();
        schema.places(MAPPER.readTree(document)).stream().filter(SchemaPlaces.Place::string)
            .forEach(p -> places.add(p.schemaPath()));
        if (places.stream().anyMatch(missing::contains)) {
          missing.removeAll(attack(format, schema, document, (int) seed));
        }
      }
      assertThat(missing).as("string places of the %s schema no sample reaches", format.name())
          .isEmpty();
    }
  }

  @Test
  void everyFieldOfRandomDocumentsKeepsTheMarkerOut() {
    qt().withExamples(8).forAll(longs().all(), integers().between(0, FORMATS.size() - 1),
        integers().between(0, Markers.VARIANTS.size() - 1))
        .checkAssert((seed, which, variant) -> {
          Format format = FORMATS.get(which);
          attack(format, schema(format), format.random().apply(seed), variant);
        });
  }

  @Test
  void everyLineOfAnNdjsonFileKeepsTheMarkerOut() throws IOException {
    SchemaPlaces schema = new SchemaPlaces(MAPPER.readTree(RecordsJson.resource(
        RecordsNdjson.LINE_SCHEMA)));
    String file = RecordSamples.resource(RecordSamples.GOLDEN_NDJSON);
    List<String> lines = file.lines().toList();
    Set<String> reached = new LinkedHashSet<>();
    for (int n = 0; n < lines.size(); n++) {
      JsonNode line = MAPPER.readTree(lines.get(n));
      for (SchemaPlaces.Place place : schema.places(line)) {
        if (place.string()) {
          reached.add(place.schemaPath());
        }
        String variant = Markers.VARIANTS.get((n + place.path().size()) % Markers.VARIANTS.size());
        for (String changed : changes(line, place, variant)) {
          List<String> copy = new ArrayList<>(lines);
          copy.set(n, changed);
          String document = String.join("\n", copy) + "\n";
          read(d -> RecordsNdjson.standard().readAll(d), document, "line " + (n + 1) + ", "
              + place, true);
        }
      }
    }
    assertThat(reached).as("string places of the records-line schema the golden file reaches")
        .contains("id", "subject", "episode", "programme", "localAuthority", "start",
            "assessedOn", "ratings[].indicator", "ratings[].value");
  }

  private static SchemaPlaces schema(Format format) {
    try {
      return new SchemaPlaces(MAPPER.readTree(RecordsJson.resource(format.schema())));
    } catch (RuntimeException e) {
      throw new AssertionError("schema " + format.schema(), e);
    }
  }

  /**
   * Puts the marker in every place of a document, one place at a time, reads each changed
   * document and asserts that nothing shows the marker.
   *
   * @return the schema paths of the string places reached
   */
  private static Set<String> attack(Format format, SchemaPlaces schema, String document,
      int variant) {
    JsonNode root = MAPPER.readTree(document);
    Set<String> reached = new LinkedHashSet<>();
    List<SchemaPlaces.Place> places = schema.places(root);
    for (int i = 0; i < places.size(); i++) {
      SchemaPlaces.Place place = places.get(i);
      if (place.string()) {
        reached.add(place.schemaPath());
      }
      String marker = Markers.VARIANTS.get((variant + i) % Markers.VARIANTS.size());
      for (String changed : changes(root, place, marker)) {
        read(format.read(), changed, format.name() + " " + place, format.records());
      }
    }
    return reached;
  }

  /**
   * The documents a place gives: its value replaced by the marker (an invalid value, or the
   * wrong type); and a property renamed to it (an unknown property, or a map's key).
   */
  private static List<String> changes(JsonNode root, SchemaPlaces.Place place, String marker) {
    List<String> changed = new ArrayList<>();
    changed.add(MAPPER.writeValueAsString(SchemaPlaces.with(root, place, marker)));
    if (place.path().get(place.path().size() - 1) instanceof String && !place.key()) {
      SchemaPlaces.Place name = new SchemaPlaces.Place(place.path(), true, place.schemaPath(),
          true);
      changed.add(MAPPER.writeValueAsString(SchemaPlaces.with(root, name, marker)));
    }
    return changed;
  }

  /** Reads a document; whatever it throws, returns or logs must not show the marker. */
  private static void read(Function<String, Object> reader, String document, String what,
      boolean records) {
    CapturingLogs.take();
    try {
      Object read = reader.apply(document);
      if (records) {
        Markers.assertFree(String.valueOf(read), what + ": toString of " + read.getClass());
      }
    } catch (ObaException | IllegalArgumentException e) {
      Markers.assertFree(e, what);
    }
    Markers.assertLogsFree(what);
  }
}
