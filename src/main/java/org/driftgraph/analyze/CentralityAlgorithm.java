package org.driftgraph.analyze;

import java.util.Locale;

/**
 * The centrality measures, each with the orientation both engines use for it. PageRank follows the
 * facts' direction (rank flows to what is moved to, announced on, owned by); degree, betweenness,
 * closeness and eigenvector read the projection as undirected, because a fact graph is nearly
 * bipartite (actors point at platforms) and directed paths in it are one or two hops long.
 */
public enum CentralityAlgorithm {
  PAGERANK(Orientation.NATURAL),
  BETWEENNESS(Orientation.UNDIRECTED),
  DEGREE(Orientation.UNDIRECTED),
  CLOSENESS(Orientation.UNDIRECTED),
  EIGENVECTOR(Orientation.UNDIRECTED);

  private final Orientation orientation;

  CentralityAlgorithm(Orientation orientation) {
    this.orientation = orientation;
  }

  public Orientation orientation() {
    return orientation;
  }

  /** The name on the command line and in output: {@code pagerank}, {@code betweenness}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CentralityAlgorithm fromKey(String key) {
    for (CentralityAlgorithm algorithm : values()) {
      if (algorithm.key().equalsIgnoreCase(key.trim())) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException(
        "unknown algorithm '"
            + key
            + "' (expected pagerank, betweenness, degree, closeness or eigenvector)");
  }
}
