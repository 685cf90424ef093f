package org.driftgraph.analyze.algo;

import java.util.Arrays;

/**
 * GDS eigenvector centrality on the undirected simple graph, step for step as GDS's Pregel
 * computation runs it, because on graphs where power iteration does not settle (bipartite ones
 * oscillate) the result is wherever the iteration stopped, and only the same steps stop at the same
 * place.
 *
 * <p>Scores start at 1/N. In each superstep a node's next value is its current (normalised) score
 * plus the values its neighbours sent in the previous superstep, which are their unnormalised next
 * values (nothing arrives in the first superstep). The next values are then divided by their L2
 * norm and become the scores. The run stops after a superstep other than the first in which no
 * score moved by more than the tolerance, or after maxIterations supersteps.
 */
final class Eigenvector {
  private Eigenvector() {}

  static Centrality.Result scores(Adjacency graph, int maxIterations, double tolerance) {
    int n = graph.nodeCount;
    double[] score = new double[n];
    Arrays.fill(score, 1.0 / n);
    double[] sent = new double[n]; // zeros: nothing arrives in the first superstep
    double[] next = new double[n];
    int superstep = 0;
    boolean converged = false;
    while (!converged && superstep < maxIterations) {
      for (int v = 0; v < n; v++) {
        double value = score[v];
        for (int i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
          value += sent[graph.neighbours[i]];
        }
        next[v] = value;
      }
      double norm = 0;
      for (double value : next) {
        norm += value * value;
      }
      norm = Math.sqrt(norm);
      boolean moved = false;
      for (int v = 0; v < n; v++) {
        double normalised = next[v] / norm;
        moved |= Math.abs(normalised - score[v]) > tolerance;
        score[v] = normalised;
      }
      converged = superstep > 0 && !moved;
      double[] swap = sent;
      sent = next;
      next = swap;
      superstep++;
    }
    return new Centrality.Result(score, superstep);
  }
}
