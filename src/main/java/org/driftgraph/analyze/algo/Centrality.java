package org.driftgraph.analyze.algo;

import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.Orientation;

/**
 * Centrality scores computed in process on a projection, with GDS's definitions, so that an engine
 * without GDS (TinkerGraph, a remote Gremlin Server, Neptune) gives the same answer as the Neo4j
 * engine. Each algorithm reads the simple graph in its {@link
 * org.driftgraph.analyze.CentralityAlgorithm}'s orientation.
 */
public final class Centrality {
  private Centrality() {}

  /**
   * Scores and how many iterations produced them (0 for the measures that do not iterate).
   *
   * @param scores indexed like the projection's nodes
   */
  public record Result(double[] scores, int iterations) {
    public Result {
      if (scores == null) {
        throw new IllegalArgumentException("scores are required");
      }
      if (iterations < 0) {
        throw new IllegalArgumentException("iterations must not be negative, not " + iterations);
      }
    }
  }

  /**
   * Scores indexed like the nodes; pagerank normalised to sum 1; orientation from the algorithm.
   */
  public static double[] scores(ProjectedGraph graph, CentralityParameters parameters) {
    return compute(graph, parameters).scores();
  }

  public static Result compute(ProjectedGraph graph, CentralityParameters parameters) {
    Adjacency adjacency =
        parameters.algorithm().orientation() == Orientation.UNDIRECTED
            ? Adjacency.undirected(graph)
            : Adjacency.directed(graph);
    return switch (parameters.algorithm()) {
      case PAGERANK ->
          PageRank.scores(
              adjacency,
              parameters.dampingFactor(),
              parameters.maxIterations(),
              parameters.tolerance());
      case DEGREE -> new Result(Degree.scores(adjacency), 0);
      case BETWEENNESS ->
          new Result(
              Betweenness.scores(adjacency, parameters.samplingSize(), parameters.samplingSeed()),
              0);
      case CLOSENESS -> new Result(Closeness.scores(adjacency), 0);
      case EIGENVECTOR ->
          Eigenvector.scores(adjacency, parameters.maxIterations(), parameters.tolerance());
    };
  }
}
