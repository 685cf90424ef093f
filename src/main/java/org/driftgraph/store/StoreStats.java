package org.driftgraph.store;

import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Counts from Neo4j's count store: fast on any graph size, embedded or remote, without APOC. */
public final class StoreStats {
  private StoreStats() {}

  public static GraphCounts count(Driver driver) {
    String query = CypherScripts.statement("stats/graph-counts.cypher");
    try (Session session = driver.session()) {
      Record record = session.executeRead(tx -> tx.run(query).single());
      return new GraphCounts(byName(record.get("nodes")), byName(record.get("relationships")));
    }
  }

  private static SortedMap<String, Long> byName(Value rows) {
    SortedMap<String, Long> counts = new TreeMap<>();
    rows.values().forEach(row -> counts.put(row.get("name").asString(), row.get("count").asLong()));
    return counts;
  }
}
