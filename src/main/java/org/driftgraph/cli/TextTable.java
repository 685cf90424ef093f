package org.driftgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Columns aligned for a terminal: left-aligned text, right-aligned where the column says so. */
final class TextTable {
  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  /** Headers ending in {@code >} are right-aligned (numbers); the mark is not printed. */
  TextTable(String... headers) {
    this.headers = new ArrayList<>();
    this.rightAligned = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      rightAligned[i] = headers[i].endsWith(">");
      this.headers.add(
          rightAligned[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
    }
  }

  TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          cells.length + " cells for " + headers.size() + " columns");
    }
    rows.add(Arrays.stream(cells).map(cell -> cell == null ? "" : cell.toString()).toList());
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      int column = i;
      widths[i] =
          Math.max(
              headers.get(i).length(),
              rows.stream().mapToInt(r -> r.get(column).length()).max().orElse(0));
    }
    line(out, headers, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
  }

  private void line(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String padding = " ".repeat(widths[i] - cell.length());
      line.append(i == 0 ? "" : "  ")
          .append(rightAligned[i] ? padding + cell : cell + (i == cells.size() - 1 ? "" : padding));
    }
    out.println(line);
  }
}
