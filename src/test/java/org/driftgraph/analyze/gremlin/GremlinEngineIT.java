package org.driftgraph.analyze.gremlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.__;
import org.apache.tinkerpop.gremlin.structure.Edge;
import org.apache.tinkerpop.gremlin.structure.Vertex;
import org.assertj.core.data.Offset;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.ChainStep;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.analyze.Projection;
import org.driftgraph.model.EntityType;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Every analysis of the gremlin engine on the fixture graph (fixture.cypher, facts derived by the
 * store), loaded from the harness into an in-process TinkerGraph. Expected values are worked out by
 * hand from the fixture's claims.
 */
@ExtendWith(Neo4jHarness.class)
class GremlinEngineIT {
  private static InProcessGraph graph;
  private static GremlinEngine engine;

  @BeforeAll
  static void load(Driver driver) {
    GremlinFixture.write(driver);
    graph = new TinkerGraphLoader(driver).loadInProcess();
    engine = new GremlinEngine(graph.traversal(), "gremlin (TinkerGraph in process)", graph);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void loaderCopiesNodesAndRelationshipsWithTheirPropertiesAndListsAsJsonArrays() {
    // 11 entities + 4 articles + 23 claims; 69 claim links + 4 FROM + 5 ABOUT + 20 facts + 2
    // DISPLACED_TO.
    assertThat(graph.counts()).isEqualTo(new LoadCounts(38, 100));
    GraphTraversalSource g = graph.traversal();
    Vertex tamtam = g.V().has("vertexKey", "Entity/tamtam").next();
    assertThat(tamtam.label()).isEqualTo("Platform");
    assertThat(tamtam.<String>value("id")).isEqualTo("tamtam");
    assertThat(tamtam.<Object>value("names")).isEqualTo("[\"TamTam\",\"تام تام\"]");
    assertThat(g.V().has("vertexKey", "Claim/c07").label().next()).isEqualTo("Claim");
    assertThat(g.V().has("vertexKey", "Article/a2").<String>values("title").next())
        .isEqualTo("A new home for the channels");
    Edge migration =
        g.V()
            .has("vertexKey", "Entity/isis")
            .outE("MIGRATED_TO")
            .where(__.inV().has("vertexKey", "Entity/tamtam"))
            .next();
    assertThat(migration.<Object>value("from")).isEqualTo("[\"telegram\"]");
    assertThat(migration.<Long>value("evidence")).isEqualTo(2L);
    assertThat(migration.<String>value("firstDate")).isEqualTo("2019-11");
    assertThat(g.V().has("vertexKey", "Claim/c01").out("FROM").<String>values("id").toList())
        .containsExactly("telegram");
  }

  @Test
  void entitiesAreFoundByIdWithNameAndTypeLabel() {
    assertThat(engine.entity("tamtam"))
        .contains(new EntityRef("tamtam", "TamTam", EntityType.PLATFORM));
    assertThat(engine.entity("no-such-entity")).isEmpty();
    assertThat(engine.entityIds())
        .containsExactly(
            "amaq-news-agency",
            "europol",
            "isis",
            "london-bridge-attack-2019",
            "mail-ru-group",
            "nashir-news-agency",
            "odnoklassniki",
            "riot",
            "tamtam",
            "telegram",
            "twitter");
    assertThat(engine.name()).isEqualTo("gremlin");
  }

  @Test
  void degreeCountsDistinctNeighboursOverEveryFactIncludingIsolatedEntities() {
    List<CentralityScore> scores =
        engine.centrality(CentralityParameters.of(CentralityAlgorithm.DEGREE, Projection.FACTS, 0));
    assertThat(scores)
        .extracting(s -> s.entity().id(), CentralityScore::score)
        .containsExactly(
            tuple("tamtam", 5.0),
            tuple("amaq-news-agency", 4.0),
            tuple("nashir-news-agency", 4.0),
            tuple("isis", 3.0),
            tuple("telegram", 3.0),
            tuple("mail-ru-group", 2.0),
            tuple("odnoklassniki", 2.0),
            tuple("london-bridge-attack-2019", 1.0),
            tuple("riot", 1.0),
            tuple("twitter", 1.0),
            tuple("europol", 0.0));
    assertThat(
            engine.centrality(
                CentralityParameters.of(CentralityAlgorithm.DEGREE, Projection.FACTS, 2)))
        .extracting(s -> s.entity().id())
        .containsExactly("tamtam", "amaq-news-agency");
  }

  @Test
  void pageRankOnPlatformsFollowsDisplacementAndIsNormalised() {
    // DISPLACED_TO: twitter -> telegram -> tamtam; riot and odnoklassniki isolated.
    // GDS: 0.15 each without in-links, telegram 0.15 + 0.85 * 0.15, tamtam 0.15 + 0.85 * telegram.
    double telegram = 0.15 + 0.85 * 0.15;
    double tamtam = 0.15 + 0.85 * telegram;
    double sum = 3 * 0.15 + telegram + tamtam;
    List<CentralityScore> scores =
        engine.centrality(
            CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.PLATFORMS, 0));
    assertThat(scores)
        .extracting(s -> s.entity().id())
        .containsExactly("tamtam", "telegram", "odnoklassniki", "riot", "twitter");
    Offset<Double> tolerance = Offset.offset(1e-9);
    assertThat(scores.get(0).score()).isCloseTo(tamtam / sum, tolerance);
    assertThat(scores.get(1).score()).isCloseTo(telegram / sum, tolerance);
    assertThat(scores.get(4).score()).isCloseTo(0.15 / sum, tolerance);
    assertThat(scores.get(0).entity())
        .isEqualTo(new EntityRef("tamtam", "TamTam", EntityType.PLATFORM));
  }

  @Test
  void betweennessOnPlatformsCountsEachPairOnce() {
    List<CentralityScore> scores =
        engine.centrality(
            CentralityParameters.of(CentralityAlgorithm.BETWEENNESS, Projection.PLATFORMS, 1));
    assertThat(scores)
        .extracting(s -> s.entity().id(), CentralityScore::score)
        .containsExactly(tuple("telegram", 1.0));
  }

  @Test
  void pathFromNashirToMailRuGoesThroughTamTamWithEachHopsEvidence() {
    List<GraphPath> paths =
        engine.paths(new PathParameters("nashir-news-agency", "mail-ru-group", 6, false));
    assertThat(paths).hasSize(1);
    GraphPath path = paths.get(0);
    assertThat(path.ids()).containsExactly("nashir-news-agency", "tamtam", "mail-ru-group");
    assertThat(path.nodes().get(2))
        .isEqualTo(new EntityRef("mail-ru-group", "Mail.Ru Group", EntityType.ORGANIZATION));
    // MIGRATED_TO is preferred over ANNOUNCED_ON between the same two entities.
    assertThat(path.hops())
        .extracting(Hop::type, Hop::forward, Hop::firstDate)
        .containsExactly(tuple("MIGRATED_TO", true, null), tuple("OWNED_BY", true, "2018"));
    assertThat(path.hops().get(0).evidence())
        .containsExactly(
            new Evidence(
                "c05",
                "a2",
                "A new home for the channels",
                "fixture/a2.txt",
                null,
                80,
                "The agency publishes on TamTam now."));
    assertThat(claims(path.hops().get(1).evidence())).containsExactly("c21");
    assertThat(engine.paths(new PathParameters("nashir-news-agency", "mail-ru-group", 1, false)))
        .isEmpty();
  }

  @Test
  void walkingAgainstAFactMarksTheHopBackward() {
    GraphPath path =
        engine.paths(new PathParameters("mail-ru-group", "nashir-news-agency", 6, false)).get(0);
    assertThat(path.ids()).containsExactly("mail-ru-group", "tamtam", "nashir-news-agency");
    assertThat(path.hops())
        .extracting(Hop::from, Hop::type, Hop::to, Hop::forward)
        .containsExactly(
            tuple("mail-ru-group", "OWNED_BY", "tamtam", false),
            tuple("tamtam", "MIGRATED_TO", "nashir-news-agency", false));
    assertThat(claims(path.hops().get(0).evidence())).containsExactly("c21");
  }

  @Test
  void allShortestPathsComeInIdSequenceOrderAndTheFirstIsTheSmallest() {
    PathParameters all = new PathParameters("isis", "nashir-news-agency", 6, true);
    List<GraphPath> paths = engine.paths(all);
    assertThat(paths)
        .extracting(GraphPath::ids)
        .containsExactly(
            List.of("isis", "tamtam", "nashir-news-agency"),
            List.of("isis", "telegram", "nashir-news-agency"));
    GraphPath viaTelegram = paths.get(1);
    // isis -> telegram has MIGRATED_TO, BANNED_BY and ANNOUNCED_ON: the hop carries MIGRATED_TO.
    assertThat(viaTelegram.hops())
        .extracting(Hop::type, Hop::forward, Hop::firstDate)
        .containsExactly(tuple("MIGRATED_TO", true, "2015"), tuple("MIGRATED_TO", false, "2016"));
    assertThat(claims(paths.get(0).hops().get(0).evidence())).containsExactly("c02", "c01");
    assertThat(engine.paths(new PathParameters("isis", "nashir-news-agency", 6, false)))
        .extracting(GraphPath::ids)
        .containsExactly(List.of("isis", "tamtam", "nashir-news-agency"));
    assertThat(engine.paths(new PathParameters("isis", "no-such-entity", 6, true))).isEmpty();
  }

  @Test
  void chainsListMigrationsByDateWithOriginsFromTheClaims() {
    MigrationChain isis = single(engine.chains("isis"));
    assertThat(isis.platforms()).containsExactly("twitter", "telegram", "tamtam");
    assertThat(isis.steps())
        .extracting(ChainStep::from, s -> s.to().id(), ChainStep::date)
        .containsExactly(
            tuple(List.of("twitter"), "telegram", "2015"),
            tuple(List.of("telegram"), "tamtam", "2019-11"));
    assertThat(claims(isis.steps().get(1).evidence())).containsExactly("c02", "c01");

    MigrationChain amaq = single(engine.chains("amaq-news-agency"));
    assertThat(amaq.steps())
        .extracting(s -> s.to().id(), ChainStep::date)
        .containsExactly(
            tuple("riot", "2019"), tuple("tamtam", "2019-11-24"), tuple("telegram", "2019-12-01"));
    assertThat(claims(amaq.steps().get(0).evidence())).containsExactly("c17", "c16");

    // Undated steps come last, whatever their id.
    assertThat(single(engine.chains("nashir-news-agency")).steps())
        .extracting(s -> s.to().id(), ChainStep::date)
        .containsExactly(tuple("telegram", "2016"), tuple("tamtam", null));
    assertThat(engine.chains("europol")).isEmpty();
    assertThat(engine.chains("no-such-entity")).isEmpty();
  }

  @Test
  void ownersAreEveryMaximalOwnershipPathLongestFirst() {
    List<GraphPath> owners = engine.owners("tamtam");
    assertThat(owners)
        .extracting(GraphPath::ids)
        .containsExactly(
            List.of("tamtam", "odnoklassniki", "mail-ru-group"),
            List.of("tamtam", "mail-ru-group"));
    assertThat(owners.get(0).hops())
        .extracting(Hop::type, Hop::forward, Hop::firstDate)
        .containsExactly(tuple("OWNED_BY", true, "2017"), tuple("OWNED_BY", true, null));
    assertThat(claims(owners.get(0).hops().get(1).evidence())).containsExactly("c20");
    assertThat(engine.owners("mail-ru-group")).isEmpty();
    assertThat(engine.owners("no-such-entity")).isEmpty();
  }

  @Test
  void firstCarriersRankPlatformsByTheirEarliestDatedAnnouncementAboutTheEvent() {
    List<FirstCarrier> rows = engine.first("london-bridge-attack-2019");
    assertThat(rows)
        .extracting(
            FirstCarrier::rank,
            r -> r.platform().id(),
            FirstCarrier::date,
            FirstCarrier::subjects,
            FirstCarrier::lagMinutes,
            FirstCarrier::lagDays)
        .containsExactly(
            tuple(1, "tamtam", "2019-11-29T17:55Z", List.of("nashir-news-agency"), 0L, 0L),
            tuple(
                2, "telegram", "2019-11-29T17:56Z", List.of("isis", "nashir-news-agency"), 1L, 0L),
            tuple(3, "riot", "2019-11-30", List.of("amaq-news-agency"), null, 1L));
    // The undated c08 and c22 (not about the event) are no evidence.
    assertThat(rows)
        .extracting(r -> claims(r.evidence()))
        .containsExactly(List.of("c07"), List.of("c09", "c10"), List.of("c11"));
    assertThat(engine.first("tamtam")).isEmpty();
    assertThat(engine.first("no-such-entity")).isEmpty();
  }

  @Test
  void displacementPairsEachDatedBanWithLaterMigrationsToOtherPlatforms() {
    List<Displacement> rows = engine.displacement();
    assertThat(rows)
        .extracting(
            r -> r.actor().id(),
            r -> r.bannedBy().id(),
            Displacement::banDate,
            r -> r.to().id(),
            Displacement::arrivalDate,
            Displacement::days)
        .containsExactly(
            // "2019" is not before the ban at year precision; c16 (2019-10-30) is; telegram is the
            // banner.
            tuple("amaq-news-agency", "telegram", "2019-11-22", "riot", "2019", null),
            tuple("amaq-news-agency", "telegram", "2019-11-22", "tamtam", "2019-11-24", 2L),
            tuple("isis", "telegram", "2019-11-22", "tamtam", "2019-11", null));
    assertThat(rows)
        .extracting(r -> claims(r.banEvidence()), r -> claims(r.migrationEvidence()))
        .containsExactly(
            tuple(List.of("c13"), List.of("c17")),
            tuple(List.of("c13"), List.of("c14")),
            tuple(List.of("c03"), List.of("c02", "c01")));
  }

  private static MigrationChain single(List<MigrationChain> chains) {
    assertThat(chains).hasSize(1);
    return chains.get(0);
  }

  private static List<String> claims(List<Evidence> evidence) {
    return evidence.stream().map(Evidence::claim).toList();
  }
}
