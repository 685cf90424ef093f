package org.driftgraph.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One migration of an actor: the platforms it left (sorted ids, possibly none), the platform it
 * moved to, the fact's first date, and the MIGRATED_TO claims in {@link Evidence#ORDER}.
 */
public record ChainStep(List<String> from, EntityRef to, String date, List<Evidence> evidence) {
  public ChainStep {
    from = List.copyOf(from);
    Objects.requireNonNull(to, "to");
    evidence = List.copyOf(evidence);
  }

  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("from", from);
    row.put("to", to.id());
    row.put("toName", to.name());
    row.put("date", date);
    row.put("evidence", evidence.stream().map(Evidence::toRow).toList());
    return row;
  }
}
