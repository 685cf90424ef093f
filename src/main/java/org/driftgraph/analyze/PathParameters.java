package org.driftgraph.analyze;

import java.util.Objects;

/**
 * A shortest-path search over the facts projection, read as undirected.
 *
 * @param maxHops the longest path considered; no path within it gives no rows
 * @param all every shortest path (ordered by their id sequences) instead of the first of them
 */
public record PathParameters(String from, String to, int maxHops, boolean all) {
  public static final int DEFAULT_MAX_HOPS = 6;

  public PathParameters {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (maxHops < 1 || maxHops > 15) {
      throw new IllegalArgumentException("max hops must be between 1 and 15, not " + maxHops);
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException(
          "a path needs two different entities, not " + from + " twice");
    }
  }
}
