package org.obaframework.core.aggregate;

/**
 * The section of a report card a measure belongs to: the baseline profile, the four OBA
 * quadrants (Better off # and % share one section: a measure gives both), and change profiles.
 */
public enum Section {
  /** Who did we serve? Their state at baseline. */
  BASELINE_PROFILE("Baseline profile"),
  /** Quantity of effort. */
  HOW_MUCH("How much did we do?"),
  /** Quality of effort. */
  HOW_WELL("How well did we do it?"),
  /** Effect: the number and the percent better off. */
  BETTER_OFF("Is anyone better off? (# and %)"),
  /** How ratings moved from baseline to later: transition matrices and summaries of change. */
  CHANGE_PROFILE("Change from baseline");

  private final String title;

  Section(String title) {
    this.title = title;
  }

  /**
   * Returns the section's title, such as {@code "How well did we do it?"}.
   *
   * @return the title
   */
  public String title() {
    return title;
  }
}
