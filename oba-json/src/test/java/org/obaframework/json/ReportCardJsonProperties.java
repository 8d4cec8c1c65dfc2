package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.MeasureDefinition;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Section;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.core.stats.Interval;

/**
 * Properties of the report card document over random cards, each drawn from a seed: cards built
 * with oba-core's public API from random families, measures and disclosure policies, and
 * published cards built directly (to reach roles, rounded cells and odd numbers).
 */
class ReportCardJsonProperties {
  private static final long SEED = 0x0BA_2026L;
  private static final String[] LEVELS = {"none", "low", "medium", "high"};
  private static final String[] TITLES = {"Intensive family support", "Cefnogi teuluoedd",
      "Café \"quoted\" a/b~c", "€ 😀"};
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ReportCardJson.schema(), InputFormat.JSON);

  /** A report card of random families and measures under a random disclosure policy. */
  static ReportCard randomCard(long seed) {
    Random random = new Random(seed);
    List<SubjectRecords> families = new ArrayList<>();
    for (int i = random.nextInt(45); i > 0; i--) {
      families.add(OutputFixtures.family("F-" + i, "LA-" + (1 + random.nextInt(3)),
          random.nextInt(3), LEVELS[random.nextInt(4)], LEVELS[random.nextInt(4)],
          random.nextBoolean(), random.nextInt(60)));
    }
    List<MeasureDefinition> measures = new ArrayList<>(OutputFixtures.MEASURES);
    Collections.shuffle(measures, random);
    measures = measures.subList(0, 1 + random.nextInt(measures.size()));
    Evaluation.Builder evaluation = Evaluation.builder().framework(OutputFixtures.FRAMEWORK)
        .period(OutputFixtures.YEAR).asOf(OutputFixtures.AS_OF).measures(measures);
    if (random.nextInt(4) > 0) {
      evaluation.addBreakdowns(Breakdown.localAuthority(LocalAuthorityRule.EPISODE));
    }
    Evaluation built = evaluation.build();
    ReportOptions options = ReportOptions.defaults().withDisclosure(policy(random))
        .withConfidence(new double[] {0.8, 0.9, 0.95, 0.99, 0.5 + random.nextDouble() * 0.49}
            [random.nextInt(5)]);
    if (random.nextBoolean()) {
      options = options.withTitle(TITLES[random.nextInt(TITLES.length)]);
    }
    return ReportCard.of(built, built.evaluate(families.stream()), options);
  }

  private static DisclosurePolicy policy(Random random) {
    switch (random.nextInt(6)) {
      case 0: return DisclosurePolicy.NONE;
      case 1: return DisclosurePolicy.DFE;
      case 2: return DisclosurePolicy.ONS_10_5;
      case 3: return DisclosurePolicy.STATS_WALES;
      default:
        DisclosurePolicy.Builder custom = DisclosurePolicy.custom()
            .suppressUpTo(random.nextInt(8)).roundTo(new int[] {0, 2, 3, 5, 10}[random.nextInt(5)])
            .symbol(random.nextBoolean() ? "[c]" : "*");
        if (random.nextBoolean()) {
          custom.suppressZeros();
        }
        if (random.nextBoolean()) {
          custom.withoutSecondarySuppression();
        }
        return custom.build();
    }
  }

  /** A published card built directly, with every optional part and status reachable. */
  static PublishedReportCard randomPublished(long seed) {
    Random random = new Random(seed);
    List<PublishedReportCard.Line> lines = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      Optional<PublishedReportCard.Percent> percent = random.nextBoolean()
          ? Optional.of(percent(random)) : Optional.empty();
      lines.add(new PublishedReportCard.Line("M-" + i, TITLES[random.nextInt(TITLES.length)],
          Section.values()[random.nextInt(Section.values().length)],
          random.nextBoolean() ? Optional.empty()
              : Optional.of(MeasureRole.values()[random.nextInt(MeasureRole.values().length)]),
          cell(random), maybe(random), percent, interval(random, percent), maybe(random),
          maybe(random), maybe(random), maybe(random)));
    }
    List<PublishedReportCard.Table> tables = new ArrayList<>();
    for (int t = random.nextInt(3); t > 0; t--) {
      List<String> columns = new ArrayList<>();
      for (int c = random.nextInt(4); c > 0; c--) {
        columns.add("col " + c);
      }
      List<PublishedReportCard.Row> rows = new ArrayList<>();
      boolean proportion = random.nextBoolean();
      for (int r = random.nextInt(4); r > 0; r--) {
        Optional<PublishedReportCard.Percent> percent = proportion
            ? Optional.of(percent(random)) : Optional.empty();
        rows.add(new PublishedReportCard.Row("LA-" + r, cells(random, columns.size()),
            cell(random), percent, interval(random, percent)));
      }
      tables.add(new PublishedReportCard.Table("M-" + t, "local-authority", columns, rows,
          new PublishedReportCard.Totals(cells(random, columns.size()), cell(random))));
    }
    LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
    return new PublishedReportCard(TITLES[random.nextInt(TITLES.length)],
        ReportingPeriod.of(start, start.plusDays(random.nextInt(400))),
        start.plusDays(random.nextInt(800)), 0.01 + random.nextDouble() * 0.98,
        random.nextBoolean() ? "dfe" : "custom:suppress<=3", lines, tables);
  }

  private static List<PublishedReportCard.Cell> cells(Random random, int count) {
    List<PublishedReportCard.Cell> cells = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      cells.add(cell(random));
    }
    return cells;
  }

  private static Optional<PublishedReportCard.Cell> maybe(Random random) {
    return random.nextBoolean() ? Optional.of(cell(random)) : Optional.empty();
  }

  private static CellStatus status(Random random) {
    return CellStatus.values()[random.nextInt(CellStatus.values().length)];
  }

  private static PublishedReportCard.Cell cell(Random random) {
    CellStatus status = status(random);
    if (status.isHidden()) {
      return new PublishedReportCard.Cell("[c]", status, OptionalLong.empty());
    }
    long value = random.nextBoolean() ? random.nextInt(100) : random.nextLong() & Long.MAX_VALUE;
    return new PublishedReportCard.Cell(Long.toString(value), status, OptionalLong.of(value));
  }

  private static PublishedReportCard.Percent percent(Random random) {
    CellStatus status = status(random);
    if (status.isHidden()) {
      return new PublishedReportCard.Percent("[c]", status, OptionalDouble.empty());
    }
    double value = random.nextBoolean() ? random.nextInt(101) : random.nextDouble() * 100;
    return new PublishedReportCard.Percent(Math.round(value) + "%", status,
        OptionalDouble.of(value));
  }

  private static Optional<Interval> interval(Random random,
      Optional<PublishedReportCard.Percent> percent) {
    if (percent.isEmpty() || percent.get().status().isHidden() || random.nextInt(4) == 0) {
      return Optional.empty();
    }
    double a = random.nextInt(3) == 0 ? 0 : random.nextDouble();
    double b = random.nextInt(3) == 0 ? 1 : random.nextDouble();
    return Optional.of(new Interval(Math.min(a, b), Math.max(a, b),
        0.01 + random.nextDouble() * 0.98));
  }

  @Test
  void readingWhatAGeneratedCardPublishesGivesItBack() {
    qt().withFixedSeed(SEED).withExamples(150).forAll(longs().all()).checkAssert(seed -> {
      ReportCard card = randomCard(seed);
      PublishedReportCard published = ReportCardJson.publish(card);
      String json = ReportCardJson.write(published);
      assertThat(json).isEqualTo(ReportCardJson.write(card));
      assertThat(ReportCardJson.read(json)).isEqualTo(published);
      assertThat(ReportCardJson.write(ReportCardJson.read(json))).isEqualTo(json);
    });
  }

  @Test
  void theGeneratedCardsReachEveryStatusIntervalsAndTables() {
    java.util.Set<CellStatus> statuses = java.util.EnumSet.noneOf(CellStatus.class);
    int intervals = 0;
    int rows = 0;
    for (long seed = 0; seed < 100; seed++) {
      PublishedReportCard card = ReportCardJson.publish(randomCard(seed));
      for (PublishedReportCard.Line line : card.lines()) {
        statuses.add(line.number().status());
        line.percent().ifPresent(p -> statuses.add(p.status()));
        intervals += line.interval().isPresent() ? 1 : 0;
      }
      for (PublishedReportCard.Table table : card.tables()) {
        for (PublishedReportCard.Row row : table.rows()) {
          rows++;
          row.cells().forEach(c -> statuses.add(c.status()));
          intervals += row.interval().isPresent() ? 1 : 0;
        }
      }
    }
    assertThat(statuses).containsExactlyInAnyOrder(CellStatus.values());
    assertThat(intervals).isPositive();
    assertThat(rows).isPositive();
  }

  @Test
  void everyGeneratedCardIsValidUnderTheSchema() {
    qt().withFixedSeed(SEED).withExamples(40).forAll(longs().all()).checkAssert(seed ->
        assertThat(SCHEMA.validate(ReportCardJson.write(randomCard(seed)), InputFormat.JSON))
            .isEmpty());
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualPublishedCard() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      PublishedReportCard published = randomPublished(seed);
      assertThat(ReportCardJson.read(ReportCardJson.write(published))).isEqualTo(published);
    });
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      String json = ReportCardJson.write(randomPublished(seed));
      assertThat(ReportCardJson.write(ReportCardJson.read(json))).isEqualTo(json);
      assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    });
  }
}
