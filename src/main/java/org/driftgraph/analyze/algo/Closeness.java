package org.driftgraph.analyze.algo;

import java.util.Arrays;

/**
 * GDS closeness (the default formula, not Wasserman-Faust) on the undirected simple graph: the
 * number of nodes a node reaches divided by the sum of their distances, so each node is scored
 * within its own component; a node that reaches nothing scores 0.
 */
final class Closeness {
  private Closeness() {}

  static double[] scores(Adjacency graph) {
    int n = graph.nodeCount;
    double[] closeness = new double[n];
    int[] distance = new int[n];
    int[] queue = new int[n];
    for (int source = 0; source < n; source++) {
      Arrays.fill(distance, -1);
      distance[source] = 0;
      queue[0] = source;
      int reached = 1;
      long farness = 0;
      for (int head = 0; head < reached; head++) {
        int v = queue[head];
        for (int i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
          int w = graph.neighbours[i];
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            farness += distance[w];
            queue[reached++] = w;
          }
        }
      }
      closeness[source] = farness == 0 ? 0.0 : (reached - 1) / (double) farness;
    }
    return closeness;
  }
}
