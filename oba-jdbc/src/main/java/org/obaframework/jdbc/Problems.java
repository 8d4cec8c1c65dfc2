package org.obaframework.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.obaframework.core.Problem;

/** The problems of one read, shared by its threads: up to a limit listed, the rest counted. */
final class Problems {
  private final int limit;
  private final List<Problem> listed = new ArrayList<>();
  private long unlisted;

  Problems(int limit) {
    this.limit = limit;
  }

  synchronized void add(Problem problem) {
    if (listed.size() < limit) {
      listed.add(problem);
    } else {
      unlisted++;
    }
  }

  synchronized void addAll(Collection<Problem> problems) {
    problems.forEach(this::add);
  }

  synchronized boolean any() {
    return !listed.isEmpty() || unlisted > 0;
  }

  synchronized RowsException exception() {
    return new RowsException(listed, unlisted);
  }
}
