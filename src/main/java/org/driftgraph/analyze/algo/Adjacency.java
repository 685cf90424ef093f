package org.driftgraph.analyze.algo;

import java.util.Arrays;

/**
 * The simple graph of a {@link ProjectedGraph} in compressed sparse row form: the neighbours of
 * node {@code v} are {@code neighbours[offsets[v]] .. neighbours[offsets[v + 1] - 1]}, ascending.
 * Self-loops are dropped and parallel relationships collapsed, which is what GDS sees after the
 * projection's {@code DISTINCT}, so that no score depends on how often a fact was stated.
 */
final class Adjacency {
  final int nodeCount;
  final int[] offsets;
  final int[] neighbours;

  private Adjacency(int nodeCount, int[] offsets, int[] neighbours) {
    this.nodeCount = nodeCount;
    this.offsets = offsets;
    this.neighbours = neighbours;
  }

  /** Out-neighbours: each ordered pair once. */
  static Adjacency directed(ProjectedGraph graph) {
    int[] sources = graph.sources();
    int[] targets = graph.targets();
    long[] pairs = new long[sources.length];
    int count = 0;
    for (int i = 0; i < sources.length; i++) {
      if (sources[i] != targets[i]) {
        pairs[count++] = pair(sources[i], targets[i]);
      }
    }
    return fromPairs(graph.nodeCount(), distinct(pairs, count), false);
  }

  /** Neighbours in both directions: each unordered pair once, used both ways. */
  static Adjacency undirected(ProjectedGraph graph) {
    int[] sources = graph.sources();
    int[] targets = graph.targets();
    long[] pairs = new long[sources.length];
    int count = 0;
    for (int i = 0; i < sources.length; i++) {
      int low = Math.min(sources[i], targets[i]);
      int high = Math.max(sources[i], targets[i]);
      if (low != high) {
        pairs[count++] = pair(low, high);
      }
    }
    return fromPairs(graph.nodeCount(), distinct(pairs, count), true);
  }

  int degree(int node) {
    return offsets[node + 1] - offsets[node];
  }

  private static long pair(int source, int target) {
    return ((long) source << 32) | target;
  }

  private static long[] distinct(long[] pairs, int count) {
    Arrays.sort(pairs, 0, count);
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (kept == 0 || pairs[kept - 1] != pairs[i]) {
        pairs[kept++] = pairs[i];
      }
    }
    return Arrays.copyOf(pairs, kept);
  }

  // Counting sort by source. The pairs are sorted, so out-neighbours come out ascending; an
  // undirected
  // list gets the reversed pairs appended after them, so it is sorted afterwards.
  private static Adjacency fromPairs(int nodeCount, long[] pairs, boolean bothWays) {
    int[] offsets = new int[nodeCount + 1];
    for (long pair : pairs) {
      offsets[source(pair) + 1]++;
      if (bothWays) {
        offsets[target(pair) + 1]++;
      }
    }
    for (int v = 0; v < nodeCount; v++) {
      offsets[v + 1] += offsets[v];
    }
    int[] next = Arrays.copyOf(offsets, nodeCount);
    int[] neighbours = new int[offsets[nodeCount]];
    for (long pair : pairs) {
      neighbours[next[source(pair)]++] = target(pair);
    }
    if (bothWays) {
      for (long pair : pairs) {
        neighbours[next[target(pair)]++] = source(pair);
      }
      for (int v = 0; v < nodeCount; v++) {
        Arrays.sort(neighbours, offsets[v], offsets[v + 1]);
      }
    }
    return new Adjacency(nodeCount, offsets, neighbours);
  }

  private static int source(long pair) {
    return (int) (pair >>> 32);
  }

  private static int target(long pair) {
    return (int) pair;
  }
}
