package org.obaframework.core.records;

/** Why an episode ended. */
public enum ClosureReason {
  /** Ended as planned, with the work done. */
  PLANNED(true),
  /** Ended before its time, without agreement. */
  UNPLANNED(false),
  /** The subject moved out of the service's area. */
  MOVED_AWAY(false),
  /** Handed on to another service. */
  TRANSFERRED(false),
  /** Any other reason. */
  OTHER(false);

  private final boolean planned;

  ClosureReason(boolean planned) {
    this.planned = planned;
  }

  /**
   * Tells whether the closure was planned.
   *
   * @return true only for {@link #PLANNED}
   */
  public boolean isPlanned() {
    return planned;
  }
}
