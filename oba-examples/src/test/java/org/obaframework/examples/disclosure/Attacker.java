package org.obaframework.examples.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An attacker of a published report card, written apart from oba's own audit: from the numbers
 * the card publishes (every output format's, read by {@link Reading}) and what a well-informed
 * reader knows of how they relate, the least and greatest value each count can have, by linear
 * programming confirmed by integer programming (ojAlgo).
 *
 * <p>The attacker is strong: it takes an equation between the rows of a table and its total, a
 * parent and its children, or the same key in two tables, for true whenever the true counts
 * (read from the same card published without disclosure control) say it holds, and inequalities
 * that hold whatever the overlap of distinct counts otherwise. It knows the policy: a shown count
 * exactly, a rounded one's band less the counts the policy hides, and that a hidden count is at
 * least 1 (the policies attacked show zeros).
 */
final class Attacker {
  static {
    System.setProperty("shut.up.ojAlgo", "true");
  }

  /** What the attacker knows of a policy: the primary range, the rounding base. */
  record Policy(String name, long threshold, int base, long sensitiveUpTo, long width) {
    long round(long count) {
      return base == 0 ? count : Math.floorDiv(count * 2 + base, 2L * base) * base;
    }
  }

  static Policy policy(String name) {
    return switch (name) {
      case "dfe" -> new Policy(name, 5, 0, 5, 5);
      case "ons-10-5" -> new Policy(name, 9, 5, 9, 9);
      case "statswales" -> new Policy(name, 0, 5, 4, 1);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** A count the attacker found narrowed: its place, true value and range. */
  record Finding(String place, long truth, long low, long high) {}

  private final Policy policy;
  /** Every count place, by the representative of its class of places that are one count. */
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Long> truth = new LinkedHashMap<>();
  private final Map<String, String> published = new LinkedHashMap<>();
  private final Set<String> derived = new LinkedHashSet<>();
  private final List<Map<String, Integer>> equations = new ArrayList<>();
  private final List<Map<String, Integer>> inequalities = new ArrayList<>();

  Attacker(Policy policy) {
    this.policy = policy;
  }

  private String find(String place) {
    parent.putIfAbsent(place, place);
    String at = place;
    while (!parent.get(at).equals(at)) {
      at = parent.get(at);
    }
    parent.put(place, at);
    return at;
  }

  /** A published count and its true value. */
  void count(String place, String text, long value) {
    truth.put(place, value);
    published.put(place, text);
    find(place);
  }

  /** A count the card states without printing it, such as a line's not better off. */
  void derivedCount(String place, long value) {
    truth.put(place, value);
    derived.add(place);
    find(place);
  }

  /** A count no cell shows, such as an initial population. */
  void hidden(String place, long value) {
    truth.put(place, value);
    find(place);
  }

  boolean knows(String place) {
    return truth.containsKey(place);
  }

  long truth(String place) {
    Long value = truth.get(place);
    if (value == null) {
      throw new AssertionError("no such count: " + place);
    }
    return value;
  }

  /** Takes two places for one count, when their true values agree. */
  void same(String a, String b) {
    if (knows(a) && knows(b) && truth(a) == truth(b)) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }
  }

  /** {@code total = sum(parts)}, which must hold. */
  void sum(String total, List<String> parts) {
    long sum = 0;
    for (String part : parts) {
      sum += truth(part);
    }
    if (sum != truth(total)) {
      throw new AssertionError("not a sum: " + total + " of " + parts);
    }
    Map<String, Integer> equation = new LinkedHashMap<>();
    parts.forEach(p -> equation.merge(p, 1, Integer::sum));
    equation.merge(total, -1, Integer::sum);
    equations.add(equation);
  }

  /**
   * A parent and its children as distinct counts: their equation if the true counts add up,
   * else each child at most the parent and together at least it.
   */
  void group(String parentPlace, List<String> children) {
    long sum = 0;
    for (String child : children) {
      sum += truth(child);
    }
    if (sum == truth(parentPlace)) {
      sum(parentPlace, children);
      return;
    }
    for (String child : children) {
      if (truth(child) <= truth(parentPlace)) {
        inequalities.add(Map.of(child, 1, parentPlace, -1));
      }
    }
    if (sum >= truth(parentPlace)) {
      Map<String, Integer> atLeast = new LinkedHashMap<>();
      children.forEach(c -> atLeast.merge(c, -1, Integer::sum));
      atLeast.merge(parentPlace, 1, Integer::sum);
      inequalities.add(atLeast);
    }
  }

  /** {@code small <= large}, when it holds. */
  void atMost(String small, String large) {
    if (truth(small) <= truth(large)) {
      inequalities.add(Map.of(small, 1, large, -1));
    }
  }

  /**
   * Attacks every sensitive count: each published (or stated) count whose true value is in the
   * policy's sensitive range.
   *
   * @return the counts narrowed below the protection interval
   */
  List<Finding> attack() {
    Map<String, long[]> bounds = bounds();
    Set<String> sensitive = new LinkedHashSet<>();
    for (String place : truth.keySet()) {
      long value = truth(place);
      if ((published.containsKey(place) || derived.contains(place)) && value >= 1
          && value <= policy.sensitiveUpTo()) {
        sensitive.add(find(place));
      }
    }
    List<Finding> findings = new ArrayList<>();
    Model model = new Model(bounds);
    for (String count : sensitive) {
      long value = truth(count);
      long high = model.bound(count, true);
      if (high != Long.MAX_VALUE && high - value < policy.width()) {
        long low = model.bound(count, false);
        if (high - low < policy.width()) {
          findings.add(new Finding(count, value, low, high));
        }
      }
    }
    return findings;
  }

  /** Each count's bounds from what is published of it (the tightest of its places). */
  private Map<String, long[]> bounds() {
    Map<String, long[]> bounds = new LinkedHashMap<>();
    for (String place : truth.keySet()) {
      long[] own = new long[] {0, Long.MAX_VALUE};
      String text = published.get(place);
      if (text != null) {
        if (text.equals("[c]")) {
          own = new long[] {1, Long.MAX_VALUE};
        } else {
          long shown = Long.parseLong(text);
          own = policy.base() == 0 ? new long[] {shown, shown} : band(shown);
        }
      }
      long[] known = bounds.computeIfAbsent(find(place), k -> new long[] {0, Long.MAX_VALUE});
      known[0] = Math.max(known[0], own[0]);
      known[1] = Math.min(known[1], own[1]);
    }
    return bounds;
  }

  private long[] band(long shown) {
    long low = Long.MAX_VALUE;
    long high = -1;
    for (long x = Math.max(0, shown - policy.base()); x <= shown + policy.base(); x++) {
      boolean hidden = x >= 1 && x <= policy.threshold();
      if (policy.round(x) == shown && !hidden) {
        low = Math.min(low, x);
        high = Math.max(high, x);
      }
    }
    if (high < 0) {
      throw new AssertionError("no count rounds to " + shown + " under " + policy.name());
    }
    return new long[] {low, high};
  }

  /**
   * The programmes over the counts not known exactly, the known ones constants: one per group of
   * counts that relations tie together, so that each programme stays small.
   */
  private final class Model {
    private final Map<String, long[]> bounds;
    private final Map<String, Integer> group = new HashMap<>();
    private final List<List<Map<String, Integer>>> groupRelations = new ArrayList<>();
    private final List<List<Boolean>> groupEqual = new ArrayList<>();
    private final List<List<String>> groupCounts = new ArrayList<>();

    Model(Map<String, long[]> bounds) {
      this.bounds = bounds;
      Map<String, String> link = new HashMap<>();
      List<Map<String, Integer>> all = new ArrayList<>();
      List<Boolean> equal = new ArrayList<>();
      for (Map<String, Integer> relation : equations) {
        all.add(merged(relation));
        equal.add(true);
      }
      for (Map<String, Integer> relation : inequalities) {
        all.add(merged(relation));
        equal.add(false);
      }
      for (Map<String, Integer> relation : all) {
        String first = null;
        for (String count : relation.keySet()) {
          if (!known(count)) {
            String root = root(link, count);
            if (first == null) {
              first = root;
            } else if (!root.equals(first)) {
              link.put(root, first);
            }
          }
        }
      }
      Map<String, Integer> index = new HashMap<>();
      for (String count : bounds.keySet()) {
        if (!known(count)) {
          int g = index.computeIfAbsent(root(link, count), k -> {
            groupRelations.add(new ArrayList<>());
            groupEqual.add(new ArrayList<>());
            groupCounts.add(new ArrayList<>());
            return groupCounts.size() - 1;
          });
          group.put(count, g);
          groupCounts.get(g).add(count);
        }
      }
      for (int r = 0; r < all.size(); r++) {
        Map<String, Integer> relation = all.get(r);
        Integer g = null;
        long constant = 0;
        for (Map.Entry<String, Integer> term : relation.entrySet()) {
          if (known(term.getKey())) {
            constant += term.getValue() * bounds.get(term.getKey())[0];
          } else {
            g = group.get(term.getKey());
          }
        }
        if (g == null) {
          if (equal.get(r) ? constant != 0 : constant > 0) {
            throw new AssertionError("the published counts break a relation: " + relation);
          }
          continue;
        }
        groupRelations.get(g).add(relation);
        groupEqual.get(g).add(equal.get(r));
      }
    }

    private Map<String, Integer> merged(Map<String, Integer> relation) {
      Map<String, Integer> merged = new LinkedHashMap<>();
      relation.forEach((place, coefficient) -> merged.merge(find(place), coefficient,
          Integer::sum));
      merged.values().removeIf(c -> c == 0);
      return merged;
    }

    private boolean known(String count) {
      long[] range = bounds.get(count);
      return range[0] == range[1];
    }

    private String root(Map<String, String> link, String count) {
      String at = count;
      while (link.containsKey(at)) {
        at = link.get(at);
      }
      return at;
    }

    long bound(String count, boolean max) {
      if (known(count)) {
        return bounds.get(count)[0];
      }
      double[] linear = solve(count, max, false);
      if (linear == null) {
        return Long.MAX_VALUE;
      }
      boolean integral = true;
      for (int k = 1; k < linear.length; k++) {
        integral &= Math.abs(linear[k] - Math.rint(linear[k])) < 1e-6;
      }
      return Math.round(integral ? linear[0] : solve(count, max, true)[0]);
    }

    /** The optimum then the counts of the group, or null when unbounded. */
    private double[] solve(String target, boolean max, boolean integer) {
      int g = group.get(target);
      ExpressionsBasedModel model = new ExpressionsBasedModel();
      Map<String, Variable> variables = new LinkedHashMap<>();
      for (String count : groupCounts.get(g)) {
        long[] range = bounds.get(count);
        Variable x = model.addVariable().lower(range[0]).integer(integer);
        if (range[1] != Long.MAX_VALUE) {
          x.upper(range[1]);
        }
        variables.put(count, x);
      }
      List<Map<String, Integer>> relations = groupRelations.get(g);
      for (int r = 0; r < relations.size(); r++) {
        Expression expression = model.addExpression();
        long constant = 0;
        for (Map.Entry<String, Integer> term : relations.get(r).entrySet()) {
          Variable x = variables.get(term.getKey());
          if (x == null) {
            constant += term.getValue() * bounds.get(term.getKey())[0];
          } else {
            expression.set(x, term.getValue());
          }
        }
        if (groupEqual.get(g).get(r)) {
          expression.level(-constant);
        } else {
          expression.upper(-constant);
        }
      }
      variables.get(target).weight(1);
      Optimisation.Result result = max ? model.maximise() : model.minimise();
      if (result.getState() == Optimisation.State.UNBOUNDED) {
        return null;
      }
      if (!result.getState().isFeasible()) {
        throw new AssertionError("the published card has no solution: " + result.getState());
      }
      double[] solution = new double[variables.size() + 1];
      solution[0] = result.getValue();
      for (int k = 0; k < variables.size(); k++) {
        solution[k + 1] = result.doubleValue(k);
      }
      return solution;
    }
  }
}
