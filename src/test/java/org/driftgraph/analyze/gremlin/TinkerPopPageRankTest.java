package org.driftgraph.analyze.gremlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tinkerpop.gremlin.process.computer.traversal.step.map.PageRank;
import org.apache.tinkerpop.gremlin.process.traversal.AnonymousTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.structure.T;
import org.apache.tinkerpop.gremlin.structure.Vertex;
import org.apache.tinkerpop.gremlin.tinkergraph.structure.TinkerGraph;
import org.assertj.core.data.Offset;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.Projection;
import org.driftgraph.analyze.algo.Centrality;
import org.driftgraph.analyze.algo.ProjectedGraph;
import org.junit.jupiter.api.Test;

/**
 * An independent check of our PageRank: TinkerPop's own PageRankVertexProgram (OLAP, on
 * TinkerGraphComputer) on a simple graph with dangling and isolated nodes. It starts at 1/N and
 * spreads the teleport and dangling rank evenly where GDS does not, but both fixed points are
 * proportional to (I - d M)^-1 1, so once each is divided by its sum they agree.
 */
class TinkerPopPageRankTest {
  /** Node 4 is dangling (only in-links), node 5 isolated, node 6 a source only. */
  private static final int NODES = 7;

  private static final int[][] EDGES = {
    {0, 1}, {0, 2}, {1, 2}, {2, 0}, {3, 2}, {3, 4}, {6, 0}, {6, 3}, {1, 4}
  };

  @Test
  void normalisedScoresMatchTinkerPopsPageRankVertexProgram() {
    int[] sources = new int[EDGES.length];
    int[] targets = new int[EDGES.length];
    for (int i = 0; i < EDGES.length; i++) {
      sources[i] = EDGES[i][0];
      targets[i] = EDGES[i][1];
    }
    double[] ours =
        Centrality.scores(
            new ProjectedGraph(NODES, sources, targets),
            CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.FACTS, 0));

    double[] theirs = tinkerPopPageRank();
    double sum = 0;
    for (double rank : theirs) {
      sum += rank;
    }
    Offset<Double> tolerance = Offset.offset(1e-6);
    for (int node = 0; node < NODES; node++) {
      assertThat(ours[node]).as("node " + node).isCloseTo(theirs[node] / sum, tolerance);
    }
    // Not a degenerate agreement: the scores differ from node to node.
    assertThat(ours[0]).isGreaterThan(ours[2]).isGreaterThan(ours[5] * 2);
  }

  private static double[] tinkerPopPageRank() {
    try (TinkerGraph graph = TinkerGraph.open()) {
      GraphTraversalSource g = AnonymousTraversalSource.traversal().withEmbedded(graph);
      List<Vertex> vertices = new ArrayList<>();
      for (int node = 0; node < NODES; node++) {
        vertices.add(g.addV("Node").property(T.id, node).property("node", node).next());
      }
      for (int[] edge : EDGES) {
        g.addE("LINKS").from(vertices.get(edge[0])).to(vertices.get(edge[1])).iterate();
      }
      double[] ranks = new double[NODES];
      List<Map<String, Object>> rows =
          g.withComputer()
              .V()
              .pageRank(0.85)
              .with(PageRank.propertyName, "rank")
              .with(PageRank.times, 200)
              .project("node", "rank")
              .by("node")
              .by("rank")
              .toList();
      rows.forEach(
          row -> ranks[(Integer) row.get("node")] = ((Number) row.get("rank")).doubleValue());
      return ranks;
    } catch (Exception e) {
      throw new IllegalStateException("TinkerGraph failed to close", e);
    }
  }
}
