package org.driftgraph.store;

import java.util.List;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Every node and relationship with its labels and properties, as sorted lines: equal graphs, equal
 * lists.
 */
public final class GraphSnapshot {
  private GraphSnapshot() {}

  public static List<String> of(Driver driver) {
    try (Session session = driver.session()) {
      List<String> nodes =
          session
              .run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties")
              .list(
                  r ->
                      r.get("labels").asList(v -> v.asString()).stream().sorted().toList()
                          + " "
                          + new TreeMap<>(r.get("properties").asMap()));
      List<String> relationships =
          session
              .run(
                  """
              MATCH (a)-[r]->(b)
              RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS properties""")
              .list(
                  r ->
                      r.get("start").asString()
                          + " -"
                          + r.get("type").asString()
                          + "-> "
                          + r.get("end").asString()
                          + " "
                          + new TreeMap<>(r.get("properties").asMap()));
      return java.util.stream.Stream.concat(nodes.stream(), relationships.stream())
          .sorted()
          .toList();
    }
  }
}
