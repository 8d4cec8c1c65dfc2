package org.obaframework.core.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.obaframework.core.ObaException;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The audit: the least and the greatest value of a count that the published numbers and the
 * relations of a {@link CountSystem} allow, what an attacker can narrow it to.
 *
 * <p>Each bound is a linear programme solved by ojAlgo's simplex over the count's component only:
 * the counts not known exactly that relations tie to it, directly or through others (a count
 * shown exactly is a constant and ties nothing). Counts are integers, so a bound whose optimum is
 * not integral is confirmed by integer programming (ojAlgo's branch and bound); a linear bound is
 * otherwise exact, as the relations' coefficients are 1 and -1 and an optimal vertex with integral
 * counts is an integer optimum. An unbounded programme means no upper bound. Not thread-safe: one
 * per state of a {@link Publication}.
 */
final class Ranges {
  static {
    // ojAlgo prints a note about its hardware profiles to standard output on first use unless
    // this property is set; a library must not write to the caller's standard output.
    if (System.getProperty("shut.up.ojAlgo") == null) {
      System.setProperty("shut.up.ojAlgo", "true");
    }
  }

  static final double TOLERANCE = 1e-6;

  private final Publication publication;
  private final CountSystem system;
  private final Witnesses witnesses;
  /** The component of each count not known exactly, by its first count; -1 before it is found. */
  private final int[] component;
  private final List<int[]> components = new ArrayList<>();
  private int solves;

  Ranges(Publication publication) {
    this(publication, new Witnesses());
  }

  /**
   * An audit that first looks among the integer solutions found before (by earlier audits of the
   * same system) for one that proves a range wide enough, and keeps the solutions it finds.
   */
  Ranges(Publication publication, Witnesses witnesses) {
    this.publication = publication;
    this.system = publication.system();
    this.witnesses = witnesses;
    this.component = new int[system.size()];
    Arrays.fill(component, -1);
  }

  /** The number of programmes solved so far, for benchmarks. */
  int solves() {
    return solves;
  }

  /**
   * Tells whether the published numbers leave a count a range at least {@code width} wide: the
   * greatest value it may have less the least. Solves the maximum first, since a maximum far
   * enough above the true count settles it.
   */
  boolean keeps(int count, long width) {
    if (publication.isConstant(count)) {
      return width <= 0;
    }
    if (witnesses.proves(publication, count, width)) {
      return true;
    }
    long high = bound(count, true);
    if (high == Publication.UNBOUNDED || high - system.value(count) >= width) {
      return true;
    }
    return high - bound(count, false) >= width;
  }

  /** The least and greatest value the published numbers allow, {@code {low, high}}. */
  long[] range(int count) {
    if (publication.isConstant(count)) {
      return new long[] {publication.lower(count), publication.upper(count)};
    }
    return new long[] {bound(count, false), bound(count, true)};
  }

  /** The counts not known exactly that relations tie to a count, itself included. */
  int[] componentOf(int count) {
    if (publication.isConstant(count)) {
      return new int[] {count};
    }
    if (component[count] < 0) {
      int id = components.size();
      List<Integer> members = new ArrayList<>();
      Deque<Integer> todo = new ArrayDeque<>();
      todo.add(count);
      component[count] = id;
      while (!todo.isEmpty()) {
        int c = todo.poll();
        members.add(c);
        for (int relation : system.relationsOf(c)) {
          for (int other : system.vars(relation)) {
            if (component[other] < 0 && !publication.isConstant(other)) {
              component[other] = id;
              todo.add(other);
            }
          }
        }
      }
      components.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
    return components.get(component[count]);
  }

  private long bound(int count, boolean max) {
    int[] members = componentOf(count);
    double[] solution = new double[members.length];
    double linear = solve(members, count, max, false, solution);
    if (Double.isInfinite(linear)) {
      return Publication.UNBOUNDED;
    }
    boolean integral = true;
    for (double x : solution) {
      integral &= Math.abs(x - Math.rint(x)) < TOLERANCE;
    }
    double value = integral ? linear : solve(members, count, max, true, solution);
    if (Double.isInfinite(value)) {
      return Publication.UNBOUNDED;
    }
    witnesses.add(system, members, solution);
    // An integer optimum: round it, and never past the true count, which is always feasible.
    long rounded = Math.round(value);
    return max ? Math.max(rounded, system.value(count))
        : Math.min(rounded, system.value(count));
  }

  /**
   * Solves one programme over a component: the greatest or least value of one count. Returns the
   * optimum, or an infinity when unbounded; fills in the optimal counts.
   */
  private double solve(int[] members, int target, boolean max, boolean integer,
      double[] solution) {
    solves++;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] variables = new Variable[members.length];
    int targetIndex = -1;
    for (int k = 0; k < members.length; k++) {
      int c = members[k];
      Variable x = model.addVariable("x" + k).lower(publication.lower(c));
      if (publication.upper(c) != Publication.UNBOUNDED) {
        x.upper(publication.upper(c));
      }
      if (integer) {
        x.integer(true);
      }
      variables[k] = x;
      if (c == target) {
        targetIndex = k;
      }
    }
    List<Integer> relations = new ArrayList<>();
    for (int c : members) {
      for (int relation : system.relationsOf(c)) {
        relations.add(relation);
      }
    }
    int[] distinct = relations.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    for (int relation : distinct) {
      Expression expression = model.addExpression("r" + relation);
      long constant = 0;
      int[] vars = system.vars(relation);
      int[] coefficients = system.coefficients(relation);
      for (int k = 0; k < vars.length; k++) {
        int index = Arrays.binarySearch(members, vars[k]);
        if (index >= 0) {
          expression.set(variables[index], coefficients[k]);
        } else {
          constant += coefficients[k] * publication.lower(vars[k]);
        }
      }
      if (system.isEquality(relation)) {
        expression.level(-constant);
      } else {
        expression.upper(-constant);
      }
    }
    variables[targetIndex].weight(1);
    Optimisation.Result result = max ? model.maximise() : model.minimise();
    Optimisation.State state = result.getState();
    if (state == Optimisation.State.UNBOUNDED) {
      return max ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    if (!state.isFeasible()) {
      throw new ObaException("disclosure control: the audit's programme has no solution ("
          + state + "), though the true counts satisfy it");
    }
    for (int k = 0; k < members.length; k++) {
      solution[k] = result.doubleValue(k);
    }
    return result.doubleValue(targetIndex);
  }
}
