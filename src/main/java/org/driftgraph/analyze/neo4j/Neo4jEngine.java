package org.driftgraph.analyze.neo4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.driftgraph.analyze.Analyses;
import org.driftgraph.analyze.AnalysisEngine;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.query.QueryRunner;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.query.SavedQuery;
import org.driftgraph.store.CypherScripts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The analyses on Neo4j: centrality through GDS, everything else through the saved queries of
 * {@code cypher/queries}, so that the CLI, the notebooks and Bloom run the same Cypher. The engine
 * borrows the driver; closing it only drops GDS graphs a failed run may have left behind.
 */
public final class Neo4jEngine implements AnalysisEngine {
  private static final String HAS_GDS = CypherScripts.statement("analyze/has-gds.cypher");
  private static final String GDS_VERSION = CypherScripts.statement("analyze/gds-version.cypher");
  private static final String ENTITY_IDS = CypherScripts.statement("analyze/entity-ids.cypher");

  /** The saved queries' parameter for claims per evidence list. */
  private static final String EVIDENCE = "evidence";

  private final Driver driver;
  private final QueryRunner queries;
  private final GdsCentrality centrality;
  private final SavedQuery entity = SavedQueries.load("entity");
  private final SavedQuery shortestPaths = SavedQueries.load("shortest-paths");
  private final SavedQuery migrationChain = SavedQueries.load("migration-chain");
  private final SavedQuery ownershipChains = SavedQueries.load("ownership-chains");
  private final SavedQuery firstCarriers = SavedQueries.load("first-carriers");
  private final SavedQuery displacement = SavedQueries.load("displacement");
  private String gdsVersion;

  public Neo4jEngine(Driver driver) {
    this.driver = driver;
    this.queries = new QueryRunner(driver);
    this.centrality = new GdsCentrality(driver);
  }

  /**
   * Whether the server has GDS, so that the CLI can run centrality on the gremlin engine instead
   * when it does not (an external server without the plugin).
   */
  public static boolean hasGds(Driver driver) {
    try (Session session = driver.session()) {
      return session.run(HAS_GDS).single().get("available").asBoolean();
    }
  }

  @Override
  public String describe() {
    return "neo4j (" + (gdsVersion() == null ? "without GDS" : "GDS " + gdsVersion()) + ")";
  }

  @Override
  public String name() {
    return "neo4j";
  }

  @Override
  public Optional<EntityRef> entity(String id) {
    return queries.rows(entity, Map.of("id", id)).stream().findFirst().map(Neo4jRows::entity);
  }

  @Override
  public List<String> entityIds() {
    try (Session session = driver.session()) {
      return session.run(ENTITY_IDS).list(record -> record.get("id").asString());
    }
  }

  /**
   * @throws IllegalStateException when the server has no GDS
   */
  @Override
  public List<CentralityScore> centrality(CentralityParameters parameters) {
    if (gdsVersion() == null) {
      throw new IllegalStateException(
          "the Neo4j server has no Graph Data Science library (no gds.pageRank.stream): "
              + "run centrality on the gremlin engine instead");
    }
    List<CentralityScore> scores = centrality.scores(parameters);
    return parameters.top() == 0
        ? scores
        : scores.subList(0, Math.min(parameters.top(), scores.size()));
  }

  @Override
  public List<GraphPath> paths(PathParameters parameters) {
    Map<String, String> given =
        Map.of(
            "from", parameters.from(),
            "to", parameters.to(),
            "maxHops", Integer.toString(parameters.maxHops()),
            "all", Boolean.toString(parameters.all()));
    return queries.rows(shortestPaths, given).stream().map(Neo4jRows::path).toList();
  }

  @Override
  public List<MigrationChain> chains(String actorId) {
    return chains(actorId, Analyses.ALL_EVIDENCE);
  }

  /** The strongest claims are chosen in the query, so that the others are never fetched. */
  @Override
  public List<MigrationChain> chains(String actorId, int evidence) {
    return queries
        .rows(migrationChain, Map.of("actor", actorId, EVIDENCE, Integer.toString(evidence)))
        .stream()
        .map(Neo4jRows::chain)
        .toList();
  }

  @Override
  public List<GraphPath> owners(String platformId) {
    return owners(platformId, Analyses.ALL_EVIDENCE);
  }

  @Override
  public List<GraphPath> owners(String platformId, int evidence) {
    return queries
        .rows(ownershipChains, Map.of("platform", platformId, EVIDENCE, Integer.toString(evidence)))
        .stream()
        .map(Neo4jRows::path)
        .toList();
  }

  @Override
  public List<FirstCarrier> first(String eventId) {
    return first(eventId, Analyses.ALL_EVIDENCE);
  }

  @Override
  public List<FirstCarrier> first(String eventId, int evidence) {
    return queries
        .rows(firstCarriers, Map.of("event", eventId, EVIDENCE, Integer.toString(evidence)))
        .stream()
        .map(Neo4jRows::firstCarrier)
        .toList();
  }

  @Override
  public List<Displacement> displacement() {
    return displacement(Analyses.ALL_EVIDENCE);
  }

  @Override
  public List<Displacement> displacement(int evidence) {
    return queries.rows(displacement, Map.of(EVIDENCE, Integer.toString(evidence))).stream()
        .map(Neo4jRows::displacement)
        .toList();
  }

  @Override
  public void close() {
    centrality.dropLeftovers();
  }

  /** The GDS version on the server, or null without GDS; asked once. */
  private synchronized String gdsVersion() {
    if (gdsVersion == null && hasGds(driver)) {
      try (Session session = driver.session()) {
        gdsVersion = session.run(GDS_VERSION).single().get("version").asString();
      }
    }
    return gdsVersion;
  }
}
