package org.obaframework.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.obaframework.core.ObaException;

/**
 * What an attacker knows of a report card apart from its published numbers: the true counts
 * behind its count cells, each distinct count once however many tables show it, and the linear
 * relations among them that hold by construction (a row of a table sums to its total, a parent of a
 * hierarchy to its children, a proportion's denominator to its better off and not better off, and
 * so on). Every relation is homogeneous: {@code sum(coefficient * count) = 0} or {@code <= 0}.
 *
 * <p>A count is published (a cell of the card, whose status disclosure control decides) or not (a
 * count no cell shows, such as a measure's initial population, which ties published cells
 * together). Every relation is checked against the true counts when the system is built, so that
 * the audit never reasons from a relation that does not hold. Immutable once built.
 */
final class CountSystem {
  /** How much information hiding a count loses, cheapest first: the order complements are tried. */
  enum Tier {
    /** A count column beside a headline number: not paired, excluded, not eligible, assessed. */
    COLUMN,
    /** An inner cell of a breakdown table or a change profile. */
    INNER,
    /** A margin: a row's denominator, a row or column total of a change profile. */
    MARGIN,
    /** A headline number: a measure's count, numerator or denominator. */
    HEADLINE
  }

  private final long[] values;
  private final Tier[] tiers;
  private final boolean[] published;
  private final boolean[] stated;
  private final String[] identities;
  private final int[][] relationVars;
  private final int[][] relationCoefficients;
  private final boolean[] equalities;
  private final int[][] relationsOf;
  private final Map<String, Integer> byIdentity;

  private CountSystem(long[] values, Tier[] tiers, boolean[] published, boolean[] stated,
      String[] identities,
      int[][] relationVars, int[][] relationCoefficients, boolean[] equalities,
      Map<String, Integer> byIdentity) {
    this.values = values;
    this.tiers = tiers;
    this.published = published;
    this.stated = stated;
    this.identities = identities;
    this.relationVars = relationVars;
    this.relationCoefficients = relationCoefficients;
    this.equalities = equalities;
    this.byIdentity = byIdentity;
    int[] degree = new int[values.length];
    for (int[] vars : relationVars) {
      for (int v : vars) {
        degree[v]++;
      }
    }
    relationsOf = new int[values.length][];
    for (int v = 0; v < values.length; v++) {
      relationsOf[v] = new int[degree[v]];
    }
    int[] filled = new int[values.length];
    for (int r = 0; r < relationVars.length; r++) {
      for (int v : relationVars[r]) {
        relationsOf[v][filled[v]++] = r;
      }
    }
  }

  static Builder builder() {
    return new Builder();
  }

  int size() {
    return values.length;
  }

  long value(int count) {
    return values[count];
  }

  Tier tier(int count) {
    return tiers[count];
  }

  boolean isPublished(int count) {
    return published[count];
  }

  /**
   * Whether the card states a count without printing it: a difference of two printed counts that
   * is itself a count of units, such as a line's "not better off" (its denominator less its
   * numerator). It is protected like a printed count, but no cell shows it.
   */
  boolean isStated(int count) {
    return stated[count];
  }

  String identity(int count) {
    return identities[count];
  }

  /** The count of an identity, or -1. */
  int find(String identity) {
    Integer found = byIdentity.get(identity);
    return found == null ? -1 : found;
  }

  int relations() {
    return relationVars.length;
  }

  int[] vars(int relation) {
    return relationVars[relation];
  }

  int[] coefficients(int relation) {
    return relationCoefficients[relation];
  }

  boolean isEquality(int relation) {
    return equalities[relation];
  }

  int[] relationsOf(int count) {
    return relationsOf[count];
  }

  /** Collects counts and relations; counts of one identity are one count. Not thread-safe. */
  static final class Builder {
    private final Map<String, Integer> byIdentity = new LinkedHashMap<>();
    private final List<Long> values = new ArrayList<>();
    private final List<Tier> tiers = new ArrayList<>();
    private final List<Boolean> published = new ArrayList<>();
    private final List<Boolean> stated = new ArrayList<>();
    private final List<String> identities = new ArrayList<>();
    private final List<int[]> vars = new ArrayList<>();
    private final List<int[]> coefficients = new ArrayList<>();
    private final List<Boolean> equalities = new ArrayList<>();
    private int[] parent = new int[16];

    private Builder() {}

    /**
     * A published count: a cell of the card. The same identity is the same count, wherever it is
     * shown; its tier is the costliest of its places.
     */
    int cell(String identity, long value, Tier tier) {
      int count = count(identity, value);
      published.set(count, true);
      raise(count, tier);
      return count;
    }

    /** A count no cell shows, which ties published counts together. */
    int hidden(String identity, long value) {
      return count(identity, value);
    }

    /** A count no cell shows but the card states: protected, never printed (unless a cell is). */
    int stated(String identity, long value, Tier tier) {
      int count = count(identity, value);
      stated.set(count, true);
      raise(count, tier);
      return count;
    }

    /** A count's tier is the costliest of its places. */
    private void raise(int count, Tier tier) {
      if (tier.compareTo(tiers.get(count)) > 0) {
        tiers.set(count, tier);
      }
    }

    private int count(String identity, long value) {
      Integer known = byIdentity.get(identity);
      if (known != null) {
        if (values.get(known) != value) {
          throw new ObaException("disclosure control: the count " + identity
              + " has two values, " + values.get(known) + " and " + value);
        }
        return known;
      }
      int count = values.size();
      byIdentity.put(identity, count);
      values.add(value);
      tiers.add(Tier.COLUMN);
      published.add(false);
      stated.add(false);
      identities.add(identity);
      if (count == parent.length) {
        parent = Arrays.copyOf(parent, count * 2);
      }
      parent[count] = count;
      return count;
    }

    long value(int count) {
      return values.get(count);
    }

    /** {@code total = sum(parts)}, which must hold for the true counts. */
    void sum(int total, int... parts) {
      int[] all = Arrays.copyOf(parts, parts.length + 1);
      all[parts.length] = total;
      int[] coefficients = new int[all.length];
      Arrays.fill(coefficients, 1);
      coefficients[parts.length] = -1;
      relation(all, coefficients, true);
    }

    /** {@code small <= large}. */
    void atMost(int small, int large) {
      relation(new int[] {small, large}, new int[] {1, -1}, false);
    }

    /**
     * A parent and its children, distinct counts of units: each child's units are among the
     * parent's, and every unit of the parent is in at least one child. When the true children add
     * up to the parent (each unit in one child), that equation; otherwise what holds whatever the
     * overlap: each child at most the parent, and the children together at least the parent.
     *
     * @param complete whether every unit of the parent is in one of these children; when not,
     *     only each child at most the parent
     */
    void group(int parentCount, int[] children, boolean complete) {
      long sum = 0;
      for (int child : children) {
        sum += values.get(child);
      }
      if (complete && sum == values.get(parentCount)) {
        sum(parentCount, children);
        return;
      }
      for (int child : children) {
        if (values.get(child) <= values.get(parentCount)) {
          atMost(child, parentCount);
        }
      }
      if (complete && sum >= values.get(parentCount)) {
        int[] all = Arrays.copyOf(children, children.length + 1);
        all[children.length] = parentCount;
        int[] coefficients = new int[all.length];
        Arrays.fill(coefficients, -1);
        coefficients[children.length] = 1;
        relation(all, coefficients, false);   // parent - sum(children) <= 0
      }
    }

    /** Makes two counts one, when they are equal: the same units counted by two measures. */
    void same(int a, int b) {
      if (!values.get(a).equals(values.get(b))) {
        return;
      }
      int ra = root(a);
      int rb = root(b);
      if (ra != rb) {
        if (ra < rb) {
          parent[rb] = ra;
        } else {
          parent[ra] = rb;
        }
      }
    }

    private int root(int count) {
      while (parent[count] != count) {
        parent[count] = parent[parent[count]];
        count = parent[count];
      }
      return count;
    }

    private void relation(int[] counts, int[] coefficients, boolean equality) {
      vars.add(counts);
      this.coefficients.add(coefficients);
      equalities.add(equality);
    }

    /**
     * Builds the system: linked counts merged, relations rewritten over them (a relation that
     * becomes empty is dropped), each checked against the true counts.
     *
     * @throws ObaException if a relation does not hold for the true counts (a defect of oba)
     */
    CountSystem build() {
      int n = values.size();
      int[] index = new int[n];
      Arrays.fill(index, -1);
      List<Integer> roots = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int root = root(i);
        if (index[root] < 0) {
          index[root] = roots.size();
          roots.add(root);
        }
        index[i] = index[root];
      }
      int m = roots.size();
      long[] v = new long[m];
      Tier[] t = new Tier[m];
      boolean[] p = new boolean[m];
      boolean[] st = new boolean[m];
      String[] ids = new String[m];
      Arrays.fill(t, Tier.COLUMN);
      for (int i = 0; i < n; i++) {
        int k = index[i];
        v[k] = values.get(i);
        if (ids[k] == null) {
          ids[k] = identities.get(i);
        }
        st[k] |= stated.get(i);
        if (published.get(i) || stated.get(i)) {
          p[k] |= published.get(i);
          if (tiers.get(i).compareTo(t[k]) > 0) {
            t[k] = tiers.get(i);
          }
        }
      }
      Map<String, Integer> found = new HashMap<>();
      byIdentity.forEach((identity, count) -> found.put(identity, index[count]));
      List<int[]> relationVars = new ArrayList<>();
      List<int[]> relationCoefficients = new ArrayList<>();
      List<Boolean> relationEqualities = new ArrayList<>();
      Map<String, Boolean> seen = new HashMap<>();
      for (int r = 0; r < vars.size(); r++) {
        Map<Integer, Integer> merged = new java.util.TreeMap<>();
        int[] counts = vars.get(r);
        for (int k = 0; k < counts.length; k++) {
          merged.merge(index[counts[k]], coefficients.get(r)[k], Integer::sum);
        }
        merged.values().removeIf(c -> c == 0);
        if (merged.isEmpty()) {
          continue;
        }
        int[] rv = merged.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] rc = merged.values().stream().mapToInt(Integer::intValue).toArray();
        long lhs = 0;
        for (int k = 0; k < rv.length; k++) {
          lhs += rc[k] * v[rv[k]];
        }
        boolean equality = equalities.get(r);
        if (equality ? lhs != 0 : lhs > 0) {
          throw new ObaException("disclosure control: a relation among "
              + Arrays.stream(rv).mapToObj(k -> ids[k]).toList() + " does not hold");
        }
        String key = Arrays.toString(rv) + Arrays.toString(rc) + equality;
        if (seen.putIfAbsent(key, true) != null) {
          continue;
        }
        relationVars.add(rv);
        relationCoefficients.add(rc);
        relationEqualities.add(equality);
      }
      boolean[] eq = new boolean[relationEqualities.size()];
      for (int r = 0; r < eq.length; r++) {
        eq[r] = relationEqualities.get(r);
      }
      return new CountSystem(v, t, p, st, ids, relationVars.toArray(new int[0][]),
          relationCoefficients.toArray(new int[0][]), eq, found);
    }
  }
}
