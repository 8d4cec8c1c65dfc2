package org.obaframework.core.curve;

/** Where an {@link Action} of a turn-the-curve action plan stands. */
public enum ActionStatus {
  /** Agreed, not started. */
  PLANNED,
  /** Started, not finished. */
  IN_PROGRESS,
  /** Finished. */
  DONE,
  /** Given up; kept so the plan shows what was tried. */
  DROPPED;

  /**
   * Tells whether the action is still to be finished: planned or in progress.
   *
   * @return true if {@link #PLANNED} or {@link #IN_PROGRESS}
   */
  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
