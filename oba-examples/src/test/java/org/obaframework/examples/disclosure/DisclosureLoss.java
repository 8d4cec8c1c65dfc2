package org.obaframework.examples.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.obaframework.core.aggregate.Breakdown;
import org.obaframework.core.aggregate.Evaluation;
import org.obaframework.core.aggregate.LocalAuthorityRule;
import org.obaframework.core.aggregate.ReportingPeriod;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.examples.bench.GeneratedRecords;
import org.obaframework.examples.ifs.IfsData;
import org.obaframework.json.ReportCardJson;

/**
 * The information disclosure control costs, and the time its audit takes: a program, not a test
 * (it times things), whose output is in {@code oba-examples/PERFORMANCE.md}.
 *
 * <ol>
 *   <li>On the small services of {@link SmallServices} (the attack test's cards), for each
 *       preset: the share of the published count cells hidden and the share of their total
 *       count, before secondary suppression (the policy's small counts alone, the same policy
 *       {@code withoutSecondarySuppression}) and after it (the whole control).
 *   <li>The audit's time: the card under each preset less the same card without disclosure
 *       control, median of several runs after a warm-up, for the IFS card by local authority,
 *       by local authority and local authority / delivery model, and for a card of 22 local
 *       authorities x 12 months (the generated children of the DuckDB comparison, by local
 *       authority, by month and by both).
 * </ol>
 *
 * <pre>{@code
 * mvn -q -B -pl oba-examples -am test-compile -DskipTests
 * java -cp "$(cat oba-examples/target/classpath.txt):oba-examples/target/classes:\
 *     oba-examples/target/test-classes" org.obaframework.examples.disclosure.DisclosureLoss 1000
 * }</pre>
 */
public final class DisclosureLoss {
  private static final List<DisclosurePolicy> PRESETS = List.of(DisclosurePolicy.DFE,
      DisclosurePolicy.ONS_10_5, DisclosurePolicy.STATS_WALES);

  private DisclosureLoss() {}

  /**
   * Runs the measurements.
   *
   * @param args the number of generated cards (1,000 by default), the number of generated
   *     children of the 22 x 12 cards (2,000 by default), and the parts to run ({@code
   *     loss,ifs,months} by default)
   */
  public static void main(String[] args) {
    int cards = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int children = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    String parts = args.length > 2 ? args[2] : "loss,ifs,months";
    if (parts.contains("loss")) {
      loss(cards);
    }
    Breakdown la = Breakdown.localAuthority(LocalAuthorityRule.EPISODE);
    if (parts.contains("ifs")) {
      Breakdown model = Breakdown.hierarchy("local-authority > delivery-model", la,
          Breakdown.deliveryModel());
      time("IFS card by local authority", IfsData.evaluation(la), IfsData.records(), 5);
      time("IFS card by local authority and local authority > delivery model",
          IfsData.evaluation(la, model), IfsData.records(), 3);
    }
    if (parts.contains("months")) {
      months(GeneratedRecords.generate(children, 1));
    }
  }

  /**
   * 22 local authorities x 12 months: the year-to-date cards of April, April to May, and so on,
   * by local authority, each audited with the month before (as a publisher releasing monthly
   * would); the audit's time for the twelve, less the same cards without control.
   */
  private static void months(List<SubjectRecords> records) {
    System.out.printf(Locale.ROOT, "22 local authorities x 12 months (%d children, 8 measures, "
        + "year to date, each card audited with the month before):", records.size());
    Evaluation year = GeneratedRecords.evaluation();
    List<Evaluation> evaluations = new ArrayList<>();
    List<Results> results = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      LocalDate end = year.period().start().plusMonths(m).minusDays(1);
      Evaluation month = Evaluation.builder().from(year)
          .period(ReportingPeriod.of(year.period().start(), end)).asOf(end).build();
      evaluations.add(month);
      results.add(month.evaluate(records.stream()));
    }
    double open = 0;
    List<DisclosurePolicy> policies = List.of(DisclosurePolicy.NONE, DisclosurePolicy.DFE,
        DisclosurePolicy.ONS_10_5, DisclosurePolicy.STATS_WALES);
    for (int round = 0; round < 2 * policies.size(); round++) {
      DisclosurePolicy policy = policies.get(round % policies.size());
      boolean warmUp = round < policies.size();
      long start = System.nanoTime();
      long hidden = 0;
      long cells = 0;
      List<ReportCard> earlier = List.of();
      for (int m = 0; m < 12; m++) {
        ReportCard card = ReportCard.of(evaluations.get(m), results.get(m),
            ReportOptions.defaults().withDisclosure(policy), earlier);
        for (String text : Reading.json(ReportCardJson.write(card)).cells.values()) {
          cells++;
          hidden += text.equals("[c]") ? 1 : 0;
        }
        earlier = List.of(card);
      }
      double ms = (System.nanoTime() - start) / 1e6;
      if (warmUp) {
        continue;
      }
      if (policy.equals(DisclosurePolicy.NONE)) {
        open = ms;
        System.out.printf(Locale.ROOT, " without control %.0f ms", ms);
      } else {
        System.out.printf(Locale.ROOT, "; %s audit %.0f ms (%d of %d cells hidden)", policy,
            ms - open, hidden, cells);
      }
    }
    System.out.println();
  }

  /** The shares hidden on the generated cards, before and after secondary suppression. */
  private static void loss(int cards) {
    System.out.printf(Locale.ROOT, "Information lost on %d generated cards of small services%n",
        cards);
    System.out.printf(Locale.ROOT, "%-12s %-7s %8s %8s %8s %10s %10s%n", "policy", "step",
        "cells", "hidden", "share", "count", "share");
    for (DisclosurePolicy policy : PRESETS) {
      DisclosurePolicy.Builder primary = DisclosurePolicy.custom()
          .suppressUpTo(policy.threshold()).withoutSecondarySuppression();
      if (policy.rounds()) {
        primary.roundTo(policy.roundingBase());
      }
      long[][] sums = new long[2][4];
      for (long seed = 0; seed < cards; seed++) {
        SmallServices.Service service = SmallServices.draw(seed);
        Results results = service.evaluation().evaluate(service.families().stream());
        String open = ReportCardJson.write(ReportCard.of(service.evaluation(), results));
        int step = 0;
        for (DisclosurePolicy applied : List.of(primary.build(), policy)) {
          ReportCard card = ReportCard.of(service.evaluation(), results,
              ReportOptions.defaults().withDisclosure(applied));
          add(sums[step++], card, open);
        }
      }
      String[] steps = {"before", "after"};
      for (int step = 0; step < 2; step++) {
        long[] s = sums[step];
        System.out.printf(Locale.ROOT, "%-12s %-7s %8d %8d %7.1f%% %10d %9.2f%%%n", policy,
            steps[step], s[0], s[1], 100.0 * s[1] / s[0], s[3], 100.0 * s[3] / s[2]);
      }
    }
  }

  /** Adds a card's count cells, hidden cells, total count and hidden count to {@code sums}. */
  private static void add(long[] sums, ReportCard card, String open) {
    // Every output format publishes the same numbers (the attack test checks it): the JSON's.
    Map<String, String> published = Reading.json(ReportCardJson.write(card)).cells;
    Map<String, Long> truth = PublishedCardAttackTest.truth(published, Reading.json(open).cells);
    truth.forEach((place, value) -> {
      sums[0]++;
      sums[2] += value;
      if (published.get(place).equals("[c]")) {
        sums[1]++;
        sums[3] += value;
      }
    });
  }

  /** The audit's time on a card: each preset's card less the card without control. */
  private static void time(String name, Evaluation evaluation, List<SubjectRecords> records,
      int runs) {
    Results results = evaluation.evaluate(records.stream());
    ReportCard.of(evaluation, results, ReportOptions.defaults()
        .withDisclosure(DisclosurePolicy.DFE));   // warm-up
    double open = median(evaluation, results, DisclosurePolicy.NONE, runs);
    System.out.printf(Locale.ROOT, "%s: without control %.0f ms", name, open);
    for (DisclosurePolicy policy : PRESETS) {
      System.out.printf(Locale.ROOT, "; %s audit %.0f ms", policy,
          median(evaluation, results, policy, runs) - open);
    }
    System.out.println();
  }

  private static double median(Evaluation evaluation, Results results, DisclosurePolicy policy,
      int runs) {
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      ReportCard.of(evaluation, results, ReportOptions.defaults().withDisclosure(policy));
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }
}
