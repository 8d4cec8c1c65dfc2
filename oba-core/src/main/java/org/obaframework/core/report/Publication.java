package org.obaframework.core.report;

import java.util.Arrays;

/**
 * How each count of a {@link CountSystem} is published, and so what an attacker knows of it: its
 * exact value (shown), a rounding band (rounded), at least 1 or at least 0 (hidden: a policy that
 * shows zeros hides no zero), or nothing but that it is 0 or more (a count no cell shows). A count
 * may be fixed: published already, on an earlier card, so that this card cannot change it.
 * Mutable; one per run of disclosure control.
 */
final class Publication {
  /** The most an upper bound can be: no bound. */
  static final long UNBOUNDED = Long.MAX_VALUE;

  enum State { SHOWN, ROUNDED, HIDDEN, UNPUBLISHED }

  private final CountSystem system;
  private final State[] states;
  private final long[] shown;
  private final long[] lower;
  private final long[] upper;
  private final boolean[] fixed;
  /** What earlier cards tell of each count, whatever this card publishes. */
  private final long[] floor;
  private final long[] ceiling;

  Publication(CountSystem system) {
    this.system = system;
    int n = system.size();
    states = new State[n];
    shown = new long[n];
    lower = new long[n];
    upper = new long[n];
    fixed = new boolean[n];
    floor = new long[n];
    ceiling = new long[n];
    java.util.Arrays.fill(ceiling, UNBOUNDED);
    for (int i = 0; i < n; i++) {
      unpublished(i);
    }
  }

  Publication copy() {
    Publication copy = new Publication(system);
    System.arraycopy(states, 0, copy.states, 0, states.length);
    System.arraycopy(shown, 0, copy.shown, 0, shown.length);
    System.arraycopy(lower, 0, copy.lower, 0, lower.length);
    System.arraycopy(upper, 0, copy.upper, 0, upper.length);
    System.arraycopy(fixed, 0, copy.fixed, 0, fixed.length);
    System.arraycopy(floor, 0, copy.floor, 0, floor.length);
    System.arraycopy(ceiling, 0, copy.ceiling, 0, ceiling.length);
    return copy;
  }

  CountSystem system() {
    return system;
  }

  State state(int count) {
    return states[count];
  }

  boolean isHidden(int count) {
    return states[count] == State.HIDDEN;
  }

  boolean isFixed(int count) {
    return fixed[count];
  }

  /** The value published: exact or rounded. */
  long shown(int count) {
    return shown[count];
  }

  long lower(int count) {
    return lower[count];
  }

  long upper(int count) {
    return upper[count];
  }

  /** Whether the attacker knows the count exactly. */
  boolean isConstant(int count) {
    return lower[count] == upper[count];
  }

  /** Fixes a count's state: an earlier card published it so, and this card must too. */
  void fix(int count) {
    fixed[count] = true;
  }

  /**
   * Bounds a count by what an earlier card tells of it, whatever this card publishes; the true
   * count must lie within.
   */
  void bound(int count, long low, long high) {
    floor[count] = Math.max(floor[count], low);
    ceiling[count] = Math.min(ceiling[count], high);
    set(count, states[count], shown[count], lower[count], upper[count]);
  }

  /** Shown exactly. */
  void show(int count) {
    long value = system.value(count);
    set(count, State.SHOWN, value, value, value);
  }

  /**
   * Shown rounded under a policy: the band of counts that round to the value shown, less those
   * the policy would have hidden (a shown count is never in its primary range).
   */
  void round(int count, DisclosurePolicy policy) {
    long rounded = policy.round(system.value(count));
    long[] band = band(rounded, policy);
    set(count, State.ROUNDED, rounded, band[0], band[1]);
  }

  /** Hidden under a policy: at least 1 when the policy shows zeros, else at least 0. */
  void hide(int count, DisclosurePolicy policy) {
    set(count, State.HIDDEN, 0, policy.suppressesZeros() ? 0 : 1, UNBOUNDED);
  }

  /** Not published: at least 0. */
  void unpublished(int count) {
    set(count, State.UNPUBLISHED, 0, 0, UNBOUNDED);
  }

  private void set(int count, State state, long value, long low, long high) {
    states[count] = state;
    shown[count] = value;
    lower[count] = Math.max(low, floor[count]);
    upper[count] = Math.min(high, ceiling[count]);
  }

  /**
   * The counts a value shown rounded under a policy can stand for, {@code {low, high}}: those
   * that round to it, less those the policy hides.
   */
  static long[] band(long rounded, DisclosurePolicy policy) {
    int base = policy.roundingBase();
    if (base == 0) {
      return new long[] {rounded, rounded};
    }
    long low = Math.max(0, rounded - base / 2);
    long high = rounded + (base - 1) / 2;
    while (low <= high && (policy.round(low) != rounded || policy.isPrimary(low))) {
      low++;
    }
    while (high >= low && (policy.round(high) != rounded || policy.isPrimary(high))) {
      high--;
    }
    return new long[] {low, high};
  }

  @Override
  public String toString() {
    return "Publication" + Arrays.toString(states);
  }
}
