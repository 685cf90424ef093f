package org.driftgraph.analyze.gremlin;

import java.util.Objects;
import org.apache.tinkerpop.gremlin.process.traversal.AnonymousTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.tinkergraph.structure.TinkerGraph;

/** A TinkerGraph filled from the store, and what was loaded into it. */
public record InProcessGraph(TinkerGraph graph, LoadCounts counts) implements AutoCloseable {
  public InProcessGraph {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(counts, "counts");
  }

  public GraphTraversalSource traversal() {
    return AnonymousTraversalSource.traversal().withEmbedded(graph);
  }

  @Override
  public void close() {
    graph.close();
  }
}
