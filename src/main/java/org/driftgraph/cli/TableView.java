package org.driftgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * How one analysis reads in table mode: a printer for its rows, and the sentence that says so when
 * there are none (an empty table would leave people guessing whether it ran at all).
 */
record TableView(String whenEmpty, BiConsumer<PrintWriter, List<Map<String, Object>>> printer) {
  TableView {
    Objects.requireNonNull(whenEmpty, "whenEmpty");
    Objects.requireNonNull(printer, "printer");
  }

  void print(PrintWriter out, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      out.println(whenEmpty);
    } else {
      printer.accept(out, rows);
    }
  }
}
