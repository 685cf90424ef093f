package org.driftgraph.analyze.contract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.driftgraph.analyze.Projection;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * What the tests know about the fixture graph without asking an engine: read straight from the
 * store with Cypher of their own, so that the invariants compare an engine with the graph itself.
 */
final class StoreView {
  private final Driver driver;

  StoreView(Driver driver) {
    this.driver = driver;
  }

  /** Ids of the entities with this label (Entity, Actor, Platform, ...), sorted. */
  List<String> ids(String label) {
    try (Session session = driver.session()) {
      return session
          .run(
              "MATCH (n) WHERE $label IN labels(n) RETURN n.id AS id ORDER BY id",
              Map.of("label", label))
          .list(r -> r.get("id").asString());
    }
  }

  /**
   * Distinct neighbours of every node of the projection, read as undirected, self-loops left out.
   */
  Map<String, Long> degrees(Projection projection) {
    try (Session session = driver.session()) {
      Map<String, Long> degrees = new TreeMap<>();
      session
          .run(
              """
              MATCH (n) WHERE $label IN labels(n)
              OPTIONAL MATCH (n)-[r]-(m)
              WHERE type(r) IN $types AND $label IN labels(m) AND m <> n
              RETURN n.id AS id, count(DISTINCT m) AS degree""",
              Map.of("label", projection.nodeLabel(), "types", projection.relationshipTypes()))
          .forEachRemaining(r -> degrees.put(r.get("id").asString(), r.get("degree").asLong()));
      return degrees;
    }
  }
}
