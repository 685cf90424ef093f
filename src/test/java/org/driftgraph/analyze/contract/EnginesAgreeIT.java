package org.driftgraph.analyze.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.driftgraph.analyze.AnalysisEngine;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.analyze.Projection;
import org.driftgraph.analyze.neo4j.Neo4jEngine;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

/**
 * Two engines, one answer: every analysis on every fixture, run on the Neo4j engine and on the
 * gremlin engine (TinkerGraph loaded from the same store), must give equal rows; see {@link
 * SameRows} for the score tolerance.
 */
@ExtendWith(Neo4jHarness.class)
class EnginesAgreeIT {
  /** Paths are compared between every pair of this many highest-degree entities. */
  private static final int PATH_HUBS = 15;

  static Stream<Arguments> centralityRuns() {
    return Stream.of(CentralityAlgorithm.values())
        .flatMap(
            algorithm ->
                Stream.of(Projection.values())
                    .map(projection -> Arguments.of(algorithm, projection)));
  }

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract class Agreement {
    AnalysisEngine neo4j;
    AnalysisEngine gremlin;
    StoreView store;

    abstract Fixture fixture();

    @BeforeAll
    void loadFixtureAndOpenEngines(Driver driver) {
      fixture().assumeAvailable();
      fixture().load(driver);
      store = new StoreView(driver);
      neo4j = new Neo4jEngine(driver);
      gremlin = TinkerGraphEngineContractIT.inProcess(driver);
    }

    @AfterAll
    void closeEngines() {
      if (neo4j != null) {
        neo4j.close();
      }
      if (gremlin != null) {
        gremlin.close();
      }
    }

    @ParameterizedTest
    @MethodSource("org.driftgraph.analyze.contract.EnginesAgreeIT#centralityRuns")
    void centrality(CentralityAlgorithm algorithm, Projection projection) {
      CentralityParameters parameters = CentralityParameters.of(algorithm, projection, 0);
      SameRows.assertSameScores(
          algorithm.key() + " on " + projection.key(),
          neo4j.centrality(parameters),
          gremlin.centrality(parameters));
    }

    @Test
    void pathsBetweenTheHubs() {
      List<String> hubs =
          store.degrees(Projection.FACTS).entrySet().stream()
              .sorted(
                  Map.Entry.<String, Long>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(PATH_HUBS)
              .map(Map.Entry::getKey)
              .toList();
      int found = 0;
      for (String from : hubs) {
        for (String to : hubs) {
          if (from.compareTo(to) >= 0) {
            continue;
          }
          for (boolean all : new boolean[] {false, true}) {
            PathParameters parameters =
                new PathParameters(from, to, PathParameters.DEFAULT_MAX_HOPS, all);
            var rows = neo4j.paths(parameters);
            SameRows.assertSame(
                "paths " + from + " to " + to + (all ? " --all" : ""),
                rows,
                gremlin.paths(parameters));
            found += rows.size();
          }
        }
      }
      assertCompared("paths", found);
    }

    @Test
    void chainsOfEveryActorAndOutlet() {
      List<String> actors = new ArrayList<>(store.ids("Actor"));
      actors.addAll(store.ids("Outlet"));
      int compared = 0;
      for (String actor : actors) {
        var rows = neo4j.chains(actor);
        SameRows.assertSame("chains of " + actor, rows, gremlin.chains(actor));
        compared += rows.size();
      }
      assertCompared("chains", compared);
    }

    @Test
    void ownersOfEveryPlatform() {
      int compared = 0;
      for (String platform : store.ids("Platform")) {
        var rows = neo4j.owners(platform);
        SameRows.assertSame("owners of " + platform, rows, gremlin.owners(platform));
        compared += rows.size();
      }
      assertCompared("owner chains", compared);
    }

    @Test
    void firstCarriersOfEveryEvent() {
      int compared = 0;
      for (String event : store.ids("Event")) {
        var rows = neo4j.first(event);
        SameRows.assertSame("first carriers of " + event, rows, gremlin.first(event));
        compared += rows.size();
      }
      assertCompared("first carriers", compared);
    }

    @Test
    void displacement() {
      var rows = neo4j.displacement();
      SameRows.assertSame("displacement", rows, gremlin.displacement());
      assertCompared("displacement rows", rows.size());
    }

    private void assertCompared(String what, int rows) {
      if (fixture().exercisesEveryAnalysis()) {
        assertThat(rows).as(what + " compared on " + fixture()).isPositive();
      }
    }

    @Test
    void entities() {
      assertThat(gremlin.entityIds()).containsExactlyInAnyOrderElementsOf(neo4j.entityIds());
      for (String id : store.ids("Entity")) {
        assertThat(gremlin.entity(id)).as(id).isEqualTo(neo4j.entity(id));
      }
    }
  }

  @Nested
  class OnTheReferenceGraph extends Agreement {
    @Override
    Fixture fixture() {
      return Fixture.REFERENCE;
    }
  }

  @Nested
  class OnTheRandomGraph extends Agreement {
    @Override
    Fixture fixture() {
      return Fixture.RANDOM;
    }
  }

  @Nested
  class OnTheSampleCorpus extends Agreement {
    @Override
    Fixture fixture() {
      return Fixture.SAMPLE_CORPUS;
    }
  }

  @Nested
  class OnTheSeeds extends Agreement {
    @Override
    Fixture fixture() {
      return Fixture.SEEDS;
    }
  }
}
