package org.driftgraph.store;

import org.neo4j.driver.Driver;

/** A Neo4j database reached through the Java driver, whether embedded in this JVM or remote. */
public interface GraphConnection extends AutoCloseable {
  Driver driver();

  /** One line for the user, e.g. "embedded Neo4j in data/neo4j (bolt://127.0.0.1:41234)". */
  String describe();

  @Override
  void close();
}
