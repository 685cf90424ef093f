package org.driftgraph.store;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** How many nodes carry each label and how many relationships have each type. */
public record GraphCounts(SortedMap<String, Long> nodes, SortedMap<String, Long> relationships) {
  public GraphCounts {
    nodes = Collections.unmodifiableSortedMap(new TreeMap<>(nodes));
    relationships = Collections.unmodifiableSortedMap(new TreeMap<>(relationships));
  }

  public long nodes(String label) {
    return nodes.getOrDefault(label, 0L);
  }

  public long relationships(String type) {
    return relationships.getOrDefault(type, 0L);
  }
}
