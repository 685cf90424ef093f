package org.driftgraph.analyze.algo;

/** GDS degree on the undirected simple graph: the number of distinct neighbours. */
final class Degree {
  private Degree() {}

  static double[] scores(Adjacency undirected) {
    double[] degree = new double[undirected.nodeCount];
    for (int v = 0; v < degree.length; v++) {
      degree[v] = undirected.degree(v);
    }
    return degree;
  }
}
