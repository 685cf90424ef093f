package org.driftgraph.store;

import java.util.Optional;
import org.neo4j.driver.Driver;

/** A Neo4j database reached through the Java driver, whether embedded in this JVM or remote. */
public interface GraphConnection extends AutoCloseable {
  Driver driver();

  /**
   * Transactions for the write path: the DBMS's own when it runs in this JVM, the driver's
   * otherwise. No default, so that a wrapper cannot forget to pass them on.
   */
  CypherTransactions transactions();

  /**
   * Makes GDS and APOC callable where this process decides it: the embedded DBMS of a command
   * registers them on first need. A server has them or not: nothing to do. No default, so that a
   * wrapper cannot forget to pass it on.
   */
  void loadProcedures();

  /**
   * The store's identity and last committed transaction, where this process can read them from the
   * kernel (a DBMS it started); empty for a server, whose state only the server knows. No default,
   * for the same reason as {@link #loadProcedures()}.
   */
  Optional<StoreState> storeState();

  /** How long this process took to start the DBMS; {@link StartTimes#NONE} for a server. */
  StartTimes startTimes();

  /** One line for the user, e.g. "embedded Neo4j in data/neo4j (bolt://127.0.0.1:41234)". */
  String describe();

  @Override
  void close();
}
