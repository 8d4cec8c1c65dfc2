package org.obaframework.core.report;

import java.util.ArrayList;
import java.util.List;
import org.obaframework.core.Redaction;

/**
 * An aligned plain-text table: the first column left-aligned, the others right-aligned. A cell
 * is one line: a line break or other control character of a label is escaped, so that no text
 * breaks the table or forges a line of it.
 */
final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> header) {
    rows.add(escaped(header));
  }

  TextTable row(List<String> cells) {
    rows.add(escaped(cells));
    return this;
  }

  private static List<String> escaped(List<String> cells) {
    return cells.stream().map(Redaction::escape).toList();
  }

  String render(String indent) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < columns; c++) {
        String cell = c < row.size() ? row.get(c) : "";
        String pad = " ".repeat(widths[c] - cell.length());
        line.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
