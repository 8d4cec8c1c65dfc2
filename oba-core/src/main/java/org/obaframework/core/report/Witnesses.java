package org.obaframework.core.report;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Integer solutions the audit has found: each a set of counts that the published numbers and the
 * relations allowed at once, stored as its differences from the true counts. A solution found
 * under one publication stays a solution under another as long as every count it moves stays
 * within its bounds (the relations never change), so a later audit may use it instead of solving
 * again: a solution that moves a count by the protection width or more proves the count's range
 * wide enough. Keeps the most recent; not thread-safe.
 */
final class Witnesses {
  private static final int KEPT = 256;

  private record Solution(int[] counts, long[] values) {}

  private final Deque<Solution> solutions = new ArrayDeque<>();
  /** The solution that last proved each count's range, kept however many come after it. */
  private final java.util.Map<Integer, Solution> proofs = new java.util.HashMap<>();

  /** Keeps an optimal solution of a component, when every count in it is an integer. */
  void add(CountSystem system, int[] members, double[] solution) {
    int moved = 0;
    int[] counts = new int[members.length];
    long[] values = new long[members.length];
    for (int k = 0; k < members.length; k++) {
      double x = solution[k];
      if (Math.abs(x - Math.rint(x)) >= Ranges.TOLERANCE) {
        return;
      }
      long value = Math.round(x);
      if (value != system.value(members[k])) {
        counts[moved] = members[k];
        values[moved] = value;
        moved++;
      }
    }
    if (moved == 0) {
      return;
    }
    solutions.addFirst(new Solution(Arrays.copyOf(counts, moved), Arrays.copyOf(values, moved)));
    if (solutions.size() > KEPT) {
      solutions.removeLast();
    }
  }

  /**
   * Tells whether a kept solution, still allowed by the publication, moves a count at least
   * {@code width} away from its true value.
   */
  boolean proves(Publication publication, int count, long width) {
    Solution proof = proofs.get(count);
    if (proof != null && proves(publication, proof, count, width)) {
      return true;
    }
    for (Solution solution : solutions) {
      if (proves(publication, solution, count, width)) {
        proofs.put(count, solution);
        return true;
      }
    }
    return false;
  }

  private static boolean proves(Publication publication, Solution solution, int count,
      long width) {
    int at = Arrays.binarySearch(solution.counts(), count);
    return at >= 0
        && Math.abs(solution.values()[at] - publication.system().value(count)) >= width
        && allowed(publication, solution);
  }

  private static boolean allowed(Publication publication, Solution solution) {
    for (int k = 0; k < solution.counts().length; k++) {
      int c = solution.counts()[k];
      long x = solution.values()[k];
      if (x < publication.lower(c) || x > publication.upper(c)) {
        return false;
      }
    }
    return true;
  }
}
