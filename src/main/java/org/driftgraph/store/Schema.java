package org.driftgraph.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

/** Constraints and indexes of the graph model, from {@code cypher/schema.cypher}. */
public final class Schema {
  /** The name a {@code CREATE ... IF NOT EXISTS} statement gives its constraint or index. */
  private static final Pattern CREATED_NAME =
      Pattern.compile(
          "^CREATE\\s+(?:CONSTRAINT|(?:FULLTEXT\\s+|RANGE\\s+|TEXT\\s+|POINT\\s+)?INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS",
          Pattern.CASE_INSENSITIVE);

  private static final String EXISTING_CONSTRAINTS =
      CypherScripts.statement("schema/existing-constraints.cypher");
  private static final String EXISTING_INDEXES =
      CypherScripts.statement("schema/existing-indexes.cypher");

  private Schema() {}

  /**
   * Creates what is missing and waits until every index is online; safe to call at every start. On
   * a store that has it all, this is two reads: a schema command costs a transaction and a plan of
   * its own, several seconds at every start for the ten statements.
   */
  public static void apply(Driver driver) {
    List<String> statements = CypherScripts.statements(CypherScripts.load("schema.cypher"));
    try (Session session = driver.session()) {
      Present present = present(session);
      boolean created = false;
      for (String statement : statements) {
        String name = createdName(statement);
        if (name != null && present.names().contains(name)) {
          continue;
        }
        if (name == null && !created && present.allOnline()) {
          // Only the wait for indexes is not a CREATE: nothing new to wait for.
          continue;
        }
        // Schema commands cannot share a transaction with each other: one transaction each, and
        // a managed one, which the driver retries when a cluster's leader changes (every
        // statement is IF NOT EXISTS, so a retry is harmless).
        session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
        created |= name != null;
      }
    }
  }

  /** The name a statement creates, or null when it creates nothing (the wait for indexes). */
  static String createdName(String statement) {
    Matcher matcher = CREATED_NAME.matcher(statement.strip());
    return matcher.find() ? matcher.group(1) : null;
  }

  /**
   * The constraints and indexes the database has, and whether every index is online. A user who may
   * not list them sees an empty set, and every statement runs, as it always did.
   */
  private static Present present(Session session) {
    try {
      Set<String> names = new HashSet<>();
      boolean[] online = {true};
      session.executeRead(
          tx -> {
            tx.run(EXISTING_CONSTRAINTS).forEachRemaining(r -> names.add(r.get("name").asString()));
            tx.run(EXISTING_INDEXES)
                .forEachRemaining(
                    r -> {
                      names.add(r.get("name").asString());
                      online[0] &= "ONLINE".equals(r.get("state").asString());
                    });
            return null;
          });
      return new Present(Set.copyOf(names), online[0]);
    } catch (ClientException e) {
      return new Present(Set.of(), false);
    }
  }

  private record Present(Set<String> names, boolean allOnline) {}
}
