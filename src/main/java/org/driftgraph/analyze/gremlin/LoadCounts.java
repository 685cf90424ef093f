package org.driftgraph.analyze.gremlin;

/** What {@link TinkerGraphLoader} wrote: vertices (entities, articles, claims) and edges. */
public record LoadCounts(long vertices, long edges) {
  public LoadCounts {
    if (vertices < 0 || edges < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: " + vertices + " vertices, " + edges + " edges");
    }
  }
}
