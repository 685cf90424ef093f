package org.driftgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.analyze.Projection;
import org.driftgraph.analyze.gremlin.Batching;
import org.driftgraph.analyze.gremlin.GremlinEngine;
import org.driftgraph.analyze.gremlin.LoadCounts;
import org.driftgraph.analyze.gremlin.RemoteGremlin;
import org.driftgraph.analyze.gremlin.TinkerGraphLoader;
import org.driftgraph.store.EmbeddedNeo4j;
import org.driftgraph.store.Schema;
import org.driftgraph.testing.JanusGraphServerProcess;

/**
 * The benchmark graph of {@link CentralityBenchmark} (100,000 entities, 1,000,000 facts by default,
 * same seed) loaded from an embedded store into JanusGraph 1.1 (in-memory backend, Gremlin Server
 * in a JVM of its own, as in JanusGraphEngineContractIT) with {@code TinkerGraphLoader}, the code
 * behind {@code --gremlin-load}; then the analyses through {@link GremlinEngine} over GraphBinary.
 * Prints the times; docs/benchmarks.md records them. Arguments: [nodes] [relationships]
 * [betweenness sample size]; the loader's batches can be varied with {@code
 * -Ddriftgraph.bench.batch=ROWS} and {@code -Ddriftgraph.bench.requests=N} (defaults: {@link
 * Batching#DEFAULT}). Needs target/janusgraph-lib (see JanusGraphServerIT).
 */
public final class JanusGraphBenchmark {
  private JanusGraphBenchmark() {}

  public static void main(String[] args) throws IOException {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int relationships = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int sample = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Batching batching =
        new Batching(
            Integer.getInteger("driftgraph.bench.batch", Batching.DEFAULT.rows()),
            Batching.DEFAULT.characters(),
            Integer.getInteger("driftgraph.bench.requests", Batching.DEFAULT.requests()));
    CentralityBenchmark.Network network =
        CentralityBenchmark.Network.generate(
            nodes, relationships, new SplittableRandom(CentralityBenchmark.SEED));
    Path dir = Files.createTempDirectory("driftgraph-janusgraph-bench");
    long t0 = System.nanoTime();
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("store"), dir.resolve("import"));
        JanusGraphServerProcess server = JanusGraphServerProcess.start(dir.resolve("janusgraph"))) {
      print("start embedded Neo4j and JanusGraph server", t0, "");
      Schema.apply(neo4j.driver());
      long t1 = System.nanoTime();
      network.writeTo(neo4j.driver());
      print("write the graph to Neo4j (setup)", t1, "");
      try (RemoteGremlin remote = RemoteGremlin.connect(server.uri(), "g")) {
        long t2 = System.nanoTime();
        LoadCounts counts =
            new TinkerGraphLoader(neo4j.driver(), batching).load(remote.traversal());
        print(
            "--gremlin-load into JanusGraph (" + batching + ")",
            t2,
            String.format(
                Locale.ROOT, "%,d vertices, %,d edges", counts.vertices(), counts.edges()));
        GremlinEngine engine = new GremlinEngine(remote.traversal(), remote.describe());
        for (CentralityAlgorithm algorithm :
            List.of(CentralityAlgorithm.PAGERANK, CentralityAlgorithm.DEGREE)) {
          long t = System.nanoTime();
          List<CentralityScore> top =
              engine.centrality(CentralityParameters.of(algorithm, Projection.FACTS, 5));
          print("centrality " + algorithm.name().toLowerCase(Locale.ROOT), t, "top " + ids(top));
        }
        long t3 = System.nanoTime();
        List<CentralityScore> betweenness =
            engine.centrality(
                CentralityParameters.of(CentralityAlgorithm.BETWEENNESS, Projection.FACTS, 5)
                    .withSampling(sample, 42L));
        print("centrality betweenness, " + sample + " sources", t3, "top " + ids(betweenness));
        List<String> ids = engine.entityIds();
        long t4 = System.nanoTime();
        List<GraphPath> paths =
            engine.paths(
                new PathParameters(
                    ids.get(1), ids.get(ids.size() - 2), PathParameters.DEFAULT_MAX_HOPS, false));
        print(
            "path " + ids.get(1) + " -> " + ids.get(ids.size() - 2),
            t4,
            paths.isEmpty() ? "none" : paths.get(0).hops().size() + " hops");
        long t5 = System.nanoTime();
        int displaced = engine.displacement().size();
        print("displacement", t5, displaced + " rows");
      }
    }
  }

  private static String ids(List<CentralityScore> scores) {
    return scores.stream().map(score -> score.entity().id()).toList().toString();
  }

  private static void print(String step, long startNanos, String note) {
    System.out.printf(
        Locale.ROOT,
        "%-50s %,10d ms  %s%n",
        step,
        (System.nanoTime() - startNanos) / 1_000_000,
        note);
  }
}
