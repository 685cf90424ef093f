package org.driftgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.tinkerpop.gremlin.process.traversal.P;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.__;
import org.apache.tinkerpop.gremlin.structure.T;
import org.apache.tinkerpop.gremlin.structure.Vertex;
import org.apache.tinkerpop.gremlin.tinkergraph.structure.TinkerGraph;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.Projection;
import org.driftgraph.analyze.algo.Centrality;
import org.driftgraph.analyze.algo.ProjectedGraph;
import org.driftgraph.analyze.gremlin.GremlinEngine;
import org.driftgraph.analyze.neo4j.Neo4jEngine;
import org.driftgraph.model.EntityType;
import org.driftgraph.store.EmbeddedNeo4j;
import org.driftgraph.store.Schema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Centrality on a generated network of 100,000 entities and 1,000,000 fact relationships, on both
 * engines: GDS in an embedded Neo4j, and the in-process algorithms over a projection read from a
 * TinkerGraph with one Gremlin traversal. Times loading, projecting and scoring PageRank and
 * sampled betweenness step by step, then the same analyses end to end through {@link Neo4jEngine}
 * and {@link GremlinEngine}, and compares the engines' PageRank. Not a test: docs/benchmarks.md
 * says how to run it and records its figures. Arguments: [nodes] [relationships] [betweenness
 * sample size].
 */
public final class CentralityBenchmark {
  static final long SEED = 20_191_125L;
  private static final int BATCH = 20_000;
  private static final List<String> FACT_TYPES = Projection.FACTS.relationshipTypes();
  private static final List<String> LABELS =
      Arrays.stream(EntityType.values()).map(EntityType::label).toList();

  // Benchmark-only Cypher: the graph is generated, so it is written with parameters in bulk; the
  // projection is the facts projection of the contract (simple graph, DISTINCT pairs, no
  // self-loops).
  private static final String CREATE_NODES =
      "UNWIND $rows AS row CREATE (e:Entity:$(row.label) {id: row.id, name: row.id, type: toLower(row.label)})";
  private static final String CREATE_RELATIONSHIPS =
      """
      UNWIND $rows AS row
      MATCH (a:Entity {id: row.source})
      MATCH (b:Entity {id: row.target})
      CREATE (a)-[:$(row.type)]->(b)""";
  private static final String PROJECT =
      """
      MATCH (source:Entity)
      OPTIONAL MATCH (source)-[r]-(target:Entity)
      WHERE type(r) IN $types AND target <> source
        AND CASE WHEN $undirected THEN source.id < target.id ELSE startNode(r) = source END
      WITH DISTINCT source, target
      WITH gds.graph.project($graph, source, target, {}, {
        undirectedRelationshipTypes: CASE WHEN $undirected THEN ['*'] ELSE [] END}) AS graph
      RETURN graph.relationshipCount AS relationships""";
  private static final String PAGERANK_STATS =
      "CALL gds.pageRank.stats($graph, $configuration) YIELD computeMillis, ranIterations RETURN *";
  private static final String BETWEENNESS_STATS =
      "CALL gds.betweenness.stats($graph, $configuration) YIELD computeMillis RETURN computeMillis";
  private static final String STREAM =
      """
      CALL gds.%s.stream($graph, $configuration) YIELD nodeId, score
      RETURN gds.util.asNode(nodeId).id AS id, score""";

  private CentralityBenchmark() {}

  public static void main(String[] args) throws IOException {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int relationships = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int sample = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Network network = Network.generate(nodes, relationships, new SplittableRandom(SEED));
    System.out.printf(
        Locale.ROOT,
        "graph: %,d nodes, %,d relationships, betweenness sample %d sources (seed 42)%n",
        nodes,
        relationships,
        sample);
    Table table = new Table();
    Map<String, List<CentralityScore>> engineTops = new HashMap<>();
    Map<String, Double> gdsPageRank = neo4j(network, sample, table, engineTops);
    Map<String, Double> ourPageRank = tinkerGraph(network, sample, table, engineTops);
    table.print();
    comparePageRank(gdsPageRank, ourPageRank, engineTops);
  }

  private static Map<String, Double> neo4j(
      Network network, int sample, Table table, Map<String, List<CentralityScore>> engineTops)
      throws IOException {
    Path dir = Files.createTempDirectory("driftgraph-centrality-bench");
    Map<String, Double> pageRank;
    long t0 = System.nanoTime();
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("store"), dir.resolve("import"))) {
      table.row("neo4j", "start DBMS", millis(t0), "", liveHeap());
      Driver driver = neo4j.driver();
      Schema.apply(driver);
      long t1 = System.nanoTime();
      network.writeTo(driver);
      table.row("neo4j", "load (UNWIND batches of " + BATCH + ")", millis(t1), "", liveHeap());
      try (Session session = driver.session()) {
        long t2 = System.nanoTime();
        long natural = project(session, "facts", false);
        table.row(
            "neo4j", "project facts, natural (" + natural + " rels)", millis(t2), "", liveHeap());
        long t3 = System.nanoTime();
        long undirected = project(session, "facts-undirected", true);
        table.row(
            "neo4j",
            "project facts, undirected (" + undirected + " rels)",
            millis(t3),
            "",
            liveHeap());
        Map<String, Object> pageRankConfig =
            Map.of(
                "maxIterations",
                CentralityParameters.DEFAULT_MAX_ITERATIONS,
                "tolerance",
                CentralityParameters.DEFAULT_TOLERANCE,
                "dampingFactor",
                CentralityParameters.DEFAULT_DAMPING_FACTOR);
        for (int concurrency : List.of(1, 4)) {
          Record stats =
              stats(
                  session,
                  PAGERANK_STATS,
                  "facts",
                  with(pageRankConfig, "concurrency", concurrency));
          table.row(
              "neo4j",
              "GDS pageRank compute, concurrency " + concurrency,
              stats.get("computeMillis").asLong(),
              String.valueOf(stats.get("ranIterations").asInt()),
              liveHeap());
        }
        long t4 = System.nanoTime();
        pageRank = stream(session, "pageRank", "facts", pageRankConfig);
        table.row(
            "neo4j", "GDS pageRank.stream, all rows to the client", millis(t4), "", liveHeap());
        Record betweenness =
            stats(
                session,
                BETWEENNESS_STATS,
                "facts-undirected",
                Map.of("samplingSize", sample, "samplingSeed", 42));
        table.row(
            "neo4j",
            "GDS betweenness compute, " + sample + " sources, concurrency 4",
            betweenness.get("computeMillis").asLong(),
            "",
            liveHeap());
      }
      Neo4jEngine engine = new Neo4jEngine(driver);
      long t5 = System.nanoTime();
      engineTops.put(
          "neo4j",
          engine.centrality(
              CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.FACTS, 5)));
      table.row(
          "neo4j",
          "Neo4jEngine.centrality pagerank (project, stream, drop)",
          millis(t5),
          "",
          liveHeap());
      long t6 = System.nanoTime();
      engine.centrality(
          CentralityParameters.of(CentralityAlgorithm.BETWEENNESS, Projection.FACTS, 5)
              .withSampling(sample, 42L));
      table.row(
          "neo4j",
          "Neo4jEngine.centrality betweenness, " + sample + " sources",
          millis(t6),
          "",
          liveHeap());
    } finally {
      deleteRecursively(dir);
    }
    return normalised(pageRank);
  }

  private static Map<String, Double> tinkerGraph(
      Network network, int sample, Table table, Map<String, List<CentralityScore>> engineTops) {
    System.gc();
    long t0 = System.nanoTime();
    try (TinkerGraph graph = network.toTinkerGraph()) {
      table.row("tinkergraph", "load (addVertex/addEdge)", millis(t0), "", liveHeap());
      long t1 = System.nanoTime();
      Projected projected = Projected.read(graph.traversal());
      table.row("tinkergraph", "read projection (one traversal)", millis(t1), "", liveHeap());
      CentralityParameters pageRank =
          CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.FACTS, 0);
      long t2 = System.nanoTime();
      Centrality.Result ranks = Centrality.compute(projected.graph, pageRank);
      table.row(
          "tinkergraph",
          "Centrality pagerank, 1 thread",
          millis(t2),
          String.valueOf(ranks.iterations()),
          liveHeap());
      CentralityParameters betweenness =
          CentralityParameters.of(CentralityAlgorithm.BETWEENNESS, Projection.FACTS, 0)
              .withSampling(sample, 42L);
      long t3 = System.nanoTime();
      Centrality.compute(projected.graph, betweenness);
      table.row(
          "tinkergraph",
          "Centrality betweenness, " + sample + " sources, 1 thread",
          millis(t3),
          "",
          liveHeap());
      GremlinEngine engine = new GremlinEngine(graph.traversal(), "tinkergraph (benchmark)");
      long t4 = System.nanoTime();
      engineTops.put(
          "gremlin",
          engine.centrality(
              CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.FACTS, 5)));
      table.row(
          "tinkergraph",
          "GremlinEngine.centrality pagerank (read, score, rank)",
          millis(t4),
          "",
          liveHeap());
      long t5 = System.nanoTime();
      engine.centrality(betweenness);
      table.row(
          "tinkergraph",
          "GremlinEngine.centrality betweenness, " + sample + " sources",
          millis(t5),
          "",
          liveHeap());
      Map<String, Double> scores = new HashMap<>();
      for (int v = 0; v < projected.ids.length; v++) {
        scores.put(projected.ids[v], ranks.scores()[v]);
      }
      return scores;
    } catch (Exception e) {
      throw new IllegalStateException("TinkerGraph run failed: " + e.getMessage(), e);
    }
  }

  private static void comparePageRank(
      Map<String, Double> gds,
      Map<String, Double> ours,
      Map<String, List<CentralityScore>> engineTops) {
    double maxDifference = 0;
    for (Map.Entry<String, Double> entry : gds.entrySet()) {
      maxDifference =
          Math.max(maxDifference, Math.abs(entry.getValue() - ours.get(entry.getKey())));
    }
    List<String> gdsTop = top(gds, 5);
    List<String> ourTop = top(ours, 5);
    System.out.printf(
        Locale.ROOT,
        "pagerank (normalised) max |GDS - in-process| over %,d nodes: %.2e%n",
        gds.size(),
        maxDifference);
    System.out.printf(
        Locale.ROOT,
        "%-4s %-12s %-14s %-12s %-14s%n",
        "rank",
        "GDS",
        "score",
        "in-process",
        "score");
    for (int i = 0; i < 5; i++) {
      System.out.printf(
          Locale.ROOT,
          "%-4d %-12s %-14.8f %-12s %-14.8f%n",
          i + 1,
          gdsTop.get(i),
          gds.get(gdsTop.get(i)),
          ourTop.get(i),
          ours.get(ourTop.get(i)));
    }
    System.out.println("top-5 identical: " + gdsTop.equals(ourTop));
    List<CentralityScore> neo4j = engineTops.get("neo4j");
    List<CentralityScore> gremlin = engineTops.get("gremlin");
    System.out.println("engines' top 5 by pagerank (Neo4jEngine | GremlinEngine):");
    for (int i = 0; i < 5; i++) {
      System.out.printf(
          Locale.ROOT,
          "%d  %s %.8f | %s %.8f%n",
          i + 1,
          neo4j.get(i).entity().id(),
          neo4j.get(i).score(),
          gremlin.get(i).entity().id(),
          gremlin.get(i).score());
    }
  }

  private static List<String> top(Map<String, Double> scores, int count) {
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(count)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static long project(Session session, String graph, boolean undirected) {
    session
        .run(
            "CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName",
            Map.of("graph", graph))
        .consume();
    return session
        .run(PROJECT, Map.of("graph", graph, "types", FACT_TYPES, "undirected", undirected))
        .single()
        .get("relationships")
        .asLong();
  }

  private static Record stats(
      Session session, String statement, String graph, Map<String, Object> config) {
    return session.run(statement, Map.of("graph", graph, "configuration", config)).single();
  }

  private static Map<String, Double> stream(
      Session session, String algorithm, String graph, Map<String, Object> config) {
    Map<String, Double> scores = new HashMap<>();
    for (Record row :
        session
            .run(STREAM.formatted(algorithm), Map.of("graph", graph, "configuration", config))
            .list()) {
      scores.put(row.get("id").asString(), row.get("score").asDouble());
    }
    return scores;
  }

  private static Map<String, Double> normalised(Map<String, Double> scores) {
    double sum = scores.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> result = new HashMap<>();
    scores.forEach((id, score) -> result.put(id, score / sum));
    return result;
  }

  private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** Heap still in use after a full collection, in MB. */
  private static long liveHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * A seeded scale-free-ish fact network: entity types in fixed shares; each relationship starts at
   * a uniformly drawn entity and, three times in four, ends where an earlier relationship ended
   * (preferential attachment by in-degree, so a few platforms collect most facts), otherwise at a
   * uniformly drawn entity. Types are drawn uniformly from the fact types; no self-loops.
   */
  record Network(String[] ids, String[] labels, int[] sources, int[] targets, String[] types) {
    private static final double[] TYPE_SHARES = {
      0.45, 0.25, 0.15, 0.10, 0.05
    }; // actor, platform, ...

    static Network generate(int nodes, int relationships, SplittableRandom random) {
      String[] ids = new String[nodes];
      String[] labels = new String[nodes];
      for (int v = 0; v < nodes; v++) {
        ids[v] = String.format(Locale.ROOT, "e%06d", v);
        labels[v] = LABELS.get(pickShare(random.nextDouble()));
      }
      int[] sources = new int[relationships];
      int[] targets = new int[relationships];
      String[] types = new String[relationships];
      for (int i = 0; i < relationships; i++) {
        int source = random.nextInt(nodes);
        int target;
        do {
          target =
              i > 0 && random.nextDouble() < 0.75
                  ? targets[random.nextInt(i)]
                  : random.nextInt(nodes);
        } while (target == source);
        sources[i] = source;
        targets[i] = target;
        types[i] = FACT_TYPES.get(random.nextInt(FACT_TYPES.size()));
      }
      return new Network(ids, labels, sources, targets, types);
    }

    private static int pickShare(double draw) {
      double cumulative = 0;
      for (int i = 0; i < TYPE_SHARES.length; i++) {
        cumulative += TYPE_SHARES[i];
        if (draw < cumulative) {
          return i;
        }
      }
      return TYPE_SHARES.length - 1;
    }

    void writeTo(Driver driver) {
      try (Session session = driver.session()) {
        for (int from = 0; from < ids.length; from += BATCH) {
          List<Map<String, Object>> rows =
              IntStream.range(from, Math.min(from + BATCH, ids.length))
                  .mapToObj(v -> Map.<String, Object>of("id", ids[v], "label", labels[v]))
                  .toList();
          session.executeWriteWithoutResult(
              tx -> tx.run(CREATE_NODES, Map.of("rows", rows)).consume());
        }
        for (int from = 0; from < sources.length; from += BATCH) {
          List<Map<String, Object>> rows =
              IntStream.range(from, Math.min(from + BATCH, sources.length))
                  .mapToObj(
                      i ->
                          Map.<String, Object>of(
                              "source",
                              ids[sources[i]],
                              "target",
                              ids[targets[i]],
                              "type",
                              types[i]))
                  .toList();
          session.executeWriteWithoutResult(
              tx -> tx.run(CREATE_RELATIONSHIPS, Map.of("rows", rows)).consume());
        }
      }
    }

    /**
     * The shape TinkerGraphLoader writes: vertexKey Entity/<id>, label = type label, id and name
     * copied.
     */
    TinkerGraph toTinkerGraph() {
      TinkerGraph graph = TinkerGraph.open();
      Vertex[] vertices = new Vertex[ids.length];
      for (int v = 0; v < ids.length; v++) {
        vertices[v] =
            graph.addVertex(
                "vertexKey", "Entity/" + ids[v], T.label, labels[v], "id", ids[v], "name", ids[v]);
      }
      for (int i = 0; i < sources.length; i++) {
        vertices[sources[i]].addEdge(types[i], vertices[targets[i]]);
      }
      return graph;
    }
  }

  /** The facts projection read from Gremlin, nodes numbered in id order. */
  private record Projected(String[] ids, ProjectedGraph graph) {
    static Projected read(GraphTraversalSource g) {
      String[] types = FACT_TYPES.toArray(String[]::new);
      List<Map<String, Object>> rows =
          g.V()
              .hasLabel(P.within(LABELS))
              .project("id", "targets")
              .by(__.values("id"))
              .by(__.outE(types).inV().hasLabel(P.within(LABELS)).values("id").fold())
              .toList();
      String[] ids =
          rows.stream().map(row -> (String) row.get("id")).sorted().toArray(String[]::new);
      Map<String, Integer> index = new HashMap<>();
      for (int v = 0; v < ids.length; v++) {
        index.put(ids[v], v);
      }
      List<int[]> pairs = new ArrayList<>();
      for (Map<String, Object> row : rows) {
        int source = index.get((String) row.get("id"));
        for (Object target : (List<?>) row.get("targets")) {
          pairs.add(new int[] {source, index.get((String) target)});
        }
      }
      return new Projected(
          ids,
          new ProjectedGraph(
              ids.length,
              pairs.stream().mapToInt(p -> p[0]).toArray(),
              pairs.stream().mapToInt(p -> p[1]).toArray()));
    }
  }

  /** Rows printed at the end, so that the figures stay together. */
  private static final class Table {
    private final List<String> rows = new ArrayList<>();

    void row(String engine, String step, long millis, String iterations, long heapMb) {
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %,d | %s | %,d |",
              engine,
              step,
              millis,
              iterations,
              heapMb));
      System.out.println(rows.get(rows.size() - 1));
    }

    void print() {
      System.out.println("| engine | step | ms | iterations | live heap MB |");
      System.out.println("|---|---|---:|---:|---:|");
      rows.forEach(System.out::println);
    }
  }
}
