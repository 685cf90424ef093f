package org.driftgraph.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A path of facts: n+1 entities and the n hops between them, in walking order. */
public record GraphPath(List<EntityRef> nodes, List<Hop> hops) implements AnalysisRow {
  public GraphPath {
    nodes = List.copyOf(nodes);
    hops = List.copyOf(hops);
    if (nodes.size() != hops.size() + 1) {
      throw new IllegalArgumentException(
          "a path of "
              + hops.size()
              + " hops has "
              + (hops.size() + 1)
              + " nodes, not "
              + nodes.size());
    }
    for (int i = 0; i < hops.size(); i++) {
      if (!hops.get(i).from().equals(nodes.get(i).id())
          || !hops.get(i).to().equals(nodes.get(i + 1).id())) {
        throw new IllegalArgumentException(
            "hop "
                + (i + 1)
                + " does not join "
                + nodes.get(i).id()
                + " and "
                + nodes.get(i + 1).id());
      }
    }
  }

  public List<String> ids() {
    return nodes.stream().map(EntityRef::id).toList();
  }

  @Override
  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("length", hops.size());
    row.put("ids", ids());
    row.put("nodes", nodes.stream().map(EntityRef::toRow).toList());
    row.put("steps", hops.stream().map(Hop::toRow).toList());
    return row;
  }
}
