package org.driftgraph.analyze.gremlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.structure.T;
import org.assertj.core.data.Offset;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.analyze.Projection;
import org.driftgraph.testing.LoopbackGremlinServer;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The loader and every analysis through the Gremlin driver against a Gremlin Server on loopback (in
 * this JVM, next to Neo4j): GraphBinary, bytecode only, no script engine at all, so that the
 * gremlin-lang grammar never meets Neo4j's ANTLR. The remote answers must equal the in-process ones
 * on the same store.
 */
@ExtendWith(Neo4jHarness.class)
class RemoteGremlinServerIT {
  private static LoopbackGremlinServer server;
  private static RemoteGremlin remote;
  private static LoadCounts remoteCounts;
  private static GremlinEngine remoteEngine;
  private static GremlinEngine localEngine;
  private static InProcessGraph local;

  @BeforeAll
  static void start(Driver driver) throws Exception {
    GremlinFixture.write(driver);
    server = LoopbackGremlinServer.start();
    remote = RemoteGremlin.connect(server.uri(), "g");
    GraphTraversalSource g = remote.traversal();
    // Left over from an earlier load (must go) and someone else's vertex (must stay).
    g.addV("Platform").property("vertexKey", "Entity/stale").property("id", "stale").iterate();
    g.addV("Note").property("vertexKey", "note/1").iterate();
    TinkerGraphLoader loader = new TinkerGraphLoader(driver);
    remoteCounts = loader.replace(g);
    remoteEngine = new GremlinEngine(g, remote.describe(), remote);
    local = loader.loadInProcess();
    localEngine = new GremlinEngine(local.traversal(), "gremlin (TinkerGraph in process)", local);
  }

  @AfterAll
  static void stop() {
    try {
      if (remoteEngine != null) {
        remoteEngine.close();
      }
      if (localEngine != null) {
        localEngine.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void replaceDropsDriftgraphsOldVerticesAndLoadsWhatTheInProcessGraphHolds() {
    GraphTraversalSource g = remote.traversal();
    assertThat(g.V().has("vertexKey", "Entity/stale").hasNext()).isFalse();
    assertThat(g.V().has("vertexKey", "note/1").hasNext()).isTrue();
    assertThat(remoteCounts).isEqualTo(local.counts()).isEqualTo(new LoadCounts(38, 100));
    assertThat(g.V().count().next()).isEqualTo(39L);
    assertThat(g.V().has("vertexKey", "Entity/tamtam").values("names").next())
        .isEqualTo("[\"TamTam\",\"تام تام\"]");
  }

  @Test
  void entitiesAgree() {
    assertThat(remoteEngine.entityIds()).isEqualTo(localEngine.entityIds()).hasSize(11);
    for (String id : localEngine.entityIds()) {
      assertThat(remoteEngine.entity(id)).isEqualTo(localEngine.entity(id)).isPresent();
    }
    assertThat(remoteEngine.entity("note/1")).isEmpty();
  }

  @Test
  void everyCentralityAgreesOnBothProjections() {
    for (Projection projection : Projection.values()) {
      for (CentralityAlgorithm algorithm : CentralityAlgorithm.values()) {
        CentralityParameters parameters = CentralityParameters.of(algorithm, projection, 0);
        List<CentralityScore> remoteScores = remoteEngine.centrality(parameters);
        List<CentralityScore> localScores = localEngine.centrality(parameters);
        String run = algorithm.key() + " on " + projection.key();
        assertThat(remoteScores)
            .as(run)
            .extracting(CentralityScore::entity)
            .isEqualTo(localScores.stream().map(CentralityScore::entity).toList());
        for (int i = 0; i < localScores.size(); i++) {
          assertThat(remoteScores.get(i).score())
              .as(run)
              .isCloseTo(localScores.get(i).score(), Offset.offset(1e-12));
        }
      }
    }
    assertThat(
            remoteEngine.centrality(
                CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.PLATFORMS, 1)))
        .extracting(s -> s.entity().id())
        .containsExactly("tamtam");
  }

  @Test
  void pathsAgreeBetweenEveryPairOfEntities() {
    List<String> ids = localEngine.entityIds();
    int found = 0;
    for (String from : ids) {
      for (String to : ids) {
        if (!from.equals(to)) {
          PathParameters all = new PathParameters(from, to, 6, true);
          List<GraphPath> paths = localEngine.paths(all);
          assertThat(remoteEngine.paths(all)).as(from + " to " + to).isEqualTo(paths);
          found += paths.size();
        }
      }
    }
    assertThat(found).isPositive();
    GraphPath nashir =
        remoteEngine
            .paths(new PathParameters("nashir-news-agency", "mail-ru-group", 6, false))
            .get(0);
    assertThat(nashir.ids()).containsExactly("nashir-news-agency", "tamtam", "mail-ru-group");
    assertThat(nashir.hops().get(1).evidence()).extracting(Evidence::claim).containsExactly("c21");
  }

  @Test
  void chainsOwnersAndFirstCarriersAgreeForEveryEntity() {
    for (String id : localEngine.entityIds()) {
      assertThat(remoteEngine.chains(id)).as("chains " + id).isEqualTo(localEngine.chains(id));
      assertThat(remoteEngine.owners(id)).as("owners " + id).isEqualTo(localEngine.owners(id));
      assertThat(remoteEngine.first(id)).as("first " + id).isEqualTo(localEngine.first(id));
    }
    assertThat(single(remoteEngine.chains("isis")).platforms())
        .containsExactly("twitter", "telegram", "tamtam");
    assertThat(remoteEngine.owners("tamtam"))
        .extracting(GraphPath::ids)
        .containsExactly(
            List.of("tamtam", "odnoklassniki", "mail-ru-group"),
            List.of("tamtam", "mail-ru-group"));
    assertThat(remoteEngine.first("london-bridge-attack-2019"))
        .extracting(r -> r.platform().id(), FirstCarrier::lagMinutes)
        .containsExactly(tuple("tamtam", 0L), tuple("telegram", 1L), tuple("riot", null));
  }

  @Test
  void displacementAgrees() {
    assertThat(remoteEngine.displacement()).isEqualTo(localEngine.displacement()).hasSize(3);
    Map<String, Object> row = remoteEngine.displacement().get(1).toRow();
    assertThat(row).containsEntry("to", "tamtam").containsEntry("days", 2L);
  }

  private static <T> T single(List<T> rows) {
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
