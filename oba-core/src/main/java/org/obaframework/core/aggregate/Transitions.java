package org.obaframework.core.aggregate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.obaframework.core.Item;
import org.obaframework.core.ObaException;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * A transition matrix of an ordinal or binary indicator: how many moved from each level at
 * baseline to each level at the later review, such as risk of entering care from high to low. Its
 * row sums are the distribution at baseline, its column sums the distribution later.
 *
 * <pre>{@code
 * Transitions t = Transitions.empty(List.of("none", "low", "medium", "high"))
 *     .plus("high", "low").plus("high", "high");
 * t.count("high", "low");   // 1
 * t.baseline();             // {none=0, low=0, medium=0, high=2}
 * }</pre>
 *
 * <p>Merging adds the matrices of the same levels. Immutable and thread-safe.
 */
public final class Transitions implements Tally {
  private final List<String> levels;
  private final long[] counts;

  private Transitions(List<String> levels, long[] counts) {
    this.levels = levels;
    this.counts = counts;
  }

  /**
   * Returns an empty matrix over levels.
   *
   * @param levels the levels' codes, in the scale's order, at least two and distinct
   * @return the matrix
   * @throws ValidationException if there are fewer than two levels or a level repeats
   */
  public static Transitions empty(List<String> levels) {
    if (levels.size() < 2 || levels.stream().distinct().count() != levels.size()) {
      throw Checks.fail(ProblemType.EMPTY_SCALE, Item.of("transitions"), "levels",
          "at least two distinct levels", levels.size() + " levels, "
              + levels.stream().distinct().count() + " distinct");
    }
    return new Transitions(List.copyOf(levels), new long[levels.size() * levels.size()]);
  }

  /**
   * Returns a matrix of counts, such as one stored by a database from {@link #count}: for figures
   * kept outside the JVM ({@link Results#of(java.util.Map)}).
   *
   * @param levels the levels' codes, in the scale's order, at least two and distinct
   * @param counts the counts by rows (from) then columns (to): {@code levels.size()} squared of
   *     them, none negative
   * @return the matrix
   * @throws ValidationException if the levels are fewer than two or repeat, or the counts are
   *     not as many as that or one is negative
   */
  public static Transitions of(List<String> levels, List<Long> counts) {
    Transitions empty = empty(levels);
    long[] copy = new long[empty.counts.length];
    if (counts.size() != copy.length || counts.stream().anyMatch(c -> c < 0)) {
      throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("transitions"), "counts",
          copy.length + " counts of 0 or more, by rows then columns",
          counts.size() + " counts" + (counts.stream().anyMatch(c -> c < 0)
              ? ", some negative" : ""));
    }
    for (int i = 0; i < copy.length; i++) {
      copy[i] = counts.get(i);
    }
    return new Transitions(empty.levels, copy);
  }

  /**
   * Returns a copy with one more transition.
   *
   * @param from the level at baseline
   * @param to the level later
   * @return the changed copy
   * @throws ValidationException if a level is not one of the matrix's
   */
  public Transitions plus(String from, String to) {
    long[] copy = counts.clone();
    copy[index(from) * levels.size() + index(to)]++;
    return new Transitions(levels, copy);
  }

  private int index(String level) {
    int index = levels.indexOf(level);
    if (index < 0) {
      throw Checks.fail(ProblemType.VALUE_OFF_SCALE, Item.of("transitions"), "level",
          "one of " + levels, "a level code of " + level.length() + " characters"
              + Redaction.suggest(level, levels));
    }
    return index;
  }

  /**
   * Returns the levels, in the scale's order.
   *
   * @return the levels
   */
  public List<String> levels() {
    return levels;
  }

  /**
   * Returns how many moved from one level to another.
   *
   * @param from the level at baseline
   * @param to the level later
   * @return the count
   * @throws ValidationException if a level is not one of the matrix's
   */
  public long count(String from, String to) {
    return counts[index(from) * levels.size() + index(to)];
  }

  /**
   * Returns how many moved in all.
   *
   * @return the total
   */
  public long total() {
    return Arrays.stream(counts).sum();
  }

  /**
   * Returns the distribution at baseline: the row sums.
   *
   * @return the count at each level, in the scale's order
   */
  public Map<String, Long> baseline() {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (int from = 0; from < levels.size(); from++) {
      long sum = 0;
      for (int to = 0; to < levels.size(); to++) {
        sum += counts[from * levels.size() + to];
      }
      rows.put(levels.get(from), sum);
    }
    return java.util.Collections.unmodifiableMap(rows);
  }

  /**
   * Returns the distribution later: the column sums.
   *
   * @return the count at each level, in the scale's order
   */
  public Map<String, Long> later() {
    Map<String, Long> columns = new LinkedHashMap<>();
    for (int to = 0; to < levels.size(); to++) {
      long sum = 0;
      for (int from = 0; from < levels.size(); from++) {
        sum += counts[from * levels.size() + to];
      }
      columns.put(levels.get(to), sum);
    }
    return java.util.Collections.unmodifiableMap(columns);
  }

  @Override
  public Transitions merge(Tally other) {
    if (!(other instanceof Transitions)) {
      throw Tallies.mismatch(this, other);
    }
    Transitions that = (Transitions) other;
    if (!levels.equals(that.levels)) {
      throw new ObaException("cannot merge transitions over " + levels + " with transitions over "
          + that.levels);
    }
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.addExact(sum[i], that.counts[i]);
    }
    return new Transitions(levels, sum);
  }

  /**
   * Returns this matrix less another of the same levels, or null if a count would fall below
   * zero: for {@link Results#minus(Results)}.
   */
  @org.jspecify.annotations.Nullable Transitions minus(Transitions part) {
    long[] rest = counts.clone();
    for (int i = 0; i < rest.length; i++) {
      rest[i] -= part.counts[i];
      if (rest[i] < 0) {
        return null;
      }
    }
    return new Transitions(levels, rest);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Transitions && levels.equals(((Transitions) other).levels)
        && Arrays.equals(counts, ((Transitions) other).counts);
  }

  @Override
  public int hashCode() {
    return levels.hashCode() * 31 + Arrays.hashCode(counts);
  }

  /** Returns the matrix as rows {@code from: [to counts]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Transitions" + levels + "{");
    for (int from = 0; from < levels.size(); from++) {
      text.append(from == 0 ? "" : ", ").append(levels.get(from)).append(": ")
          .append(Arrays.toString(Arrays.copyOfRange(counts, from * levels.size(),
              (from + 1) * levels.size())));
    }
    return text.append('}').toString();
  }
}
