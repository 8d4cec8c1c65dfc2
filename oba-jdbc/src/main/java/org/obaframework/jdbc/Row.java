package org.obaframework.jdbc;

import org.jspecify.annotations.Nullable;
import org.obaframework.core.Item;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;

/** One row read by a query: its values by the slot of their column in the row kind. */
final class Row {
  final RowQuery query;
  final @Nullable Object[] values;

  Row(RowQuery query, @Nullable Object[] values) {
    this.query = query;
    this.values = values;
  }

  @Nullable Object get(Column column) {
    int slot = query.kind().slot(column);
    return slot < 0 ? null : values[slot];
  }

  @Nullable String text(Column column) {
    return (String) get(column);
  }

  /** The row's subject id, which {@link Cursor} never leaves null. */
  String subject() {
    return (String) values[0];
  }

  /** The row as problems name it: the table, then each key column that has a value. */
  Item item() {
    Item item = Item.of("table", query.table());
    for (Column column : query.kind().key()) {
      Object value = get(column);
      if (value != null) {
        item = Item.of(query.label(column), value.toString()).within(item);
      }
    }
    return item;
  }

  /** A problem of one of the row's columns. */
  Problem problem(ProblemType type, Column column, String expected, String found) {
    return Problem.of(type, item(), query.label(column), expected, found);
  }

  /** Another's problem, placed at one of the row's columns. */
  Problem place(Problem problem, Column column) {
    return Problem.of(problem.type(), item(), query.label(column), problem.expected(),
        problem.found());
  }

  @Override
  public String toString() {
    return "Row[" + item() + "]";
  }
}
