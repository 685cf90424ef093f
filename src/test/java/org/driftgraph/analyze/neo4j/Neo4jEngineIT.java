package org.driftgraph.analyze.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.driftgraph.analyze.ChainStep;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.model.EntityType;
import org.driftgraph.query.QueryRunner;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.query.SavedQuery;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The saved-query analyses on the claims of fixture.cypher, with facts derived by GraphWriter.
 * Every expected value is read off the fixture by hand.
 */
@ExtendWith(Neo4jHarness.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Neo4jEngineIT {
  private static final String EVENT = "london-bridge-attack-2019";

  private final Driver driver;
  private final Neo4jEngine engine;

  Neo4jEngineIT(Driver driver) {
    this.driver = driver;
    this.engine = new Neo4jEngine(driver);
  }

  @BeforeAll
  void claims() {
    CypherFixture.loadClaims(driver, "/analyze/neo4j/fixture.cypher");
  }

  private static List<String> claims(List<Evidence> evidence) {
    return evidence.stream().map(Evidence::claim).toList();
  }

  @Test
  void pathPrefersMigrationOverAnnouncementAndCarriesEvidence() {
    List<GraphPath> paths =
        engine.paths(new PathParameters("nashir-news-agency", "mail-ru-group", 6, false));

    assertThat(paths)
        .singleElement()
        .satisfies(
            path -> {
              assertThat(path.ids())
                  .containsExactly("nashir-news-agency", "tamtam", "mail-ru-group");
              assertThat(path.nodes().get(1))
                  .isEqualTo(new EntityRef("tamtam", "TamTam", EntityType.PLATFORM));
              Hop migration = path.hops().get(0);
              assertThat(migration.type()).isEqualTo("MIGRATED_TO");
              assertThat(migration.forward()).isTrue();
              assertThat(migration.firstDate()).isEqualTo("2019-11-02");
              assertThat(claims(migration.evidence())).containsExactly("m5");
              Evidence m5 = migration.evidence().get(0);
              assertThat(m5)
                  .isEqualTo(
                      new Evidence(
                          "m5",
                          "art-2",
                          "Second report",
                          "corpus/b.txt",
                          "2019-11-02",
                          60,
                          "Fixture sentence m5."));
              Hop ownership = path.hops().get(1);
              assertThat(ownership.type()).isEqualTo("OWNED_BY");
              assertThat(ownership.firstDate()).isNull();
              // Both undated: article file decides (a.txt before c.txt).
              assertThat(claims(ownership.evidence())).containsExactly("o4", "o3");
            });
  }

  @Test
  void allShortestPathsInIdOrderAndNeverOverDisplacedTo() {
    // telegram DISPLACED_TO tamtam exists but is no fact: the shortest fact paths have two hops.
    List<GraphPath> paths = engine.paths(new PathParameters("telegram", "tamtam", 6, true));

    assertThat(paths)
        .extracting(GraphPath::ids)
        .containsExactly(
            List.of("telegram", "isis", "tamtam"),
            List.of("telegram", "nashir-news-agency", "tamtam"));
    Hop againstMigration = paths.get(0).hops().get(0);
    assertThat(againstMigration)
        .extracting(Hop::from, Hop::type, Hop::to, Hop::forward, Hop::firstDate)
        .containsExactly("telegram", "MIGRATED_TO", "isis", false, "2016");
    assertThat(claims(againstMigration.evidence())).containsExactly("m1");
    assertThat(paths.get(1).hops())
        .extracting(Hop::type)
        .containsExactly("BANNED_BY", "MIGRATED_TO");
    assertThat(paths.get(1).hops().get(0).firstDate()).isEqualTo("2019-11");
  }

  @Test
  void firstPathOnlyWithoutAll() {
    assertThat(engine.paths(new PathParameters("telegram", "tamtam", 6, false)))
        .extracting(GraphPath::ids)
        .containsExactly(List.of("telegram", "isis", "tamtam"));
  }

  @Test
  void noPathWithinMaxHopsOrForUnknownIds() {
    assertThat(engine.paths(new PathParameters("telegram", "tamtam", 1, true))).isEmpty();
    assertThat(engine.paths(new PathParameters("telegram", "no-such-entity", 6, true))).isEmpty();
  }

  @Test
  void chainInTimeOrderWithUndatedLast() {
    List<MigrationChain> chains = engine.chains("isis");

    assertThat(chains)
        .singleElement()
        .satisfies(
            chain -> {
              assertThat(chain.actor())
                  .isEqualTo(new EntityRef("isis", "Islamic State", EntityType.ACTOR));
              assertThat(chain.platforms()).containsExactly("riot", "telegram", "tamtam", "hoop");
              assertThat(chain.steps())
                  .extracting(step -> step.to().id())
                  .containsExactly("telegram", "tamtam", "hoop");
              assertThat(chain.steps())
                  .extracting(ChainStep::date)
                  .containsExactly("2016", "2019-11-25", null);
              assertThat(chain.steps())
                  .extracting(ChainStep::from)
                  .containsExactly(List.of("riot"), List.of("telegram"), List.of());
              assertThat(claims(chain.steps().get(1).evidence())).containsExactly("m2", "m3");
            });
    assertThat(engine.chains("amaq")).isEmpty();
  }

  @Test
  void ownershipChainsLongestFirst() {
    List<GraphPath> owners = engine.owners("tamtam");

    assertThat(owners)
        .extracting(GraphPath::ids)
        .containsExactly(
            List.of("tamtam", "odnoklassniki", "mail-ru-group"),
            List.of("tamtam", "mail-ru-group"));
    assertThat(owners.get(0).hops())
        .allSatisfy(
            hop -> {
              assertThat(hop.type()).isEqualTo("OWNED_BY");
              assertThat(hop.forward()).isTrue();
            });
    assertThat(owners.get(0).hops().get(0).firstDate()).isEqualTo("2019");
    assertThat(claims(owners.get(1).hops().get(0).evidence())).containsExactly("o4", "o3");
    assertThat(engine.owners("odnoklassniki"))
        .extracting(GraphPath::ids)
        .containsExactly(List.of("odnoklassniki", "mail-ru-group"));
    assertThat(engine.owners("mail-ru-group")).isEmpty();
  }

  @Test
  void ownershipChainStopsWhereItWouldGoRoundACycle() {
    assertThat(engine.owners("zello"))
        .extracting(GraphPath::ids)
        .containsExactly(List.of("zello", "zello-inc"));
  }

  @Test
  void firstCarriersWithLagsAtTheirPrecision() {
    List<FirstCarrier> carriers = engine.first(EVENT);

    // TamTam 17:55Z, Telegram 17:56Z, Hoop 2019-12-02 (day only); Twitter's claim is undated.
    assertThat(carriers).extracting(FirstCarrier::rank).containsExactly(1, 2, 3);
    assertThat(carriers)
        .extracting(carrier -> carrier.platform().id())
        .containsExactly("tamtam", "telegram", "hoop");
    assertThat(carriers)
        .extracting(FirstCarrier::date)
        .containsExactly("2019-11-30T17:55Z", "2019-11-30T17:56Z", "2019-12-02");
    assertThat(carriers).extracting(FirstCarrier::lagMinutes).containsExactly(0L, 1L, null);
    assertThat(carriers).extracting(FirstCarrier::lagDays).containsExactly(0L, 0L, 2L);
    assertThat(carriers.get(0).subjects()).containsExactly("isis", "nashir-news-agency");
    assertThat(claims(carriers.get(0).evidence())).containsExactly("n1", "n3");
    assertThat(engine.first("no-such-event")).isEmpty();
  }

  @Test
  void displacementComparesDatesAtTheCoarserPrecision() {
    List<Displacement> rows = engine.displacement();

    assertThat(rows)
        .extracting(row -> row.actor().id(), row -> row.bannedBy().id(), row -> row.to().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("isis", "telegram", "tamtam"),
            org.assertj.core.groups.Tuple.tuple("nashir-news-agency", "telegram", "tamtam"));
    Displacement isis = rows.get(0);
    assertThat(isis.banDate()).isEqualTo("2019-11-22");
    assertThat(isis.arrivalDate()).isEqualTo("2019-11-25");
    assertThat(isis.days()).isEqualTo(3L);
    assertThat(claims(isis.banEvidence())).containsExactly("b2", "b1");
    // The undated claim m3 is not evidence of an arrival after the ban.
    assertThat(claims(isis.migrationEvidence())).containsExactly("m2");
    Displacement nashir = rows.get(1);
    // Ban known to the month: 2019-11-02 counts as not before it, Hoop on 2019-10-30 does not.
    assertThat(nashir.banDate()).isEqualTo("2019-11");
    assertThat(nashir.arrivalDate()).isEqualTo("2019-11-02");
    assertThat(nashir.days()).isNull();
    assertThat(claims(nashir.migrationEvidence())).containsExactly("m5");
  }

  @Test
  void boundedEvidenceKeepsTheStrongestClaimsAndCountsThemAll() {
    // The fixture's claims have no modality or confidence: the earliest is the strongest.
    Displacement isis = engine.displacement(1).get(0);
    assertThat(claims(isis.banEvidence())).containsExactly("b2");
    assertThat(isis.banClaims()).isEqualTo(2);
    assertThat(isis.toRow()).containsEntry("banEvidenceCount", 2L);
    assertThat(isis.migrationClaims()).isEqualTo(1);
    assertThat(isis.toRow()).doesNotContainKey("migrationEvidenceCount");
    FirstCarrier first = engine.first(EVENT, 1).get(0);
    assertThat(claims(first.evidence())).containsExactly("n1");
    assertThat(first.claims()).isEqualTo(2);
    // Everything but the evidence reads as the unbounded analysis.
    assertThat(engine.first(EVENT, 1))
        .extracting(FirstCarrier::rank, FirstCarrier::date, FirstCarrier::subjects)
        .containsExactlyElementsOf(
            engine.first(EVENT).stream()
                .map(c -> org.assertj.core.groups.Tuple.tuple(c.rank(), c.date(), c.subjects()))
                .toList());
    ChainStep toTamtam = engine.chains("isis", 1).get(0).steps().get(1);
    assertThat(claims(toTamtam.evidence())).containsExactly("m2");
    assertThat(toTamtam.claims()).isEqualTo(2);
    assertThat(engine.chains("isis", 0)).isEqualTo(engine.chains("isis"));
    assertThat(engine.owners("tamtam", 0)).isEqualTo(engine.owners("tamtam"));
    assertThat(engine.owners("tamtam", 1).get(0).hops())
        .allSatisfy(hop -> assertThat(hop.evidence()).hasSizeLessThanOrEqualTo(1));
    assertThat(engine.chains("isis").get(0).steps())
        .allSatisfy(step -> assertThat(step.claims()).isEqualTo(step.evidence().size()));
  }

  @Test
  void entitiesByIdAndEveryIdSorted() {
    assertThat(engine.entity("mail-ru-group"))
        .contains(new EntityRef("mail-ru-group", "Mail.Ru Group", EntityType.ORGANIZATION));
    assertThat(engine.entity("mail-ru")).isEmpty();
    assertThat(engine.entityIds()).hasSize(13).isSorted().contains("london-bridge-attack-2019");
  }

  @Test
  void savedQueriesRunStandaloneWithTheirDeclaredParameters() {
    QueryRunner runner = new QueryRunner(driver);
    Map<String, Map<String, String>> given =
        Map.of(
            "shortest-paths", Map.of("from", "nashir-news-agency", "to", "mail-ru-group"),
            "migration-chain", Map.of("actor", "isis"),
            "ownership-chains", Map.of("platform", "tamtam"),
            "first-carriers", Map.of("event", EVENT),
            "displacement", Map.of(),
            "entity", Map.of("id", "tamtam"));
    given.forEach(
        (name, parameters) -> {
          SavedQuery query = SavedQueries.load(name);
          assertThat(query.name()).isEqualTo(name);
          assertThat(query.parameters()).extracting(p -> p.name()).containsAll(parameters.keySet());
          assertThat(runner.rows(query, parameters)).as(name).isNotEmpty();
        });
    assertThat(SavedQueries.load("shortest-paths").parameters())
        .extracting(p -> p.name())
        .containsExactlyElementsOf(Arrays.asList("from", "to", "maxHops", "all"));
  }
}
