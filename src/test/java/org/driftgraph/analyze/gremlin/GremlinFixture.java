package org.driftgraph.analyze.gremlin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.driftgraph.store.CypherScripts;
import org.driftgraph.store.GraphWriter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes {@code analyze/gremlin/fixture.cypher} (entities, articles, claims) into the harness and
 * derives the facts and DISPLACED_TO from the claims with the store's own derivation.
 */
final class GremlinFixture {
  static final String RESOURCE = "/analyze/gremlin/fixture.cypher";

  private GremlinFixture() {}

  static void write(Driver driver) {
    try (Session session = driver.session()) {
      for (String statement : CypherScripts.statements(read())) {
        session.run(statement).consume();
      }
    }
    new GraphWriter(driver).deriveAllFacts();
  }

  private static String read() {
    try (InputStream in = GremlinFixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
