package org.driftgraph.analyze.neo4j;

import java.util.List;
import java.util.Map;
import org.driftgraph.analyze.ChainStep;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.model.EntityType;

/**
 * Maps the rows of the saved queries in {@code cypher/queries} onto the analysis records, one row
 * to one record. The queries already order everything; nothing is re-sorted here, so that what a
 * notebook gets from the same file is what the CLI shows.
 */
final class Neo4jRows {
  private Neo4jRows() {}

  static EntityRef entity(Map<String, Object> row, String prefix) {
    return entity(row, prefix, prefix + "Name", prefix + "Type");
  }

  static EntityRef entity(Map<String, Object> node) {
    return entity(node, "id", "name", "type");
  }

  /** The entity of a Cypher row; its type label is parsed here, the edge where it enters. */
  private static EntityRef entity(
      Map<String, Object> row, String idKey, String nameKey, String typeKey) {
    return new EntityRef(
        text(row, idKey), text(row, nameKey), EntityType.fromLabel(text(row, typeKey)));
  }

  static GraphPath path(Map<String, Object> row) {
    List<EntityRef> nodes = maps(row, "nodes").stream().map(Neo4jRows::entity).toList();
    List<Hop> hops = maps(row, "steps").stream().map(Neo4jRows::hop).toList();
    return new GraphPath(nodes, hops);
  }

  static MigrationChain chain(Map<String, Object> row) {
    List<ChainStep> steps =
        maps(row, "steps").stream()
            .map(
                step ->
                    new ChainStep(
                        strings(step, "from"),
                        entity(step, "to", "toName", "toType"),
                        text(step, "date"),
                        evidence(step, "evidence"),
                        count(step, "claims", "evidence")))
            .toList();
    return new MigrationChain(entity(row, "actor"), steps);
  }

  static FirstCarrier firstCarrier(Map<String, Object> row) {
    return new FirstCarrier(
        Math.toIntExact(number(row, "rank")),
        entity(row),
        text(row, "date"),
        strings(row, "subjects"),
        number(row, "lagMinutes"),
        number(row, "lagDays"),
        evidence(row, "evidence"),
        count(row, "claims", "evidence"));
  }

  static Displacement displacement(Map<String, Object> row) {
    return new Displacement(
        entity(row, "actor"),
        entity(row, "bannedBy"),
        text(row, "banDate"),
        entity(row, "to"),
        text(row, "arrivalDate"),
        number(row, "days"),
        evidence(row, "banEvidence"),
        count(row, "banClaims", "banEvidence"),
        evidence(row, "migrationEvidence"),
        count(row, "migrationClaims", "migrationEvidence"));
  }

  private static Hop hop(Map<String, Object> step) {
    return new Hop(
        text(step, "from"),
        text(step, "type"),
        text(step, "to"),
        (Boolean) step.get("forward"),
        text(step, "firstDate"),
        evidence(step, "evidence"),
        count(step, "claims", "evidence"));
  }

  /**
   * The number of claims behind an evidence list: {@code key} when the query counts them (it may
   * list only the strongest), else the list's length (shortest paths list them all).
   */
  private static long count(Map<String, Object> row, String key, String evidenceKey) {
    Long claims = number(row, key);
    return claims != null ? claims : maps(row, evidenceKey).size();
  }

  private static List<Evidence> evidence(Map<String, Object> row, String key) {
    return maps(row, key).stream()
        .map(
            claim ->
                new Evidence(
                    text(claim, "claim"),
                    text(claim, "article"),
                    text(claim, "title"),
                    text(claim, "file"),
                    text(claim, "date"),
                    Math.toIntExact(number(claim, "start")),
                    text(claim, "sentence")))
        .toList();
  }

  private static String text(Map<String, Object> row, String key) {
    return (String) row.get(key);
  }

  private static Long number(Map<String, Object> row, String key) {
    return (Long) row.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Map<String, Object> row, String key) {
    return (List<String>) row.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
    return (List<Map<String, Object>>) row.get(key);
  }
}
