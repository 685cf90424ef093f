package org.driftgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.server.security.systemgraph.versions.KnownCommunitySecurityComponentVersion;

/**
 * Sets the {@code neo4j} user's password while no connector is open: a start of the DBMS with Bolt,
 * HTTP and HTTPS off, {@code ALTER USER} on the system database, and a shutdown. Any other user
 * goes too. Only then may a start open a port, so the factory password {@code neo4j/neo4j} and an
 * earlier password never answer on the network, not even for a moment.
 */
final class AuthMaintenance {
  private AuthMaintenance() {}

  /** Sets {@code password} in the store at {@code home}; returns the users it removed. */
  static List<String> setPassword(Path storeDir, Path home, String password) {
    DatabaseManagementService dbms =
        EmbeddedDbms.build(
            storeDir,
            EmbeddedDbms.baseConfig(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false));
    try {
      GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      List<String> removed = removeOtherUsers(system);
      set(system, password);
      return removed;
    } finally {
      dbms.shutdown();
    }
  }

  /**
   * Drops every user but {@code neo4j}; returns their names. The users are read the way Neo4j's own
   * login reads them ({@code SecurityGraphHelper}): the system graph's user nodes, through the
   * kernel. {@code SHOW USERS} gives the same names, but planning it on a DBMS just started cost
   * about a second at every start (docs/benchmarks.md); the rare drop still goes through Cypher.
   */
  static List<String> removeOtherUsers(GraphDatabaseService system) {
    List<String> others = new ArrayList<>();
    try (Transaction tx = system.beginTx();
        ResourceIterator<Node> users =
            tx.findNodes(KnownCommunitySecurityComponentVersion.USER_LABEL)) {
      users.forEachRemaining(
          user -> {
            String name =
                (String) user.getProperty(KnownCommunitySecurityComponentVersion.USER_NAME);
            if (!name.equals(EmbeddedDbms.USER)) {
              others.add(name);
            }
          });
    }
    for (String user : others) {
      system.executeTransactionally(
          CypherScripts.statement("auth/drop-user.cypher"), Map.of("user", user));
    }
    return others;
  }

  private static void set(GraphDatabaseService system, String password) {
    boolean exists =
        system.executeTransactionally(
            CypherScripts.statement("auth/users.cypher"),
            Map.of(),
            result -> result.stream().anyMatch(row -> EmbeddedDbms.USER.equals(row.get("user"))));
    try {
      system.executeTransactionally(
          CypherScripts.statement(exists ? "auth/set-password.cypher" : "auth/create-user.cypher"),
          Map.of("password", password));
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to itself; then it is already the right one.
      if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
        throw new StoreException(
            "cannot set the password of the Neo4j user "
                + EmbeddedDbms.USER
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }
}
