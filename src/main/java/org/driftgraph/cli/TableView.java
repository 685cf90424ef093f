package org.driftgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * How one analysis reads in table mode: a printer for its records, and the sentence that says so
 * when there are none (an empty table would leave people guessing whether it ran at all).
 */
record TableView<T>(String whenEmpty, BiConsumer<PrintWriter, List<T>> printer) {
  TableView {
    Objects.requireNonNull(whenEmpty, "whenEmpty");
    Objects.requireNonNull(printer, "printer");
  }

  void print(PrintWriter out, List<T> records) {
    if (records.isEmpty()) {
      out.println(whenEmpty);
    } else {
      printer.accept(out, records);
    }
  }
}
