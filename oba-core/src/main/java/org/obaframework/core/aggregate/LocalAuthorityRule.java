package org.obaframework.core.aggregate;

/**
 * Which local authority a child or family counts under, declared because people move: under
 * {@link #EPISODE} a family whose episodes lie in two authorities counts in both rows (once in the
 * total); under the other rules, in one.
 */
public enum LocalAuthorityRule {
  /** The local authority the episode is delivered in. */
  EPISODE,
  /**
   * The subject's local-authority attribute on the episode's first day (the episode's when the
   * attribute is missing).
   */
  AT_EPISODE_START,
  /**
   * The subject's local-authority attribute on the last day of the episode within the period, or
   * the as-of date if earlier (the episode's when the attribute is missing).
   */
  AT_PERIOD_END
}
