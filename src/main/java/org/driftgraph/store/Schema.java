package org.driftgraph.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Constraints and indexes of the graph model, from {@code cypher/schema.cypher}. */
public final class Schema {
  private Schema() {}

  /** Creates what is missing and waits until every index is online; safe to call at every start. */
  public static void apply(Driver driver) {
    try (Session session = driver.session()) {
      // Schema commands cannot share a transaction with each other: one transaction each, and a
      // managed one, which the driver retries when a cluster's leader changes (every statement
      // is IF NOT EXISTS, so a retry is harmless).
      for (String statement : CypherScripts.statements(CypherScripts.load("schema.cypher"))) {
        session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
      }
    }
  }
}
