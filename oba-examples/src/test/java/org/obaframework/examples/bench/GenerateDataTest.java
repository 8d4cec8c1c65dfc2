package org.obaframework.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.RecordsNdjson;

/**
 * Checks the data files the comparison reads: the NDJSON and the CSV hold the same ratings, are
 * deterministic, and the CSV carries everything the report card needs. Never times anything and
 * never needs DuckDB.
 */
class GenerateDataTest {
  private static final int SUBJECTS = 300;

  @Test
  void writesTheSameRatingsToNdjsonAndCsv(@TempDir Path dir) throws IOException {
    GenerateData.DataFiles files = GenerateData.write(SUBJECTS, 5L, dir);
    List<SubjectRecords> records = RecordsNdjson.standard()
        .readAll(Files.readString(files.ndjson(), StandardCharsets.UTF_8));
    assertThat(records).isEqualTo(GeneratedRecords.generate(SUBJECTS, 5L));

    List<String> lines = Files.readAllLines(files.csv(), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(RatingsCsv.HEADER);
    assertThat(lines).hasSize(1 + SUBJECTS * 24);
    assertThat(files.ratings()).isEqualTo(SUBJECTS * 24L);
    List<String> expected = new ArrayList<>();
    for (SubjectRecords group : records) {
      Episode episode = group.episodes().get(0);
      for (Review review : group.reviews()) {
        for (Rating rating : review.ratings()) {
          expected.add(String.join(",", group.subject().id(), episode.localAuthority(),
              episode.id(), episode.start().toString(), "", review.id(), review.kind().name(),
              review.assessedOn().toString(), review.rater().name(), rating.indicator(),
              "RATED", rating.value().orElseThrow().toString()));
        }
      }
    }
    assertThat(lines.subList(1, lines.size())).isEqualTo(expected);
    assertThat(lines.get(1)).matches("C-0000000,LA-\\d\\d,E-C-0000000,2025-\\d\\d-\\d\\d,,"
        + "R-C-0000000-0,BASELINE,2025-\\d\\d-\\d\\d,PRACTITIONER,RISK-CARE,RATED,[a-z]+");
  }

  @Test
  void isDeterministicAndReusesCompleteFiles(@TempDir Path dir) throws IOException {
    GenerateData.DataFiles first = GenerateData.write(SUBJECTS, 5L, dir.resolve("a"));
    GenerateData.DataFiles second = GenerateData.write(SUBJECTS, 5L, dir.resolve("b"));
    assertThat(Files.mismatch(first.ndjson(), second.ndjson())).isEqualTo(-1L);
    assertThat(Files.mismatch(first.csv(), second.csv())).isEqualTo(-1L);
    assertThat(first.csv().getFileName()).hasToString("ratings-300-5.csv");
    assertThat(GenerateData.write(SUBJECTS, GenerateData.SEED, dir).csv().getFileName())
        .hasToString("ratings-300.csv");

    long modified = Files.getLastModifiedTime(first.csv()).toMillis();
    assertThat(GenerateData.write(SUBJECTS, 5L, dir.resolve("a"))).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(first.csv()).toMillis()).isEqualTo(modified);
    assertThat(first.describe()).contains("300 children, 7,200 ratings");
  }

  @Test
  void theCsvAnswersTheReportCardAsObaDoes(@TempDir Path dir) throws IOException {
    GenerateData.DataFiles files = GenerateData.write(SUBJECTS, 9L, dir);
    Evaluation evaluation = GeneratedRecords.evaluation();
    ReportCounts oba = ObaPaths.streamFile(evaluation, files.ndjson(), 2).counts();
    assertThat(oba).isEqualTo(ObaPaths.streamFile(evaluation, files.ndjson(), 1).counts())
        .isEqualTo(ObaPaths.streamFileParallel(evaluation, files.ndjson()).counts())
        .isEqualTo(ObaPaths.inMemory(evaluation, ObaPaths.load(files.ndjson()), true).counts());
    assertThat(oba.pairs()).isEqualTo(SUBJECTS * 8L);
    assertThat(oba.differences("oba", fromCsv(files.csv()), "CSV")).isEmpty();
  }

  /**
   * An independent reading of the CSV, following {@link ReportCardSql}'s documented steps in
   * Java for the generated data's shape (one episode per child, every rating rated): the CSV
   * carries what the report card needs, and the steps are oba's.
   */
  private static ReportCounts fromCsv(Path csv) throws IOException {
    Map<String, String[]> first = new HashMap<>();
    Map<String, String[]> last = new HashMap<>();
    LocalDate day = GeneratedRecords.AS_OF;
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] row = line.split(",", -1);
      if (!row[8].equals("PRACTITIONER") || LocalDate.parse(row[7]).isAfter(day)
          || LocalDate.parse(row[7]).isBefore(LocalDate.parse(row[3]))) {
        continue;
      }
      String key = row[2] + "|" + row[9];
      first.merge(key, row, (a, b) -> order(a, b) <= 0 ? a : b);
      last.merge(key, row, (a, b) -> order(a, b) >= 0 ? a : b);
    }
    Map<List<String>, long[]> cells = new HashMap<>();
    for (Map.Entry<String, String[]> entry : first.entrySet()) {
      String[] from = entry.getValue();
      String[] to = last.get(entry.getKey());
      if (!to[7].equals(from[7]) && LocalDate.parse(to[7]).isAfter(LocalDate.parse(from[7]))) {
        boolean improved = score(to) > score(from);
        for (String area : List.of(from[1], ReportCardSql.TOTAL)) {
          long[] cell = cells.computeIfAbsent(List.of(from[9], area), k -> new long[2]);
          cell[0]++;
          cell[1] += improved ? 1 : 0;
        }
      }
    }
    ReportCounts.Builder builder = ReportCounts.builder();
    cells.forEach((k, v) -> builder.put(k.get(0), k.get(1), v[0], v[1]));
    return builder.build();
  }

  private static int order(String[] a, String[] b) {
    int byDate = a[7].compareTo(b[7]);
    return byDate != 0 ? byDate : a[5].compareTo(b[5]);
  }

  /** Higher is better, from the framework's scale and polarity. */
  private static double score(String[] row) {
    Indicator indicator = GeneratedRecords.FRAMEWORK.indicator(row[9]).orElseThrow();
    double value = indicator.scale().position(ScaleValue.parse(row[11]));
    return indicator.polarity() == Polarity.HIGHER_IS_BETTER
        ? value : -value;
  }
}
