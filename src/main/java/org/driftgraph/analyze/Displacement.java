package org.driftgraph.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an actor went after a ban: the BANNED_BY fact (its first date) and the earliest MIGRATED_TO
 * claim of the same actor dated on or after the ban, to a platform other than the banner.
 *
 * @param days whole days from ban to arrival when both dates have day precision or finer, else null
 */
public record Displacement(
    EntityRef actor,
    EntityRef bannedBy,
    String banDate,
    EntityRef to,
    String arrivalDate,
    Long days,
    List<Evidence> banEvidence,
    List<Evidence> migrationEvidence)
    implements AnalysisRow {
  public Displacement {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(bannedBy, "bannedBy");
    Objects.requireNonNull(to, "to");
    banEvidence = List.copyOf(banEvidence);
    migrationEvidence = List.copyOf(migrationEvidence);
  }

  @Override
  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("actor", actor.id());
    row.put("bannedBy", bannedBy.id());
    row.put("banDate", banDate);
    row.put("to", to.id());
    row.put("arrivalDate", arrivalDate);
    row.put("days", days);
    row.put("banEvidence", banEvidence.stream().map(Evidence::toRow).toList());
    row.put("migrationEvidence", migrationEvidence.stream().map(Evidence::toRow).toList());
    return row;
  }
}
