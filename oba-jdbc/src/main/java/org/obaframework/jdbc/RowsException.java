package org.obaframework.jdbc;

import java.util.List;
import org.obaframework.core.Problem;
import org.obaframework.core.ValidationException;

/**
 * Thrown when a host system's rows cannot be read as records: every problem found, each naming
 * the table, the row's key and the column, such as {@code table 'assessment', assessment_id
 * 'R-17', field episode_id: unknown reference; ...}. Lists up to {@link
 * JdbcRecords#withMaxProblems the reader's limit} and counts the rest ({@link #unlisted()}).
 *
 * <p>Part of oba's one exception family: a {@link ValidationException}, so callers that handle
 * invalid records handle invalid rows too. No message shows a value of a child's record.
 */
public final class RowsException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception listing problems, and counting more found but not listed.
   *
   * @param problems the problems listed, at least one
   * @param unlisted how many more were found
   * @throws IllegalArgumentException if {@code problems} is empty or {@code unlisted} negative
   */
  public RowsException(List<Problem> problems, long unlisted) {
    super(problems, unlisted);
  }
}
