package org.driftgraph.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import org.driftgraph.analyze.AnalysisEngine;
import org.driftgraph.store.GraphConnection;

/**
 * One analysis run's engine and everything opened for it (the store, a TinkerGraph, a Gremlin
 * client), closed together in reverse order. The store opens only when something needs it, so a
 * remote Gremlin run without --gremlin-load or --write never touches it.
 */
final class AnalysisSession implements AutoCloseable {
  private final CliContext context;
  private final StoreOptions storeOptions;
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();
  private GraphConnection store;
  private AnalysisEngine engine;

  AnalysisSession(CliContext context, StoreOptions storeOptions) {
    this.context = context;
    this.storeOptions = storeOptions;
  }

  /** The Neo4j store, opened on first use. */
  GraphConnection store() {
    if (store == null) {
      store = hold(storeOptions.open(context));
    }
    return store;
  }

  /** Keeps a resource open until the session closes. */
  <T extends AutoCloseable> T hold(T resource) {
    opened.push(resource);
    return resource;
  }

  void use(AnalysisEngine chosen) {
    engine = hold(chosen);
  }

  AnalysisEngine engine() {
    if (engine == null) {
      throw new IllegalStateException("no engine opened");
    }
    return engine;
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        RuntimeException wrapped =
            e instanceof RuntimeException runtime ? runtime : new CliFailure(e.getMessage(), e);
        if (failure == null) {
          failure = wrapped;
        } else {
          failure.addSuppressed(wrapped);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
