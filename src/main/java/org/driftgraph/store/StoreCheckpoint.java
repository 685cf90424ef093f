package org.driftgraph.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

/**
 * A checkpoint after an import, so that the transaction logs the import wrote are pruned at once
 * instead of at the next scheduled checkpoint: the store on disk is then about the size of the
 * graph.
 */
public final class StoreCheckpoint {
  private static final String CHECKPOINT = CypherScripts.statement("write/checkpoint.cypher");

  private StoreCheckpoint() {}

  /**
   * Runs a checkpoint. A server that does not let this user run it (a managed service, a user
   * without the admin role) keeps its own schedule: that is not an error for an import.
   */
  public static void run(Driver driver) {
    try (Session session = driver.session()) {
      session.run(CHECKPOINT).consume();
    } catch (ClientException e) {
      String code = e.code() == null ? "" : e.code();
      if (!code.startsWith("Neo.ClientError.Security.")
          && !code.equals("Neo.ClientError.Procedure.ProcedureNotFound")) {
        throw e;
      }
    }
  }
}
