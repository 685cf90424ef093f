package org.driftgraph.analyze.algo;

import java.util.Arrays;

/**
 * PageRank in TinkerPop's formulation (PageRankVertexProgram): ranks start at 1/N, every node gets
 * (1-d)/N teleport, and the rank of nodes without out-relationships is spread evenly over all
 * nodes. The result is divided by its sum. GDS computes (1-d) + d·Σ rank/outdeg and lets dangling
 * rank leak, but both the teleport and the dangling share are uniform over the nodes, so the two
 * fixed points are proportional and agree once each is divided by its sum. Computing it the other
 * way from GDS on purpose makes the engines' agreement a check of both, not one formula run twice.
 */
final class PageRank {
  private PageRank() {}

  static Centrality.Result scores(
      Adjacency out, double damping, int maxIterations, double tolerance) {
    int n = out.nodeCount;
    double[] rank = new double[n];
    if (n == 0) {
      return new Centrality.Result(rank, 0);
    }
    Arrays.fill(rank, 1.0 / n);
    double[] next = new double[n];
    int iterations = 0;
    boolean converged = false;
    while (!converged && iterations < maxIterations) {
      iterations++;
      double dangling = 0;
      Arrays.fill(next, 0);
      for (int v = 0; v < n; v++) {
        int degree = out.degree(v);
        if (degree == 0) {
          dangling += rank[v];
          continue;
        }
        double share = rank[v] / degree;
        for (int i = out.offsets[v]; i < out.offsets[v + 1]; i++) {
          next[out.neighbours[i]] += share;
        }
      }
      double uniform = (1 - damping) / n + damping * dangling / n;
      double change = 0;
      for (int v = 0; v < n; v++) {
        next[v] = uniform + damping * next[v];
        change = Math.max(change, Math.abs(next[v] - rank[v]));
      }
      double[] swap = rank;
      rank = next;
      next = swap;
      converged = change < tolerance;
    }
    return new Centrality.Result(dividedBySum(rank), iterations);
  }

  private static double[] dividedBySum(double[] rank) {
    double sum = 0;
    for (double r : rank) {
      sum += r;
    }
    for (int v = 0; v < rank.length; v++) {
      rank[v] /= sum;
    }
    return rank;
  }
}
