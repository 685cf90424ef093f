package org.driftgraph.analyze;

/** How an algorithm reads the projection's relationships. */
public enum Orientation {
  /** As stored: subject to object. */
  NATURAL,
  /** Each relationship in both directions; a pair linked both ways is still one neighbour pair. */
  UNDIRECTED
}
