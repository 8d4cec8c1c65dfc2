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
import org.obaframework.core.report.BreakdownTable;
import org.obaframework.core.report.Cell;
import org.obaframework.core.report.CellStatus;
import org.obaframework.core.report.ChangeProfile;
import org.obaframework.core.report.ControlledTable;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.MeanCell;
import org.obaframework.core.report.PercentCell;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportLine;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.core.stats.Interval;

/**
 * Properties of the report card document over random cards, each drawn from a seed: cards built
 * with oba-core's public API from random families, measures and disclosure policies, and cards
 * built directly from published parts (to reach roles, rounded cells and odd numbers).
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

  /** A card built directly from its published parts, with every optional part reachable. */
  static ReportCard randomPublished(long seed) {
    Random random = new Random(seed);
    List<ReportLine> lines = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      Section section = Section.values()[random.nextInt(Section.values().length)];
      Optional<MeasureRole> role = random.nextBoolean() ? Optional.empty()
          : Optional.of(MeasureRole.values()[random.nextInt(MeasureRole.values().length)]);
      String name = TITLES[random.nextInt(TITLES.length)];
      if (random.nextBoolean()) {
        lines.add(ReportLine.count("M-" + i, name, section, role, cell(random)));
      } else {
        PercentCell percent = percent(random);
        lines.add(ReportLine.proportion("M-" + i, name, section, role, cell(random),
            cell(random), percent, interval(random, percent), cell(random), cell(random),
            cell(random), cell(random)));
      }
    }
    List<BreakdownTable> tables = new ArrayList<>();
    for (int t = random.nextInt(3); t > 0 && !lines.isEmpty(); t--) {
      boolean proportion = random.nextBoolean();
      List<BreakdownTable.Row> rows = new ArrayList<>();
      for (int r = random.nextInt(4); r > 0; r--) {
        rows.add(row(random, "LA-" + r, proportion));
      }
      tables.add(new BreakdownTable(lines.get(random.nextInt(lines.size())).code(),
          "local-authority-" + t, proportion
              ? List.of(BreakdownTable.BETTER_OFF, BreakdownTable.NOT_BETTER_OFF)
              : List.of(BreakdownTable.COUNT), rows, row(random, BreakdownTable.TOTAL,
              proportion)));
    }
    List<ChangeProfile> profiles = new ArrayList<>();
    for (int p = random.nextInt(3); p > 0 && !lines.isEmpty(); p--) {
      String code = lines.get(random.nextInt(lines.size())).code();
      if (random.nextBoolean()) {
        MeanCell mean = switch (random.nextInt(3)) {
          case 0 -> MeanCell.hidden("[c]");
          case 1 -> MeanCell.none();
          default -> MeanCell.of(random.nextGaussian() * 5);
        };
        profiles.add(ChangeProfile.summary(code, "change " + p, cell(random), mean));
      } else {
        List<String> levels = List.of("low", "high").subList(0, 1 + random.nextInt(2));
        List<List<Cell>> grid = new ArrayList<>();
        for (int r = 0; r <= levels.size(); r++) {
          List<Cell> row = new ArrayList<>();
          for (int c = 0; c <= levels.size(); c++) {
            row.add(cell(random));
          }
          grid.add(row);
        }
        profiles.add(new ChangeProfile(code, "moves " + p,
            ControlledTable.of(levels, levels, grid), Optional.empty()));
      }
    }
    LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
    String title = TITLES[random.nextInt(TITLES.length)];
    return ReportCard.of(title, ReportingPeriod.of(start, start.plusDays(random.nextInt(400))),
        start.plusDays(random.nextInt(800)), new ReportOptions(0.01 + random.nextDouble() * 0.98,
            policy(random), Optional.of(title)), lines, tables, profiles);
  }

  private static BreakdownTable.Row row(Random random, String key, boolean proportion) {
    if (!proportion) {
      return BreakdownTable.Row.count(key, cell(random));
    }
    PercentCell percent = percent(random);
    return BreakdownTable.Row.proportion(key, cell(random), cell(random), cell(random), percent,
        interval(random, percent));
  }

  private static Cell cell(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return Cell.hidden(CellStatus.SUPPRESSED, random.nextBoolean() ? "[c]" : "*");
      case 1:
        return Cell.rounded(5L * random.nextInt(100));
      default:
        return Cell.shown(random.nextBoolean() ? random.nextInt(100)
            : random.nextLong() & Long.MAX_VALUE);
    }
  }

  private static PercentCell percent(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return PercentCell.hidden("[c]");
      case 1:
        return PercentCell.none();
      default:
        long denominator = 1 + (random.nextBoolean() ? random.nextInt(100)
            : random.nextLong() & 0xFFFF_FFFFL);
        return PercentCell.of((long) (random.nextDouble() * denominator), denominator);
    }
  }

  private static Optional<Interval> interval(Random random, PercentCell percent) {
    if (percent.isHidden() || random.nextInt(4) == 0) {
      return Optional.empty();
    }
    double a = random.nextInt(3) == 0 ? 0 : random.nextDouble();
    double b = random.nextInt(3) == 0 ? 1 : random.nextDouble();
    return Optional.of(new Interval(Math.min(a, b), Math.max(a, b),
        0.01 + random.nextDouble() * 0.98));
  }

  @Test
  void readingWhatAGeneratedCardWroteGivesItBack() {
    qt().withFixedSeed(SEED).withExamples(150).forAll(longs().all()).checkAssert(seed -> {
      ReportCard card = randomCard(seed);
      String json = ReportCardJson.write(card);
      assertThat(ReportCardJson.read(json)).isEqualTo(card);
      assertThat(ReportCardJson.write(ReportCardJson.read(json))).isEqualTo(json);
    });
  }

  @Test
  void theGeneratedCardsReachEveryStatusIntervalsAndTables() {
    java.util.Set<CellStatus> statuses = java.util.EnumSet.noneOf(CellStatus.class);
    int intervals = 0;
    int rows = 0;
    for (long seed = 0; seed < 100; seed++) {
      ReportCard card = randomCard(seed);
      for (ReportLine line : card.lines()) {
        statuses.add(line.number().status());
        line.percent().ifPresent(p -> statuses.add(p.status()));
        intervals += line.interval().isPresent() ? 1 : 0;
      }
      for (BreakdownTable table : card.tables()) {
        for (BreakdownTable.Row row : table.rows()) {
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
  void readingWhatWasWrittenGivesAnEqualCard() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      ReportCard published = randomPublished(seed);
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
