package org.driftgraph.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One migration of an actor: the platforms it left (sorted ids, possibly none), the platform it
 * moved to, the fact's first date, and the MIGRATED_TO claims in {@link Evidence#ORDER}.
 *
 * @param evidence the claims, or the strongest of them when the analysis was asked for a few
 * @param claims how many claims there are in all
 */
public record ChainStep(
    List<String> from, EntityRef to, String date, List<Evidence> evidence, long claims) {
  public ChainStep {
    from = List.copyOf(from);
    Objects.requireNonNull(to, "to");
    evidence = List.copyOf(evidence);
    Evidence.requireCount("the step to " + to.id(), evidence, claims);
  }

  /** A step with every claim as evidence. */
  public ChainStep(List<String> from, EntityRef to, String date, List<Evidence> evidence) {
    this(from, to, date, evidence, evidence.size());
  }

  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("from", from);
    row.put("to", to.id());
    row.put("toName", to.name());
    row.put("date", date);
    Evidence.putList(row, "evidence", evidence, claims);
    return row;
  }
}
