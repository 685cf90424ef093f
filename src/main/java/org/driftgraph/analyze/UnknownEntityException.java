package org.driftgraph.analyze;

import java.util.List;

/** An id given to an analysis that the graph does not hold, or holds with the wrong type. */
public final class UnknownEntityException extends IllegalArgumentException {
  private final List<String> nearest;

  public UnknownEntityException(String message, List<String> nearest) {
    super(message + (nearest.isEmpty() ? "" : "; nearest ids: " + String.join(", ", nearest)));
    this.nearest = List.copyOf(nearest);
  }

  public List<String> nearest() {
    return nearest;
  }
}
