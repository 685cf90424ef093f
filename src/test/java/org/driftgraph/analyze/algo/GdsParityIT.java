package org.driftgraph.analyze.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.Projection;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Measures GDS itself: the same relationships are written to Neo4j, projected as the simple graph
 * (parallel relationships collapsed with DISTINCT, self-loops left out, each unordered pair once
 * for the undirected measures) and scored by GDS's stream procedures; the in-process algorithms
 * must agree within the contract's 1e-6 on every node.
 */
@ExtendWith(Neo4jHarness.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the graphs are written and projected once
class GdsParityIT {
  private static final double TOLERANCE = 1e-6;

  // Test-only Cypher: these graphs are not the model's entities, so the engine's projection files
  // (which read :Entity and the fact types) do not apply.
  private static final String WRITE =
      """
      UNWIND range(0, $nodeCount - 1) AS idx CREATE (:Node {graph: $graph, idx: idx})
      WITH count(*) AS created
      UNWIND $relationships AS pair
      MATCH (a:Node {graph: $graph, idx: pair[0]}), (b:Node {graph: $graph, idx: pair[1]})
      CREATE (a)-[:R]->(b)""";
  private static final String PROJECT_NATURAL =
      """
      MATCH (n:Node {graph: $graph})
      OPTIONAL MATCH (n)-[:R]->(m:Node) WHERE m <> n
      WITH DISTINCT n, m
      RETURN gds.graph.project($name, n, m).relationshipCount AS relationships""";
  private static final String PROJECT_UNDIRECTED =
      """
      MATCH (n:Node {graph: $graph})
      OPTIONAL MATCH (n)-[:R]-(m:Node) WHERE n.idx < m.idx
      WITH DISTINCT n, m
      RETURN gds.graph.project($name, n, m, {}, {undirectedRelationshipTypes: ['*']}).relationshipCount AS relationships""";
  private static final String STREAM =
      """
      CALL gds.%s.stream($name, $config) YIELD nodeId, score
      RETURN gds.util.asNode(nodeId).idx AS idx, score""";

  private final ProjectedGraph random = clusters();
  private final ProjectedGraph bipartite = bipartite();
  private Driver driver;

  // Not in the constructor: the harness empties the database after the instance is created.
  @BeforeAll
  void writeAndProject(Driver driver) {
    this.driver = driver;
    write("random", random);
    write("bipartite", bipartite);
    project("random", "random-natural", PROJECT_NATURAL);
    project("random", "random-undirected", PROJECT_UNDIRECTED);
    project("bipartite", "bipartite-natural", PROJECT_NATURAL);
    project("bipartite", "bipartite-undirected", PROJECT_UNDIRECTED);
  }

  @Test
  void projectionsAreTheSimpleGraphs() {
    assertThat(relationshipCount("random-natural")).isEqualTo(distinctPairs(random, false));
    // GDS stores each undirected relationship once per direction.
    assertThat(relationshipCount("random-undirected")).isEqualTo(2 * distinctPairs(random, true));
    assertThat(relationshipCount("bipartite-undirected"))
        .isEqualTo(2 * distinctPairs(bipartite, true));
  }

  @Test
  void pageRankNormalisedBySumMatchesTinkerPopFormulation() {
    for (String graph : List.of("random", "bipartite")) {
      double[] gds =
          gds(
              "pageRank",
              graph + "-natural",
              Map.of("maxIterations", 100, "tolerance", 1e-9, "dampingFactor", 0.85));
      double sum = 0;
      for (double score : gds) {
        sum += score;
      }
      for (int v = 0; v < gds.length; v++) {
        gds[v] /= sum;
      }
      assertThat(ours(graph, CentralityAlgorithm.PAGERANK))
          .as(graph)
          .containsExactly(gds, within(TOLERANCE));
    }
  }

  @Test
  void degreeBetweennessAndClosenessOnTheUndirectedProjection() {
    for (String graph : List.of("random", "bipartite")) {
      String name = graph + "-undirected";
      assertThat(ours(graph, CentralityAlgorithm.DEGREE))
          .as(graph)
          .containsExactly(gds("degree", name, Map.of()), within(TOLERANCE));
      assertThat(ours(graph, CentralityAlgorithm.BETWEENNESS))
          .as(graph)
          .containsExactly(gds("betweenness", name, Map.of()), within(TOLERANCE));
      assertThat(ours(graph, CentralityAlgorithm.CLOSENESS))
          .as(graph)
          .containsExactly(gds("closeness", name, Map.of()), within(TOLERANCE));
    }
  }

  @Test
  void eigenvectorFollowsGdsStepForStepIncludingBipartiteOscillation() {
    for (String graph : List.of("random", "bipartite")) {
      for (int maxIterations : List.of(7, 8, 100)) {
        CentralityParameters parameters =
            parameters(CentralityAlgorithm.EIGENVECTOR, maxIterations);
        Centrality.Result ours = Centrality.compute(graph(graph), parameters);
        Map<String, Object> config =
            Map.of("maxIterations", maxIterations, "tolerance", parameters.tolerance());
        assertThat(ours.scores())
            .as(graph + " after at most " + maxIterations)
            .containsExactly(gds("eigenvector", graph + "-undirected", config), within(TOLERANCE));
        // GDS's Pregel loop breaks before counting the superstep that converged, so its
        // ranIterations
        // is one less than the supersteps run when it converged, and maxIterations when it did not.
        int gdsIterations = ranIterations(graph + "-undirected", config);
        assertThat(ours.iterations())
            .as(graph + " supersteps")
            .isEqualTo(gdsIterations < maxIterations ? gdsIterations + 1 : maxIterations);
      }
    }
    // Power iteration on a bipartite graph flips between two vectors: the run never converges, and
    // the
    // agreement above covers where GDS happens to stop.
    assertThat(
            Centrality.compute(bipartite, parameters(CentralityAlgorithm.EIGENVECTOR, 100))
                .iterations())
        .isEqualTo(100);
  }

  @Test
  void gdsSampledBetweennessIsUnscaledAndSamplingEveryNodeIsExact() {
    double[] exact = gds("betweenness", "random-undirected", Map.of());
    double[] everyNode =
        gds("betweenness", "random-undirected", Map.of("samplingSize", 60, "samplingSeed", 3));
    assertThat(everyNode).containsExactly(exact, within(TOLERANCE));
    double[] sampled =
        gds("betweenness", "random-undirected", Map.of("samplingSize", 10, "samplingSeed", 3));
    double sampledSum = 0;
    double exactSum = 0;
    for (int v = 0; v < exact.length; v++) {
      assertThat(sampled[v]).isLessThanOrEqualTo(exact[v] + TOLERANCE);
      sampledSum += sampled[v];
      exactSum += exact[v];
    }
    assertThat(sampledSum).isGreaterThan(0).isLessThan(exactSum);
  }

  private double[] ours(String graph, CentralityAlgorithm algorithm) {
    return Centrality.scores(
        graph(graph), parameters(algorithm, CentralityParameters.DEFAULT_MAX_ITERATIONS));
  }

  private ProjectedGraph graph(String name) {
    return name.equals("random") ? random : bipartite;
  }

  private static CentralityParameters parameters(CentralityAlgorithm algorithm, int maxIterations) {
    return new CentralityParameters(
        algorithm,
        Projection.FACTS,
        0,
        null,
        42L,
        maxIterations,
        CentralityParameters.DEFAULT_TOLERANCE,
        CentralityParameters.DEFAULT_DAMPING_FACTOR);
  }

  private double[] gds(String algorithm, String name, Map<String, Object> config) {
    try (Session session = driver.session()) {
      var rows =
          session.run(STREAM.formatted(algorithm), Map.of("name", name, "config", config)).list();
      double[] scores = new double[rows.size()];
      rows.forEach(row -> scores[row.get("idx").asInt()] = row.get("score").asDouble());
      return scores;
    }
  }

  private int ranIterations(String name, Map<String, Object> config) {
    try (Session session = driver.session()) {
      return session
          .run(
              "CALL gds.eigenvector.stats($name, $config) YIELD ranIterations RETURN ranIterations",
              Map.of("name", name, "config", config))
          .single()
          .get(0)
          .asInt();
    }
  }

  private void write(String graph, ProjectedGraph projected) {
    List<List<Integer>> pairs = new ArrayList<>();
    for (int i = 0; i < projected.relationshipCount(); i++) {
      pairs.add(List.of(projected.sources()[i], projected.targets()[i]));
    }
    try (Session session = driver.session()) {
      session
          .run(
              WRITE,
              Map.of("graph", graph, "nodeCount", projected.nodeCount(), "relationships", pairs))
          .consume();
    }
  }

  private void project(String graph, String name, String cypher) {
    try (Session session = driver.session()) {
      session
          .run(
              "CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName",
              Map.of("name", name))
          .consume();
      session.run(cypher, Map.of("graph", graph, "name", name)).consume();
    }
  }

  private long relationshipCount(String name) {
    try (Session session = driver.session()) {
      return session
          .run(
              "CALL gds.graph.list($name) YIELD relationshipCount RETURN relationshipCount",
              Map.of("name", name))
          .single()
          .get(0)
          .asLong();
    }
  }

  private static long distinctPairs(ProjectedGraph graph, boolean unordered) {
    return java.util.stream.IntStream.range(0, graph.relationshipCount())
        .filter(i -> graph.sources()[i] != graph.targets()[i])
        .mapToObj(
            i ->
                unordered
                    ? List.of(
                        Math.min(graph.sources()[i], graph.targets()[i]),
                        Math.max(graph.sources()[i], graph.targets()[i]))
                    : List.of(graph.sources()[i], graph.targets()[i]))
        .distinct()
        .count();
  }

  /**
   * 60 nodes, 150 relationships: a 40-node and a 15-node cluster (so closeness sees two
   * components), nodes 55..59 isolated, with parallel relationships, pairs linked both ways and
   * self-loops.
   */
  private static ProjectedGraph clusters() {
    SplittableRandom random = new SplittableRandom(20_191_125L);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < 105; i++) {
      pairs.add(new int[] {random.nextInt(40), random.nextInt(40)});
    }
    for (int i = 0; i < 35; i++) {
      pairs.add(new int[] {40 + random.nextInt(15), 40 + random.nextInt(15)});
    }
    int[][] noise = {
      {1, 2}, {1, 2}, {2, 1}, {3, 3}, {41, 41}, {42, 43}, {43, 42}, {0, 0}, {5, 6}, {5, 6}
    };
    pairs.addAll(List.of(noise));
    return fromPairs(60, pairs);
  }

  /**
   * 10 actors pointing at 8 platforms (bipartite, so power iteration oscillates), plus an isolated
   * node.
   */
  private static ProjectedGraph bipartite() {
    SplittableRandom random = new SplittableRandom(2019L);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      pairs.add(new int[] {random.nextInt(10), 10 + random.nextInt(8)});
    }
    pairs.add(new int[] {0, 10});
    pairs.add(new int[] {10, 0});
    return fromPairs(19, pairs);
  }

  private static ProjectedGraph fromPairs(int nodeCount, List<int[]> pairs) {
    return new ProjectedGraph(
        nodeCount,
        pairs.stream().mapToInt(p -> p[0]).toArray(),
        pairs.stream().mapToInt(p -> p[1]).toArray());
  }
}
