package org.obaframework.core.aggregate;

import java.util.OptionalDouble;

/**
 * A summary of numbers, such as the changes of a numeric indicator: count, sum, sum of squares,
 * least and greatest; the mean and standard deviation follow.
 *
 * <p>Merging adds counts and sums and keeps the extremes, so it is associative and commutative up
 * to floating-point rounding of the sums (exactly so for whole numbers below 2^53). Immutable and
 * thread-safe.
 *
 * @param count how many numbers
 * @param sum their sum
 * @param sumOfSquares the sum of their squares
 * @param min the least, or +infinity when there is none
 * @param max the greatest, or -infinity when there is none
 */
public record Summary(long count, double sum, double sumOfSquares, double min, double max)
    implements Tally {
  /** The empty summary. */
  public static final Summary EMPTY =
      new Summary(0, 0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

  /**
   * Returns the summary of one number.
   *
   * @param value the number
   * @return the summary
   */
  public static Summary of(double value) {
    return new Summary(1, value, value * value, value, value);
  }

  @Override
  public Summary merge(Tally other) {
    if (!(other instanceof Summary)) {
      throw Tallies.mismatch(this, other);
    }
    Summary that = (Summary) other;
    return new Summary(count + that.count, sum + that.sum, sumOfSquares + that.sumOfSquares,
        Math.min(min, that.min), Math.max(max, that.max));
  }

  /**
   * Returns the mean: absent when there is no number.
   *
   * @return the mean
   */
  public OptionalDouble mean() {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
  }

  /**
   * Returns the sample standard deviation: absent with fewer than two numbers.
   *
   * @return the standard deviation
   */
  public OptionalDouble standardDeviation() {
    if (count < 2) {
      return OptionalDouble.empty();
    }
    double variance = (sumOfSquares - sum * sum / count) / (count - 1);
    return OptionalDouble.of(Math.sqrt(Math.max(0, variance)));
  }

  @Override
  public String toString() {
    return count == 0 ? "Summary[empty]"
        : "Summary[n=" + count + ", mean=" + mean().getAsDouble() + "]";
  }
}
