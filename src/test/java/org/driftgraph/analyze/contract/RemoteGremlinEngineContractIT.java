package org.driftgraph.analyze.contract;

import org.driftgraph.analyze.AnalysisEngine;
import org.driftgraph.analyze.gremlin.GremlinEngine;
import org.driftgraph.analyze.gremlin.RemoteGremlin;
import org.driftgraph.analyze.gremlin.TinkerGraphLoader;
import org.driftgraph.testing.LoopbackGremlinServer;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The contract on the gremlin engine through the Gremlin driver: each fixture is loaded from the
 * harness store into a Gremlin Server on loopback, replacing the one before, and every analysis
 * runs as bytecode traversals over GraphBinary.
 */
@ExtendWith(Neo4jHarness.class)
class RemoteGremlinEngineContractIT extends AnalysisContract {
  private static LoopbackGremlinServer server;

  @Override
  protected AnalysisEngine open(Driver driver) {
    if (server == null) {
      server = LoopbackGremlinServer.start();
    }
    RemoteGremlin remote = RemoteGremlin.connect(server.uri(), "g");
    new TinkerGraphLoader(driver).replace(remote.traversal());
    return new GremlinEngine(remote.traversal(), remote.describe(), remote);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }
}
