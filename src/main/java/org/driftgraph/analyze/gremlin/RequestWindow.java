package org.driftgraph.analyze.gremlin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * At most {@code limit} write requests under way at once: the next one waits for the oldest. With a
 * limit of one every request runs to its end before the next is built, which is what an in-process
 * graph needs (it has no asynchronous traversals).
 */
final class RequestWindow {
  private final int limit;
  private final Deque<CompletableFuture<?>> pending = new ArrayDeque<>();

  RequestWindow(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("at least one request must be allowed, not " + limit);
    }
    this.limit = limit;
  }

  boolean sequential() {
    return limit == 1;
  }

  /** Starts the request once fewer than {@code limit} are under way. */
  void submit(Supplier<CompletableFuture<?>> request) {
    while (pending.size() >= limit) {
      await(pending.removeFirst());
    }
    pending.addLast(request.get());
  }

  /** Waits for every request under way; the first failure is thrown. */
  void drain() {
    while (!pending.isEmpty()) {
      await(pending.removeFirst());
    }
  }

  private static void await(CompletableFuture<?> request) {
    try {
      request.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("a write to the Gremlin graph failed: " + cause, cause);
    }
  }
}
