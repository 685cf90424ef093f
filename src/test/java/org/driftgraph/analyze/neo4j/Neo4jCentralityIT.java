package org.driftgraph.analyze.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.Projection;
import org.driftgraph.model.EntityType;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * GDS centrality on a star (see centrality-fixture.cypher): TamTam linked to alpha, bravo, charlie
 * and Mail.Ru Group; Hoop, Riot and Telegram isolated in the facts projection. Expected values are
 * worked out by hand in each test.
 */
@ExtendWith(Neo4jHarness.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Neo4jCentralityIT {
  private static final double EXACT = 1e-12;

  private final Driver driver;
  private final Neo4jEngine engine;

  Neo4jCentralityIT(Driver driver) {
    this.driver = driver;
    this.engine = new Neo4jEngine(driver);
  }

  @BeforeAll
  void star() {
    CypherFixture.load(driver, "/analyze/neo4j/centrality-fixture.cypher");
  }

  @AfterEach
  void noGraphLeftInTheCatalog() {
    try (Session session = driver.session()) {
      assertThat(session.run("CALL gds.graph.list() YIELD graphName RETURN graphName").list())
          .isEmpty();
    }
  }

  private Map<String, Double> scores(CentralityAlgorithm algorithm, Projection projection) {
    Map<String, Double> scores = new LinkedHashMap<>();
    engine
        .centrality(CentralityParameters.of(algorithm, projection, 0))
        .forEach(score -> scores.put(score.entity().id(), score.score()));
    return scores;
  }

  @Test
  void degreeCountsDistinctNeighboursIgnoringParallelFactsAndSelfLoops() {
    Map<String, Double> degree = scores(CentralityAlgorithm.DEGREE, Projection.FACTS);

    assertThat(degree)
        .containsExactly(
            entry("tamtam", 4.0),
            entry("alpha", 1.0),
            entry("bravo", 1.0),
            entry("charlie", 1.0),
            entry("mail-ru-group", 1.0),
            entry("hoop", 0.0),
            entry("riot", 0.0),
            entry("telegram", 0.0));
  }

  @Test
  void betweennessCountsEachUnorderedPairOnce() {
    // The centre lies on the one shortest path of each of the C(4,2) = 6 pairs of leaves.
    Map<String, Double> betweenness = scores(CentralityAlgorithm.BETWEENNESS, Projection.FACTS);

    assertThat(betweenness).hasSize(8).containsEntry("tamtam", 6.0);
    assertThat(betweenness.keySet()).first().isEqualTo("tamtam");
    betweenness.forEach(
        (id, score) -> assertThat(score).as(id).isEqualTo(id.equals("tamtam") ? 6.0 : 0.0));
  }

  @Test
  void closenessIsReachableNodesOverFarnessWithinTheComponent() {
    // Centre: 4 nodes at distance 1 -> 4/4. Leaf: 1 + 2 + 2 + 2 = 7 -> 4/7. Isolated: 0.
    Map<String, Double> closeness = scores(CentralityAlgorithm.CLOSENESS, Projection.FACTS);

    assertThat(closeness.get("tamtam")).isCloseTo(1.0, within(EXACT));
    for (String leaf : List.of("alpha", "bravo", "charlie", "mail-ru-group")) {
      assertThat(closeness.get(leaf)).as(leaf).isCloseTo(4.0 / 7.0, within(EXACT));
    }
    for (String isolated : List.of("hoop", "riot", "telegram")) {
      assertThat(closeness.get(isolated)).as(isolated).isZero();
    }
  }

  @Test
  void pageRankFollowsTheFactsAndIsDividedByTheSum() {
    // GDS: PR = 0.15 + 0.85 * sum(PR(u) / outdeg(u)); no in-links: 0.15;
    // tamtam = 0.15 + 0.85 * 3 * 0.15 = 0.5325; mail-ru-group = 0.15 + 0.85 * 0.5325 = 0.602625.
    double sum = 6 * 0.15 + 0.5325 + 0.602625;
    List<CentralityScore> ranked =
        engine.centrality(
            CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.FACTS, 0));

    assertThat(ranked)
        .extracting(score -> score.entity().id())
        .containsExactly(
            "mail-ru-group", "tamtam", "alpha", "bravo", "charlie", "hoop", "riot", "telegram");
    assertThat(ranked.get(0).score()).isCloseTo(0.602625 / sum, within(1e-9));
    assertThat(ranked.get(1).score()).isCloseTo(0.5325 / sum, within(1e-9));
    assertThat(ranked.get(7).score()).isCloseTo(0.15 / sum, within(1e-9));
    assertThat(ranked.stream().mapToDouble(CentralityScore::score).sum())
        .isCloseTo(1.0, within(1e-12));
    assertThat(ranked.get(0).entity().name()).isEqualTo("Mail-ru-group");
    assertThat(ranked.get(0).entity().type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void pageRankOnPlatformsFollowsDisplacedTo() {
    // riot -> telegram, riot -> tamtam, telegram -> tamtam: telegram = 0.15 + 0.85 * 0.15 / 2,
    // tamtam = 0.15 + 0.85 * (0.15 / 2 + 0.21375); hoop is a platform without DISPLACED_TO.
    double telegram = 0.15 + 0.85 * 0.075;
    double tamtam = 0.15 + 0.85 * (0.075 + telegram);
    double sum = 0.15 + 0.15 + telegram + tamtam;
    Map<String, Double> pagerank = scores(CentralityAlgorithm.PAGERANK, Projection.PLATFORMS);

    assertThat(pagerank.keySet()).containsExactly("tamtam", "telegram", "hoop", "riot");
    assertThat(pagerank.get("tamtam")).isCloseTo(tamtam / sum, within(1e-9));
    assertThat(pagerank.get("telegram")).isCloseTo(telegram / sum, within(1e-9));
    assertThat(pagerank.get("hoop")).isCloseTo(0.15 / sum, within(1e-9));
  }

  @Test
  void eigenvectorIsTheGdsPowerIterationAfterItsIterationCap() {
    // On a star (bipartite) the GDS iteration does not converge within 100 steps; these values
    // come from replaying its scheme independently (see GDS-SEMANTICS.md), not from GDS itself.
    Map<String, Double> eigenvector = scores(CentralityAlgorithm.EIGENVECTOR, Projection.FACTS);

    assertThat(eigenvector.get("tamtam")).isCloseTo(0.6956216846061355, within(1e-9));
    assertThat(eigenvector.get("alpha")).isCloseTo(0.35920414526621297, within(1e-9));
    assertThat(eigenvector.get("mail-ru-group")).isCloseTo(0.35920414526621297, within(1e-9));
    assertThat(eigenvector.get("hoop")).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void topCutsTheRanking() {
    List<CentralityScore> top =
        engine.centrality(CentralityParameters.of(CentralityAlgorithm.DEGREE, Projection.FACTS, 2));

    assertThat(top).extracting(score -> score.entity().id()).containsExactly("tamtam", "alpha");
  }

  @Test
  void sampledBetweennessScoresEveryNode() {
    CentralityParameters sampled =
        CentralityParameters.of(CentralityAlgorithm.BETWEENNESS, Projection.FACTS, 0)
            .withSampling(3, 7L);

    List<CentralityScore> scores = engine.centrality(sampled);

    assertThat(scores).hasSize(8);
    assertThat(scores.get(0).entity().id()).isEqualTo("tamtam");
  }

  @Test
  void sampledBetweennessOnAProjectionWithoutRelationshipsScoresZero() {
    // GDS itself rejects sampling on a graph without relationships: take DISPLACED_TO away for a
    // moment.
    CentralityParameters sampled =
        CentralityParameters.of(CentralityAlgorithm.BETWEENNESS, Projection.PLATFORMS, 0)
            .withSampling(3, 7L);
    try (Session session = driver.session()) {
      List<Map<String, Object>> removed =
          session
              .run(
                  """
          MATCH (a)-[d:DISPLACED_TO]->(b)
          WITH a, b, properties(d) AS properties, d
          DELETE d
          RETURN a.id AS from, b.id AS to, properties""")
              .list(r -> r.asMap());
      try {
        List<CentralityScore> scores = engine.centrality(sampled);

        assertThat(removed).isNotEmpty();
        assertThat(scores).isNotEmpty().allSatisfy(score -> assertThat(score.score()).isZero());
      } finally {
        session
            .run(
                """
            UNWIND $removed AS row
            MATCH (a:Platform {id: row.from}), (b:Platform {id: row.to})
            CREATE (a)-[d:DISPLACED_TO]->(b)
            SET d = row.properties""",
                Map.of("removed", removed))
            .consume();
      }
    }
  }

  @Test
  void theHarnessHasGds() {
    assertThat(Neo4jEngine.hasGds(driver)).isTrue();
    assertThat(engine.describe()).startsWith("neo4j (GDS 2.");
    assertThat(engine.name()).isEqualTo("neo4j");
  }

  @Test
  void scoreWriterReplacesTheWholeProperty() {
    ScoreWriter writer = new ScoreWriter(driver);
    List<CentralityScore> all =
        engine.centrality(
            CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.FACTS, 0));

    assertThat(writer.write(Projection.FACTS, CentralityAlgorithm.PAGERANK, all)).isEqualTo(8);
    Map<String, Object> stored = property("pagerank");
    assertThat(stored).hasSize(8);
    assertThat((Double) stored.get("tamtam")).isCloseTo(all.get(1).score(), within(EXACT));

    assertThat(writer.write(Projection.FACTS, CentralityAlgorithm.PAGERANK, all.subList(0, 2)))
        .isEqualTo(2);
    assertThat(property("pagerank").keySet()).containsExactlyInAnyOrder("mail-ru-group", "tamtam");

    List<CentralityScore> platforms =
        engine.centrality(
            CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.PLATFORMS, 0));
    writer.write(Projection.PLATFORMS, CentralityAlgorithm.PAGERANK, platforms);
    assertThat(property("platformsPagerank").keySet())
        .containsExactlyInAnyOrder("tamtam", "telegram", "hoop", "riot");
    assertThat(property("pagerank")).hasSize(2);
  }

  private Map<String, Object> property(String name) {
    try (Session session = driver.session()) {
      Map<String, Object> values = new LinkedHashMap<>();
      session
          .run(
              "MATCH (e:Entity) WHERE e[$name] IS NOT NULL RETURN e.id AS id, e[$name] AS value",
              Map.of("name", name))
          .forEachRemaining(r -> values.put(r.get("id").asString(), r.get("value").asObject()));
      return values;
    }
  }
}
