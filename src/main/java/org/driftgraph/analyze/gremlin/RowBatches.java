package org.driftgraph.analyze.gremlin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Collects rows and sends them when {@link Batching#rows()} rows or {@link Batching#characters()}
 * characters of property text are held: one request per shape (label and property keys) in the
 * batch, whose rows travel as one list parameter of a traversal that is the same for every batch of
 * that shape. So the server compiles a short traversal, not a chain of a thousand steps.
 */
final class RowBatches {
  private final Batching batching;
  private final RequestWindow window;
  private final BiFunction<LoadRow.Shape, List<Map<String, Object>>, CompletableFuture<?>> send;
  private final Map<LoadRow.Shape, List<Map<String, Object>>> byShape = new LinkedHashMap<>();
  private int rows;
  private int characters;

  /**
   * {@code send} starts one request writing the rows (parameter maps) of one shape and returns when
   * it completes.
   */
  RowBatches(
      Batching batching,
      RequestWindow window,
      BiFunction<LoadRow.Shape, List<Map<String, Object>>, CompletableFuture<?>> send) {
    this.batching = Objects.requireNonNull(batching, "batching");
    this.window = Objects.requireNonNull(window, "window");
    this.send = Objects.requireNonNull(send, "send");
  }

  /** Adds a row; {@code parameter} is what the traversal reads of it. */
  void add(LoadRow row, Map<String, Object> parameter) {
    byShape.computeIfAbsent(row.shape(), shape -> new ArrayList<>()).add(parameter);
    rows++;
    characters += row.characters();
    if (rows >= batching.rows() || characters >= batching.characters()) {
      flush();
    }
  }

  /** Sends what is held and waits for every request. */
  void finish() {
    flush();
    window.drain();
  }

  private void flush() {
    for (Map.Entry<LoadRow.Shape, List<Map<String, Object>>> shape : byShape.entrySet()) {
      List<Map<String, Object>> parameters = List.copyOf(shape.getValue());
      window.submit(() -> send.apply(shape.getKey(), parameters));
    }
    byShape.clear();
    rows = 0;
    characters = 0;
  }
}
