package org.obaframework.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.obaframework.core.Problem;

/**
 * The problems of one read, shared by its threads: up to a limit listed, the rest counted. Rows
 * out of order are listed first: they are the cause of what follows from them, such as a review
 * whose episode's row came after the rows of a later subject.
 */
final class Problems {
  private final int limit;
  private final List<Problem> causes = new ArrayList<>();
  private final List<Problem> listed = new ArrayList<>();
  private long unlisted;

  synchronized void addCause(Problem problem) {
    if (causes.size() + listed.size() < limit) {
      causes.add(problem);
    } else {
      unlisted++;
    }
  }

  Problems(int limit) {
    this.limit = limit;
  }

  synchronized void add(Problem problem) {
    if (causes.size() + listed.size() < limit) {
      listed.add(problem);
    } else {
      unlisted++;
    }
  }

  synchronized void addAll(Collection<Problem> problems) {
    problems.forEach(this::add);
  }

  synchronized boolean any() {
    return !causes.isEmpty() || !listed.isEmpty() || unlisted > 0;
  }

  synchronized RowsException exception() {
    List<Problem> all = new ArrayList<>(causes);
    all.addAll(listed);
    return new RowsException(all, unlisted);
  }
}
