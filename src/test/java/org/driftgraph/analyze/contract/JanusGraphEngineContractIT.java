package org.driftgraph.analyze.contract;

import java.nio.file.Path;
import org.driftgraph.analyze.AnalysisEngine;
import org.driftgraph.analyze.gremlin.GremlinEngine;
import org.driftgraph.analyze.gremlin.RemoteGremlin;
import org.driftgraph.analyze.gremlin.TinkerGraphLoader;
import org.driftgraph.testing.JanusGraphServerProcess;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The contract on the gremlin engine against a real JanusGraph 1.1 (in-memory backend) behind a
 * Gremlin Server in a JVM of its own: each fixture replaces the one before through the loader, with
 * JanusGraph's own vertex ids, its default schema maker and driftgraph's vertexKey index.
 */
@ExtendWith(Neo4jHarness.class)
class JanusGraphEngineContractIT extends AnalysisContract {
  /** The server's YAML, properties and log; deleted after the class. */
  @TempDir static Path serverFolder;

  private static JanusGraphServerProcess server;

  @Override
  protected AnalysisEngine open(Driver driver) {
    if (server == null) {
      server = JanusGraphServerProcess.start(serverFolder);
    }
    RemoteGremlin remote = RemoteGremlin.connect(server.uri(), "g");
    new TinkerGraphLoader(driver).replace(remote.traversal());
    return new GremlinEngine(remote.traversal(), remote.describe(), remote);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
