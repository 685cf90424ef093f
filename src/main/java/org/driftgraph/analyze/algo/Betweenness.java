package org.driftgraph.analyze.algo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Brandes' betweenness on the undirected simple graph, as GDS computes it: the dependencies from
 * every source (or from sampled sources) summed and divided by 2, because on an undirected graph
 * each unordered pair of endpoints is counted once from each end. A sampled run is not rescaled
 * (GDS does not rescale either), so its scores are partial sums of the exact ones.
 *
 * <p>GDS picks sampled sources with a degree-biased strategy tied to its own node ids and thread
 * partitions, which cannot be reproduced outside it; here the sample is uniform and seeded, so
 * sampled runs of the two engines are comparable only approximately.
 */
final class Betweenness {
  private Betweenness() {}

  static double[] scores(Adjacency graph, Integer samplingSize, long seed) {
    double[] centrality = new double[graph.nodeCount];
    SourceSearch search = new SourceSearch(graph);
    for (int source : sources(graph.nodeCount, samplingSize, seed)) {
      search.accumulate(source, centrality);
    }
    return centrality;
  }

  /** Every node, or {@code samplingSize} distinct nodes drawn uniformly, in ascending order. */
  static int[] sources(int nodeCount, Integer samplingSize, long seed) {
    int[] nodes = new int[nodeCount];
    Arrays.setAll(nodes, v -> v);
    if (samplingSize == null || samplingSize >= nodeCount) {
      return nodes;
    }
    // Partial Fisher-Yates: the first samplingSize slots become a uniform sample without
    // replacement.
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < samplingSize; i++) {
      int j = i + random.nextInt(nodeCount - i);
      int swap = nodes[i];
      nodes[i] = nodes[j];
      nodes[j] = swap;
    }
    int[] sample = Arrays.copyOf(nodes, samplingSize);
    Arrays.sort(sample);
    return sample;
  }

  /** One breadth-first search and back-propagation, with buffers reused across sources. */
  private static final class SourceSearch {
    private final Adjacency graph;
    private final int[] distance;
    // Path counts are longs as in GDS, so both overflow (or not) on the same graphs.
    private final long[] sigma;
    private final double[] delta;
    private final int[] order;

    SourceSearch(Adjacency graph) {
      this.graph = graph;
      this.distance = new int[graph.nodeCount];
      this.sigma = new long[graph.nodeCount];
      this.delta = new double[graph.nodeCount];
      this.order = new int[graph.nodeCount];
    }

    void accumulate(int source, double[] centrality) {
      Arrays.fill(distance, -1);
      Arrays.fill(sigma, 0);
      Arrays.fill(delta, 0);
      distance[source] = 0;
      sigma[source] = 1;
      order[0] = source;
      int reached = 1;
      for (int head = 0; head < reached; head++) {
        int v = order[head];
        for (int i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
          int w = graph.neighbours[i];
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            order[reached++] = w;
          }
          if (distance[w] == distance[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      // Farthest first: a node's dependency is complete before it is passed to its predecessors.
      for (int k = reached - 1; k > 0; k--) {
        int w = order[k];
        double coefficient = (1.0 + delta[w]) / sigma[w];
        for (int i = graph.offsets[w]; i < graph.offsets[w + 1]; i++) {
          int v = graph.neighbours[i];
          if (distance[v] == distance[w] - 1) {
            delta[v] += sigma[v] * coefficient;
          }
        }
        centrality[w] += delta[w] / 2.0;
      }
    }
  }
}
