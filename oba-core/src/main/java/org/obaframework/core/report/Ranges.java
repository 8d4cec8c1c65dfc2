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
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * The audit: the least and the greatest value of a count that the published numbers and the
 * relations of a {@link CountSystem} allow, what an attacker can narrow it to.
 *
 * <p>Each bound is a linear programme solved by ojAlgo's dual simplex over the count's component
 * only: the counts not known exactly that relations tie to it, directly or through others (a count
 * shown exactly is a constant and ties nothing). Counts are integers: an optimal vertex whose
 * counts are integral is an integer optimum; otherwise branch and bound over ojAlgo's linear
 * programmes finds the integer one (here, on the calling thread: ojAlgo's own integer solver
 * would start threads of its own). An unbounded programme means no upper bound.
 *
 * <p>A large component is first audited over a count's neighbourhood: with every other count at
 * its true value, whose solutions are solutions of the whole, so a wide range there proves
 * protection; and with the relations that reach beyond it dropped, whose range contains the true
 * one, so a narrow range there proves the count exposed. Only when neither settles it is the
 * whole component solved, first as linear programmes: their range contains the integer one, so
 * when it is too narrow the count is exposed without branch and bound. Integer solutions found
 * are kept ({@link Witnesses}) and reused as proofs. Not thread-safe: one per state of a
 * {@link Publication}.
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
  /** The most linear programmes one branch and bound solves. */
  private static final int NODES = 40;
  /** Components larger than this are audited over a count's neighbourhood first. */
  private static final int LOCAL = 40;
  /** The most counts of a neighbourhood. */
  private static final int NEAR = 200;
  /** How many relations away from a count its neighbourhood reaches. */
  private static final int RADIUS = 4;

  private final Publication publication;
  private final CountSystem system;
  private final Witnesses witnesses;
  /** The component of each count not known exactly, by its first count; -1 before it is found. */
  private final int[] component;
  private final List<int[]> components = new ArrayList<>();
  private int solves;
  private long work;

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

  /** The work done so far: the programmes solved, each by its number of counts. */
  long work() {
    return work;
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
    long value = system.value(count);
    int[] members = componentOf(count);
    int[] near = members.length > LOCAL ? neighbourhood(count) : members;
    if (near.length <= members.length / 2) {
      long high = bound(near, count, true, Scope.INNER, value + width);
      if (high == Publication.UNBOUNDED || high - value >= width
          || high - bound(near, count, false, Scope.INNER, high - width) >= width) {
        return true;
      }
      long[] outer = {bound(near, count, false, Scope.OUTER),
          bound(near, count, true, Scope.OUTER)};
      if (outer[1] != Publication.UNBOUNDED && outer[1] - outer[0] < width) {
        return false;
      }
    }
    double[] top = new double[members.length];
    double linearHigh = solve(members, count, true, top, Scope.WHOLE, null, null);
    if (Double.isInfinite(linearHigh)) {
      return true;
    }
    if (integral(top)) {
      witnesses.add(system, members, top);
      if (Math.round(linearHigh) - value >= width) {
        return true;
      }
    }
    double[] bottom = new double[members.length];
    double linearLow = solve(members, count, false, bottom, Scope.WHOLE, null, null);
    if (integral(bottom)) {
      witnesses.add(system, members, bottom);
    }
    // The integer range lies within the linear one: when even that is too narrow, no branch
    // and bound can widen it.
    if ((long) Math.floor(linearHigh + TOLERANCE) - (long) Math.ceil(linearLow - TOLERANCE)
        < width) {
      return false;
    }
    long high = Math.max(value, integral(top) ? Math.round(linearHigh)
        : branch(members, count, true, Scope.WHOLE, top, value + width));
    if (high - value >= width) {
      return true;
    }
    long low = Math.min(value, integral(bottom) ? Math.round(linearLow)
        : branch(members, count, false, Scope.WHOLE, bottom, high - width));
    return high - low >= width;
  }

  /**
   * The range of a count, exactly for a small component, else as the count's neighbourhood
   * alone allows (at least as wide as the true range): a cheap measure of how much a complement
   * would widen it.
   */
  long[] estimate(int count) {
    if (publication.isConstant(count) || componentOf(count).length <= LOCAL) {
      return range(count);
    }
    int[] near = neighbourhood(count);
    return new long[] {bound(near, count, false, Scope.OUTER),
        bound(near, count, true, Scope.OUTER)};
  }

  /**
   * The counts that bound a count's range: those at one of their own bounds in the solutions
   * that make it greatest and least, over its neighbourhood (its component, when small). Hiding
   * one of them is what may widen the range.
   */
  List<Integer> blocking(int count) {
    int[] members = componentOf(count).length <= LOCAL ? componentOf(count)
        : neighbourhood(count);
    Scope scope = members.length == componentOf(count).length ? Scope.WHOLE : Scope.OUTER;
    List<Integer> blocking = new ArrayList<>();
    for (boolean max : new boolean[] {true, false}) {
      double[] solution = new double[members.length];
      if (Double.isInfinite(solve(members, count, max, solution, scope, null, null))) {
        continue;
      }
      for (int k = 0; k < members.length; k++) {
        int c = members[k];
        boolean low = Math.abs(solution[k] - publication.lower(c)) < TOLERANCE;
        boolean high = publication.upper(c) != Publication.UNBOUNDED
            && Math.abs(solution[k] - publication.upper(c)) < TOLERANCE;
        if (c != count && (low || high) && !blocking.contains(c)) {
          blocking.add(c);
        }
      }
    }
    return blocking;
  }

  /**
   * Which programme a bound solves: over the whole component, the counts outside it constants;
   * over a neighbourhood with every other count at its true value (its solutions are solutions
   * of the whole, so its range is within the true range); or over a neighbourhood with the
   * relations that reach beyond it dropped (its range contains the true range).
   */
  private enum Scope { WHOLE, INNER, OUTER }

  /** The counts within a few relations of a count, not known exactly, at most {@value #NEAR}. */
  private int[] neighbourhood(int count) {
    java.util.Set<Integer> near = new java.util.TreeSet<>();
    near.add(count);
    List<Integer> frontier = List.of(count);
    for (int step = 0; step < RADIUS && near.size() < NEAR; step++) {
      List<Integer> next = new ArrayList<>();
      for (int c : frontier) {
        for (int relation : system.relationsOf(c)) {
          for (int other : system.vars(relation)) {
            if (near.size() < NEAR && !publication.isConstant(other) && near.add(other)) {
              next.add(other);
            }
          }
        }
      }
      frontier = next;
    }
    return near.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The least and greatest value the published numbers allow, {@code {low, high}}. */
  long[] range(int count) {
    if (publication.isConstant(count)) {
      return new long[] {publication.lower(count), publication.upper(count)};
    }
    return new long[] {bound(count, false), bound(count, true)};
  }

  /**
   * The least and greatest value the published numbers allow, by the simple path the audit's
   * shortcuts must agree with: the count's whole component, branch and bound without a limit on
   * its programmes, nothing reused. For tests.
   */
  long[] exactRange(int count) {
    if (publication.isConstant(count)) {
      return new long[] {publication.lower(count), publication.upper(count)};
    }
    int[] members = componentOf(count);
    long[] range = new long[2];
    for (int side = 0; side < 2; side++) {
      boolean max = side == 1;
      double[] solution = new double[members.length];
      double linear = solve(members, count, max, solution, Scope.WHOLE, null, null);
      if (Double.isInfinite(linear)) {
        range[side] = Publication.UNBOUNDED;
        continue;
      }
      range[side] = integral(solution) ? Math.round(linear) : branch(members, count, max,
          Scope.WHOLE, solution, max ? Long.MAX_VALUE : Long.MIN_VALUE, Integer.MAX_VALUE, false);
    }
    return range;
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
    return bound(componentOf(count), count, max, Scope.WHOLE);
  }

  private long bound(int[] members, int count, boolean max, Scope scope) {
    return bound(members, count, max, scope, max ? Long.MAX_VALUE : Long.MIN_VALUE);
  }

  /**
   * The greatest or least value of a count over some counts (see {@link Scope}), an integer: the
   * linear optimum when its solution is integral; else, over a neighbourhood with the relations
   * beyond it dropped, the linear optimum rounded towards the true count (a bound on the
   * integer one); else the integer optimum by branch and bound, which stops once it finds an
   * integer solution as far as {@code goal} (all that a caller asking whether a range is wide
   * enough needs).
   */
  private long bound(int[] members, int count, boolean max, Scope scope, long goal) {
    double[] solution = new double[members.length];
    double linear = solve(members, count, max, solution, scope, null, null);
    if (Double.isInfinite(linear)) {
      return Publication.UNBOUNDED;
    }
    long value;
    if (integral(solution)) {
      value = Math.round(linear);
      if (scope != Scope.OUTER) {
        witnesses.add(system, members, solution);
      }
    } else if (scope == Scope.OUTER) {
      value = max ? (long) Math.floor(linear + TOLERANCE) : (long) Math.ceil(linear - TOLERANCE);
    } else {
      value = branch(members, count, max, scope, solution, goal);
    }
    // Never past the true count, which is always feasible.
    return max ? Math.max(value, system.value(count)) : Math.min(value, system.value(count));
  }

  private static boolean integral(double[] solution) {
    for (double x : solution) {
      if (Math.abs(x - Math.rint(x)) >= TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  /**
   * The integer optimum by branch and bound over linear programmes, depth first, on the calling
   * thread: a count whose value is fractional is bounded below its floor on one branch and above
   * its ceiling on the other; a branch whose linear optimum cannot beat the best integer solution
   * found is cut. It stops at an integer solution as far as {@code goal}, or after {@value #NODES}
   * programmes with the best integer solution found (at worst the true counts): never an optimum
   * beyond one that exists, so the audit errs only towards hiding more.
   */
  private long branch(int[] members, int count, boolean max, Scope scope, double[] root,
      long goal) {
    return branch(members, count, max, scope, root, goal, NODES, true);
  }

  private long branch(int[] members, int count, boolean max, Scope scope, double[] root,
      long goal, int limit, boolean warm) {
    long best = system.value(count);
    java.util.Deque<long[][]> nodes = new ArrayDeque<>();
    long[] lows = new long[members.length];
    long[] highs = new long[members.length];
    for (int k = 0; k < members.length; k++) {
      lows[k] = publication.lower(members[k]);
      highs[k] = publication.upper(members[k]);
    }
    split(nodes, lows, highs, root);
    Programme programme = warm ? new Programme(members, count, max, scope, lows, highs) : null;
    for (int n = 0; n < limit && !nodes.isEmpty(); n++) {
      long[][] node = nodes.pop();
      double[] solution = new double[members.length];
      if (programme != null && !programme.bound(node[0], node[1])) {
        programme = new Programme(members, count, max, scope, node[0], node[1]);
      }
      double linear = programme != null ? programme.solve(solution, true)
          : solve(members, count, max, solution, scope, node[0], node[1]);
      if (Double.isNaN(linear)) {
        continue;   // infeasible
      }
      long reach = max ? (long) Math.floor(linear + TOLERANCE)
          : (long) Math.ceil(linear - TOLERANCE);
      if (max ? reach <= best : reach >= best) {
        continue;
      }
      if (integral(solution)) {
        best = Math.round(linear);
        witnesses.add(system, members, solution);
        if (max ? best >= goal : best <= goal) {
          break;
        }
      } else {
        split(nodes, node[0], node[1], solution);
      }
    }
    return best;
  }

  /** Pushes the two branches on the first fractional count of a solution. */
  private static void split(java.util.Deque<long[][]> nodes, long[] lows, long[] highs,
      double[] solution) {
    for (int k = 0; k < solution.length; k++) {
      if (Math.abs(solution[k] - Math.rint(solution[k])) >= TOLERANCE) {
        long[] down = highs.clone();
        down[k] = (long) Math.floor(solution[k]);
        long[] up = lows.clone();
        up[k] = (long) Math.ceil(solution[k]);
        nodes.push(new long[][] {lows, down});
        nodes.push(new long[][] {up, highs});
        return;
      }
    }
  }

  /** Whether a relation holds a count not known exactly outside the members. */
  private boolean reachesBeyond(int[] members, int[] vars) {
    for (int c : vars) {
      if (!publication.isConstant(c) && Arrays.binarySearch(members, c) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Solves one linear programme over some counts: the greatest or least value of one count.
   * Returns the optimum, an infinity when unbounded, NaN when infeasible (a branch of branch and
   * bound); fills in the optimal counts. Bounds given replace the published ones.
   *
   * <p>The programme goes to ojAlgo's dual simplex, which keeps each count's bounds (a rounding
   * band, at least 1 for a hidden count) as bounds rather than rows, and each relation as a sparse
   * row. It is built straight into the solver: {@code ExpressionsBasedModel}'s own solving would
   * first presolve every programme in exact decimal arithmetic, which for these programmes costs
   * more than solving them.
   */
  private double solve(int[] members, int target, boolean max, double[] solution,
      Scope scope, long[] lows, long[] highs) {
    return new Programme(members, target, max, scope, lows, highs).solve(solution, lows != null);
  }

  /**
   * One linear programme, built once: branch and bound changes the bounds of its counts and
   * solves it again, and the dual simplex starts from where it stopped.
   */
  private final class Programme {
    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    private final LinearSolver solver;
    private final int targetIndex;
    private final boolean max;
    private final long[] lows;
    private final long[] highs;

    Programme(int[] members, int target, boolean max, Scope scope, long[] lows, long[] highs) {
      solves++;
      work += members.length;
      int n = members.length;
      targetIndex = Arrays.binarySearch(members, target);
      this.max = max;
      model.options.linear().dual();
      this.lows = new long[n];
      this.highs = new long[n];
      Variable[] vars = new Variable[n];
      for (int k = 0; k < n; k++) {
        int c = members[k];
        this.lows[k] = lows == null ? publication.lower(c) : lows[k];
        this.highs[k] = highs == null ? publication.upper(c) : highs[k];
        vars[k] = model.addVariable().lower(this.lows[k]);
        if (this.highs[k] != Publication.UNBOUNDED) {
          vars[k].upper(this.highs[k]);
        }
      }
      vars[targetIndex].weight(max ? -1 : 1);
      java.util.BitSet relations = new java.util.BitSet();
      for (int c : members) {
        for (int relation : system.relationsOf(c)) {
          relations.set(relation);
        }
      }
      for (int relation = relations.nextSetBit(0); relation >= 0;
          relation = relations.nextSetBit(relation + 1)) {
        int[] rv = system.vars(relation);
        int[] coefficients = system.coefficients(relation);
        if (scope == Scope.OUTER && reachesBeyond(members, rv)) {
          continue;
        }
        Expression e = model.newExpression("r" + relation);
        long constant = 0;
        for (int k = 0; k < rv.length; k++) {
          int index = Arrays.binarySearch(members, rv[k]);
          if (index >= 0) {
            e.set(index, coefficients[k]);
          } else {
            constant += coefficients[k] * (scope == Scope.INNER ? system.value(rv[k])
                : publication.lower(rv[k]));
          }
        }
        if (system.isEquality(relation)) {
          e.level(-constant);
        } else {
          e.upper(-constant);
        }
      }
      solver = LinearSolver.newSolver(model);
    }

    /**
     * Changes the bounds of the counts to a node's, telling whether the solver took them all (if
     * not, the node is solved from scratch).
     */
    boolean bound(long[] nodeLows, long[] nodeHighs) {
      for (int k = 0; k < lows.length; k++) {
        if (nodeLows[k] != lows[k] || nodeHighs[k] != highs[k]) {
          double high = nodeHighs[k] == Publication.UNBOUNDED ? Double.POSITIVE_INFINITY
              : nodeHighs[k];
          if (!solver.updateRange(k, nodeLows[k], high)) {
            return false;
          }
          lows[k] = nodeLows[k];
          highs[k] = nodeHighs[k];
        }
      }
      solves++;
      work += lows.length;
      return true;
    }

    /**
     * Solves it: returns the optimum, an infinity when unbounded, NaN when infeasible and
     * {@code mayFail} (a branch of branch and bound); fills in the optimal counts.
     */
    double solve(double[] solution, boolean mayFail) {
      Optimisation.Result result = LinearSolver.INTEGRATION.toModelState(solver.solve(), model);
      Optimisation.State state = result.getState();
      if (state == Optimisation.State.UNBOUNDED) {
        return max ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      }
      if (!state.isFeasible()) {
        if (mayFail) {
          return Double.NaN;   // a branch without solutions
        }
        throw new ObaException("disclosure control: the audit's programme has no solution ("
            + state + "), though the true counts satisfy it");
      }
      for (int k = 0; k < solution.length; k++) {
        solution[k] = result.doubleValue(k);
      }
      return solution[targetIndex];
    }
  }
}
