/**
 * Small, pure statistics: score intervals for proportions. Quantiles come from Apache Commons
 * Statistics.
 *
 * <p>Entry points: {@link Wilson#interval(long, long)}, which gives an {@link Interval}.
 *
 * <p>Every type is immutable and thread-safe; no method accepts or returns {@code null}.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.core.stats;
