package org.driftgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.query.SavedQuery;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * The per-fact claim queries do not read a hub subject's claims once per fact: one hub subject with
 * {@value #FACTS} facts of {@value #CLAIMS_PER_FACT} claims each. Counts the database hits of the
 * profile, never the time; checks the rows too, so that a cheap wrong answer cannot pass. With the
 * queries as they were before, network-facts failed here; statements and strongest-statements
 * passed only because on this store, whose objects are not hubs, the planner expanded from the
 * object side (on the 10k scale store, where both ends are hubs, they read the subject's claims
 * once per fact).
 */
@ExtendWith(Neo4jHarness.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubClaimQueriesIT {
  private static final int FACTS = 50;
  private static final int CLAIMS_PER_FACT = 40;
  private static final int CLAIMS = FACTS * CLAIMS_PER_FACT;

  /**
   * The database hits of reading the subject's claims once per fact, the old plan, which took twice
   * that (the expansion and each claim's type). Reading each claim once with its links and the
   * properties a row shows takes about 20 per claim, under half of this.
   */
  private static final long ONCE_PER_FACT = (long) FACTS * CLAIMS;

  private final Driver driver;

  HubClaimQueriesIT(Driver driver) {
    this.driver = driver;
  }

  @BeforeAll
  void writeOneHub() {
    try (Session session = driver.session()) {
      session
          .run(
              """
              CREATE (hub:Entity:Actor {id: 'hub', name: 'Hub', type: 'Actor'})
              WITH hub
              UNWIND range(0, $facts - 1) AS f
              CREATE (p:Entity:Platform {id: 'platform-' + f, name: 'Platform ' + f, type: 'Platform'})
              CREATE (hub)-[:MIGRATED_TO {evidence: $perFact, firstDate: '2019-01-01'}]->(p)
              WITH hub, p, f
              UNWIND range(0, $perFact - 1) AS c
              CREATE (a:Article {id: 'a-' + f + '-' + c, file: 'f' + c + '.md', title: 'T' + c,
                                 url: 'https://example.org/' + c, published: '2019-01-01'})
              CREATE (claim:Claim {id: 'c-' + f + '-' + c, type: 'MIGRATED_TO', date: '2019-01-01',
                                   start: c, modality: 'asserted', confidence: 0.5 + c / 100.0,
                                   sentence: 'Hub moved to Platform ' + f + '.'})
              CREATE (claim)-[:SUBJECT]->(hub), (claim)-[:OBJECT]->(p), (claim)-[:STATED_IN]->(a)
              """,
              Map.of("facts", FACTS, "perFact", CLAIMS_PER_FACT))
          .consume();
    }
  }

  @Test
  void statementsListEveryClaimOfEveryFactWithoutReadingTheHubOncePerFact() {
    SavedQuery query = SavedQueries.load("statements");
    Map<String, Object> parameters = query.bind(Map.of());

    List<Integer> evidence = evidenceSizes(query.cypher(), parameters);

    assertThat(evidence).hasSize(FACTS).containsOnly(CLAIMS_PER_FACT);
    assertThat(dbHits(query.cypher(), parameters)).isLessThan(ONCE_PER_FACT);
  }

  @Test
  void strongestStatementsRankEachFactsOwnClaimsWithoutReadingTheHubOncePerFact() {
    SavedQuery query = ReportQueries.load("strongest-statements");
    Map<String, Object> parameters =
        query.bind(Map.of("factsPerType", String.valueOf(FACTS), "claimsPerFact", "3"));

    List<Integer> evidence = evidenceSizes(query.cypher(), parameters);

    assertThat(evidence).hasSize(FACTS).containsOnly(3);
    assertThat(dbHits(query.cypher(), parameters)).isLessThan(ONCE_PER_FACT);
  }

  @Test
  void networkFactsRankEachFactsOwnClaimsWithoutReadingTheHubOncePerFact() {
    SavedQuery query = ReportQueries.load("network-facts");
    Map<String, Object> parameters =
        query.bind(
            Map.of(
                "nodes", String.valueOf(FACTS + 1),
                "links", String.valueOf(FACTS),
                "claimsPerFact", "2"));

    List<Integer> evidence = evidenceSizes(query.cypher(), parameters);

    assertThat(evidence).hasSize(FACTS).containsOnly(2);
    assertThat(dbHits(query.cypher(), parameters)).isLessThan(ONCE_PER_FACT);
  }

  private List<Integer> evidenceSizes(String cypher, Map<String, Object> parameters) {
    try (Session session = driver.session()) {
      return session.run(cypher, parameters).list(row -> row.get("evidence").size());
    }
  }

  private long dbHits(String cypher, Map<String, Object> parameters) {
    try (Session session = driver.session()) {
      return total(session.run("PROFILE " + cypher, parameters).consume().profile());
    }
  }

  private static long total(ProfiledPlan plan) {
    return plan.dbHits() + plan.children().stream().mapToLong(HubClaimQueriesIT::total).sum();
  }
}
