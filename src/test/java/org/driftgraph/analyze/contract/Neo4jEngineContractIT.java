package org.driftgraph.analyze.contract;

import org.driftgraph.analyze.AnalysisEngine;
import org.driftgraph.analyze.neo4j.Neo4jEngine;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** The contract on the Neo4j engine: GDS and the saved queries, in the harness DBMS. */
@ExtendWith(Neo4jHarness.class)
class Neo4jEngineContractIT extends AnalysisContract {
  @Override
  protected AnalysisEngine open(Driver driver) {
    return new Neo4jEngine(driver);
  }
}
