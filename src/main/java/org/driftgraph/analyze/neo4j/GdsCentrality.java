package org.driftgraph.analyze.neo4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Orientation;
import org.driftgraph.analyze.Projection;
import org.driftgraph.analyze.StableScores;
import org.driftgraph.model.EntityType;
import org.driftgraph.store.CypherScripts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Centrality through the Graph Data Science library: projects the projection into the GDS catalog
 * under a name of its own, streams one algorithm, and drops the graph again. Graphs whose drop
 * failed stay listed so that {@link #dropLeftovers()} can try once more.
 */
final class GdsCentrality {
  private static final String DROP = CypherScripts.statement("analyze/drop.cypher");

  private final Driver driver;
  private final Set<String> leftovers = ConcurrentHashMap.newKeySet();

  GdsCentrality(Driver driver) {
    this.driver = driver;
  }

  /**
   * Every node's score, highest first, ties by id; PageRank divided by the sum over the projection.
   * Scores are rounded to {@link StableScores#DIGITS} significant digits, so that one store gives
   * the same rows every time.
   */
  List<CentralityScore> scores(CentralityParameters parameters) {
    String graph = "driftgraph-" + parameters.algorithm().key() + "-" + UUID.randomUUID();
    try (Session session = driver.session()) {
      leftovers.add(graph);
      try {
        Record projected =
            session
                .run(
                    projectScript(parameters.projection()), projectionParameters(graph, parameters))
                .single();
        if (projected.get("nodeCount").isNull()) {
          // No node has the label: the aggregation saw no row and created no graph.
          return List.of();
        }
        List<CentralityScore> scores =
            session
                .run(
                    streamScript(parameters.algorithm()),
                    Map.of(
                        "graph",
                        graph,
                        "configuration",
                        configuration(parameters, projected.get("relationshipCount").asLong())))
                .list(GdsCentrality::score);
        return ranked(
            parameters.algorithm() == CentralityAlgorithm.PAGERANK ? normalised(scores) : scores);
      } finally {
        session.run(DROP, Map.of("graph", graph)).consume();
        leftovers.remove(graph);
      }
    }
  }

  void dropLeftovers() {
    try (Session session = driver.session()) {
      for (String graph : List.copyOf(leftovers)) {
        session.run(DROP, Map.of("graph", graph)).consume();
        leftovers.remove(graph);
      }
    }
  }

  private static Map<String, Object> projectionParameters(
      String graph, CentralityParameters parameters) {
    return Map.of(
        "graph",
        graph,
        "undirected",
        parameters.algorithm().orientation() == Orientation.UNDIRECTED);
  }

  /** The projection's own script, with its label and relationship types written out. */
  static String projectScript(Projection projection) {
    return CypherScripts.statement("analyze/project-" + projection.key() + ".cypher");
  }

  private static String streamScript(CentralityAlgorithm algorithm) {
    return CypherScripts.statement("analyze/" + algorithm.key() + ".cypher");
  }

  /** The GDS configuration each algorithm takes from the shared parameters. */
  private static Map<String, Object> configuration(
      CentralityParameters parameters, long relationships) {
    Map<String, Object> configuration = new HashMap<>();
    switch (parameters.algorithm()) {
      case PAGERANK -> {
        configuration.put("maxIterations", parameters.maxIterations());
        configuration.put("tolerance", parameters.tolerance());
        configuration.put("dampingFactor", parameters.dampingFactor());
      }
      case EIGENVECTOR -> {
        configuration.put("maxIterations", parameters.maxIterations());
        configuration.put("tolerance", parameters.tolerance());
      }
      case BETWEENNESS -> {
        // GDS cannot sample sources on a graph without relationships ("bound must be positive");
        // every score is 0 there, which the exact run gives at no cost.
        if (parameters.samplingSize() != null && relationships > 0) {
          configuration.put("samplingSize", parameters.samplingSize());
          configuration.put("samplingSeed", parameters.samplingSeed());
        }
      }
      case DEGREE, CLOSENESS -> {
        // GDS defaults: degree counts the (undirected) neighbours, closeness is not
        // Wasserman-Faust.
      }
    }
    return configuration;
  }

  private static CentralityScore score(Record record) {
    EntityRef entity =
        new EntityRef(
            record.get("id").asString(),
            record.get("name").asString(null),
            EntityType.fromLabel(record.get("type").asString()));
    return new CentralityScore(entity, record.get("score").asDouble());
  }

  private static List<CentralityScore> normalised(List<CentralityScore> scores) {
    double sum = scores.stream().mapToDouble(CentralityScore::score).sum();
    return scores.stream().map(s -> new CentralityScore(s.entity(), s.score() / sum)).toList();
  }

  private static List<CentralityScore> ranked(List<CentralityScore> scores) {
    List<CentralityScore> ranked = new ArrayList<>(scores.size());
    for (CentralityScore score : scores) {
      ranked.add(new CentralityScore(score.entity(), StableScores.stable(score.score())));
    }
    ranked.sort(
        Comparator.comparingDouble(CentralityScore::score)
            .reversed()
            .thenComparing(score -> score.entity().id()));
    return ranked;
  }
}
