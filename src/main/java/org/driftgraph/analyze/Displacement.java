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
 * @param banEvidence the ban's claims, or the strongest of them when the analysis was asked for a
 *     few; {@code banClaims} counts them all (and {@code migrationClaims} the migration's)
 */
public record Displacement(
    EntityRef actor,
    EntityRef bannedBy,
    String banDate,
    EntityRef to,
    String arrivalDate,
    Long days,
    List<Evidence> banEvidence,
    long banClaims,
    List<Evidence> migrationEvidence,
    long migrationClaims)
    implements AnalysisRow {
  public Displacement {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(bannedBy, "bannedBy");
    Objects.requireNonNull(to, "to");
    banEvidence = List.copyOf(banEvidence);
    migrationEvidence = List.copyOf(migrationEvidence);
    Evidence.requireCount("the ban of " + actor.id(), banEvidence, banClaims);
    Evidence.requireCount("the move of " + actor.id(), migrationEvidence, migrationClaims);
  }

  /** A displacement with every claim as evidence. */
  public Displacement(
      EntityRef actor,
      EntityRef bannedBy,
      String banDate,
      EntityRef to,
      String arrivalDate,
      Long days,
      List<Evidence> banEvidence,
      List<Evidence> migrationEvidence) {
    this(
        actor,
        bannedBy,
        banDate,
        to,
        arrivalDate,
        days,
        banEvidence,
        banEvidence.size(),
        migrationEvidence,
        migrationEvidence.size());
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
    Evidence.putList(row, "banEvidence", banEvidence, banClaims);
    Evidence.putList(row, "migrationEvidence", migrationEvidence, migrationClaims);
    return row;
  }
}
