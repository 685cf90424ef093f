package org.driftgraph.analyze.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.driftgraph.store.CypherScripts;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.Schema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Loads a test graph written in Cypher (a test resource) into an emptied database. */
final class CypherFixture {
  private CypherFixture() {}

  /** Loads a graph of claims and derives its facts with the store's own fact derivation. */
  static void loadClaims(Driver driver, String resource) {
    load(driver, resource);
    new GraphWriter(driver).deriveAllFacts();
  }

  /** Empties the database, applies the schema and runs the script as it is. */
  static void load(Driver driver, String resource) {
    try (Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    Schema.apply(driver);
    try (Session session = driver.session()) {
      for (String statement : CypherScripts.statements(read(resource))) {
        session.run(statement).consume();
      }
    }
  }

  private static String read(String resource) {
    try (InputStream in = CypherFixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
