package org.driftgraph.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An actor's migrations in time order: steps sorted by date ascending (undated last), then by the
 * destination id. {@code platforms} reads the chain as one line: the first step's origins, then
 * each destination (Riot, Twitter → Telegram → TamTam gives [riot, twitter, telegram, tamtam] with
 * origins sorted), each id once.
 */
public record MigrationChain(EntityRef actor, List<ChainStep> steps) implements AnalysisRow {
  public MigrationChain {
    Objects.requireNonNull(actor, "actor");
    steps = List.copyOf(steps);
  }

  public List<String> platforms() {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
    if (!steps.isEmpty()) {
      ids.addAll(steps.get(0).from());
    }
    steps.forEach(step -> ids.add(step.to().id()));
    return List.copyOf(ids);
  }

  @Override
  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("actor", actor.id());
    row.put("actorName", actor.name());
    row.put("platforms", platforms());
    row.put("steps", steps.stream().map(ChainStep::toRow).toList());
    return row;
  }
}
