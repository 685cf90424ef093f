package org.driftgraph.analyze;

import java.util.List;
import java.util.Optional;

/**
 * Where analyses run: Neo4j (GDS and the saved Cypher of {@code cypher/queries/}) or a TinkerPop
 * graph (in process or remote). Every engine gives the same answer on the same graph; the contract
 * suite holds them to it. Ids are checked by the caller ({@link #entity}); the analyses themselves
 * return no rows for an id they do not know.
 */
public interface AnalysisEngine extends AutoCloseable {

  /**
   * For output: "neo4j" or "gremlin", with where it ran, e.g. "gremlin (TinkerGraph in process)".
   */
  String describe();

  /** The short name in JSON output: {@code neo4j} or {@code gremlin}. */
  String name();

  Optional<EntityRef> entity(String id);

  /** Every entity id, for suggesting the nearest ones to an unknown id. */
  List<String> entityIds();

  /** Scores on the projection, highest first (ties by id), cut to {@code top} unless it is 0. */
  List<CentralityScore> centrality(CentralityParameters parameters);

  /** Shortest paths over the facts projection read as undirected; see {@link PathParameters}. */
  List<GraphPath> paths(PathParameters parameters);

  /** The migration chain of one actor or outlet; empty when it has no MIGRATED_TO facts. */
  List<MigrationChain> chains(String actorId);

  /**
   * Every maximal OWNED_BY path starting at the platform (simple, directed, ending where the owner
   * has no owner of its own), ordered by length descending then by id sequence.
   */
  List<GraphPath> owners(String platformId);

  /**
   * Platforms that carried announcements about the event, earliest first; see {@link FirstCarrier}.
   */
  List<FirstCarrier> first(String eventId);

  /**
   * For each ban, where the banned actor went and after how long, ordered by actor, banner,
   * destination.
   */
  List<Displacement> displacement();

  /**
   * The analyses again with at most {@code evidence} claims per evidence list (0: all), the
   * strongest, and each list's full count beside it: what a report of a large store asks for, so
   * that a fact with thousands of claims is not fetched whole. An engine that cannot choose them in
   * its query returns every claim (these defaults); the counts are then the lists' sizes.
   */
  default List<MigrationChain> chains(String actorId, int evidence) {
    return chains(actorId);
  }

  /** {@link #owners(String)} with bounded evidence; see {@link #chains(String, int)}. */
  default List<GraphPath> owners(String platformId, int evidence) {
    return owners(platformId);
  }

  /** {@link #first(String)} with bounded evidence; see {@link #chains(String, int)}. */
  default List<FirstCarrier> first(String eventId, int evidence) {
    return first(eventId);
  }

  /** {@link #displacement()} with bounded evidence; see {@link #chains(String, int)}. */
  default List<Displacement> displacement(int evidence) {
    return displacement();
  }

  @Override
  void close();
}
