package org.obaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The audit's shortcuts (kept solutions, a count's neighbourhood, the linear relaxation before
 * branch and bound) decide exactly what the simple path decides: the least and greatest value of a
 * count over its whole component, by branch and bound without a limit. On small generated cards
 * whose hierarchy and shared populations tie every count into one component, under policies
 * that round and that hide.
 */
class RangesTest {
  private static final List<DisclosurePolicy> POLICIES = List.of(DisclosurePolicy.ONS_10_5,
      DisclosurePolicy.STATS_WALES, DisclosurePolicy.DFE);

  /** One row of a card: two measures of one population, {a, b, d} each, and the population. */
  private record Row(int[] first, int[] second, int families) {}

  /**
   * A card of local authorities and delivery models under them, with a total row: two measures
   * whose denominators are at most the row's families (a count measure of the same population),
   * every column adding up over the hierarchy.
   */
  private static CountSystem card(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CountSystem.Builder builder = CountSystem.builder();
    int authorities = 2 + random.nextInt(2);
    List<long[][]> leaves = new ArrayList<>();
    List<Row> parents = new ArrayList<>();
    List<List<Row>> children = new ArrayList<>();
    for (int la = 0; la < authorities; la++) {
      int models = 2 + random.nextInt(2);
      List<long[]> values = new ArrayList<>();
      for (int m = 0; m < models; m++) {
        long a1 = skewed(random);
        long b1 = skewed(random);
        long a2 = skewed(random);
        long b2 = skewed(random);
        long n = Math.max(a1 + b1, a2 + b2) + random.nextInt(3);
        values.add(new long[] {a1, b1, a2, b2, n});
      }
      leaves.add(values.toArray(new long[0][]));
    }
    long[] all = new long[5];
    for (int la = 0; la < authorities; la++) {
      long[] sum = new long[5];
      List<Row> rows = new ArrayList<>();
      for (int m = 0; m < leaves.get(la).length; m++) {
        long[] v = leaves.get(la)[m];
        rows.add(row(builder, "LA" + la + ">M" + m, v));
        for (int k = 0; k < 5; k++) {
          sum[k] += v[k];
        }
      }
      Row parent = row(builder, "LA" + la, sum);
      group(builder, parent, rows);
      parents.add(parent);
      children.add(rows);
      for (int k = 0; k < 5; k++) {
        all[k] += sum[k];
      }
    }
    group(builder, row(builder, "all", all), parents);
    return builder.build();
  }

  private static long skewed(SplittableRandom random) {
    return random.nextInt(4) == 0 ? random.nextInt(30) : random.nextInt(8);
  }

  private static Row row(CountSystem.Builder builder, String key, long[] v) {
    int families = builder.cell("families|" + key + "|n", v[4], CountSystem.Tier.HEADLINE);
    int[][] measures = new int[2][];
    for (int m = 0; m < 2; m++) {
      long a = v[2 * m];
      long b = v[2 * m + 1];
      int ca = builder.cell("m" + m + "|" + key + "|a", a, CountSystem.Tier.INNER);
      int cb = builder.cell("m" + m + "|" + key + "|b", b, CountSystem.Tier.COLUMN);
      int cd = builder.cell("m" + m + "|" + key + "|d", a + b, CountSystem.Tier.MARGIN);
      builder.sum(cd, ca, cb);
      builder.atMost(cd, families);
      measures[m] = new int[] {ca, cb, cd};
    }
    return new Row(measures[0], measures[1], families);
  }

  private static void group(CountSystem.Builder builder, Row parent, List<Row> rows) {
    for (int k = 0; k < 3; k++) {
      int[] first = new int[rows.size()];
      int[] second = new int[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        first[i] = rows.get(i).first()[k];
        second[i] = rows.get(i).second()[k];
      }
      builder.group(parent.first()[k], first, true);
      builder.group(parent.second()[k], second, true);
    }
    builder.group(parent.families(), rows.stream().mapToInt(Row::families).toArray(), true);
  }

  @Test
  void theAuditDecidesWhatTheSimplePathDecidesBeforeAndAfterSecondarySuppression() {
    int compared = 0;
    int narrow = 0;
    int largest = 0;
    for (long seed = 0; seed < 3; seed++) {
      CountSystem system = card(seed);
      for (DisclosurePolicy policy : POLICIES) {
        Suppression run = Suppression.of(system, policy);
        List<Publication> states = List.of(run.publication().copy(), run.run().copy());
        for (Publication publication : states) {
          Ranges exact = new Ranges(publication);
          Ranges audit = new Ranges(publication);
          for (int c = 0; c < system.size(); c++) {
            if (publication.isConstant(c)) {
              continue;
            }
            largest = Math.max(largest, exact.componentOf(c).length);
            long[] range = exact.exactRange(c);
            long wide = range[1] == Publication.UNBOUNDED ? Long.MAX_VALUE : range[1] - range[0];
            for (long width : new long[] {1, 2, policy.protectionWidth(), 6, 11}) {
              assertThat(audit.keeps(c, width))
                  .as("%s, seed %d, %s: range %d..%d, width %d", policy, seed,
                      system.identity(c), range[0], range[1], width)
                  .isEqualTo(wide >= width);
              compared++;
              narrow += wide < width ? 1 : 0;
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
    assertThat(largest).as("components the audit takes apart").isGreaterThan(40);
    assertThat(narrow).as("some ranges too narrow, so both answers are tested").isPositive();
  }
}
