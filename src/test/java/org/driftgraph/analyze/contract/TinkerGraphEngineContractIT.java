package org.driftgraph.analyze.contract;

import org.driftgraph.analyze.AnalysisEngine;
import org.driftgraph.analyze.gremlin.GremlinEngine;
import org.driftgraph.analyze.gremlin.InProcessGraph;
import org.driftgraph.analyze.gremlin.TinkerGraphLoader;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The contract on the gremlin engine over an in-process TinkerGraph loaded from the harness store.
 */
@ExtendWith(Neo4jHarness.class)
class TinkerGraphEngineContractIT extends AnalysisContract {
  @Override
  protected AnalysisEngine open(Driver driver) {
    return inProcess(driver);
  }

  /** A TinkerGraph copy of the store, closed with the engine. */
  static AnalysisEngine inProcess(Driver driver) {
    InProcessGraph graph = new TinkerGraphLoader(driver).loadInProcess();
    return new GremlinEngine(graph.traversal(), "gremlin (TinkerGraph in process)", graph);
  }
}
