package org.driftgraph.analyze.algo;

import java.util.Arrays;

/**
 * A projection as an engine read it: nodes {@code 0..nodeCount-1} and one relationship per index,
 * {@code sources[i] -> targets[i]}. Duplicates and self-loops are allowed here: the algorithms
 * reduce the relationships to the simple graph themselves, so every engine hands over what it read.
 *
 * <p>The arrays are copied on construction; the accessors return the copies (do not modify them).
 */
public record ProjectedGraph(int nodeCount, int[] sources, int[] targets) {

  public ProjectedGraph {
    if (nodeCount < 0) {
      throw new IllegalArgumentException("node count must not be negative, not " + nodeCount);
    }
    if (sources == null || targets == null) {
      throw new IllegalArgumentException("sources and targets are required");
    }
    if (sources.length != targets.length) {
      throw new IllegalArgumentException(
          "sources and targets differ in length: " + sources.length + " and " + targets.length);
    }
    sources = sources.clone();
    targets = targets.clone();
    for (int i = 0; i < sources.length; i++) {
      if (!inRange(sources[i], nodeCount) || !inRange(targets[i], nodeCount)) {
        throw new IllegalArgumentException(
            "relationship "
                + i
                + " ("
                + sources[i]
                + " -> "
                + targets[i]
                + ") names a node outside 0.."
                + (nodeCount - 1));
      }
    }
  }

  private static boolean inRange(int node, int nodeCount) {
    return node >= 0 && node < nodeCount;
  }

  public int relationshipCount() {
    return sources.length;
  }

  // Arrays compare by identity in a record; two projections of the same relationships are equal.
  @Override
  public boolean equals(Object other) {
    return other instanceof ProjectedGraph that
        && nodeCount == that.nodeCount
        && Arrays.equals(sources, that.sources)
        && Arrays.equals(targets, that.targets);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * nodeCount + Arrays.hashCode(sources)) + Arrays.hashCode(targets);
  }

  @Override
  public String toString() {
    return "ProjectedGraph[nodeCount=" + nodeCount + ", relationships=" + sources.length + "]";
  }
}
