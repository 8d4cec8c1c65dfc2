package org.obaframework.core.curve;

import java.time.LocalDate;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * One action of a turn-the-curve action plan: what will be done, who owns it, when it starts and
 * when it is due, and where it stands.
 *
 * <pre>{@code
 * Action checks = Action.of("Add a benefit check to the family support assessment",
 *     "Family support team leader", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31),
 *     ActionStatus.IN_PROGRESS);
 * checks.isOverdue(LocalDate.of(2026, 4, 1));   // true: due 31 March and still open
 * }</pre>
 *
 * <p>The owner is a role or team, never a child or family. Immutable and thread-safe. The texts
 * are professionals' free text: {@code toString} prints only the status and the dates.
 *
 * @param description what will be done, not blank
 * @param owner the role or team responsible, not blank
 * @param start the day work starts
 * @param due the day it is due, not before {@code start}
 * @param status where it stands
 */
public record Action(
    String description, String owner, LocalDate start, LocalDate due, ActionStatus status) {
  /**
   * Checks the texts and the dates.
   *
   * @throws ValidationException if a text is blank or {@code due} is before {@code start}
   */
  public Action {
    Checks.text(Item.of("action"), "description", description);
    Checks.text(Item.of("action"), "owner", owner);
    if (due.isBefore(start)) {
      throw Checks.fail(ProblemType.DATES_OUT_OF_ORDER, Item.of("action"), "due",
          "a date on or after the start " + start, due.toString());
    }
  }

  /**
   * Returns an action.
   *
   * @param description what will be done, not blank
   * @param owner the role or team responsible, not blank
   * @param start the day work starts
   * @param due the day it is due, not before {@code start}
   * @param status where it stands
   * @return the action
   * @throws ValidationException if a text is blank or {@code due} is before {@code start}
   */
  public static Action of(String description, String owner, LocalDate start, LocalDate due,
      ActionStatus status) {
    return new Action(description, owner, start, due, status);
  }

  /**
   * Returns a copy with another status: how a later version of a plan records progress.
   *
   * @param newStatus the new status
   * @return the changed copy, or this action if the status is the same
   */
  public Action withStatus(ActionStatus newStatus) {
    return newStatus == status ? this : new Action(description, owner, start, due, newStatus);
  }

  /**
   * Tells whether the action is overdue on a day: still open ({@link ActionStatus#isOpen()}) and
   * due before that day. An action due today is not yet overdue.
   *
   * @param today the day to judge by; oba reads no clock
   * @return true if open and {@code due < today}
   */
  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && due.isBefore(today);
  }

  /** Returns the status and the dates, such as {@code Action[PLANNED 2026-01-05/2026-03-31]}. */
  @Override
  public String toString() {
    return "Action[" + status + " " + start + "/" + due + "]";
  }
}
