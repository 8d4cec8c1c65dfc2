package org.obaframework.core.aggregate;

import org.obaframework.core.ObaException;

/**
 * A mergeable aggregate: a count, a proportion, a summary of numbers, or a transition matrix.
 *
 * <p>Each kind has an empty identity and a merge that is associative and commutative, so that
 * tallies of any partition of the records merge into the tally of the whole. Immutable and
 * thread-safe.
 */
public sealed interface Tally permits Count, Proportion, Summary, Transitions {
  /**
   * Merges this tally with another of the same kind.
   *
   * @param other a tally of the same kind (and, for transitions, the same levels)
   * @return the merged tally
   * @throws ObaException if the kinds differ
   */
  Tally merge(Tally other);
}
